//! The fast YAML reader (`brief::load::fast`) against serde_yaml.
//!
//! The fast reader may give up on anything, but what it accepts it must
//! read exactly as serde_yaml does. These tests hold it to that on every
//! briefing file in the repository, on the synthetic corpus, and on
//! generated YAML full of the forms where readers differ (null and number
//! spellings, quotes and escapes, comments, block scalars, indentation,
//! stray characters). They also check that it accepts enough to matter.

use std::fs;
use std::path::{Path, PathBuf};

use brief::load::fast;
use brief::model::Briefing;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use serde::Deserialize;
use serde_yaml::Value;

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        ) {
            out.push(path);
        }
    }
}

fn serde_briefing(text: &str) -> Option<Briefing> {
    let mut docs = serde_yaml::Deserializer::from_str(text);
    let first = docs.next()?;
    let b = Briefing::deserialize(first).ok()?;
    docs.next().is_none().then_some(b)
}

fn json(b: &Briefing) -> serde_json::Value {
    serde_json::to_value(b).expect("a briefing serializes")
}

/// What the fast reader accepts, serde_yaml reads the same; `None` when the
/// fast reader gave up.
fn agree_on_briefing(text: &str) -> Result<Option<()>, String> {
    let Some(fast) = fast::briefing(text) else {
        return Ok(None);
    };
    match serde_briefing(text) {
        Some(slow) if json(&fast) == json(&slow) => Ok(Some(())),
        Some(slow) => Err(format!(
            "different briefings:\nfast {:#}\nserde {:#}",
            json(&fast),
            json(&slow)
        )),
        None => Err("fast accepted what serde_yaml refuses".to_owned()),
    }
}

fn agree_on_value(text: &str) -> Result<Option<()>, String> {
    let Some(fast) = fast::read::<Value>(text) else {
        return Ok(None);
    };
    match serde_yaml::from_str::<Value>(text) {
        Ok(slow) if slow == fast => Ok(Some(())),
        Ok(slow) => Err(format!("different values:\nfast  {fast:?}\nserde {slow:?}")),
        Err(e) => Err(format!("fast accepted what serde_yaml refuses ({e})")),
    }
}

#[test]
fn every_briefing_in_the_repository_reads_the_same() {
    let mut files = Vec::new();
    for dir in ["briefings", "tests/fixtures"] {
        yaml_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut files);
    }
    assert!(files.len() > 20, "found only {} files", files.len());
    let mut accepted = 0;
    for path in &files {
        let Ok(text) = fs::read_to_string(path) else {
            continue; // the non-UTF-8 fixture
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        match agree_on_briefing(text) {
            Ok(Some(())) => accepted += 1,
            Ok(None) => {}
            Err(e) => panic!("{}: {e}", path.display()),
        }
        if let Err(e) = agree_on_value(text) {
            panic!("{}: {e}", path.display());
        }
    }
    // The good fixtures and the bundled briefing take the fast path.
    assert!(accepted >= 10, "only {accepted} files took the fast path");
}

#[test]
fn the_bundled_briefing_and_the_synthetic_corpus_take_the_fast_path() {
    let bundled = brief::load::BUNDLED[0].1;
    assert!(agree_on_briefing(bundled).expect("agree").is_some());
    for (name, text) in brief::synth::corpus(200, 11) {
        let name = name.display();
        match agree_on_briefing(&text) {
            Ok(Some(())) => {}
            Ok(None) => panic!("{name}: the fast reader gave up"),
            Err(e) => panic!("{name}: {e}"),
        }
    }
}

// --- generated YAML ---------------------------------------------------

/// Values the fast reader should read, with the spellings where readers
/// differ among them.
const PLAIN: &[&str] = &[
    "a",
    "hello world",
    "null",
    "~",
    "Null",
    "true",
    "False",
    "yes",
    "no",
    "1",
    "0",
    "007",
    "1.5",
    "1e3",
    "2024-03",
    "2024-03-05",
    "12:30",
    "5B",
    "1.2T",
    "7 bn",
    "Nancy",
    "info",
    "é",
    "日本語",
    "C#",
    "http://x.y/z",
    "a:b",
    "a,b",
    "1,5",
    "a #c",
    "a#b",
    "Dr. No",
    "100%",
    "18446744073709551615",
    "18446744073709551616",
    "a  b",
];

/// Values that are unusual, wrong, or outside the fast reader's subset.
const PLAIN_ODD: &[&str] = &[
    "x: y",
    "-1",
    "-0",
    ".5",
    "5.",
    ".inf",
    "-.inf",
    ".NaN",
    "0x1F",
    "0o7",
    "0b1",
    "+1",
    "1_000",
    "inf",
    "nan",
    "Infinity",
    "-",
    "- a",
    "-a",
    "?",
    "? a",
    ":",
    "a:",
    "[a]",
    "{a}",
    "&a",
    "*a",
    "!t",
    "%",
    "@",
    "`",
    "|",
    ">",
    "'q",
    "\"q",
    "-9223372036854775808",
    "-9223372036854775809",
    "#",
];

const DQ_PIECES: &[&str] = &[
    "a",
    " ",
    "\\n",
    "\\t",
    "\\\"",
    "\\\\",
    "\\u00e9",
    "\\x41",
    "\\U0001F600",
    "\\e",
    "\\N",
    "\\_",
    "\\ ",
    "\\/",
    "'",
    "#",
    ": ",
    " #",
    "é",
];

const DQ_ODD: &[&str] = &["\\q", "\\ud800", "\\x4", "\\"];

const SQ_PIECES: &[&str] = &["a", "''", "\"", "\\n", " # ", ": ", " ", "é"];

const KEYS: &[&str] = &[
    "a", "b", "c", "d", "e", "key", "format", "title", "x_y", "a-b", "k2", "id", "name", "people",
    "when", "ref", "1", "true", "null", "zz",
];

const KEYS_ODD: &[&str] = &["k k", "\"q\"", "'s'", "-k", "é", "a.b", "?", "~"];

const BLOCK_HEADERS: &[&str] = &["|", "|-", ">", ">-"];

const BLOCK_HEADERS_ODD: &[&str] = &["|+", ">+", "|2", "> # c", ">1", "|x"];

const BLOCK_LINES: &[&str] = &[
    "text",
    "more text",
    "",
    "# not a comment",
    "- dash",
    "key: v",
    "a  b",
];

const BLOCK_LINES_ODD: &[&str] = &["  indented", " ", "x\t"];

/// Mostly the usual, sometimes the odd.
fn mostly(
    usual: &'static [&'static str],
    odd: &'static [&'static str],
) -> impl Strategy<Value = String> {
    prop_oneof![25 => pick(usual), 1 => pick(odd)]
}

#[derive(Clone, Debug)]
enum G {
    Plain(String),
    Double(String),
    Single(String),
    Flow(Vec<String>, bool),
    Block(String, Vec<String>),
    Map(Vec<(String, G)>),
    Seq(Vec<G>),
}

fn pick(pool: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(pool).prop_map(str::to_owned)
}

fn scalar() -> impl Strategy<Value = G> {
    prop_oneof![
        4 => mostly(PLAIN, PLAIN_ODD).prop_map(G::Plain),
        2 => prop::collection::vec(mostly(DQ_PIECES, DQ_ODD), 0..5)
            .prop_map(|p| G::Double(p.concat())),
        1 => prop::collection::vec(pick(SQ_PIECES), 0..5).prop_map(|p| G::Single(p.concat())),
        1 => (
            prop::collection::vec(
                prop_oneof![
                    mostly(PLAIN, PLAIN_ODD),
                    pick(DQ_PIECES).prop_map(|p| format!("\"{p}\""))
                ],
                0..4
            ),
            prop::bool::weighted(0.1),
        )
            .prop_map(|(items, trailing)| G::Flow(items, trailing)),
        2 => (
            mostly(BLOCK_HEADERS, BLOCK_HEADERS_ODD),
            prop::collection::vec(mostly(BLOCK_LINES, BLOCK_LINES_ODD), 0..5)
        )
            .prop_map(|(h, lines)| G::Block(h, lines)),
    ]
}

fn tree() -> impl Strategy<Value = G> {
    scalar().prop_recursive(3, 24, 5, |inner| {
        prop_oneof![
            prop::collection::vec((mostly(KEYS, KEYS_ODD), inner.clone()), 0..5).prop_map(G::Map),
            prop::collection::vec(inner, 0..5).prop_map(G::Seq),
        ]
    })
}

/// Writes `g` as the value after `key:` or `- ` at column `indent`.
fn render(g: &G, indent: usize, step: usize, out: &mut String, same_column_seq: bool) {
    let pad = |n: usize| " ".repeat(n);
    match g {
        G::Plain(s) => {
            out.push(' ');
            out.push_str(s);
            out.push('\n');
        }
        G::Double(s) => out.push_str(&format!(" \"{s}\"\n")),
        G::Single(s) => out.push_str(&format!(" '{s}'\n")),
        G::Flow(items, trailing) => {
            let comma = if *trailing && !items.is_empty() {
                ","
            } else {
                ""
            };
            out.push_str(&format!(" [{}{comma}]\n", items.join(", ")));
        }
        G::Block(header, lines) => {
            out.push_str(&format!(" {header}\n"));
            for l in lines {
                if l.is_empty() {
                    out.push('\n');
                } else {
                    out.push_str(&format!("{}{l}\n", pad(indent + step)));
                }
            }
        }
        G::Map(entries) if entries.is_empty() => out.push_str(" {}\n"),
        G::Seq(items) if items.is_empty() => out.push_str(" []\n"),
        G::Map(entries) => {
            out.push('\n');
            for (k, v) in entries {
                out.push_str(&format!("{}{k}:", pad(indent + step)));
                render(v, indent + step, step, out, true);
            }
        }
        G::Seq(items) => {
            out.push('\n');
            let column = if same_column_seq {
                indent
            } else {
                indent + step
            };
            for item in items {
                out.push_str(&format!("{}-", pad(column)));
                match item {
                    // The compact form: `- key: value` with the rest below.
                    G::Map(entries) if !entries.is_empty() => {
                        let (k, v) = &entries[0];
                        out.push_str(&format!(" {k}:"));
                        render(v, column + 2, step, out, true);
                        for (k, v) in &entries[1..] {
                            out.push_str(&format!("{}{k}:", pad(column + 2)));
                            render(v, column + 2, step, out, true);
                        }
                    }
                    _ => render(item, column, step, out, false),
                }
            }
        }
    }
}

fn document() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((mostly(KEYS, KEYS_ODD), tree()), 1..6),
        1usize..=4,
        prop::bool::ANY,
        prop_oneof![
            3 => Just(Vec::new()),
            1 => prop::collection::vec(
                (
                    any::<prop::sample::Index>(),
                    prop::sample::select(&[
                        " ", "\t", ":", "#", "-", "'", "\"", "\n", "[", "]", "{", "&", "\u{85}",
                        "\r", " #x", ": ", "\n  ", "---\n",
                    ][..]),
                ),
                1..3,
            ),
        ],
    )
        .prop_map(|(entries, step, same_column, edits)| {
            let mut out = String::from("# generated\n");
            for (k, v) in &entries {
                out.push_str(&format!("{k}:"));
                render(v, 0, step, &mut out, same_column);
            }
            for (at, piece) in edits {
                let mut i = at.index(out.len() + 1);
                while !out.is_char_boundary(i) {
                    i -= 1;
                }
                out.insert_str(i, piece);
            }
            out
        })
}

/// Briefing-shaped text: a synthetic briefing with some values replaced.
fn briefing_document() -> impl Strategy<Value = String> {
    let base = brief::synth::corpus(3, 5);
    (
        0..base.len(),
        prop::collection::vec(
            (
                any::<prop::sample::Index>(),
                prop_oneof![
                    mostly(PLAIN, PLAIN_ODD),
                    pick(DQ_PIECES).prop_map(|p| format!("\"{p}\"")),
                    pick(SQ_PIECES).prop_map(|p| format!("'{p}'")),
                ],
            ),
            1..6,
        ),
    )
        .prop_map(move |(which, edits)| {
            let mut lines: Vec<String> = base[which].1.lines().map(str::to_owned).collect();
            for (at, value) in edits {
                let i = at.index(lines.len());
                if let Some(colon) = lines[i].find(": ") {
                    lines[i] = format!("{}: {value}", &lines[i][..colon]);
                }
            }
            lines.join("\n") + "\n"
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn generated_yaml_reads_the_same(text in document()) {
        if let Err(e) = agree_on_value(&text) {
            prop_assert!(false, "{e}\n--- text ---\n{text}");
        }
    }

    #[test]
    fn altered_briefings_read_the_same(text in briefing_document()) {
        if let Err(e) = agree_on_briefing(&text) {
            prop_assert!(false, "{e}\n--- text ---\n{text}");
        }
    }
}

/// The agreement above would hold trivially for a reader that always gave
/// up: count how much of the generated text it really reads.
#[test]
fn the_fast_reader_accepts_a_fair_share_of_generated_yaml() {
    let mut runner = TestRunner::deterministic();
    let (mut accepted, mut total) = (0, 0);
    for _ in 0..1000 {
        let text = document()
            .new_tree(&mut runner)
            .expect("a document")
            .current();
        total += 1;
        if agree_on_value(&text).expect("agreement").is_some() {
            accepted += 1;
        }
    }
    assert!(
        accepted * 5 >= total,
        "the fast reader read only {accepted} of {total} generated documents"
    );
}
