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
    if choice.is_ascii() && pattern.is_ascii() {
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

/// A cheap guess at [`Matcher::score`] for a `pattern` that [`matches`]
/// `choice`, from the same ingredients (16 a char, bonuses for word starts
/// and runs, penalties for gaps) on one greedy alignment: the first place
/// the pattern is a whole run at a word start, else the first run
/// anywhere, else a left-to-right scan that takes word starts when it can.
/// It only decides which names get the real score; it never ranks.
pub fn estimate(choice: &str, pattern: &str) -> i64 {
    let (c, p) = (choice.as_bytes(), pattern.as_bytes());
    let n = p.len() as i64;
    if p.is_empty() {
        return 0;
    }
    let head = |i: usize| i == 0 || !c[i - 1].is_ascii_alphanumeric();
    let mut run_at_head = None;
    let mut run = None;
    let mut from = 0;
    while let Some(off) = find(&c[from..], p) {
        let at = from + off;
        run.get_or_insert(at);
        if head(at) {
            run_at_head = Some(at);
            break;
        }
        from = at + 1;
    }
    match (run_at_head, run) {
        (Some(0), _) => 16 * n + 16 + 4 * (n - 1),
        (Some(_), _) => 16 * n + 8 + 4 * (n - 1),
        (None, Some(_)) => 16 * n + 4 * (n - 1),
        (None, None) => {
            let (mut score, mut j, mut prev) = (0, 0, None);
            for &b in p {
                // Prefer the next word start holding `b`, else the next `b`.
                let next = c[j..].iter().position(|&x| x == b).map(|o| j + o);
                let Some(mut at) = next else { break };
                if !head(at)
                    && let Some(h) = (at..c.len()).find(|&i| c[i] == b && head(i))
                {
                    at = h;
                }
                score += 16;
                if head(at) {
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
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
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
            let guess = estimate(choice, "pach");
            assert!((real - guess).abs() <= 2, "{choice}: {guess} for {real}");
        }
    }
}
