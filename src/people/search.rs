//! Ranking people against a query, and the stateful search a picker keeps
//! between keystrokes.
//!
//! A query is folded (accents and case) and split into words. A person
//! matches when, for one of their names (the name or an alias), every word
//! of the query fuzzy-matches that name: words in any order, each on its own,
//! as in fzf. Results rank by kind first (exact, then prefix, then fuzzy),
//! then by the matcher's score, then by name.

use std::cmp::Reverse;
use std::thread;

use super::matcher::{self, Matcher};
use super::{PeopleIndex, PersonEntry};
use crate::model::fold_into;

/// Below this many names to look at, one thread is faster than two.
const PARALLEL_FROM: usize = 16_384;

/// How a person matched, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    /// Every query word appears, in order, somewhere in the name.
    Fuzzy = 1,
    /// The name starts with the query, or every query word starts a word of
    /// the name (`j pach`, `pachocki jakub`).
    Prefix = 2,
    /// The whole name or alias is the query.
    Exact = 3,
}

impl MatchKind {
    pub fn name(self) -> &'static str {
        match self {
            MatchKind::Fuzzy => "fuzzy",
            MatchKind::Prefix => "prefix",
            MatchKind::Exact => "exact",
        }
    }

    /// The part of a [`Hit::score`] that says the kind, so one integer sorts.
    fn base(self) -> i64 {
        (self as i64) << 32
    }
}

/// One person found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`PeopleIndex::entries`].
    pub entry: usize,
    /// Higher ranks first. The kind is in the high bits, so comparing scores
    /// compares kinds first.
    pub score: i64,
    /// Char indices that matched, ascending, for highlighting: in the
    /// entry's `name` when `matched_alias` is `None`, else in that alias
    /// (see [`Hit::matched_text`]).
    pub positions: Vec<usize>,
    /// Index into the entry's `aliases` when an alias matched better than
    /// the name.
    pub matched_alias: Option<usize>,
    pub kind: MatchKind,
}

impl Hit {
    /// The matcher's part of `score`, without the kind: comparable between
    /// hits of the same kind.
    pub fn matcher_score(&self) -> i64 {
        self.score - self.kind.base()
    }

    /// The string `positions` index: the name, or the alias that matched.
    pub fn matched_text<'a>(&self, entry: &'a PersonEntry) -> &'a str {
        self.matched_alias
            .and_then(|a| entry.aliases.get(a))
            .unwrap_or(&entry.name)
    }
}

/// What a name or alias needs besides its folded text, which
/// [`PeopleIndex`] keeps in one flat string so a scan reads memory in order.
#[derive(Debug)]
pub(crate) struct Key {
    /// Char index in the folded text to char index in the original; empty
    /// when they are the same.
    map: Box<[u32]>,
    /// `None` for the name, else the index in the entry's aliases.
    alias: Option<u32>,
}

impl Key {
    /// The folded text of `text` (accents and case folded, runs of
    /// whitespace made one space, ends trimmed) and its [`Key`].
    pub(crate) fn new(text: &str, alias: Option<usize>) -> (String, Key) {
        let mut folded = String::with_capacity(text.len());
        let mut map: Vec<u32> = Vec::with_capacity(text.len());
        let mut buf = [0u8; 4];
        let mut space = None;
        for (i, c) in text.chars().enumerate() {
            if c.is_whitespace() {
                if !folded.is_empty() && space.is_none() {
                    space = Some(i as u32);
                }
                continue;
            }
            if let Some(at) = space.take() {
                folded.push(' ');
                map.push(at);
            }
            let before = folded.len();
            fold_into(c.encode_utf8(&mut buf), &mut folded);
            let added = folded[before..].chars().count();
            map.extend(std::iter::repeat_n(i as u32, added));
        }
        let identity = map.iter().enumerate().all(|(i, &o)| i as u32 == o);
        let key = Key {
            map: if identity {
                Box::default()
            } else {
                map.into_boxed_slice()
            },
            alias: alias.map(|a| a as u32),
        };
        (folded, key)
    }

    /// Char indices of the original string that `q` matched in its folded
    /// text `key`, ascending.
    fn positions(&self, key: &str, q: &Query, kind: MatchKind, m: &Matcher) -> Vec<usize> {
        let char_at = |byte: usize| key[..byte].chars().count();
        let mut folded_at: Vec<usize> = Vec::new();
        let mut span = |start: usize, len: usize| {
            let first = char_at(start);
            let n = key[start..start + len].chars().count();
            folded_at.extend(first..first + n);
        };
        let prefix = match kind {
            MatchKind::Exact => Some(vec![(0, key.len())]),
            MatchKind::Prefix if key.starts_with(&q.text) => Some(vec![(0, q.text.len())]),
            MatchKind::Prefix => word_prefixes(key, q),
            MatchKind::Fuzzy => None,
        };
        match prefix {
            Some(spans) => spans.into_iter().for_each(|(s, l)| span(s, l)),
            None => {
                for w in &q.words {
                    if let Some((_, at)) = m.indices(key, w) {
                        folded_at.extend(at);
                    }
                }
            }
        }
        let spaces: Vec<usize> = key
            .chars()
            .enumerate()
            .filter(|&(_, c)| c == ' ')
            .map(|(i, _)| i)
            .collect();
        let mut out: Vec<usize> = folded_at
            .into_iter()
            .filter(|i| !spaces.contains(i))
            .map(|i| match self.map.get(i) {
                Some(&o) => o as usize,
                None => i,
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// One bit for each kind of byte in `bytes`: a letter `a`-`z` each, then
/// digits, bytes of non-ASCII chars, and anything else but a space. A
/// query whose mask has a bit the name's lacks cannot match it.
pub(crate) fn byte_mask(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0, |mask, &b| {
        mask | match b {
            b'a'..=b'z' => 1 << (b - b'a'),
            b'0'..=b'9' => 1 << 26,
            0x80.. => 1 << 27,
            b' ' => 0,
            _ => 1 << 28,
        }
    })
}

/// How the folded `key` matches `q` and a cheap estimate of its score;
/// `None` when it does not match.
fn classify_key(key: &str, q: &Query) -> Option<(MatchKind, i64)> {
    let mut estimate = 0;
    let mut all_start_words = true;
    for w in &q.words {
        let quick = matcher::quick(key, w)?;
        estimate += quick.estimate;
        all_start_words &= quick.starts_word;
    }
    let kind = if key == q.text {
        MatchKind::Exact
    } else if (all_start_words && (q.words.len() == 1 || has_word_prefixes(key, q)))
        || key.starts_with(&q.text)
    {
        MatchKind::Prefix
    } else {
        MatchKind::Fuzzy
    };
    Some((kind, estimate))
}

/// How the folded `key` matches `q`; `None` when it does not.
fn kind(key: &str, q: &Query) -> Option<MatchKind> {
    classify_key(key, q).map(|(kind, _)| kind)
}

/// The matcher's score: the sum over the query's words.
fn score(key: &str, q: &Query, m: &Matcher) -> i64 {
    q.words.iter().map(|w| m.score(key, w).unwrap_or(0)).sum()
}

/// Byte offsets where a word of `key` starts: a letter or digit after
/// anything else.
fn word_starts(key: &str) -> impl Iterator<Item = usize> + '_ {
    let mut prev_alnum = false;
    key.char_indices().filter_map(move |(at, c)| {
        let alnum = c.is_alphanumeric();
        let start = alnum && !prev_alnum;
        prev_alnum = alnum;
        start.then_some(at)
    })
}

/// [`word_prefixes`] without allocating, for the scan over everyone.
fn has_word_prefixes(key: &str, q: &Query) -> bool {
    if let [w] = q.words.as_slice() {
        return word_starts(key).any(|s| key[s..].starts_with(w.as_str()));
    }
    // Words beyond the 64th start of a name are not told apart: no name
    // has that many words.
    let mut used = 0u64;
    q.by_length.iter().all(|&i| {
        let w = q.words[i].as_str();
        let found = word_starts(key)
            .enumerate()
            .find(|&(k, s)| (k >= 64 || used & (1 << k) == 0) && key[s..].starts_with(w));
        match found {
            Some((k, _)) => {
                if k < 64 {
                    used |= 1 << k;
                }
                true
            }
            None => false,
        }
    })
}

/// For each query word, a distinct word of `key` that it starts, as (byte
/// offset, byte length); `None` when there is no such assignment. Longer
/// words choose first, which finds one whenever one exists for the short
/// queries people type.
fn word_prefixes(key: &str, q: &Query) -> Option<Vec<(usize, usize)>> {
    let starts: Vec<usize> = word_starts(key).collect();
    let mut used = vec![false; starts.len()];
    let mut spans = Vec::with_capacity(q.words.len());
    for &i in &q.by_length {
        let w = &q.words[i];
        let k =
            (0..starts.len()).find(|&k| !used[k] && key[starts[k]..].starts_with(w.as_str()))?;
        used[k] = true;
        spans.push((starts[k], w.len()));
    }
    Some(spans)
}

/// A query, folded and split into words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Query {
    words: Vec<String>,
    /// The words joined by single spaces.
    text: String,
    /// Indexes of `words`, longest first.
    by_length: Vec<usize>,
    /// [`byte_mask`] of all the words.
    mask: u32,
}

impl Query {
    fn parse(raw: &str) -> Query {
        let mut folded = String::with_capacity(raw.len());
        fold_into(raw, &mut folded);
        let words: Vec<String> = folded.split_whitespace().map(str::to_owned).collect();
        let text = words.join(" ");
        let mut by_length: Vec<usize> = (0..words.len()).collect();
        by_length.sort_by_key(|&i| Reverse(words[i].len()));
        let mask = byte_mask(text.as_bytes());
        Query {
            words,
            text,
            by_length,
            mask,
        }
    }

    /// True when everything `self` matches is among what `prev` matched:
    /// each earlier word is unchanged, the last one may have grown, and new
    /// words may follow. A word that grows only matches fewer names.
    fn narrows(&self, prev: &Query) -> bool {
        let n = prev.words.len();
        n > 0
            && self.words.len() >= n
            && self.words[..n - 1] == prev.words[..n - 1]
            && self.words[n - 1].starts_with(prev.words[n - 1].as_str())
    }
}

/// What one query found: every match (to narrow from) and the best ones.
#[derive(Debug)]
struct Step {
    query: Query,
    /// Every entry that matched, in index order.
    matched: Vec<u32>,
    hits: Vec<Hit>,
}

/// Search state that lives across keystrokes, owned by the app.
///
/// [`PeopleSearch::update`] narrows the previous matches when the query
/// grows (typing on), and goes back to a remembered step when it shrinks to
/// a query seen before (backspace), so only a fresh query scans everyone.
#[derive(Debug)]
pub struct PeopleSearch {
    limit: usize,
    /// The queries typed so far, each narrowing the one before.
    steps: Vec<Step>,
    /// The index the steps came from.
    stamp: u64,
    /// Hits for the empty query, and how many people there are.
    everyone: Vec<Hit>,
    everyone_total: usize,
}

impl PeopleSearch {
    /// A search that keeps the best `limit` results.
    pub fn new(limit: usize) -> PeopleSearch {
        PeopleSearch {
            limit,
            steps: Vec::new(),
            stamp: 0,
            everyone: Vec::new(),
            everyone_total: 0,
        }
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    /// Changes how many results are kept; the next update recomputes.
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit;
        self.reset();
    }

    /// Forgets every remembered step.
    pub fn reset(&mut self) {
        self.steps.clear();
        self.everyone.clear();
        self.everyone_total = 0;
        self.stamp = 0;
    }

    /// The results of the last update, best first.
    pub fn hits(&self) -> &[Hit] {
        match self.steps.last() {
            Some(step) => &step.hits,
            None => &self.everyone,
        }
    }

    /// How many people matched the last query, beyond the `limit` shown.
    pub fn total(&self) -> usize {
        match self.steps.last() {
            Some(step) => step.matched.len(),
            None => self.everyone_total,
        }
    }

    /// The best matches for `query` in `index`, best first, at most `limit`.
    /// The empty query lists everyone by name.
    pub fn update(&mut self, index: &PeopleIndex, query: &str) -> &[Hit] {
        if self.stamp != index.stamp {
            self.reset();
            self.stamp = index.stamp;
        }
        let q = Query::parse(query);
        if q.words.is_empty() {
            self.steps.clear();
            self.everyone_total = index.len();
            if self.everyone.is_empty() {
                self.everyone = index
                    .by_name
                    .iter()
                    .take(self.limit)
                    .map(|&e| Hit {
                        entry: e as usize,
                        score: MatchKind::Fuzzy.base(),
                        positions: Vec::new(),
                        matched_alias: None,
                        kind: MatchKind::Fuzzy,
                    })
                    .collect();
            }
            return &self.everyone;
        }
        while let Some(last) = self.steps.last() {
            if last.query == q {
                return self.hits();
            }
            if q.narrows(&last.query) {
                break;
            }
            self.steps.pop();
        }
        let step = match self.steps.last() {
            Some(prev) => run(index, &q, Some(&prev.matched), self.limit),
            None => run(index, &q, None, self.limit),
        };
        self.steps.push(step);
        self.hits()
    }
}

/// One search over `candidates` (every entry when `None`).
///
/// The matcher's score is costly (about 1 µs a name), so it is computed for
/// the best few hundred matches only: every match is classified (exact,
/// prefix, fuzzy) and given a cheap estimate of the score, the best
/// `scored_for(limit)` by (kind, estimate, name) get the real score, and the
/// best `limit` of those by (kind, score, name) are returned.
fn run(index: &PeopleIndex, q: &Query, candidates: Option<&[u32]>, limit: usize) -> Step {
    let all: Vec<u32>;
    let candidates = match candidates {
        Some(c) => c,
        None => {
            all = (0..index.len() as u32).collect();
            &all
        }
    };
    let mut found: Vec<Found> = par_flat_map(candidates, |&e| classify(index, e, q));
    let matched: Vec<u32> = found.iter().map(|f| f.entry).collect();

    let budget = scored_for(limit);
    let pre_rank = |f: &Found| {
        (
            Reverse(f.kind),
            Reverse(f.estimate),
            index.name_rank[f.entry as usize],
        )
    };
    if found.len() > budget {
        found.select_nth_unstable_by_key(budget - 1, pre_rank);
        found.truncate(budget);
    }
    let mut scored: Vec<(i64, u32, u32)> = found
        .iter()
        .map(|f| {
            let (score, key) = best_score(index, f.entry as usize, q, f.kind);
            (score, f.entry, key)
        })
        .collect();
    let rank = |&(score, e, _): &(i64, u32, u32)| (Reverse(score), index.name_rank[e as usize]);
    scored.sort_unstable_by_key(rank);
    scored.truncate(limit);
    let hits = scored
        .into_iter()
        .map(|(score, e, k)| {
            let key = &index.keys[k as usize];
            let kind = kind_of(score);
            Hit {
                entry: e as usize,
                score,
                positions: key.positions(index.folded(k as usize), q, kind, &index.matcher),
                matched_alias: key.alias.map(|a| a as usize),
                kind,
            }
        })
        .collect();
    Step {
        query: q.clone(),
        matched,
        hits,
    }
}

/// How many matches get the matcher's real score when `limit` are shown:
/// enough that the cheap estimate choosing them does not decide what is
/// shown, few enough to stay within a frame.
fn scored_for(limit: usize) -> usize {
    limit.saturating_mul(4).max(256)
}

/// A match before scoring.
struct Found {
    entry: u32,
    kind: MatchKind,
    estimate: i64,
}

/// Whether the entry matches, its best kind over its name and aliases, and
/// the best estimate among its keys of that kind.
fn classify(index: &PeopleIndex, e: u32, q: &Query) -> Option<Found> {
    if index.entry_mask[e as usize] & q.mask != q.mask {
        return None;
    }
    let mut best: Option<(MatchKind, i64)> = None;
    for k in index.keys_of(e as usize) {
        if index.key_mask[k] & q.mask != q.mask {
            continue;
        }
        let Some((kind, estimate)) = classify_key(index.folded(k), q) else {
            continue;
        };
        if best.is_none_or(|b| (kind, estimate) > b) {
            best = Some((kind, estimate));
        }
    }
    best.map(|(kind, estimate)| Found {
        entry: e,
        kind,
        estimate,
    })
}

fn kind_of(score: i64) -> MatchKind {
    match score >> 32 {
        3 => MatchKind::Exact,
        2 => MatchKind::Prefix,
        _ => MatchKind::Fuzzy,
    }
}

/// The score of the entry's best key of `kind`, and that key's index in
/// `index.keys`. The name wins ties with its aliases.
fn best_score(index: &PeopleIndex, e: usize, q: &Query, want: MatchKind) -> (i64, u32) {
    let mut best = (i64::MIN, index.key_start[e]);
    for k in index.keys_of(e) {
        let key = index.folded(k);
        if kind(key, q) != Some(want) {
            continue;
        }
        let score = want.base() + score(key, q, &index.matcher);
        if score > best.0 {
            best = (score, k as u32);
        }
    }
    best
}

/// `items.iter().filter_map(f)`, on two threads when there are many items;
/// results keep the order of `items`.
fn par_flat_map<T, R, F>(items: &[T], f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> Option<R> + Sync,
{
    let workers = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(4);
    if workers < 2 || items.len() < PARALLEL_FROM {
        return items.iter().filter_map(&f).collect();
    }
    let chunk = items.len().div_ceil(workers);
    thread::scope(|scope| {
        let f = &f;
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().filter_map(f).collect::<Vec<R>>()))
            .collect();
        let mut out = Vec::with_capacity(items.len());
        for h in handles {
            match h.join() {
                Ok(part) => out.extend(part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_and_map_back() {
        let (f, k) = Key::new("  Léa   Dupré ", None);
        assert_eq!(f, "lea dupre");
        // `d` of Dupré is char 8 of the original.
        let q = Query::parse("dup");
        assert_eq!(
            k.positions(&f, &q, MatchKind::Prefix, &Matcher::new()),
            vec![8, 9, 10]
        );
        let (f, k) = Key::new("Ægir Ø", None);
        assert_eq!(f, "aegir o");
        // `ae` comes from the one char `Æ`.
        let q = Query::parse("aeg");
        assert_eq!(
            k.positions(&f, &q, MatchKind::Prefix, &Matcher::new()),
            vec![0, 1]
        );
    }

    #[test]
    fn narrowing_rule() {
        let q = Query::parse;
        assert!(q("pac").narrows(&q("pa")));
        assert!(q("pa c").narrows(&q("pa")));
        assert!(q("pa ").narrows(&q("pa")));
        assert!(!q("pa").narrows(&q("pac")));
        assert!(!q("pb").narrows(&q("pa")));
        assert!(!q("x pa").narrows(&q("pa")));
        assert!(!q("pa").narrows(&q("")));
    }
}
