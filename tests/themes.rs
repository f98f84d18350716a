//! Themes: parsing and its errors (one bad file per way of being wrong),
//! colour depth, and what each depth leaves distinguishable.

use std::path::PathBuf;

use brief::app::{Action, App};
use brief::load::{self, Origin};
use brief::model::{EventKind, Severity};
use brief::theme::{ColorDepth, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Style};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/themes")
        .join(name)
}

/// The one error a bad theme file gives: (line, column, message).
fn error_of(name: &str) -> (usize, usize, String) {
    let errors = Theme::from_file(&fixture(name)).expect_err(name);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let d = &errors[0];
    assert!(
        d.to_string()
            .starts_with(&fixture(name).display().to_string()),
        "{d}"
    );
    (d.line, d.column, d.message.clone())
}

#[test]
fn each_bad_theme_names_line_column_and_cause() {
    let cases = [
        ("unknown-style.yaml", 3, 3, "did you mean `selected`"),
        ("unknown-colour.yaml", 3, 19, "did you mean `cyan`"),
        ("bad-hex.yaml", 3, 19, "#rrggbb"),
        ("index-out-of-range.yaml", 3, 19, "0 to 255"),
        ("styles-not-a-mapping.yaml", 3, 3, "mapping"),
        ("unknown-attribute.yaml", 3, 25, "unknown key `blink`"),
        ("wrong-type.yaml", 3, 21, "boolean"),
        ("not-yaml.yaml", 2, 1, "tab character"),
    ];
    for (name, line, column, words) in cases {
        let (l, c, msg) = error_of(name);
        assert_eq!((l, c), (line, column), "{name}: {msg}");
        assert!(msg.contains(words), "{name}: {msg}");
    }
}

#[test]
fn a_bad_theme_falls_back_to_the_default() {
    let spec = fixture("unknown-colour.yaml");
    let (theme, problems) = Theme::choose(spec.to_str());
    assert_eq!(theme, Theme::dark());
    assert_eq!(problems.len(), 1);
    let (theme, problems) = Theme::choose(Some("no-such-theme"));
    assert_eq!(theme, Theme::dark());
    assert!(
        problems[0]
            .message
            .contains("bundled themes: dark, light, high-contrast, mono")
    );
}

#[test]
fn a_partial_theme_inherits_the_rest_from_the_default() {
    let t = Theme::from_file(&fixture("good-partial.yaml")).unwrap();
    assert_eq!(t.name, "custom");
    assert_eq!(
        t.selected,
        Style::new()
            .fg(Color::Black)
            .bg(Color::Rgb(0xff, 0xaf, 0x00))
    );
    assert_eq!(t.departure, Style::new().fg(Color::Indexed(196)));
    assert_eq!(t.appointment, Theme::dark().appointment);
}

#[test]
fn bundled_themes_are_chosen_by_name_from_anywhere() {
    for name in ["dark", "light", "high-contrast", "mono"] {
        let (t, problems) = Theme::choose(Some(name));
        assert!(problems.is_empty());
        assert_eq!(t.name, name);
    }
}

fn all_colours(t: &Theme) -> Vec<Color> {
    let kinds = EventKind::ALL.map(|k| t.event(k));
    let severities = Severity::ALL.map(|s| t.severity(s));
    [t.base, t.selected, t.border, t.status_bar, t.dim]
        .into_iter()
        .chain(kinds)
        .chain(severities)
        .flat_map(|s| [s.fg, s.bg])
        .flatten()
        .collect()
}

#[test]
fn every_colour_is_brought_down_to_the_terminal() {
    let custom = Theme::from_file(&fixture("good-partial.yaml")).unwrap();
    for depth in [ColorDepth::Ansi16, ColorDepth::Ansi256] {
        for c in all_colours(&custom.clone().for_terminal(depth, false)) {
            match (depth, c) {
                (_, Color::Rgb(..)) => panic!("{c:?} left at {depth:?}"),
                (ColorDepth::Ansi16, Color::Indexed(_)) => panic!("{c:?} left at 16 colours"),
                _ => {}
            }
        }
    }
    let none = Theme::dark().for_terminal(ColorDepth::None, false);
    assert!(
        all_colours(&none).is_empty(),
        "no colour at all under NO_COLOR"
    );
    assert_eq!(none.name, "mono");
}

#[test]
fn kinds_and_severities_stay_distinguishable_in_16_colours() {
    for name in ["dark", "light", "high-contrast"] {
        let t = Theme::bundled(name)
            .unwrap()
            .for_terminal(ColorDepth::Ansi16, false);
        let kinds = EventKind::ALL.map(|k| t.event(k));
        let severities = Severity::ALL.map(|s| t.severity(s));
        for group in [&kinds[..], &severities[..]] {
            for (i, a) in group.iter().enumerate() {
                for b in &group[i + 1..] {
                    assert_ne!(a, b, "{name}: two kinds look the same in 16 colours");
                }
            }
        }
    }
    // In mono they differ by modifiers, or by their marks (▲▼●◆).
    let mono = Theme::bundled("mono").unwrap();
    let severities = Severity::ALL.map(|s| mono.severity(s));
    for (i, a) in severities.iter().enumerate() {
        for b in &severities[i + 1..] {
            assert_ne!(a, b, "mono: severities must differ");
        }
    }
}

fn screen_with(theme: &Theme, w: u16, h: u16, actions: &[Action]) -> Terminal<TestBackend> {
    let mut app = App::new(load::load_bundled(), Origin::Bundled, (w, h));
    for a in actions {
        app.update(*a);
    }
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| brief::ui::render(f, &app, theme))
        .unwrap();
    terminal
}

#[test]
fn mono_snapshot_and_no_colour_on_any_cell() {
    let theme = Theme::dark().for_terminal(ColorDepth::None, false);
    for (w, h) in [(80, 24), (140, 40)] {
        let terminal = screen_with(&theme, w, h, &[Action::FocusPane(1)]);
        let buf = terminal.backend().buffer();
        for cell in &buf.content {
            assert!(
                matches!(cell.fg, Color::Reset) && matches!(cell.bg, Color::Reset),
                "{cell:?}"
            );
        }
        insta::assert_snapshot!(format!("mono_{w}x{h}"), terminal.backend().to_string());
    }
}

#[test]
fn ascii_snapshot_has_only_ascii() {
    let theme = Theme::dark().for_terminal(ColorDepth::Ansi256, true);
    for (w, h) in [(80, 24), (140, 40)] {
        for actions in [
            &[Action::FocusPane(3)][..],
            &[Action::FocusPane(1), Action::Open][..],
        ] {
            let terminal = screen_with(&theme, w, h, actions);
            let text = terminal.backend().to_string();
            assert!(text.is_ascii(), "non-ASCII on screen:\n{text}");
        }
        let terminal = screen_with(&theme, w, h, &[Action::FocusPane(1), Action::Down]);
        insta::assert_snapshot!(format!("ascii_{w}x{h}"), terminal.backend().to_string());
    }
}

#[test]
fn docs_name_every_style_key() {
    let doc =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/themes.md"))
            .unwrap();
    for (key, _) in brief::theme::STYLE_KEYS {
        assert!(
            doc.contains(&format!("| `{key}` |")),
            "docs/themes.md does not document `{key}`"
        );
    }
}
