//! The selected briefing's header: title, then date, source and tags.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::app::App;
use crate::theme::Theme;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(b) = app.briefing() else { return };
    let mut meta: Vec<Span> = Vec::new();
    let mut push = |s: String, style| {
        if !meta.is_empty() {
            meta.push(Span::styled(" · ", theme.dim));
        }
        meta.push(Span::styled(s, style));
    };
    push(
        b.date.map_or_else(|| "undated".to_owned(), |d| d.human()),
        theme.base,
    );
    if let Some(src) = &b.source {
        if let Some(p) = &src.publisher {
            push(p.to_string(), theme.base);
        }
        if let Some(a) = &src.author {
            push(format!("by {a}"), theme.dim);
        }
        if let Some(l) = &src.language {
            push(format!("[{l}]"), theme.dim);
        }
    }
    for t in &b.tags {
        meta.push(Span::raw(" "));
        meta.push(Span::styled(format!("#{t}"), theme.tag));
    }
    let lines = vec![
        Line::from(Span::styled(
            b.title.lines().next().unwrap_or("").to_owned(),
            theme.heading,
        )),
        Line::from(meta),
    ];
    let block = Block::new()
        .borders(Borders::BOTTOM)
        .border_style(theme.border);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
