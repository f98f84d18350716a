//! The people the briefing names: name, role and organisation.

use ratatui::Frame;
use ratatui::text::{Line, Span};

use super::PaneView;
use crate::model::{Briefing, Person};
use crate::review::{List, list_keys};
use crate::theme::Theme;
use crate::ui::widgets::marks_span;
use crate::ui::widgets::render_rows;

pub fn render(frame: &mut Frame, v: &PaneView, theme: &Theme) {
    let PaneView {
        inner,
        area,
        app,
        b,
        cursor,
        highlight,
    } = *v;
    let keys = list_keys(b, List::People);
    let rows = b
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let post = p.post();
            let mut spans = vec![
                marks_span(app, b, &keys[i], theme),
                Span::raw(p.name.as_str()),
            ];
            if !post.is_empty() {
                spans.push(Span::styled(format!(" — {post}"), theme.dim));
            }
            Line::from(spans)
        })
        .collect();
    render_rows(frame, inner, area, rows, Some(cursor), highlight);
}

/// A person in full, for the detail view: name, aliases, post, bio, and
/// their events in this briefing.
pub fn person_lines<'a>(b: &'a Briefing, p: &'a Person, theme: &Theme) -> Vec<Line<'a>> {
    let mut lines = vec![Line::from(Span::styled(p.name.as_str(), theme.heading))];
    if !p.aliases.is_empty() {
        let aliases: Vec<&str> = p.aliases.iter().map(|a| a.as_str()).collect();
        lines.push(Line::from(Span::styled(
            format!("also: {}", aliases.join(", ")),
            theme.dim,
        )));
    }
    let post = p.post();
    if !post.is_empty() {
        lines.push(Line::from(post));
    }
    if let Some(bio) = &p.bio {
        lines.push(Line::default());
        lines.extend(bio.lines().map(|l| Line::from(l.to_owned())));
    }
    let events: Vec<_> = b
        .timeline_order()
        .into_iter()
        .map(|i| &b.timeline[i])
        .filter(|e| e.person.as_str() == p.id || e.succeeds.as_deref() == Some(p.id.as_str()))
        .collect();
    if !events.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled("Events", theme.heading)));
        for e in events {
            let date = e.when.map_or_else(|| "undated".to_owned(), |d| d.human());
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{} ", crate::ui::widgets::event_mark(e.kind)),
                    theme.event(e.kind),
                ),
                Span::styled(format!("{date}: "), theme.dim),
                Span::raw(b.describe_event(e)),
            ]));
        }
    }
    lines
}
