//! The people picker's state: the query, the ranked results, the cursor.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::people::{Hit, PeopleIndex, PeopleSearch};

/// What a key does in the picker. Text keys edit the query; these are the
/// rest, listed in the help like every other key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickerAction {
    Next,
    Prev,
    Clear,
    Backspace,
    Jump,
    Close,
    Type(char),
}

/// The picker's keys, for the help overlay: (keys, what they do).
pub const PICKER_KEYS: &[(&str, &str)] = &[
    (
        "type",
        "search people by name or alias (accents and case ignored)",
    ),
    ("↓, Ctrl-n, Tab", "next result"),
    ("↑, Ctrl-p, Shift-Tab", "previous result"),
    ("Ctrl-u", "clear the query"),
    ("Enter", "jump to the person's most recent event"),
    ("Esc", "close the picker; after a jump, Esc goes back"),
];

/// The one mapping of picker keys.
pub fn picker_action(key: &KeyEvent) -> Option<PickerAction> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Down | KeyCode::Tab => PickerAction::Next,
        KeyCode::Up | KeyCode::BackTab => PickerAction::Prev,
        KeyCode::Char('n') if ctrl => PickerAction::Next,
        KeyCode::Char('p') if ctrl => PickerAction::Prev,
        KeyCode::Char('u') if ctrl => PickerAction::Clear,
        KeyCode::Backspace => PickerAction::Backspace,
        KeyCode::Enter => PickerAction::Jump,
        KeyCode::Esc => PickerAction::Close,
        KeyCode::Char(c) if !ctrl && !c.is_control() => PickerAction::Type(c),
        _ => return None,
    })
}

/// Results shown at most; the ranking beyond them is not needed on screen.
pub const PICKER_LIMIT: usize = 200;

#[derive(Debug)]
pub struct PeoplePicker {
    pub query: String,
    pub cursor: usize,
    search: PeopleSearch,
}

impl Default for PeoplePicker {
    fn default() -> Self {
        PeoplePicker {
            query: String::new(),
            cursor: 0,
            search: PeopleSearch::new(PICKER_LIMIT),
        }
    }
}

impl PeoplePicker {
    /// A fresh picker showing everyone.
    pub fn open(index: &PeopleIndex) -> Self {
        let mut p = PeoplePicker::default();
        p.search.update(index, "");
        p
    }

    pub fn hits(&self) -> &[Hit] {
        self.search.hits()
    }

    /// How many people match in all, beyond those shown.
    pub fn total(&self) -> usize {
        self.search.total()
    }

    pub fn selected(&self) -> Option<&Hit> {
        self.hits().get(self.cursor)
    }

    /// Runs the query again on a new index (after a reload).
    pub fn refresh(&mut self, index: &PeopleIndex) {
        self.search.update(index, &self.query);
        self.cursor = self.cursor.min(self.hits().len().saturating_sub(1));
    }

    /// Applies an editing or moving action; `Jump` and `Close` are the app's.
    pub fn apply(&mut self, index: &PeopleIndex, action: PickerAction) {
        let before = self.query.len();
        match action {
            PickerAction::Type(c) => self.query.push(c),
            PickerAction::Backspace => {
                self.query.pop();
            }
            PickerAction::Clear => self.query.clear(),
            PickerAction::Next => {
                self.cursor = (self.cursor + 1).min(self.hits().len().saturating_sub(1))
            }
            PickerAction::Prev => self.cursor = self.cursor.saturating_sub(1),
            PickerAction::Jump | PickerAction::Close => {}
        }
        if self.query.len() != before || action == PickerAction::Clear {
            self.search.update(index, &self.query);
            self.cursor = 0;
        }
    }
}
