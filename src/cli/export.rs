//! `brief export`: a review report of chosen briefings with the reviewer's
//! marks and notes, as Markdown or JSON.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use super::show::{View, load_corpus, markdown_of, open_marks, write_out};
use crate::markdown::Selection;
use crate::model::{Briefing, sanitize};
use crate::review::{self, Marks};

/// Export a review report: the chosen briefings with marks and notes
#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    /// Briefing ids (default: every briefing)
    pub ids: Vec<String>,
    /// Briefings folder or file (default: ./briefings if it exists, else the bundled briefings)
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Only flagged items (with --unreviewed: items both flagged and unreviewed)
    #[arg(long)]
    pub flagged: bool,
    /// Only items not yet reviewed
    #[arg(long)]
    pub unreviewed: bool,
    /// Review marks folder (default: $XDG_STATE_HOME/brief/reviews, i.e. ~/.local/state/brief/reviews)
    #[arg(long, value_name = "DIR")]
    pub review_dir: Option<PathBuf>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Md,
    Json,
}

#[derive(Serialize)]
struct Report<'a> {
    briefings: Vec<View<'a>>,
}

/// Prints the report. Without a filter every item and the people are in
/// it; with `--flagged` or `--unreviewed` only the matching events, key
/// points and risks, and briefings with none are left out. Exit status 0,
/// 1 when an id is unknown (nothing is printed), 2 when the folder cannot
/// be read.
pub fn run(args: &ExportArgs) -> color_eyre::Result<ExitCode> {
    let Some(corpus) = load_corpus(args.dir.as_deref()) else {
        return Ok(ExitCode::from(2));
    };
    let mut chosen: Vec<&Briefing> = Vec::new();
    for id in &args.ids {
        match corpus.briefings.iter().find(|b| &b.id == id) {
            Some(b) => chosen.push(b),
            None => {
                eprintln!("brief: no briefing with id `{}`", sanitize(id));
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    if args.ids.is_empty() {
        chosen = corpus.briefings.iter().map(|b| &**b).collect();
    }
    let marks = open_marks(args.review_dir.as_deref());
    let filtered = args.flagged || args.unreviewed;
    let keep_in = |b: &Briefing, s: Selection| {
        if !filtered {
            return true;
        }
        if matches!(s, Selection::Briefing | Selection::Person(_)) {
            return false;
        }
        let state = marks.get(&b.id, &review::item_key(b, s));
        let flagged = state.is_some_and(|m| m.flagged);
        let reviewed = state.is_some_and(|m| m.reviewed);
        (!args.flagged || flagged) && (!args.unreviewed || !reviewed)
    };
    let chosen: Vec<&Briefing> = chosen
        .into_iter()
        .filter(|b| !filtered || review::items(b).iter().any(|(s, _)| keep_in(b, *s)))
        .collect();
    let out = match args.format {
        ExportFormat::Json => {
            let report = Report {
                briefings: chosen
                    .iter()
                    .map(|b| View::of(b, &marks, &|s| keep_in(b, s)))
                    .collect(),
            };
            let mut s = serde_json::to_string_pretty(&report)?;
            s.push('\n');
            s
        }
        ExportFormat::Md => markdown_report(&chosen, &marks, args, &keep_in),
    };
    write_out(&out)
}

fn markdown_report(
    chosen: &[&Briefing],
    marks: &Marks,
    args: &ExportArgs,
    keep_in: &dyn Fn(&Briefing, Selection) -> bool,
) -> String {
    let mut out = String::from("# Review report\n\n");
    let (done, total) = chosen.iter().fold((0, 0), |(d, t), b| {
        let (d2, t2) = marks.progress(b);
        (d + d2, t + t2)
    });
    let flagged: usize = chosen.iter().map(|b| marks.flagged_count(b)).sum();
    let _ = writeln!(
        out,
        "{} briefing{}; {done}/{total} items reviewed; {flagged} flagged.",
        chosen.len(),
        if chosen.len() == 1 { "" } else { "s" }
    );
    let only = match (args.flagged, args.unreviewed) {
        (true, true) => Some("flagged items not yet reviewed"),
        (true, false) => Some("flagged items"),
        (false, true) => Some("items not yet reviewed"),
        (false, false) => None,
    };
    if let Some(only) = only {
        let _ = writeln!(out, "Showing only {only}.");
    }
    for b in chosen {
        out.push_str("\n---\n\n");
        out.push_str(&markdown_of(b, marks, &|s| keep_in(b, s)));
        let lost = super::show::orphans(b, marks);
        if !lost.is_empty() {
            let _ = writeln!(out, "\n## Marks on items no longer in this briefing\n");
            for (key, state) in lost {
                let note = state
                    .note
                    .as_deref()
                    .map(|n| format!(": {}", sanitize(n).replace('\n', " / ")))
                    .unwrap_or_default();
                let mark = crate::markdown::Mark {
                    reviewed: state.reviewed,
                    flagged: state.flagged,
                    note: None,
                };
                let _ = writeln!(
                    out,
                    "- `{}` ({}){note}",
                    sanitize(key.as_str()),
                    mark.status()
                );
            }
        }
    }
    out
}
