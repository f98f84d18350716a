//! The loader against the format's contract: one test per kind of error
//! (with its line, column and the words of its message), the good fixtures,
//! the bundled briefing, hostile text, and `brief check` as a process.
//!
//! Fixtures live in `tests/fixtures/good` and `tests/fixtures/bad` (one way
//! of being wrong per file); files too large or too deep to commit are
//! generated here.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use brief::load::{self, Diagnostic, Level, MAX_FILE_BYTES, Seg, load_dir, load_file, load_str};
use brief::model::{Bound, Briefing, EventKind, RiskKind, is_clean};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn bad(name: &str) -> PathBuf {
    fixtures().join("bad").join(name)
}

/// Loads `path` and returns its only diagnostic, an error; the briefing
/// must be left out.
fn only_error(path: &Path) -> Diagnostic {
    let (briefing, diagnostics) = load_file(path);
    assert!(briefing.is_none(), "{} loaded", path.display());
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let d = diagnostics.into_iter().next().unwrap();
    assert_eq!(d.level, Level::Error, "{d}");
    assert_eq!(d.path, path);
    d
}

/// The diagnostic stands at `line`:`column` and its message holds `words`.
#[track_caller]
fn assert_at(d: &Diagnostic, line: usize, column: usize, words: &[&str]) {
    assert_eq!((d.line, d.column), (line, column), "wrong position: {d}");
    for w in words {
        assert!(d.message.contains(w), "`{w}` missing from: {d}");
    }
}

#[track_caller]
fn assert_bad(name: &str, line: usize, column: usize, words: &[&str]) {
    assert_at(&only_error(&bad(name)), line, column, words);
}

/// Loads `text` as `mem.yaml` and returns its only diagnostic.
fn only_error_in(text: &str) -> Diagnostic {
    let (briefing, diagnostics) = load_str(Path::new("mem.yaml"), text);
    assert!(briefing.is_none());
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    diagnostics.into_iter().next().unwrap()
}

// ---- Structure ----------------------------------------------------------

#[test]
fn unparsable_yaml() {
    assert_bad(
        "unparsable.yaml",
        5,
        10,
        &["mapping values are not allowed"],
    );
}

#[test]
fn second_document() {
    assert_bad(
        "second-document.yaml",
        3,
        1,
        &["second YAML document", "exactly one"],
    );
}

#[test]
fn empty_file() {
    assert_bad(
        "empty.yaml",
        1,
        1,
        &["the file is empty", "format: 1", "title"],
    );
    for blank in ["\n\n  \n", "# only a comment\n", "---\n# nothing\n"] {
        assert_at(&only_error_in(blank), 1, 1, &["the file is empty"]);
    }
}

#[test]
fn not_utf8() {
    // `title: Caf` then a Latin-1 `é` (0xE9): the bad byte is column 11.
    assert_bad("not-utf8.yaml", 2, 11, &["not valid UTF-8"]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bytes.yaml");
    fs::write(&path, b"format: 1\ntitle: ok\nsummary: \xff\xfe\n").unwrap();
    assert_at(
        &only_error(&path),
        3,
        10,
        &["not valid UTF-8", "save it as UTF-8"],
    );
}

#[test]
fn over_4_mib() {
    let dir = tempfile::tempdir().unwrap();
    let header = "format: 1\ntitle: Too big\nsummary: ";
    let at_limit = MAX_FILE_BYTES as usize - header.len() - 1;
    let exact = dir.path().join("exact.yaml");
    fs::write(&exact, format!("{header}{}\n", "x".repeat(at_limit))).unwrap();
    assert_eq!(fs::metadata(&exact).unwrap().len(), MAX_FILE_BYTES);
    let (b, d) = load_file(&exact);
    assert!(
        b.is_some() && d.is_empty(),
        "a file of exactly 4 MiB loads: {d:?}"
    );

    let over = dir.path().join("over.yaml");
    fs::write(&over, format!("{header}{}\n", "x".repeat(at_limit + 1))).unwrap();
    assert_at(&only_error(&over), 1, 1, &["larger than 4 MiB"]);
}

#[test]
fn byte_order_mark_is_ignored() {
    let (b, d) = load_str(Path::new("bom.yaml"), "\u{feff}format: 1\ntitle: BOM\n");
    assert!(d.is_empty(), "{d:?}");
    assert_eq!(b.unwrap().title.as_str(), "BOM");
    let d = only_error_in("\u{feff}format: 1\nid: Bad\ntitle: x\n");
    assert_at(&d, 2, 5, &["invalid id `Bad`"]);
}

// ---- Keys and values ----------------------------------------------------

#[test]
fn missing_required_key() {
    assert_bad(
        "missing-title.yaml",
        1,
        1,
        &["missing required key `title`"],
    );
    let d = only_error_in("format: 1\ntitle: T\npeople:\n  - role: CFO\n");
    assert_at(&d, 4, 5, &["people[0]", "missing required key `name`"]);
    let d = only_error_in("format: 1\ntitle: T\ntimeline:\n  - kind: role\n");
    assert_at(&d, 4, 5, &["timeline[0]", "missing required key `person`"]);
}

#[test]
fn wrong_type() {
    assert_bad(
        "wrong-type.yaml",
        4,
        3,
        &["tags", "expected a list", "found a mapping"],
    );
    // A quoted format is a string, and is told to be written as a number.
    let d = only_error_in("format: \"1\"\ntitle: T\n");
    assert_at(&d, 1, 9, &["format", "reads format 1", "without quotes"]);
    let d = only_error_in("- format: 1\n- title: T\n");
    assert_at(
        &d,
        1,
        1,
        &[
            "expected a briefing: a mapping with at least",
            "found a list",
        ],
    );
}

#[test]
fn event_kind_outside_its_list() {
    assert_bad(
        "bad-event-kind.yaml",
        6,
        11,
        &[
            "timeline[0].kind",
            "`hire`",
            "appointment, departure, role, other",
        ],
    );
}

#[test]
fn risk_kind_outside_its_list() {
    assert_bad(
        "bad-risk-kind.yaml",
        5,
        11,
        &[
            "`penalty`",
            "loss, cost, revenue, funding, valuation, other",
        ],
    );
}

#[test]
fn bound_outside_its_list() {
    assert_bad(
        "bad-bound.yaml",
        8,
        12,
        &[
            "`upto`",
            "exact, about, up_to, at_least",
            "did you mean `up_to`?",
        ],
    );
}

#[test]
fn severity_outside_its_list() {
    assert_bad(
        "bad-severity.yaml",
        6,
        15,
        &["`severe`", "low, medium, high, critical"],
    );
}

#[test]
fn unknown_key_suggests_the_nearest() {
    assert_bad(
        "unknown-key.yaml",
        3,
        1,
        &["unknown key `key_point`", "did you mean `key_points`?"],
    );
    let d = only_error_in(
        "format: 1\ntitle: T\nfinancial_risks:\n  - {title: x, kind: loss, severty: high}\n",
    );
    assert_at(
        &d,
        4,
        28,
        &["unknown key `severty`", "did you mean `severity`?"],
    );
}

#[test]
fn unsupported_format() {
    assert_bad(
        "format-2.yaml",
        1,
        9,
        &["unsupported format `2`", "reads format 1"],
    );
}

// ---- Values with a shape ------------------------------------------------

#[test]
fn invalid_briefing_id() {
    assert_bad(
        "bad-briefing-id.yaml",
        2,
        5,
        &["invalid id `OpenAI-Leadership`", "lowercase"],
    );
}

#[test]
fn invalid_person_id() {
    assert_bad(
        "bad-person-id.yaml",
        5,
        9,
        &["invalid person id `léa-dupré`", "lowercase"],
    );
}

#[test]
fn date_that_does_not_exist() {
    assert_bad(
        "bad-date-day.yaml",
        3,
        7,
        &["date", "invalid date `2024-02-30`"],
    );
    assert_bad(
        "bad-date-month.yaml",
        8,
        11,
        &["timeline[0].when", "invalid date `2024-13`", "no month 13"],
    );
}

#[test]
fn a_repeated_key_is_reported_where_it_is_repeated() {
    let d = only_error_in("format: 1\ntitle: D\ntitle: E\n");
    assert_at(&d, 3, 1, &["duplicate field `title`"]);
    let d = only_error_in(
        "format: 1\ntitle: C\npeople:\n  - name: X\n    role: CEO\n    # note\n    role: CFO\n",
    );
    assert_at(&d, 7, 5, &["people[0]", "duplicate field `role`"]);
}

#[test]
fn invalid_amount() {
    assert_bad(
        "bad-amount.yaml",
        6,
        13,
        &["financial_risks[0].amount", "invalid amount `5,2B`", "5B"],
    );
}

#[test]
fn amount_without_currency() {
    assert_bad(
        "amount-without-currency.yaml",
        6,
        13,
        &["`amount` needs a `currency`", "USD"],
    );
}

// ---- References and identity --------------------------------------------

#[test]
fn unknown_person_in_event() {
    assert_bad(
        "unknown-person.yaml",
        7,
        13,
        &[
            "`Jakub` matches no person",
            "did you mean `Jakub Pachocki`?",
        ],
    );
}

#[test]
fn unknown_person_in_succeeds() {
    assert_bad(
        "unknown-successor.yaml",
        8,
        15,
        &["`ilya-sutskever` matches no person"],
    );
}

#[test]
fn unknown_person_in_key_point() {
    assert_bad(
        "unknown-key-point-person.yaml",
        7,
        25,
        &["`lilian-weng` matches no person"],
    );
}

#[test]
fn duplicate_person_id() {
    assert_bad(
        "duplicate-person.yaml",
        6,
        9,
        &["two people with the id `tom-becker`", "line 4"],
    );
}

#[test]
fn duplicate_briefing_id_names_both_files() {
    let dir = bad("duplicate-id");
    let first = dir.join("first/briefing.yaml");
    let second = dir.join("second/briefing.yaml");
    let corpus = load_dir(&dir).unwrap();
    assert!(corpus.briefings.is_empty(), "neither file is loaded");
    assert_eq!(corpus.diagnostics.len(), 2, "{:#?}", corpus.diagnostics);
    for (d, other) in [
        (&corpus.diagnostics[0], &second),
        (&corpus.diagnostics[1], &first),
    ] {
        assert!(d.is_error());
        assert_at(
            d,
            2,
            5,
            &[
                "briefing id `shared-id`",
                &other.display().to_string(),
                "unique",
            ],
        );
    }
    assert_eq!(corpus.diagnostics[0].path, first);
    assert_eq!(corpus.diagnostics[1].path, second);
}

// ---- Hostile YAML -------------------------------------------------------

#[test]
fn alias_bomb_is_refused_quickly() {
    let start = Instant::now();
    let d = only_error(&bad("alias-bomb.yaml"));
    assert_at(&d, 3, 1, &["unknown key `a`"]);
    // The same bomb where the model expects a list of strings.
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    let mut inside = String::from("format: 1\ntitle: Billion laughs\ntags:\n");
    inside.push_str("  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for pair in names.windows(2) {
        let refs = vec![format!("*{}", pair[0]); 9].join(", ");
        inside.push_str(&format!("  - &{} [{refs}]\n", pair[1]));
    }
    let d = only_error_in(&inside);
    assert_at(&d, 4, 5, &["tags[0]", "expected a string", "found a list"]);
    let text = fs::read_to_string(bad("alias-bomb.yaml")).unwrap();
    // Finding a position walks past values without expanding them forever.
    let at = load::locate(&text, &[Seg::Key("zzz")]);
    assert!(at.0 >= 1);
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn very_deep_flow_nesting_is_refused_quickly() {
    for open in ["[", "{", "[{"] {
        let text = format!("format: 1\ntitle: Deep\ntags: {}", open.repeat(100_000));
        let start = Instant::now();
        let d = only_error_in(&text);
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "{open}: {:?}",
            start.elapsed()
        );
        assert_at(&d, 3, 71, &["nested too deeply", "64"]);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep.yaml");
    fs::write(
        &path,
        format!("format: 1\ntitle: x\ntags: {}", "[".repeat(100_000)),
    )
    .unwrap();
    assert_at(&only_error(&path), 3, 71, &["nested too deeply"]);
}

#[test]
fn very_deep_block_nesting_is_refused_quickly() {
    let text = format!("format: 1\ntitle: Deep\ntags: {}x\n", "- ".repeat(100_000));
    let start = Instant::now();
    let d = only_error_in(&text);
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
    assert!(d.is_error());
    assert!(d.line >= 3, "{d}");
}

// ---- Good files ---------------------------------------------------------

fn good() -> Briefing {
    let (b, d) = load_file(&fixtures().join("good/full.yaml"));
    assert!(d.is_empty(), "{d:#?}");
    b.unwrap()
}

#[test]
fn every_optional_key_loads() {
    let b = good();
    assert_eq!(b.id, "full-example");
    assert_eq!(b.date.unwrap().iso(), "2024-05");
    let source = b.source.as_ref().unwrap();
    assert_eq!(source.language.as_deref(), Some("fr"));
    assert_eq!(source.file.as_deref(), Some("full.txt"));
    assert_eq!(b.tags.len(), 3);
    let ids: Vec<&str> = b.people.iter().map(|p| p.id.as_str()).collect();
    // Accents folded into default ids; a given id kept.
    assert_eq!(ids, ["lea-dupre", "tom-becker", "soren-aero"]);
    // Refs by name, id and alias all resolve to ids.
    let persons: Vec<&str> = b.timeline.iter().map(|e| e.person.as_str()).collect();
    assert_eq!(
        persons,
        ["tom-becker", "lea-dupre", "lea-dupre", "soren-aero"]
    );
    assert_eq!(b.timeline[1].succeeds.as_deref(), Some("tom-becker"));
    let kp: Vec<&str> = b.key_points[0].people.iter().map(|p| p.as_str()).collect();
    assert_eq!(kp, ["lea-dupre", "tom-becker", "lea-dupre"]);
    // Refs as a number and as a list.
    assert_eq!(b.timeline[0].refs.as_slice(), [4]);
    assert_eq!(b.timeline[1].refs.as_slice(), [4, 5]);
    let kinds: Vec<EventKind> = b.timeline.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            EventKind::Departure,
            EventKind::Appointment,
            EventKind::Role,
            EventKind::Other
        ]
    );
    assert_eq!(b.financial_risks[0].money().as_deref(), Some("up to $450M"));
}

#[test]
fn amounts_in_every_form() {
    let (b, d) = load_file(&fixtures().join("good/nested/deeper/amounts.yaml"));
    assert!(d.is_empty(), "{d:#?}");
    let b = b.unwrap();
    let values: Vec<Option<f64>> = b
        .financial_risks
        .iter()
        .map(|r| r.amount.map(|a| a.value()))
        .collect();
    assert_eq!(
        values,
        [
            Some(5e9),
            Some(7e9),
            Some(7e5),
            Some(1.2e12),
            Some(4.5e8),
            Some(1.2e8),
            Some(1500.5),
            None,
            None
        ]
    );
    assert_eq!(b.financial_risks[7].period.as_deref(), Some("2024"));
}

#[test]
fn partial_dates_keep_their_precision() {
    let (b, d) = load_file(&fixtures().join("good/nested/dates.yaml"));
    assert!(d.is_empty(), "{d:#?}");
    let b = b.unwrap();
    assert_eq!(b.date.unwrap().human(), "2024");
    let when: Vec<String> = b
        .timeline
        .iter()
        .map(|e| e.when.map_or("-".into(), |d| d.human()))
        .collect();
    assert_eq!(when, ["2023", "2024", "May 2024", "29 February 2024", "-"]);
}

/// Copies a folder tree, dot files included.
fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Briefing files under `dir` that the walk should see.
fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            yaml_files(&path, out);
        } else if name.ends_with(".yaml") || name.ends_with(".yml") {
            out.push(path);
        }
    }
}

#[test]
fn a_mixed_folder_loads_exactly_the_good_files() {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixtures().join("good"), &dir.path().join("good"));
    copy_tree(&fixtures().join("bad"), &dir.path().join("bad"));
    let corpus = load_dir(dir.path()).unwrap();

    let mut ids: Vec<&str> = corpus.briefings.iter().map(|b| b.id.as_str()).collect();
    ids.sort();
    assert_eq!(
        ids,
        [
            "amounts",
            "full-example",
            "hostile",
            "minimal",
            "partial-dates"
        ]
    );
    assert!(
        corpus
            .diagnostics
            .iter()
            .all(|d| d.is_error() && d.path.starts_with(dir.path().join("bad"))),
        "{:#?}",
        corpus.diagnostics
    );
    let mut bad_files = Vec::new();
    yaml_files(&dir.path().join("bad"), &mut bad_files);
    assert!(bad_files.len() >= 20);
    for file in &bad_files {
        assert!(
            corpus.diagnostics.iter().any(|d| &d.path == file),
            "no diagnostic for {}",
            file.display()
        );
    }
    assert_eq!(corpus.error_count(), corpus.diagnostics.len());
    // Dot files and dot folders are never read.
    for d in &corpus.diagnostics {
        let relative = d.path.strip_prefix(dir.path()).unwrap();
        assert!(!relative.to_string_lossy().contains("/."), "{d}");
    }
}

// ---- The bundled briefing -----------------------------------------------

fn assert_bundled_counts(corpus: &load::Corpus) {
    assert!(corpus.diagnostics.is_empty(), "{:#?}", corpus.diagnostics);
    assert_eq!(corpus.briefings.len(), 1);
    let b = &corpus.briefings[0];
    assert_eq!(b.id, "openai-leadership-2024");
    assert_eq!(b.people.len(), 7);
    assert_eq!(b.timeline.len(), 7);
    assert_eq!(b.key_points.len(), 10);
    assert_eq!(b.financial_risks.len(), 8);
}

#[test]
fn bundled_briefing_loads_clean_from_disk_and_from_the_binary() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("briefings");
    assert_bundled_counts(&load_dir(&folder).unwrap());
    assert_bundled_counts(&load::load_bundled());
}

#[test]
fn bundled_briefing_facts_a_reader_checks_first() {
    let corpus = load::load_bundled();
    let b = &corpus.briefings[0];
    let appointment = b
        .timeline
        .iter()
        .find(|e| e.kind == EventKind::Appointment && e.person.as_str() == "jakub-pachocki")
        .expect("Pachocki's appointment");
    assert_eq!(appointment.role.as_deref(), Some("Chief Scientist"));
    assert_eq!(appointment.succeeds.as_deref(), Some("ilya-sutskever"));

    let risk = |value: f64| {
        b.financial_risks
            .iter()
            .find(|r| r.amount.map(|a| a.value()) == Some(value))
            .unwrap_or_else(|| panic!("no risk of {value}"))
    };
    let loss = risk(5e9);
    assert_eq!(loss.kind, RiskKind::Loss);
    assert_eq!(
        (loss.bound, loss.currency.as_deref()),
        (Bound::UpTo, Some("USD"))
    );
    assert_eq!(loss.money().as_deref(), Some("up to $5B"));
    let cost = risk(7e9);
    assert_eq!(cost.kind, RiskKind::Cost);
    assert_eq!(
        (cost.bound, cost.currency.as_deref()),
        (Bound::UpTo, Some("USD"))
    );
    assert!(cost.title.to_lowercase().contains("training"));

    for who in ["ilya-sutskever", "jan-leike"] {
        assert!(
            b.timeline
                .iter()
                .any(|e| e.kind == EventKind::Departure && e.person.as_str() == who),
            "{who} has no departure"
        );
    }
}

// ---- Hostile text -------------------------------------------------------

/// Every string in `value`, keys included.
fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                out.push(k.clone());
                strings(v, out);
            }
        }
        _ => {}
    }
}

#[test]
fn hostile_text_is_cleaned_at_load() {
    let (b, d) = load_file(&fixtures().join("good/hostile.yaml"));
    assert!(d.is_empty(), "{d:#?}");
    let b = b.unwrap();
    let mut all = Vec::new();
    strings(&serde_json::to_value(&b).unwrap(), &mut all);
    assert!(all.len() > 20);
    for s in &all {
        assert!(is_clean(s), "not clean: {s:?}");
    }
    assert!(b.title.contains("␛[31m"), "{:?}", b.title);
    assert!(b.title.contains("␛]52;c;"), "{:?}", b.title);
    assert!(!b.title.contains('\u{9b}') && b.title.contains('\u{fffd}'));
    assert!(!b.people[0].name.contains('\u{202e}'));
    assert!(!b.summary.as_deref().unwrap().contains('\r'));
    assert!(!b.people[0].name.contains('\t'));
}

#[test]
fn diagnostics_quoting_hostile_text_are_clean() {
    let d = only_error_in(
        "format: 1\ntitle: T\ntimeline:\n  - kind: \"\\e[2J\\u009b\\u202e\\r\"\n    person: x\n",
    );
    assert!(d.message.contains("␛[2J"), "{d}");
    assert!(is_clean(&d.message) && !d.message.contains('\n'));
    assert!(is_clean(&d.to_string()));
}

// ---- `brief check` as a process -----------------------------------------

fn brief(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

/// `brief check DIR | head -1`: the reader goes away before brief writes.
/// brief stops quietly, with the exit status the diagnostics call for,
/// not with an error report about the pipe.
#[test]
fn check_into_a_closed_pipe_exits_quietly_with_its_status() {
    for (dir, status) in [("briefings", 0), ("tests/fixtures/bad", 1)] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = Command::new(env!("CARGO_BIN_EXE_brief"))
            .args(["check", dir])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(status), "{dir}: {stderr}");
        assert!(stderr.is_empty(), "{dir}: {stderr}");
    }
}

/// With no folder given and no `./briefings`, every command that reads
/// briefings opens the folder the config file names.
#[test]
fn commands_open_the_folder_the_config_names() {
    let config = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(config.path().join("brief")).unwrap();
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/people");
    std::fs::write(
        config.path().join("brief/config.yaml"),
        format!("briefings: {}\n", folder.display()),
    )
    .unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    for (args, expected) in [
        (&["list"][..], "quayside-2024"),
        (&["people", "angstrom"][..], "anders-angstrom"),
        (&["show", "harbour-2023"][..], "Harbour Analytics"),
        (&["check"][..], "3 briefings"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_brief"))
            .args(args)
            .current_dir(elsewhere.path())
            .env("XDG_CONFIG_HOME", config.path())
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{args:?}: {stdout}");
        assert!(stdout.contains(expected), "{args:?}: {stdout}");
    }
}

#[test]
fn check_passes_on_the_bundled_folder() {
    let out = brief(&["check", "briefings"]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert_eq!(
        stdout.trim_end(),
        "briefings: 1 briefing, 7 people, 7 events, 10 key points, 8 risks; 0 errors, 0 warnings"
    );
}

#[test]
fn check_fails_on_a_bad_folder_with_one_line_per_error() {
    let out = brief(&["check", "tests/fixtures/bad"]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let lines: Vec<&str> = stdout.lines().collect();
    let (summary, diagnostics) = lines.split_last().unwrap();
    for line in diagnostics {
        // PATH:LINE:COLUMN: message
        let mut parts = line.splitn(4, ':');
        let path = parts.next().unwrap();
        assert!(path.starts_with("tests/fixtures/bad/"), "{line}");
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{line}");
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{line}");
        assert!(parts.next().unwrap().starts_with(' '), "{line}");
    }
    assert!(
        diagnostics.contains(
            &"tests/fixtures/bad/unknown-key.yaml:3:1: unknown key `key_point`; did you mean `key_points`?"
        ),
        "{stdout}"
    );
    assert!(
        summary.starts_with("tests/fixtures/bad: 0 briefings"),
        "{summary}"
    );
    assert!(
        summary.ends_with(&format!("; {} errors, 0 warnings", diagnostics.len())),
        "{summary}"
    );
}

#[test]
fn check_json_has_the_diagnostics() {
    let out = brief(&["check", "--json", "tests/fixtures/bad"]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let diagnostics = report["diagnostics"].as_array().unwrap();
    assert!(diagnostics.len() >= 24);
    assert_eq!(report["summary"]["errors"], diagnostics.len());
    let d = diagnostics
        .iter()
        .find(|d| d["path"] == "tests/fixtures/bad/format-2.yaml")
        .unwrap();
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(1), Some(9))
    );
    assert_eq!(d["level"], "error");
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("unsupported format")
    );
}

#[test]
fn check_usage_errors_exit_2() {
    let out = brief(&["check", "--no-such-flag", "briefings"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--no-such-flag"));

    let out = brief(&["check", "no/such/folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/folder"));
}

#[test]
fn check_output_never_carries_escape_sequences() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("evil.yaml"),
        "format: 1\ntitle: T\ntimeline:\n  - kind: \"\\e]52;c;aGk=\\a\\e[2J\"\n    person: x\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_brief"))
        .arg("check")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("␛]52;c;aGk=␇␛[2J"), "{stdout}");
    assert!(!stdout.bytes().any(|b| b == 0x1b || b == 0x07));
}

// ---- Synthetic corpora --------------------------------------------------

#[test]
fn synthetic_corpora_load_without_diagnostics() {
    for seed in [1, 2, 3] {
        let texts = brief::synth::corpus(40, seed);
        assert_eq!(texts.len(), 40);
        let corpus = load::load_texts(&texts);
        assert!(corpus.diagnostics.is_empty(), "{:#?}", corpus.diagnostics);
        assert_eq!(corpus.briefings.len(), 40);
        for b in &corpus.briefings {
            assert!((5..=40).contains(&b.people.len()), "{}", b.people.len());
            assert!((5..=60).contains(&b.timeline.len()));
            assert!((3..=15).contains(&b.key_points.len()));
            assert!((2..=10).contains(&b.financial_risks.len()));
        }
    }
    assert_eq!(brief::synth::corpus(5, 9), brief::synth::corpus(5, 9));
    assert_ne!(brief::synth::corpus(5, 9), brief::synth::corpus(5, 10));
}

#[test]
fn people_corpus_names_exactly_the_people_asked_for() {
    let texts = brief::synth::people_corpus(3_000, 7);
    let corpus = load::load_texts(&texts);
    assert!(corpus.diagnostics.is_empty(), "{:#?}", corpus.diagnostics);
    let ids: std::collections::HashSet<&str> = corpus
        .briefings
        .iter()
        .flat_map(|b| b.people.iter().map(|p| p.id.as_str()))
        .collect();
    assert_eq!(ids.len(), 3_000);
    assert!(corpus.briefings.iter().all(|b| b.people.len() <= 40));
}
