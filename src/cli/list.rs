//! `brief list`: one briefing a line, with its counts and review progress.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use super::show::{load_corpus, open_marks, orphans, write_out};

/// List the briefings: id, date, title, counts, review progress and flags
#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Briefings folder or file (default: ./briefings if it exists, else the bundled briefings)
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Print a JSON array instead of lines
    #[arg(long)]
    pub json: bool,
    /// Review marks folder (default: $XDG_STATE_HOME/brief/reviews, i.e. ~/.local/state/brief/reviews)
    #[arg(long, value_name = "DIR")]
    pub review_dir: Option<PathBuf>,
}

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    date: Option<String>,
    title: &'a str,
    people: usize,
    events: usize,
    key_points: usize,
    risks: usize,
    reviewed: usize,
    total: usize,
    flagged: usize,
    /// Marks on items the briefing no longer has.
    orphans: usize,
}

/// Prints every briefing in path order:
/// `id<TAB>date<TAB>title<TAB>counts<TAB>reviewed/total<TAB>flags`, the
/// date `-` when there is none, flags as `N flagged` or empty. Exit status
/// 0, 2 when the folder cannot be read.
pub fn run(args: &ListArgs) -> color_eyre::Result<ExitCode> {
    let Some(corpus) = load_corpus(args.dir.as_deref()) else {
        return Ok(ExitCode::from(2));
    };
    let marks = open_marks(args.review_dir.as_deref());
    let rows: Vec<Row> = corpus
        .briefings
        .iter()
        .map(|b| {
            let (reviewed, total) = marks.progress(b);
            Row {
                id: &b.id,
                date: b.date.map(|d| d.iso()),
                title: &b.title,
                people: b.people.len(),
                events: b.timeline.len(),
                key_points: b.key_points.len(),
                risks: b.financial_risks.len(),
                reviewed,
                total,
                flagged: marks.flagged_count(b),
                orphans: orphans(b, &marks).len(),
            }
        })
        .collect();
    let mut out = String::new();
    if args.json {
        out = serde_json::to_string_pretty(&rows)?;
        out.push('\n');
    } else {
        for r in &rows {
            let plural = |n: usize, one: &str, many: &str| {
                format!("{n} {}", if n == 1 { one } else { many })
            };
            let flags = match r.flagged {
                0 => String::new(),
                n => format!("{n} flagged"),
            };
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}, {}, {}\t{}/{}\t{flags}",
                r.id,
                r.date.as_deref().unwrap_or("-"),
                r.title,
                plural(r.events, "event", "events"),
                plural(r.key_points, "key point", "key points"),
                plural(r.risks, "risk", "risks"),
                r.reviewed,
                r.total,
            );
        }
    }
    write_out(&out)
}
