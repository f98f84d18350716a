//! The help overlay, generated from the keymap.

use ratatui::text::{Line, Span};

use crate::app::keymap::{KEYMAP, Key};
use crate::app::picker::PICKER_KEYS;
use crate::app::review::NOTE_KEYS;
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
    let picker: Vec<(String, &str)> = PICKER_KEYS
        .iter()
        .map(|(k, h)| ((*k).to_owned(), *h))
        .collect();
    let width = picker
        .iter()
        .map(|(k, _)| Span::raw(k.as_str()).width())
        .max()
        .unwrap_or(0)
        .max(width);
    let row = |label: &str, help: &str| {
        let pad = width - Span::raw(label).width();
        Line::from(vec![
            Span::styled(format!("  {label}{}", " ".repeat(pad)), theme.key),
            Span::raw(format!("   {help}")),
        ])
    };
    let mut lines: Vec<Line<'static>> = KEYMAP
        .iter()
        .zip(&labels)
        .map(|(b, label)| row(label, b.help))
        .collect();
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        "In the people search (/)",
        theme.heading,
    )));
    lines.extend(picker.iter().map(|(k, h)| row(k, h)));
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        "In the note editor (n)",
        theme.heading,
    )));
    lines.extend(NOTE_KEYS.iter().map(|(k, h)| row(k, h)));
    lines
}
