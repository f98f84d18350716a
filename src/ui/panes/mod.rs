//! The briefing's panes, their tabs on narrow terminals, and the message
//! shown when there is no briefing at all.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::widgets::pane_block;
use crate::app::{App, Focus, Pane};
use crate::theme::Theme;

mod key_points;
mod people;
mod risks;
mod timeline;

pub use people::person_lines;

/// What a pane draws: where (its inner area, and its frame for the
/// scrollbar), which briefing, and its cursor and highlight.
#[derive(Clone, Copy)]
pub struct PaneView<'a> {
    pub inner: Rect,
    pub area: Rect,
    pub app: &'a App,
    pub b: &'a crate::model::Briefing,
    pub cursor: usize,
    pub highlight: ratatui::style::Style,
}

pub fn render(frame: &mut Frame, area: Rect, pane: Pane, app: &App, theme: &Theme) {
    let Some(b) = app.briefing() else { return };
    let focused = app.focus == Focus::Pane(pane);
    let title = format!(
        " {} {} ({}) ",
        pane.index() + 1,
        pane.title(),
        app.pane_len(pane)
    );
    let block = pane_block(title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.is_empty() {
        return;
    }
    let cursor = app.cursor(pane);
    let highlight = if focused {
        theme.selected
    } else {
        theme.selected_unfocused
    };
    if app.pane_len(pane) == 0 {
        let none = Paragraph::new(Span::styled("(none in this briefing)", theme.dim));
        frame.render_widget(none, inner);
        return;
    }
    let view = PaneView {
        inner,
        area,
        app,
        b,
        cursor,
        highlight,
    };
    match pane {
        Pane::Timeline => timeline::render(frame, &view, theme),
        Pane::KeyPoints => key_points::render(frame, &view, theme),
        Pane::Risks => risks::render(frame, &view, theme),
        Pane::People => people::render(frame, &view, theme),
    }
}

/// `1 Timeline  2 Key points  3 Financial risks  4 People`, the shown one
/// highlighted.
pub fn render_tabs(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let shown = match app.focus {
        Focus::Pane(p) => p,
        Focus::List => app.last_pane,
    };
    let mut spans = Vec::new();
    for pane in Pane::ALL {
        let style = if pane == shown {
            theme.title_focused
        } else {
            theme.dim
        };
        spans.push(Span::styled(
            format!(" {} {} ", pane.index() + 1, pane.title()),
            style,
        ));
    }
    frame.render_widget(Line::from(spans), area);
}

/// Says why there is nothing to show, and where to look.
pub fn render_empty(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let (errors, _) = app.problem_counts();
    let mut lines = vec![
        Line::from(Span::styled("No briefings to show.", theme.heading)),
        Line::default(),
    ];
    if errors > 0 {
        lines.push(Line::from(format!(
            "{} loaded nothing: {errors} {} left every file out.",
            app.origin,
            if errors == 1 { "error" } else { "errors" }
        )));
        lines.push(Line::from(vec![
            Span::raw("Press "),
            Span::styled("p", theme.key),
            Span::raw(" to see them, or run `brief check` for the same list."),
        ]));
    } else {
        lines.push(Line::from(format!(
            "{} holds no *.yaml or *.yml files.",
            app.origin
        )));
        lines.push(Line::from(
            "Write one (see docs/format.md), or open another folder: brief DIR",
        ));
    }
    let block = pane_block(" Briefing ".to_owned(), false, theme);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}
