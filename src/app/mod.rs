//! Application state and the one function that changes it.
//!
//! [`App::update`] applies an [`Action`]; it does no I/O and reads no clock,
//! so a test or a benchmark can drive the app with any sequence of actions.
//! Input arrives as crossterm events passed in by the caller (the local
//! terminal loop, or a test), never read from a global.

pub mod keymap;
pub mod picker;
pub mod review;

use std::sync::Arc;

use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};

use crate::load::{Corpus, Origin};
use crate::model::Briefing;
use crate::people::{Item, PeopleIndex};
use crate::review::{ItemKey, ItemState, Marks};
use picker::{PeoplePicker, PickerAction};

pub use crate::markdown::Selection;

/// Everything a key can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    HalfPageUp,
    HalfPageDown,
    NextPane,
    PrevPane,
    /// Focus pane 1–4.
    FocusPane(u8),
    FocusList,
    FocusPanes,
    Open,
    Close,
    ShowHelp,
    ShowProblems,
    OpenPeopleSearch,
    /// Copy the selected item, as Markdown, to the reviewer's clipboard.
    Copy,
    /// Open the selected item's file in the user's editor.
    Edit,
    /// Mark the selected item (or briefing) reviewed, or not.
    ToggleReviewed,
    /// Flag the selected item (or briefing), or unflag it.
    ToggleFlagged,
    /// Write or change the note on the selected item.
    EditNote,
    /// Show all briefings, the unreviewed ones, or the flagged ones.
    CycleFilter,
    Quit,
    ForceQuit,
    Resize(u16, u16),
}

/// The panes of a briefing, numbered 1–4 as the keys focus them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    Timeline,
    KeyPoints,
    Risks,
    People,
}

impl Pane {
    pub const ALL: [Pane; 4] = [Pane::Timeline, Pane::KeyPoints, Pane::Risks, Pane::People];

    pub fn index(self) -> usize {
        match self {
            Pane::Timeline => 0,
            Pane::KeyPoints => 1,
            Pane::Risks => 2,
            Pane::People => 3,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Pane::Timeline => "Timeline",
            Pane::KeyPoints => "Key points",
            Pane::Risks => "Financial risks",
            Pane::People => "People",
        }
    }
}

/// What has the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    List,
    Pane(Pane),
}

/// A window over the main view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    Problems {
        scroll: u16,
    },
    Detail {
        scroll: u16,
    },
    /// The people picker; its state is [`App::picker`].
    People,
    /// The note editor; its text is [`App::note`].
    Note,
}

/// Where the user was before a jump, so Esc can go back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub list_cursor: usize,
    pub pane_cursor: [usize; 4],
    pub focus: Focus,
}

/// The whole state of one brief session.
#[derive(Debug)]
pub struct App {
    /// The briefings, shared: many sessions of `brief serve` read one copy.
    pub corpus: Arc<Corpus>,
    pub origin: Origin,
    /// Briefing indexes in list order: newest first, undated last.
    pub order: Vec<usize>,
    /// Position in `order` of the selected briefing.
    pub list_cursor: usize,
    /// Cursor of each pane, in that pane's display order.
    pub pane_cursor: [usize; 4],
    pub focus: Focus,
    /// The pane `l` returns to.
    pub last_pane: Pane,
    pub overlay: Option<Overlay>,
    /// Terminal size, columns by rows.
    pub size: (u16, u16),
    pub should_quit: bool,
    /// Everyone across all briefings, for the people picker; shared like
    /// the corpus.
    pub people: Arc<PeopleIndex>,
    pub picker: PeoplePicker,
    /// Set by a jump from the picker; Esc returns there.
    pub jumped_from: Option<Place>,
    /// Text the terminal loop should put on the clipboard (OSC 52).
    pub clipboard: Option<String>,
    /// A one-line message for the status bar, until the next key.
    pub status: Option<String>,
    /// A file to open in the editor, at a place in it; the terminal loop
    /// does it.
    pub edit_request: Option<(std::path::PathBuf, Vec<crate::load::Seg>)>,
    /// Problems with the config and theme, shown with the briefings' own
    /// and kept across reloads.
    pub setup_problems: Vec<crate::load::Diagnostic>,
    /// The reviewer's marks on every briefing.
    pub marks: Marks,
    /// Changes to marks that the terminal loop must save.
    pub pending_saves: Vec<(String, ItemKey, ItemState)>,
    /// Which briefings the list shows.
    pub filter: Filter,
    /// The note being written, while the note editor is open.
    pub note: String,
    /// The time, as the caller last said it (RFC 3339): the app reads no
    /// clock.
    pub now: String,
}

/// The list filter `f` cycles through.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    #[default]
    All,
    Unreviewed,
    Flagged,
}

impl Filter {
    pub fn name(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Unreviewed => "unreviewed",
            Filter::Flagged => "flagged",
        }
    }
}

impl App {
    pub fn new(corpus: Corpus, origin: Origin, size: (u16, u16)) -> Self {
        let people = Arc::new(PeopleIndex::new(&corpus.briefings));
        App::shared(Arc::new(corpus), people, origin, size)
    }

    /// An app on briefings and a people index that other apps share.
    pub fn shared(
        corpus: Arc<Corpus>,
        people: Arc<PeopleIndex>,
        origin: Origin,
        size: (u16, u16),
    ) -> Self {
        let order = list_order(&corpus.briefings, &Marks::new(), Filter::All);
        App {
            people,
            picker: PeoplePicker::default(),
            jumped_from: None,
            clipboard: None,
            status: None,
            edit_request: None,
            setup_problems: Vec::new(),
            marks: Marks::new(),
            pending_saves: Vec::new(),
            filter: Filter::All,
            note: String::new(),
            now: String::new(),
            corpus,
            origin,
            order,
            list_cursor: 0,
            pane_cursor: [0; 4],
            focus: Focus::List,
            last_pane: Pane::Timeline,
            overlay: None,
            size,
            should_quit: false,
        }
    }

    /// The selected briefing, if the folder has any.
    pub fn briefing(&self) -> Option<&Briefing> {
        self.order
            .get(self.list_cursor)
            .map(|&i| &*self.corpus.briefings[i])
    }

    /// How many rows a pane of the selected briefing has.
    pub fn pane_len(&self, pane: Pane) -> usize {
        self.briefing().map_or(0, |b| match pane {
            Pane::Timeline => b.timeline.len(),
            Pane::KeyPoints => b.key_points.len(),
            Pane::Risks => b.financial_risks.len(),
            Pane::People => b.people.len(),
        })
    }

    pub fn cursor(&self, pane: Pane) -> usize {
        self.pane_cursor[pane.index()]
    }

    /// Feeds one terminal event to the app. Only key presses count, not
    /// releases or repeats reported as releases.
    pub fn handle_event(&mut self, event: &Event) {
        match event {
            Event::Key(key) if key.kind == KeyEventKind::Press => self.on_key(key),
            Event::Resize(w, h) => self.update(Action::Resize(*w, *h)),
            Event::Paste(text) if self.overlay == Some(Overlay::Note) => self.paste_note(text),
            Event::Paste(text) if self.overlay == Some(Overlay::People) => {
                // A pasted name goes into the query, on one line.
                for c in crate::model::sanitize(text).chars().take(200) {
                    let c = if c == '\n' { ' ' } else { c };
                    self.picker.apply(&self.people, PickerAction::Type(c));
                }
            }
            _ => {}
        }
    }

    /// Maps a key press through the keymap and applies it.
    pub fn on_key(&mut self, key: &KeyEvent) {
        if self.overlay == Some(Overlay::People)
            && keymap::action_for(key) != Some(Action::ForceQuit)
        {
            if let Some(action) = picker::picker_action(key) {
                self.on_picker(action);
            }
            return;
        }
        if self.overlay == Some(Overlay::Note) && keymap::action_for(key) != Some(Action::ForceQuit)
        {
            self.on_note_key(key);
            return;
        }
        if let Some(action) = keymap::action_for(key) {
            self.update(action);
        }
    }

    /// Adds problems found outside the briefings (config, theme), shown
    /// first in the problems overlay.
    pub fn with_setup_problems(mut self, problems: Vec<crate::load::Diagnostic>) -> Self {
        self.setup_problems = problems;
        self
    }

    /// Every problem to show: the setup's, then the briefings'.
    pub fn diagnostics(&self) -> impl Iterator<Item = &crate::load::Diagnostic> {
        self.setup_problems.iter().chain(&self.corpus.diagnostics)
    }

    /// How many of [`App::diagnostics`] are errors, and how many warnings.
    pub fn problem_counts(&self) -> (usize, usize) {
        let errors = self.diagnostics().filter(|d| d.is_error()).count();
        (errors, self.diagnostics().count() - errors)
    }

    /// Replaces the briefings after a reload, keeping the selection on the
    /// same briefing (by id) and the cursors where they still fit.
    pub fn set_corpus(&mut self, corpus: Corpus) {
        let people = Arc::new(PeopleIndex::new(&corpus.briefings));
        self.set_shared(Arc::new(corpus), people);
    }

    /// [`App::set_corpus`] with briefings and an index shared with others.
    pub fn set_shared(&mut self, corpus: Arc<Corpus>, people: Arc<PeopleIndex>) {
        let selected = self.briefing().map(|b| b.id.clone());
        self.corpus = corpus;
        self.people = people;
        self.refresh_order_keeping(selected);
        if self.overlay == Some(Overlay::People) {
            self.picker.refresh(&self.people);
        }
        self.jumped_from = None;
        self.clamp_overlay_scroll();
    }

    /// Recomputes the list (after the filter or the marks changed),
    /// keeping the selection on the same briefing when it is still listed.
    pub fn refresh_order(&mut self) {
        let selected = self.briefing().map(|b| b.id.clone());
        self.refresh_order_keeping(selected);
    }

    fn refresh_order_keeping(&mut self, selected: Option<String>) {
        self.order = list_order(&self.corpus.briefings, &self.marks, self.filter);
        let found = selected.and_then(|id| {
            self.order
                .iter()
                .position(|&i| self.corpus.briefings[i].id == id)
        });
        match found {
            Some(pos) => self.list_cursor = pos,
            None => {
                self.list_cursor = self.list_cursor.min(self.order.len().saturating_sub(1));
                self.pane_cursor = [0; 4];
            }
        }
        for pane in Pane::ALL {
            let len = self.pane_len(pane);
            self.pane_cursor[pane.index()] = self.cursor(pane).min(len.saturating_sub(1));
        }
    }

    /// The selected item: the briefing when the list has the keyboard, else
    /// the row under the focused pane's cursor, as an index in the file.
    pub fn selection(&self) -> Option<Selection> {
        let b = self.briefing()?;
        let Focus::Pane(pane) = self.focus else {
            return Some(Selection::Briefing);
        };
        let cursor = self.cursor(pane);
        match pane {
            Pane::Timeline => b.timeline_order().get(cursor).map(|&i| Selection::Event(i)),
            Pane::KeyPoints => (cursor < b.key_points.len()).then_some(Selection::KeyPoint(cursor)),
            Pane::Risks => b.risk_order().get(cursor).map(|&i| Selection::Risk(i)),
            Pane::People => (cursor < b.people.len()).then_some(Selection::Person(cursor)),
        }
    }

    /// The only place state changes.
    pub fn update(&mut self, action: Action) {
        if !matches!(action, Action::Resize(..)) {
            self.status = None;
        }
        self.apply(action);
        // Any action can change what an open overlay shows or the room it
        // has (a mark toggled in the detail view, a resize), so its scroll
        // is brought back within its content after every one.
        self.clamp_overlay_scroll();
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Quit | Action::ForceQuit => self.should_quit = true,
            Action::Resize(w, h) => self.size = (w, h),
            Action::Close => {
                if self.overlay.take().is_some() {
                } else if let Some(place) = self.jumped_from.take() {
                    self.go_to(place);
                } else if self.focus != Focus::List {
                    self.focus = Focus::List;
                }
            }
            Action::ShowHelp => self.toggle(Overlay::Help { scroll: 0 }),
            Action::ShowProblems => self.toggle(Overlay::Problems { scroll: 0 }),
            Action::Open => {
                if self.overlay.is_none() && self.has_selection() {
                    self.overlay = Some(Overlay::Detail { scroll: 0 });
                }
            }
            Action::Copy => {
                if let (Some(b), Some(sel)) = (self.briefing(), self.selection()) {
                    let text = crate::markdown::item(b, sel);
                    self.status = Some(format!(
                        "copied {} bytes of Markdown to your clipboard (OSC 52)",
                        text.len()
                    ));
                    self.clipboard = Some(text);
                }
            }
            Action::ToggleReviewed => {
                self.change_mark(|s| s.reviewed = !s.reviewed, "reviewed", |s| s.reviewed)
            }
            Action::ToggleFlagged => {
                self.change_mark(|s| s.flagged = !s.flagged, "flagged", |s| s.flagged)
            }
            Action::EditNote => {
                if let Some(state) = self.selected_mark() {
                    self.note = state.note.unwrap_or_default();
                    self.overlay = Some(Overlay::Note);
                }
            }
            Action::CycleFilter => {
                self.filter = match self.filter {
                    Filter::All => Filter::Unreviewed,
                    Filter::Unreviewed => Filter::Flagged,
                    Filter::Flagged => Filter::All,
                };
                self.refresh_order();
                self.status = Some(format!("showing {} briefings", self.filter.name()));
            }
            Action::Edit => match (self.briefing(), self.selection()) {
                (Some(b), Some(sel)) if matches!(self.origin, Origin::Folder(_)) => {
                    use crate::load::Seg;
                    let at = match sel {
                        Selection::Briefing => vec![],
                        Selection::Event(i) => vec![Seg::Key("timeline"), Seg::Index(i)],
                        Selection::KeyPoint(i) => vec![Seg::Key("key_points"), Seg::Index(i)],
                        Selection::Risk(i) => vec![Seg::Key("financial_risks"), Seg::Index(i)],
                        Selection::Person(i) => vec![Seg::Key("people"), Seg::Index(i)],
                    };
                    self.edit_request = Some((b.path.clone(), at));
                }
                (Some(_), Some(_)) => {
                    self.status = Some(
                        "the bundled briefings are read-only; open a folder to edit".to_owned(),
                    );
                }
                _ => {}
            },
            Action::OpenPeopleSearch => {
                self.picker = PeoplePicker::open(&self.people);
                self.overlay = Some(Overlay::People);
            }
            _ if self.overlay.is_some() => self.scroll_overlay(action),
            Action::NextPane => self.cycle(1),
            Action::PrevPane => self.cycle(-1),
            Action::FocusPane(n) => {
                if let Some(&pane) = Pane::ALL.get(usize::from(n).wrapping_sub(1)) {
                    self.focus_pane(pane);
                }
            }
            Action::FocusList => self.focus = Focus::List,
            Action::FocusPanes => self.focus_pane(self.last_pane),
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp => self.move_by(-self.page()),
            Action::PageDown => self.move_by(self.page()),
            Action::HalfPageUp => self.move_by(-(self.page() / 2).max(1)),
            Action::HalfPageDown => self.move_by((self.page() / 2).max(1)),
            Action::Top => self.move_by(isize::MIN / 2),
            Action::Bottom => self.move_by(isize::MAX / 2),
        }
    }

    /// Applies a key of the people picker.
    pub fn on_picker(&mut self, action: PickerAction) {
        match action {
            PickerAction::Close => self.overlay = None,
            PickerAction::Jump => {
                if let Some(entry) = self.picker.selected().map(|h| h.entry) {
                    let from = self.place();
                    if self.jump_to_person(entry) {
                        self.jumped_from = Some(from);
                        self.overlay = None;
                    }
                }
            }
            other => self.picker.apply(&self.people, other),
        }
    }

    fn place(&self) -> Place {
        Place {
            list_cursor: self.list_cursor,
            pane_cursor: self.pane_cursor,
            focus: self.focus,
        }
    }

    fn go_to(&mut self, place: Place) {
        self.list_cursor = place.list_cursor.min(self.order.len().saturating_sub(1));
        self.pane_cursor = place.pane_cursor;
        self.focus = place.focus;
        if let Focus::Pane(p) = place.focus {
            self.last_pane = p;
        }
        for pane in Pane::ALL {
            let len = self.pane_len(pane);
            self.pane_cursor[pane.index()] = self.cursor(pane).min(len.saturating_sub(1));
        }
    }

    /// Selects the person's most recent event; failing that, the most
    /// recent key point naming them; failing that, them in a People pane.
    fn jump_to_person(&mut self, entry: usize) -> bool {
        let Some(person) = self.people.entry(entry) else {
            return false;
        };
        let target = person
            .appearances
            .first()
            .map(|a| (a.briefing as usize, a.item))
            .or_else(|| {
                person
                    .briefings
                    .first()
                    .map(|&b| (b, Item::Event(u32::MAX)))
            });
        let target = self
            .people
            .jump_target(entry)
            .map(|(b, e)| (b, Item::Event(u32::try_from(e).unwrap_or(u32::MAX))))
            .or(target);
        let Some((briefing, item)) = target else {
            return false;
        };
        let Some(pos) = self.order.iter().position(|&i| i == briefing) else {
            return false;
        };
        let b = &self.corpus.briefings[briefing];
        let (pane, cursor) = match item {
            Item::Event(e) if (e as usize) < b.timeline.len() => (
                Pane::Timeline,
                b.timeline_order()
                    .iter()
                    .position(|&i| i == e as usize)
                    .unwrap_or(0),
            ),
            Item::KeyPoint(k) => (Pane::KeyPoints, k as usize),
            Item::Event(_) => (
                Pane::People,
                b.people.iter().position(|p| p.id == person.id).unwrap_or(0),
            ),
        };
        self.list_cursor = pos;
        self.pane_cursor = [0; 4];
        self.pane_cursor[pane.index()] = cursor;
        self.focus_pane(pane);
        true
    }

    fn toggle(&mut self, overlay: Overlay) {
        let same = std::mem::discriminant(&overlay);
        self.overlay = match self.overlay.take() {
            Some(o) if std::mem::discriminant(&o) == same => None,
            _ => Some(overlay),
        };
    }

    fn has_selection(&self) -> bool {
        match self.focus {
            Focus::List => self.briefing().is_some(),
            Focus::Pane(p) => self.pane_len(p) > 0,
        }
    }

    fn focus_pane(&mut self, pane: Pane) {
        self.focus = Focus::Pane(pane);
        self.last_pane = pane;
    }

    fn cycle(&mut self, step: isize) {
        let stops = [
            Focus::List,
            Focus::Pane(Pane::Timeline),
            Focus::Pane(Pane::KeyPoints),
            Focus::Pane(Pane::Risks),
            Focus::Pane(Pane::People),
        ];
        let at = stops.iter().position(|f| *f == self.focus).unwrap_or(0) as isize;
        let next = stops[(at + step).rem_euclid(stops.len() as isize) as usize];
        match next {
            Focus::Pane(p) => self.focus_pane(p),
            Focus::List => self.focus = Focus::List,
        }
    }

    /// Rows a page moves: the height of a pane at this terminal size.
    fn page(&self) -> isize {
        (self.size.1 as isize / 2 - 4).max(1)
    }

    fn move_by(&mut self, delta: isize) {
        match self.focus {
            Focus::List => {
                let before = self.list_cursor;
                self.list_cursor = step(self.list_cursor, delta, self.order.len());
                if self.list_cursor != before {
                    self.pane_cursor = [0; 4];
                }
            }
            Focus::Pane(p) => {
                let len = self.pane_len(p);
                self.pane_cursor[p.index()] = step(self.cursor(p), delta, len);
            }
        }
    }

    fn scroll_overlay(&mut self, action: Action) {
        let Some(
            Overlay::Help { scroll } | Overlay::Problems { scroll } | Overlay::Detail { scroll },
        ) = self.overlay.as_mut()
        else {
            return;
        };
        let page = self.size.1.saturating_sub(6).max(1);
        let next = match action {
            Action::Up => scroll.saturating_sub(1),
            Action::Down => scroll.saturating_add(1),
            Action::PageUp | Action::HalfPageUp => scroll.saturating_sub(page),
            Action::PageDown | Action::HalfPageDown => scroll.saturating_add(page),
            Action::Top => 0,
            Action::Bottom => u16::MAX,
            _ => *scroll,
        };
        *scroll = next;
    }

    /// Keeps an overlay's scroll within its content at the current size.
    fn clamp_overlay_scroll(&mut self) {
        let max = crate::ui::overlay_max_scroll(self);
        if let Some(
            Overlay::Help { scroll } | Overlay::Problems { scroll } | Overlay::Detail { scroll },
        ) = self.overlay.as_mut()
        {
            *scroll = (*scroll).min(max);
        }
    }
}

/// The briefings the list shows, newest first (undated last, then by
/// title), narrowed by `filter`.
fn list_order(briefings: &[Arc<Briefing>], marks: &Marks, filter: Filter) -> Vec<usize> {
    let mut order: Vec<usize> = (0..briefings.len())
        .filter(|&i| {
            let b = &briefings[i];
            match filter {
                Filter::All => true,
                Filter::Unreviewed => {
                    let (done, total) = marks.progress(b);
                    done < total
                        || (total == 0
                            && !marks
                                .get(&b.id, &ItemKey::briefing())
                                .is_some_and(|s| s.reviewed))
                }
                Filter::Flagged => marks.flagged_count(b) > 0,
            }
        })
        .collect();
    let b = briefings;
    order.sort_by(|&x, &y| {
        b[y].date
            .is_some()
            .cmp(&b[x].date.is_some())
            .then(b[y].date.cmp(&b[x].date))
            .then_with(|| b[x].title.cmp(&b[y].title))
    });
    order
}

/// `at` moved by `delta`, kept within `0..len`.
fn step(at: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    at.saturating_add_signed(delta).min(len - 1)
}
