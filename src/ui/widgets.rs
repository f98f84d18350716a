//! Pieces the panes share: the framed block, a scrolling list of lines with
//! a scrollbar, and the marks for event kinds.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Scrollbar, ScrollbarOrientation, ScrollbarState};

use crate::model::{EventKind, Severity};
use crate::theme::Theme;

/// A bordered block titled like ` 1 Timeline (7) `, highlighted when focused.
pub fn pane_block<'a>(title: String, focused: bool, theme: &Theme) -> Block<'a> {
    let (border, title_style) = if focused {
        (theme.border_focused, theme.title_focused)
    } else {
        (theme.border, theme.title)
    };
    Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(border)
        .title(Span::styled(title, title_style))
}

/// The first row to show so that `cursor` stays visible, kept near the
/// middle of the view once the list is longer than the view.
pub fn scroll_offset(cursor: usize, len: usize, height: usize) -> usize {
    if len <= height || height == 0 {
        return 0;
    }
    cursor.saturating_sub(height / 2).min(len - height)
}

/// Draws `rows` (already styled) in `area`, the row at `cursor` highlighted,
/// scrolled to keep it in view, with a scrollbar on `frame_area`'s right
/// border when they overflow.
pub fn render_rows(
    frame: &mut Frame,
    area: Rect,
    frame_area: Rect,
    rows: Vec<Line<'_>>,
    cursor: Option<usize>,
    highlight: Style,
) {
    let height = usize::from(area.height);
    let len = rows.len();
    let offset = scroll_offset(cursor.unwrap_or(0), len, height);
    for (i, line) in rows.into_iter().enumerate().skip(offset).take(height) {
        let y = area.y + (i - offset) as u16;
        let row = Rect {
            y,
            height: 1,
            ..area
        };
        let line = if Some(i) == cursor {
            line.patch_style(highlight)
        } else {
            line
        };
        if Some(i) == cursor {
            frame.buffer_mut().set_style(row, highlight);
        }
        frame.render_widget(line, row);
    }
    scrollbar(frame, frame_area, len, height, offset);
}

/// A vertical scrollbar on the right border of `frame_area`, only when the
/// content overflows.
pub fn scrollbar(frame: &mut Frame, frame_area: Rect, len: usize, height: usize, offset: usize) {
    if len <= height || frame_area.height < 3 {
        return;
    }
    let mut state = ScrollbarState::new(len.saturating_sub(height))
        .position(offset)
        .viewport_content_length(height);
    let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None);
    frame.render_stateful_widget(
        bar,
        frame_area.inner(Margin {
            vertical: 1,
            horizontal: 0,
        }),
        &mut state,
    );
}

/// The mark of an event kind: the shape carries the meaning even without
/// colour.
pub fn event_mark(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Appointment => "▲",
        EventKind::Departure => "▼",
        EventKind::Role => "●",
        EventKind::Other => "◆",
    }
}

/// A fixed-width severity badge.
pub fn severity_badge(severity: Severity) -> &'static str {
    match severity {
        Severity::Low => " LOW ",
        Severity::Medium => " MED ",
        Severity::High => " HIGH",
        Severity::Critical => " CRIT",
    }
}

/// The review marks of one item, two columns wide: `✓` reviewed, then
/// `⚑` flagged or else `✎` noted. `key` comes from
/// [`crate::review::list_keys`], computed once per pane.
pub fn marks_span(
    app: &crate::app::App,
    b: &crate::model::Briefing,
    key: &crate::review::ItemKey,
    theme: &Theme,
) -> Span<'static> {
    let Some(state) = app.marks.get(&b.id, key) else {
        return Span::raw("  ");
    };
    let reviewed = if state.reviewed { "✓" } else { " " };
    let noted = state.note.as_deref().is_some_and(|n| !n.is_empty());
    match (state.flagged, noted) {
        (true, _) => Span::styled(format!("{reviewed}⚑"), theme.flagged),
        (false, true) => Span::styled(format!("{reviewed}✎"), theme.reviewed),
        (false, false) => Span::styled(format!("{reviewed} "), theme.reviewed),
    }
}
