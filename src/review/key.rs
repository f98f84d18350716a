//! Item identity: a key that names an item by what it says rather than by
//! where it stands in the file, so marks follow items through edits.

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::markdown::Selection;
use crate::model::{Briefing, Event, fold, slugify};

/// At most this many characters of a title or role go into a key: enough to
/// tell items apart, short enough to read in a review file.
const SLUG_CHARS: usize = 60;

/// At most this many words of an event's note go into its key, when the
/// event has neither role nor org.
const NOTE_WORDS: usize = 6;

/// The stable identity of one item of a briefing.
///
/// - `briefing` for the briefing itself;
/// - `event:<person-id>:<kind>:<slug of role, else org, else the first words of the note>`;
/// - `key_point:<slug of title>`;
/// - `risk:<kind>:<slug of title>`;
/// - `person:<id>`.
///
/// When two items of one briefing would share a key, the second one in file
/// order gets `#2`, the third `#3`, and so on. A key therefore survives
/// reordering and edits of the fields it is not made of (dates, text, refs,
/// amounts, severity), but not an edit of its own fields: that item then
/// looks new, and its old marks are reported as orphans.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemKey(String);

impl ItemKey {
    /// The key of the briefing itself.
    pub fn briefing() -> Self {
        ItemKey("briefing".to_owned())
    }

    /// Wraps a key read back from a review file.
    pub fn from_raw(raw: &str) -> Self {
        ItemKey(raw.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ItemKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A slug for a key: [`slugify`], or for text with no Latin letters the
/// folded words joined by `-`, cut to [`SLUG_CHARS`] characters.
fn key_slug(s: &str) -> String {
    let slug = slugify(s).unwrap_or_else(|| {
        fold(s)
            .split(|c: char| c.is_whitespace() || c == ':' || c == '#')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-")
    });
    let mut cut: String = slug.chars().take(SLUG_CHARS).collect();
    while cut.ends_with('-') {
        cut.pop();
    }
    cut
}

fn event_base(e: &Event) -> String {
    let what = match (&e.role, &e.org, &e.note) {
        (Some(role), _, _) => key_slug(role),
        (None, Some(org), _) => key_slug(org),
        (None, None, Some(note)) => {
            let words: Vec<&str> = note.split_whitespace().take(NOTE_WORDS).collect();
            key_slug(&words.join(" "))
        }
        (None, None, None) => String::new(),
    };
    format!("event:{}:{}:{what}", e.person, e.kind.name())
}

/// Appends `#2`, `#3`, … to repeated bases, in the order given.
fn disambiguate(bases: Vec<String>) -> Vec<ItemKey> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    bases
        .into_iter()
        .map(|base| {
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            if *n == 1 {
                ItemKey(base)
            } else {
                ItemKey(format!("{base}#{n}"))
            }
        })
        .collect()
}

/// The keys of every item of one list of `b`, in file order: what a pane
/// needs to show its marks (one call per list, not one per item).
pub fn list_keys(b: &Briefing, list: List) -> Vec<ItemKey> {
    let bases: Vec<String> = match list {
        List::Events => b.timeline.iter().map(event_base).collect(),
        List::KeyPoints => b
            .key_points
            .iter()
            .map(|k| format!("key_point:{}", key_slug(&k.title)))
            .collect(),
        List::Risks => b
            .financial_risks
            .iter()
            .map(|r| format!("risk:{}:{}", r.kind.name(), key_slug(&r.title)))
            .collect(),
        List::People => b
            .people
            .iter()
            .map(|p| format!("person:{}", p.id))
            .collect(),
    };
    disambiguate(bases)
}

/// The lists of a briefing whose items carry review marks.
#[derive(Clone, Copy)]
pub enum List {
    Events,
    KeyPoints,
    Risks,
    People,
}

/// The key of the item `sel` of `b`.
///
/// An index past the end of its list gives `missing:<list>:<index>`, a key
/// no item has.
pub fn item_key(b: &Briefing, sel: Selection) -> ItemKey {
    let (list, i, name) = match sel {
        Selection::Briefing => return ItemKey::briefing(),
        Selection::Event(i) => (List::Events, i, "event"),
        Selection::KeyPoint(i) => (List::KeyPoints, i, "key_point"),
        Selection::Risk(i) => (List::Risks, i, "risk"),
        Selection::Person(i) => (List::People, i, "person"),
    };
    list_keys(b, list)
        .into_iter()
        .nth(i)
        .unwrap_or_else(|| ItemKey(format!("missing:{name}:{i}")))
}

/// How many [`items`] `b` has, without making their keys.
pub fn item_count(b: &Briefing) -> usize {
    b.timeline.len() + b.key_points.len() + b.financial_risks.len()
}

/// Every reviewable item of `b` with its key, in reading order: the timeline
/// in [`Briefing::timeline_order`], key points in file order, risks in
/// [`Briefing::risk_order`].
///
/// These are the items review progress counts (`7/12`). The briefing itself
/// and its people can carry marks too (see [`all_keys`]) but do not count
/// toward progress.
pub fn items(b: &Briefing) -> Vec<(Selection, ItemKey)> {
    let events = list_keys(b, List::Events);
    let points = list_keys(b, List::KeyPoints);
    let risks = list_keys(b, List::Risks);
    let mut out = Vec::with_capacity(events.len() + points.len() + risks.len());
    out.extend(
        b.timeline_order()
            .into_iter()
            .map(|i| (Selection::Event(i), events[i].clone())),
    );
    out.extend(
        points
            .into_iter()
            .enumerate()
            .map(|(i, k)| (Selection::KeyPoint(i), k)),
    );
    out.extend(
        b.risk_order()
            .into_iter()
            .map(|i| (Selection::Risk(i), risks[i].clone())),
    );
    out
}

/// Every item that can carry a mark: the briefing, the [`items`], then the
/// people in file order.
pub fn all_keys(b: &Briefing) -> Vec<(Selection, ItemKey)> {
    let mut out = vec![(Selection::Briefing, ItemKey::briefing())];
    out.extend(items(b));
    out.extend(
        list_keys(b, List::People)
            .into_iter()
            .enumerate()
            .map(|(i, k)| (Selection::Person(i), k)),
    );
    out
}
