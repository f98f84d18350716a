//! What actually reaches the terminal: the bytes a real crossterm backend
//! writes, read back through vt100. Hostile text in a briefing must arrive
//! as harmless characters, and moving the selection must write little.

use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;

use brief::app::{Action, App};
use brief::load::{self, Origin};
use brief::theme::{ColorDepth, Theme};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

const HOSTILE: &str = r#"format: 1
title: "Hostile \e[2J\e]0;pwned\a title \x9b31m \u202eevil"
summary: "OSC 52 \e]52;c;SGVsbG8=\a and OSC 8 \e]8;;http://x.test\e\\link\e]8;;\e\\ done"
tags: ["\e[5m", "\x90DCS", "\x9d0;t\x9c"]
people:
  - id: eve
    name: "Eve \e[31mRed\e[0m"
    role: "CFO\r\nline \x07 bell \x08"
    bio: "Tab\there \u2066isolate\u2069 \e]1337;File=x\a"
timeline:
  - kind: departure
    person: eve
    note: "\e[?1049l leaves the alternate screen \e[?25l hides the cursor \ePq sixel \e\\"
key_points:
  - title: "\e]2;title\e\\ point"
    text: "\x1b[6n asks for the cursor position"
financial_risks:
  - title: "\e[8m hidden"
    kind: loss
"#;

fn hostile_app(w: u16, h: u16) -> App {
    let corpus = load::load_texts(&[(PathBuf::from("hostile.yaml"), HOSTILE.to_owned())]);
    assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
    App::new(corpus, Origin::Folder("hostile".into()), (w, h))
}

/// A writer whose bytes the test can take.
#[derive(Clone, Default)]
struct Recorder(Rc<RefCell<Vec<u8>>>);

impl Write for Recorder {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

type Term = (Terminal<CrosstermBackend<Recorder>>, Recorder);

fn terminal(w: u16, h: u16) -> Term {
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
    };
    let recorder = Recorder::default();
    (
        Terminal::with_options(CrosstermBackend::new(recorder.clone()), options).unwrap(),
        recorder,
    )
}

/// Draws and returns the bytes written for this frame.
fn draw(t: &mut Term, app: &App, theme: &Theme) -> Vec<u8> {
    t.0.draw(|f| brief::ui::render(f, app, theme)).unwrap();
    std::mem::take(&mut *t.1.0.borrow_mut())
}

/// Every escape sequence in `bytes` is one brief's own backend writes: a
/// CSI made of parameters and one final letter. No OSC, DCS, APC, PM, no C1
/// controls, no BEL, BS or CR.
fn assert_only_our_sequences(bytes: &[u8]) {
    let text = String::from_utf8(bytes.to_vec()).expect("the terminal gets UTF-8");
    for c in text.chars() {
        assert!(
            !('\u{80}'..='\u{9f}').contains(&c),
            "C1 control {c:?} reached the terminal"
        );
        assert!(
            !matches!(
                c,
                '\u{7}' | '\u{8}' | '\r' | '\u{202e}' | '\u{2066}' | '\u{2069}'
            ),
            "{c:?} reached the terminal"
        );
    }
    let mut rest = text.as_str();
    while let Some(i) = rest.find('\u{1b}') {
        let seq = &rest[i + 1..];
        assert!(
            seq.starts_with('['),
            "non-CSI escape: {:?}",
            &seq[..seq.len().min(12)]
        );
        let body = &seq[1..];
        let end = body
            .find(|c: char| c.is_ascii_alphabetic())
            .expect("a CSI ends with a letter");
        let params = &body[..end];
        assert!(
            params
                .chars()
                .all(|c| c.is_ascii_digit() || c == ';' || c == '?'),
            "odd CSI params {params:?}"
        );
        let final_byte = &body[end..end + 1];
        assert!(
            matches!(final_byte, "m" | "H" | "h" | "l" | "J" | "K"),
            "unexpected CSI final {final_byte:?} (params {params:?})"
        );
        // brief never asks the terminal anything, nor clears it mid-session.
        assert!(
            !(final_byte == "n" || (final_byte == "J" && params == "2")),
            "CSI {params}{final_byte}"
        );
        rest = &body[end + 1..];
    }
}

#[test]
fn hostile_text_reaches_the_terminal_as_harmless_characters() {
    for (w, h) in [(140, 40), (80, 24)] {
        let theme = Theme::dark().for_terminal(ColorDepth::TrueColor, false);
        let mut app = hostile_app(w, h);
        let mut t = terminal(w, h);
        let mut parser = vt100::Parser::new(h, w, 0);
        let mut all = Vec::new();
        for action in [
            None,
            Some(Action::FocusPane(1)),
            Some(Action::Open),
            Some(Action::Close),
            Some(Action::FocusPane(2)),
            Some(Action::Open),
            Some(Action::Close),
            Some(Action::FocusPane(4)),
            Some(Action::Open),
            Some(Action::Close),
            Some(Action::FocusList),
            Some(Action::Open),
        ] {
            if let Some(a) = action {
                app.update(a);
            }
            let bytes = draw(&mut t, &app, &theme);
            parser.process(&bytes);
            all.extend(bytes);
        }
        assert_only_our_sequences(&all);
        let screen = parser.screen();
        assert_eq!(parser.screen().title(), "", "an OSC set the window title");
        assert!(!screen.alternate_screen(), "data switched screens");
        let contents = screen.contents();
        assert!(
            contents.contains("␛"),
            "the ESC bytes show as ␛:\n{contents}"
        );
    }
}

#[test]
fn the_hostile_briefing_in_ascii_mode_is_pure_ascii() {
    let theme = Theme::dark().for_terminal(ColorDepth::Ansi16, true);
    let mut app = hostile_app(100, 30);
    let mut t = terminal(100, 30);
    app.update(Action::Open);
    let bytes = draw(&mut t, &app, &theme);
    assert!(bytes.is_ascii(), "non-ASCII bytes in ASCII mode");
    assert_only_our_sequences(&bytes);
}

/// Average bytes written per `j`/`k` press, after the first frame.
fn bytes_per_move(w: u16, h: u16, setup: &[Action], moves: usize) -> f64 {
    let theme = Theme::dark().for_terminal(ColorDepth::Ansi256, false);
    let mut app = App::new(load::load_bundled(), Origin::Bundled, (w, h));
    for a in setup {
        app.update(*a);
    }
    let mut t = terminal(w, h);
    draw(&mut t, &app, &theme);
    let mut total = 0;
    for i in 0..moves {
        app.update(if i % 4 < 2 { Action::Down } else { Action::Up });
        let bytes = draw(&mut t, &app, &theme);
        assert_only_our_sequences(&bytes);
        assert!(
            !String::from_utf8_lossy(&bytes).contains("\u{1b}[2J"),
            "a key press cleared the screen"
        );
        total += bytes.len();
    }
    total as f64 / moves as f64
}

#[test]
fn moving_the_selection_writes_only_what_changed() {
    let timeline = bytes_per_move(120, 40, &[Action::FocusPane(1)], 40);
    let risks = bytes_per_move(120, 40, &[Action::FocusPane(3)], 40);
    let people = bytes_per_move(120, 40, &[Action::FocusPane(4)], 40);
    let points = bytes_per_move(120, 40, &[Action::FocusPane(2)], 40);
    println!(
        "bytes per j/k at 120x40: timeline {timeline:.0}, key points {points:.0}, risks {risks:.0}, people {people:.0}"
    );
    for (pane, avg) in [("timeline", timeline), ("risks", risks), ("people", people)] {
        assert!(avg < 400.0, "{pane}: {avg:.0} bytes per key press");
    }
    // Key points also redraw the text of the newly selected point, by
    // design; across the four panes the average stays under the target.
    assert!(
        points < 2000.0,
        "key points: {points:.0} bytes per key press"
    );
    let average = (timeline + points + risks + people) / 4.0;
    assert!(average < 400.0, "average over the panes: {average:.0}");
}

/// Input for [`brief::tui::run_app`] from a script.
struct Script(std::collections::VecDeque<ratatui::crossterm::event::Event>);

impl brief::tui::Events for Script {
    fn next(
        &mut self,
        _: std::time::Duration,
    ) -> std::io::Result<Option<ratatui::crossterm::event::Event>> {
        Ok(self.0.pop_front())
    }
}

#[test]
fn y_copies_the_selected_item_with_osc52_and_says_so() {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let key = |c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    let theme = Theme::dark().for_terminal(ColorDepth::Ansi256, false);
    let mut app = App::new(load::load_bundled(), Origin::Bundled, (120, 40));
    let (mut t, recorder) = terminal(120, 40);
    let mut script = Script([key('3'), key('y')].into_iter().collect());
    let stop = std::sync::atomic::AtomicBool::new(false);
    // The script runs dry after `y`; stop at the next frame.
    let mut script_then_stop = StopWhenDry {
        script: &mut script,
        stop: &stop,
    };
    brief::tui::run_app(
        &mut t,
        &mut app,
        &theme,
        &mut script_then_stop,
        &stop,
        &mut |_| {},
    )
    .unwrap();
    let bytes = String::from_utf8(recorder.0.borrow().clone()).unwrap();
    let start = bytes.find("\u{1b}]52;c;").expect("an OSC 52 sequence");
    let end = start + bytes[start..].find('\u{7}').expect("terminated by BEL");
    let payload = &bytes[start + "\u{1b}]52;c;".len()..end];
    let b = app.briefing().unwrap();
    let risk = &b.financial_risks[b.risk_order()[0]];
    let expected = brief::markdown::item(b, brief::markdown::Selection::Risk(b.risk_order()[0]));
    assert_eq!(payload, brief::tui::base64(expected.as_bytes()));
    assert!(
        expected.contains(risk.title.as_str()) && expected.contains("up to $5B"),
        "{expected}"
    );
    assert!(
        app.status.as_deref().unwrap_or("").contains("copied"),
        "the status line confirms it"
    );
}

struct StopWhenDry<'a> {
    script: &'a mut Script,
    stop: &'a std::sync::atomic::AtomicBool,
}

impl brief::tui::Events for StopWhenDry<'_> {
    fn next(
        &mut self,
        t: std::time::Duration,
    ) -> std::io::Result<Option<ratatui::crossterm::event::Event>> {
        let ev = self.script.next(t)?;
        if ev.is_none() && !t.is_zero() {
            self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(ev)
    }
}
