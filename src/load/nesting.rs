//! A guard against deeply nested flow collections (`[[[[…`).
//!
//! libyaml's scanner does work proportional to the flow depth for every
//! token, so a 4 MiB file of brackets would take hours to parse. This scan
//! runs before the parser and gives an upper bound on that depth: every `[`
//! and `{` counts, and a `]` or `}` counts only outside quotes and comments,
//! so text cannot hide an opening bracket from it. A briefing never comes
//! close to the limit, and serde refuses deeper documents anyway.

/// Deeper than this is refused before parsing.
pub const MAX_FLOW_DEPTH: usize = 64;

/// The line and column where the bound first passes [`MAX_FLOW_DEPTH`].
pub fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut in_comment = false;
    let (mut line, mut column) = (1, 0);
    let mut prev = '\n';
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        column += 1;
        if c == '\n' {
            line += 1;
            column = 0;
            in_comment = false;
        }
        match (quote, c) {
            (_, '[' | '{') => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Some((line, column));
                }
            }
            (None, ']' | '}') if !in_comment => depth = depth.saturating_sub(1),
            (None, '#') if prev.is_whitespace() => in_comment = true,
            (None, '\'' | '"') if !in_comment && starts_token(prev) => quote = Some(c),
            (Some('"'), '\\') => {
                chars.next();
                column += 1;
            }
            (Some('\''), '\'') if chars.peek() == Some(&'\'') => {
                chars.next();
                column += 1;
            }
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
        prev = c;
    }
    None
}

fn starts_token(prev: char) -> bool {
    prev.is_whitespace() || matches!(prev, '[' | '{' | ',' | ':' | '-' | '?')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_text_passes() {
        let text = "title: \"see [1] and [2\"\ntags: [a, [b, c]]\ntext: 'it''s {x'\n# [[[[\n";
        assert_eq!(too_deep(text), None);
    }

    #[test]
    fn deep_brackets_are_caught_even_behind_quoted_closers() {
        let plain = format!("tags: {}", "[".repeat(MAX_FLOW_DEPTH + 1));
        assert_eq!(too_deep(&plain), Some((1, 7 + MAX_FLOW_DEPTH)));
        let hidden = format!("tags: {}", "[ \"]\" ".repeat(MAX_FLOW_DEPTH + 1));
        assert!(too_deep(&hidden).is_some());
    }
}
