//! TUI benches: one full frame with 10,000 briefings loaded, a key press to a
//! drawn frame at that corpus, and start-up to the first frame of the real
//! binary in a pseudo-terminal.

use std::hint::black_box;
use std::io::Read;
use std::time::{Duration, Instant};

use brief::app::{Action, App};
use brief::load::{self, Origin};
use brief::theme::Theme;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn big_app(w: u16, h: u16) -> App {
    let corpus = load::load_texts(&brief::synth::corpus(10_000, 7));
    assert!(
        corpus.diagnostics.is_empty(),
        "the synthetic corpus must load clean"
    );
    App::new(corpus, Origin::Folder("synthetic".into()), (w, h))
}

fn frame(c: &mut Criterion) {
    let theme = Theme::default();
    let mut app = big_app(200, 60);
    app.update(Action::FocusPane(1));
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    c.bench_function("full frame 200x60, 10k briefings", |b| {
        b.iter(|| {
            terminal
                .draw(|f| brief::ui::render(f, black_box(&app), &theme))
                .unwrap();
        })
    });
    let keys = [
        KeyCode::Char('j'),
        KeyCode::Char('k'),
        KeyCode::Tab,
        KeyCode::Char('j'),
        KeyCode::BackTab,
    ];
    let mut i = 0;
    app.update(Action::FocusList);
    c.bench_function("key press to drawn frame 200x60, 10k briefings", |b| {
        b.iter(|| {
            i = (i + 1) % keys.len();
            app.handle_event(&Event::Key(KeyEvent::new(keys[i], KeyModifiers::NONE)));
            terminal
                .draw(|f| brief::ui::render(f, &app, &theme))
                .unwrap();
        })
    });
}

/// The real binary on the bundled folder, from spawn to the first frame
/// showing the briefing's title on the pty.
fn startup(c: &mut Criterion) {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("briefings");
    let mut group = c.benchmark_group("startup");
    group.sample_size(20);
    group.bench_function("spawn to first frame, bundled folder", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let pty = native_pty_system()
                    .openpty(PtySize {
                        rows: 40,
                        cols: 120,
                        pixel_width: 0,
                        pixel_height: 0,
                    })
                    .unwrap();
                let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_brief"));
                cmd.arg(&dir);
                cmd.env("TERM", "xterm-256color");
                let mut reader = pty.master.try_clone_reader().unwrap();
                let start = Instant::now();
                let mut child = pty.slave.spawn_command(cmd).unwrap();
                let mut seen = Vec::new();
                let mut buf = [0u8; 65536];
                while !String::from_utf8_lossy(&seen).contains("Timeline (") {
                    let n = reader.read(&mut buf).unwrap();
                    assert!(n > 0, "brief closed the pty before drawing");
                    seen.extend_from_slice(&buf[..n]);
                }
                total += start.elapsed();
                let _ = child.kill();
                let _ = child.wait();
            }
            total
        })
    });
    group.finish();
}

// Start-up first: the 10k-briefing corpus of `frame` would stay in this
// process's memory and make every fork of the spawn slower.
criterion_group!(benches, startup, frame);
criterion_main!(benches);
