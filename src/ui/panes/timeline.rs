//! The timeline: departures and appointments first-class, each with a mark
//! and a colour by kind, dated events in order and undated ones after.

use ratatui::Frame;
use ratatui::text::{Line, Span};

use super::PaneView;
use crate::review::{List, list_keys};
use crate::theme::Theme;
use crate::ui::widgets::marks_span;
use crate::ui::widgets::{event_mark, render_rows};

pub fn render(frame: &mut Frame, v: &PaneView, theme: &Theme) {
    let PaneView {
        inner,
        area,
        app,
        b,
        cursor,
        highlight,
    } = *v;
    // The date column is as wide as the longest date, and absent when no
    // event is dated.
    let width = b
        .timeline
        .iter()
        .filter_map(|e| e.when)
        .map(|d| d.iso().len() + 1)
        .max()
        .unwrap_or(0);
    let keys = list_keys(b, List::Events);
    let rows = b
        .timeline_order()
        .into_iter()
        .map(|i| {
            let e = &b.timeline[i];
            let style = theme.event(e.kind);
            let date = e.when.map_or_else(String::new, |d| d.iso());
            Line::from(vec![
                marks_span(app, b, &keys[i], theme),
                Span::styled(format!("{} ", event_mark(e.kind)), style),
                Span::styled(format!("{date:<width$}"), theme.dim),
                Span::styled(b.describe_event(e), style),
            ])
        })
        .collect();
    render_rows(frame, inner, area, rows, Some(cursor), highlight);
}
