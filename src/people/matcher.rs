//! The one module that knows which fuzzy matcher people search uses.
//!
//! Everything else in [`crate::people`] calls [`Matcher`] and
//! [`is_subsequence`] and never names `fuzzy_matcher`, so swapping the
//! algorithm (for nucleo, say) means rewriting this file only.
//!
//! Both sides are already folded with [`crate::model::fold`] when they get
//! here: matching is case- and accent-insensitive because the strings are,
//! so the matcher runs case-sensitive and never pays for case mapping.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// A fuzzy matcher over folded strings. Cheap to share between threads.
pub struct Matcher {
    skim: SkimMatcherV2,
}

impl Default for Matcher {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Matcher(SkimMatcherV2)")
    }
}

impl Matcher {
    pub fn new() -> Self {
        Matcher {
            skim: SkimMatcherV2::default().respect_case(),
        }
    }

    /// How well `pattern` matches `choice` (higher is better), or `None`
    /// when its characters do not all appear in order.
    pub fn score(&self, choice: &str, pattern: &str) -> Option<i64> {
        if !is_subsequence(choice, pattern) {
            return None;
        }
        self.skim.fuzzy_match(choice, pattern)
    }

    /// [`Matcher::score`] plus the char indices of `choice` that matched,
    /// ascending. Slower: only for the results on screen.
    pub fn indices(&self, choice: &str, pattern: &str) -> Option<(i64, Vec<usize>)> {
        if !is_subsequence(choice, pattern) {
            return None;
        }
        self.skim.fuzzy_indices(choice, pattern)
    }
}

/// A cheap pre-filter: false when `pattern` cannot fuzzy-match `choice`.
/// It checks that the bytes of `pattern` appear in `choice` in order, which
/// every match needs; for ASCII (nearly every folded name) that is exactly
/// the in-order condition, so the costly matcher only sees real matches.
pub fn is_subsequence(choice: &str, pattern: &str) -> bool {
    let mut hay = choice.as_bytes();
    for &b in pattern.as_bytes() {
        match hay.iter().position(|&c| c == b) {
            Some(i) => hay = &hay[i + 1..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subsequence() {
        assert!(is_subsequence("jakub pachocki", "jpach"));
        assert!(is_subsequence("jakub pachocki", ""));
        assert!(!is_subsequence("jakub pachocki", "pachj"));
        assert!(is_subsequence("zoë", "zoë"));
        assert!(!is_subsequence("zoe", "zoë"));
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
}
