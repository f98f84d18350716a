//! Themes: every colour and style the views use, in one place.
//!
//! Views never name a colour; they ask the theme for the style of a role
//! (`selected`, `departure`, `severity(High)`). Themes are YAML files in
//! `themes/`, compiled in, and a user may point at their own; colours are
//! then brought down to what the terminal can show, and `ascii` says
//! whether it can show more than ASCII.

mod ascii;
mod caps;
mod color;
mod file;

use ratatui::style::{Modifier, Style};

pub use ascii::asciify;
pub use caps::{ColorChoice, TermEnv, detect_ascii, detect_depth};
pub use color::{ColorDepth, downgrade};

use crate::load::Diagnostic;
use crate::model::{EventKind, Severity};

/// The bundled themes, by name.
pub const BUNDLED: &[(&str, &str)] = &[
    ("dark", include_str!("../../themes/dark.yaml")),
    ("light", include_str!("../../themes/light.yaml")),
    (
        "high-contrast",
        include_str!("../../themes/high-contrast.yaml"),
    ),
    ("mono", include_str!("../../themes/mono.yaml")),
];

macro_rules! theme {
    ($($field:ident: $doc:literal,)*) => {
        /// The style of every role on screen.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct Theme {
            pub name: String,
            /// Draw with ASCII only (borders, marks, arrows and text).
            pub ascii: bool,
            $(#[doc = $doc] pub $field: Style,)*
        }

        /// The `styles` mapping of a theme file: each key optional.
        #[derive(Debug, Default, serde::Deserialize)]
        #[serde(deny_unknown_fields, expecting = "a mapping of style keys such as `selected: { fg: black, bg: cyan }`")]
        struct StylesFile {
            $(#[serde(default)] $field: Option<file::StyleSpec>,)*
        }

        impl StylesFile {
            /// Sets every style the file gives, replacing the base's.
            fn apply(self, theme: &mut Theme) {
                $(if let Some(spec) = self.$field { theme.$field = spec.style(); })*
            }
        }

        /// Every style key a theme file may set, with what it styles.
        pub const STYLE_KEYS: &[(&str, &str)] = &[$((stringify!($field), $doc),)*];

        impl Theme {
            fn styles_mut(&mut self) -> [&mut Style; STYLE_KEYS.len()] {
                [$(&mut self.$field,)*]
            }

            /// A theme with no style at all, the base the files build on.
            fn blank(name: &str) -> Self {
                Theme { name: name.to_owned(), ascii: false, $($field: Style::new(),)* }
            }
        }
    };
}

theme! {
    base: "everything, underneath the other styles",
    border: "pane borders",
    border_focused: "the border of the pane with the keyboard",
    title: "pane titles",
    title_focused: "the title of the pane with the keyboard",
    heading: "headlines and headings",
    dim: "secondary text: dates, counts, hints",
    selected: "the selected row in the focused pane",
    selected_unfocused: "the selected row in other panes",
    key: "key names in the help and the hint bar",
    status_bar: "the bottom line",
    error: "errors",
    warning: "warnings",
    matched: "characters that matched a search",
    tag: "tags",
    appointment: "appointments in the timeline",
    departure: "departures in the timeline",
    role: "roles held in the timeline",
    other: "other events in the timeline",
    low: "low severity",
    medium: "medium severity",
    high: "high severity",
    critical: "critical severity",
    reviewed: "the mark of a reviewed item",
    flagged: "the mark of a flagged item",
}

impl Theme {
    /// A bundled theme by name.
    pub fn bundled(name: &str) -> Option<Theme> {
        let (_, text) = BUNDLED.iter().find(|(n, _)| *n == name)?;
        file::parse(
            std::path::Path::new(&format!("<bundled>/{name}.yaml")),
            text,
            None,
        )
        .ok()
    }

    /// The default dark theme.
    pub fn dark() -> Self {
        Theme::bundled("dark").unwrap_or_else(|| Theme::blank("dark"))
    }

    /// Reads a theme file; keys it leaves out come from the default theme.
    pub fn from_file(path: &std::path::Path) -> Result<Theme, Vec<Diagnostic>> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            vec![Diagnostic::error(
                path,
                (1, 1),
                format!("cannot read theme: {e}"),
            )]
        })?;
        file::parse(path, &text, Some(&Theme::dark()))
    }

    /// The theme `spec` names (a bundled name, or a path to a file), or the
    /// default with the reason it could not be used.
    pub fn choose(spec: Option<&str>) -> (Theme, Vec<Diagnostic>) {
        let Some(spec) = spec.map(str::trim).filter(|s| !s.is_empty()) else {
            return (Theme::dark(), Vec::new());
        };
        let is_path = spec.contains('/') || spec.ends_with(".yaml") || spec.ends_with(".yml");
        if !is_path {
            return match Theme::bundled(spec) {
                Some(t) => (t, Vec::new()),
                None => {
                    let names: Vec<&str> = BUNDLED.iter().map(|(n, _)| *n).collect();
                    let msg = format!(
                        "no bundled theme `{spec}`; bundled themes: {}; or give a path to a theme file",
                        names.join(", ")
                    );
                    (
                        Theme::dark(),
                        vec![Diagnostic::error(std::path::Path::new(spec), (1, 1), msg)],
                    )
                }
            };
        }
        match Theme::from_file(std::path::Path::new(spec)) {
            Ok(t) => (t, Vec::new()),
            Err(d) => (Theme::dark(), d),
        }
    }

    /// This theme as a terminal of `depth` can show it, drawn in ASCII when
    /// `ascii`. With no colour at all the mono theme's styles are used, since
    /// a theme's colours may be all that sets its selection apart.
    pub fn for_terminal(mut self, depth: ColorDepth, ascii: bool) -> Theme {
        if depth == ColorDepth::None {
            self = Theme::bundled("mono").unwrap_or_else(|| Theme::blank("mono"));
        }
        for style in self.styles_mut() {
            style.fg = style.fg.and_then(|c| downgrade(c, depth));
            style.bg = style.bg.and_then(|c| downgrade(c, depth));
            style.underline_color = None;
        }
        self.ascii = ascii;
        self
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

/// Modifiers a theme file may set, by key.
const MODIFIERS: &[(&str, Modifier)] = &[
    ("bold", Modifier::BOLD),
    ("dim", Modifier::DIM),
    ("italic", Modifier::ITALIC),
    ("underline", Modifier::UNDERLINED),
    ("reverse", Modifier::REVERSED),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_themes_parse_and_set_every_style() {
        for (name, text) in BUNDLED {
            let t = file::parse(std::path::Path::new(name), text, None).unwrap();
            assert_eq!(t.name, *name);
            let keys: Vec<&str> = text
                .lines()
                .filter_map(|l| l.trim().split_once(':'))
                .map(|(k, _)| k.trim())
                .collect();
            for (key, _) in STYLE_KEYS {
                assert!(keys.contains(key), "theme {name} does not set {key}");
            }
        }
    }

    #[test]
    fn mono_has_no_colour() {
        let mono = Theme::bundled("mono").unwrap();
        let mut m = mono.clone();
        for s in m.styles_mut() {
            assert!(s.fg.is_none() && s.bg.is_none());
        }
        assert_ne!(mono.selected, Style::new(), "the selection must still show");
    }
}
