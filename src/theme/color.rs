//! Colours as theme files write them, and their downgrade to what a
//! terminal can show.

use ratatui::style::Color;

/// How many colours the terminal shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ColorDepth {
    None,
    Ansi16,
    Ansi256,
    TrueColor,
}

/// The colour names a theme may use, with what they mean.
pub const NAMES: &[(&str, Color)] = &[
    ("default", Color::Reset),
    ("black", Color::Black),
    ("red", Color::Red),
    ("green", Color::Green),
    ("yellow", Color::Yellow),
    ("blue", Color::Blue),
    ("magenta", Color::Magenta),
    ("cyan", Color::Cyan),
    ("gray", Color::Gray),
    ("dark-gray", Color::DarkGray),
    ("light-red", Color::LightRed),
    ("light-green", Color::LightGreen),
    ("light-yellow", Color::LightYellow),
    ("light-blue", Color::LightBlue),
    ("light-magenta", Color::LightMagenta),
    ("light-cyan", Color::LightCyan),
    ("white", Color::White),
];

/// Parses `cyan`, `dark-gray`, `#5f87af`. Indexes (0–255) come as numbers
/// and go through [`indexed`].
pub fn parse(s: &str) -> Result<Color, String> {
    let t = s.trim();
    if let Some(hex) = t.strip_prefix('#') {
        let ok = hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit());
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
        return if ok {
            Ok(Color::Rgb(byte(0), byte(2), byte(4)))
        } else {
            Err(format!(
                "invalid colour `{t}`: write #rrggbb with six hex digits, such as #5f87af"
            ))
        };
    }
    let key = t.to_ascii_lowercase().replace(['_', ' '], "-");
    let key = key.replace("grey", "gray");
    if let Some(&(_, c)) = NAMES.iter().find(|(n, _)| *n == key) {
        return Ok(c);
    }
    let names: Vec<&str> = NAMES.iter().map(|(n, _)| *n).collect();
    let hint = match crate::load::nearest(&key, &names) {
        Some(n) => format!("; did you mean `{n}`?"),
        None => String::new(),
    };
    Err(format!(
        "unknown colour `{t}`{hint} Colours are names ({}), #rrggbb, or 0–255",
        names.join(", ")
    ))
}

/// A 256-colour index.
pub fn indexed(n: u64) -> Result<Color, String> {
    u8::try_from(n)
        .map(Color::Indexed)
        .map_err(|_| format!("invalid colour index `{n}`: indexes go from 0 to 255"))
}

/// The RGB of the 16 ANSI colours (xterm's defaults).
const ANSI: [(Color, (u8, u8, u8)); 16] = [
    (Color::Black, (0, 0, 0)),
    (Color::Red, (205, 0, 0)),
    (Color::Green, (0, 205, 0)),
    (Color::Yellow, (205, 205, 0)),
    (Color::Blue, (0, 0, 238)),
    (Color::Magenta, (205, 0, 205)),
    (Color::Cyan, (0, 205, 205)),
    (Color::Gray, (229, 229, 229)),
    (Color::DarkGray, (127, 127, 127)),
    (Color::LightRed, (255, 0, 0)),
    (Color::LightGreen, (0, 255, 0)),
    (Color::LightYellow, (255, 255, 0)),
    (Color::LightBlue, (92, 92, 255)),
    (Color::LightMagenta, (255, 0, 255)),
    (Color::LightCyan, (0, 255, 255)),
    (Color::White, (255, 255, 255)),
];

/// The RGB an xterm shows for a 256-colour index.
fn index_rgb(n: u8) -> (u8, u8, u8) {
    match n {
        0..=15 => ANSI[usize::from(n)].1,
        16..=231 => {
            let i = n - 16;
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            (level(i / 36), level((i / 6) % 6), level(i % 6))
        }
        _ => {
            let g = 8 + (n - 232) * 10;
            (g, g, g)
        }
    }
}

fn distance(a: (u8, u8, u8), b: (u8, u8, u8)) -> u32 {
    // Weighted for how eyes see: green counts most, blue least.
    let d = |x: u8, y: u8| (i32::from(x) - i32::from(y)).pow(2) as u32;
    2 * d(a.0, b.0) + 4 * d(a.1, b.1) + 3 * d(a.2, b.2)
}

/// The nearest colour a terminal of `depth` can show; `None` when it shows
/// no colour at all.
pub fn downgrade(color: Color, depth: ColorDepth) -> Option<Color> {
    let rgb = match color {
        Color::Rgb(r, g, b) => Some((r, g, b)),
        Color::Indexed(n) => Some(index_rgb(n)),
        _ => None,
    };
    match (depth, color, rgb) {
        (ColorDepth::None, _, _) => None,
        (ColorDepth::TrueColor, c, _) => Some(c),
        (ColorDepth::Ansi256, Color::Rgb(..), Some(rgb)) => (16..=255u8)
            .min_by_key(|&n| distance(index_rgb(n), rgb))
            .map(Color::Indexed),
        (ColorDepth::Ansi256, c, _) => Some(c),
        (ColorDepth::Ansi16, Color::Indexed(n), _) if n < 16 => Some(ANSI[usize::from(n)].0),
        (ColorDepth::Ansi16, _, Some(rgb)) => ANSI
            .iter()
            .min_by_key(|(_, c)| distance(*c, rgb))
            .map(|(c, _)| *c),
        (ColorDepth::Ansi16, c, None) => Some(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_names_hex_and_indexes() {
        assert_eq!(parse("cyan"), Ok(Color::Cyan));
        assert_eq!(parse("Dark_Grey"), Ok(Color::DarkGray));
        assert_eq!(parse("#5f87af"), Ok(Color::Rgb(0x5f, 0x87, 0xaf)));
        assert_eq!(indexed(67), Ok(Color::Indexed(67)));
        assert!(parse("#5f87a").is_err());
        assert!(parse("cyna").unwrap_err().contains("did you mean `cyan`"));
        assert!(indexed(256).is_err());
    }

    #[test]
    fn downgrades_to_the_nearest_colour() {
        // #5f87af is exactly index 67 of the xterm cube.
        assert_eq!(
            downgrade(Color::Rgb(0x5f, 0x87, 0xaf), ColorDepth::Ansi256),
            Some(Color::Indexed(67))
        );
        assert_eq!(
            downgrade(Color::Rgb(0x80, 0x80, 0x80), ColorDepth::Ansi256),
            Some(Color::Indexed(244))
        );
        assert_eq!(
            downgrade(Color::Rgb(250, 10, 10), ColorDepth::Ansi16),
            Some(Color::LightRed)
        );
        assert_eq!(
            downgrade(Color::Indexed(196), ColorDepth::Ansi16),
            Some(Color::LightRed)
        );
        assert_eq!(
            downgrade(Color::Indexed(4), ColorDepth::Ansi16),
            Some(Color::Blue)
        );
        assert_eq!(
            downgrade(Color::Cyan, ColorDepth::Ansi16),
            Some(Color::Cyan)
        );
        assert_eq!(
            downgrade(Color::Rgb(1, 2, 3), ColorDepth::TrueColor),
            Some(Color::Rgb(1, 2, 3))
        );
        assert_eq!(downgrade(Color::Cyan, ColorDepth::None), None);
    }
}
