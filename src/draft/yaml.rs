//! Writing the draft as YAML: scalars quoted by serde_yaml, comments kept
//! on one line, so that the file always parses.

use std::fmt::Write;

/// One line of text: whitespace runs (newlines included) become one space.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A scalar as YAML writes it: plain when that is safe, quoted otherwise.
pub fn scalar(s: &str) -> String {
    let s = one_line(s);
    match serde_yaml::to_string(&s) {
        Ok(y) if !y.trim_end().contains('\n') => y.trim_end().to_string(),
        // a JSON string is a valid YAML double-quoted scalar
        _ => serde_json::to_string(&s).unwrap_or_else(|_| "\"\"".into()),
    }
}

/// Text for a comment: one line, no control characters.
pub fn comment_text(s: &str) -> String {
    one_line(s)
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// `s` cut to at most `max` characters at a word boundary, with `…`.
pub fn clip(s: &str, max: usize) -> String {
    let s = one_line(s);
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut}…")
}

/// A YAML document built line by line.
#[derive(Default)]
pub struct Doc {
    pub out: String,
}

impl Doc {
    pub fn comment(&mut self, indent: usize, text: &str) {
        let _ = writeln!(self.out, "{:indent$}# {}", "", comment_text(text));
    }

    pub fn check(&mut self, indent: usize, text: &str) {
        self.comment(indent, &format!("check: {text}"));
    }

    pub fn raw(&mut self, indent: usize, text: &str) {
        let _ = writeln!(self.out, "{:indent$}{text}", "");
    }

    /// `key: value`, the value quoted as needed; nothing when `value` is None.
    pub fn kv(&mut self, indent: usize, key: &str, value: Option<&str>) {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            let _ = writeln!(self.out, "{:indent$}{key}: {}", "", scalar(v));
        }
    }

    /// `key: value  # comment`.
    pub fn kv_note(&mut self, indent: usize, key: &str, value: &str, note: &str) {
        let _ = writeln!(
            self.out,
            "{:indent$}{key}: {}  # {}",
            "",
            scalar(value),
            comment_text(note)
        );
    }

    pub fn blank(&mut self) {
        self.out.push('\n');
    }
}

/// `6` or `[6, 10, 15]`.
pub fn refs(ns: impl IntoIterator<Item = u32>) -> String {
    let v: Vec<String> = ns.into_iter().map(|n| n.to_string()).collect();
    match v.as_slice() {
        [one] => one.clone(),
        _ => format!("[{}]", v.join(", ")),
    }
}

/// `[a, b]` with each item quoted as needed.
pub fn list(items: &[String]) -> String {
    format!(
        "[{}]",
        items
            .iter()
            .map(|s| scalar(s))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_round_trip() {
        for s in [
            "plain",
            "a: b",
            "#x",
            "- a",
            "l'IA",
            "yes",
            "2024",
            "'q'",
            "x #y",
            "@x",
            "é\u{1b}x",
            "line\nbreak",
            "[x]",
            "{y}",
            "&a",
            "*b",
            "!t",
            "|",
            ">",
            "%",
        ] {
            let y = format!("k: {}\n", scalar(s));
            let back: std::collections::BTreeMap<String, String> =
                serde_yaml::from_str(&y).expect(&y);
            assert_eq!(back["k"], one_line(s), "{y}");
        }
    }

    #[test]
    fn clipping() {
        assert_eq!(clip("one two three", 9), "one two…");
        assert_eq!(clip("short", 9), "short");
    }
}
