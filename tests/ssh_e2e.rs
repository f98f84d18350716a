//! brief over a real SSH connection: OpenSSH's sshd on 127.0.0.1 with a
//! throwaway host key and a key pair made for the test, the real `ssh`
//! client in a pseudo-terminal, the screen read through vt100.
//!
//! Ignored by a plain `cargo test` (it needs sshd and runs as the user
//! sshd lets in); `.ci/run` installs OpenSSH and runs it with `--ignored`.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use std::thread;
use std::time::{Duration, Instant};

use portable_pty::CommandBuilder;

mod common;

use common::Pty;

/// sshd for one test; stopped when dropped, also when the test fails.
struct Sshd {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Drop for Sshd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn sshd_binary() -> PathBuf {
    let path = PathBuf::from("/usr/sbin/sshd");
    assert!(
        path.exists(),
        "sshd is not installed (apt-get install openssh-server); .ci/run installs it"
    );
    path
}

impl Sshd {
    fn start() -> Sshd {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for (name, comment) in [
            ("host_key", "brief-test-host"),
            ("client_key", "brief-test-client"),
        ] {
            run(Command::new("ssh-keygen")
                .args(["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f"])
                .arg(d.join(name)));
        }
        std::fs::copy(d.join("client_key.pub"), d.join("authorized_keys")).unwrap();
        // Privilege separation needs this folder; it is missing on a fresh machine.
        std::fs::create_dir_all("/run/sshd").unwrap();
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let config = format!(
            "Port {port}\nListenAddress 127.0.0.1\nHostKey {d}/host_key\nAuthorizedKeysFile {d}/authorized_keys\n\
             PubkeyAuthentication yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n\
             PermitRootLogin prohibit-password\nStrictModes no\nUsePAM no\nPidFile {d}/sshd.pid\n\
             AllowTcpForwarding no\nX11Forwarding no\nLogLevel ERROR\n",
            d = d.display()
        );
        std::fs::write(d.join("sshd_config"), config).unwrap();
        let child = Command::new(sshd_binary())
            .args(["-D", "-e", "-f"])
            .arg(d.join("sshd_config"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("sshd starts");
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "sshd did not listen on {port}");
            thread::sleep(Duration::from_millis(50));
        }
        Sshd { child, port, dir }
    }
}

/// The `ssh -tt` client in a pty, its screen parsed as a terminal would.
/// `ssh -tt` to the test's sshd, running `remote`, in a 100×30 terminal.
fn connect(sshd: &Sshd, remote: &str) -> Pty {
    let user = std::env::var("USER").unwrap_or_else(|_| "root".into());
    let mut cmd = CommandBuilder::new("ssh");
    cmd.arg("-tt");
    cmd.args(common::SSH_TEST_OPTIONS);
    cmd.arg("-i");
    cmd.arg(sshd.dir.path().join("client_key"));
    cmd.args([
        "-p",
        &sshd.port.to_string(),
        &format!("{user}@127.0.0.1"),
        remote,
    ]);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("COLORTERM");
    Pty::spawn(cmd, 100, 30).remote()
}

/// A copy of the bundled briefings in a folder whose name marks this run,
/// so the test can find its own brief process.
fn marked_briefings(tag: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir
        .path()
        .join(format!("briefings-{tag}-{}", std::process::id()));
    std::fs::create_dir(&folder).unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("briefings/openai-leadership-2024.yaml");
    std::fs::copy(src, folder.join("openai-leadership-2024.yaml")).unwrap();
    (dir, folder)
}

fn remote_command(folder: &Path) -> String {
    format!(
        "env -u COLORTERM TERM=xterm-256color LANG=C.UTF-8 {} {}",
        env!("CARGO_BIN_EXE_brief"),
        folder.display()
    )
}

/// brief processes serving `folder` (not the ssh client, whose command
/// line names the folder too).
fn brief_processes(folder: &Path) -> usize {
    let pattern = format!("^{} {}", env!("CARGO_BIN_EXE_brief"), folder.display());
    let out = Command::new("pgrep")
        .args(["-f", &pattern])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).lines().count()
}

#[test]
#[ignore = "needs OpenSSH's sshd; run by .ci/run"]
fn brief_over_ssh_navigates_quits_and_restores_the_terminal() {
    let sshd = Sshd::start();
    let (_keep, folder) = marked_briefings("quit");
    let mut client = connect(&sshd, &remote_command(&folder));
    client.expect("Briefings (1)");
    client.expect("Timeline");
    client.keys("3");
    client.keys("\r");
    client.expect("up to $5B");
    client.keys("\x1b");
    thread::sleep(Duration::from_millis(300));
    client.keys("/");
    client.keys("pachoc");
    client.expect("Jakub Pachocki");
    client.keys("\r");
    client.keys("q");
    let status = client.wait();
    assert!(
        status.success(),
        "brief's exit status came back through ssh: {status:?}"
    );
    client.assert_restored();
    assert_eq!(brief_processes(&folder), 0);
}

#[test]
#[ignore = "needs OpenSSH's sshd; run by .ci/run"]
fn a_dropped_connection_ends_brief_by_itself() {
    let sshd = Sshd::start();
    let (_keep, folder) = marked_briefings("drop");
    let mut client = connect(&sshd, &remote_command(&folder));
    client.expect("Briefings (1)");
    assert_eq!(brief_processes(&folder), 1, "brief runs on the server side");
    // The connection drops: the client dies without a word to the server.
    client.child.kill().unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while brief_processes(&folder) > 0 {
        assert!(
            Instant::now() < deadline,
            "brief still running after the connection dropped"
        );
        thread::sleep(Duration::from_millis(100));
    }
}
