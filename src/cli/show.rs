//! `brief show ID`: one whole briefing, with the reviewer's marks and notes,
//! as text, Markdown or JSON. Also the pieces `list` and `export` share:
//! loading, opening the review marks, and the JSON shape of a briefing.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use crate::load::{self, Corpus};
use crate::markdown::{self, Annotations, Mark, Selection};
use crate::model::{Briefing, sanitize};
use crate::review::{self, ItemKey, ItemState, Marks, ReviewStore};

/// Show one briefing whole: header, timeline, key points, risks, people, with review marks
#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// The briefing's id (as `brief list` shows it)
    pub id: String,
    /// Briefings folder or file (default: ./briefings if it exists, else the bundled briefings)
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Review marks folder (default: $XDG_STATE_HOME/brief/reviews, i.e. ~/.local/state/brief/reviews)
    #[arg(long, value_name = "DIR")]
    pub review_dir: Option<PathBuf>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Md,
    Json,
}

/// Prints the briefing `args.id`. Exit status 0, 1 when there is no such
/// briefing, 2 when the folder cannot be read.
pub fn run(args: &ShowArgs) -> color_eyre::Result<ExitCode> {
    let Some(corpus) = load_corpus(args.dir.as_deref()) else {
        return Ok(ExitCode::from(2));
    };
    let Some(b) = corpus.briefings.iter().find(|b| b.id == args.id) else {
        let ids: Vec<&str> = corpus.briefings.iter().map(|b| b.id.as_str()).collect();
        let hint = load::nearest(&args.id, &ids)
            .map(|n| format!("; did you mean `{n}`?"))
            .unwrap_or_default();
        eprintln!(
            "brief: no briefing with id `{}`{hint} (`brief list` shows them)",
            sanitize(&args.id)
        );
        return Ok(ExitCode::FAILURE);
    };
    let marks = open_marks(args.review_dir.as_deref());
    let all = |_: Selection| true;
    let text = match args.format {
        Format::Text => text(b, &marks),
        Format::Md => markdown_of(b, &marks, &all),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&View::of(b, &marks, &all))?;
            s.push('\n');
            s
        }
    };
    write_out(&text)
}

/// Writes `text` to stdout; a closed pipe (`| head`) is not an error.
pub(crate) fn write_out(text: &str) -> color_eyre::Result<ExitCode> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e.into()),
    }
}

/// Loads the briefings, reporting problems on stderr in one line; `None`
/// (after saying why) when the folder cannot be read.
pub(crate) fn load_corpus(dir: Option<&Path>) -> Option<Corpus> {
    let origin = load::choose(dir);
    match load::load_origin(&origin) {
        Ok(corpus) => {
            let n = corpus.diagnostics.len();
            if n > 0 {
                eprintln!(
                    "brief: {n} problem{} in {origin}; files with errors are left out. Run `brief check` for details.",
                    if n == 1 { "" } else { "s" }
                );
            }
            Some(corpus)
        }
        Err(e) => {
            eprintln!("brief: cannot open {origin}: {e}");
            None
        }
    }
}

/// The review marks in `dir`, else in the default folder; none when there
/// is no folder. Problems with review files go to stderr.
pub(crate) fn open_marks(dir: Option<&Path>) -> Marks {
    let var = |k| std::env::var(k).ok();
    let dir = dir
        .map(Path::to_path_buf)
        .or_else(|| review::default_dir(var("XDG_STATE_HOME").as_deref(), var("HOME").as_deref()));
    let Some(dir) = dir else {
        return Marks::new();
    };
    match ReviewStore::open(&dir) {
        Ok((_, marks, diagnostics)) => {
            for d in diagnostics {
                eprintln!("brief: {d}");
            }
            marks
        }
        Err(e) => {
            eprintln!(
                "brief: cannot read review marks in {}: {e}",
                sanitize(&dir.display().to_string())
            );
            Marks::new()
        }
    }
}

/// The mark on item `s` of `b`, if any and not blank.
pub(crate) fn mark_of(marks: &Marks, b: &Briefing, s: Selection) -> Option<Mark> {
    let state = marks.get(&b.id, &review::item_key(b, s))?;
    (!state.is_blank()).then(|| to_mark(state))
}

fn to_mark(state: &ItemState) -> Mark {
    Mark {
        reviewed: state.reviewed,
        flagged: state.flagged,
        note: state.note.as_deref().map(sanitize),
    }
}

/// The briefing as Markdown with its marks, items chosen by `keep`.
pub(crate) fn markdown_of(b: &Briefing, marks: &Marks, keep: &dyn Fn(Selection) -> bool) -> String {
    let mark = |s| mark_of(marks, b, s);
    markdown::briefing(
        b,
        &Annotations {
            progress: Some(marks.progress(b)),
            keep,
            mark: &mark,
        },
    )
}

/// The JSON form of one briefing with its review state.
#[derive(Serialize)]
pub(crate) struct View<'a> {
    briefing: &'a Briefing,
    review: ReviewView,
}

#[derive(Serialize)]
struct ReviewView {
    reviewed: usize,
    total: usize,
    flagged: usize,
    /// The briefing's own mark.
    mark: Option<MarkView>,
    /// Reviewable items in reading order, as chosen.
    items: Vec<ItemView>,
    /// Marks on items this briefing no longer has.
    orphans: Vec<OrphanView>,
}

#[derive(Serialize)]
struct ItemView {
    key: ItemKey,
    /// `event`, `key_point` or `risk`.
    kind: &'static str,
    /// Index in the file's list.
    index: usize,
    mark: Option<MarkView>,
}

#[derive(Serialize)]
struct MarkView {
    reviewed: bool,
    flagged: bool,
    note: Option<String>,
    updated: String,
}

#[derive(Serialize)]
struct OrphanView {
    key: ItemKey,
    mark: MarkView,
}

fn mark_view(state: &ItemState) -> MarkView {
    MarkView {
        reviewed: state.reviewed,
        flagged: state.flagged,
        note: state.note.as_deref().map(sanitize),
        updated: sanitize(&state.updated),
    }
}

impl<'a> View<'a> {
    pub(crate) fn of(b: &'a Briefing, marks: &Marks, keep: &dyn Fn(Selection) -> bool) -> Self {
        let (reviewed, total) = marks.progress(b);
        let items = review::items(b)
            .into_iter()
            .filter(|(s, _)| keep(*s))
            .map(|(s, key)| {
                let (kind, index) = match s {
                    Selection::Event(i) => ("event", i),
                    Selection::KeyPoint(i) => ("key_point", i),
                    Selection::Risk(i) => ("risk", i),
                    Selection::Person(i) => ("person", i),
                    Selection::Briefing => ("briefing", 0),
                };
                let mark = marks.get(&b.id, &key).map(mark_view);
                ItemView {
                    key,
                    kind,
                    index,
                    mark,
                }
            })
            .collect();
        View {
            briefing: b,
            review: ReviewView {
                reviewed,
                total,
                flagged: marks.flagged_count(b),
                mark: marks.get(&b.id, &ItemKey::briefing()).map(mark_view),
                items,
                orphans: orphans(b, marks)
                    .into_iter()
                    .map(|(key, state)| OrphanView {
                        key,
                        mark: mark_view(&state),
                    })
                    .collect(),
            },
        }
    }
}

/// Marks of `b` on items it no longer has.
pub(crate) fn orphans(b: &Briefing, marks: &Marks) -> Vec<(ItemKey, ItemState)> {
    marks
        .orphans([b])
        .into_iter()
        .filter(|(id, _)| *id == b.id)
        .filter_map(|(id, key)| {
            let state = marks.get(&id, &key)?.clone();
            Some((key, state))
        })
        .collect()
}

/// The briefing as plain text for a terminal or a pager.
fn text(b: &Briefing, marks: &Marks) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let (done, total) = marks.progress(b);
    let _ = writeln!(out, "{}", b.title);
    let mut facts = vec![format!("id {}", b.id)];
    if let Some(d) = b.date {
        facts.push(d.human());
    }
    if let Some(p) = b.source.as_ref().and_then(|s| s.publisher.as_ref()) {
        facts.push(p.to_string());
    }
    facts.push(format!("reviewed {done}/{total}"));
    let flagged = marks.flagged_count(b);
    if flagged > 0 {
        facts.push(format!("{flagged} flagged"));
    }
    let _ = writeln!(out, "{}", facts.join(" · "));
    if !b.tags.is_empty() {
        let tags: Vec<&str> = b.tags.iter().map(|t| t.as_str()).collect();
        let _ = writeln!(out, "tags: {}", tags.join(", "));
    }
    write_text_mark(
        &mut out,
        mark_of(marks, b, Selection::Briefing).as_ref(),
        "",
    );
    if let Some(s) = &b.summary {
        let _ = writeln!(out, "\n{s}");
    }
    let box_of = |s: Selection| {
        let m = mark_of(marks, b, s);
        let r = if m.as_ref().is_some_and(|m| m.reviewed) {
            "[x]"
        } else {
            "[ ]"
        };
        let f = if m.as_ref().is_some_and(|m| m.flagged) {
            "!"
        } else {
            " "
        };
        (format!("{r}{f}"), m)
    };
    let section =
        |out: &mut String, heading: &str, rows: Vec<(Selection, String, Option<String>)>| {
            if rows.is_empty() {
                return;
            }
            let _ = writeln!(out, "\n{heading}");
            for (s, line, detail) in rows {
                let (boxes, mark) = box_of(s);
                let _ = writeln!(out, "  {boxes} {line}");
                if let Some(d) = detail {
                    for l in d.lines() {
                        let _ = writeln!(out, "       {l}");
                    }
                }
                write_text_mark(out, mark.as_ref(), "       ");
            }
        };
    let events = b
        .timeline_order()
        .into_iter()
        .map(|i| {
            let e = &b.timeline[i];
            let when = e.when.map_or_else(|| "undated".to_owned(), |d| d.human());
            let line = format!("{when}: {} ({})", b.describe_event(e), e.kind.name());
            (
                Selection::Event(i),
                line,
                e.note.as_ref().map(|n| n.to_string()),
            )
        })
        .collect();
    section(&mut out, "TIMELINE", events);
    let points = b
        .key_points
        .iter()
        .enumerate()
        .map(|(i, k)| {
            (
                Selection::KeyPoint(i),
                k.title.to_string(),
                k.text.as_ref().map(|t| t.to_string()),
            )
        })
        .collect();
    section(&mut out, "KEY POINTS", points);
    let risks = b
        .risk_order()
        .into_iter()
        .map(|i| {
            let r = &b.financial_risks[i];
            let money = r.money().map(|m| format!(" — {m}")).unwrap_or_default();
            let period = r
                .period
                .as_deref()
                .map(|p| format!(" ({p})"))
                .unwrap_or_default();
            let line = format!(
                "[{}] {}{money}{period}, {}",
                r.severity.name(),
                r.title,
                r.kind.name()
            );
            (
                Selection::Risk(i),
                line,
                r.text.as_ref().map(|t| t.to_string()),
            )
        })
        .collect();
    section(&mut out, "FINANCIAL RISKS", risks);
    if !b.people.is_empty() {
        let _ = writeln!(out, "\nPEOPLE");
        for p in &b.people {
            let post = p.post();
            let post = if post.is_empty() {
                post
            } else {
                format!(" — {post}")
            };
            let _ = writeln!(out, "  {} ({}){post}", p.name, p.id);
        }
    }
    let lost = orphans(b, marks);
    if !lost.is_empty() {
        let _ = writeln!(out, "\nMARKS ON ITEMS NO LONGER IN THIS BRIEFING");
        for (key, state) in lost {
            let _ = writeln!(out, "  {}", sanitize(key.as_str()));
            write_text_mark(&mut out, Some(&to_mark(&state)), "       ");
        }
    }
    out
}

fn write_text_mark(out: &mut String, m: Option<&Mark>, indent: &str) {
    use std::fmt::Write as _;
    let Some(m) = m else { return };
    let note = m.note.as_deref().filter(|n| !n.trim().is_empty());
    if indent.is_empty() {
        let _ = writeln!(out, "review: {}", m.status());
    }
    if let Some(note) = note {
        for (i, line) in note.lines().enumerate() {
            let lead = if i == 0 { "note: " } else { "      " };
            let _ = writeln!(out, "{indent}{lead}{line}");
        }
    }
}
