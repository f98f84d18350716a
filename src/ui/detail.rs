//! The detail view: the selected item in full, with the people involved,
//! its source paragraphs and the source's title.

use ratatui::text::{Line, Span};

use super::panes::person_lines;
use crate::app::{App, Selection};
use crate::model::{Briefing, Refs};
use crate::theme::Theme;
use crate::ui::widgets::{event_mark, severity_badge};

pub fn lines<'a>(app: &'a App, theme: &Theme) -> Vec<Line<'a>> {
    let Some(b) = app.briefing() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let refs = match app.selection() {
        None => return out,
        Some(Selection::Briefing) => briefing(b, theme, &mut out),
        Some(Selection::Event(i)) => event(b, Some(i), theme, &mut out),
        Some(Selection::KeyPoint(i)) => key_point(b, i, theme, &mut out),
        Some(Selection::Risk(i)) => risk(b, Some(i), theme, &mut out),
        Some(Selection::Person(i)) => {
            if let Some(p) = b.people.get(i) {
                out.extend(person_lines(b, p, theme));
            }
            None
        }
    };
    if let Some(mark) = app.selected_mark()
        && (mark.reviewed || mark.flagged || mark.note.is_some())
    {
        out.push(Line::default());
        let status: Vec<&str> = [(mark.reviewed, "reviewed"), (mark.flagged, "flagged")]
            .into_iter()
            .filter_map(|(on, w)| on.then_some(w))
            .collect();
        let title = if status.is_empty() {
            "Review".to_owned()
        } else {
            format!("Review: {}", status.join(", "))
        };
        out.push(Line::from(Span::styled(title, theme.flagged)));
        if let Some(note) = &mark.note {
            // Notes are the reviewer's own text, but clean them like any
            // text drawn on screen.
            for l in crate::model::sanitize(note).lines() {
                out.push(Line::from(l.to_owned()));
            }
        }
    }
    out.push(Line::default());
    let mut source = Vec::new();
    if let Some(refs) = refs.filter(|r| !r.is_empty()) {
        source.push(Span::styled(format!("Source {refs}"), theme.dim));
        source.push(Span::styled(" of ", theme.dim));
    } else {
        source.push(Span::styled("Source: ", theme.dim));
    }
    let title = b.source_title().unwrap_or(b.title.as_str());
    source.push(Span::styled(format!("“{title}”"), theme.dim));
    out.push(Line::from(source));
    out
}

fn text_lines<'a>(text: &'a str, out: &mut Vec<Line<'a>>) {
    out.extend(text.lines().map(Line::from));
}

fn field<'a>(label: &'static str, value: String, theme: &Theme) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{label:<10}"), theme.dim),
        Span::raw(value),
    ])
}

/// The people named, each with their role and organisation.
fn people<'a>(b: &'a Briefing, ids: &[&str], theme: &Theme, out: &mut Vec<Line<'a>>) {
    if ids.is_empty() {
        return;
    }
    out.push(Line::default());
    out.push(Line::from(Span::styled("People", theme.heading)));
    for id in ids {
        let Some(p) = b.person(id) else { continue };
        let post = p.post();
        let mut spans = vec![Span::raw(format!("  {}", p.name))];
        if !post.is_empty() {
            spans.push(Span::styled(format!(" — {post}"), theme.dim));
        }
        out.push(Line::from(spans));
    }
}

fn briefing<'a>(b: &'a Briefing, theme: &Theme, out: &mut Vec<Line<'a>>) -> Option<&'a Refs> {
    out.push(Line::from(Span::styled(b.title.as_str(), theme.heading)));
    out.push(field(
        "date",
        b.date.map_or_else(|| "undated".to_owned(), |d| d.human()),
        theme,
    ));
    if let Some(s) = &b.source {
        for (label, value) in [
            ("publisher", &s.publisher),
            ("author", &s.author),
            ("language", &s.language),
            ("url", &s.url),
        ] {
            if let Some(v) = value {
                out.push(field(label, v.to_string(), theme));
            }
        }
    }
    if !b.tags.is_empty() {
        let tags: Vec<&str> = b.tags.iter().map(|t| t.as_str()).collect();
        out.push(field("tags", tags.join(", "), theme));
    }
    out.push(field(
        "contents",
        format!(
            "{} people, {} events, {} key points, {} risks",
            b.people.len(),
            b.timeline.len(),
            b.key_points.len(),
            b.financial_risks.len()
        ),
        theme,
    ));
    if let Some(summary) = &b.summary {
        out.push(Line::default());
        text_lines(summary, out);
    }
    None
}

fn event<'a>(
    b: &'a Briefing,
    i: Option<usize>,
    theme: &Theme,
    out: &mut Vec<Line<'a>>,
) -> Option<&'a Refs> {
    let e = &b.timeline[i?];
    out.push(Line::from(vec![
        Span::styled(
            format!("{} {} ", event_mark(e.kind), e.kind.name()),
            theme.event(e.kind),
        ),
        Span::styled(b.describe_event(e), theme.heading),
    ]));
    out.push(field(
        "when",
        e.when.map_or_else(|| "undated".to_owned(), |d| d.human()),
        theme,
    ));
    if let Some(r) = &e.role {
        out.push(field("role", r.to_string(), theme));
    }
    if let Some(o) = &e.org {
        out.push(field("org", o.to_string(), theme));
    }
    if let Some(note) = &e.note {
        out.push(Line::default());
        text_lines(note, out);
    }
    let mut ids = vec![e.person.as_str()];
    ids.extend(e.succeeds.as_deref());
    people(b, &ids, theme, out);
    Some(&e.refs)
}

fn key_point<'a>(
    b: &'a Briefing,
    i: usize,
    theme: &Theme,
    out: &mut Vec<Line<'a>>,
) -> Option<&'a Refs> {
    let k = b.key_points.get(i)?;
    out.push(Line::from(Span::styled(k.title.as_str(), theme.heading)));
    if let Some(t) = &k.text {
        out.push(Line::default());
        text_lines(t, out);
    }
    let ids: Vec<&str> = k.people.iter().map(|p| p.as_str()).collect();
    people(b, &ids, theme, out);
    Some(&k.refs)
}

fn risk<'a>(
    b: &'a Briefing,
    i: Option<usize>,
    theme: &Theme,
    out: &mut Vec<Line<'a>>,
) -> Option<&'a Refs> {
    let r = &b.financial_risks[i?];
    out.push(Line::from(vec![
        Span::styled(severity_badge(r.severity), theme.severity(r.severity)),
        Span::raw(" "),
        Span::styled(r.title.as_str(), theme.heading),
    ]));
    out.push(field("kind", r.kind.name().to_owned(), theme));
    out.push(field("severity", r.severity.name().to_owned(), theme));
    if let Some(m) = r.money() {
        out.push(field("amount", m, theme));
    }
    if let Some(p) = &r.period {
        out.push(field("period", p.to_string(), theme));
    }
    if let Some(t) = &r.text {
        out.push(Line::default());
        text_lines(t, out);
    }
    Some(&r.refs)
}
