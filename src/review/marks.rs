//! Review marks in memory: pure data, no I/O and no clock.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use super::key::{ItemKey, all_keys, item_count, items};
use crate::model::Briefing;

/// What the reviewer said about one item.
///
/// A cleared item (not reviewed, not flagged, no note) is kept as such
/// rather than removed: its `updated` time is what lets a later save from
/// another process know which change came last.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemState {
    #[serde(default)]
    pub reviewed: bool,
    #[serde(default)]
    pub flagged: bool,
    #[serde(default)]
    pub note: Option<String>,
    /// When the change was made, RFC 3339 (`2025-03-04T10:15:00.123Z`),
    /// given by the caller. Use sub-second precision: two changes of one
    /// item with the same time are resolved in favour of the later save.
    pub updated: String,
}

impl ItemState {
    /// True when the state says nothing: not reviewed, not flagged, no note.
    pub fn is_blank(&self) -> bool {
        !self.reviewed && !self.flagged && self.note.as_deref().is_none_or(str::is_empty)
    }

    /// Whether `self` should replace `current` under "last writer wins":
    /// true unless `current` was updated strictly later. Times are compared
    /// as instants when both parse as RFC 3339, else as strings.
    pub fn supersedes(&self, current: &ItemState) -> bool {
        let parse = |s: &str| chrono::DateTime::parse_from_rfc3339(s).ok();
        let order = match (parse(&self.updated), parse(&current.updated)) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => self.updated.cmp(&current.updated),
        };
        order != Ordering::Less
    }
}

/// Every mark, per briefing id, per item key.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    by_briefing: BTreeMap<String, BTreeMap<ItemKey, ItemState>>,
}

impl Marks {
    pub fn new() -> Self {
        Self::default()
    }

    /// The mark on one item, if any.
    pub fn get(&self, briefing_id: &str, key: &ItemKey) -> Option<&ItemState> {
        self.by_briefing.get(briefing_id)?.get(key)
    }

    /// Sets the mark on one item, replacing what was there.
    pub fn set(&mut self, briefing_id: &str, key: ItemKey, state: ItemState) {
        self.by_briefing
            .entry(briefing_id.to_owned())
            .or_default()
            .insert(key, state);
    }

    /// Sets the mark unless the one there was updated later (see
    /// [`ItemState::supersedes`]). Returns whether it was applied.
    pub fn merge(&mut self, briefing_id: &str, key: ItemKey, state: ItemState) -> bool {
        let marks = self.by_briefing.entry(briefing_id.to_owned()).or_default();
        match marks.get(&key) {
            Some(current) if !state.supersedes(current) => false,
            _ => {
                marks.insert(key, state);
                true
            }
        }
    }

    /// Every mark of one briefing, including those on items it no longer has.
    pub fn of_briefing(&self, briefing_id: &str) -> impl Iterator<Item = (&ItemKey, &ItemState)> {
        self.by_briefing.get(briefing_id).into_iter().flatten()
    }

    /// The briefing ids that have marks.
    pub fn briefing_ids(&self) -> impl Iterator<Item = &str> {
        self.by_briefing.keys().map(String::as_str)
    }

    fn has_marks(&self, briefing_id: &str) -> bool {
        self.by_briefing
            .get(briefing_id)
            .is_some_and(|marks| !marks.is_empty())
    }

    /// Replaces every mark of one briefing (used when its file is read).
    pub(crate) fn replace_briefing(&mut self, id: &str, marks: BTreeMap<ItemKey, ItemState>) {
        self.by_briefing.insert(id.to_owned(), marks);
    }

    /// `(reviewed, total)` over the reviewable [`items`] of `b`: events,
    /// key points and risks. The briefing itself and its people do not
    /// count.
    pub fn progress(&self, b: &Briefing) -> (usize, usize) {
        // The list shows this for every visible row on every frame; most
        // briefings have no marks, and then no key needs to be made.
        if !self.has_marks(&b.id) {
            return (0, item_count(b));
        }
        let all = items(b);
        let reviewed = all
            .iter()
            .filter(|(_, k)| self.get(&b.id, k).is_some_and(|s| s.reviewed))
            .count();
        (reviewed, all.len())
    }

    /// How many present items of `b` are flagged, the briefing itself and
    /// its people included. Flags on items that no longer exist are counted
    /// by [`Marks::orphans`] instead.
    pub fn flagged_count(&self, b: &Briefing) -> usize {
        if !self.has_marks(&b.id) {
            return 0;
        }
        all_keys(b)
            .iter()
            .filter(|(_, k)| self.get(&b.id, k).is_some_and(|s| s.flagged))
            .count()
    }

    /// Marks whose item no longer exists in `briefings` (its briefing is
    /// gone, or no item of the briefing has the key), ordered by briefing id
    /// then key; cleared marks ([`ItemState::is_blank`]) are not reported.
    /// They stay in the marks and on disk: an item that comes back finds
    /// them.
    pub fn orphans<'b>(
        &self,
        briefings: impl IntoIterator<Item = &'b Briefing> + Clone,
    ) -> Vec<(String, ItemKey)> {
        let mut out = Vec::new();
        for (id, marks) in &self.by_briefing {
            let present: HashSet<ItemKey> = briefings
                .clone()
                .into_iter()
                .find(|b| &b.id == id)
                .map(|b| all_keys(b).into_iter().map(|(_, k)| k).collect())
                .unwrap_or_default();
            out.extend(
                marks
                    .iter()
                    .filter(|(k, s)| !s.is_blank() && !present.contains(*k))
                    .map(|(k, _)| (id.clone(), k.clone())),
            );
        }
        out
    }
}
