//! Slugs (`[a-z0-9]+(-[a-z0-9]+)*`) and the one accent-folding function that
//! ids and people search share.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// True when `s` is a slug: lowercase ASCII letters and digits in runs joined
/// by single hyphens.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Folds accents and case: `Ångström` → `angstrom`, `Zoë` → `zoe`,
/// `Straße` → `strasse`. Letters with no decomposition that Latin-script
/// names commonly use (`ø`, `ł`, `æ`, `œ`, `đ`, `ß`, `þ`) are spelled out.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`] into an existing buffer, to spare allocations on hot paths.
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        out.extend(s.chars().map(|c| c.to_ascii_lowercase()));
        return;
    }
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ß' | 'ẞ' => out.push_str("ss"),
            'þ' | 'Þ' => out.push_str("th"),
            'ı' => out.push('i'),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// The slug of a name: folded, with every run of other characters turned
/// into one hyphen (`Léa Dupré` → `lea-dupre`). `None` when nothing of the
/// name survives (a name in a non-Latin script): such a person needs an `id`.
pub fn slugify(s: &str) -> Option<String> {
    let folded = fold(s);
    let mut slug = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    (!slug.is_empty()).then_some(slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for ok in ["a", "tom-becker", "gpt-4", "2024"] {
            assert!(is_slug(ok), "{ok}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "é", "a b"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Ångström"), "angstrom");
        assert_eq!(fold("Zoë"), "zoe");
        assert_eq!(fold("Søren Æbelø"), "soren aebelo");
        assert_eq!(fold("STRAßE"), "strasse");
    }

    #[test]
    fn slugify_names() {
        assert_eq!(slugify("Léa Dupré").as_deref(), Some("lea-dupre"));
        assert_eq!(
            slugify("  Jean-Luc  O'Brien ").as_deref(),
            Some("jean-luc-o-brien")
        );
        assert_eq!(slugify("李明"), None);
    }
}
