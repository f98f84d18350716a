//! The people picker: a query line, ranked results with the matched
//! characters highlighted, and a preview of the selected person.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::widgets::{event_mark, pane_block, render_rows};
use crate::app::App;
use crate::people::{Hit, Item, PersonEntry};
use crate::theme::Theme;

pub fn render(frame: &mut Frame, app: &App, theme: &Theme) {
    let screen = frame.area();
    let outer = super::overlay::area(Rect {
        height: screen.height.saturating_sub(1),
        ..screen
    });
    if outer.is_empty() {
        return;
    }
    frame.render_widget(Clear, outer);
    let picker = &app.picker;
    let title = format!(
        " People ({} of {}) — Enter jumps, Esc closes ",
        picker.hits().len(),
        picker.total()
    );
    let block = pane_block(title, true, theme).style(theme.base);
    let inner = block.inner(outer);
    frame.render_widget(block, outer);
    if inner.is_empty() {
        return;
    }
    let [query, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(inner);
    frame.render_widget(
        Line::from(vec![
            Span::styled("> ", theme.key),
            Span::raw(picker.query.as_str()),
            Span::styled("▏", theme.key),
        ]),
        query,
    );
    let (results, preview) = if body.width >= 70 {
        let [r, p] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Fill(1)]).areas(body);
        (r, Some(p))
    } else {
        (body, None)
    };
    let rows = picker
        .hits()
        .iter()
        .map(|hit| result_line(app, hit, theme))
        .collect::<Vec<_>>();
    if rows.is_empty() {
        frame.render_widget(Span::styled("no one matches", theme.dim), results);
    } else {
        render_rows(
            frame,
            results,
            outer,
            rows,
            Some(picker.cursor),
            theme.selected,
        );
    }
    if let (Some(area), Some(hit)) = (preview, picker.selected())
        && let Some(entry) = app.people.entry(hit.entry)
    {
        let block = ratatui::widgets::Block::new()
            .borders(ratatui::widgets::Borders::LEFT)
            .border_style(theme.border);
        let para = Paragraph::new(preview_lines(app, entry, theme))
            .wrap(Wrap { trim: false })
            .block(block);
        frame.render_widget(para, area);
    }
}

/// A result: the name (or the alias that matched) with matched characters
/// highlighted, then how many briefings name them.
fn result_line<'a>(app: &'a App, hit: &Hit, theme: &Theme) -> Line<'a> {
    let Some(entry) = app.people.entry(hit.entry) else {
        return Line::default();
    };
    let text = hit.matched_text(entry);
    let mut spans = highlighted(text, &hit.positions, theme.base, theme.matched);
    if hit.matched_alias.is_some() {
        spans.push(Span::styled(format!(" ({})", entry.name), theme.dim));
    }
    let n = entry.briefings.len();
    spans.push(Span::styled(
        format!("  {n} {}", if n == 1 { "briefing" } else { "briefings" }),
        theme.dim,
    ));
    Line::from(spans)
}

/// `text` with the chars at `positions` in `hit` style.
fn highlighted<'a>(text: &str, positions: &[usize], base: Style, hit: Style) -> Vec<Span<'a>> {
    let mut spans: Vec<Span> = Vec::new();
    let mut run = String::new();
    let mut run_hit = false;
    for (i, c) in text.chars().enumerate() {
        let is_hit = positions.binary_search(&i).is_ok();
        if is_hit != run_hit && !run.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                if run_hit { hit } else { base },
            ));
        }
        run_hit = is_hit;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_hit { hit } else { base }));
    }
    spans
}

/// Name, aliases, every role seen, and every event and key point naming the
/// person across all briefings, newest first.
fn preview_lines<'a>(app: &'a App, entry: &'a PersonEntry, theme: &Theme) -> Vec<Line<'a>> {
    let briefings = &app.corpus.briefings;
    let mut lines = vec![Line::from(Span::styled(entry.name.as_str(), theme.heading))];
    if !entry.aliases.is_empty() {
        let aliases: Vec<&str> = entry.aliases.iter().map(|a| a.as_str()).collect();
        lines.push(Line::from(Span::styled(
            format!("also: {}", aliases.join(", ")),
            theme.dim,
        )));
    }
    for seen in &entry.roles {
        lines.push(Line::from(vec![
            Span::raw(crate::model::post(
                seen.role.as_deref(),
                seen.org.as_deref(),
            )),
            Span::styled(format!("  ({})", briefings[seen.briefing].id), theme.dim),
        ]));
    }
    lines.push(Line::default());
    for a in &entry.appearances {
        let b = &briefings[a.briefing as usize];
        let date = a.when.map_or_else(|| "undated".to_owned(), |d| d.iso());
        let (mark, style, text) = match a.item {
            Item::Event(i) => {
                let e = &b.timeline[i as usize];
                (event_mark(e.kind), theme.event(e.kind), b.describe_event(e))
            }
            Item::KeyPoint(i) => ("•", theme.base, b.key_points[i as usize].title.to_string()),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{mark} "), style),
            Span::styled(format!("{date} "), theme.dim),
            Span::raw(text),
        ]));
        lines.push(Line::from(Span::styled(
            format!("    in {}", b.title.lines().next().unwrap_or("")),
            theme.dim,
        )));
    }
    lines
}
