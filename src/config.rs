//! The user's configuration file, `$XDG_CONFIG_HOME/brief/config.yaml`
//! (`~/.config/brief/config.yaml` when XDG_CONFIG_HOME is unset).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::load::Diagnostic;

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a mapping such as `theme: light`")]
pub struct Config {
    /// A bundled theme name or a path to a theme file.
    pub theme: Option<String>,
    /// The default briefings folder.
    pub briefings: Option<PathBuf>,
}

/// Where the config file is, from `XDG_CONFIG_HOME` or `HOME` as given.
pub fn config_path(xdg_config_home: Option<&str>, home: Option<&str>) -> Option<PathBuf> {
    let base = match xdg_config_home.filter(|s| !s.is_empty()) {
        Some(x) => PathBuf::from(x),
        None => Path::new(home.filter(|s| !s.is_empty())?).join(".config"),
    };
    Some(base.join("brief").join("config.yaml"))
}

impl Config {
    /// Reads `path`; a missing file is an empty config, a bad one is an
    /// empty config and a diagnostic.
    pub fn load(path: &Path) -> (Config, Vec<Diagnostic>) {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return (Config::default(), Vec::new());
            }
            Err(e) => {
                return (
                    Config::default(),
                    vec![Diagnostic::error(
                        path,
                        (1, 1),
                        format!("cannot read config: {e}"),
                    )],
                );
            }
        };
        if text.trim().is_empty() {
            return (Config::default(), Vec::new());
        }
        match serde_yaml::from_str::<Config>(&text) {
            Ok(mut c) => {
                // A relative folder is relative to the config file.
                if let (Some(b), Some(dir)) = (&c.briefings, path.parent())
                    && b.is_relative()
                {
                    c.briefings = Some(dir.join(b));
                }
                (c, Vec::new())
            }
            Err(e) => {
                let (message, at) = crate::load::from_yaml_error(&e);
                (
                    Config::default(),
                    vec![Diagnostic::error(path, at, format!("config: {message}"))],
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_follows_xdg() {
        assert_eq!(
            config_path(Some("/x"), Some("/h")),
            Some(PathBuf::from("/x/brief/config.yaml"))
        );
        assert_eq!(
            config_path(None, Some("/h")),
            Some(PathBuf::from("/h/.config/brief/config.yaml"))
        );
        assert_eq!(config_path(Some(""), None), None);
    }

    #[test]
    fn bad_config_is_reported_with_its_position() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.yaml");
        std::fs::write(&path, "theme: light\nthem: dark\n").unwrap();
        let (c, d) = Config::load(&path);
        assert_eq!(c, Config::default());
        assert_eq!((d[0].line, d[0].column), (2, 1));
        assert!(
            d[0].message.contains("did you mean `theme`"),
            "{}",
            d[0].message
        );
        std::fs::write(&path, "theme: light\nbriefings: notes\n").unwrap();
        let (c, d) = Config::load(&path);
        assert!(d.is_empty());
        assert_eq!(c.theme.as_deref(), Some("light"));
        assert_eq!(c.briefings, Some(dir.path().join("notes")));
    }
}
