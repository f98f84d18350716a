use std::path::PathBuf;
use std::sync::Arc;

use super::*;
use crate::load::load_texts;

fn corpus(files: &[(&str, &str)]) -> Vec<Arc<Briefing>> {
    let texts: Vec<(PathBuf, String)> = files
        .iter()
        .map(|(name, text)| (PathBuf::from(name), (*text).to_owned()))
        .collect();
    let corpus = load_texts(&texts);
    assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
    corpus.briefings
}

const OLD: &str = "
format: 1
id: old
title: Old story
date: 2023-02
people:
  - name: Lea Dupre
    id: lea-dupre
    role: Researcher
    org: Lab
  - name: Tom Becker
timeline:
  - kind: appointment
    person: lea-dupre
    when: 2023-01
    role: Researcher
key_points:
  - title: Lea joins
    people: [lea-dupre, lea-dupre]
";

const NEW: &str = "
format: 1
id: new
title: New story
date: 2024-05-02
people:
  - name: Léa Dupré
    aliases: [L. Dupré]
    role: Head of research
    org: Example Corp
  - name: Tom Becker
timeline:
  - kind: departure
    person: tom-becker
    when: 2024-04
    role: CFO
  - kind: appointment
    person: lea-dupre
    when: 2024-05
    role: CFO
    succeeds: tom-becker
  - kind: role
    person: lea-dupre
key_points:
  - title: New CFO
    people: [lea-dupre]
";

fn index() -> (Vec<Arc<Briefing>>, PeopleIndex) {
    let bs = corpus(&[("old.yaml", OLD), ("new.yaml", NEW)]);
    let idx = PeopleIndex::new(&bs);
    (bs, idx)
}

#[test]
fn one_entry_per_id_with_every_spelling() {
    let (bs, idx) = index();
    assert_eq!(idx.len(), 2);
    let lea = &idx.entries()[idx.find("lea-dupre").unwrap()];
    assert_eq!(lea.name.as_str(), "Léa Dupré", "the most recent spelling");
    let aliases: Vec<&str> = lea.aliases.iter().map(|a| a.as_str()).collect();
    assert_eq!(aliases, ["L. Dupré", "Lea Dupre"]);
    let ids: Vec<&str> = lea.briefings.iter().map(|&b| bs[b].id.as_str()).collect();
    assert_eq!(ids, ["new", "old"]);
    let roles: Vec<(Option<&str>, Option<&str>, &str)> = lea
        .roles
        .iter()
        .map(|r| {
            (
                r.role.as_deref(),
                r.org.as_deref(),
                bs[r.briefing].id.as_str(),
            )
        })
        .collect();
    assert_eq!(
        roles,
        [
            (Some("Head of research"), Some("Example Corp"), "new"),
            (Some("CFO"), Some("Example Corp"), "new"),
            (Some("Researcher"), Some("Lab"), "old"),
        ]
    );
}

#[test]
fn appearances_newest_first() {
    let (bs, idx) = index();
    let lea = &idx.entries()[idx.find("lea-dupre").unwrap()];
    let got: Vec<(&str, Item)> = lea
        .appearances
        .iter()
        .map(|a| (bs[a.briefing as usize].id.as_str(), a.item))
        .collect();
    // The undated `role` event takes its briefing's date (2024-05-02),
    // newer than the appointment dated 2024-05; key points use the
    // briefing's date too and follow events on a tie.
    assert_eq!(
        got,
        [
            ("new", Item::Event(2)),
            ("new", Item::KeyPoint(0)),
            ("new", Item::Event(1)),
            ("old", Item::KeyPoint(0)),
            ("old", Item::Event(0)),
        ]
    );
    let tom = &idx.entries()[idx.find("tom-becker").unwrap()];
    assert_eq!(tom.appearances.len(), 2);
    assert!(tom.appearances[0].replaced, "named in `succeeds`");
}

#[test]
fn jump_target_is_the_most_recent_event() {
    let (bs, idx) = index();
    let lea = idx.find("lea-dupre").unwrap();
    let (b, e) = idx.jump_target(lea).unwrap();
    assert_eq!((bs[b].id.as_str(), e), ("new", 2));
    assert_eq!(idx.jump_target(99), None);
    let quiet = corpus(&[(
        "q.yaml",
        "format: 1\ntitle: Q\npeople: [{name: Ann Quiet}]\nkey_points: [{title: K, people: [ann-quiet]}]\n",
    )]);
    let quiet = PeopleIndex::new(&quiet);
    assert_eq!(quiet.jump_target(0), None);
}

#[test]
fn search_folds_both_ways_and_finds_aliases() {
    let (_, idx) = index();
    let top = |q: &str| {
        idx.search(q, 5)
            .first()
            .map(|h| idx.entries()[h.entry].id.clone())
    };
    assert_eq!(top("lea").as_deref(), Some("lea-dupre"));
    assert_eq!(top("LÉA").as_deref(), Some("lea-dupre"));
    assert_eq!(top("dupré").as_deref(), Some("lea-dupre"));
    assert_eq!(top("becker tom").as_deref(), Some("tom-becker"));
    assert_eq!(top("zzz"), None);
    let hit = &idx.search("l. dup", 5)[0];
    let lea = &idx.entries()[hit.entry];
    assert_eq!(hit.matched_text(lea), "L. Dupré");
    assert_eq!(hit.kind, MatchKind::Prefix);
}

#[test]
fn positions_index_the_display_name() {
    let (_, idx) = index();
    let hit = &idx.search("dupre", 1)[0];
    assert_eq!(hit.matched_alias, None);
    assert_eq!(hit.positions, vec![4, 5, 6, 7, 8]);
}

#[test]
fn search_state_follows_typing_and_backspace() {
    let (_, idx) = index();
    let mut s = PeopleSearch::new(10);
    assert_eq!(s.update(&idx, "").len(), 2);
    assert_eq!(s.total(), 2);
    for q in ["t", "to", "tom", "tom ", "tom b"] {
        let narrowed = s.update(&idx, q).to_vec();
        assert_eq!(narrowed, idx.search(q, 10), "{q}");
    }
    assert_eq!(s.update(&idx, "t"), idx.search("t", 10));
    assert_eq!(s.update(&idx, "x"), idx.search("x", 10));
    assert_eq!(s.total(), 0);
    // A new index is never narrowed with the old one's results.
    let other = PeopleIndex::new(&corpus(&[(
        "o.yaml",
        "format: 1\ntitle: O\npeople: [{name: Xavier}]\n",
    )]));
    assert_eq!(s.update(&other, "x").len(), 1);
}
