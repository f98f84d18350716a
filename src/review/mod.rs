//! Review marks: which items a reviewer has read, flagged or annotated, and
//! how those marks are kept on disk.
//!
//! - [`ItemKey`] names an item by what it says, so marks survive edits that
//!   reorder a briefing's lists or change its other fields;
//! - [`Marks`] is the state in memory: pure data, no I/O, no clock;
//! - [`ReviewStore`] keeps it in a directory, one JSON file per briefing,
//!   merging each change under a lock and replacing files atomically.
//!
//! Users' documentation: `docs/review.md`.

mod key;
mod marks;
mod store;

pub use key::{ItemKey, List, all_keys, item_count, item_key, items, list_keys};
pub use marks::{ItemState, Marks};
pub use store::{FORMAT, ReviewStore, default_dir};

#[cfg(test)]
mod tests;
