//! `brief draft`: a first briefing from the plain text of a news article,
//! by deterministic rules (no network, no model), for an analyst to check
//! and correct.
//!
//! The pipeline: cut the text into paragraphs, sentences and tokens
//! ([`tokens`]); tell French from English ([`lang`]); find the headline,
//! byline, headings and furniture ([`structure`]); the date line
//! ([`dates`]); people and their roles ([`people`], [`roles`]); moves
//! ([`moves`]); money ([`money`]); then write YAML with a `# check:` comment
//! wherever the rules are unsure ([`yaml`]).

mod cli;
mod dates;
mod given_names;
mod lang;
mod lexicon;
mod money;
mod moves;
mod people;
mod roles;
mod structure;
mod tokens;
mod yaml;

use std::collections::BTreeSet;
use std::fmt;

pub use cli::{DraftArgs, run};

use crate::model::{Bound, EventKind, PartialDate, RiskKind, scaled, slugify};
use money::{Figure, Period};
use structure::Role;
use yaml::{Doc, clip, list, refs};

/// The largest article `brief draft` reads, as for briefing files.
pub const MAX_BYTES: usize = 4 * 1024 * 1024;

/// The language of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

/// `--lang`: detect, or force one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum LangChoice {
    #[default]
    Auto,
    Fr,
    En,
}

/// Why an article cannot be drafted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// No text at all, or only whitespace.
    Empty,
    /// A NUL byte: this is a binary file, not an article.
    Binary {
        offset: usize,
    },
    /// Not UTF-8; `offset` is the first bad byte.
    NotUtf8 {
        offset: usize,
    },
    TooLarge {
        len: usize,
    },
}

impl fmt::Display for DraftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DraftError::Empty => {
                f.write_str("the article is empty: there is no text to draft from")
            }
            DraftError::Binary { offset } => write!(
                f,
                "this looks like a binary file, not an article (NUL byte at offset {offset}); give the plain text of the article"
            ),
            DraftError::NotUtf8 { offset } => write!(
                f,
                "the article is not UTF-8 text (invalid byte at offset {offset}); convert it first, e.g. `iconv -f latin1 -t utf-8`"
            ),
            DraftError::TooLarge { len } => write!(
                f,
                "the article is too large ({len} bytes; the limit is {MAX_BYTES} bytes, 4 MiB)"
            ),
        }
    }
}

impl std::error::Error for DraftError {}

/// Extra facts the command line knows and the text does not.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `source.file`: the article's path relative to the YAML file.
    pub source_file: Option<String>,
    /// Named in the header comment.
    pub source_name: Option<String>,
}

/// A drafted briefing.
#[derive(Clone, Debug)]
pub struct Draft {
    /// The briefing file, format 1.
    pub yaml: String,
    pub lang: Lang,
    pub people: usize,
    pub moves: usize,
    pub figures: usize,
    /// How many `# check:` comments the YAML holds.
    pub checks: usize,
}

/// Drafts a briefing from the text of an article.
pub fn draft(text: &str, lang: LangChoice) -> Result<Draft, DraftError> {
    draft_with(text, lang, &Options::default())
}

/// Checks raw bytes (size, NUL, UTF-8) and drafts them.
pub fn draft_bytes(bytes: &[u8], lang: LangChoice, options: &Options) -> Result<Draft, DraftError> {
    if bytes.len() > MAX_BYTES {
        return Err(DraftError::TooLarge { len: bytes.len() });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(DraftError::Binary { offset });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| DraftError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    draft_with(text, lang, options)
}

fn kind_label(kind: RiskKind, lang: Lang) -> &'static str {
    match (lang, kind) {
        (Lang::Fr, RiskKind::Loss) => "Pertes",
        (Lang::Fr, RiskKind::Cost) => "Coûts",
        (Lang::Fr, RiskKind::Funding) => "Financement",
        (Lang::Fr, RiskKind::Revenue) => "Chiffre d'affaires",
        (Lang::Fr, RiskKind::Valuation) => "Valorisation",
        (Lang::Fr, RiskKind::Other) => "Montant",
        (Lang::En, RiskKind::Loss) => "Loss",
        (Lang::En, RiskKind::Cost) => "Cost",
        (Lang::En, RiskKind::Funding) => "Funding",
        (Lang::En, RiskKind::Revenue) => "Revenue",
        (Lang::En, RiskKind::Valuation) => "Valuation",
        (Lang::En, RiskKind::Other) => "Amount",
    }
}

fn bound_name(b: Bound) -> &'static str {
    match b {
        Bound::Exact => "exact",
        Bound::About => "about",
        Bound::UpTo => "up_to",
        Bound::AtLeast => "at_least",
    }
}

/// The amount as a file writes it: `5B`, `1.2B`, `640M`, or the plain
/// number when the short form would round it.
fn amount_text(v: f64) -> String {
    let short = scaled(v);
    match crate::model::Amount::parse(&short) {
        Ok(a) if (a.value() - v).abs() <= v.abs() * 1e-9 => short,
        _ if v.fract() == 0.0 && v.abs() < 1e15 => format!("{}", v as i64),
        _ => format!("{v}"),
    }
}

/// A money figure with where it was read, merged across paragraphs.
struct Money {
    fig: Figure,
    title: String,
    text: String,
    refs: BTreeSet<u32>,
}

pub fn draft_with(text: &str, choice: LangChoice, options: &Options) -> Result<Draft, DraftError> {
    if text.len() > MAX_BYTES {
        return Err(DraftError::TooLarge { len: text.len() });
    }
    if let Some(offset) = text.bytes().position(|b| b == 0) {
        return Err(DraftError::Binary { offset });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let paras = tokens::paragraphs(text);
    if !paras
        .iter()
        .any(|p| p.text.chars().any(char::is_alphanumeric))
    {
        return Err(DraftError::Empty);
    }
    let (detected, unsure_lang) = lang::detect(&paras);
    let lang = match choice {
        LangChoice::Auto => detected,
        LangChoice::Fr => Lang::Fr,
        LangChoice::En => Lang::En,
    };
    let shape = structure::analyse(&paras);
    let skip: Vec<bool> = shape
        .roles
        .iter()
        .map(|r| matches!(r, Role::Byline | Role::Furniture))
        .collect();
    let heading: Vec<bool> = shape
        .roles
        .iter()
        .map(|r| matches!(r, Role::Headline | Role::Heading))
        .collect();
    let date = dates::article_date(&paras);
    let year = date
        .map(|(d, _)| {
            d.start()
                .format("%Y")
                .to_string()
                .parse::<i32>()
                .unwrap_or(0)
        })
        .filter(|y| *y > 0);

    let local = money::Local::of(&paras, date.map(|(_, n)| n), lang);
    let found = people::find(&paras, &skip, &heading);
    let names: Vec<String> = found.found.iter().map(|f| f.name.clone()).collect();
    // the firm the article is about: when the headline names a firm the
    // text keeps naming, a role at an org the headline does not name is an
    // outsider's (an investor's head of stewardship, a rival's post)
    let headline: Vec<String> = paras
        .iter()
        .zip(&shape.roles)
        .filter(|(_, r)| matches!(r, Role::Headline))
        .flat_map(|(p, _)| p.tokens.iter().map(|t| t.fold.clone()))
        .collect();
    // the org's own word: "Greyfriars" of "Greyfriars Investors", "Arvor"
    // of "Banque Arvor"
    let in_headline = |org: &str| {
        org.split_whitespace()
            .map(crate::model::fold)
            .find(|w| !lexicon::FIRM_WORDS.contains(&w.as_str()))
            .is_none_or(|w| headline.contains(&w))
    };
    let headline_names_a_firm = headline_firm(&paras, &headline, &found);
    let outsider = |org: &str| headline_names_a_firm && !in_headline(org);
    let mut moves = moves::merge(moves::find(&paras, &found, &skip, year, lang), &names);
    moves::leaves_current_post(&mut moves, &paras, &found, outsider);
    moves::by_role(&mut moves, &found, &names);

    let money = money_entries(&paras, &skip, lang, &local);

    // ids
    let mut ids: Vec<String> = Vec::new();
    for (i, f) in found.found.iter().enumerate() {
        let base = slugify(&f.name).unwrap_or_else(|| format!("person-{}", i + 1));
        let mut id = base.clone();
        let mut n = 2;
        while ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        ids.push(id);
    }

    let mut doc = Doc::default();
    let name = options.source_name.as_deref().unwrap_or("the article");
    doc.comment(
        0,
        &format!("Draft briefing made by `brief draft` from {name}, by rules (no model)."),
    );
    doc.comment(
        0,
        "Check every entry against the article: lines starting with `# check:` mark",
    );
    doc.comment(
        0,
        "what the rules were unsure of. Refs are paragraph numbers of the article,",
    );
    doc.comment(
        0,
        "counted from 1 over blocks separated by blank lines. Severity is left to you.",
    );
    doc.raw(0, "format: 1");
    let headline = &paras[0];
    doc.kv_note(
        0,
        "title",
        &headline.text,
        "¶1, the headline; translate or shorten as you like",
    );
    match date {
        Some((d, n)) => doc.kv_note(0, "date", &d.iso(), &format!("¶{n}")),
        None => match dates::opening_date(&paras) {
            Some((d, n)) => {
                doc.check(0, &format!("no date line; this is the first full date in the text (¶{n}), which may not be the publication date"));
                doc.kv(0, "date", Some(&d.iso()));
            }
            None => doc.check(
                0,
                "no date line found in the article; add `date:` if you know it",
            ),
        },
    }
    doc.raw(0, "source:");
    doc.kv(2, "title", Some(&headline.text));
    doc.kv(2, "author", shape.author.as_deref());
    if unsure_lang && choice == LangChoice::Auto {
        doc.check(2, "too few common words to be sure of the language");
    }
    doc.kv(2, "language", Some(lang.code()));
    doc.kv(2, "file", options.source_file.as_deref());
    doc.raw(0, "tags: [draft]  # remove `draft` once reviewed");
    let opening = shape.roles.iter().enumerate().position(|(i, r)| {
        *r == Role::Body
            && paras[i].word_count() >= 12
            && paras[i]
                .text
                .trim_end()
                .ends_with(['.', '!', '?', '»', '"', '”'])
    });
    if let Some(pi) = opening {
        let p = &paras[pi];
        let end = p
            .sentences
            .get(1)
            .or(p.sentences.first())
            .map_or(p.tokens.len(), |r| r.end);
        doc.check(
            0,
            &format!(
                "the article's opening (¶{}), not a summary: rewrite it",
                p.n
            ),
        );
        doc.kv(0, "summary", Some(&clip(p.span(0, end), 600)));
    }

    // people
    if !found.found.is_empty() {
        doc.blank();
        doc.raw(0, "people:");
    }
    for (i, f) in found.found.iter().enumerate() {
        let refs_note: Vec<String> = f.refs.iter().map(|n| format!("¶{n}")).collect();
        doc.kv_note(2, "- name", &f.name, &refs_note.join(", "));
        if let Some(d) = &f.doubt {
            doc.check(4, d);
        }
        if ids[i] != slugify(&f.name).unwrap_or_default() {
            doc.kv(4, "id", Some(&ids[i]));
        }
        if !f.aliases.is_empty() {
            doc.raw(4, &format!("aliases: {}", list(&f.aliases)));
        }
        // the role as of the article: a new one, else one held
        let taken = moves
            .iter()
            .find(|m| m.person == i && m.kind == EventKind::Appointment && m.role.is_some());
        let held = moves
            .iter()
            .find(|m| m.person == i && m.kind == EventKind::Role && m.role.is_some());
        let role = taken.or(held).and_then(|m| m.role.clone());
        let org = taken
            .or(held)
            .and_then(|m| m.org.clone())
            .or_else(|| f.role.as_ref().and_then(|r| r.org.clone()));
        match (&role, &f.role) {
            (Some(r), Some(old)) if old.former && old.role != *r => {
                doc.comment(
                    4,
                    &format!("previous role, as the text gives it: {}", old.role),
                );
                doc.kv(4, "role", Some(r));
            }
            (Some(r), _) => doc.kv(4, "role", Some(r)),
            (None, Some(old)) if old.former => {
                doc.check(4, "the text gives this as a past role");
                doc.kv(4, "role", Some(&old.role));
            }
            (None, Some(old)) => doc.kv(4, "role", Some(&old.role)),
            (None, None) => {}
        }
        doc.kv(4, "org", org.as_deref());
    }

    // timeline: found moves, then roles held with no move by the people of
    // the firm the article is about
    let mut events: Vec<moves::Move> = moves.clone();
    for (i, f) in found.found.iter().enumerate() {
        let Some(r) = &f.role else { continue };
        if !f.holds_role
            || r.former
            || !r.leader
            || r.org.as_deref().is_some_and(outsider)
            || moves::staff_role(&r.role)
            || r.org.as_deref().is_some_and(moves::staff_role)
            || events.iter().any(|m| m.person == i)
        {
            continue;
        }
        events.push(moves::Move {
            kind: EventKind::Role,
            person: i,
            role: Some(r.role.clone()),
            org: r.org.clone(),
            succeeds: None,
            when: None,
            refs: f.refs.iter().copied().take(1).collect(),
            note: String::new(),
            doubts: vec![],
        });
    }
    if !events.is_empty() {
        doc.blank();
        doc.raw(0, "timeline:");
    }
    for m in &events {
        doc.kv(
            2,
            "- kind",
            Some(match m.kind {
                EventKind::Appointment => "appointment",
                EventKind::Departure => "departure",
                EventKind::Role => "role",
                EventKind::Other => "other",
            }),
        );
        for d in &m.doubts {
            doc.check(4, d);
        }
        doc.kv(4, "person", Some(&ids[m.person]));
        doc.kv(4, "role", m.role.as_deref());
        doc.kv(4, "org", m.org.as_deref());
        if let Some(s) = m.succeeds {
            doc.kv(4, "succeeds", Some(&ids[s]));
        }
        if let Some(w) = m.when {
            doc.kv(4, "when", Some(&w.iso()));
        }
        if !m.note.is_empty() {
            doc.kv(4, "note", Some(&clip(&m.note, 300)));
        }
        doc.raw(4, &format!("ref: {}", refs(m.refs.iter().copied())));
    }

    // key points
    let points = structure::key_points(&paras, &shape.roles);
    if !points.is_empty() {
        doc.blank();
        doc.raw(0, "key_points:");
    }
    for kp in &points {
        doc.kv(2, "- title", Some(&clip(&kp.title, 160)));
        if let Some(t) = &kp.text {
            doc.kv(4, "text", Some(&clip(t, 600)));
        }
        let mut who: Vec<String> = Vec::new();
        for &pi in &kp.paras {
            for m in &found.mentions[pi] {
                if !who.contains(&ids[m.person]) {
                    who.push(ids[m.person].clone());
                }
            }
        }
        if !who.is_empty() {
            doc.raw(4, &format!("people: {}", list(&who)));
        }
        doc.raw(
            4,
            &format!("ref: {}", refs(kp.paras.iter().map(|&pi| paras[pi].n))),
        );
    }

    // money
    if !money.is_empty() {
        doc.blank();
        doc.raw(0, "financial_risks:");
    }
    for m in &money {
        doc.kv(2, "- title", Some(&clip(&m.title, 160)));
        for d in &m.fig.doubts {
            doc.check(4, d);
        }
        doc.kv(4, "kind", Some(m.fig.kind.name()));
        doc.raw(
            4,
            &format!("amount: {}", yaml::scalar(&amount_text(m.fig.value))),
        );
        doc.kv(4, "currency", Some(m.fig.currency));
        if m.fig.bound != Bound::Exact {
            doc.kv(4, "bound", Some(bound_name(m.fig.bound)));
        }
        match &m.fig.period {
            Some(Period::Fixed(s)) => doc.kv(4, "period", Some(s)),
            Some(Period::Relative(k)) => match year {
                Some(y) => {
                    let said = match k {
                        0 => "this year",
                        -1 => "last year",
                        _ => "next year",
                    };
                    doc.check(4, &format!("the text says \"{said}\"; year from the article's date"));
                    doc.kv(4, "period", Some(&(y + k).to_string()));
                }
                None => doc.check(4, "the text gives the period relative to an undated article (\"this year\"): add `period:`"),
            },
            None => {}
        }
        doc.kv(4, "text", Some(&clip(&m.text, 400)));
        doc.raw(4, &format!("ref: {}", refs(m.refs.iter().copied())));
    }

    let yaml = doc.out;
    let checks = yaml
        .lines()
        .filter(|l| l.trim_start().starts_with("# check:"))
        .count();
    Ok(Draft {
        yaml,
        lang,
        people: found.found.len(),
        moves: events.len(),
        figures: money.len(),
        checks,
    })
}

/// The money figures of the article, one entry per (amount, currency,
/// bound, kind), in the order first met.
fn money_entries(
    paras: &[tokens::Paragraph],
    skip: &[bool],
    lang: Lang,
    local: &money::Local,
) -> Vec<Money> {
    // the headline is the first paragraph
    let headline_only = |m: &Money| m.refs.iter().all(|&n| n == paras[0].n);
    let mut money: Vec<Money> = Vec::new();
    for (pi, p) in paras.iter().enumerate() {
        if skip[pi] {
            continue;
        }
        for fig in money::figures(p, lang, local) {
            let sentence = p.sentence_of(fig.start);
            let phrase = p.span(fig.start, fig.end).to_string();
            let phrase = phrase
                .strip_prefix("of ")
                .or_else(|| phrase.strip_prefix("de "))
                .unwrap_or(&phrase)
                .to_string();
            let entry = Money {
                title: format!("{} : {}", kind_label(fig.kind, lang), phrase)
                    .replace(" : ", if lang == Lang::Fr { " : " } else { ": " }),
                text: p.span(sentence.start, sentence.end).to_string(),
                refs: BTreeSet::from([p.n]),
                fig,
            };
            // the same figure again; a headline often drops the "about"
            // that the body gives, so an exact figure joins a qualified one,
            // and its few words seldom tell the kind the body does
            match money.iter_mut().find(|m| {
                m.fig.value == entry.fig.value
                    && m.fig.currency == entry.fig.currency
                    && (m.fig.bound == entry.fig.bound
                        || m.fig.bound == Bound::Exact
                        || entry.fig.bound == Bound::Exact)
                    && (m.fig.kind == entry.fig.kind
                        || headline_only(m)
                        // "a cheque of ₹5,000 crore" again, said of nothing
                        || (entry.fig.kind == RiskKind::Other && entry.fig.bound == Bound::Exact))
            }) {
                Some(m) if headline_only(m) => {
                    let refs = m.refs.clone();
                    *m = entry;
                    m.refs.extend(refs);
                }
                Some(m) => {
                    m.refs.insert(p.n);
                    if m.fig.bound == Bound::Exact && entry.fig.bound != Bound::Exact {
                        m.fig.bound = entry.fig.bound;
                    }
                    if m.fig.period.is_none() {
                        m.fig.period = entry.fig.period;
                    }
                }
                None => money.push(entry),
            }
        }
    }
    // "cladding bill tops £1bn" over "a provision of £1.1bn": a headline's
    // round bound on a figure of the body is that figure
    let body: Vec<(f64, &'static str)> = money
        .iter()
        .filter(|m| !headline_only(m))
        .map(|m| (m.fig.value, m.fig.currency))
        .collect();
    money.retain(|m| {
        let v = m.fig.value;
        let rounds = |&(x, c): &(f64, &str)| {
            c == m.fig.currency
                && match m.fig.bound {
                    Bound::AtLeast => x >= v && x < v * 1.5,
                    Bound::UpTo => x <= v && x > v / 1.5,
                    Bound::About => (x - v).abs() <= v * 0.15,
                    Bound::Exact => false,
                }
        };
        !(headline_only(m) && body.iter().any(rounds))
    });
    money
}

/// The date line's date, for tests and callers that only want that.
pub fn article_date(text: &str) -> Option<PartialDate> {
    dates::article_date(&tokens::paragraphs(text)).map(|(d, _)| d)
}

/// Whether the headline names a firm the article keeps naming: a
/// capitalised word of the headline that the text under it writes
/// capitalised mid-sentence at least twice, and that is no part of a person's name.
fn headline_firm(paras: &[tokens::Paragraph], headline: &[String], found: &people::People) -> bool {
    let in_a_name = |w: &str| {
        found.found.iter().any(|f| {
            f.name
                .split_whitespace()
                .any(|n| crate::model::fold(n) == w)
        })
    };
    headline.iter().any(|w| {
        let named_mid_sentence = paras
            .iter()
            .skip(1)
            .flat_map(|p| {
                (0..p.tokens.len()).filter(move |&k| {
                    p.tokens[k].fold == *w
                        && p.tok(k).starts_with(char::is_uppercase)
                        && !p.sentences.iter().any(|r| r.start == k)
                })
            })
            .count();
        named_mid_sentence >= 2 && !in_a_name(w) && !lexicon::FIRM_WORDS.contains(&w.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_input_is_refused() {
        assert_eq!(draft("", LangChoice::Auto).err(), Some(DraftError::Empty));
        assert_eq!(
            draft(" \n\n\t\n", LangChoice::Auto).err(),
            Some(DraftError::Empty)
        );
        assert_eq!(
            draft("a\0b", LangChoice::Auto).err(),
            Some(DraftError::Binary { offset: 1 })
        );
        let o = Options::default();
        assert_eq!(
            draft_bytes(b"caf\xe9", LangChoice::Auto, &o).err(),
            Some(DraftError::NotUtf8 { offset: 3 })
        );
        let big = vec![b'a'; MAX_BYTES + 1];
        assert_eq!(
            draft_bytes(&big, LangChoice::Auto, &o).err(),
            Some(DraftError::TooLarge { len: MAX_BYTES + 1 })
        );
    }

    #[test]
    fn amounts_are_written_exactly() {
        assert_eq!(amount_text(5e9), "5B");
        assert_eq!(amount_text(1.2e9), "1.2B");
        assert_eq!(amount_text(6.4e8), "640M");
        assert_eq!(amount_text(1_234_567.0), "1234567");
    }

    #[test]
    fn a_draft_parses_as_a_briefing() {
        let d = draft("Acme names a new CEO\n\nJune 11, 2025\n\nAcme said on Tuesday that Jane Doe was named chief executive, replacing Paul Roux, who resigned after a $2.4 billion loss.", LangChoice::Auto).unwrap();
        let b: crate::model::Briefing = serde_yaml::from_str(&d.yaml).expect(&d.yaml);
        assert_eq!(b.people.len(), 2, "{}", d.yaml);
        assert_eq!(b.date.map(|d| d.iso()).as_deref(), Some("2025-06-11"));
        assert_eq!(b.financial_risks.len(), 1);
    }

    /// A headline's figure is the body's: one entry, with the body's bound
    /// and kind.
    #[test]
    fn a_headline_figure_joins_the_body_one() {
        let d = draft(
            "Dalgarno warning wipes £1.1bn off its value\n\nJune 11, 2025\n\nShares fell, wiping about £1.1bn from the company's market value.",
            LangChoice::Auto,
        )
        .unwrap();
        let b: crate::model::Briefing = serde_yaml::from_str(&d.yaml).expect(&d.yaml);
        assert_eq!(b.financial_risks.len(), 1, "{}", d.yaml);
        let r = &b.financial_risks[0];
        assert_eq!(r.bound, crate::model::Bound::About, "{}", d.yaml);
        assert!(
            r.text
                .as_deref()
                .is_some_and(|t| t.contains("wiping about")),
            "{}",
            d.yaml
        );
        let amounts = |text: &str| -> Vec<(f64, String)> {
            let d = draft(text, LangChoice::Auto).unwrap();
            let b: crate::model::Briefing = serde_yaml::from_str(&d.yaml).expect(&d.yaml);
            b.financial_risks
                .iter()
                .filter_map(|r| Some((r.amount?.value(), r.currency.as_deref()?.to_string())))
                .collect()
        };
        // a headline's round bound on the body's figure is that figure
        assert_eq!(
            amounts("Repair bill tops £1bn\n\nJune 11, 2025\n\nThe provision rose to £1.1bn."),
            [(1.1e9, "GBP".to_string())]
        );
        // a sum converted in brackets is the one before it
        assert_eq!(
            amounts(
                "Yenkora investit\n\nle 3 juin 2026\n\nUn programme de 450 milliards de FCFA (environ 686 millions d'euros) sur cinq ans."
            ),
            [(4.5e11, "XOF".to_string())]
        );
    }

    /// Role events go to the people of the firm the headline names, not
    /// to an investor quoted on it.
    #[test]
    fn outsiders_hold_no_role_event() {
        let role_holders = |text: &str| -> Vec<String> {
            let d = draft(text, LangChoice::En).unwrap();
            let b: crate::model::Briefing = serde_yaml::from_str(&d.yaml).expect(&d.yaml);
            b.timeline
                .iter()
                .filter(|e| e.kind == EventKind::Role)
                .map(|e| e.person.to_string())
                .collect()
        };
        let body = "LONDON, June 11, 2025 — Tormount Resources said Jane Doe resigned. \
            The chairwoman of Tormount Resources, Ann Lee, thanked her. \
            \"It was time,\" said Paul Roux, head of stewardship at Coralsea Super, \
            which holds shares in Tormount.";
        assert_eq!(
            role_holders(&format!("Tormount Resources chief quits\n\n{body}")),
            ["ann-lee"]
        );
        // a headline that names no firm of the text keeps every role
        assert_eq!(
            role_holders(&format!("Miner's chief quits\n\n{body}")),
            ["ann-lee", "paul-roux"]
        );
    }
}
