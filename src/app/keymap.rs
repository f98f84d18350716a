//! The one place that maps keys to actions. The help overlay and the hint
//! bar are generated from this table, so they cannot drift from it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::Action;

/// A key chord.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ch(c: char) -> Key {
    plain(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

impl Key {
    /// How the help shows the key: `j`, `↓`, `Ctrl-d`, `PgDn`.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }

    fn matches(&self, event: &KeyEvent) -> bool {
        if self.code != event.code {
            return false;
        }
        // Shift is part of the character for letters and symbols (`G`, `?`),
        // so only Control and Alt must agree.
        let significant = KeyModifiers::CONTROL | KeyModifiers::ALT;
        (event.modifiers & significant) == (self.mods & significant)
    }
}

/// One line of the keymap: the keys, what they do, and the help text.
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
    /// Shown in the one-line hint bar.
    pub hint: Option<&'static str>,
}

/// Every key brief knows, in the order the help shows them.
pub const KEYMAP: &[Binding] = &[
    Binding {
        keys: &[ch('j'), plain(KeyCode::Down)],
        action: Action::Down,
        help: "move down",
        hint: Some("move"),
    },
    Binding {
        keys: &[ch('k'), plain(KeyCode::Up)],
        action: Action::Up,
        help: "move up",
        hint: None,
    },
    Binding {
        keys: &[ch('g'), plain(KeyCode::Home)],
        action: Action::Top,
        help: "go to the first item",
        hint: None,
    },
    Binding {
        keys: &[ch('G'), plain(KeyCode::End)],
        action: Action::Bottom,
        help: "go to the last item",
        hint: None,
    },
    Binding {
        keys: &[plain(KeyCode::PageDown)],
        action: Action::PageDown,
        help: "page down",
        hint: None,
    },
    Binding {
        keys: &[plain(KeyCode::PageUp)],
        action: Action::PageUp,
        help: "page up",
        hint: None,
    },
    Binding {
        keys: &[ctrl('d')],
        action: Action::HalfPageDown,
        help: "half a page down",
        hint: None,
    },
    Binding {
        keys: &[ctrl('u')],
        action: Action::HalfPageUp,
        help: "half a page up",
        hint: None,
    },
    Binding {
        keys: &[plain(KeyCode::Tab)],
        action: Action::NextPane,
        help: "next pane",
        hint: Some("pane"),
    },
    Binding {
        keys: &[plain(KeyCode::BackTab)],
        action: Action::PrevPane,
        help: "previous pane",
        hint: None,
    },
    Binding {
        keys: &[ch('1')],
        action: Action::FocusPane(1),
        help: "timeline",
        hint: None,
    },
    Binding {
        keys: &[ch('2')],
        action: Action::FocusPane(2),
        help: "key points",
        hint: None,
    },
    Binding {
        keys: &[ch('3')],
        action: Action::FocusPane(3),
        help: "financial risks",
        hint: None,
    },
    Binding {
        keys: &[ch('4')],
        action: Action::FocusPane(4),
        help: "people of the briefing",
        hint: None,
    },
    Binding {
        keys: &[ch('h'), plain(KeyCode::Left)],
        action: Action::FocusList,
        help: "back to the briefings list",
        hint: None,
    },
    Binding {
        keys: &[ch('l'), plain(KeyCode::Right)],
        action: Action::FocusPanes,
        help: "into the briefing's panes",
        hint: None,
    },
    Binding {
        keys: &[plain(KeyCode::Enter)],
        action: Action::Open,
        help: "open the selected item in full",
        hint: Some("detail"),
    },
    Binding {
        keys: &[ch('/')],
        action: Action::OpenPeopleSearch,
        help: "search people across all briefings",
        hint: Some("people"),
    },
    Binding {
        keys: &[ch('y')],
        action: Action::Copy,
        help: "copy the selected item as Markdown (to your own clipboard, over SSH too)",
        hint: None,
    },
    Binding {
        keys: &[ch(' ')],
        action: Action::ToggleReviewed,
        help: "mark the selected item (or briefing) reviewed, or not",
        hint: Some("reviewed"),
    },
    Binding {
        keys: &[ch('!')],
        action: Action::ToggleFlagged,
        help: "flag the selected item (or briefing), or unflag it",
        hint: None,
    },
    Binding {
        keys: &[ch('n')],
        action: Action::EditNote,
        help: "write a note on the selected item",
        hint: None,
    },
    Binding {
        keys: &[ch('f')],
        action: Action::CycleFilter,
        help: "list all briefings, the unreviewed ones, or the flagged ones",
        hint: None,
    },
    Binding {
        keys: &[ch('e')],
        action: Action::Edit,
        help: "edit the briefing in $VISUAL / $EDITOR, at the selected item",
        hint: None,
    },
    Binding {
        keys: &[ch('p')],
        action: Action::ShowProblems,
        help: "list problems found in the files",
        hint: None,
    },
    Binding {
        keys: &[ch('?')],
        action: Action::ShowHelp,
        help: "this help",
        hint: Some("help"),
    },
    Binding {
        keys: &[plain(KeyCode::Esc)],
        action: Action::Close,
        help: "close the overlay, go back",
        hint: None,
    },
    Binding {
        keys: &[ch('q')],
        action: Action::Quit,
        help: "quit",
        hint: Some("quit"),
    },
    Binding {
        keys: &[ctrl('c')],
        action: Action::ForceQuit,
        help: "quit from anywhere",
        hint: None,
    },
];

/// The action bound to `event`, if any.
pub fn action_for(event: &KeyEvent) -> Option<Action> {
    KEYMAP
        .iter()
        .find(|b| b.keys.iter().any(|k| k.matches(event)))
        .map(|b| b.action)
}

/// The hint bar: `j/↓ move  Tab pane  Enter detail  …`.
pub fn hints() -> Vec<(String, &'static str)> {
    KEYMAP
        .iter()
        .filter_map(|b| {
            let hint = b.hint?;
            let keys: Vec<String> = b.keys.iter().map(Key::label).collect();
            Some((keys.join("/"), hint))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_one_binding() {
        for (i, a) in KEYMAP.iter().enumerate() {
            for b in &KEYMAP[i + 1..] {
                assert_ne!(a.action, b.action, "{} and {}", a.help, b.help);
                for k in a.keys {
                    assert!(!b.keys.contains(k), "{} bound twice", k.label());
                }
            }
        }
    }

    #[test]
    fn shifted_letters_and_control_keys() {
        let ev = |code, mods| KeyEvent::new(code, mods);
        assert_eq!(
            action_for(&ev(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            action_for(&ev(KeyCode::Char('d'), KeyModifiers::CONTROL)),
            Some(Action::HalfPageDown)
        );
        assert_eq!(
            action_for(&ev(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::ForceQuit)
        );
        assert_eq!(
            action_for(&ev(KeyCode::Char('d'), KeyModifiers::NONE)),
            None
        );
    }
}
