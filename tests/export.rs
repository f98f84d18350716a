//! `brief show` and `brief export` against committed golden files.
//!
//! The briefings are `tests/fixtures/review/briefings`; the review marks
//! are written here, with fixed times, into a temporary folder. To accept a
//! deliberate change of output: `BLESS=1 cargo test --test export`, then
//! read the diff of `tests/golden/` before committing it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use brief::load::load_dir;
use brief::markdown::Selection;
use brief::review::{ItemKey, ItemState, ReviewStore, item_key};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/review/briefings")
}

fn state(reviewed: bool, flagged: bool, note: Option<&str>, minute: u32) -> ItemState {
    ItemState {
        reviewed,
        flagged,
        note: note.map(str::to_owned),
        updated: format!("2025-03-05T09:{minute:02}:00Z"),
    }
}

/// A review folder with marks on both briefings, a note holding control
/// characters, and a mark on an item that no longer exists.
fn review_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let corpus = load_dir(&fixtures()).unwrap();
    assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
    let acme = corpus
        .briefings
        .iter()
        .find(|b| b.id == "acme-cfo")
        .unwrap();
    let (store, _, _) = ReviewStore::open(dir.path()).unwrap();
    let saves = [
        (
            ItemKey::briefing(),
            state(true, false, Some("Read on the 5th."), 0),
        ),
        (
            item_key(acme, Selection::Event(0)),
            state(
                true,
                true,
                Some("Check the start date\nwith the filing."),
                1,
            ),
        ),
        (
            item_key(acme, Selection::Event(1)),
            state(true, false, None, 2),
        ),
        (
            item_key(acme, Selection::KeyPoint(1)),
            state(false, true, Some("Source? \u{1b}[31mred\u{7}"), 3),
        ),
        (
            item_key(acme, Selection::Risk(1)),
            state(true, false, Some("Confirmed by a second source."), 4),
        ),
        (
            ItemKey::from_raw("key_point:profit-warning"),
            state(true, true, Some("This point was removed from the file."), 5),
        ),
    ];
    for (key, s) in &saves {
        store.save("acme-cfo", key, s).unwrap();
    }
    dir
}

fn brief(args: &[&str], reviews: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .arg("--dir")
        .arg(fixtures())
        .arg("--review-dir")
        .arg(reviews)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "brief {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Compares `actual` with `tests/golden/NAME`, or writes it with `BLESS=1`.
fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("BLESS").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, actual).unwrap();
        return;
    }
    let expected = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with BLESS=1 to create it)", path.display()));
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from the golden file at line {}:\n  golden: {:?}\n  actual: {:?}\nwhole output:\n{actual}\n(BLESS=1 accepts it)",
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first),
        );
    }
}

fn assert_no_controls(s: &str) {
    assert!(
        s.chars().all(|c| c == '\n' || !c.is_control()),
        "control character in output"
    );
}

#[test]
fn show_text_md_json() {
    let reviews = review_dir();
    for (format, file) in [
        ("text", "show-acme.txt"),
        ("md", "show-acme.md"),
        ("json", "show-acme.json"),
    ] {
        let out = brief(&["show", "acme-cfo", "--format", format], reviews.path());
        assert_no_controls(&out);
        golden(file, &out);
    }
    let json: serde_json::Value = serde_json::from_str(&brief(
        &["show", "acme-cfo", "--format", "json"],
        reviews.path(),
    ))
    .unwrap();
    assert_eq!(json["review"]["reviewed"], 3);
    assert_eq!(json["review"]["total"], 7);
}

#[test]
fn export_md_and_filters() {
    let reviews = review_dir();
    let all = brief(&["export", "--format", "md"], reviews.path());
    assert_no_controls(&all);
    assert!(all.contains("Source? ␛[31mred␇"), "{all}");
    golden("export-all.md", &all);
    let flagged = brief(&["export", "--format", "md", "--flagged"], reviews.path());
    golden("export-flagged.md", &flagged);
    assert!(!flagged.contains("Beta raises"), "no flagged item in beta");
    let json = brief(
        &["export", "acme-cfo", "--format", "json", "--unreviewed"],
        reviews.path(),
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let items = v["briefings"][0]["review"]["items"].as_array().unwrap();
    let keys: Vec<&str> = items.iter().map(|i| i["key"].as_str().unwrap()).collect();
    assert_eq!(
        keys,
        [
            "event:ana-ruiz:other:joins-the-audit-committee",
            "key_point:new-cfo",
            "key_point:shares-fell-4",
            "risk:cost:restructuring-charge",
        ]
    );
}

#[test]
fn list_shows_progress_and_flags() {
    let reviews = review_dir();
    let out = brief(&["list"], reviews.path());
    golden("list.txt", &out);
    let json: serde_json::Value =
        serde_json::from_str(&brief(&["list", "--json"], reviews.path())).unwrap();
    assert_eq!(json[0]["id"], "acme-cfo");
    assert_eq!(json[0]["flagged"], 2);
    assert_eq!(json[0]["orphans"], 1);
}

#[test]
fn unknown_id_fails_with_a_hint() {
    let reviews = review_dir();
    let out = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["show", "acme-cf", "--dir"])
        .arg(fixtures())
        .arg("--review-dir")
        .arg(reviews.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `acme-cfo`"));
}
