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
///
/// Every character the scan reacts to is ASCII, and in UTF-8 no byte of a
/// multi-byte character is ASCII, so it walks bytes; this runs on every
/// file loaded, and decoding characters made it a tenth of the load time.
/// The character before a `#` or a quote is decoded only there.
pub fn too_deep(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    // Only an opening bracket deepens, so a text with few of them cannot be
    // too deep; counting bytes is many times faster than the scan below.
    if bytes.iter().filter(|&&b| b == b'[' || b == b'{').count() <= MAX_FLOW_DEPTH {
        return None;
    }
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut in_comment = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match (quote, b) {
            (_, b'\n') => in_comment = false,
            (_, b'[' | b'{') => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Some(position(text, i));
                }
            }
            (None, b']' | b'}') if !in_comment => depth = depth.saturating_sub(1),
            (None, b'#') if prev_char(text, i).is_whitespace() => in_comment = true,
            (None, b'\'' | b'"') if !in_comment && starts_token(prev_char(text, i)) => {
                quote = Some(b);
            }
            // An escaped character, or a doubled quote, is skipped whole;
            // its bytes after the first are never ASCII.
            (Some(b'"'), b'\\') | (Some(b'\''), b'\'')
                if b == b'\\' || bytes.get(i + 1) == Some(&b'\'') =>
            {
                i += 1;
            }
            (Some(q), b) if b == q => quote = None,
            _ => {}
        }
        i += 1;
    }
    None
}

/// The character before byte `i`, or a newline at the start of the text.
fn prev_char(text: &str, i: usize) -> char {
    text.get(..i)
        .and_then(|before| before.chars().next_back())
        .unwrap_or('\n')
}

fn starts_token(prev: char) -> bool {
    prev.is_whitespace() || matches!(prev, '[' | '{' | ',' | ':' | '-' | '?')
}

/// The line and column (in characters, from 1) of byte `i`.
fn position(text: &str, i: usize) -> (usize, usize) {
    let before = text.get(..i).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    (line, before[line_start..].chars().count() + 1)
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

    #[test]
    fn positions_count_characters_and_escaped_newlines() {
        let text = format!("title: \"é\\\nx\"\nt: é{}", "[".repeat(MAX_FLOW_DEPTH + 1));
        assert_eq!(too_deep(&text), Some((3, 5 + MAX_FLOW_DEPTH)));
        let quoted = format!("a: 'it''s' {}", "{".repeat(MAX_FLOW_DEPTH + 1));
        assert_eq!(too_deep(&quoted), Some((1, 12 + MAX_FLOW_DEPTH)));
    }
}
