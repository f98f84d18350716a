//! Drawing in ASCII for terminals whose locale is not UTF-8.
//!
//! Rather than teach every view two alphabets, the finished frame is
//! rewritten cell by cell: box drawing becomes `+-|`, marks and arrows get
//! ASCII stand-ins, accented letters lose their accents, and anything else
//! becomes `?`. So nothing on screen turns into a replacement box, whatever
//! a view or a briefing holds.

use ratatui::buffer::Buffer;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Rewrites every non-ASCII cell of `buf` as ASCII.
pub fn asciify(buf: &mut Buffer) {
    for cell in buf.content.iter_mut() {
        let symbol = cell.symbol();
        if symbol.is_ascii() {
            continue;
        }
        let replacement = ascii_for(symbol);
        cell.set_symbol(&replacement);
    }
}

/// The ASCII stand-in for one cell's grapheme.
pub fn ascii_for(symbol: &str) -> String {
    let mut chars = symbol.chars();
    let first = chars.next().unwrap_or(' ');
    if let Some(s) = special(first) {
        return s.to_owned();
    }
    let mut out = String::new();
    for c in symbol.nfd() {
        if c.is_ascii() {
            out.push(c);
        } else if is_combining_mark(c) {
            continue;
        } else if let Some(s) = special(c) {
            out.push_str(s);
        } else {
            let folded = crate::model::fold(&c.to_string());
            if folded.is_ascii() && !folded.is_empty() {
                // Keep the case of the original letter.
                if c.is_uppercase() {
                    out.push_str(&folded.to_ascii_uppercase());
                } else {
                    out.push_str(&folded);
                }
            } else {
                out.push('?');
            }
        }
    }
    // A cell holds one column: keep the first character of a stand-in
    // (`æ` → `a`), so the layout does not shift.
    out.chars()
        .next()
        .map_or_else(|| "?".to_owned(), |c| c.to_string())
}

/// Stand-ins for the symbols brief itself draws.
fn special(c: char) -> Option<&'static str> {
    Some(match c {
        '─' | '━' | '═' | '╌' | '┄' => "-",
        '│' | '┃' | '║' | '╎' | '┆' | '▏' => "|",
        '┌' | '┐' | '└' | '┘' | '┏' | '┓' | '┗' | '┛' | '╔' | '╗' | '╚' | '╝' | '╭' | '╮' | '╯'
        | '╰' | '├' | '┤' | '┬' | '┴' | '┼' => "+",
        '█' | '▓' | '▒' | '░' => "#",
        '▲' | '↑' => "^",
        '▼' | '↓' => "v",
        '●' | '•' | '·' => "*",
        '◆' => "o",
        '→' => ">",
        '←' => "<",
        '…' => ".",
        '—' | '–' => "-",
        '“' | '”' | '«' | '»' => "\"",
        '‘' | '’' => "'",
        '¶' => "P",
        '⚠' => "!",
        '✓' => "+",
        '⚑' => "!",
        '✎' => "n",
        '~' => "~",
        '€' => "E",
        '£' => "L",
        '¥' => "Y",
        '␛' => "^",
        '\u{fffd}' => "?",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_ins() {
        assert_eq!(ascii_for("┏"), "+");
        assert_eq!(ascii_for("▼"), "v");
        assert_eq!(ascii_for("é"), "e");
        assert_eq!(ascii_for("É"), "E");
        assert_eq!(ascii_for("Å"), "A");
        assert_eq!(ascii_for("ß"), "s");
        assert_eq!(ascii_for("李"), "?");
        assert_eq!(ascii_for("→"), ">");
    }
}
