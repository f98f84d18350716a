//! Where everything goes at a given terminal size. One function decides it,
//! so every view and the tests agree.

use ratatui::layout::{Constraint, Rect};

use crate::app::{App, Focus, Pane};

/// From this size up, all panes show at once.
pub const WIDE_MIN: (u16, u16) = (120, 30);

/// The rectangles of one frame.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Layout {
    pub list: Option<Rect>,
    pub header: Option<Rect>,
    /// The pane tabs, when panes take turns (narrow terminals).
    pub tabs: Option<Rect>,
    pub panes: Vec<(Pane, Rect)>,
    /// Where to explain an empty folder.
    pub empty: Option<Rect>,
    pub status: Rect,
}

impl Layout {
    pub fn new(area: Rect, app: &App) -> Self {
        let [main, status] =
            ratatui::layout::Layout::vertical([Constraint::Fill(1), Constraint::Length(1)])
                .areas(area);
        let mut out = Layout {
            status,
            ..Layout::default()
        };
        if main.is_empty() {
            return out;
        }
        let wide = area.width >= WIDE_MIN.0 && area.height >= WIDE_MIN.1;
        let list_width = if wide { 36 } else { 28 };
        // Below 60 columns the list and the panes take turns.
        let (list, right) = if area.width >= 60 {
            let [l, r] = ratatui::layout::Layout::horizontal([
                Constraint::Length(list_width),
                Constraint::Fill(1),
            ])
            .areas(main);
            (Some(l), Some(r))
        } else if app.focus == Focus::List {
            (Some(main), None)
        } else {
            (None, Some(main))
        };
        out.list = list;
        let Some(right) = right else { return out };
        if app.briefing().is_none() {
            out.empty = Some(right);
            return out;
        }
        let header_height = if right.height >= 12 { 3 } else { 0 };
        let [header, body] = ratatui::layout::Layout::vertical([
            Constraint::Length(header_height),
            Constraint::Fill(1),
        ])
        .areas(right);
        out.header = (header_height > 0).then_some(header);
        if wide {
            let [top, bottom] = ratatui::layout::Layout::vertical([
                Constraint::Percentage(50),
                Constraint::Fill(1),
            ])
            .areas(body);
            let [timeline, people] = ratatui::layout::Layout::horizontal([
                Constraint::Percentage(62),
                Constraint::Fill(1),
            ])
            .areas(top);
            let [points, risks] = ratatui::layout::Layout::horizontal([
                Constraint::Percentage(50),
                Constraint::Fill(1),
            ])
            .areas(bottom);
            out.panes = vec![
                (Pane::Timeline, timeline),
                (Pane::People, people),
                (Pane::KeyPoints, points),
                (Pane::Risks, risks),
            ];
        } else {
            let [tabs, pane] =
                ratatui::layout::Layout::vertical([Constraint::Length(1), Constraint::Fill(1)])
                    .areas(body);
            out.tabs = Some(tabs);
            let shown = match app.focus {
                Focus::Pane(p) => p,
                Focus::List => app.last_pane,
            };
            out.panes = vec![(shown, pane)];
        }
        out
    }
}
