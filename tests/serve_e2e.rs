//! `brief serve` with the real OpenSSH client on loopback: a server with a
//! throwaway host key and authorized_keys file, `ssh -tt` in a
//! pseudo-terminal, the screen read through vt100.
//!
//! Ignored by a plain `cargo test` (it needs the `ssh` client); `.ci/run`
//! runs it with `--ignored`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::CommandBuilder;

mod common;

use common::Pty;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

fn keygen(path: &Path, comment: &str) {
    let out = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f"])
        .arg(path)
        .output()
        .expect("ssh-keygen runs");
    assert!(out.status.success(), "{out:?}");
}

/// `brief serve` for one test; killed when dropped.
struct Server {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
    log: Arc<Mutex<Vec<String>>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(briefings: &Path, extra: &[&str]) -> Server {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        keygen(&d.join("alice"), "alice@laptop");
        keygen(&d.join("mallory"), "mallory@elsewhere");
        std::fs::copy(d.join("alice.pub"), d.join("authorized_keys")).expect("copy");
        let port = free_port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_brief"))
            .arg("serve")
            .arg(briefings)
            .args(["--listen", &format!("127.0.0.1:{port}")])
            .arg("--authorized-keys")
            .arg(d.join("authorized_keys"))
            .arg("--host-key")
            .arg(d.join("state/host_ed25519"))
            .args(["--auth-delay-ms", "100"])
            .arg("--review-dir")
            .arg(d.join("reviews"))
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("brief serve starts");
        let log = Arc::new(Mutex::new(Vec::new()));
        let stderr = child.stderr.take().expect("stderr");
        let lines = Arc::clone(&log);
        thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                lines.lock().expect("log").push(line);
            }
        });
        let server = Server {
            child,
            port,
            dir,
            log,
        };
        server.wait_log("listening on", Duration::from_secs(60));
        server
    }

    fn key(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn wait_log(&self, needle: &str, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(line) = self
                .log
                .lock()
                .expect("log")
                .iter()
                .find(|l| l.contains(needle))
            {
                return line.clone();
            }
            assert!(
                Instant::now() < deadline,
                "the server never logged {needle:?}:\n{}",
                self.log.lock().expect("log").join("\n")
            );
            thread::sleep(Duration::from_millis(50));
        }
    }

    fn rss_kb(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .expect("proc status");
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .expect("VmRSS")
    }

    /// ssh's common options for this server.
    fn ssh(&self, key: &str) -> Command {
        let mut cmd = Command::new("ssh");
        cmd.args(ssh_args(self.port, &self.key(key)));
        cmd
    }
}

fn ssh_args(port: u16, key: &Path) -> Vec<String> {
    let mut args: Vec<String> = common::SSH_TEST_OPTIONS
        .iter()
        .chain(&["-o", "SendEnv=LANG", "-p"])
        .map(|s| s.to_string())
        .collect();
    args.push(port.to_string());
    args.push("-i".into());
    args.push(key.display().to_string());
    args
}

/// The `ssh -tt` client in a 100×30 pty, its screen parsed as a terminal
/// would.
fn connect(server: &Server, key: &str, extra: &[&str]) -> Pty {
    let mut cmd = CommandBuilder::new("ssh");
    cmd.arg("-tt");
    cmd.args(ssh_args(server.port, &server.key(key)));
    cmd.args(extra);
    cmd.arg("reviewer@127.0.0.1");
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "C.UTF-8");
    cmd.env_remove("COLORTERM");
    Pty::spawn(cmd, 100, 30).remote()
}

fn people_fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/people")
}

fn refused(out: &Output) -> bool {
    !out.status.success()
        && String::from_utf8_lossy(&out.stderr).contains("Permission denied (publickey)")
}

#[test]
#[ignore = "needs the OpenSSH client; run by .ci/run"]
fn an_authorized_key_gets_brief_searches_with_accents_and_quits_cleanly() {
    let server = Server::start(&people_fixtures(), &[]);
    let fingerprint = server.wait_log("host key", Duration::ZERO);
    assert!(fingerprint.contains("SHA256:"), "{fingerprint}");
    let mut client = connect(&server, "alice", &[]);
    client.expect("Briefings (");
    client.keys("j");
    client.keys("\t");
    client.keys("/");
    client.keys("lé");
    client.expect("Léa Dupré");
    client.keys("\x1b");
    thread::sleep(Duration::from_millis(200));
    client.keys("q");
    let status = client.wait();
    assert!(status.success(), "exit status through ssh: {status:?}");
    client.assert_restored();
    let line = server.wait_log("outcome=\"quit\"", Duration::from_secs(10));
    assert!(line.contains("user=reviewer"), "{line}");
    assert!(line.contains("comment=alice@laptop"), "{line}");
    assert!(line.contains("key=SHA256:"), "{line}");
    assert!(!line.contains("AAAA"), "no key material in the log: {line}");
}

#[test]
#[ignore = "needs the OpenSSH client; run by .ci/run"]
fn unknown_keys_passwords_and_keyboard_interactive_are_refused() {
    let server = Server::start(&people_fixtures(), &[]);
    let out = server
        .ssh("mallory")
        .arg("127.0.0.1")
        .output()
        .expect("ssh");
    assert!(refused(&out), "{out:?}");
    server.wait_log(
        "outcome=\"refused: key not in authorized_keys\"",
        Duration::from_secs(10),
    );
    for method in ["password", "keyboard-interactive", "hostbased"] {
        let out = server
            .ssh("alice")
            .args(["-o", &format!("PreferredAuthentications={method}")])
            .args(["-o", "PubkeyAuthentication=no", "127.0.0.1"])
            .output()
            .expect("ssh");
        assert!(refused(&out), "{method}: {out:?}");
    }
}

#[test]
#[ignore = "needs the OpenSSH client; run by .ci/run"]
fn a_key_removed_from_the_file_is_refused_at_the_next_login() {
    let server = Server::start(&people_fixtures(), &[]);
    // An exec request is refused, but only after the key was accepted.
    let out = server
        .ssh("alice")
        .args(["127.0.0.1", "true"])
        .output()
        .expect("ssh");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("exec request failed"),
        "{out:?}"
    );
    std::fs::write(server.key("authorized_keys"), "# nobody\n").expect("write");
    let out = server
        .ssh("alice")
        .args(["127.0.0.1", "true"])
        .output()
        .expect("ssh");
    assert!(refused(&out), "{out:?}");
}

#[test]
#[ignore = "needs the OpenSSH client; run by .ci/run"]
fn exec_and_forwarding_are_refused() {
    let server = Server::start(&people_fixtures(), &["--login-grace", "5"]);
    let out = server
        .ssh("alice")
        .args(["127.0.0.1", "cat /etc/passwd"])
        .output()
        .expect("ssh");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("exec request failed"));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("root:"));
    server.wait_log("event=\"refused exec\"", Duration::from_secs(10));

    // -L: a local port whose connections the server must refuse to carry.
    let local = free_port();
    let mut forward = server
        .ssh("alice")
        .args([
            "-N",
            "-L",
            &format!("{local}:127.0.0.1:{}", server.port),
            "127.0.0.1",
        ])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("ssh -L");
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut stream = loop {
        if let Ok(s) = std::net::TcpStream::connect(("127.0.0.1", local)) {
            break s;
        }
        assert!(Instant::now() < deadline, "ssh -L never listened");
        thread::sleep(Duration::from_millis(50));
    };
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let mut buf = [0u8; 64];
    // The server's own banner would come through a working forward.
    let got = stream.read(&mut buf).unwrap_or(0);
    assert_eq!(
        got,
        0,
        "forwarded: {:?}",
        String::from_utf8_lossy(&buf[..got])
    );
    server.wait_log(
        "refused port forwarding (direct-tcpip)",
        Duration::from_secs(10),
    );
    let _ = forward.kill();
    let _ = forward.wait();

    // -R: asking the server to listen is refused.
    let out = server
        .ssh("alice")
        .args([
            "-N",
            "-o",
            "ExitOnForwardFailure=yes",
            "-R",
            "0:127.0.0.1:9",
            "127.0.0.1",
        ])
        .output()
        .expect("ssh -R");
    assert!(!out.status.success(), "{out:?}");
    server.wait_log("refused remote port forwarding", Duration::from_secs(10));
}

#[test]
#[ignore = "needs the OpenSSH client; run by .ci/run"]
fn fifty_clients_at_once_and_the_limits_hold() {
    let server = Server::start(
        &people_fixtures(),
        &["--max-per-ip", "60", "--max-connections", "60"],
    );
    let mut clients: Vec<Pty> = (0..50).map(|_| connect(&server, "alice", &[])).collect();
    for c in &clients {
        c.expect("Briefings (");
    }
    for c in &mut clients {
        c.keys("q");
    }
    for c in &mut clients {
        assert!(c.wait().success());
    }
    drop(clients);
    drop(server);

    // Per address: 2 from 127.0.0.1; in total: 3.
    let server = Server::start(
        &people_fixtures(),
        &["--max-per-ip", "2", "--max-connections", "3"],
    );
    let a1 = connect(&server, "alice", &[]);
    let a2 = connect(&server, "alice", &[]);
    a1.expect("Briefings (");
    a2.expect("Briefings (");
    let out = server
        .ssh("alice")
        .args(["127.0.0.1", "true"])
        .output()
        .expect("ssh");
    assert!(!out.status.success());
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("exec request failed"),
        "{out:?}"
    );
    let b1 = connect(&server, "alice", &["-b", "127.0.0.2"]);
    b1.expect("Briefings (");
    let out = server
        .ssh("alice")
        .args(["-b", "127.0.0.3", "127.0.0.1", "true"])
        .output()
        .expect("ssh");
    assert!(!out.status.success());
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("exec request failed"),
        "{out:?}"
    );
    // the server logs a refusal after the client has seen it close: wait
    // for the log (a loaded machine may take a moment), then count
    let refusals = || {
        server
            .log
            .lock()
            .expect("log")
            .iter()
            .filter(|l| l.contains("too many connections"))
            .count()
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while refusals() < 2 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(refusals(), 2);
}

#[test]
#[ignore = "needs the OpenSSH client; run by .ci/run"]
fn a_client_that_stops_reading_is_dropped_within_its_bound() {
    let server = Server::start(&people_fixtures(), &[]);
    // Warm up: one full session, so the baseline includes a session's cost.
    let mut warm = connect(&server, "alice", &[]);
    warm.expect("Briefings (");
    warm.keys("q");
    warm.wait();
    let before = server.rss_kb();
    // ssh's output goes to a pipe nobody reads.
    let mut stuck = server
        .ssh("alice")
        .args(["-tt", "127.0.0.1"])
        .env("TERM", "xterm-256color")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("ssh");
    let mut stdin = stuck.stdin.take().expect("stdin");
    let mut peak = before;
    let deadline = Instant::now() + Duration::from_secs(120);
    // The help overlay, opened and closed: a few kilobytes a key.
    while !server
        .log
        .lock()
        .expect("log")
        .iter()
        .any(|l| l.contains("the client stopped reading"))
    {
        assert!(Instant::now() < deadline, "never dropped the client");
        // One key a write: keys that arrive together make one frame, and
        // an even number of `?` none at all.
        if stdin.write_all(b"?").and_then(|()| stdin.flush()).is_err() {
            break;
        }
        thread::sleep(Duration::from_millis(2));
        peak = peak.max(server.rss_kb());
    }
    server.wait_log("the client stopped reading", Duration::from_secs(30));
    let grown = peak.saturating_sub(before);
    eprintln!("server RSS {before} kB before, {peak} kB at peak: +{grown} kB");
    // The bound: the 1 MiB queue, the client's 2 MiB SSH window, and
    // the app's buffers; not the tens of megabytes the keys asked for.
    assert!(grown < 16 * 1024, "grew {grown} kB");
    let _ = stuck.kill();
    let _ = stuck.wait();
}

#[test]
#[ignore = "needs the OpenSSH client; run by .ci/run"]
fn sigterm_says_goodbye_and_stops() {
    let mut server = Server::start(&people_fixtures(), &[]);
    let mut client = connect(&server, "alice", &[]);
    client.expect("Briefings (");
    let pid = server.child.id().to_string();
    let out = Command::new("kill")
        .args(["-TERM", &pid])
        .output()
        .expect("kill");
    assert!(out.status.success());
    let status = client.wait();
    assert!(status.success(), "{status:?}");
    client.expect("brief: the server is shutting down");
    assert!(
        !client
            .screen
            .lock()
            .expect("screen")
            .screen()
            .alternate_screen()
    );
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Some(status) = server.child.try_wait().expect("try_wait") {
            assert!(status.success(), "{status:?}");
            break;
        }
        assert!(Instant::now() < deadline, "the server did not stop");
        thread::sleep(Duration::from_millis(50));
    }
}

/// Key press to frame over loopback: the time from writing `j` into
/// ssh's pty to the changed screen coming back. Prints the numbers for
/// docs/performance.md; asserts only that it works.
#[test]
#[ignore = "needs the OpenSSH client; run by .ci/run"]
fn key_press_to_frame_over_loopback() {
    let dir = std::env::var("BRIEF_SERVE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| people_fixtures());
    let server = Server::start(&dir, &[]);
    let mut client = connect(&server, "alice", &[]);
    client.expect("Briefings (");
    thread::sleep(Duration::from_millis(500));
    let mut times = Vec::new();
    for i in 0..100 {
        let before = client.contents();
        let start = Instant::now();
        let key = if (i / 2) % 2 == 0 { b"j" } else { b"k" };
        client.writer.write_all(key).expect("write");
        client.writer.flush().expect("flush");
        while client.contents() == before && start.elapsed() < Duration::from_secs(2) {
            thread::sleep(Duration::from_micros(100));
        }
        times.push(start.elapsed());
        thread::sleep(Duration::from_millis(20));
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    eprintln!(
        "key press to frame over ssh, {} presses: median {:.2} ms, p90 {:.2} ms, max {:.2} ms",
        times.len(),
        ms(times[times.len() / 2]),
        ms(times[times.len() * 9 / 10]),
        ms(times[times.len() - 1])
    );
    client.keys("q");
    assert!(client.wait().success());
}

#[test]
#[ignore = "needs the OpenSSH client; run by .ci/run"]
fn review_marks_are_kept_per_reviewer() {
    let server = Server::start(&people_fixtures(), &[]);
    let mut client = connect(&server, "alice", &[]);
    client.expect("Briefings (");
    client.keys("1");
    client.keys(" ");
    client.expect("marked reviewed");
    client.keys("q");
    assert!(client.wait().success());
    // alice's key has the comment alice@laptop: her marks are hers alone.
    let mine = server.dir.path().join("reviews/alice-laptop");
    let files: Vec<_> = std::fs::read_dir(&mine)
        .unwrap_or_else(|e| panic!("{}: {e}", mine.display()))
        .map_while(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .collect();
    assert_eq!(files.len(), 1, "one briefing marked");
    let saved = std::fs::read_to_string(files[0].path()).expect("marks file");
    assert!(saved.contains("\"reviewed\": true"), "{saved}");
    // A second session of the same reviewer sees the mark.
    let mut again = connect(&server, "alice", &[]);
    again.expect("1/");
    again.keys("q");
    again.wait();
}
