//! The problems overlay: every diagnostic as `PATH:LINE:COLUMN: message`.

use ratatui::text::{Line, Span};

use crate::app::App;
use crate::theme::Theme;

pub fn lines<'a>(app: &'a App, theme: &Theme) -> Vec<Line<'a>> {
    if app.diagnostics().next().is_none() {
        return vec![Line::from(Span::styled(
            "No problems: every file loaded.",
            theme.dim,
        ))];
    }
    app.diagnostics()
        .map(|d| {
            let style = if d.is_error() {
                theme.error
            } else {
                theme.warning
            };
            let text = d.to_string();
            Line::from(Span::styled(text, style))
        })
        .collect()
}
