//! Review marks in the app: reviewed, flagged and notes on the selected
//! item. The app only records the change and queues it; the terminal loop
//! saves it (the app does no I/O).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{App, Filter, Overlay};
use crate::review::{ItemKey, ItemState, Marks, item_key};

/// The note editor's keys, for the help overlay: (keys, what they do).
pub const NOTE_KEYS: &[(&str, &str)] = &[
    ("type", "write the note; Enter starts a new line"),
    ("Ctrl-s", "save the note"),
    ("Esc", "close without saving"),
];

/// Longest note kept, in bytes; a paste past it is cut.
const MAX_NOTE: usize = 16 * 1024;

impl App {
    /// The selected item's briefing id and key.
    fn selected_key(&self) -> Option<(String, ItemKey)> {
        let b = self.briefing()?;
        Some((b.id.clone(), item_key(b, self.selection()?)))
    }

    /// The current state of the selected item's marks (blank if none).
    pub fn selected_mark(&self) -> Option<ItemState> {
        let (id, key) = self.selected_key()?;
        Some(self.marks.get(&id, &key).cloned().unwrap_or_default())
    }

    /// Changes the selected item's marks with `f`, stamps the change with
    /// the time the caller gave, and queues it for saving.
    pub(super) fn change_mark(
        &mut self,
        f: impl FnOnce(&mut ItemState),
        what: &str,
        on: impl Fn(&ItemState) -> bool,
    ) {
        let Some((id, key)) = self.selected_key() else {
            return;
        };
        let mut state = self.marks.get(&id, &key).cloned().unwrap_or_default();
        f(&mut state);
        state.updated = self.now.clone();
        self.status = Some(format!(
            "{} {what}",
            if on(&state) { "marked" } else { "unmarked" }
        ));
        self.marks.set(&id, key.clone(), state.clone());
        self.pending_saves.push((id, key, state));
        if self.filter != Filter::All {
            self.refresh_order();
        }
    }

    /// A key while the note editor is open.
    pub(super) fn on_note_key(&mut self, key: &KeyEvent) {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Esc => self.overlay = None,
            KeyCode::Char('s') if ctrl => {
                let note = std::mem::take(&mut self.note);
                let trimmed = note.trim_end().to_owned();
                self.overlay = None;
                self.change_mark(
                    |s| s.note = (!trimmed.is_empty()).then_some(trimmed.clone()),
                    "note saved;",
                    |_| true,
                );
                self.status = Some(if note.trim().is_empty() {
                    "note removed".into()
                } else {
                    "note saved".into()
                });
            }
            KeyCode::Char('u') if ctrl => self.note.clear(),
            KeyCode::Enter => self.push_note('\n'),
            KeyCode::Tab => self.push_note(' '),
            KeyCode::Backspace => {
                self.note.pop();
            }
            KeyCode::Char(c) if !ctrl && !c.is_control() => self.push_note(c),
            _ => {}
        }
    }

    fn push_note(&mut self, c: char) {
        if self.note.len() + c.len_utf8() <= MAX_NOTE {
            self.note.push(c);
        }
    }

    /// Pasted text into the note editor (bracketed paste), cleaned like any
    /// text shown on screen.
    pub(super) fn paste_note(&mut self, text: &str) {
        for c in crate::model::sanitize(text).chars() {
            self.push_note(c);
        }
    }

    /// Replaces the marks with what is on disk now (another process may
    /// have saved some), keeping this session's unsaved ones.
    pub fn set_marks(&mut self, marks: Marks) {
        let mut marks = marks;
        for (id, key, state) in &self.pending_saves {
            marks.merge(id, key.clone(), state.clone());
        }
        if marks != self.marks {
            self.marks = marks;
            if self.filter != Filter::All {
                self.refresh_order();
            }
        }
    }

    /// True while the note editor has the keyboard.
    pub fn editing_note(&self) -> bool {
        self.overlay == Some(Overlay::Note)
    }
}
