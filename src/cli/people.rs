//! `brief people QUERY`: the people picker's ranking, one person a line.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use serde::Serialize;

use crate::load::{self, Corpus};
use crate::model::Briefing;
use crate::people::{Hit, PeopleIndex, PersonEntry};

/// Find people across every briefing, ranked as in the TUI's people picker
#[derive(clap::Args, Debug)]
pub struct PeopleArgs {
    /// Name or alias to look for: accents and case do not matter, words may
    /// come in any order, initials work (`j pach`). Empty lists everyone.
    #[arg(num_args = 0..)]
    pub query: Vec<String>,
    /// Briefings folder or file (default: ./briefings if it exists, else the bundled briefings)
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Print a JSON array of people instead of lines
    #[arg(long)]
    pub json: bool,
    /// At most this many people
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
}

/// One person in `--json` output.
#[derive(Serialize)]
struct Found<'a> {
    name: &'a str,
    id: &'a str,
    aliases: Vec<&'a str>,
    roles: Vec<Role<'a>>,
    briefings: Vec<&'a str>,
    appearances: usize,
    /// `exact`, `prefix` or `fuzzy`; `all` for the empty query.
    matched: &'a str,
    /// The alias that matched, when it was not the name.
    matched_alias: Option<&'a str>,
    /// The fuzzy matcher's score, comparable within one `matched` kind.
    score: i64,
}

#[derive(Serialize)]
struct Role<'a> {
    role: Option<&'a str>,
    org: Option<&'a str>,
    briefing: &'a str,
}

/// Prints the people matching `args.query`, best first. Exit status 0 when
/// someone matched, 1 when nobody did (as grep), 2 when the folder cannot
/// be read.
pub fn run(args: &PeopleArgs) -> color_eyre::Result<ExitCode> {
    let origin = load::choose(args.dir.as_deref());
    let corpus = match load::load_origin(&origin) {
        Ok(corpus) => corpus,
        Err(e) => {
            eprintln!("brief: cannot open {origin}: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    report_problems(&origin, &corpus);
    let index = PeopleIndex::new(&corpus.briefings);
    let query = args.query.join(" ");
    let hits = index.search(&query, args.limit);
    let mut out = io::stdout().lock();
    let written = if args.json {
        print_json(
            &mut out,
            &index,
            &corpus.briefings,
            &hits,
            query.trim().is_empty(),
        )
    } else {
        print_lines(&mut out, &index, &corpus.briefings, &hits)
    };
    match written {
        Ok(()) => {}
        // `brief people | head` is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        Err(e) => return Err(e.into()),
    }
    Ok(if hits.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn report_problems(origin: &load::Origin, corpus: &Corpus) {
    let n = corpus.diagnostics.len();
    if n > 0 {
        let errors = corpus.error_count();
        eprintln!(
            "brief: {n} problem{} in {origin} ({errors} error{}); files with errors are left out. Run `brief check` for details.",
            if n == 1 { "" } else { "s" },
            if errors == 1 { "" } else { "s" },
        );
    }
}

/// `name<TAB>id<TAB>roles<TAB>briefings`: roles as `role, org` joined by
/// ` | ` (a role may hold `;`), briefing ids most recent first joined by `, `.
fn print_lines(
    out: &mut impl Write,
    index: &PeopleIndex,
    briefings: &[Arc<Briefing>],
    hits: &[Hit],
) -> io::Result<()> {
    for hit in hits {
        let entry = &index.entries()[hit.entry];
        let roles: Vec<String> = distinct_roles(entry)
            .into_iter()
            .map(|(role, org)| match (role, org) {
                (Some(r), Some(o)) => format!("{r}, {o}"),
                (Some(x), None) | (None, Some(x)) => x.to_owned(),
                (None, None) => String::new(),
            })
            .collect();
        let ids: Vec<&str> = entry
            .briefings
            .iter()
            .map(|&b| briefings[b].id.as_str())
            .collect();
        writeln!(
            out,
            "{}\t{}\t{}\t{}",
            entry.name,
            entry.id,
            roles.join(" | "),
            ids.join(", ")
        )?;
    }
    Ok(())
}

/// (role, org) pairs without repeats, most recent first.
fn distinct_roles(entry: &PersonEntry) -> Vec<(Option<&str>, Option<&str>)> {
    let mut seen = Vec::new();
    for r in &entry.roles {
        let pair = (r.role.as_deref(), r.org.as_deref());
        if !seen.contains(&pair) {
            seen.push(pair);
        }
    }
    seen
}

fn print_json(
    out: &mut impl Write,
    index: &PeopleIndex,
    briefings: &[Arc<Briefing>],
    hits: &[Hit],
    everyone: bool,
) -> io::Result<()> {
    let found: Vec<Found> = hits
        .iter()
        .map(|hit| {
            let entry = &index.entries()[hit.entry];
            Found {
                name: &entry.name,
                id: &entry.id,
                aliases: entry.aliases.iter().map(|a| a.as_str()).collect(),
                roles: entry
                    .roles
                    .iter()
                    .map(|r| Role {
                        role: r.role.as_deref(),
                        org: r.org.as_deref(),
                        briefing: &briefings[r.briefing].id,
                    })
                    .collect(),
                briefings: entry
                    .briefings
                    .iter()
                    .map(|&b| briefings[b].id.as_str())
                    .collect(),
                appearances: entry.appearances.len(),
                matched: if everyone { "all" } else { hit.kind.name() },
                matched_alias: hit.matched_alias.map(|_| hit.matched_text(entry)),
                score: hit.matcher_score(),
            }
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &found).map_err(io::Error::other)?;
    writeln!(out)
}
