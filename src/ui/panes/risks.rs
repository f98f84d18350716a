//! Financial risks, most severe first: badge, amount, period, title.

use ratatui::Frame;
use ratatui::text::{Line, Span};

use super::PaneView;
use crate::model::Risk;
use crate::review::{List, list_keys};
use crate::theme::Theme;
use crate::ui::widgets::marks_span;
use crate::ui::widgets::{render_rows, severity_badge};

pub fn render(frame: &mut Frame, v: &PaneView, theme: &Theme) {
    let PaneView {
        inner,
        area,
        app,
        b,
        cursor,
        highlight,
    } = *v;
    let keys = list_keys(b, List::Risks);
    let rows = b
        .risk_order()
        .into_iter()
        .map(|i| {
            let mut row = risk_row(&b.financial_risks[i], theme);
            row.spans.insert(0, marks_span(app, b, &keys[i], theme));
            row
        })
        .collect();
    render_rows(frame, inner, area, rows, Some(cursor), highlight);
}

/// `CRIT up to $5B 2024  Projected losses`.
fn risk_row<'a>(r: &'a Risk, theme: &Theme) -> Line<'a> {
    let money = r.money().unwrap_or_else(|| "—".to_owned());
    let period = r
        .period
        .as_deref()
        .map(|p| format!(" {p}"))
        .unwrap_or_default();
    Line::from(vec![
        Span::styled(severity_badge(r.severity), theme.severity(r.severity)),
        Span::raw(" "),
        Span::styled(format!("{money}{period}"), theme.heading),
        Span::raw("  "),
        Span::raw(r.title.as_str()),
    ])
}
