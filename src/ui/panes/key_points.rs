//! Key points: the titles, and below them the text of the selected one.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::PaneView;
use crate::review::{List, list_keys};
use crate::theme::Theme;
use crate::ui::widgets::marks_span;
use crate::ui::widgets::render_rows;

pub fn render(frame: &mut Frame, v: &PaneView, theme: &Theme) {
    let PaneView {
        inner,
        area,
        app,
        b,
        cursor,
        highlight,
    } = *v;
    let len = b.key_points.len();
    let list_height = (len as u16)
        .min((inner.height / 2).max(3))
        .min(inner.height);
    let [list, text] =
        Layout::vertical([Constraint::Length(list_height), Constraint::Fill(1)]).areas(inner);
    let keys = list_keys(b, List::KeyPoints);
    let rows = b
        .key_points
        .iter()
        .enumerate()
        .map(|(i, k)| {
            Line::from(vec![
                marks_span(app, b, &keys[i], theme),
                Span::styled(format!("{:>2}. ", i + 1), theme.dim),
                Span::raw(k.title.to_string()),
            ])
        })
        .collect();
    let list_frame = Rect {
        height: (list.height + 2).min(area.height),
        ..area
    };
    render_rows(frame, list, list_frame, rows, Some(cursor), highlight);
    if text.height < 2 {
        return;
    }
    let Some(point) = b.key_points.get(cursor) else {
        return;
    };
    let mut body = point.text.as_deref().unwrap_or("").to_owned();
    if !point.refs.is_empty() {
        body.push_str(&format!(" ({})", point.refs));
    }
    let para = Paragraph::new(body).wrap(Wrap { trim: true }).block(
        Block::new()
            .borders(Borders::TOP)
            .border_style(theme.border),
    );
    frame.render_widget(para, text);
}
