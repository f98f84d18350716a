//! Property tests of the loader: no input makes it panic, and no string that
//! comes out of it can drive a terminal.

use std::path::Path;

use brief::load::{load_file, load_str};
use brief::model::{Briefing, is_clean};
use proptest::prelude::*;

/// Every string in a loaded briefing, keys included.
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

fn assert_clean(b: &Briefing) {
    let mut all = Vec::new();
    strings(&serde_json::to_value(b).unwrap(), &mut all);
    for s in all {
        assert!(is_clean(&s), "not clean: {s:?}");
    }
}

const KEYS: &[&str] = &[
    "format",
    "id",
    "title",
    "date",
    "source",
    "tags",
    "summary",
    "people",
    "timeline",
    "key_points",
    "financial_risks",
    "publisher",
    "language",
    "file",
    "name",
    "aliases",
    "org",
    "role",
    "bio",
    "kind",
    "person",
    "when",
    "succeeds",
    "note",
    "ref",
    "text",
    "amount",
    "currency",
    "bound",
    "period",
    "severity",
    "key_point",
    "<<",
];

/// Pieces of scalars: words, values of the format, and what hostile text
/// carries (controls, escapes, brackets, anchors, aliases, comments).
const PIECES: &[&str] = &[
    "Ana Ruiz",
    "ana-ruiz",
    "1",
    "2",
    "2024",
    "2024-02-30",
    "2024-05",
    "5B",
    "7 bn",
    "USD",
    "up_to",
    "departure",
    "loss",
    "high",
    "é",
    "\u{202e}",
    "\u{2066}",
    "\t",
    "\u{1b}",
    "\u{9b}",
    "\u{7f}",
    "\r",
    "\u{0}",
    "[",
    "]",
    "{",
    "}",
    ",",
    ": ",
    "- ",
    "#",
    "&a ",
    "*a",
    "!!str ",
    "\"",
    "'",
    "|",
    ">-",
    "---",
    "\n",
    "  ",
];

/// Escapes that put controls into a double-quoted scalar, where YAML
/// allows them.
const ESCAPES: &[&str] = &[
    "\\e[31m",
    "\\e]52;c;aGk=\\a",
    "\\x9b2J",
    "\\u202e",
    "\\t",
    "\\r\\n",
    "\\x07",
    "\\u0085",
    "\\x00",
    "\\x7f",
    "text",
    " ",
    "Léa",
];

fn scalar() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(PIECES), 0..6).prop_map(|p| p.concat()),
        prop::collection::vec(prop::sample::select(ESCAPES), 0..6)
            .prop_map(|p| format!("\"{}\"", p.concat())),
        prop::collection::vec(prop::sample::select(ESCAPES), 0..4)
            .prop_map(|p| format!("[\"{}\", x]", p.concat())),
        any::<String>(),
    ]
}

/// A line of YAML-like text: indentation, maybe a list dash, a key of the
/// format (or not) and a scalar.
fn line() -> impl Strategy<Value = String> {
    (
        0usize..4,
        any::<bool>(),
        prop::sample::select(KEYS),
        scalar(),
    )
        .prop_map(|(indent, dash, key, value)| {
            let dash = if dash { "- " } else { "" };
            format!("{}{dash}{key}: {value}", "  ".repeat(indent))
        })
}

/// A briefing that is valid apart from its scalars, which are hostile:
/// most of these load, so their text is checked.
fn near_valid() -> impl Strategy<Value = String> {
    let quoted = || {
        prop::collection::vec(prop::sample::select(ESCAPES), 1..6)
            .prop_map(|p| format!("\"x{}\"", p.concat()))
    };
    (quoted(), quoted(), quoted(), quoted(), quoted(), quoted()).prop_map(
        |(title, summary, name, note, kp, risk)| {
            format!(
                "format: 1\ntitle: {title}\nsummary: {summary}\ntags: [{kp}, {risk}]\n\
                 people:\n  - name: {name}\n    id: p\n    bio: {note}\n    aliases: [{kp}]\n\
                 timeline:\n  - kind: role\n    person: p\n    note: {note}\n    role: {title}\n\
                 key_points:\n  - title: {kp}\n    text: {summary}\n    people: [p]\n\
                 financial_risks:\n  - title: {risk}\n    kind: cost\n    text: {note}\n    period: {risk}\n"
            )
        },
    )
}

fn yaml_like() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(line(), 0..12).prop_map(|lines| lines.join("\n")),
        prop::collection::vec(line(), 0..8)
            .prop_map(|lines| format!("format: 1\ntitle: T\n{}", lines.join("\n"))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..1024)) {
        let text = String::from_utf8_lossy(&bytes);
        let (b, _) = load_str(Path::new("any.yaml"), &text);
        if let Some(b) = b {
            assert_clean(&b);
        }
    }

    #[test]
    fn yaml_like_text_never_panics_and_loads_clean(text in yaml_like()) {
        let (b, diagnostics) = load_str(Path::new("any.yaml"), &text);
        if let Some(b) = b {
            assert_clean(&b);
        }
        for d in diagnostics {
            prop_assert!(is_clean(&d.to_string()), "{:?}", d.message);
        }
    }

    #[test]
    fn hostile_scalars_load_clean(text in near_valid()) {
        let (b, diagnostics) = load_str(Path::new("hostile.yaml"), &text);
        prop_assert!(b.is_some(), "{text}\n{diagnostics:#?}");
        if let Some(b) = b {
            assert_clean(&b);
        }
    }
}

proptest! {
    // Each case writes a file, so fewer of them.
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_files_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..1024)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("any.yaml");
        std::fs::write(&path, &bytes).unwrap();
        let (b, _) = load_file(&path);
        if let Some(b) = b {
            assert_clean(&b);
        }
    }
}
