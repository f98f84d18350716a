//! The help overlay, generated from the keymap.

use ratatui::text::{Line, Span};

use crate::app::keymap::{KEYMAP, Key};
use crate::theme::Theme;

pub fn lines(theme: &Theme) -> Vec<Line<'static>> {
    let labels: Vec<String> = KEYMAP
        .iter()
        .map(|b| b.keys.iter().map(Key::label).collect::<Vec<_>>().join(", "))
        .collect();
    let width = labels
        .iter()
        .map(|l| Span::raw(l.as_str()).width())
        .max()
        .unwrap_or(0);
    KEYMAP
        .iter()
        .zip(labels)
        .map(|(b, label)| {
            let pad = width - Span::raw(label.as_str()).width();
            Line::from(vec![
                Span::styled(format!("  {label}{}", " ".repeat(pad)), theme.key),
                Span::raw(format!("   {}", b.help)),
            ])
        })
        .collect()
}
