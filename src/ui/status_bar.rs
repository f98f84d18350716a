//! The bottom line: where the briefings come from, the problem count, and
//! the key hints.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::keymap::hints;
use crate::theme::Theme;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if area.is_empty() {
        return;
    }
    frame.buffer_mut().set_style(area, theme.status_bar);
    let mut left = vec![Span::raw(format!(" {} · {} ", app.origin, app.order.len()))];
    if let Some(status) = &app.status {
        left.push(Span::styled(format!("{status} "), theme.key));
    }
    let (errors, warnings) = app.problem_counts();
    if errors + warnings > 0 {
        let style = if errors > 0 {
            theme.error
        } else {
            theme.warning
        };
        let n = errors + warnings;
        left.push(Span::styled(
            format!("⚠ {n} {} (p) ", if n == 1 { "problem" } else { "problems" }),
            style,
        ));
    }
    let left = Line::from(left);
    let left_width = left.width() as u16;
    // Whole hints only: when they do not all fit, the last ones (`? help`
    // and `q quit`, which say where the rest are) are kept and the others
    // dropped, rather than cutting a hint in half.
    let room = usize::from(area.width.saturating_sub(left_width));
    let all = hints();
    let width = |h: &[(String, &str)]| -> usize {
        h.iter()
            .map(|(k, w)| Span::raw(k.as_str()).width() + w.len() + 3)
            .sum()
    };
    let mut first = 0;
    while first < all.len() && width(&all[first..]) > room {
        first += 1;
    }
    let mut right = Vec::new();
    for (keys, what) in &all[first..] {
        right.push(Span::styled(keys.clone(), theme.key));
        right.push(Span::raw(format!(" {what}  ")));
    }
    let right = Line::from(right);
    frame.render_widget(left.style(theme.status_bar), area);
    let right_width = (right.width() as u16).min(area.width.saturating_sub(left_width));
    if right_width > 0 {
        let r = Rect {
            x: area.right() - right_width,
            width: right_width,
            ..area
        };
        frame.render_widget(right.style(theme.status_bar).right_aligned(), r);
    }
}
