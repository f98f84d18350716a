//! What the end-to-end tests share: a command in a real pseudo-terminal,
//! its output read through the vt100 crate as a terminal would show it.
//!
//! Each test binary uses only part of this module.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// OpenSSH client options for a throwaway test server: no user config, no
/// known-hosts file, no prompts.
pub const SSH_TEST_OPTIONS: &[&str] = &[
    "-F",
    "/dev/null",
    "-o",
    "StrictHostKeyChecking=no",
    "-o",
    "UserKnownHostsFile=/dev/null",
    "-o",
    "LogLevel=ERROR",
    "-o",
    "BatchMode=yes",
];

pub struct Pty {
    /// The terminal as the command drew it.
    pub screen: Arc<Mutex<vt100::Parser>>,
    pub writer: Box<dyn Write + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    /// How long [`Pty::expect`] and [`Pty::wait`] wait before failing.
    patience: Duration,
    /// The pause after [`Pty::keys`], so each key is seen on its own.
    pause: Duration,
}

impl Pty {
    /// Starts `cmd` in a `cols`×`rows` pseudo-terminal.
    pub fn spawn(cmd: CommandBuilder, cols: u16, rows: u16) -> Pty {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let child = pty.slave.spawn_command(cmd).expect("the command starts");
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
                feed.lock().expect("screen").process(&buf[..n]);
            }
        });
        Pty {
            screen,
            writer,
            child,
            _master: pty.master,
            patience: Duration::from_secs(10),
            pause: Duration::from_millis(60),
        }
    }

    /// Waits longer and pauses longer between keys: for a session over SSH.
    pub fn remote(mut self) -> Pty {
        self.patience = Duration::from_secs(30);
        self.pause = Duration::from_millis(150);
        self
    }

    pub fn contents(&self) -> String {
        self.screen.lock().expect("screen").screen().contents()
    }

    /// Waits until the screen shows `needle`; fails the test with the
    /// screen if it does not in time.
    pub fn expect(&self, needle: &str) {
        let deadline = Instant::now() + self.patience;
        while Instant::now() < deadline {
            if self.contents().contains(needle) {
                return;
            }
            thread::sleep(Duration::from_millis(30));
        }
        panic!("screen never showed {needle:?}:\n{}", self.contents());
    }

    pub fn keys(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).expect("write");
        self.writer.flush().expect("flush");
        thread::sleep(self.pause);
    }

    /// Waits for the command to end; kills it and fails the test if it
    /// does not in time.
    pub fn wait(&mut self) -> ExitStatus {
        let deadline = Instant::now() + self.patience;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                // Let the reader drain what was written last.
                thread::sleep(Duration::from_millis(300));
                return status;
            }
            thread::sleep(Duration::from_millis(30));
        }
        let _ = self.child.kill();
        panic!("the command did not end:\n{}", self.contents());
    }

    /// The terminal is back as it was: main screen, cursor shown.
    pub fn assert_restored(&self) {
        let parser = self.screen.lock().expect("screen");
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor left hidden");
    }
}
