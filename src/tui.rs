//! The interactive session: a terminal, a source of input events, and the
//! loop between them. [`run_app`] takes all three from its caller, so the
//! same loop serves the local terminal and tests; [`run`] wires it to the
//! process's own terminal.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, Event};

use crate::app::App;
use crate::load::Watcher;
use crate::review::ReviewStore;
use crate::theme::Theme;
use crate::ui;

/// Where input comes from: `Ok(None)` when nothing arrived in time.
pub trait Events {
    fn next(&mut self, timeout: Duration) -> io::Result<Option<Event>>;
}

/// The process's own terminal input, read on a thread of its own.
///
/// crossterm's `read` spins forever on a terminal that has hung up (a
/// dropped SSH connection, a killed tmux): it sees end-of-file and tries
/// again. Reading on another thread keeps the loop free to notice the
/// hang-up (SIGHUP, or the terminal's size no longer readable) and end the
/// session; the process then exits and takes the thread with it. The
/// thread reads only when asked, so nothing is read while an editor has
/// the terminal.
pub struct CrosstermEvents {
    ask: mpsc::Sender<Duration>,
    answers: mpsc::Receiver<io::Result<Option<Event>>>,
    asked: bool,
}

impl CrosstermEvents {
    pub fn start() -> Self {
        let (ask, asks) = mpsc::channel::<Duration>();
        let (tell, answers) = mpsc::channel();
        std::thread::spawn(move || {
            for timeout in asks {
                let answer = match event::poll(timeout) {
                    Ok(true) => event::read().map(Some),
                    Ok(false) => Ok(None),
                    Err(e) => Err(e),
                };
                if tell.send(answer).is_err() {
                    return;
                }
            }
        });
        CrosstermEvents {
            ask,
            answers,
            asked: false,
        }
    }

    /// Waits for the read in flight, if any, so that the terminal can be
    /// handed to another program. Keys read meanwhile are returned.
    pub fn pause(&mut self) -> Option<Event> {
        if !std::mem::take(&mut self.asked) {
            return None;
        }
        self.answers
            .recv_timeout(Duration::from_secs(1))
            .ok()?
            .ok()?
    }
}

impl Events for CrosstermEvents {
    fn next(&mut self, timeout: Duration) -> io::Result<Option<Event>> {
        if !self.asked {
            self.ask.send(timeout).map_err(|_| {
                io::Error::new(io::ErrorKind::UnexpectedEof, "terminal input closed")
            })?;
            self.asked = true;
        }
        match self
            .answers
            .recv_timeout(timeout + Duration::from_millis(50))
        {
            Ok(answer) => {
                self.asked = false;
                answer
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                // A terminal that hung up no longer answers for its size.
                ratatui::crossterm::terminal::size()?;
                Ok(None)
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "terminal input closed",
            )),
        }
    }
}

/// Draws, waits for input, applies it, until the app quits, asks for an
/// editor, or `stop` is set (by a signal). Input that is already waiting
/// is applied before the next draw, so fast typing over a slow link is
/// never dropped or lagged. `host` runs on every turn of the loop, before
/// input is applied and whenever none came for a while: the caller's
/// chance to tell the app the time, save what it queued, reload files.
pub fn run_app<B: Backend + io::Write>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
    events: &mut impl Events,
    stop: &AtomicBool,
    host: &mut dyn FnMut(&mut App),
) -> io::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    loop {
        terminal
            .draw(|frame| ui::render(frame, app, theme))
            .map_err(io::Error::other)?;
        if let Some(text) = app.clipboard.take() {
            let backend = terminal.backend_mut();
            backend.write_all(osc52(&text).as_bytes())?;
            io::Write::flush(backend)?;
        }
        if app.should_quit || app.edit_request.is_some() || stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        let first = events.next(Duration::from_millis(250))?;
        host(app);
        let Some(first) = first else {
            continue;
        };
        app.handle_event(&first);
        while !app.should_quit && app.edit_request.is_none() {
            match events.next(Duration::ZERO)? {
                Some(more) => app.handle_event(&more),
                None => break,
            }
        }
    }
}

/// The OSC 52 sequence that asks the terminal to put `text` on the
/// clipboard of the machine the reviewer sits at: it travels through SSH,
/// and through tmux when tmux allows it (`set-clipboard on`).
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(TABLE[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Runs brief on the process's terminal and always gives it back: on quit,
/// on error, on a panic (ratatui's hook), and on SIGTERM or SIGHUP. With a
/// `watcher`, files changed on disk are reloaded within a second.
pub fn run(
    mut app: App,
    theme: &Theme,
    mut watcher: Option<Watcher>,
    store: Option<ReviewStore>,
) -> color_eyre::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut events = CrosstermEvents::start();
    let last_poll = std::cell::Cell::new(Instant::now());
    let mut reviews = store.map(ReviewSync::new);
    let mut host = |app: &mut App| {
        app.now = now();
        if let Some(r) = reviews.as_mut() {
            r.sync(app);
        }
        if let Some(w) = watcher.as_mut()
            && last_poll.get().elapsed() >= Duration::from_millis(500)
        {
            last_poll.set(Instant::now());
            if let Some(corpus) = w.poll() {
                app.set_corpus(corpus);
            }
        }
    };
    host(&mut app);
    let mut terminal = ratatui::init();
    let result = loop {
        let size = terminal.size()?;
        app.update(crate::app::Action::Resize(size.width, size.height));
        let result = run_app(
            &mut terminal,
            &mut app,
            theme,
            &mut events,
            &stop,
            &mut host,
        );
        let Some((path, at)) = app.edit_request.take() else {
            break result;
        };
        if let Some(key) = events.pause() {
            app.handle_event(&key);
        }
        ratatui::restore();
        let status = edit(&path, &at);
        terminal = ratatui::init();
        terminal.clear()?;
        app.status = Some(match status {
            Ok(()) => format!(
                "edited {}",
                crate::model::sanitize(&path.display().to_string())
            ),
            Err(e) => format!("could not run the editor: {e}"),
        });
        // Pick up the edit at once.
        last_poll.set(Instant::now() - Duration::from_secs(1));
        host(&mut app);
    };
    ratatui::restore();
    // Marks changed by the last keys before quitting.
    host(&mut app);
    // A hung-up terminal makes the last draw fail; that is how the session
    // ends, not an error worth reporting to nobody.
    if stop.load(Ordering::Relaxed) {
        return Ok(());
    }
    Ok(result?)
}

/// The time now, as the app's marks record it (RFC 3339, microseconds).
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// Keeps an app's review marks and a [`ReviewStore`] in step: saves what
/// the app queued, and picks up what other processes saved.
pub struct ReviewSync {
    store: ReviewStore,
    last_reload: Instant,
}

impl ReviewSync {
    pub fn new(store: ReviewStore) -> Self {
        ReviewSync {
            store,
            last_reload: Instant::now(),
        }
    }

    /// Saves the app's queued changes; every two seconds, reloads.
    pub fn sync(&mut self, app: &mut App) {
        for (id, key, state) in std::mem::take(&mut app.pending_saves) {
            if let Err(e) = self.store.save(&id, &key, &state) {
                app.status = Some(format!("could not save the review mark: {e}"));
            }
        }
        if self.last_reload.elapsed() >= Duration::from_secs(2) {
            self.last_reload = Instant::now();
            app.set_marks(self.store.reload());
        }
    }
}

/// Runs `$VISUAL`, else `$EDITOR`, else `vi` on `path`, at the line of the
/// node at `at`, with the terminal handed over, and waits for it.
fn edit(path: &std::path::Path, at: &[crate::load::Seg]) -> io::Result<()> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let (line, _) = crate::load::locate(&text, at);
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|v| !v.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".to_owned());
    // `code -w` and the like: the first word is the program.
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi");
    let status = std::process::Command::new(program)
        .args(words)
        .arg(format!("+{line}"))
        .arg(path)
        .status()?;
    if status.success() {
        Ok(())
    } else {
        Err(io::Error::other(format!("{program} exited with {status}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
    }
}
