use std::path::Path;

use super::*;
use crate::load::load_str;
use crate::markdown::Selection;
use crate::model::Briefing;

fn briefing(yaml: &str) -> Briefing {
    let (b, diags) = load_str(Path::new("t.yaml"), yaml);
    assert!(diags.is_empty(), "{diags:?}");
    b.expect("loads")
}

const YAML: &str = "format: 1
id: acme
title: Acme
people:
  - name: Ana Ruiz
  - name: Tom Becker
timeline:
  - { kind: departure, person: tom-becker, role: CFO, when: 2025-03 }
  - { kind: appointment, person: ana-ruiz, role: CFO, when: 2025-03-04 }
  - { kind: appointment, person: ana-ruiz, role: CFO }
  - { kind: other, person: ana-ruiz, note: Joins the board of a bank }
key_points:
  - title: New CFO
  - title: Été 2025
risks:
";

fn acme() -> Briefing {
    briefing(&YAML.replace(
        "risks:\n",
        "financial_risks:\n  - { title: Charge, kind: cost }\n",
    ))
}

fn state(reviewed: bool, flagged: bool, t: &str) -> ItemState {
    ItemState {
        reviewed,
        flagged,
        note: None,
        updated: t.to_owned(),
    }
}

#[test]
fn keys_name_items_by_content() {
    let b = acme();
    let keys: Vec<String> = all_keys(&b)
        .into_iter()
        .map(|(_, k)| k.to_string())
        .collect();
    assert_eq!(
        keys,
        [
            "briefing",
            "event:tom-becker:departure:cfo",
            "event:ana-ruiz:appointment:cfo",
            "event:ana-ruiz:appointment:cfo#2",
            "event:ana-ruiz:other:joins-the-board-of-a-bank",
            "key_point:new-cfo",
            "key_point:ete-2025",
            "risk:cost:charge",
            "person:ana-ruiz",
            "person:tom-becker",
        ]
    );
    assert_eq!(
        item_key(&b, Selection::Event(2)).as_str(),
        "event:ana-ruiz:appointment:cfo#2"
    );
    assert_eq!(item_key(&b, Selection::Risk(9)).as_str(), "missing:risk:9");
}

#[test]
fn items_are_in_reading_order_and_count_events_points_risks() {
    let b = acme();
    let sels: Vec<Selection> = items(&b).into_iter().map(|(s, _)| s).collect();
    assert_eq!(
        sels,
        [
            Selection::Event(0),
            Selection::Event(1),
            Selection::Event(2),
            Selection::Event(3),
            Selection::KeyPoint(0),
            Selection::KeyPoint(1),
            Selection::Risk(0),
        ]
    );
}

#[test]
fn progress_flags_and_orphans() {
    let b = acme();
    let mut m = Marks::new();
    let t = "2025-01-01T00:00:00Z";
    m.set(
        "acme",
        item_key(&b, Selection::KeyPoint(0)),
        state(true, true, t),
    );
    m.set("acme", ItemKey::briefing(), state(true, true, t));
    m.set(
        "acme",
        ItemKey::from_raw("key_point:gone"),
        state(true, false, t),
    );
    m.set(
        "acme",
        ItemKey::from_raw("key_point:cleared"),
        state(false, false, t),
    );
    m.set("other", ItemKey::briefing(), state(false, true, t));
    assert_eq!(m.progress(&b), (1, 7));
    assert_eq!(m.flagged_count(&b), 2);
    assert_eq!(
        m.orphans([&b]),
        [
            ("acme".to_owned(), ItemKey::from_raw("key_point:gone")),
            ("other".to_owned(), ItemKey::briefing()),
        ]
    );
    assert!(
        m.get("acme", &ItemKey::from_raw("key_point:gone"))
            .is_some()
    );
}

#[test]
fn last_writer_wins_by_instant() {
    let mut m = Marks::new();
    let k = ItemKey::briefing();
    assert!(m.merge(
        "a",
        k.clone(),
        state(true, false, "2025-01-01T10:00:00+02:00")
    ));
    // 09:00Z is after 08:00Z (10:00+02:00), though it sorts before as text.
    assert!(m.merge("a", k.clone(), state(false, true, "2025-01-01T09:00:00Z")));
    assert!(!m.merge("a", k.clone(), state(true, true, "2025-01-01T08:30:00Z")));
    assert_eq!(
        m.get("a", &k),
        Some(&state(false, true, "2025-01-01T09:00:00Z"))
    );
}

#[test]
fn default_dir_follows_xdg() {
    assert_eq!(
        default_dir(Some("/s"), Some("/h")),
        Some("/s/brief/reviews".into())
    );
    assert_eq!(
        default_dir(Some(""), Some("/h")),
        Some("/h/.local/state/brief/reviews".into())
    );
    assert_eq!(
        default_dir(Some("rel"), Some("/h")),
        Some("/h/.local/state/brief/reviews".into())
    );
    assert_eq!(default_dir(None, None), None);
}

#[test]
fn progress_without_marks_counts_the_same_items_without_making_keys() {
    let b = acme();
    let none = Marks::new();
    assert_eq!(none.progress(&b), (0, items(&b).len()));
    assert_eq!(none.flagged_count(&b), 0);
    // With one mark the keys are made, and the total is the same.
    let mut one = Marks::new();
    let (_, key) = items(&b)[0].clone();
    one.set(&b.id, key, state(true, true, "2025-01-01T00:00:00Z"));
    assert_eq!(one.progress(&b), (1, items(&b).len()));
    assert_eq!(one.flagged_count(&b), 1);
}
