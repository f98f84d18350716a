//! What the terminal can show, from the environment the caller passes in
//! (the process's own, or an SSH client's), never read from a global here.

use super::ColorDepth;

/// The environment variables that describe a terminal.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TermEnv {
    pub term: Option<String>,
    pub colorterm: Option<String>,
    pub no_color: Option<String>,
    pub lc_all: Option<String>,
    pub lc_ctype: Option<String>,
    pub lang: Option<String>,
}

impl TermEnv {
    /// Reads the process's environment. Only `main` and the local terminal
    /// loop call this.
    pub fn from_process() -> Self {
        let var = |k| std::env::var(k).ok();
        TermEnv {
            term: var("TERM"),
            colorterm: var("COLORTERM"),
            no_color: var("NO_COLOR"),
            lc_all: var("LC_ALL"),
            lc_ctype: var("LC_CTYPE"),
            lang: var("LANG"),
        }
    }
}

/// `--color`: what the user asked for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
    #[value(name = "16")]
    Ansi16,
    #[value(name = "256")]
    Ansi256,
    Truecolor,
}

/// The colour depth to draw with.
pub fn detect_depth(env: &TermEnv, choice: ColorChoice) -> ColorDepth {
    let term = env.term.as_deref().unwrap_or("");
    let detected = if matches!(env.colorterm.as_deref(), Some("truecolor" | "24bit")) {
        ColorDepth::TrueColor
    } else if term.ends_with("-256color") || term.ends_with("-direct") {
        ColorDepth::Ansi256
    } else {
        ColorDepth::Ansi16
    };
    let no_color = env.no_color.as_deref().is_some_and(|v| !v.is_empty()) || term == "dumb";
    match choice {
        ColorChoice::Auto if no_color => ColorDepth::None,
        ColorChoice::Auto | ColorChoice::Always => detected,
        ColorChoice::Never => ColorDepth::None,
        ColorChoice::Ansi16 => ColorDepth::Ansi16,
        ColorChoice::Ansi256 => ColorDepth::Ansi256,
        ColorChoice::Truecolor => ColorDepth::TrueColor,
    }
}

/// True when the locale does not promise UTF-8: the first of `LC_ALL`,
/// `LC_CTYPE`, `LANG` that is set decides, as the C library does. With
/// none set, the locale is `C`, which is ASCII.
pub fn detect_ascii(env: &TermEnv) -> bool {
    let locale = [&env.lc_all, &env.lc_ctype, &env.lang]
        .into_iter()
        .find_map(|v| v.as_deref().filter(|s| !s.is_empty()));
    match locale {
        Some(l) => {
            let l = l.to_ascii_lowercase();
            !(l.contains("utf-8") || l.contains("utf8"))
        }
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(term: &str, colorterm: Option<&str>, no_color: Option<&str>) -> TermEnv {
        TermEnv {
            term: Some(term.into()),
            colorterm: colorterm.map(Into::into),
            no_color: no_color.map(Into::into),
            lang: Some("en_US.UTF-8".into()),
            ..TermEnv::default()
        }
    }

    #[test]
    fn depth() {
        let auto = ColorChoice::Auto;
        assert_eq!(
            detect_depth(&env("xterm-256color", Some("truecolor"), None), auto),
            ColorDepth::TrueColor
        );
        assert_eq!(
            detect_depth(&env("xterm-256color", None, None), auto),
            ColorDepth::Ansi256
        );
        assert_eq!(
            detect_depth(&env("tmux-256color", None, None), auto),
            ColorDepth::Ansi256
        );
        assert_eq!(
            detect_depth(&env("xterm", None, None), auto),
            ColorDepth::Ansi16
        );
        assert_eq!(
            detect_depth(&env("xterm-256color", None, Some("1")), auto),
            ColorDepth::None
        );
        assert_eq!(
            detect_depth(&env("xterm-256color", None, Some("")), auto),
            ColorDepth::Ansi256,
            "NO_COLOR counts only when non-empty"
        );
        assert_eq!(
            detect_depth(&env("dumb", None, None), auto),
            ColorDepth::None
        );
        assert_eq!(
            detect_depth(&env("dumb", None, None), ColorChoice::Always),
            ColorDepth::Ansi16
        );
        assert_eq!(
            detect_depth(&env("xterm", None, None), ColorChoice::Ansi256),
            ColorDepth::Ansi256
        );
        assert_eq!(
            detect_depth(&env("xterm-256color", None, None), ColorChoice::Never),
            ColorDepth::None
        );
    }

    #[test]
    fn charset() {
        let mut e = TermEnv {
            lang: Some("en_US.UTF-8".into()),
            ..TermEnv::default()
        };
        assert!(!detect_ascii(&e));
        e.lc_all = Some("C".into());
        assert!(detect_ascii(&e), "LC_ALL overrides LANG");
        e.lc_all = None;
        e.lc_ctype = Some("fr_FR.utf8".into());
        assert!(!detect_ascii(&e));
        assert!(detect_ascii(&TermEnv::default()), "no locale at all is C");
        let posix = TermEnv {
            lang: Some("POSIX".into()),
            ..TermEnv::default()
        };
        assert!(detect_ascii(&posix));
    }
}
