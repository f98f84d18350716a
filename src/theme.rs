//! The theme: every colour and style the views use, in one place.
//!
//! Views never name a colour; they ask the theme for the style of a role
//! (`selected`, `departure`, `severity(High)`). The built-in default uses the
//! 16 ANSI colours, so it looks the same in 16, 256 and true colour.

use ratatui::style::{Color, Modifier, Style};

use crate::model::{EventKind, Severity};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    pub name: String,
    pub base: Style,
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub title_focused: Style,
    pub heading: Style,
    pub dim: Style,
    pub selected: Style,
    pub selected_unfocused: Style,
    pub key: Style,
    pub status_bar: Style,
    pub error: Style,
    pub warning: Style,
    pub matched: Style,
    pub tag: Style,
    pub appointment: Style,
    pub departure: Style,
    pub role: Style,
    pub other: Style,
    pub low: Style,
    pub medium: Style,
    pub high: Style,
    pub critical: Style,
}

impl Theme {
    /// The default dark theme.
    pub fn dark() -> Self {
        let fg = |c| Style::new().fg(c);
        Theme {
            name: "dark".into(),
            base: Style::new(),
            border: fg(Color::DarkGray),
            border_focused: fg(Color::Cyan),
            title: fg(Color::Gray),
            title_focused: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            heading: Style::new().add_modifier(Modifier::BOLD),
            dim: fg(Color::DarkGray),
            selected: Style::new().fg(Color::Black).bg(Color::Cyan),
            selected_unfocused: Style::new().add_modifier(Modifier::REVERSED),
            key: fg(Color::Yellow).add_modifier(Modifier::BOLD),
            status_bar: Style::new().fg(Color::White).bg(Color::DarkGray),
            error: fg(Color::LightRed).add_modifier(Modifier::BOLD),
            warning: fg(Color::Yellow),
            matched: fg(Color::Yellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            tag: fg(Color::Magenta),
            appointment: fg(Color::LightGreen),
            departure: fg(Color::LightRed),
            role: fg(Color::LightBlue),
            other: fg(Color::Gray),
            low: fg(Color::Green),
            medium: fg(Color::Yellow),
            high: fg(Color::LightRed).add_modifier(Modifier::BOLD),
            critical: Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD),
        }
    }

    pub fn event(&self, kind: EventKind) -> Style {
        match kind {
            EventKind::Appointment => self.appointment,
            EventKind::Departure => self.departure,
            EventKind::Role => self.role,
            EventKind::Other => self.other,
        }
    }

    pub fn severity(&self, severity: Severity) -> Style {
        match severity {
            Severity::Low => self.low,
            Severity::Medium => self.medium,
            Severity::High => self.high,
            Severity::Critical => self.critical,
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Self::dark()
    }
}
