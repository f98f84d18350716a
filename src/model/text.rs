//! Text from briefing files, cleaned once at load so nothing downstream can
//! send a control sequence to a terminal.

use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string from a briefing file that has been through [`sanitize`].
///
/// The only way to build one from outside data is deserialisation or
/// [`Text::new`], both of which clean it, so holding a `Text` is the proof
/// that it is safe to draw.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(Box<str>);

impl Text {
    /// Cleans `raw` and wraps it.
    pub fn new(raw: &str) -> Self {
        Text(sanitize(raw).into_boxed_str())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::new(v))
            }
        }
        d.deserialize_str(V)
    }
}

/// Makes `raw` safe to draw on a terminal, keeping what it says visible.
///
/// - tabs become a space, `\r\n` and a lone `\r` become `\n`;
/// - other C0 controls and DEL become their Unicode control pictures
///   (`ESC` shows as `␛`), so a reviewer sees that something was there;
/// - C1 controls (U+0080–U+009F), which some terminals obey like `ESC [`,
///   become `�`;
/// - bidi embeddings, overrides and isolates, which can make text read in an
///   order other than the one stored, are dropped.
pub fn sanitize(raw: &str) -> String {
    if is_clean(raw) {
        return raw.to_owned();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}')),
            '\u{7f}' => out.push('\u{2421}'),
            '\u{80}'..='\u{9f}' => out.push('\u{fffd}'),
            c if is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

fn needs_cleaning(c: char) -> bool {
    (c.is_control() && c != '\n') || is_bidi_control(c)
}

/// Bidi embeddings, overrides and isolates (the "Trojan Source" characters).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// True when `s` holds nothing a terminal would interpret: the invariant
/// every [`Text`] keeps.
///
/// This runs on every string loaded, so it walks bytes: a character that
/// needs cleaning is a C0 control or DEL (one byte), a C1 control (`C2 80`
/// to `C2 9F`) or a bidi control (`E2 80 AA`–`AE`, `E2 81 A6`–`A9`); only
/// at a `C2` or `E2` byte is the character decoded.
pub fn is_clean(s: &str) -> bool {
    let bytes = s.as_bytes();
    let lead = |b: u8| ((b < 0x20) & (b != b'\n')) | (b == 0x7f) | (b == 0xc2) | (b == 0xe2);
    suspect_bytes(bytes, lead).all(|i| match bytes[i] {
        0xc2 | 0xe2 => !s[i..].chars().next().is_some_and(needs_cleaning),
        _ => false,
    })
}

/// The positions of the bytes for which `suspect` holds. Text is read 32
/// bytes at a time, and a block where it holds nowhere (nearly all) is
/// skipped after a test with no early exit, which the compiler vectorises:
/// the loader runs such scans over every byte it reads.
pub fn suspect_bytes(
    bytes: &[u8],
    suspect: impl Fn(u8) -> bool + Copy,
) -> impl Iterator<Item = usize> {
    bytes
        .chunks(32)
        .enumerate()
        .filter(move |(_, block)| block.iter().fold(false, |acc, &b| acc | suspect(b)))
        .flat_map(move |(n, block)| {
            (0..block.len())
                .filter(move |&i| suspect(block[i]))
                .map(move |i| n * 32 + i)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_and_inert() {
        assert_eq!(sanitize("a\u{1b}[31mred"), "a␛[31mred");
        assert_eq!(sanitize("x\u{9b}2J"), "x\u{fffd}2J");
        assert_eq!(sanitize("del\u{7f}"), "del␡");
        assert_eq!(sanitize("bell\u{7}"), "bell␇");
    }

    #[test]
    fn layout_whitespace_is_normalised() {
        assert_eq!(sanitize("a\tb"), "a b");
        assert_eq!(sanitize("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(sanitize("line\nbreak"), "line\nbreak");
    }

    #[test]
    fn bidi_overrides_are_dropped() {
        assert_eq!(sanitize("ab\u{202e}cd\u{2066}e"), "abcde");
        assert!(is_clean(&sanitize("\u{202e}\u{1b}\u{85}\u{2069}")));
    }

    #[test]
    fn byte_scan_agrees_with_the_characters() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            let s = format!("a{c}b");
            assert_eq!(is_clean(&s), !needs_cleaning(c) || c == '\n', "{:?}", c);
        }
    }

    #[test]
    fn clean_text_is_untouched() {
        assert_eq!(sanitize("Léa Dupré → CFO"), "Léa Dupré → CFO");
    }
}
