//! The one module that knows which fuzzy matcher people search uses.
//!
//! Everything else in [`crate::people`] calls [`Matcher`], [`matches`] and
//! [`estimate`] and never names `fuzzy_matcher`, so swapping the algorithm
//! (for nucleo, say) means rewriting this file only.
//!
//! Both sides are already folded with [`crate::model::fold`] when they get
//! here: matching is case- and accent-insensitive because the strings are,
//! so the matcher runs case-sensitive and never pays for case mapping.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// Scores from fuzzy-matcher's `SkimMatcherV2`, over folded strings.
///
/// Every call uses a fresh `SkimMatcherV2`. In fuzzy-matcher 0.3.7 a
/// matcher reuses its score matrix between calls without clearing it, and
/// stale cells leak into the next score: the same pair scored 71 or 83 in
/// our tests depending on what was matched before, with `fuzzy_match` and
/// `fuzzy_indices` alike (skim-rs/skim#1071 reports the symptom), and
/// `use_cache(false)` panics with "RefCell already borrowed". A fresh matcher
/// costs about 1 µs a call; the search calls it only for the few hundred
/// names that can reach the screen (see [`estimate`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct Matcher;

impl Matcher {
    pub fn new() -> Self {
        Matcher
    }

    /// How well `pattern` matches `choice` (higher is better), or `None`
    /// when its characters do not all appear in order.
    pub fn score(&self, choice: &str, pattern: &str) -> Option<i64> {
        self.indices(choice, pattern).map(|(score, _)| score)
    }

    /// [`Matcher::score`] plus the char indices of `choice` that matched,
    /// ascending.
    pub fn indices(&self, choice: &str, pattern: &str) -> Option<(i64, Vec<usize>)> {
        if !matches(choice, pattern) {
            return None;
        }
        SkimMatcherV2::default()
            .respect_case()
            .fuzzy_indices(choice, pattern)
    }
}

/// True when every char of `pattern` appears in `choice` in order: exactly
/// when the matcher finds a match, checked without it.
pub fn matches(choice: &str, pattern: &str) -> bool {
    // An ASCII byte in UTF-8 is always that ASCII char, so for an ASCII
    // pattern the byte check is exact whatever the choice holds.
    if pattern.is_ascii() {
        let mut hay = choice.as_bytes();
        for &b in pattern.as_bytes() {
            match hay.iter().position(|&c| c == b) {
                Some(i) => hay = &hay[i + 1..],
                None => return false,
            }
        }
        return true;
    }
    let mut hay = choice.chars();
    pattern.chars().all(|p| hay.any(|c| c == p))
}

/// What the search learns about one word of a query in one name before
/// any scoring, from one cheap pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quick {
    /// A guess at [`Matcher::score`]: it only decides which names get the
    /// real score, it never ranks.
    pub estimate: i64,
    /// The pattern is the start of a word of the choice.
    pub starts_word: bool,
}

/// `None` when `pattern` does not match `choice` (exactly as [`matches`]);
/// else a [`Quick`] look at the match. The estimate uses the matcher's own
/// ingredients (16 a char, bonuses for word starts and runs, penalties for
/// gaps) on one alignment: the first place the pattern is a whole run at a
/// word start, else the first run anywhere, else a left-to-right scan that
/// takes word starts when it can.
pub fn quick(choice: &str, pattern: &str) -> Option<Quick> {
    let (c, p) = (choice.as_bytes(), pattern.as_bytes());
    let n = p.len() as i64;
    if p.is_empty() {
        return Some(Quick {
            estimate: 0,
            starts_word: true,
        });
    }
    let heads = Heads::of(choice);
    let mut run = None;
    let mut from = 0;
    while let Some(off) = find(&c[from..], p) {
        let at = from + off;
        run.get_or_insert(at);
        if heads.at(c, at) {
            let estimate = 16 * n + 4 * (n - 1) + if at == 0 { 16 } else { 8 };
            return Some(Quick {
                estimate,
                starts_word: true,
            });
        }
        from = at + 1;
    }
    let estimate = if run.is_some() {
        16 * n + 4 * (n - 1)
    } else {
        if p.len() == 1 || !matches(choice, pattern) {
            return None;
        }
        scattered(c, p, &heads)
    };
    Some(Quick {
        estimate,
        starts_word: false,
    })
}

/// The estimate when the pattern is not one run: greedy, left to right,
/// jumping to a later word start that holds the char when there is one.
fn scattered(c: &[u8], p: &[u8], heads: &Heads) -> i64 {
    let (mut score, mut j, mut prev) = (0, 0, None);
    for &b in p {
        let Some(mut at) = c[j..].iter().position(|&x| x == b).map(|o| j + o) else {
            break;
        };
        if !heads.at(c, at)
            && let Some(h) = (at..c.len()).find(|&i| c[i] == b && heads.at(c, i))
        {
            at = h;
        }
        score += 16;
        if heads.at(c, at) {
            score += if at == 0 { 16 } else { 8 };
        } else if prev == Some(at.wrapping_sub(1)) {
            score += 4;
        }
        if let Some(q) = prev
            && at > q + 1
        {
            score -= 3 + (at - q - 1) as i64;
        }
        prev = Some(at);
        j = at + 1;
    }
    score
}

/// Where words start: byte rules for ASCII, char rules otherwise.
enum Heads {
    Ascii,
    /// `true` at the byte offset of each char that starts a word.
    Marked(Vec<bool>),
}

impl Heads {
    fn of(choice: &str) -> Heads {
        if choice.is_ascii() {
            return Heads::Ascii;
        }
        let mut marks = vec![false; choice.len()];
        let mut prev_alnum = false;
        for (at, ch) in choice.char_indices() {
            let alnum = ch.is_alphanumeric();
            marks[at] = alnum && !prev_alnum;
            prev_alnum = alnum;
        }
        Heads::Marked(marks)
    }

    fn at(&self, c: &[u8], i: usize) -> bool {
        match self {
            Heads::Ascii => {
                c[i].is_ascii_alphanumeric() && (i == 0 || !c[i - 1].is_ascii_alphanumeric())
            }
            Heads::Marked(marks) => marks.get(i).copied().unwrap_or(false),
        }
    }
}

/// The first offset of `needle` in `hay`. Names are short: a byte scan
/// for the first char, then a plain comparison, beats calling memcmp.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let last_start = hay.len().checked_sub(needle.len())?;
    let mut i = 0;
    while i <= last_start {
        let at = i + hay[i..=last_start].iter().position(|&b| b == first)?;
        if hay[at + 1..at + needle.len()]
            .iter()
            .zip(rest)
            .all(|(a, b)| a == b)
        {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_order_check() {
        assert!(matches("jakub pachocki", "jpach"));
        assert!(matches("jakub pachocki", ""));
        assert!(!matches("jakub pachocki", "pachj"));
        assert!(matches("zoë", "zoë"));
        assert!(!matches("zoe", "zoë"));
        assert!(!matches("éa", "ae"));
    }

    #[test]
    fn word_starts_score_higher_than_scattered() {
        let m = Matcher::new();
        let head = m.score("jakub pachocki", "pach");
        let scattered = m.score("jakub pachocki", "jbhk");
        assert!(head > scattered, "{head:?} {scattered:?}");
        assert_eq!(m.score("jakub pachocki", "xyz"), None);
        let (_, at) = m.indices("jakub pachocki", "pach").unwrap();
        assert_eq!(at, vec![6, 7, 8, 9]);
    }

    #[test]
    fn scores_do_not_depend_on_earlier_calls() {
        let m = Matcher::new();
        let alone = Matcher::new().score("eee", "eee");
        for other in ["e e e", "ce ee", "beeee", "e ee", "ee eeae", "abeeeeb e"] {
            m.score(other, "eee");
            assert_eq!(m.score("eee", "eee"), alone, "after {other}");
        }
    }

    #[test]
    fn quick_look() {
        assert_eq!(quick("jakub pachocki", "xz"), None);
        assert_eq!(quick("jakub pachocki", "pachj"), None);
        assert!(quick("jakub pachocki", "pach").unwrap().starts_word);
        assert!(!quick("jakub pachocki", "acho").unwrap().starts_word);
        assert!(!quick("jakub pachocki", "jp").unwrap().starts_word);
        assert!(quick("o’brien søren", "bri").unwrap().starts_word);
        assert!(quick("иван петров", "пет").unwrap().starts_word);
        assert_eq!(find(b"abcabd", b"abd"), Some(3));
        assert_eq!(find(b"ab", b"abc"), None);
    }

    #[test]
    fn estimates_follow_scores() {
        let m = Matcher::new();
        for choice in [
            "ines apache",
            "pascal achterberg",
            "jakub pachocki",
            "pach ostrova",
            "papa chi",
            "xpxaxcxh",
        ] {
            let real = m.score(choice, "pach").unwrap();
            let guess = quick(choice, "pach").unwrap().estimate;
            assert!((real - guess).abs() <= 2, "{choice}: {guess} for {real}");
        }
    }
}
