//! Financial risks, most severe first: badge, amount, period, title.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::model::{Briefing, Risk};
use crate::theme::Theme;
use crate::ui::widgets::{render_rows, severity_badge};

pub fn render(
    frame: &mut Frame,
    inner: Rect,
    area: Rect,
    b: &Briefing,
    cursor: usize,
    highlight: Style,
    theme: &Theme,
) {
    let rows = b
        .risk_order()
        .into_iter()
        .map(|i| risk_row(&b.financial_risks[i], theme))
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
