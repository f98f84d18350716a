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
            let post: Vec<&str> = [p.role.as_deref(), p.org.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            let _ = writeln!(
                out,
                "**{}**{}",
                p.name,
                if post.is_empty() {
                    String::new()
                } else {
                    format!(" — {}", post.join(", "))
                }
            );
            if let Some(bio) = &p.bio {
                let _ = writeln!(out, "\n{bio}");
            }
            None
        }
    };
    let _ = writeln!(out, "\n{}", source_line(b, refs));
    out
}
