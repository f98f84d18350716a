//! Synthetic briefing corpora for benchmarks and tests.
//!
//! Everything here is deterministic: the same seed gives the same files, byte
//! for byte, on every machine, so a benchmark measures the same work each
//! run. Names are made from syllable tables and are fictional; text is drawn
//! from a small business-news vocabulary at the lengths real briefings have
//! (see `briefings/`). Every corpus made here loads without a diagnostic.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::PathBuf;

use crate::model::{fold, slugify};

/// A small, fast, seedable PRNG (SplitMix64). Not for cryptography; good
/// enough to vary a corpus, and identical on every platform.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        // The modulo bias is far below anything a corpus could show.
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const CONSONANTS: &[u8] = b"bdfgklmnprstvz";
const VOWELS: &[u8] = b"aeiou";
/// Accented forms of the vowels, to exercise folding (`é` → `e`).
const ACCENTED: [&str; 5] = ["á", "é", "í", "ó", "ü"];

const ORGS: &[&str] = &[
    "Norvane Systems",
    "Kelto Labs",
    "Brightmere Capital",
    "Ostrava Dynamics",
    "Lumeno AI",
    "Valderra Group",
    "Quintessa Bank",
    "Harrowgate Media",
    "Sable & Finch",
    "Corveau Industries",
    "Tessaline Energy",
    "Mirabel Health",
];

const ROLES: &[&str] = &[
    "Chief Executive Officer",
    "Chief Financial Officer",
    "Chief Scientist",
    "Chief Technology Officer",
    "Head of research",
    "Head of safety",
    "General counsel",
    "Board member",
    "Co-founder",
    "Head of product",
    "Vice president of engineering",
    "Investor",
    "Analyst",
];

const WORDS: &[&str] = &[
    "the",
    "company",
    "board",
    "said",
    "its",
    "new",
    "research",
    "team",
    "after",
    "months",
    "of",
    "talks",
    "with",
    "investors",
    "and",
    "staff",
    "a",
    "plan",
    "to",
    "cut",
    "costs",
    "while",
    "growing",
    "revenue",
    "from",
    "products",
    "in",
    "markets",
    "where",
    "rivals",
    "spend",
    "more",
    "on",
    "compute",
    "leadership",
    "change",
    "follows",
    "departure",
    "several",
    "senior",
    "people",
    "who",
    "built",
    "models",
    "analysts",
    "expect",
    "further",
    "funding",
    "round",
    "this",
    "year",
    "losses",
    "could",
    "reach",
    "billions",
    "as",
    "training",
    "inference",
    "grow",
    "faster",
    "than",
    "sales",
    "according",
    "article",
    "which",
    "cites",
    "sources",
    "close",
    "to",
    "management",
    "strategy",
    "remains",
    "unclear",
    "but",
    "executives",
    "insist",
    "that",
    "safety",
    "stays",
    "central",
    "partners",
    "regulators",
    "scrutiny",
    "deal",
    "valuation",
    "shares",
    "quarter",
    "guidance",
    "margin",
    "headcount",
    "hiring",
    "freeze",
    "restructuring",
    "lab",
    "unit",
    "division",
    "roadmap",
    "launch",
    "delay",
    "competition",
    "large",
    "technology",
    "firms",
];

const CURRENCIES: &[&str] = &["USD", "EUR", "GBP", "CHF", "JPY"];
const EVENT_KINDS: &[&str] = &["appointment", "departure", "role", "other"];
const RISK_KINDS: &[&str] = &["loss", "cost", "revenue", "funding", "valuation", "other"];
const BOUNDS: &[&str] = &["exact", "about", "up_to", "at_least"];
const SEVERITIES: &[&str] = &["low", "medium", "high", "critical"];
const TAGS: &[&str] = &[
    "leadership",
    "funding",
    "ai-research",
    "safety",
    "startups",
    "earnings",
    "regulation",
    "mergers",
    "energy",
    "health",
];

/// A fictional person as a briefing lists them.
#[derive(Clone, Debug)]
struct Person {
    id: String,
    name: String,
    alias: Option<String>,
    org: &'static str,
    role: &'static str,
}

/// A name part of `lo..=hi` consonant-vowel syllables, capitalised. Every
/// syllable is one consonant then one vowel, so different syllable
/// sequences never spell the same word.
fn name_part(rng: &mut Rng, lo: usize, hi: usize) -> String {
    let syllables = rng.range(lo, hi);
    let mut s = String::new();
    for i in 0..syllables {
        let c = *rng.pick(CONSONANTS) as char;
        let v = rng.below(VOWELS.len());
        s.push(if i == 0 { c.to_ascii_uppercase() } else { c });
        if rng.chance(8) {
            s.push_str(ACCENTED[v]);
        } else {
            s.push(VOWELS[v] as char);
        }
    }
    s
}

/// A fresh person whose id is not in `taken` (ids are folded names, so
/// `taken` holds them across a whole corpus when names must be distinct).
fn new_person(rng: &mut Rng, taken: &mut HashSet<String>) -> Person {
    loop {
        let given = name_part(rng, 2, 3);
        let family = name_part(rng, 2, 4);
        let name = format!("{given} {family}");
        let Some(id) = slugify(&name) else { continue };
        if !taken.insert(id.clone()) {
            continue;
        }
        let alias = rng.chance(30).then(|| {
            let initial = given.chars().next().unwrap_or('X');
            format!("{initial}. {family}")
        });
        return Person {
            id,
            name,
            alias,
            org: ORGS[rng.below(ORGS.len())],
            role: ROLES[rng.below(ROLES.len())],
        };
    }
}

/// `lo..=hi` words of plain prose, starting with a capital and ending with
/// a full stop.
fn prose(rng: &mut Rng, lo: usize, hi: usize) -> String {
    let n = rng.range(lo, hi);
    let mut s = String::with_capacity(n * 7);
    for i in 0..n {
        let w = rng.pick(WORDS);
        if i == 0 {
            let mut cs = w.chars();
            if let Some(c) = cs.next() {
                s.push(c.to_ascii_uppercase());
                s.push_str(cs.as_str());
            }
        } else {
            s.push(if rng.chance(6) { ',' } else { ' ' });
            if s.ends_with(',') {
                s.push(' ');
            }
            s.push_str(w);
        }
    }
    s.push('.');
    s
}

/// A double-quoted YAML scalar.
fn quoted(s: &str) -> String {
    let mut q = String::with_capacity(s.len() + 2);
    q.push('"');
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

/// `key: >-` and `text` folded at about 72 columns, indented by `indent`.
fn block(out: &mut String, indent: usize, key: &str, text: &str) {
    let pad = " ".repeat(indent);
    let _ = writeln!(out, "{pad}{key}: >-");
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.len() + word.len() + 1 > 72 {
            let _ = writeln!(out, "{pad}  {line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    let _ = writeln!(out, "{pad}  {line}");
}

fn date(rng: &mut Rng) -> String {
    let year = rng.range(2015, 2025);
    match rng.below(4) {
        0 => year.to_string(),
        1 => format!("\"{year}\""),
        2 => format!("{year}-{:02}", rng.range(1, 12)),
        _ => format!("{year}-{:02}-{:02}", rng.range(1, 12), rng.range(1, 28)),
    }
}

fn refs(rng: &mut Rng) -> String {
    if rng.chance(50) {
        rng.range(1, 30).to_string()
    } else {
        let first = rng.range(1, 20);
        let n = rng.range(2, 4);
        let list: Vec<String> = (0..n).map(|i| (first + i * 2).to_string()).collect();
        format!("[{}]", list.join(", "))
    }
}

fn amount(rng: &mut Rng) -> String {
    let n = rng.range(1, 999);
    match rng.below(7) {
        0 => format!("{n}k"),
        1 => format!("{n}M"),
        2 => format!("{}B", rng.range(1, 90)),
        3 => format!("{} bn", rng.range(1, 90)),
        4 => format!("{}.{}T", rng.range(1, 3), rng.range(1, 9)),
        5 => (n * 1_000_000).to_string(),
        _ => format!("{n}.5"),
    }
}

/// How a person is referred to: by id, name or alias, as writers do.
fn person_ref(rng: &mut Rng, p: &Person) -> String {
    match (rng.below(4), &p.alias) {
        (0, _) => quoted(&p.name),
        (1, Some(alias)) => quoted(alias),
        _ => p.id.clone(),
    }
}

/// True when `p` can join a briefing that already uses the refs in `keys`
/// (folded ids, names and aliases) without making any ref ambiguous.
fn fits(p: &Person, keys: &mut HashSet<String>) -> bool {
    let mut own: Vec<String> = vec![p.id.clone(), fold(&p.name)];
    if let Some(a) = &p.alias {
        own.push(fold(a));
    }
    if own.iter().any(|k| keys.contains(k)) {
        return false;
    }
    keys.extend(own);
    true
}

/// The YAML text of briefing number `index` about `people`.
fn briefing_text(rng: &mut Rng, index: usize, people: &[Person]) -> (String, String) {
    let title_words = prose(rng, 6, 14);
    let title = title_words.trim_end_matches('.').to_owned();
    let id = format!(
        "b{index:06}-{}",
        slugify(&title)
            .unwrap_or_default()
            .split('-')
            .take(3)
            .collect::<Vec<_>>()
            .join("-")
    );
    let mut out = String::with_capacity(16 * 1024);
    let _ = writeln!(
        out,
        "# Synthetic briefing {index}: fictional names, generated text."
    );
    let _ = writeln!(out, "format: 1");
    let _ = writeln!(out, "id: {id}");
    let _ = writeln!(out, "title: {}", quoted(&title));
    if rng.chance(70) {
        let _ = writeln!(out, "date: {}", date(rng));
    }
    let _ = writeln!(out, "source:");
    let _ = writeln!(out, "  title: {}", quoted(&prose(rng, 6, 16)));
    let _ = writeln!(out, "  publisher: {}", rng.pick(ORGS));
    if rng.chance(60) {
        let author = &people[rng.below(people.len())].name;
        let _ = writeln!(out, "  author: {}", quoted(&format!("{author} (staff)")));
    }
    let _ = writeln!(out, "  language: {}", rng.pick(&["en", "fr", "de", "es"]));
    let _ = writeln!(out, "  url: https://news.example.com/{id}");
    let ntags = rng.range(1, 5);
    let tags: Vec<&str> = (0..ntags).map(|_| *rng.pick(TAGS)).collect();
    let _ = writeln!(out, "tags: [{}]", tags.join(", "));
    block(&mut out, 0, "summary", &prose(rng, 30, 90));

    let _ = writeln!(out, "\npeople:");
    for p in people {
        let _ = writeln!(out, "  - name: {}", quoted(&p.name));
        if rng.chance(10) {
            let _ = writeln!(out, "    id: {}", p.id);
        }
        if let Some(a) = &p.alias {
            let _ = writeln!(out, "    aliases: [{}]", quoted(a));
        }
        let _ = writeln!(out, "    org: {}", quoted(p.org));
        let _ = writeln!(out, "    role: {}", quoted(p.role));
        if rng.chance(60) {
            block(&mut out, 4, "bio", &prose(rng, 8, 40));
        }
    }

    let _ = writeln!(out, "\ntimeline:");
    for _ in 0..rng.range(5, 60) {
        let p = &people[rng.below(people.len())];
        let kind = *rng.pick(EVENT_KINDS);
        let _ = writeln!(out, "  - kind: {kind}");
        let _ = writeln!(out, "    person: {}", person_ref(rng, p));
        if rng.chance(60) {
            let _ = writeln!(out, "    when: {}", date(rng));
        }
        let _ = writeln!(out, "    role: {}", quoted(ROLES[rng.below(ROLES.len())]));
        let _ = writeln!(out, "    org: {}", quoted(p.org));
        if kind == "appointment" && rng.chance(40) {
            let other = &people[rng.below(people.len())];
            if other.id != p.id {
                let _ = writeln!(out, "    succeeds: {}", person_ref(rng, other));
            }
        }
        if rng.chance(70) {
            block(&mut out, 4, "note", &prose(rng, 6, 25));
        }
        let _ = writeln!(out, "    ref: {}", refs(rng));
    }

    let _ = writeln!(out, "\nkey_points:");
    for _ in 0..rng.range(3, 15) {
        let _ = writeln!(out, "  - title: {}", quoted(&prose(rng, 3, 8)));
        block(&mut out, 4, "text", &prose(rng, 15, 60));
        if rng.chance(60) {
            let n = rng.range(1, 3.min(people.len()));
            let start = rng.below(people.len() - n + 1);
            let list: Vec<String> = people[start..start + n]
                .iter()
                .map(|p| person_ref(rng, p))
                .collect();
            let _ = writeln!(out, "    people: [{}]", list.join(", "));
        }
        let _ = writeln!(out, "    ref: {}", refs(rng));
    }

    let _ = writeln!(out, "\nfinancial_risks:");
    for _ in 0..rng.range(2, 10) {
        let _ = writeln!(out, "  - title: {}", quoted(&prose(rng, 2, 6)));
        let _ = writeln!(out, "    kind: {}", rng.pick(RISK_KINDS));
        if rng.chance(65) {
            let _ = writeln!(out, "    amount: {}", amount(rng));
            let _ = writeln!(out, "    currency: {}", rng.pick(CURRENCIES));
            let _ = writeln!(out, "    bound: {}", rng.pick(BOUNDS));
        }
        match rng.below(4) {
            0 => {}
            1 => {
                let _ = writeln!(out, "    period: {}", rng.range(2015, 2026));
            }
            2 => {
                let _ = writeln!(out, "    period: \"FY{}\"", rng.range(2015, 2026));
            }
            _ => {
                let _ = writeln!(out, "    period: per year");
            }
        }
        let _ = writeln!(out, "    severity: {}", rng.pick(SEVERITIES));
        block(&mut out, 4, "text", &prose(rng, 10, 45));
        let _ = writeln!(out, "    ref: {}", refs(rng));
    }
    (id, out)
}

/// Where briefing `id` is written: one sub-folder per hundred files, so
/// the folder walk has depth to cover.
fn path_for(index: usize, id: &str) -> PathBuf {
    PathBuf::from(format!("{:03}", index / 100)).join(format!("{id}.yaml"))
}

/// Picks the people of one briefing: `fresh` new people, plus a few from
/// `recurring` (people who appear in several briefings), no ref ambiguous.
fn cast(rng: &mut Rng, fresh: Vec<Person>, recurring: &[Person]) -> Vec<Person> {
    let mut keys = HashSet::new();
    let mut people: Vec<Person> = Vec::with_capacity(fresh.len() + 3);
    if !recurring.is_empty() {
        for _ in 0..rng.range(0, 3) {
            let p = &recurring[rng.below(recurring.len())];
            if fits(p, &mut keys) {
                people.push(p.clone());
            }
        }
    }
    for mut p in fresh {
        if !fits(&p, &mut keys) {
            // Only the alias can clash: ids are distinct by construction.
            p.alias = None;
            if !fits(&p, &mut keys) {
                continue;
            }
        }
        people.push(p);
    }
    people
}

/// `n` synthetic briefings as `(relative path, YAML text)`: 5–40 people,
/// 5–60 events, 3–15 key points and 2–10 risks each. People recur across
/// briefings, as they do in the news.
pub fn corpus(n: usize, seed: u64) -> Vec<(PathBuf, String)> {
    let mut rng = Rng::new(seed);
    let mut taken = HashSet::new();
    let recurring: Vec<Person> = (0..(n / 4).clamp(20, 2000))
        .map(|_| new_person(&mut rng, &mut taken))
        .collect();
    (0..n)
        .map(|i| {
            let fresh = (0..rng.range(5, 37))
                .map(|_| new_person(&mut rng, &mut taken))
                .collect();
            let people = cast(&mut rng, fresh, &recurring);
            let (id, text) = briefing_text(&mut rng, i, &people);
            (path_for(i, &id), text)
        })
        .collect()
}

/// A corpus that names exactly `n_people` distinct people (by id), spread
/// over as many briefings as it takes (5–40 each, some people in several).
pub fn people_corpus(n_people: usize, seed: u64) -> Vec<(PathBuf, String)> {
    let mut rng = Rng::new(seed);
    let mut taken = HashSet::new();
    let everyone: Vec<Person> = (0..n_people)
        .map(|_| new_person(&mut rng, &mut taken))
        .collect();
    let mut files = Vec::new();
    let mut next = 0;
    while next < everyone.len() {
        let remaining = everyone.len() - next;
        let mut take = rng.range(5, 37).min(remaining);
        if remaining - take < 5 {
            take = remaining;
        }
        let fresh = everyone[next..next + take].to_vec();
        let recurring = &everyone[..next];
        // `cast` keeps every fresh person: their ids and names are distinct,
        // and an alias that clashes is dropped rather than the person.
        let people = cast(&mut rng, fresh, recurring);
        next += take;
        let i = files.len();
        let (id, text) = briefing_text(&mut rng, i, &people);
        files.push((path_for(i, &id), text));
    }
    files
}
