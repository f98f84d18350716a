//! Theme files: YAML with a `name` and a mapping of `styles`.

use std::fmt;
use std::path::Path;

use ratatui::style::{Color, Style};
use serde::{Deserialize, Deserializer};

use super::{MODIFIERS, StylesFile, Theme, color};
use crate::load::Diagnostic;

#[derive(Debug, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a theme: a mapping with `name` and `styles`"
)]
struct ThemeFile {
    name: Option<String>,
    #[serde(default)]
    styles: StylesFile,
}

/// One style: colours and modifiers, each optional.
#[derive(Debug, Default, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a style such as { fg: cyan, bg: \"#1c1c1c\", bold: true }"
)]
pub(super) struct StyleSpec {
    fg: Option<ColorSpec>,
    bg: Option<ColorSpec>,
    bold: Option<bool>,
    dim: Option<bool>,
    italic: Option<bool>,
    underline: Option<bool>,
    reverse: Option<bool>,
}

impl StyleSpec {
    pub(super) fn style(&self) -> Style {
        let mut style = Style::new();
        if let Some(ColorSpec(c)) = self.fg {
            style = style.fg(c);
        }
        if let Some(ColorSpec(c)) = self.bg {
            style = style.bg(c);
        }
        let flags = [
            self.bold,
            self.dim,
            self.italic,
            self.underline,
            self.reverse,
        ];
        for ((_, modifier), on) in MODIFIERS.iter().zip(flags) {
            if on == Some(true) {
                style = style.add_modifier(*modifier);
            }
        }
        style
    }
}

#[derive(Clone, Copy, Debug)]
struct ColorSpec(Color);

impl<'de> Deserialize<'de> for ColorSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = ColorSpec;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a colour: a name such as cyan, #rrggbb, or 0–255")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<ColorSpec, E> {
                color::indexed(v).map(ColorSpec).map_err(E::custom)
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<ColorSpec, E> {
                Err(E::custom(format!(
                    "invalid colour index `{v}`: indexes go from 0 to 255"
                )))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<ColorSpec, E> {
                color::parse(v).map(ColorSpec).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// Parses a theme file. Styles it does not set come from `base` (the
/// default theme for users' files); a bundled theme passes `None` and must
/// set them all itself.
pub(super) fn parse(
    path: &Path,
    text: &str,
    base: Option<&Theme>,
) -> Result<Theme, Vec<Diagnostic>> {
    let file: ThemeFile = serde_yaml::from_str(text).map_err(|e| {
        let (message, at) = crate::load::from_yaml_error(&e);
        vec![Diagnostic::error(path, at, format!("theme: {message}"))]
    })?;
    let name = file
        .name
        .or_else(|| path.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let mut theme = base.cloned().unwrap_or_else(|| Theme::blank(&name));
    theme.name = name;
    file.styles.apply(&mut theme);
    Ok(theme)
}
