//! `brief check [DIR]`: every diagnostic, then one summary line.

use std::collections::HashSet;
use std::io::{self, Write};
use std::process::ExitCode;

use serde::Serialize;

use crate::load::{Corpus, Diagnostic, Origin};

/// Counts for the summary line.
#[derive(Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub briefings: usize,
    pub people: usize,
    pub events: usize,
    pub key_points: usize,
    pub risks: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Summary {
    pub fn of(corpus: &Corpus) -> Self {
        let bs = &corpus.briefings;
        let people: HashSet<&str> = bs
            .iter()
            .flat_map(|b| b.people.iter().map(|p| p.id.as_str()))
            .collect();
        let errors = corpus.error_count();
        Summary {
            briefings: bs.len(),
            people: people.len(),
            events: bs.iter().map(|b| b.timeline.len()).sum(),
            key_points: bs.iter().map(|b| b.key_points.len()).sum(),
            risks: bs.iter().map(|b| b.financial_risks.len()).sum(),
            errors,
            warnings: corpus.diagnostics.len() - errors,
        }
    }

    pub fn line(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        format!(
            "{}, {}, {}, {}, {}; {}, {}",
            plural(self.briefings, "briefing", "briefings"),
            plural(self.people, "person", "people"),
            plural(self.events, "event", "events"),
            plural(self.key_points, "key point", "key points"),
            plural(self.risks, "risk", "risks"),
            plural(self.errors, "error", "errors"),
            plural(self.warnings, "warning", "warnings"),
        )
    }
}

#[derive(Serialize)]
struct Report<'a> {
    source: String,
    diagnostics: &'a [Diagnostic],
    summary: Summary,
}

/// Prints the report for `corpus`; exit status 0 when there is no error,
/// 1 otherwise.
pub fn run(origin: &Origin, corpus: &Corpus, json: bool) -> io::Result<ExitCode> {
    let summary = Summary::of(corpus);
    let status = if summary.errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    };
    match print(origin, corpus, summary, json, &mut io::stdout().lock()) {
        // `brief check | head`: the reader has seen enough; the status
        // still says whether there were errors.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(status),
        Err(e) => Err(e),
        Ok(()) => Ok(status),
    }
}

fn print(
    origin: &Origin,
    corpus: &Corpus,
    summary: Summary,
    json: bool,
    out: &mut impl Write,
) -> io::Result<()> {
    if json {
        let report = Report {
            source: origin.to_string(),
            diagnostics: &corpus.diagnostics,
            summary,
        };
        serde_json::to_writer_pretty(&mut *out, &report).map_err(|e| match e.io_error_kind() {
            Some(kind) => io::Error::from(kind),
            None => io::Error::other(e),
        })?;
        writeln!(out)
    } else {
        for d in &corpus.diagnostics {
            writeln!(out, "{d}")?;
        }
        writeln!(out, "{}: {}", origin, summary.line())
    }
}
