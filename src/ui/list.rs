//! The briefings list: title, then date and counts, newest first.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

use super::widgets::{pane_block, scroll_offset, scrollbar};
use crate::app::{App, Focus};
use crate::theme::Theme;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let focused = app.focus == Focus::List;
    let title = match app.filter {
        crate::app::Filter::All => format!(" Briefings ({}) ", app.order.len()),
        f => format!(" Briefings ({}, {}) ", app.order.len(), f.name()),
    };
    let block = pane_block(title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.is_empty() {
        return;
    }
    // Two lines an item; only the visible ones are built, so a folder of
    // ten thousand briefings costs no more to draw than one of ten.
    let visible = usize::from(inner.height / 2).max(1);
    let offset = scroll_offset(app.list_cursor, app.order.len(), visible);
    let items: Vec<ListItem> = app.order[offset..]
        .iter()
        .take(visible)
        .map(|&i| {
            let b = &app.corpus.briefings[i];
            let date = b.date.map_or_else(|| "undated".to_owned(), |d| d.iso());
            let counts = format!(
                " · {} events · {} points · {} risks",
                b.timeline.len(),
                b.key_points.len(),
                b.financial_risks.len()
            );
            let (done, total) = app.marks.progress(b);
            let flags = app.marks.flagged_count(b);
            let mut progress = vec![Span::styled(
                format!("{done}/{total} "),
                if done == total && total > 0 {
                    theme.reviewed
                } else {
                    theme.dim
                },
            )];
            if flags > 0 {
                progress.push(Span::styled(format!("⚑{flags} "), theme.flagged));
            }
            progress.push(Span::raw(b.title.lines().next().unwrap_or("").to_owned()));
            ListItem::new(vec![
                Line::from(progress),
                Line::from(vec![
                    Span::styled(format!("  {date}"), theme.dim),
                    Span::styled(counts, theme.dim),
                ]),
            ])
        })
        .collect();
    let highlight = if focused {
        theme.selected
    } else {
        theme.selected_unfocused
    };
    let mut state = ListState::default().with_selected(Some(app.list_cursor - offset));
    frame.render_stateful_widget(
        List::new(items).highlight_style(highlight),
        inner,
        &mut state,
    );
    scrollbar(frame, area, app.order.len(), visible, offset);
}
