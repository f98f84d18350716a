//! People search: ranking, folding, aliases, deduplication by id, the jump
//! target, narrowing while typing, and `brief people` as a process.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use brief::load::load_dir;
use brief::model::{Briefing, Person, Text};
use brief::people::{Item, MatchKind, PeopleIndex, PeopleSearch};
use proptest::prelude::*;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/people")
}

fn load() -> (Vec<Arc<Briefing>>, PeopleIndex) {
    let corpus = load_dir(&fixtures()).expect("fixture folder");
    assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
    let index = PeopleIndex::new(&corpus.briefings);
    (corpus.briefings, index)
}

/// Names of the hits for `query`, best first.
fn names(index: &PeopleIndex, query: &str) -> Vec<String> {
    index
        .search(query, 50)
        .iter()
        .map(|h| index.entries()[h.entry].name.to_string())
        .collect()
}

fn first(index: &PeopleIndex, query: &str) -> Option<String> {
    names(index, query).into_iter().next()
}

#[test]
fn exact_ranks_above_prefix_above_fuzzy() {
    let (_, index) = load();
    let hits = index.search("pach", 50);
    let kinds: Vec<MatchKind> = hits.iter().map(|h| h.kind).collect();
    assert_eq!(
        names(&index, "pach"),
        [
            "Pach",
            "Pachelbel Ostrova",
            "Ines Paché",
            "Jakub Pachowski",
            "Pascal Achterberg"
        ]
    );
    assert_eq!(
        kinds,
        [
            MatchKind::Exact,
            MatchKind::Prefix,
            MatchKind::Prefix,
            MatchKind::Prefix,
            MatchKind::Fuzzy
        ]
    );
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn accents_fold_both_ways() {
    let (_, index) = load();
    assert_eq!(first(&index, "lea").as_deref(), Some("Léa Dupré"));
    assert_eq!(
        first(&index, "angstrom").as_deref(),
        Some("Anders Ångström")
    );
    assert_eq!(
        first(&index, "ÅNGSTRÖM").as_deref(),
        Some("Anders Ångström")
    );
    assert_eq!(first(&index, "zoe k").as_deref(), Some("Zoë Kowalczyk"));
    // `Zoë` finds the plain `Zoe` too.
    let zoe = names(&index, "Zoë");
    assert!(zoe.contains(&"Zoe Martin".to_owned()), "{zoe:?}");
    assert!(zoe.contains(&"Zoë Kowalczyk".to_owned()), "{zoe:?}");
    // Highlighting points into the name as written: `Å` is char 7.
    let hit = &index.search("angs", 1)[0];
    assert_eq!(hit.positions, vec![7, 8, 9, 10]);
}

#[test]
fn aliases_match_and_say_so() {
    let (_, index) = load();
    let hit = &index.search("kowalski", 5)[0];
    let entry = &index.entries()[hit.entry];
    assert_eq!(entry.name.as_str(), "Zoë Kowalczyk");
    assert_eq!(hit.matched_text(entry), "Zoe Kowalski");
    assert_eq!(hit.kind, MatchKind::Prefix);
    assert_eq!(hit.positions, vec![4, 5, 6, 7, 8, 9, 10, 11]);
    // The name wins when both match as well.
    let hit = &index.search("zoe kowal", 5)[0];
    assert_eq!(hit.matched_alias, None);
}

#[test]
fn word_order_and_initials() {
    let (_, index) = load();
    for q in [
        "jakub pachowski",
        "pachowski jakub",
        "j pach",
        "pach j",
        "jpach",
    ] {
        let got = first(&index, q);
        assert_eq!(got.as_deref(), Some("Jakub Pachowski"), "{q}");
    }
    assert_eq!(
        index.search("pachowski jakub", 1)[0].kind,
        MatchKind::Prefix
    );
    assert_eq!(index.search("jakub pachowski", 1)[0].kind, MatchKind::Exact);
}

#[test]
fn one_result_per_id_across_files() {
    let (briefings, index) = load();
    let hits = index.search("dupre", 50);
    assert_eq!(hits.len(), 1, "Lea Dupre and Léa Dupré share an id");
    let lea = &index.entries()[hits[0].entry];
    assert_eq!(lea.name.as_str(), "Léa Dupré", "the 2024 spelling");
    let ids: Vec<&str> = lea
        .briefings
        .iter()
        .map(|&b| briefings[b].id.as_str())
        .collect();
    assert_eq!(ids, ["quayside-2024", "harbour-2023"]);
    assert!(lea.aliases.iter().any(|a| a.as_str() == "Lea Dupre"));
    assert!(lea.aliases.iter().any(|a| a.as_str() == "L. Dupre"));
    let appearances: Vec<(&str, Item)> = lea
        .appearances
        .iter()
        .map(|a| (briefings[a.briefing as usize].id.as_str(), a.item))
        .collect();
    assert_eq!(
        appearances,
        [
            ("quayside-2024", Item::KeyPoint(0)),
            ("quayside-2024", Item::Event(1)),
            ("harbour-2023", Item::KeyPoint(0)),
            ("harbour-2023", Item::Event(0)),
        ]
    );
}

#[test]
fn jump_target_is_the_latest_event() {
    let (briefings, index) = load();
    let lea = index.find("lea-dupre").expect("lea");
    let (b, e) = index.jump_target(lea).expect("an event");
    assert_eq!(briefings[b].id, "quayside-2024");
    assert_eq!(e, 1);
    assert_eq!(briefings[b].timeline[e].person.as_str(), "lea-dupre");
    // Named only in `people`: nowhere to jump.
    let pach = index.find("pach").expect("pach");
    assert_eq!(index.jump_target(pach), None);
}

#[test]
fn empty_query_lists_everyone_by_name() {
    let (_, index) = load();
    let all = names(&index, "  ");
    assert_eq!(all.len(), index.len());
    let mut sorted = all.clone();
    sorted.sort_by_key(|n| brief::model::fold(n));
    assert_eq!(all, sorted);
    assert_eq!(index.search("", 3).len(), 3);
}

#[test]
fn no_match_is_empty() {
    let (_, index) = load();
    assert!(index.search("xyzzy", 20).is_empty());
    let mut search = PeopleSearch::new(20);
    assert!(search.update(&index, "xyzzy").is_empty());
    assert_eq!(search.total(), 0);
}

fn briefing_of(names: &[String]) -> Briefing {
    let people = names
        .iter()
        .enumerate()
        .map(|(i, name)| Person {
            id: format!("p{i}"),
            name: Text::new(name),
            aliases: Vec::new(),
            org: None,
            role: None,
            bio: None,
        })
        .collect();
    Briefing {
        format: 1,
        id: "random".into(),
        title: Text::new("random"),
        date: None,
        source: None,
        tags: Vec::new(),
        summary: None,
        people,
        timeline: Vec::new(),
        key_points: Vec::new(),
        financial_risks: Vec::new(),
        path: PathBuf::new(),
    }
}

proptest! {
    /// Typing a query one char at a time gives, at every step, what a fresh
    /// search gives; and every match of a longer query was a match of the
    /// shorter one (the narrowing is sound).
    #[test]
    fn narrowing_equals_fresh_search(
        names in prop::collection::vec("[abcéÉ ]{1,10}", 1..60),
        query in "[abcÉe ]{0,7}",
        limit in 1usize..8,
    ) {
        let index = PeopleIndex::new(&[Arc::new(briefing_of(&names))]);
        let mut search = PeopleSearch::new(limit);
        let mut typed = String::new();
        let mut prev_all: Option<Vec<usize>> = None;
        for c in query.chars() {
            typed.push(c);
            let narrowed = search.update(&index, &typed).to_vec();
            prop_assert_eq!(&narrowed, &index.search(&typed, limit), "query {:?}", typed);
            let mut all: Vec<usize> = index.search(&typed, usize::MAX).iter().map(|h| h.entry).collect();
            all.sort_unstable();
            prop_assert_eq!(search.total(), all.len());
            if let Some(prev) = &prev_all && typed.trim() != "" {
                prop_assert!(all.iter().all(|e| prev.contains(e)), "{:?} not within its prefix", typed);
            }
            prev_all = Some(all);
        }
        // Backspace all the way: each step still equals a fresh search.
        while typed.pop().is_some() {
            let back = search.update(&index, &typed).to_vec();
            prop_assert_eq!(&back, &index.search(&typed, limit), "back to {:?}", typed);
        }
    }
}

fn brief(args: &[&str]) -> (String, String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .output()
        .expect("run brief");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn cli_prints_one_person_a_line() {
    let dir = fixtures();
    let dir = dir.to_str().expect("utf-8 path");
    let (out, err, code) = brief(&["people", "dupre", "--dir", dir]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        out,
        "Léa Dupré\tlea-dupre\tChief Scientist, Quayside Bank | Research lead, Harbour Analytics\tquayside-2024, harbour-2023\n"
    );
    let (out, _, code) = brief(&["people", "pach", "--dir", dir, "--limit", "2"]);
    assert_eq!(code, Some(0));
    let first: Vec<&str> = out
        .lines()
        .map(|l| l.split('\t').next().unwrap_or(""))
        .collect();
    assert_eq!(first, ["Pach", "Pachelbel Ostrova"]);
    let (out, _, code) = brief(&["people", "xyzzy", "--dir", dir]);
    assert_eq!((out.as_str(), code), ("", Some(1)));
}

#[test]
fn cli_json() {
    let dir = fixtures();
    let dir = dir.to_str().expect("utf-8 path");
    let (out, err, code) = brief(&["people", "zoe", "kowal", "--dir", dir, "--json"]);
    assert_eq!(code, Some(0), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let people = v.as_array().expect("an array");
    assert_eq!(people[0]["id"], "zoe-kowalczyk");
    assert_eq!(people[0]["name"], "Zoë Kowalczyk");
    assert_eq!(people[0]["briefings"], serde_json::json!(["quayside-2024"]));
    assert_eq!(people[0]["matched"], "prefix");
    assert_eq!(people[0]["aliases"], serde_json::json!(["Zoe Kowalski"]));
    let (out, _, code) = brief(&["people", "xyzzy", "--dir", dir, "--json"]);
    assert_eq!(code, Some(1));
    assert_eq!(out.trim(), "[]");
}

#[test]
fn cli_reports_problems_on_stderr() {
    let tmp = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        tmp.path().join("ok.yaml"),
        "format: 1\ntitle: T\npeople: [{name: Ann Example}]\n",
    )
    .expect("write");
    std::fs::write(tmp.path().join("bad.yaml"), "format: 1\n").expect("write");
    let dir = tmp.path().to_str().expect("utf-8 path");
    let (out, err, code) = brief(&["people", "ann", "--dir", dir]);
    assert_eq!(code, Some(0));
    assert!(out.starts_with("Ann Example\tann-example"), "{out}");
    assert!(err.contains("1 problem"), "{err}");
}
