//! The note editor: a small multi-line text box over the screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::widgets::pane_block;
use crate::app::App;
use crate::theme::Theme;

pub fn render(frame: &mut Frame, app: &App, theme: &Theme) {
    let screen = frame.area();
    let outer = super::overlay::area(Rect {
        height: screen.height.saturating_sub(1),
        ..screen
    });
    if outer.is_empty() {
        return;
    }
    frame.render_widget(Clear, outer);
    let block =
        pane_block(" Note — Ctrl-s saves, Esc cancels ".to_owned(), true, theme).style(theme.base);
    let inner = block.inner(outer);
    frame.render_widget(block, outer);
    let [about, text] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    let what = app
        .briefing()
        .zip(app.selection())
        .map(|(b, sel)| {
            crate::markdown::item(b, sel)
                .lines()
                .next()
                .unwrap_or("")
                .replace("**", "")
        })
        .unwrap_or_default();
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(what, theme.dim))),
        about,
    );
    let mut lines: Vec<Line> = app
        .note
        .split('\n')
        .map(|l| Line::from(l.to_owned()))
        .collect();
    if let Some(last) = lines.last_mut() {
        last.spans.push(Span::styled("▏", theme.key));
    }
    // Keep the end of a long note, where the cursor is, in view.
    let para = Paragraph::new(lines).wrap(Wrap { trim: false });
    let total = para.line_count(text.width.max(1));
    let scroll = total.saturating_sub(usize::from(text.height));
    frame.render_widget(
        para.scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
        text,
    );
}
