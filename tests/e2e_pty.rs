//! End to end in a real pseudo-terminal: the real binary, driven by keys,
//! its screen read back through the vt100 crate (the bytes a terminal would
//! really receive).

use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

fn briefings_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("briefings")
}

impl Session {
    fn start(args: &[&str], cols: u16, rows: u16) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_brief"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.cwd(std::env::temp_dir());
        let child = pty.slave.spawn_command(cmd).expect("brief starts");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let feed = Arc::clone(&screen);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                feed.lock().unwrap().process(&buf[..n]);
            }
        });
        Session {
            screen,
            writer,
            child,
            _master: pty.master,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `needle`; fails the test with the screen
    /// if it does not within a few seconds.
    fn expect(&self, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if self.contents().contains(needle) {
                return;
            }
            thread::sleep(Duration::from_millis(30));
        }
        panic!("screen never showed {needle:?}:\n{}", self.contents());
    }

    fn keys(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // Give the app a moment, so each key is seen on its own.
        thread::sleep(Duration::from_millis(60));
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader drain what was written last.
                thread::sleep(Duration::from_millis(200));
                return status;
            }
            thread::sleep(Duration::from_millis(30));
        }
        let _ = self.child.kill();
        panic!("brief did not exit:\n{}", self.contents());
    }

    fn assert_restored(&self) {
        let parser = self.screen.lock().unwrap();
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor left hidden");
    }
}

#[test]
fn navigate_open_detail_and_quit() {
    let dir = briefings_dir();
    let mut s = Session::start(&[dir.to_str().unwrap()], 120, 40);
    s.expect("Briefings (1)");
    s.expect("Jakub Pachocki → Chief Scientist");
    {
        let parser = s.screen.lock().unwrap();
        assert!(
            parser.screen().alternate_screen(),
            "brief draws on the alternate screen"
        );
    }
    // Into the risks pane, open the first (most severe) risk.
    s.keys("3");
    s.keys("\r");
    s.expect("Detail");
    s.expect("up to $5B");
    s.keys("\x1b");
    // Esc is told apart from an escape sequence after a short pause.
    thread::sleep(Duration::from_millis(300));
    s.keys("?");
    s.expect("this help");
    s.keys("?");
    s.keys("1");
    s.keys("j");
    s.keys("\r");
    s.expect("appointment");
    s.keys("q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

/// Sends `signal` to a running brief and checks it exits and gives the
/// terminal back.
fn restores_the_terminal_on(signal: &str) {
    let dir = briefings_dir();
    let mut s = Session::start(&[dir.to_str().unwrap()], 80, 24);
    s.expect("Briefings (1)");
    let pid = s.child.process_id().expect("a pid");
    let killed = std::process::Command::new("kill")
        .args([signal, &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    s.wait_exit();
    s.assert_restored();
}

#[test]
fn restores_the_terminal_on_sighup() {
    restores_the_terminal_on("-HUP");
}

#[test]
fn restores_the_terminal_on_sigterm() {
    restores_the_terminal_on("-TERM");
}

#[test]
fn an_empty_folder_still_opens_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::start(&[dir.path().to_str().unwrap()], 80, 24);
    s.expect("No briefings to show");
    s.keys("q");
    s.wait_exit();
    s.assert_restored();
}

#[test]
fn marks_survive_a_restart() {
    let dir = briefings_dir();
    let reviews = tempfile::tempdir().unwrap();
    let args = [
        dir.to_str().unwrap(),
        "--review-dir",
        reviews.path().to_str().unwrap(),
    ];
    let mut s = Session::start(&args, 120, 40);
    s.expect("0/25");
    // Mark the first event reviewed and flag the second, then quit.
    s.keys("1");
    s.keys(" ");
    s.keys("j");
    s.keys("!");
    s.keys("n");
    s.keys("check the source");
    s.keys("\x13"); // Ctrl-s saves the note
    s.expect("note saved");
    s.keys("q");
    assert!(s.wait_exit().success());
    let mut s = Session::start(&args, 120, 40);
    s.expect("1/25");
    s.expect("⚑1");
    s.keys("1");
    s.keys("j");
    s.keys("\r");
    s.expect("check the source");
    s.keys("q");
    s.wait_exit();
}
