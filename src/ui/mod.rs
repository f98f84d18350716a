//! Drawing. [`render`] is a pure function of the app state and the theme:
//! no I/O, no clock, no mutation, so snapshot tests and benches can call it
//! on a `TestBackend`.

mod detail;
mod header;
mod help;
mod layout;
mod list;
mod note_editor;
mod overlay;
mod panes;
mod people_picker;
mod problems;
mod status_bar;
mod widgets;

use ratatui::Frame;
use ratatui::widgets::Block;

pub use layout::{Layout as ScreenLayout, WIDE_MIN};
pub use overlay::max_scroll as overlay_max_scroll;

use crate::app::{App, Overlay};
use crate::theme::Theme;

/// Draws the whole screen.
pub fn render(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    if area.is_empty() {
        return;
    }
    frame.render_widget(Block::new().style(theme.base), area);
    let screen = layout::Layout::new(area, app);
    if let Some(list) = screen.list {
        list::render(frame, list, app, theme);
    }
    if let Some(header) = screen.header {
        header::render(frame, header, app, theme);
    }
    if let Some(tabs) = screen.tabs {
        panes::render_tabs(frame, tabs, app, theme);
    }
    if app.briefing().is_some() {
        for (pane, rect) in &screen.panes {
            panes::render(frame, *rect, *pane, app, theme);
        }
    } else if let Some(rect) = screen.empty {
        panes::render_empty(frame, rect, app, theme);
    }
    status_bar::render(frame, screen.status, app, theme);
    if let Some(
        Overlay::Help { scroll } | Overlay::Problems { scroll } | Overlay::Detail { scroll },
    ) = &app.overlay
    {
        overlay::render(frame, app, *scroll, theme);
    }
    if app.overlay == Some(Overlay::People) {
        people_picker::render(frame, app, theme);
    }
    if app.overlay == Some(Overlay::Note) {
        note_editor::render(frame, app, theme);
    }
    if theme.ascii {
        crate::theme::asciify(frame.buffer_mut());
    }
}
