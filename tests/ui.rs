//! Whole-screen snapshots of the TUI on a `TestBackend`, and checks of the
//! styles on buffer cells (text snapshots drop colours).

use brief::app::{Action, App, Focus, Pane};
use brief::load::{self, Corpus, Origin};
use brief::theme::Theme;
use brief::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

fn bundled_app(w: u16, h: u16) -> App {
    App::new(load::load_bundled(), Origin::Bundled, (w, h))
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    terminal
        .draw(|f| ui::render(f, app, &Theme::default()))
        .unwrap();
    terminal
}

fn screen(app: &App) -> String {
    draw(app).backend().to_string()
}

fn run(app: &mut App, actions: &[Action]) {
    for a in actions {
        app.update(*a);
    }
}

/// The row of the timeline that shows `needle`, by display position.
fn timeline_row(app: &App, needle: &str) -> usize {
    let b = app.briefing().unwrap();
    b.timeline_order()
        .iter()
        .position(|&i| {
            let e = &b.timeline[i];
            b.person_name(&e.person).contains(needle)
                && e.kind == brief::model::EventKind::Departure
        })
        .unwrap()
}

#[test]
fn default_view_80x24() {
    insta::assert_snapshot!(screen(&bundled_app(80, 24)));
}

#[test]
fn default_view_140x40() {
    insta::assert_snapshot!(screen(&bundled_app(140, 40)));
}

#[test]
fn each_pane_focused() {
    for (w, h) in [(80, 24), (140, 40)] {
        for n in 1..=4u8 {
            let mut app = bundled_app(w, h);
            run(&mut app, &[Action::FocusPane(n), Action::Down]);
            insta::assert_snapshot!(format!("pane_{n}_{w}x{h}"), screen(&app));
        }
    }
}

#[test]
fn detail_of_a_departure() {
    for (w, h) in [(80, 24), (140, 40)] {
        let mut app = bundled_app(w, h);
        app.update(Action::FocusPane(1));
        let row = timeline_row(&app, "Sutskever");
        for _ in 0..row {
            app.update(Action::Down);
        }
        app.update(Action::Open);
        let s = screen(&app);
        assert!(s.contains("departure"), "{s}");
        insta::assert_snapshot!(format!("detail_departure_{w}x{h}"), s);
    }
}

#[test]
fn detail_of_a_risk() {
    for (w, h) in [(80, 24), (140, 40)] {
        let mut app = bundled_app(w, h);
        run(&mut app, &[Action::FocusPane(3), Action::Open]);
        let s = screen(&app);
        assert!(s.contains("up to $5B"), "{s}");
        insta::assert_snapshot!(format!("detail_risk_{w}x{h}"), s);
    }
}

#[test]
fn help_overlay_lists_the_keymap() {
    for (w, h) in [(80, 24), (140, 40)] {
        let mut app = bundled_app(w, h);
        app.update(Action::ShowHelp);
        let s = screen(&app);
        for b in brief::app::keymap::KEYMAP.iter().take(5) {
            assert!(s.contains(b.help), "help misses {}", b.help);
        }
        insta::assert_snapshot!(format!("help_{w}x{h}"), s);
    }
}

fn fixture_corpus(files: &[(&str, &str)]) -> Corpus {
    let texts: Vec<_> = files
        .iter()
        .map(|(p, t)| (std::path::PathBuf::from(p), t.to_string()))
        .collect();
    load::load_texts(&texts)
}

#[test]
fn problems_overlay_and_an_all_bad_folder() {
    let corpus = fixture_corpus(&[
        ("bad/one.yaml", "format: 1\ntitle: x\nkey_point: []\n"),
        (
            "bad/two.yaml",
            "format: 1\ntitle: x\ntimeline:\n  - kind: promo\n    person: a\n",
        ),
    ]);
    for (w, h) in [(80, 24), (140, 40)] {
        let mut app = App::new(corpus.clone(), Origin::Folder("bad".into()), (w, h));
        let s = screen(&app);
        assert!(s.contains("No briefings to show"), "{s}");
        assert!(s.contains("2 problems"), "{s}");
        insta::assert_snapshot!(format!("all_bad_{w}x{h}"), s);
        app.update(Action::ShowProblems);
        let s = screen(&app);
        assert!(
            s.contains("bad/one.yaml:3:1: unknown key `key_point`"),
            "{s}"
        );
        insta::assert_snapshot!(format!("problems_{w}x{h}"), s);
    }
}

#[test]
fn empty_folder() {
    for (w, h) in [(80, 24), (140, 40)] {
        let app = App::new(Corpus::default(), Origin::Folder("empty".into()), (w, h));
        let s = screen(&app);
        assert!(s.contains("holds no *.yaml"), "{s}");
        insta::assert_snapshot!(format!("empty_{w}x{h}"), s);
    }
}

/// The cell where `needle` starts on screen.
fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let area = buf.area;
    for y in 0..area.height {
        let row: String = (0..area.width)
            .map(|x| buf[(x, y)].symbol().to_owned())
            .collect();
        if let Some(byte) = row.find(needle) {
            let x = row[..byte].chars().count() as u16;
            return Some((x, y));
        }
    }
    None
}

#[test]
fn event_kinds_and_severities_have_their_theme_colours() {
    let theme = Theme::default();
    let app = bundled_app(140, 40);
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    let (x, y) = find(buf, "▼").expect("a departure mark");
    assert_eq!(buf[(x, y)].fg, theme.departure.fg.unwrap());
    let (x, y) = find(buf, "▲").expect("an appointment mark");
    assert_eq!(buf[(x, y)].fg, theme.appointment.fg.unwrap());
    let (x, y) = find(buf, "CRIT").expect("a critical badge");
    assert_eq!(buf[(x, y)].bg, theme.critical.bg.unwrap());
}

#[test]
fn selection_follows_focus() {
    let mut app = bundled_app(140, 40);
    run(&mut app, &[Action::NextPane, Action::Down, Action::Down]);
    assert_eq!(app.focus, Focus::Pane(Pane::Timeline));
    assert_eq!(app.cursor(Pane::Timeline), 2);
    run(&mut app, &[Action::Bottom]);
    assert_eq!(app.cursor(Pane::Timeline), app.pane_len(Pane::Timeline) - 1);
    run(&mut app, &[Action::FocusList, Action::FocusPanes]);
    assert_eq!(app.focus, Focus::Pane(Pane::Timeline));
    run(&mut app, &[Action::Close]);
    assert_eq!(app.focus, Focus::List);
}

fn type_keys(app: &mut App, text: &str) {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    for c in text.chars() {
        app.on_key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

fn press(app: &mut App, code: ratatui::crossterm::event::KeyCode) {
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
    app.on_key(&KeyEvent::new(code, KeyModifiers::NONE));
}

#[test]
fn people_picker_snapshots() {
    for (w, h) in [(80, 24), (140, 40)] {
        let mut app = bundled_app(w, h);
        type_keys(&mut app, "/pach");
        let s = screen(&app);
        assert!(s.contains("Jakub Pachocki"), "{s}");
        insta::assert_snapshot!(format!("people_picker_{w}x{h}"), s);
    }
}

#[test]
fn picker_jumps_to_the_most_recent_event_and_esc_goes_back() {
    use ratatui::crossterm::event::KeyCode;
    let mut app = bundled_app(140, 40);
    type_keys(&mut app, "/sutskever");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.overlay, None);
    assert_eq!(app.focus, Focus::Pane(Pane::Timeline));
    let b = app.briefing().unwrap();
    let event = &b.timeline[b.timeline_order()[app.cursor(Pane::Timeline)]];
    assert_eq!(event.person.as_str(), "ilya-sutskever");
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        app.focus,
        Focus::List,
        "Esc returns to where the search started"
    );
}

#[test]
fn picker_keys_edit_the_query_without_triggering_commands() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut app = bundled_app(80, 24);
    // `q` and `j` are text in the picker, not quit and move.
    type_keys(&mut app, "/qj");
    assert!(!app.should_quit);
    assert_eq!(app.picker.query, "qj");
    app.on_key(&KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    assert_eq!(app.picker.query, "");
    assert_eq!(app.picker.hits().len(), app.people.len());
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay, None);
}

#[test]
fn a_reload_keeps_the_selection_on_the_same_briefing() {
    let a = "format: 1\nid: a\ntitle: A\ndate: 2024-01\npeople: [{name: X}]\ntimeline:\n  - {kind: role, person: X}\n  - {kind: departure, person: X}\n";
    let b = "format: 1\nid: b\ntitle: B\ndate: 2023-01\n";
    let corpus = fixture_corpus(&[("a.yaml", a), ("b.yaml", b)]);
    let mut app = App::new(corpus, Origin::Folder("f".into()), (120, 40));
    run(&mut app, &[Action::Down]);
    assert_eq!(app.briefing().unwrap().id, "b");
    // A newer briefing appears above it; the selection stays on `b`.
    let c = "format: 1\nid: c\ntitle: C\ndate: 2025-01\n";
    app.set_corpus(fixture_corpus(&[
        ("a.yaml", a),
        ("b.yaml", b),
        ("c.yaml", c),
    ]));
    assert_eq!(app.briefing().unwrap().id, "b");
    // The selected briefing loses events: the cursor stays in bounds.
    run(
        &mut app,
        &[Action::Up, Action::FocusPane(1), Action::Bottom],
    );
    assert_eq!(app.briefing().unwrap().id, "a");
    assert_eq!(app.cursor(Pane::Timeline), 1);
    let shorter = "format: 1\nid: a\ntitle: A\ndate: 2024-01\npeople: [{name: X}]\ntimeline:\n  - {kind: role, person: X}\n";
    app.set_corpus(fixture_corpus(&[
        ("a.yaml", shorter),
        ("b.yaml", b),
        ("c.yaml", c),
    ]));
    assert_eq!(app.briefing().unwrap().id, "a");
    assert_eq!(app.cursor(Pane::Timeline), 0);
}

#[test]
fn edit_asks_the_loop_for_the_line_of_the_selected_item() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    std::fs::write(&path, "format: 1\ntitle: A\npeople: [{name: X}]\ntimeline:\n  - kind: role\n    person: X\n  - kind: departure\n    person: X\n").unwrap();
    let corpus = load::load_dir(dir.path()).unwrap();
    let mut app = App::new(corpus, Origin::Folder(dir.path().into()), (120, 40));
    run(
        &mut app,
        &[Action::FocusPane(1), Action::Down, Action::Edit],
    );
    let (p, at) = app.edit_request.clone().expect("an edit request");
    assert_eq!(p, path);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        load::locate(&text, &at).0,
        7,
        "the second event starts on line 7"
    );
    // The bundled briefings have no file to edit.
    let mut bundled = bundled_app(80, 24);
    bundled.update(Action::Edit);
    assert!(bundled.edit_request.is_none());
    assert!(
        bundled
            .status
            .as_deref()
            .unwrap_or("")
            .contains("read-only")
    );
}

#[test]
fn a_paste_goes_into_the_people_query() {
    let mut app = bundled_app(80, 24);
    app.update(Action::OpenPeopleSearch);
    app.handle_event(&ratatui::crossterm::event::Event::Paste(
        "Pachocki\n".into(),
    ));
    assert_eq!(app.picker.query, "Pachocki ");
    assert_eq!(
        app.people
            .entry(app.picker.hits()[0].entry)
            .unwrap()
            .name
            .as_str(),
        "Jakub Pachocki"
    );
}
