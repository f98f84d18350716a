//! Random key sequences at random terminal sizes never panic and keep every
//! selection in bounds.

use brief::app::keymap::KEYMAP;
use brief::app::{Action, App, Overlay, Pane};
use brief::load::{self, Origin};
use brief::theme::Theme;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};

fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        Just((1, 1)),
        Just((80, 0)),
        Just((0, 24)),
        Just((300, 100)),
        Just((80, 24)),
        (1u16..200, 1u16..80),
    ]
}

/// A key press or release of any bound key, or a resize.
fn event() -> impl Strategy<Value = Event> {
    let keys: Vec<KeyEvent> = KEYMAP
        .iter()
        .flat_map(|b| b.keys.iter().map(|k| KeyEvent::new(k.code, k.mods)))
        .filter(|k| brief::app::keymap::action_for(k) != Some(Action::Quit))
        .filter(|k| brief::app::keymap::action_for(k) != Some(Action::ForceQuit))
        .collect();
    prop_oneof![
        8 => (prop::sample::select(keys.clone()), any::<bool>()).prop_map(|(mut k, release)| {
            if release {
                k.kind = KeyEventKind::Release;
            }
            Event::Key(k)
        }),
        1 => size().prop_map(|(w, h)| Event::Resize(w, h)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_keys_at_any_size(start in size(), events in prop::collection::vec(event(), 0..60)) {
        let mut app = App::new(load::load_bundled(), Origin::Bundled, start);
        let theme = Theme::default();
        let mut terminal = Terminal::new(TestBackend::new(start.0, start.1)).unwrap();
        for ev in &events {
            app.handle_event(ev);
            if let Event::Resize(w, h) = ev {
                terminal.backend_mut().resize(*w, *h);
            }
            terminal.draw(|f| brief::ui::render(f, &app, &theme)).unwrap();
            prop_assert!(app.list_cursor < app.order.len().max(1));
            for pane in Pane::ALL {
                prop_assert!(app.cursor(pane) < app.pane_len(pane).max(1), "{pane:?} out of bounds");
            }
            if let Some(Overlay::Help { scroll } | Overlay::Problems { scroll } | Overlay::Detail { scroll }) = &app.overlay {
                prop_assert!(*scroll <= brief::ui::overlay_max_scroll(&app));
            }
        }
    }
}
