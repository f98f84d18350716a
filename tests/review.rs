//! Review marks on disk: round trip, identity through edits, orphans,
//! corrupt files, crash safety under SIGKILL and concurrent writers.
//!
//! The writer processes are this test binary run again with
//! `BRIEF_REVIEW_WRITER` set: see [`writer_child`].

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use brief::load::load_str;
use brief::markdown::Selection;
use brief::model::Briefing;
use brief::review::{ItemKey, ItemState, Marks, ReviewStore, item_key, items};

const WRITER_ENV: &str = "BRIEF_REVIEW_WRITER";

fn briefing(yaml: &str) -> Briefing {
    let (b, diags) = load_str(Path::new("acme.yaml"), yaml);
    assert!(diags.is_empty(), "{diags:?}");
    b.expect("loads")
}

fn at(second: u64) -> String {
    format!(
        "2025-01-01T{:02}:{:02}:{:02}.000Z",
        second / 3600 % 24,
        second / 60 % 60,
        second % 60
    )
}

fn marked(reviewed: bool, flagged: bool, note: Option<&str>, updated: &str) -> ItemState {
    ItemState {
        reviewed,
        flagged,
        note: note.map(str::to_owned),
        updated: updated.to_owned(),
    }
}

#[test]
fn marks_survive_a_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("reviews");
    let (store, marks, diags) = ReviewStore::open(&root).unwrap();
    assert!(diags.is_empty() && marks == Marks::new());
    assert!(!root.exists(), "opening creates nothing");

    let mut expected = Marks::new();
    let changes = [
        ("acme", "briefing", marked(true, false, None, &at(1))),
        (
            "acme",
            "key_point:x",
            marked(true, true, Some("why\nit matters"), &at(2)),
        ),
        ("acme", "risk:cost:y", marked(false, false, None, &at(3))),
        (
            "beta",
            "person:ana",
            marked(false, true, Some("é ✓ \u{1b}[31m"), &at(4)),
        ),
    ];
    for (id, key, state) in &changes {
        store.save(id, &ItemKey::from_raw(key), state).unwrap();
        expected.set(id, ItemKey::from_raw(key), state.clone());
    }
    let (_, reread, diags) = ReviewStore::open(&root).unwrap();
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(reread, expected);
    assert_eq!(store.reload(), expected);

    // Last writer wins per item, by `updated`, not by the order of saves.
    let older = marked(false, false, None, &at(0));
    store.save("acme", &ItemKey::briefing(), &older).unwrap();
    assert_eq!(
        store.reload().get("acme", &ItemKey::briefing()),
        Some(&changes[0].2)
    );

    // Another process's save shows on reload.
    let (other, _, _) = ReviewStore::open(&root).unwrap();
    let newer = marked(false, true, None, &at(9));
    other.save("acme", &ItemKey::briefing(), &newer).unwrap();
    assert_eq!(
        store.reload().get("acme", &ItemKey::briefing()),
        Some(&newer)
    );

    let text = fs::read_to_string(root.join("acme.json")).unwrap();
    assert!(text.contains("\"format\": 1"), "{text}");
    assert!(store.save("../evil", &ItemKey::briefing(), &newer).is_err());
}

const BEFORE: &str = "format: 1
id: acme
title: Acme changes its finance chief
people:
  - name: Ana Ruiz
  - name: Tom Becker
timeline:
  - { kind: departure, person: tom-becker, role: CFO, when: 2025-03 }
  - { kind: appointment, person: ana-ruiz, role: CFO, when: 2025-03-04 }
key_points:
  - { title: New CFO, text: Ana takes over. }
  - { title: Shares fall }
financial_risks:
  - { title: Restructuring charge, kind: cost, severity: medium }
  - { title: Lost contract, kind: loss, severity: high }
";

/// The same briefing with every list reordered and unrelated fields edited.
const AFTER: &str = "format: 1
id: acme
title: Acme changes its finance chief (updated)
people:
  - name: Tom Becker
  - name: Ana Ruiz
timeline:
  - { kind: appointment, person: ana-ruiz, role: CFO, when: 2025-03-05 }
  - { kind: departure, person: tom-becker, role: CFO, when: 2025-02 }
key_points:
  - { title: Shares fall, text: By 4%. }
  - { title: New CFO, text: Ana Ruiz takes over. }
  - { title: A new point }
financial_risks:
  - { title: Lost contract, kind: loss, severity: low, amount: 5M, currency: USD }
  - { title: Restructuring charge, kind: cost, severity: critical }
";

#[test]
fn identity_survives_reordering_and_unrelated_edits() {
    let before = briefing(BEFORE);
    let after = briefing(AFTER);
    let dir = tempfile::tempdir().unwrap();
    let (store, _, _) = ReviewStore::open(dir.path()).unwrap();
    // Mark every item of the first version, each with its own note.
    for (n, (sel, key)) in items(&before).into_iter().enumerate() {
        let note = markdown_title(&before, sel);
        store
            .save(
                "acme",
                &key,
                &marked(true, n.is_multiple_of(2), Some(&note), &at(n as u64)),
            )
            .unwrap();
    }
    let marks = store.reload();
    assert_eq!(marks.progress(&before), (6, 6));
    assert_eq!(
        marks.progress(&after),
        (6, 7),
        "only the new point is unreviewed"
    );
    for (sel, key) in items(&after) {
        if let Some(state) = marks.get("acme", &key) {
            assert_eq!(state.note.as_deref(), Some(&*markdown_title(&after, sel)));
        } else {
            assert_eq!(sel, Selection::KeyPoint(2), "{key}");
        }
    }
    assert!(marks.orphans([&after]).is_empty());
}

/// What identifies an item to a reader, to check a mark sits on the same item.
fn markdown_title(b: &Briefing, sel: Selection) -> String {
    match sel {
        Selection::Event(i) => b.describe_event(&b.timeline[i]),
        Selection::KeyPoint(i) => b.key_points[i].title.to_string(),
        Selection::Risk(i) => b.financial_risks[i].title.to_string(),
        _ => String::new(),
    }
}

#[test]
fn marks_on_vanished_items_are_kept_and_reported() {
    let before = briefing(BEFORE);
    let renamed = briefing(&BEFORE.replace("Shares fall", "Shares drop"));
    let dir = tempfile::tempdir().unwrap();
    let (store, _, _) = ReviewStore::open(dir.path()).unwrap();
    let key = item_key(&before, Selection::KeyPoint(1));
    store
        .save("acme", &key, &marked(true, true, Some("keep me"), &at(1)))
        .unwrap();
    store
        .save(
            "gone",
            &ItemKey::briefing(),
            &marked(true, false, None, &at(1)),
        )
        .unwrap();
    // A later save to the same briefing keeps the orphan on disk.
    let other = item_key(&renamed, Selection::KeyPoint(0));
    store
        .save("acme", &other, &marked(true, false, None, &at(2)))
        .unwrap();
    let (_, marks, _) = ReviewStore::open(dir.path()).unwrap();
    assert_eq!(
        marks.orphans([&renamed]),
        [
            ("acme".to_owned(), key.clone()),
            ("gone".to_owned(), ItemKey::briefing())
        ]
    );
    assert_eq!(marks.progress(&renamed), (1, 6));
    // The item coming back finds its mark.
    assert_eq!(marks.progress(&before), (2, 6));
    assert_eq!(
        marks.get("acme", &key).and_then(|s| s.note.as_deref()),
        Some("keep me")
    );
}

#[test]
fn a_corrupt_file_is_reported_and_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acme.json");
    fs::write(&path, "{\"format\": 1, \"items\": {\"briefing\": tru").unwrap();
    fs::write(dir.path().join("acme.json.corrupt-1"), "older").unwrap();
    fs::write(dir.path().join("beta.json"), "{\"format\": 7}").unwrap();
    fs::write(dir.path().join("notes.txt"), "not mine").unwrap();
    let (store, marks, diags) = ReviewStore::open(dir.path()).unwrap();
    assert_eq!(marks, Marks::new());
    assert_eq!(diags.len(), 2, "{diags:?}");
    let shown = diags[0].to_string();
    assert!(shown.contains("acme.json:1:"), "{shown}");
    assert!(shown.contains("acme.json.corrupt-2"), "{shown}");
    assert!(!path.exists());
    assert!(
        fs::read_to_string(dir.path().join("acme.json.corrupt-2"))
            .unwrap()
            .ends_with("tru")
    );
    assert!(diags[1].to_string().contains("newer brief"), "{}", diags[1]);

    // A newer file is never overwritten; a fresh file starts where the
    // corrupt one was.
    let state = marked(true, false, None, &at(1));
    assert!(store.save("beta", &ItemKey::briefing(), &state).is_err());
    assert_eq!(
        fs::read_to_string(dir.path().join("beta.json")).unwrap(),
        "{\"format\": 7}"
    );
    store.save("acme", &ItemKey::briefing(), &state).unwrap();
    assert_eq!(
        store.reload().get("acme", &ItemKey::briefing()),
        Some(&state)
    );
}

/// Not a test when run normally. With `BRIEF_REVIEW_WRITER=DIR:ID:PREFIX:START:COUNT`
/// (COUNT 0 for no end) it saves items `PREFIX<START>`, `PREFIX<START+1>`, …
/// to briefing ID, each with its number as note, and prints `saved N` once
/// each save has returned.
#[test]
fn writer_child() {
    let Ok(spec) = std::env::var(WRITER_ENV) else {
        return;
    };
    let parts: Vec<&str> = spec.split(':').collect();
    let [dir, id, prefix, start, count] = parts[..] else {
        panic!("bad {WRITER_ENV}: {spec}");
    };
    let start: u64 = start.parse().unwrap();
    let count: u64 = count.parse().unwrap();
    let (store, _, _) = ReviewStore::open(Path::new(dir)).unwrap();
    let end = if count == 0 { u64::MAX } else { start + count };
    for i in start..end {
        let note = i.to_string();
        let state = marked(true, i.is_multiple_of(3), Some(&note), &at(i));
        store
            .save(id, &ItemKey::from_raw(&format!("{prefix}{i}")), &state)
            .unwrap();
        println!("saved {i}");
    }
}

fn writer(dir: &Path, id: &str, prefix: &str, start: u64, count: u64) -> Command {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["writer_child", "--exact", "--nocapture", "--test-threads=1"])
        .env(
            WRITER_ENV,
            format!("{}:{id}:{prefix}:{start}:{count}", dir.display()),
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    cmd
}

/// Checks that `id`'s items in `dir` are exactly `prefix0` … `prefix<n-1>`,
/// each with its own state, and returns `n`.
fn contiguous(marks: &Marks, id: &str, prefix: &str) -> u64 {
    let mut n = 0;
    for (key, state) in marks.of_briefing(id) {
        let i: u64 = key
            .as_str()
            .strip_prefix(prefix)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("unexpected key {key}"));
        assert_eq!(
            state,
            &marked(true, i.is_multiple_of(3), Some(&i.to_string()), &at(i))
        );
        n += 1;
    }
    for i in 0..n {
        assert!(
            marks
                .get(id, &ItemKey::from_raw(&format!("{prefix}{i}")))
                .is_some(),
            "{prefix}{i} missing of {n}"
        );
    }
    n
}

/// xorshift64: enough randomness for kill times, with the seed printed.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn a_writer_killed_at_any_moment_never_tears_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
        | 1;
    eprintln!("kill-time seed: {seed}");
    let rounds = 32;
    let mut killed_mid_run = 0;
    for round in 0..rounds {
        let (_, marks, diags) = ReviewStore::open(dir.path()).unwrap();
        assert!(diags.is_empty(), "round {round}: {diags:?}");
        let start = contiguous(&marks, "acme", "w");
        let mut child = writer(dir.path(), "acme", "w", start, 0).spawn().unwrap();
        let acked = Arc::new(AtomicI64::new(-1));
        let stdout = child.stdout.take().unwrap();
        let reader = {
            let acked = Arc::clone(&acked);
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    if let Some(n) = line.strip_prefix("saved ") {
                        acked.store(n.parse().unwrap(), Ordering::SeqCst);
                    }
                }
            })
        };
        // Wait for the writer to get going, then kill it a random while later.
        let t0 = Instant::now();
        while acked.load(Ordering::SeqCst) < start as i64 && t0.elapsed() < Duration::from_secs(20)
        {
            std::thread::sleep(Duration::from_millis(1));
        }
        std::thread::sleep(Duration::from_micros(next(&mut seed) % 60_000));
        child.kill().unwrap();
        child.wait().unwrap();
        reader.join().unwrap();
        let acked = acked.load(Ordering::SeqCst);
        let (_, marks, diags) = ReviewStore::open(dir.path()).unwrap();
        assert!(diags.is_empty(), "round {round}: {diags:?}");
        let n = contiguous(&marks, "acme", "w") as i64;
        // Every acknowledged save is there, and at most the one in flight.
        assert!(
            n > acked && n <= acked + 2,
            "round {round}: {n} items, last acknowledged {acked}"
        );
        if acked >= start as i64 {
            killed_mid_run += 1;
        }
    }
    let total = contiguous(&ReviewStore::open(dir.path()).unwrap().1, "acme", "w");
    eprintln!("{rounds} kills, {killed_mid_run} while writing, {total} saves in all");
    assert!(killed_mid_run >= rounds - 2, "{killed_mid_run} of {rounds}");
    for entry in fs::read_dir(dir.path()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(!name.contains("corrupt"), "{name}");
    }
}

#[test]
fn two_concurrent_writers_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut children: Vec<_> = ["a", "b"]
        .iter()
        .map(|prefix| {
            writer(dir.path(), "acme", prefix, 0, 200)
                .stdout(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in &mut children {
        assert!(child.wait().unwrap().success());
    }
    let (_, marks, diags) = ReviewStore::open(dir.path()).unwrap();
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(marks.of_briefing("acme").count(), 400);
    for prefix in ["a", "b"] {
        for i in 0..200u64 {
            let key = ItemKey::from_raw(&format!("{prefix}{i}"));
            assert_eq!(
                marks.get("acme", &key),
                Some(&marked(
                    true,
                    i.is_multiple_of(3),
                    Some(&i.to_string()),
                    &at(i)
                )),
                "{key}"
            );
        }
    }
}
