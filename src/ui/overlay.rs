//! What the overlays share: where they stand, and how far they scroll.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::widgets::{pane_block, scrollbar};
use crate::app::{App, Overlay};
use crate::theme::Theme;

/// The rectangle of an overlay: most of the screen, centred.
pub fn area(screen: Rect) -> Rect {
    let horizontal = if screen.width > 100 {
        screen.width / 8
    } else {
        screen.width / 20
    };
    let vertical = if screen.height > 30 {
        screen.height / 8
    } else {
        1
    };
    screen.inner(Margin {
        horizontal,
        vertical,
    })
}

/// The title and lines of the open overlay, and whether they wrap.
fn content<'a>(app: &'a App, theme: &Theme) -> Option<(String, Vec<Line<'a>>, bool)> {
    Some(match app.overlay.as_ref()? {
        Overlay::Help { .. } => (" Keys ".to_owned(), super::help::lines(theme), false),
        Overlay::Problems { .. } => {
            let n = app.diagnostics().count();
            (
                format!(" Problems ({n}) "),
                super::problems::lines(app, theme),
                true,
            )
        }
        Overlay::Detail { .. } => (
            " Detail ".to_owned(),
            super::detail::lines(app, theme),
            true,
        ),
        Overlay::People | Overlay::Note => return None,
    })
}

fn paragraph<'a>(lines: Vec<Line<'a>>, wrap: bool) -> Paragraph<'a> {
    let p = Paragraph::new(lines);
    if wrap {
        p.wrap(Wrap { trim: false })
    } else {
        p
    }
}

/// The largest useful scroll of the open overlay at the app's size.
pub fn max_scroll(app: &App) -> u16 {
    let theme = Theme::default();
    let Some((_, lines, wrap)) = content(app, &theme) else {
        return 0;
    };
    let outer = area(Rect::new(0, 0, app.size.0, app.size.1.saturating_sub(1)));
    let inner = outer.inner(Margin {
        horizontal: 1,
        vertical: 1,
    });
    let total = paragraph(lines, wrap).line_count(inner.width.max(1));
    u16::try_from(total.saturating_sub(usize::from(inner.height))).unwrap_or(u16::MAX)
}

/// Draws the open overlay over the screen.
pub fn render(frame: &mut Frame, app: &App, scroll: u16, theme: &Theme) {
    let Some((title, lines, wrap)) = content(app, theme) else {
        return;
    };
    let screen = frame.area();
    let outer = area(Rect {
        height: screen.height.saturating_sub(1),
        ..screen
    });
    if outer.is_empty() {
        return;
    }
    let block = pane_block(format!("{title}— Esc closes "), true, theme);
    let inner = block.inner(outer);
    frame.render_widget(Clear, outer);
    frame.render_widget(block.style(theme.base), outer);
    let para = paragraph(lines, wrap);
    let total = para.line_count(inner.width.max(1));
    let scroll = scroll
        .min(u16::try_from(total.saturating_sub(usize::from(inner.height))).unwrap_or(u16::MAX));
    frame.render_widget(para.scroll((scroll, 0)), inner);
    scrollbar(
        frame,
        outer,
        total,
        usize::from(inner.height),
        usize::from(scroll),
    );
}
