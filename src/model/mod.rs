//! The briefing model: what a briefing file says, as Rust values.
//!
//! Types here deserialise straight from the file (see `docs/format.md`);
//! [`crate::load`] then validates them, fills in default ids and resolves
//! person refs. Nothing here knows about terminals.

mod amount;
mod date;
mod slug;
mod text;

use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Deserializer, Serialize};

pub use amount::{Amount, format_money, scaled};
pub use date::{PartialDate, Precision};
pub use slug::{fold, fold_into, is_slug, slugify};
pub use text::{Text, is_bidi_control, is_clean, sanitize, suspect_bytes};

/// A role and an organisation as one phrase: `Chief Scientist, OpenAI`,
/// either alone, or empty. The one way people's posts are written out.
pub fn post(role: Option<&str>, org: Option<&str>) -> String {
    match (role, org) {
        (Some(r), Some(o)) => format!("{r}, {o}"),
        (Some(x), None) | (None, Some(x)) => x.to_owned(),
        (None, None) => String::new(),
    }
}

/// The format versions this build reads.
pub const FORMAT_VERSIONS: &[u64] = &[1];

/// One briefing: the structured extract of one article.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a briefing: a mapping with at least `format` and `title`"
)]
pub struct Briefing {
    pub format: u64,
    /// Unique across the folder. Defaults to the file name without extension.
    #[serde(default)]
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub date: Option<PartialDate>,
    #[serde(default)]
    pub source: Option<Source>,
    #[serde(default)]
    pub tags: Vec<Text>,
    #[serde(default)]
    pub summary: Option<Text>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub timeline: Vec<Event>,
    #[serde(default)]
    pub key_points: Vec<KeyPoint>,
    #[serde(default)]
    pub financial_risks: Vec<Risk>,
    /// The file it was loaded from (empty for a briefing built in memory).
    #[serde(skip)]
    pub path: PathBuf,
}

/// Where a briefing comes from.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a source: a mapping such as { publisher: ..., language: fr }"
)]
pub struct Source {
    /// The original headline, in the original language.
    pub title: Option<Text>,
    pub publisher: Option<Text>,
    pub author: Option<Text>,
    /// ISO 639-1 code of the original.
    pub language: Option<Text>,
    pub url: Option<Text>,
    /// The raw article, relative to the YAML file.
    pub file: Option<Text>,
}

/// Someone the source names.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a person: a mapping with at least `name`"
)]
pub struct Person {
    /// The same id in two briefings is the same person. Defaults to the slug
    /// of `name` with accents folded.
    #[serde(default)]
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub aliases: Vec<Text>,
    pub org: Option<Text>,
    pub role: Option<Text>,
    pub bio: Option<Text>,
}

/// A timeline entry: a departure, an appointment or another move.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "an event: a mapping with at least `kind` and `person`"
)]
pub struct Event {
    pub kind: EventKind,
    /// After loading, the id of a person of the same briefing.
    pub person: Text,
    pub when: Option<PartialDate>,
    pub role: Option<Text>,
    pub org: Option<Text>,
    /// After loading, the id of the person replaced, of the same briefing.
    pub succeeds: Option<Text>,
    pub note: Option<Text>,
    #[serde(rename = "ref", default)]
    pub refs: Refs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Appointment,
    Departure,
    /// A role held or continued, not a change.
    Role,
    Other,
}

/// A takeaway of the source.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a key point: a mapping with at least `title`"
)]
pub struct KeyPoint {
    pub title: Text,
    pub text: Option<Text>,
    /// After loading, ids of people of the same briefing.
    #[serde(default)]
    pub people: Vec<Text>,
    #[serde(rename = "ref", default)]
    pub refs: Refs,
}

/// Money at stake.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a financial risk: a mapping with at least `title` and `kind`"
)]
pub struct Risk {
    pub title: Text,
    pub kind: RiskKind,
    pub amount: Option<Amount>,
    /// ISO 4217 code; required when `amount` is given.
    pub currency: Option<Text>,
    #[serde(default)]
    pub bound: Bound,
    #[serde(default, deserialize_with = "period")]
    pub period: Option<Text>,
    #[serde(default)]
    pub severity: Severity,
    pub text: Option<Text>,
    #[serde(rename = "ref", default)]
    pub refs: Refs,
}

impl Risk {
    /// The amount as people read it (`up to $7B`), if there is one.
    pub fn money(&self) -> Option<String> {
        let amount = self.amount?;
        Some(format_money(
            amount,
            self.currency.as_deref().unwrap_or(""),
            self.bound,
        ))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskKind {
    Loss,
    Cost,
    Revenue,
    Funding,
    Valuation,
    Other,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    #[default]
    Exact,
    About,
    UpTo,
    AtLeast,
}

/// Ordered from the least to the most serious.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Low,
    #[default]
    Medium,
    High,
    Critical,
}

impl EventKind {
    pub const ALL: [EventKind; 4] = [Self::Appointment, Self::Departure, Self::Role, Self::Other];
    pub fn name(self) -> &'static str {
        match self {
            Self::Appointment => "appointment",
            Self::Departure => "departure",
            Self::Role => "role",
            Self::Other => "other",
        }
    }
}

impl RiskKind {
    pub fn name(self) -> &'static str {
        match self {
            Self::Loss => "loss",
            Self::Cost => "cost",
            Self::Revenue => "revenue",
            Self::Funding => "funding",
            Self::Valuation => "valuation",
            Self::Other => "other",
        }
    }
}

impl Severity {
    pub const ALL: [Severity; 4] = [Self::Low, Self::Medium, Self::High, Self::Critical];
    pub fn name(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Critical => "critical",
        }
    }
}

/// Paragraphs of the source text, counted from 1.
///
/// Nearly every item cites one to three paragraphs; those are held inline,
/// so half a million refs on 10,000 briefings are not half a million small
/// allocations.
#[derive(Clone, PartialEq, Eq)]
pub struct Refs(RefsRepr);

#[derive(Clone, PartialEq, Eq)]
enum RefsRepr {
    /// Unused slots are always 0, so the derived equality holds.
    Few {
        len: u8,
        items: [u32; 3],
    },
    Many(Box<[u32]>),
}

impl Refs {
    pub fn new(refs: Vec<u32>) -> Self {
        match refs.len() {
            n @ 0..=3 => {
                let mut items = [0; 3];
                items[..n].copy_from_slice(&refs);
                Refs(RefsRepr::Few {
                    len: n as u8,
                    items,
                })
            }
            _ => Refs(RefsRepr::Many(refs.into_boxed_slice())),
        }
    }

    pub fn as_slice(&self) -> &[u32] {
        match &self.0 {
            RefsRepr::Few { len, items } => &items[..usize::from(*len)],
            RefsRepr::Many(items) => items,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.as_slice().is_empty()
    }
}

impl Default for Refs {
    fn default() -> Self {
        Refs::new(Vec::new())
    }
}

impl fmt::Debug for Refs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_slice(), f)
    }
}

impl Serialize for Refs {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(s)
    }
}

/// `¶6`, `¶6, ¶9`.
impl fmt::Display for Refs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, n) in self.as_slice().iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "¶{n}")?;
        }
        Ok(())
    }
}

impl<'de> Deserialize<'de> for Refs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        const EXPECTED: &str = "a paragraph number (1, 2, …) or a list of them";
        fn paragraph<E: serde::de::Error>(v: u64) -> Result<u32, E> {
            u32::try_from(v).ok().filter(|&n| n >= 1).ok_or_else(|| {
                E::custom(format!("invalid ref `{v}`: paragraphs are counted from 1"))
            })
        }
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Refs;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(EXPECTED)
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Refs, E> {
                Ok(Refs::new(vec![paragraph(v)?]))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Refs, E> {
                Err(E::custom(format!(
                    "invalid ref `{v}`: paragraphs are counted from 1"
                )))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Refs, A::Error> {
                let mut out = Vec::new();
                while let Some(n) = seq.next_element::<u64>()? {
                    out.push(paragraph(n)?);
                }
                Ok(Refs::new(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// `period` is a string, but a bare year such as `2024` is accepted too.
fn period<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Text>, D::Error> {
    struct V;
    impl serde::de::Visitor<'_> for V {
        type Value = Option<Text>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a period such as 2024, FY2025 or per year")
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(Text::new(&v.to_string())))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(Text::new(v)))
        }
    }
    d.deserialize_any(V)
}

impl Person {
    /// [`post`] of this person's role and organisation.
    pub fn post(&self) -> String {
        post(self.role.as_deref(), self.org.as_deref())
    }
}

impl Briefing {
    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The display name of the person with this id, or the id itself.
    pub fn person_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.person(id).map_or(id, |p| p.name.as_str())
    }

    /// Indexes of `timeline` in reading order: dated events by date (ties
    /// in file order), then undated ones in file order.
    pub fn timeline_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.timeline.len()).collect();
        order.sort_by_key(|&i| match self.timeline[i].when {
            Some(d) => (0, Some(d)),
            None => (1, None),
        });
        order
    }

    /// Indexes of `financial_risks`, most severe first (ties in file order).
    pub fn risk_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.financial_risks.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(self.financial_risks[i].severity));
        order
    }

    /// One line for an event: `Jakub Pachocki → Chief Scientist, OpenAI
    /// (succeeds Ilya Sutskever)`.
    pub fn describe_event(&self, e: &Event) -> String {
        let b = self;
        let name = b.person_name(&e.person);
        let post = post(e.role.as_deref(), e.org.as_deref());
        let mut s = match (e.kind, post.is_empty()) {
            (EventKind::Appointment, false) => format!("{name} → {post}"),
            (EventKind::Departure, false) => format!("{name} leaves {post}"),
            (EventKind::Departure, true) => format!("{name} leaves"),
            (EventKind::Role | EventKind::Other, false) => format!("{name}: {post}"),
            (_, true) => name.to_owned(),
        };
        if let Some(s2) = &e.succeeds {
            s.push_str(&format!(" (succeeds {})", b.person_name(s2)));
        }
        s
    }

    /// The source's original headline, if the file gives one.
    pub fn source_title(&self) -> Option<&str> {
        self.source.as_ref()?.title.as_deref()
    }
}
