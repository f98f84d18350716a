//! `brief draft`: the drafts of the test articles load clean, and score
//! against hand-made briefings.
//!
//! Scores are precision and recall of four things: people (by name), moves
//! (kind and person), succession pairs, and money figures (amount, currency,
//! bound). Run with `cargo test --test draft -- --nocapture` to see them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use brief::draft::{LangChoice, draft};
use brief::model::{Briefing, fold};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/draft")
}

/// Loads YAML with the project's loader; panics with its diagnostics.
fn load(path: &Path, text: &str) -> Briefing {
    let (b, diags) = brief::load::load_str(path, text);
    let errors: Vec<String> = diags
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    match b {
        Some(b) if errors.is_empty() => b,
        _ => panic!(
            "{} does not load:\n{}\n---\n{text}",
            path.display(),
            errors.join("\n")
        ),
    }
}

#[derive(Clone, Copy, Debug, Default)]
struct Pr {
    hits: usize,
    drafted: usize,
    expected: usize,
}

impl Pr {
    fn precision(&self) -> f64 {
        if self.drafted == 0 {
            if self.expected == 0 { 1.0 } else { 0.0 }
        } else {
            self.hits as f64 / self.drafted as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.hits as f64 / self.expected as f64
        }
    }
}

#[derive(Debug)]
struct Score {
    people: Pr,
    moves: Pr,
    successions: Pr,
    money: Pr,
    misses: Vec<String>,
}

impl Score {
    fn all(&self) -> [(&'static str, Pr); 4] {
        [
            ("people", self.people),
            ("moves", self.moves),
            ("succession", self.successions),
            ("money", self.money),
        ]
    }

    fn line(&self, name: &str) -> String {
        let cells: Vec<String> = self
            .all()
            .iter()
            .map(|(what, pr)| {
                format!(
                    "{what} P {:.2} R {:.2} ({}/{}/{})",
                    pr.precision(),
                    pr.recall(),
                    pr.hits,
                    pr.drafted,
                    pr.expected
                )
            })
            .collect();
        format!("{name:<28} {}", cells.join(" | "))
    }
}

/// Compares two sets of keys.
fn compare<T: PartialEq + std::fmt::Debug>(
    drafted: &[T],
    expected: &[T],
    what: &str,
    misses: &mut Vec<String>,
) -> Pr {
    let mut d: Vec<&T> = Vec::new();
    for x in drafted {
        if !d.contains(&x) {
            d.push(x);
        }
    }
    let mut e: Vec<&T> = Vec::new();
    for x in expected {
        if !e.contains(&x) {
            e.push(x);
        }
    }
    let hits = d.iter().filter(|x| e.contains(x)).count();
    for x in &d {
        if !e.contains(x) {
            misses.push(format!("{what}: extra {x:?}"));
        }
    }
    for x in &e {
        if !d.contains(x) {
            misses.push(format!("{what}: missed {x:?}"));
        }
    }
    Pr {
        hits,
        drafted: d.len(),
        expected: e.len(),
    }
}

/// Scores a draft against the expected briefing (both loaded).
fn score(drafted: &Briefing, expected: &Briefing) -> Score {
    // a person's key: the expected person's folded name when the drafted
    // name is that name or one of its aliases
    let mut canon: HashMap<String, String> = HashMap::new();
    for p in &expected.people {
        let key = fold(&p.name);
        canon.insert(key.clone(), key.clone());
        for a in &p.aliases {
            canon.insert(fold(a), key.clone());
        }
    }
    let key = |name: &str| {
        let f = fold(name);
        canon.get(&f).cloned().unwrap_or(f)
    };
    let by_id = |b: &Briefing| -> HashMap<String, String> {
        b.people
            .iter()
            .map(|p| (p.id.clone(), key(&p.name)))
            .collect()
    };
    let (did, eid) = (by_id(drafted), by_id(expected));
    let name_of =
        |ids: &HashMap<String, String>, r: &str| ids.get(r).cloned().unwrap_or_else(|| key(r));
    let mut misses = Vec::new();
    let people = compare(
        &drafted
            .people
            .iter()
            .map(|p| key(&p.name))
            .collect::<Vec<_>>(),
        &expected
            .people
            .iter()
            .map(|p| key(&p.name))
            .collect::<Vec<_>>(),
        "person",
        &mut misses,
    );
    let moves_of = |b: &Briefing, ids: &HashMap<String, String>| -> Vec<(String, String)> {
        b.timeline
            .iter()
            .map(|e| (e.kind.name().to_string(), name_of(ids, &e.person)))
            .collect()
    };
    let moves = compare(
        &moves_of(drafted, &did),
        &moves_of(expected, &eid),
        "move",
        &mut misses,
    );
    let pairs_of = |b: &Briefing, ids: &HashMap<String, String>| -> Vec<(String, String)> {
        b.timeline
            .iter()
            .filter_map(|e| {
                e.succeeds
                    .as_ref()
                    .map(|s| (name_of(ids, &e.person), name_of(ids, s)))
            })
            .collect()
    };
    let successions = compare(
        &pairs_of(drafted, &did),
        &pairs_of(expected, &eid),
        "succession",
        &mut misses,
    );
    let money_of = |b: &Briefing| -> Vec<(String, String, String)> {
        b.financial_risks
            .iter()
            .filter_map(|r| {
                let a = r.amount?;
                Some((
                    format!("{:.6e}", a.value()),
                    r.currency.as_deref().unwrap_or("").to_string(),
                    format!("{:?}", r.bound),
                ))
            })
            .collect()
    };
    let money = compare(
        &money_of(drafted),
        &money_of(expected),
        "money",
        &mut misses,
    );
    Score {
        people,
        moves,
        successions,
        money,
        misses,
    }
}

/// Drafts `NAME.txt` and scores it against `NAME.yaml`.
fn score_fixture(name: &str) -> (Score, String) {
    let dir = fixtures();
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("article");
    let expected_text =
        std::fs::read_to_string(dir.join(format!("{name}.yaml"))).expect("expected briefing");
    let expected = load(&dir.join(format!("{name}.yaml")), &expected_text);
    let d = draft(&text, LangChoice::Auto).expect("draft");
    let drafted = load(&dir.join(format!("{name}.draft.yaml")), &d.yaml);
    (score(&drafted, &expected), d.yaml)
}

fn report(name: &str, s: &Score) {
    println!("{}", s.line(name));
    for m in &s.misses {
        println!("    {m}");
    }
}

/// Articles the rules were written against. The last four were first
/// scored as held-out articles (see docs/draft.md for those first scores),
/// then the rules were fixed on them, so they count as tuned now.
const TUNED: &[&str] = &[
    "fr-vantel",
    "fr-maisons-lorin",
    "fr-banque-arvor",
    "en-brightwell",
    "en-harrow",
    "en-kestrel",
    "fr-cimental",
    "fr-novalis",
    "en-ferrocorp",
    "en-lumio",
];

/// Articles written after the rules were done and scored as they came.
/// The floors are what the rules reach now (precision, recall for people,
/// moves, succession, money), not the targets; docs/draft.md gives each
/// article's first score and what happened to the rules afterwards.
const HELD_OUT: &[(&str, [f64; 8])] = &[
    // first scored blind (moves R 0.40, successions 0 of 2: "Sandrine" is
    // not in the given-name list, the successor is "cette ingénieure", the
    // interim is "son intérim sera assuré par"); the rules were then
    // improved with it in view (issue #7), so it is a development article
    ("fr-blind-aerolis", [1.0; 8]),
    // blind, 1.00 at its first run; in view during issue #7
    ("en-blind-corvid", [1.0; 8]),
    // written for issue #7 before the rules changed and not tuned on;
    // their misses were seen, so the scores after the change flatter them
    // moves precision 1.0 → 0.83 in round 18 (here and in quillon): a
    // chief of operations chosen as chief executive ("Apolline Kerbrat,
    // 47 ans, jusqu'ici directrice des opérations du groupe", "Yusra
    // Al-Hamdani, head of the group's Asian terminals, has been promoted")
    // now leaves the old post, as the later sets' extracts have it; these
    // two early extracts leave that departure out
    (
        "fr-blind2-ostrelia",
        [1.0, 1.0, 0.83, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    // the deputy promoted and then replaced ("Il sera remplacé … par") was
    // given an inferred departure (moves P 0.86) until the third round of
    // issue #7, which was developed with this article in view
    ("fr-blind2-nexaltis", [1.0; 8]),
    (
        "en-blind2-quillon",
        [1.0, 1.0, 0.83, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    ("en-blind2-brenwick", [1.0; 8]),
    // written after the second round of issue #7 and scored once (people R
    // 0.83/0.75, moves R 0.60/0.67, successions R 0.50/0.00); the third
    // round was developed with them in view, so they are development
    // articles now
    ("fr-blind3-calvane", [1.0; 8]),
    ("en-blind3-tarrowgate", [1.0; 8]),
    // written before the third round of issue #7 changed any rule and
    // scored once when it was done (ferlane: moves R 0.75, successions 0 of
    // 3; quenby: people and moves P 0.88, successions R 0.50, money
    // 0.75/0.86). The fourth round was developed on their misses ("confié
    // la direction financière à X", "l'intérim sera assuré par son adjoint,
    // X", "Son successeur, X", "handing the top job to X", "Halvard
    // Biologics", a range of two whole figures), so they are development
    // articles now
    ("fr-blind4-ferlane", [1.0; 8]),
    ("en-blind4-quenby", [1.0; 8]),
    // written by helpers that had not seen the rules (blind5 before the
    // fourth round, blind6 during it); first scores in docs/draft.md. The
    // fourth round (blind5) and the fifth (blind6) were then developed with
    // their misses in view, so they are development articles now. The
    // floors are the scores after the fifth round, rounded down.
    ("fr-blind5-ternavel", [1.0; 8]),
    (
        "fr-blind5-orvalis",
        [1.0, 1.0, 1.0, 0.87, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind5-sorelhac",
        [1.0, 1.0, 1.0, 0.87, 1.0, 1.0, 1.0, 1.0],
    ),
    ("en-blind5-brackwater", [1.0; 8]),
    ("en-blind5-meridane", [1.0; 8]),
    ("en-blind5-aurelle", [1.0; 8]),
    ("fr-blind6-orvanne", [1.0; 8]),
    ("fr-blind6-thalassor", [1.0; 8]),
    (
        "fr-blind6-brunelac",
        [1.0, 1.0, 1.0, 0.85, 1.0, 1.0, 1.0, 1.0],
    ),
    ("en-blind6-carrowmere", [1.0; 8]),
    ("en-blind6-ondurra", [1.0; 8]),
    (
        "en-blind6-veridane",
        [1.0, 0.87, 1.0, 0.87, 1.0, 1.0, 1.0, 1.0],
    ),
    // written by a helper that had not seen the rules, while the fifth
    // round was under way; scored once when its rules were done (first
    // scores in docs/draft.md). Their briefings then lost the role events
    // of quoted analysts, which no other fixture has (the helper had been
    // asked for them); the floors are the scores after that, rounded down,
    // with no rule changed (the honest measure of the fifth round)
    (
        "fr-blind7-brivaline",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind7-cendrane",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind7-ostralis",
        [1.0, 1.0, 1.0, 1.0, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "en-blind7-quillmarsh",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    ("en-blind7-tarnwick", [1.0; 8]),
    (
        "en-blind7-halvern",
        [1.0, 1.0, 1.0, 1.0, 1.0, 0.66, 1.0, 1.0],
    ),
    // written by a helper that had not seen the rules, while the sixth
    // round was under way; scored once when its rules were done (first
    // scores in docs/draft.md). Their briefings then lost the role events
    // of quoted analysts, as blind7's did; the floors are the scores after
    // that, rounded down, with no rule changed (the honest measure of the
    // sixth round)
    (
        "fr-blind8-gravelle",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind8-montclarys",
        [1.0, 1.0, 1.0, 0.9, 1.0, 0.8, 1.0, 1.0],
    ),
    (
        "fr-blind8-solveane",
        [1.0, 1.0, 1.0, 0.87, 1.0, 0.33, 1.0, 1.0],
    ),
    (
        "en-blind8-velmora",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind8-quillfen",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind8-ardentis",
        [1.0, 0.87, 1.0, 1.0, 1.0, 0.66, 1.0, 1.0],
    ),
    // written by a helper that had not seen the rules, while the seventh
    // round was under way, with outsiders' role events left out of its
    // brief; scored once when the rules were done (the honest measure of
    // the seventh round; first scores and misses in docs/draft.md). The
    // eighth and ninth rounds were developed with their misses in view, so
    // they are development articles now; floors after the ninth round
    (
        "fr-blind9-veloria",
        [1.0, 1.0, 1.0, 0.77, 1.0, 0.75, 1.0, 1.0],
    ),
    (
        "fr-blind9-calvarin",
        [1.0, 0.9, 0.88, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind9-ostralis",
        [1.0, 1.0, 1.0, 0.88, 1.0, 0.2, 1.0, 1.0],
    ),
    (
        "en-blind9-harrowgate",
        [1.0, 0.88, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind9-quenmoor",
        [1.0, 1.0, 1.0, 1.0, 1.0, 0.66, 0.83, 0.83],
    ),
    (
        "en-blind9-kestrelline",
        [1.0, 1.0, 1.0, 1.0, 1.0, 0.5, 1.0, 1.0],
    ),
    // written by a helper that had not seen the rules, while the eighth
    // round was under way (same brief as blind9); scored once when the
    // rules were done (first scores in docs/draft.md). The ninth round was
    // developed on their misses: development articles now, floors after it
    (
        "fr-blind10-valmorel",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind10-oleandre",
        [1.0, 1.0, 1.0, 1.0, 1.0, 0.66, 0.83, 0.83],
    ),
    (
        "fr-blind10-maubert",
        [1.0, 1.0, 0.87, 1.0, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "en-blind10-harrowgate",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind10-kestrelwind",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind10-bramblecourt",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    // a second measure of the eighth round's rules: written by another
    // helper under the blind10 brief after the round was done, scored once
    // (docs/draft.md). The ninth round was developed on their misses:
    // development articles now, floors after it
    (
        "fr-blind11-valdoria",
        [1.0, 1.0, 0.87, 0.7, 1.0, 0.75, 1.0, 1.0],
    ),
    (
        "fr-blind11-ostrelis",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind11-kerlann",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind11-harrowgate",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind11-tessaly",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind11-aokawa",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    // the ninth round's measure: written by another helper under the
    // blind10 brief while the round was developed on blind9–11, scored
    // once (first scores in docs/draft.md). The tenth round was developed
    // on their misses: development articles now, floors after it
    (
        "fr-blind12-corvaline",
        [1.0, 1.0, 1.0, 1.0, 1.0, 0.75, 1.0, 1.0],
    ),
    (
        "fr-blind12-aubrelle",
        [1.0, 1.0, 0.88, 0.88, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "fr-blind12-serventis",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind12-pellbrook",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind12-norhaven",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind12-castrelle",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    // the tenth round's measure: written by another helper under the same
    // brief while the round was developed on blind12 (the role events it
    // gave people who also move were removed before scoring, as every
    // fixture has them); scored once (first scores in docs/draft.md). The
    // eleventh and twelfth rounds were developed on their misses: floors
    // after the twelfth
    (
        "fr-blind13-serpolet",
        [1.0, 1.0, 1.0, 1.0, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "fr-blind13-vaudrelle",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    // moves precision 0.89 → 0.80 in round 18: "échoira à Julien Ekwueme,
    // actuellement directeur régional Bretagne" now drafts his departure
    // from the regional post, which the expected extract leaves out
    (
        "fr-blind13-aiguebrune",
        [1.0, 1.0, 0.8, 0.88, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind13-fenwhistle",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind13-marlowick",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind13-stonebarrow",
        [1.0, 0.9, 1.0, 0.87, 1.0, 0.75, 1.0, 1.0],
    ),
    // the eleventh round's measure: written by another helper under the
    // same brief while the round was developed on blind13, scored once
    // (first scores in docs/draft.md). The twelfth round was developed on
    // their misses: floors after it
    (
        "fr-blind14-dravenne",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind14-solmarin",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind14-pertuisel",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind14-brackenfold",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind14-lindqvale",
        [1.0, 1.0, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind14-tormount",
        [1.0, 1.0, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0],
    ), // the twelfth round's measure: written by another helper under the
    // same brief while the round was developed on blind14, scored once,
    // no rule changed since; floors at those first scores, rounded down
    (
        "fr-blind15-jorasse",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind15-meuseval",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind15-ivorial",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    // moves precision 0.88 → 0.78 in round 18: "passes on an interim
    // basis to Priya Venkataraman, until now vice president of financial
    // planning" now drafts her departure from that post, which the
    // expected extract leaves out
    (
        "en-blind15-saltmarsh",
        [1.0, 1.0, 0.77, 1.0, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "en-blind15-kilbrannan",
        [1.0, 1.0, 1.0, 1.0, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "en-blind15-halcyra",
        [1.0, 1.0, 0.83, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    // the thirteenth round's measure: written by another helper under the
    // same brief while the round was developed on blind15, scored once
    // (first scores in docs/draft.md). The fourteenth round was developed
    // on their misses: floors after it
    (
        "fr-blind16-kervadec",
        [1.0, 0.9, 0.87, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind16-verchemont",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind16-atlanor",
        [1.0, 1.0, 0.77, 1.0, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "en-blind16-glenbrathie",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind16-karoolink",
        [1.0, 0.9, 1.0, 1.0, 1.0, 1.0, 0.85, 1.0],
    ),
    (
        "en-blind16-quarrydon",
        [1.0, 1.0, 1.0, 1.0, 1.0, 0.5, 1.0, 1.0],
    ),
    // the fourteenth round's measure: written by another helper under the
    // same brief while the round was developed on blind16, scored once
    // (first scores in docs/draft.md). The fifteenth and sixteenth rounds
    // were developed on its misses: floors after the seventeenth
    (
        "fr-blind17-lavandrel",
        [1.0, 1.0, 1.0, 1.0, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "fr-blind17-montsorbier",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind17-baobric",
        [1.0, 1.0, 0.8, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind17-vossberg",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind17-wharekoa",
        [1.0, 1.0, 0.87, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind17-penhallow",
        [1.0, 1.0, 1.0, 0.9, 1.0, 1.0, 1.0, 1.0],
    ),
    // the fifteenth round's measure: written by another helper under the
    // same brief while the round was developed on blind17, scored once
    // (first scores in docs/draft.md). The sixteenth round was developed
    // on the misses of blind17 and blind18: floors after the seventeenth
    (
        "fr-blind18-ravenoux",
        [1.0, 1.0, 0.85, 0.85, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "fr-blind18-moncrival",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind18-saguenor",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind18-fjellmark",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind18-jarawe",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind18-pemberlin",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ), // the sixteenth round's measure: written by another helper under the
    // same brief while the round was developed on blind17 and blind18,
    // scored once, no rule changed since; floors at those first scores,
    // rounded down
    (
        "fr-blind19-grandsonnex",
        [1.0, 1.0, 0.85, 0.85, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind19-havrelac",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind19-koriba",
        [1.0, 0.88, 1.0, 0.88, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind19-abeokun",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind19-dunmorra",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind19-kaveriline",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    // the seventeenth round's measure: written by another helper under
    // the same brief while the round was developed on blind19, scored once
    // (first scores in docs/draft.md); a date and currency fix made after
    // (French "mai", the place after a "Publié le" line): floors after it
    (
        "fr-blind20-montavel",
        [1.0, 1.0, 1.0, 0.87, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind20-pruchier",
        [1.0, 1.0, 1.0, 0.75, 1.0, 1.0, 1.0, 1.0],
    ),
    // moves recall 1.0 → 0.83 in round 18: "Mariam Diabaté, jusqu'ici
    // administratrice indépendante", made chair, keeps her board seat by
    // the rules (seven other extracts agree), the extract gives her a
    // departure from it
    (
        "fr-blind20-sanwiya",
        [1.0, 1.0, 1.0, 0.83, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind20-osunbay",
        [1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 1.0, 1.0],
    ),
    (
        "en-blind20-vishtara",
        [1.0, 1.0, 1.0, 0.71, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind20-whinmoor",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    // the eighteenth round's sets: blind21 was scored once as it came
    // (first scores in docs/draft.md), then the round was developed on it
    (
        "fr-blind21-djolima",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind21-eglantis",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind21-galvere",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind21-bluekloof",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind21-dalgarno",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind21-harithra",
        [1.0, 1.0, 1.0, 0.81, 1.0, 1.0, 1.0, 1.0],
    ),
    // the eighteenth round's measure: written by another helper under
    // the same brief while the round was developed on blind21, scored once
    // (first scores in docs/draft.md), then the rules were fixed on it too,
    // so it is a development set now
    (
        "fr-blind22-maskinor",
        [1.0, 1.0, 0.77, 1.0, 1.0, 1.0, 0.91, 1.0],
    ),
    (
        "fr-blind22-pontaubert",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind22-yenkora",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind22-quaybridge",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind22-sarvodhan",
        [1.0, 1.0, 1.0, 0.9, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind22-tsurugawa",
        [1.0, 1.0, 1.0, 0.9, 1.0, 1.0, 1.0, 1.0],
    ),
    // after the eighteenth round: blind23, scored once as it came (first
    // scores in docs/draft.md); the nineteenth round was developed on it
    // and on blind24, which are development sets now
    (
        "fr-blind23-ecublin",
        [1.0, 1.0, 0.85, 0.66, 1.0, 0.75, 1.0, 1.0],
    ),
    (
        "fr-blind23-fontclaret",
        [1.0, 1.0, 0.88, 0.8, 0.75, 0.75, 1.0, 1.0],
    ),
    (
        "fr-blind23-lagunor",
        [1.0, 1.0, 1.0, 0.88, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind23-grantholm",
        [1.0, 1.0, 1.0, 0.8, 1.0, 0.75, 1.0, 1.0],
    ),
    (
        "en-blind23-jivantra",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind23-kwelani",
        [1.0, 1.0, 0.85, 0.66, 1.0, 1.0, 1.0, 1.0],
    ),
    // blind24, written at the same time as blind23 by another helper,
    // scored once as it came
    (
        "fr-blind24-nyamako",
        [1.0, 1.0, 1.0, 0.9, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind24-roubiac",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind24-sarlenque",
        [1.0, 1.0, 1.0, 0.75, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "en-blind24-marrowdene",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind24-pallisound",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind24-thornquay",
        [1.0, 1.0, 1.0, 0.88, 1.0, 1.0, 1.0, 1.0],
    ),
    // after the nineteenth round: blind25 and blind26, written by two
    // helpers at the same time, each scored once as it came (first scores
    // in docs/draft.md); the CFA franc of Central Africa and three "up to"
    // forms were then fixed on them
    (
        "fr-blind25-bexanne",
        [1.0, 1.0, 1.0, 0.88, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "fr-blind25-dakoura",
        [1.0, 1.0, 0.9, 1.0, 1.0, 0.5, 1.0, 1.0],
    ),
    (
        "fr-blind25-escalmont",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind25-akebira",
        [1.0, 1.0, 1.0, 0.9, 1.0, 0.75, 1.0, 1.0],
    ),
    (
        "en-blind25-dhanvira",
        [1.0, 1.0, 0.87, 0.77, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind25-hollisford",
        [1.0, 1.0, 1.0, 0.77, 0.66, 0.66, 1.0, 1.0],
    ),
    (
        "fr-blind26-vernassol",
        [1.0, 1.0, 0.87, 0.87, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "fr-blind26-wouribel",
        [1.0, 1.0, 0.9, 1.0, 1.0, 1.0, 0.87, 0.87],
    ),
    (
        "fr-blind26-zurlinden",
        [1.0, 1.0, 0.85, 0.85, 1.0, 1.0, 0.8, 0.88],
    ),
    (
        "en-blind26-quintrel",
        [1.0, 1.0, 1.0, 0.72, 1.0, 0.5, 1.0, 1.0],
    ),
    (
        "en-blind26-rasvanta",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind26-takemori",
        [1.0, 1.0, 1.0, 0.5, 1.0, 0.5, 1.0, 1.0],
    ),
    // session 17: blind27 and blind28, written by two helpers at the same
    // time, each scored once as it came (first scores in docs/draft.md)
    (
        "fr-blind27-argelys",
        [1.0, 1.0, 0.9, 0.9, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind27-doumbara",
        [1.0, 1.0, 1.0, 0.77, 0.66, 0.66, 1.0, 1.0],
    ),
    (
        "fr-blind27-lacustra",
        [1.0, 1.0, 0.88, 1.0, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "en-blind27-fallowmere",
        [1.0, 1.0, 1.0, 0.81, 1.0, 1.0, 0.91, 0.91],
    ),
    (
        "en-blind27-hemadri",
        [0.9, 1.0, 1.0, 0.81, 1.0, 0.75, 1.0, 1.0],
    ),
    (
        "en-blind27-kanemura",
        [1.0, 0.88, 1.0, 0.77, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "fr-blind28-morvellec",
        [1.0, 1.0, 0.87, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind28-sahelys",
        [1.0, 1.0, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind28-valsorin",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind28-ruthvane",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind28-tarangpay",
        [1.0, 1.0, 1.0, 0.77, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind28-umezono",
        [1.0, 1.0, 0.8, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    // blind29, written during round 20 and scored once as it came
    (
        "fr-blind29-cressolle",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind29-givrenne",
        [1.0, 1.0, 1.0, 1.0, 1.0, 0.75, 1.0, 1.0],
    ),
    (
        "fr-blind29-kandissa",
        [1.0, 1.0, 1.0, 1.0, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "en-blind29-birchmont",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind29-ekwenzi",
        [1.0, 1.0, 1.0, 0.88, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind29-kashiwara",
        [1.0, 1.0, 0.87, 0.77, 1.0, 0.66, 1.0, 1.0],
    ),
    // blind30, written during round 20 by another helper, scored once as
    // it came
    (
        "fr-blind30-nacrelle",
        [1.0, 1.0, 0.88, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind30-pinaclair",
        [1.0, 1.0, 1.0, 0.83, 1.0, 0.5, 1.0, 1.0],
    ),
    (
        "fr-blind30-sankoro",
        [1.0, 1.0, 1.0, 0.8, 1.0, 0.66, 1.0, 1.0],
    ),
    (
        "en-blind30-rookwell",
        [1.0, 1.0, 1.0, 0.77, 0.66, 0.66, 1.0, 1.0],
    ),
    (
        "en-blind30-shiranoe",
        [1.0, 1.0, 0.77, 0.63, 1.0, 0.75, 1.0, 1.0],
    ),
    (
        "en-blind30-thabani",
        [1.0, 1.0, 1.0, 0.7, 1.0, 0.66, 1.0, 1.0],
    ),
    // blind32, written at the end of round 20, scored once as it came
    (
        "fr-blind32-mabouka",
        [1.0, 1.0, 0.81, 0.81, 0.5, 0.5, 0.87, 0.87],
    ),
    (
        "fr-blind32-rhodanet",
        [1.0, 1.0, 0.8, 0.8, 1.0, 0.75, 1.0, 1.0],
    ),
    (
        "fr-blind32-tanaverre",
        [1.0, 1.0, 1.0, 0.9, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind32-mizukura",
        [1.0, 1.0, 0.88, 0.8, 1.0, 0.5, 1.0, 1.0],
    ),
    (
        "en-blind32-rietvaal",
        [1.0, 1.0, 1.0, 0.91, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind32-wendlecroft",
        [1.0, 1.0, 0.87, 0.7, 0.66, 0.5, 1.0, 1.0],
    ),
    // blind31, written at the end of round 20 by another helper, scored
    // once as it came
    (
        "fr-blind31-bellegrue",
        [1.0, 1.0, 0.7, 0.77, 0.5, 0.33, 0.91, 0.91],
    ),
    (
        "fr-blind31-ebrilane",
        [1.0, 1.0, 0.91, 0.91, 1.0, 0.8, 1.0, 1.0],
    ),
    (
        "fr-blind31-freminval",
        [1.0, 1.0, 1.0, 0.75, 1.0, 0.75, 1.0, 1.0],
    ),
    (
        "en-blind31-amanzara",
        [1.0, 0.88, 1.0, 0.88, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind31-faircliffe",
        [1.0, 1.0, 1.0, 0.88, 1.0, 1.0, 0.8, 0.8],
    ),
    (
        "en-blind31-kaniwara",
        [1.0, 1.0, 1.0, 0.61, 0.0, 0.0, 1.0, 1.0],
    ),
    // blind33, written after round 20, scored once as it came (three role
    // events of people who also move taken out first)
    (
        "fr-blind33-aubrignac",
        [1.0, 1.0, 0.9, 0.9, 1.0, 0.75, 1.0, 0.86],
    ),
    (
        "fr-blind33-estavanne",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind33-kelendo",
        [1.0, 1.0, 0.9, 1.0, 0.33, 0.33, 1.0, 1.0],
    ),
    (
        "en-blind33-cindermoor",
        [1.0, 1.0, 0.77, 0.77, 0.66, 0.5, 1.0, 1.0],
    ),
    (
        "en-blind33-jalvani",
        [1.0, 1.0, 0.85, 0.66, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind33-kagemori",
        [1.0, 1.0, 0.88, 0.72, 1.0, 0.66, 1.0, 0.92],
    ),
    // blind34, written after round 20 by another helper, scored once as
    // it came
    (
        "fr-blind34-outardel",
        [1.0, 1.0, 0.87, 0.77, 1.0, 1.0, 1.0, 0.88],
    ),
    (
        "fr-blind34-sikabenou",
        [0.9, 0.9, 0.85, 0.85, 0.66, 0.66, 0.9, 0.9],
    ),
    (
        "fr-blind34-valbrise",
        [1.0, 1.0, 1.0, 0.77, 0.66, 0.66, 1.0, 1.0],
    ),
    (
        "en-blind34-quarlow",
        [1.0, 1.0, 1.0, 0.88, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind34-tejomaya",
        [1.0, 1.0, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind34-wakanami",
        [1.0, 1.0, 1.0, 0.7, 1.0, 0.33, 1.0, 0.88],
    ),
    // blind35, written after the last rule change of session 17 and
    // scored once as it came: a measure of the final rules
    (
        "fr-blind35-bastelune",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.9],
    ),
    (
        "fr-blind35-dembaya",
        [1.0, 1.0, 1.0, 0.63, 0.66, 0.5, 1.0, 1.0],
    ),
    (
        "fr-blind35-jardelle",
        [1.0, 1.0, 1.0, 0.87, 1.0, 0.33, 0.9, 0.9],
    ),
    (
        "en-blind35-halsworth",
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "en-blind35-ichikura",
        [0.9, 1.0, 0.8, 0.88, 1.0, 0.5, 1.0, 1.0],
    ),
    (
        "en-blind35-kiranmaya",
        [1.0, 1.0, 0.83, 0.62, 1.0, 1.0, 1.0, 1.0],
    ),
    // blind36, written with blind35 by another helper, scored once as it
    // came: a measure of the final rules
    (
        "fr-blind36-quarzel",
        [1.0, 1.0, 0.6, 0.6, 0.66, 0.5, 1.0, 1.0],
    ),
    (
        "fr-blind36-rochemaure",
        [1.0, 1.0, 1.0, 0.87, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "fr-blind36-sounkala",
        [1.0, 1.0, 0.8, 0.88, 0.75, 0.75, 1.0, 1.0],
    ),
    ("en-blind36-nqaba", [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]),
    (
        "en-blind36-wexcombe",
        [1.0, 1.0, 0.87, 0.77, 0.66, 0.5, 1.0, 1.0],
    ),
    (
        "en-blind36-yoshimatsu",
        [1.0, 1.0, 1.0, 0.9, 1.0, 1.0, 1.0, 1.0],
    ),
];

#[test]
fn tuned_articles_meet_the_targets() {
    let mut failures = Vec::new();
    for name in TUNED {
        let (s, yaml) = score_fixture(name);
        report(name, &s);
        for (what, pr) in s.all() {
            if pr.precision() < 0.9 || pr.recall() < 0.8 {
                failures.push(format!(
                    "{name}: {what} P {:.2} R {:.2}\n{yaml}",
                    pr.precision(),
                    pr.recall()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn held_out_articles() {
    // every article is scored and reported before any floor fails
    let mut below = Vec::new();
    for (name, floors) in HELD_OUT {
        let (s, _) = score_fixture(name);
        report(name, &s);
        for (k, (what, pr)) in s.all().iter().enumerate() {
            if pr.precision() < floors[2 * k] - 1e-9 {
                below.push(format!("{name}: {what} precision {:.2}", pr.precision()));
            }
            if pr.recall() < floors[2 * k + 1] - 1e-9 {
                below.push(format!("{name}: {what} recall {:.2}", pr.recall()));
            }
        }
    }
    assert!(below.is_empty(), "below the floors:\n{}", below.join("\n"));
}

/// The seed article is not in the repository: this runs only where
/// `../shared/seeds/openai-leadership-fr.txt` exists.
#[test]
#[ignore = "needs ../shared/seeds/openai-leadership-fr.txt"]
fn seed_article_against_the_bundled_briefing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed = root.join("../shared/seeds/openai-leadership-fr.txt");
    let Ok(text) = std::fs::read_to_string(&seed) else {
        println!("skipped: {} not found", seed.display());
        return;
    };
    let expected_path = root.join("briefings/openai-leadership-2024.yaml");
    let expected = load(
        &expected_path,
        &std::fs::read_to_string(&expected_path).expect("bundled briefing"),
    );
    let d = draft(&text, LangChoice::Auto).expect("draft");
    if std::env::var_os("DRAFT_SHOW").is_some() {
        println!("{}", d.yaml);
    }
    let drafted = load(Path::new("openai-leadership-fr.draft.yaml"), &d.yaml);
    let s = score(&drafted, &expected);
    report("seed openai-leadership-fr", &s);
}

/// `DRAFT_FILE=article.txt cargo test --test draft show -- --ignored --nocapture`
#[test]
#[ignore = "a tool: prints the draft of $DRAFT_FILE"]
fn show() {
    let Some(path) = std::env::var_os("DRAFT_FILE") else {
        return;
    };
    let text = std::fs::read_to_string(&path).expect("article");
    let d = draft(&text, LangChoice::Auto).expect("draft");
    println!("{}", d.yaml);
    let _ = load(Path::new("shown.yaml"), &d.yaml);
}

fn run_draft(input: &Path, output: &Path, force: bool) -> std::process::ExitCode {
    let args = brief::draft::DraftArgs {
        input: input.to_path_buf(),
        output: Some(output.to_path_buf()),
        lang: LangChoice::Auto,
        force,
    };
    brief::draft::run(&args).expect("run")
}

#[test]
fn bad_input_leaves_no_output_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases: &[(&str, Vec<u8>)] = &[
        ("empty", Vec::new()),
        ("blank", b"\n \n\t\n".to_vec()),
        (
            "latin1",
            b"Soci\xe9t\xe9 G\xe9n\xe9rale nomme un directeur".to_vec(),
        ),
        ("binary", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
        ("huge", vec![b'a'; brief::draft::MAX_BYTES + 10]),
    ];
    for (name, bytes) in cases {
        let input = dir.path().join(format!("{name}.txt"));
        std::fs::write(&input, bytes).expect("write input");
        let output = dir.path().join(format!("{name}.yaml"));
        let code = run_draft(&input, &output, false);
        assert_eq!(code, std::process::ExitCode::FAILURE, "{name}");
        assert!(!output.exists(), "{name}: output written");
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn output_is_written_whole_and_never_overwritten_without_force() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = fixtures().join("en-harrow.txt");
    let output = dir.path().join("harrow.yaml");
    assert_eq!(
        run_draft(&input, &output, false),
        std::process::ExitCode::SUCCESS
    );
    let text = std::fs::read_to_string(&output).expect("written");
    let b = load(&output, &text);
    assert_eq!(
        b.title.as_str(),
        "Harrow Biotech ousts founder after failed trial"
    );
    // the article is recorded relative to the YAML file, and exists there
    let file = b
        .source
        .as_ref()
        .and_then(|s| s.file.clone())
        .expect("source.file");
    assert!(dir.path().join(file.as_str()).exists(), "{file}");
    std::fs::write(&output, "reviewed").expect("edit");
    assert_eq!(
        run_draft(&input, &output, false),
        std::process::ExitCode::FAILURE
    );
    assert_eq!(std::fs::read_to_string(&output).expect("kept"), "reviewed");
    assert_eq!(
        run_draft(&input, &output, true),
        std::process::ExitCode::SUCCESS
    );
    assert_ne!(
        std::fs::read_to_string(&output).expect("replaced"),
        "reviewed"
    );
}

#[test]
fn drafts_load_clean_with_the_loader_and_are_deterministic() {
    for name in TUNED.iter().chain(HELD_OUT.iter().map(|(n, _)| n)) {
        let text =
            std::fs::read_to_string(fixtures().join(format!("{name}.txt"))).expect("article");
        let a = draft(&text, LangChoice::Auto).expect("draft");
        let b = draft(&text, LangChoice::Auto).expect("draft");
        assert_eq!(a.yaml, b.yaml, "{name}: not deterministic");
        let (_, diags) = brief::load::load_str(Path::new("x.yaml"), &a.yaml);
        assert!(
            diags.is_empty(),
            "{name}: {:?}",
            diags.iter().map(|d| d.to_string()).collect::<Vec<_>>()
        );
    }
}

#[test]
fn hostile_text_still_gives_valid_yaml() {
    let text = "Title: with \"quotes\" & #hash\n\n- a list? {no} [no] *star &amp !tag\n\nJane Doe, chief executive of Acme, said: \u{1b}[31mred\u{7} « yes » — 'no'.\n\n%TAG ! tag:\n\n---\n\n...";
    let d = draft(text, LangChoice::Auto).expect("draft");
    let b = load(Path::new("hostile.yaml"), &d.yaml);
    assert!(b.title.starts_with("Title: with"));
}
