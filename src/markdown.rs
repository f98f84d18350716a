//! Briefings and their items as Markdown: what `y` copies, and what the
//! headless export writes. Text comes from the model, already clean.

use std::fmt::Write;

use crate::model::{Briefing, Refs};

/// One item of a briefing, by its index in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    Briefing,
    Event(usize),
    KeyPoint(usize),
    Risk(usize),
    Person(usize),
}

fn source_line(b: &Briefing, refs: Option<&Refs>) -> String {
    let title = b.source_title().unwrap_or(b.title.as_str());
    match refs.filter(|r| !r.is_empty()) {
        Some(r) => format!("_Source: {r} of “{title}”_"),
        None => format!("_Source: “{title}”_"),
    }
}

/// The item `s` of `b` as a Markdown fragment.
pub fn item(b: &Briefing, s: Selection) -> String {
    let mut out = String::new();
    let refs = match s {
        Selection::Briefing => {
            let _ = writeln!(out, "## {}\n", b.title);
            if let Some(d) = b.date {
                let _ = writeln!(out, "- Date: {}", d.human());
            }
            if let Some(p) = b.source.as_ref().and_then(|s| s.publisher.as_ref()) {
                let _ = writeln!(out, "- Publisher: {p}");
            }
            if let Some(summary) = &b.summary {
                let _ = writeln!(out, "\n{summary}");
            }
            None
        }
        Selection::Event(i) => {
            let Some(e) = b.timeline.get(i) else {
                return out;
            };
            let when = e.when.map_or_else(|| "undated".to_owned(), |d| d.human());
            let _ = writeln!(
                out,
                "**{}** ({}, {when})",
                b.describe_event(e),
                e.kind.name()
            );
            if let Some(note) = &e.note {
                let _ = writeln!(out, "\n{note}");
            }
            Some(&e.refs)
        }
        Selection::KeyPoint(i) => {
            let Some(k) = b.key_points.get(i) else {
                return out;
            };
            let _ = writeln!(out, "**{}**", k.title);
            if let Some(t) = &k.text {
                let _ = writeln!(out, "\n{t}");
            }
            Some(&k.refs)
        }
        Selection::Risk(i) => {
            let Some(r) = b.financial_risks.get(i) else {
                return out;
            };
            let money = r.money().map(|m| format!(" — {m}")).unwrap_or_default();
            let period = r
                .period
                .as_deref()
                .map(|p| format!(" ({p})"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "**{}**{money}{period}, {} risk, severity {}",
                r.title,
                r.kind.name(),
                r.severity.name()
            );
            if let Some(t) = &r.text {
                let _ = writeln!(out, "\n{t}");
            }
            Some(&r.refs)
        }
        Selection::Person(i) => {
            let Some(p) = b.people.get(i) else { return out };
            let post = p.post();
            let post = if post.is_empty() {
                post
            } else {
                format!(" — {post}")
            };
            let _ = writeln!(out, "**{}**{post}", p.name);
            if let Some(bio) = &p.bio {
                let _ = writeln!(out, "\n{bio}");
            }
            None
        }
    };
    let _ = writeln!(out, "\n{}", source_line(b, refs));
    out
}

/// A reviewer's mark on one item, as the whole-briefing renderers show it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mark {
    pub reviewed: bool,
    pub flagged: bool,
    /// The reviewer's own text: sanitised when written out.
    pub note: Option<String>,
}

impl Mark {
    /// `reviewed, flagged`, `not reviewed`.
    pub fn status(&self) -> String {
        let mut parts = vec![if self.reviewed {
            "reviewed"
        } else {
            "not reviewed"
        }];
        if self.flagged {
            parts.push("flagged");
        }
        parts.join(", ")
    }
}

/// What a whole-briefing rendering adds to the briefing: review progress,
/// which items to show, and each item's mark.
pub struct Annotations<'a> {
    /// `(reviewed, total)`, shown in the header.
    pub progress: Option<(usize, usize)>,
    /// Whether to show an item; the header always shows.
    pub keep: &'a dyn Fn(Selection) -> bool,
    pub mark: &'a dyn Fn(Selection) -> Option<Mark>,
}

impl Annotations<'_> {
    /// Every item, no marks.
    pub fn none() -> Annotations<'static> {
        Annotations {
            progress: None,
            keep: &|_| true,
            mark: &|_| None,
        }
    }
}

/// The whole briefing as one Markdown document: a header (title, id, date,
/// source, tags, review progress and the briefing's own mark), the summary,
/// then the timeline in reading order, key points, risks most severe first
/// and people, each item as [`item`] writes it followed by its mark and
/// note. Sections with no item kept are left out.
pub fn briefing(b: &Briefing, notes: &Annotations) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", b.title);
    let _ = writeln!(out, "- Id: `{}`", b.id);
    if let Some(d) = b.date {
        let _ = writeln!(out, "- Date: {}", d.human());
    }
    if let Some(s) = &b.source {
        let mut parts = Vec::new();
        if let Some(t) = &s.title {
            parts.push(format!("“{t}”"));
        }
        if let Some(p) = &s.publisher {
            parts.push(p.to_string());
        }
        if let Some(a) = &s.author {
            parts.push(format!("by {a}"));
        }
        if let Some(l) = &s.language {
            parts.push(format!("in `{l}`"));
        }
        if let Some(u) = &s.url {
            parts.push(format!("<{u}>"));
        }
        if !parts.is_empty() {
            let _ = writeln!(out, "- Source: {}", parts.join(", "));
        }
    }
    if !b.tags.is_empty() {
        let tags: Vec<&str> = b.tags.iter().map(|t| t.as_str()).collect();
        let _ = writeln!(out, "- Tags: {}", tags.join(", "));
    }
    if let Some((done, total)) = notes.progress {
        let _ = writeln!(out, "- Review: {done}/{total} items reviewed");
    }
    if let Some(m) = (notes.mark)(Selection::Briefing) {
        out.push('\n');
        write_mark(&mut out, &m);
    }
    if let Some(summary) = &b.summary {
        let _ = writeln!(out, "\n{summary}");
    }
    let sections: [(&str, Vec<Selection>); 4] = [
        (
            "Timeline",
            b.timeline_order()
                .into_iter()
                .map(Selection::Event)
                .collect(),
        ),
        (
            "Key points",
            (0..b.key_points.len()).map(Selection::KeyPoint).collect(),
        ),
        (
            "Financial risks",
            b.risk_order().into_iter().map(Selection::Risk).collect(),
        ),
        (
            "People",
            (0..b.people.len()).map(Selection::Person).collect(),
        ),
    ];
    for (heading, sels) in sections {
        let kept: Vec<Selection> = sels.into_iter().filter(|&s| (notes.keep)(s)).collect();
        if kept.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {heading}");
        for s in kept {
            let _ = write!(out, "\n{}", item(b, s));
            if let Some(m) = (notes.mark)(s) {
                out.push('\n');
                write_mark(&mut out, &m);
            }
        }
    }
    out
}

/// `**Review:** reviewed, flagged` and the note as a quote.
fn write_mark(out: &mut String, m: &Mark) {
    let _ = writeln!(out, "**Review:** {}", m.status());
    if let Some(note) = m.note.as_deref().filter(|n| !n.trim().is_empty()) {
        out.push('\n');
        for line in crate::model::sanitize(note).lines() {
            let _ = writeln!(out, "> {line}");
        }
    }
}
