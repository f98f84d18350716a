//! End to end in a real pseudo-terminal: the real binary, driven by keys,
//! its screen read back through the vt100 crate (the bytes a terminal would
//! really receive).

use std::path::PathBuf;
use std::thread;
use std::time::Duration;

use portable_pty::CommandBuilder;

mod common;

use common::Pty;

fn briefings_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("briefings")
}

/// brief itself, with `args`, in a `cols`×`rows` terminal.
fn start(args: &[&str], cols: u16, rows: u16) -> Pty {
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_brief"));
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.cwd(std::env::temp_dir());
    Pty::spawn(cmd, cols, rows)
}

#[test]
fn navigate_open_detail_and_quit() {
    let dir = briefings_dir();
    let mut s = start(&[dir.to_str().unwrap()], 120, 40);
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
    let status = s.wait();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

/// Sends `signal` to a running brief and checks it exits and gives the
/// terminal back.
fn restores_the_terminal_on(signal: &str) {
    let dir = briefings_dir();
    let mut s = start(&[dir.to_str().unwrap()], 80, 24);
    s.expect("Briefings (1)");
    let pid = s.child.process_id().expect("a pid");
    let killed = std::process::Command::new("kill")
        .args([signal, &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    s.wait();
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
    let mut s = start(&[dir.path().to_str().unwrap()], 80, 24);
    s.expect("No briefings to show");
    s.keys("q");
    s.wait();
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
    let mut s = start(&args, 120, 40);
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
    assert!(s.wait().success());
    let mut s = start(&args, 120, 40);
    s.expect("1/25");
    s.expect("⚑1");
    s.keys("1");
    s.keys("j");
    s.keys("\r");
    s.expect("check the source");
    s.keys("q");
    s.wait();
}
