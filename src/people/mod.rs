//! People across every loaded briefing: one entry per person id, with every
//! spelling, role and appearance, and a fuzzy search over names and aliases.
//!
//! Nothing here knows about terminals: the TUI's people picker and
//! `brief people` share [`PeopleIndex`] and [`PeopleSearch`]. How the search
//! matches and ranks is described for users in `docs/people-search.md`.

mod matcher;
mod search;

use std::cmp::Reverse;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::model::{Briefing, PartialDate, Text};

pub use matcher::Matcher;
pub use search::{Hit, MatchKind, PeopleSearch};

use search::Key;

/// Everyone named in a set of briefings, searchable by name and alias.
///
/// Built once per load with [`PeopleIndex::new`]; entries are addressed by
/// their position in [`PeopleIndex::entries`].
#[derive(Debug)]
pub struct PeopleIndex {
    entries: Vec<PersonEntry>,
    /// Names and aliases: entry `e` owns keys `key_start[e]..key_start[e + 1]`.
    keys: Vec<Key>,
    key_start: Vec<u32>,
    /// The folded text of every key, one after the other: key `k` is
    /// `folded[key_end[k - 1]..key_end[k]]`.
    folded: String,
    key_end: Vec<u32>,
    /// [`search::byte_mask`] of each key's folded text, and of each entry's
    /// keys together: a query byte missing from the mask rules a key out
    /// without reading it.
    key_mask: Vec<u32>,
    entry_mask: Vec<u32>,
    /// Entry indexes sorted by name: the empty query's order.
    by_name: Vec<u32>,
    /// Position of each entry in `by_name`, the tie-break of every ranking.
    name_rank: Vec<u32>,
    matcher: Matcher,
    /// Tells a [`PeopleSearch`] that the index it narrowed on was replaced.
    stamp: u64,
}

/// One person, gathered from every briefing that lists their id.
#[derive(Clone, Debug)]
pub struct PersonEntry {
    pub id: String,
    /// As spelt by the most recent briefing that lists the person.
    pub name: Text,
    /// Every alias and every other spelling of the name seen, without
    /// repeats and without `name` itself, most recent briefing first.
    pub aliases: Vec<Text>,
    /// Every role and organisation seen, most recent briefing first.
    pub roles: Vec<RoleSeen>,
    /// Indexes of the briefings that list the person, most recent first.
    pub briefings: Vec<usize>,
    /// Every timeline event and key point naming the person, newest first.
    pub appearances: Vec<Appearance>,
}

/// A role and/or organisation, and the briefing that gives it: from the
/// person's own `role`/`org`, or from an event about them.
///
/// Roles and organisations repeat across thousands of people, so each
/// distinct spelling is held once and shared (text from a [`Text`], so
/// already clean).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleSeen {
    pub role: Option<Arc<str>>,
    pub org: Option<Arc<str>>,
    pub briefing: usize,
}

/// One timeline event or key point that names a person.
///
/// Indexes are `u32` (a corpus has far fewer than 4 billion briefings or
/// items): a 10,000-briefing corpus has over half a million appearances.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Appearance {
    pub briefing: u32,
    pub item: Item,
    /// The event's `when`, else the briefing's `date`.
    pub when: Option<PartialDate>,
    /// The event names the person in `succeeds`: someone took their role.
    pub replaced: bool,
}

/// What an [`Appearance`] points at, by index in its briefing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// An index into `Briefing::timeline` (file order).
    Event(u32),
    /// An index into `Briefing::key_points`.
    KeyPoint(u32),
}

impl PeopleIndex {
    /// Gathers the people of `briefings`. The same id in several briefings
    /// is one entry.
    pub fn new(briefings: &[Arc<Briefing>]) -> PeopleIndex {
        // Briefings from the most recent: dated ones by date, then undated,
        // ties in load order.
        let mut recent: Vec<usize> = (0..briefings.len()).collect();
        recent.sort_by_key(|&b| (briefings[b].date.is_none(), Reverse(briefings[b].date), b));

        let mut entries: Vec<PersonEntry> = Vec::new();
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        let mut shared = Interner::default();
        for &b in &recent {
            let briefing = &briefings[b];
            for person in &briefing.people {
                let e = *by_id.entry(person.id.as_str()).or_insert_with(|| {
                    entries.push(PersonEntry {
                        id: person.id.clone(),
                        name: person.name.clone(),
                        aliases: Vec::new(),
                        roles: Vec::new(),
                        briefings: Vec::new(),
                        appearances: Vec::new(),
                    });
                    entries.len() - 1
                });
                let entry = &mut entries[e];
                if entry.briefings.last() != Some(&b) {
                    entry.briefings.push(b);
                }
                for spelling in std::iter::once(&person.name).chain(&person.aliases) {
                    if *spelling != entry.name && !entry.aliases.contains(spelling) {
                        entry.aliases.push(spelling.clone());
                    }
                }
                push_role(
                    entry,
                    &mut shared,
                    person.role.as_ref(),
                    person.org.as_ref(),
                    b,
                );
            }
            for (i, event) in briefing.timeline.iter().enumerate() {
                let when = event.when.or(briefing.date);
                if let Some(&e) = by_id.get(event.person.as_str()) {
                    if event.role.is_some() || event.org.is_some() {
                        // An event's role is at the person's org unless it says otherwise.
                        let org = event.org.as_ref().or_else(|| {
                            briefing.person(&event.person).and_then(|p| p.org.as_ref())
                        });
                        push_role(&mut entries[e], &mut shared, event.role.as_ref(), org, b);
                    }
                    entries[e].appearances.push(Appearance {
                        briefing: ix(b),
                        item: Item::Event(ix(i)),
                        when,
                        replaced: false,
                    });
                }
                if let Some(succeeds) = &event.succeeds
                    && *succeeds != event.person
                    && let Some(&e) = by_id.get(succeeds.as_str())
                {
                    entries[e].appearances.push(Appearance {
                        briefing: ix(b),
                        item: Item::Event(ix(i)),
                        when,
                        replaced: true,
                    });
                }
            }
            for (i, point) in briefing.key_points.iter().enumerate() {
                for id in dedup(&point.people) {
                    if let Some(&e) = by_id.get(id) {
                        entries[e].appearances.push(Appearance {
                            briefing: ix(b),
                            item: Item::KeyPoint(ix(i)),
                            when: briefing.date,
                            replaced: false,
                        });
                    }
                }
            }
        }
        for entry in &mut entries {
            entry.appearances.sort_by_key(|a| {
                let kind = match a.item {
                    Item::Event(i) => (0, i),
                    Item::KeyPoint(i) => (1, i),
                };
                (a.when.is_none(), Reverse(a.when), a.briefing, kind)
            });
            // The index lives as long as its corpus, and on 10,000
            // briefings the room left by growing these lists is tens of
            // megabytes.
            entry.aliases.shrink_to_fit();
            entry.roles.shrink_to_fit();
            entry.briefings.shrink_to_fit();
            entry.appearances.shrink_to_fit();
        }
        entries.shrink_to_fit();
        Self::from_entries(entries)
    }

    fn from_entries(entries: Vec<PersonEntry>) -> PeopleIndex {
        let mut keys = Vec::new();
        let mut key_start = Vec::with_capacity(entries.len() + 1);
        let mut folded = String::new();
        let mut key_end: Vec<u32> = Vec::new();
        for entry in &entries {
            key_start.push(keys.len() as u32);
            let first_byte = folded.len();
            let mut texts: Vec<(usize, usize)> = Vec::new();
            let names = std::iter::once((None, &entry.name))
                .chain(entry.aliases.iter().enumerate().map(|(i, a)| (Some(i), a)));
            for (alias, text) in names {
                let (text, key) = Key::new(text, alias);
                // `Lea Dupre` next to `Léa Dupré` adds nothing to match on.
                let base = &folded[first_byte..];
                if texts.iter().any(|&(s, e)| base[s..e] == text) {
                    continue;
                }
                let start = folded.len() - first_byte;
                folded.push_str(&text);
                texts.push((start, folded.len() - first_byte));
                key_end.push(folded.len() as u32);
                keys.push(key);
            }
        }
        key_start.push(keys.len() as u32);
        let mut key_mask = Vec::with_capacity(keys.len());
        for (k, &end) in key_end.iter().enumerate() {
            let start = if k == 0 { 0 } else { key_end[k - 1] as usize };
            key_mask.push(search::byte_mask(&folded.as_bytes()[start..end as usize]));
        }
        let entry_mask = (0..entries.len())
            .map(|e| {
                let keys = key_start[e] as usize..key_start[e + 1] as usize;
                key_mask[keys].iter().fold(0, |m, k| m | k)
            })
            .collect();
        let name_of = |e: u32| {
            let k = key_start[e as usize] as usize;
            let start = if k == 0 { 0 } else { key_end[k - 1] as usize };
            &folded[start..key_end[k] as usize]
        };
        let mut by_name: Vec<u32> = (0..entries.len() as u32).collect();
        // Folded names can tie (`Lea` and `Léa`): break ties by spelling, then id.
        by_name.sort_by(|&a, &b| {
            let (ea, eb) = (&entries[a as usize], &entries[b as usize]);
            name_of(a)
                .cmp(name_of(b))
                .then_with(|| ea.name.cmp(&eb.name))
                .then_with(|| ea.id.cmp(&eb.id))
        });
        let mut name_rank = vec![0; entries.len()];
        for (rank, &e) in by_name.iter().enumerate() {
            name_rank[e as usize] = rank as u32;
        }
        static STAMPS: AtomicU64 = AtomicU64::new(1);
        keys.shrink_to_fit();
        folded.shrink_to_fit();
        key_end.shrink_to_fit();
        PeopleIndex {
            entries,
            keys,
            key_start,
            folded,
            key_end,
            key_mask,
            entry_mask,
            by_name,
            name_rank,
            matcher: Matcher::new(),
            stamp: STAMPS.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// The folded text of key `k`.
    fn folded(&self, k: usize) -> &str {
        let start = if k == 0 {
            0
        } else {
            self.key_end[k - 1] as usize
        };
        &self.folded[start..self.key_end[k] as usize]
    }

    /// The keys of entry `e`.
    fn keys_of(&self, e: usize) -> std::ops::Range<usize> {
        self.key_start[e] as usize..self.key_start[e + 1] as usize
    }

    /// Every person, in no particular order; [`Hit::entry`] indexes this.
    pub fn entries(&self) -> &[PersonEntry] {
        &self.entries
    }

    pub fn entry(&self, entry: usize) -> Option<&PersonEntry> {
        self.entries.get(entry)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry of the person with this id.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.id == id)
    }

    /// Where Enter in the picker goes: the person's most recent timeline
    /// event, as (briefing index, index into that briefing's `timeline`).
    /// `None` when no event names them (they only appear in key points or
    /// in `people`).
    pub fn jump_target(&self, entry: usize) -> Option<(usize, usize)> {
        self.entries
            .get(entry)?
            .appearances
            .iter()
            .find_map(|a| match a.item {
                Item::Event(i) => Some((a.briefing as usize, i as usize)),
                Item::KeyPoint(_) => None,
            })
    }

    /// The best `limit` matches for `query`, best first. For a picker that
    /// updates on every keystroke, keep a [`PeopleSearch`] instead.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let mut search = PeopleSearch::new(limit);
        search.update(self, query).to_vec()
    }
}

/// An index as stored in an [`Appearance`].
fn ix(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One shared copy of each distinct string.
#[derive(Default)]
struct Interner<'b>(HashMap<&'b str, Arc<str>>);

impl<'b> Interner<'b> {
    fn get(&mut self, text: &'b Text) -> Arc<str> {
        self.0
            .entry(text.as_str())
            .or_insert_with(|| Arc::from(text.as_str()))
            .clone()
    }
}

/// Adds (role, org) from `briefing` unless it is empty or already there.
fn push_role<'b>(
    entry: &mut PersonEntry,
    shared: &mut Interner<'b>,
    role: Option<&'b Text>,
    org: Option<&'b Text>,
    briefing: usize,
) {
    if role.is_none() && org.is_none() {
        return;
    }
    let seen = RoleSeen {
        role: role.map(|t| shared.get(t)),
        org: org.map(|t| shared.get(t)),
        briefing,
    };
    if !entry.roles.contains(&seen) {
        entry.roles.push(seen);
    }
}

/// `ids` without repeats, in order: a key point listing someone twice is
/// still one appearance.
fn dedup(ids: &[Text]) -> impl Iterator<Item = &str> {
    ids.iter()
        .enumerate()
        .filter(move |&(i, id)| !ids[..i].contains(id))
        .map(|(_, id)| id.as_str())
}

#[cfg(test)]
mod tests;
