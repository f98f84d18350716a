//! `brief draft` on a generated 5,000-word article, French and English.
//!
//! The article is built deterministically from a fixed set of sentences
//! with people, moves, dates and money, so the rules have work to do in
//! every paragraph. `cargo bench --bench draft` also writes the English
//! article to `target/draft-bench-en.txt` for timing the whole process:
//! `hyperfine 'target/release/brief draft target/draft-bench-en.txt'`.

use std::hint::black_box;

use brief::draft::{LangChoice, draft};
use criterion::{Criterion, criterion_group, criterion_main};

const FIRST: [&str; 8] = [
    "Jane", "Paul", "Hélène", "Marco", "Priya", "Tomás", "Claire", "Owen",
];
const LAST: [&str; 8] = [
    "Doe",
    "Roux",
    "Marchetti",
    "Bianchi",
    "Raman",
    "Quiroga",
    "Fontaine",
    "Fitch",
];

fn sentence_en(i: usize) -> String {
    let a = format!("{} {}", FIRST[i % 8], LAST[(i / 8) % 8]);
    let b = format!("{} {}", FIRST[(i + 3) % 8], LAST[(i / 8 + 5) % 8]);
    match i % 6 {
        0 => format!("{a} was named chief financial officer of Unit {i}, replacing {b}, who stepped down on June {}, 2025.", i % 28 + 1),
        1 => format!("The division reported a loss of as much as ${}.{} billion for the year, and costs of about €{}m.", i % 9 + 1, i % 10, 100 + i % 800),
        2 => format!("{b}, the chairman of the board, said the group would raise at least £{}bn from investors in 2026.", i % 5 + 1),
        3 => format!("Analysts expect revenue of some ¥{} billion, while the company's valuation could reach $80 million in a downside case.", 10 + i % 90),
        4 => format!("{a} remains head of research at the lab, and {b} resigned after nine years in the role."),
        _ => "The board met on Tuesday to discuss the plan, which investors have broadly welcomed so far, according to people familiar with the matter.".to_string(),
    }
}

fn sentence_fr(i: usize) -> String {
    let a = format!("{} {}", FIRST[i % 8], LAST[(i / 8) % 8]);
    let b = format!("{} {}", FIRST[(i + 3) % 8], LAST[(i / 8 + 5) % 8]);
    match i % 6 {
        0 => format!("{a} a été nommé directeur financier de l'unité {i}, succédant à {b}, qui quitte le groupe le {} mars 2025.", i % 28 + 1),
        1 => format!("La division prévoit des pertes pouvant atteindre {},{} milliards de dollars cette année et des coûts d'environ {} millions d'euros.", i % 9 + 1, i % 10, 100 + i % 800),
        2 => format!("{b}, président du conseil d'administration, a indiqué que le groupe lèverait au moins {} milliard d'euros en 2026.", i % 5 + 1),
        3 => format!("Les analystes attendent un chiffre d'affaires de {} milliards de yens, et une valorisation de 80 millions de dollars dans le pire des cas.", 10 + i % 90),
        4 => format!("{a} reste en fonctions à la tête de la recherche, tandis que {b} a présenté sa démission après neuf ans."),
        _ => "Le conseil s'est réuni mardi pour examiner le plan, que les investisseurs ont jusqu'ici plutôt bien accueilli, selon plusieurs sources proches du dossier.".to_string(),
    }
}

/// A headline, a date line, then paragraphs of four sentences until the
/// article holds `words` words.
pub fn article(words: usize, fr: bool) -> String {
    let mut out = if fr {
        String::from("Le groupe Vantel remanie sa direction\n\nPARIS, le 4 mars 2025\n\n")
    } else {
        String::from("Brightwell names a new finance chief\n\nJune 11, 2025\n\n")
    };
    let mut count = 0;
    let mut i = 0;
    while count < words {
        for _ in 0..4 {
            let s = if fr { sentence_fr(i) } else { sentence_en(i) };
            count += s.split_whitespace().count();
            out.push_str(&s);
            out.push(' ');
            i += 1;
        }
        out.push_str("\n\n");
    }
    out
}

fn bench(c: &mut Criterion) {
    let en = article(5_000, false);
    let fr = article(5_000, true);
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let _ = std::fs::write(target.join("draft-bench-en.txt"), &en);
    let _ = std::fs::write(target.join("draft-bench-fr.txt"), &fr);
    c.bench_function("draft 5000-word article (en)", |b| {
        b.iter(|| draft(black_box(&en), LangChoice::Auto).map(|d| d.yaml.len()))
    });
    c.bench_function("draft 5000-word article (fr)", |b| {
        b.iter(|| draft(black_box(&fr), LangChoice::Auto).map(|d| d.yaml.len()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
