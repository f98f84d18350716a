//! `brief serve`: brief over SSH for reviewers who have no shell account.
//!
//! An SSH server (russh, on tokio) that lets in public keys listed in an
//! authorized_keys file and gives each client its own brief — its own
//! [`App`](crate::app::App), terminal, size and input — on one shared,
//! watched corpus. Nothing else is offered: no shell, exec, subsystem or
//! forwarding. Operators' documentation: `docs/serve.md`.

mod hostkey;
pub mod input;
pub mod keys;
mod session;
pub mod terminal;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use russh::MethodKind;
use russh::server::Config;
use tokio::sync::watch;

use crate::load::{self, Corpus, Origin};
use crate::theme::Theme;

/// `brief serve`'s command line.
#[derive(clap::Args, Debug, Clone)]
pub struct ServeArgs {
    /// Briefings folder (default: ./briefings if it exists, else the bundled briefings)
    pub dir: Option<PathBuf>,
    /// Address and port to listen on
    #[arg(long, default_value = "127.0.0.1:2222", value_name = "ADDR:PORT")]
    pub listen: SocketAddr,
    /// Public keys allowed in, OpenSSH format, re-read at every login [default: $XDG_CONFIG_HOME/brief/authorized_keys]
    #[arg(long, value_name = "FILE")]
    pub authorized_keys: Option<PathBuf>,
    /// The server's ed25519 key, made at first start [default: $XDG_STATE_HOME/brief/host_ed25519]
    #[arg(long, value_name = "FILE")]
    pub host_key: Option<PathBuf>,
    /// Where review marks are kept, one folder per reviewer (the key's
    /// authorized_keys comment, else the SSH user name) [default: $XDG_STATE_HOME/brief/reviews]
    #[arg(long, value_name = "DIR")]
    pub review_dir: Option<PathBuf>,
    /// Theme for every session: a bundled name or a theme file
    #[arg(long, value_name = "NAME|PATH")]
    pub theme: Option<String>,
    /// Connections at once, in total
    #[arg(long, default_value_t = 100, value_name = "N")]
    pub max_connections: usize,
    /// Connections at once from one IP address
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub max_per_ip: usize,
    /// Authentication attempts per connection
    #[arg(long, default_value_t = 6, value_name = "N")]
    pub max_auth_attempts: usize,
    /// Delay before answering a failed authentication, in milliseconds
    #[arg(long, default_value_t = 1000, value_name = "MS")]
    pub auth_delay_ms: u64,
    /// Seconds without input before a session ends
    #[arg(long, default_value_t = 1800, value_name = "SECS")]
    pub idle_timeout: u64,
    /// Longest session, in seconds
    #[arg(long, default_value_t = 8 * 3600, value_name = "SECS")]
    pub max_session: u64,
    /// Seconds a client has to log in
    #[arg(long, default_value_t = 30, value_name = "SECS")]
    pub login_grace: u64,
    /// Bytes of output waiting for a slow client before it is dropped
    #[arg(long, default_value_t = 1 << 20, value_name = "BYTES")]
    pub output_queue: usize,
    /// Bytes kept of one paste; the rest is dropped
    #[arg(long, default_value_t = 64 * 1024, value_name = "BYTES")]
    pub paste_limit: usize,
    /// Check the setup (keys file, host key, port, briefings) and exit 0 or 1
    #[arg(long)]
    pub check: bool,
}

/// The limits every session keeps.
#[derive(Clone, Debug)]
pub struct Limits {
    pub output_queue: usize,
    pub paste: usize,
    pub idle: Duration,
    pub max_session: Duration,
}

/// What all connections share.
/// A loaded corpus with its people index, built once and shared by every
/// session.
#[derive(Clone)]
pub struct SharedCorpus {
    pub corpus: Arc<Corpus>,
    pub people: Arc<crate::people::PeopleIndex>,
}

impl SharedCorpus {
    fn new(corpus: Corpus) -> Self {
        let people = Arc::new(crate::people::PeopleIndex::new(&corpus.briefings));
        SharedCorpus {
            corpus: Arc::new(corpus),
            people,
        }
    }
}

pub struct Shared {
    pub authorized_keys: PathBuf,
    pub origin: Origin,
    /// The latest corpus and its people index, one copy for every
    /// session; sessions pick up a new one when idle.
    pub corpus: watch::Receiver<SharedCorpus>,
    pub theme: Theme,
    pub limits: Limits,
    /// Set on SIGTERM: sessions say goodbye and end.
    pub shutdown: Arc<AtomicBool>,
    /// Where each reviewer's marks are kept, one folder per reviewer.
    pub review_dir: Option<PathBuf>,
}

/// `$XDG_CONFIG_HOME/brief/authorized_keys`, else under `~/.config`.
pub fn default_authorized_keys(xdg_config: Option<&str>, home: Option<&str>) -> Option<PathBuf> {
    base_dir(xdg_config, home, ".config").map(|d| d.join("brief/authorized_keys"))
}

/// `$XDG_STATE_HOME/brief/host_ed25519`, else under `~/.local/state`.
pub fn default_host_key(xdg_state: Option<&str>, home: Option<&str>) -> Option<PathBuf> {
    base_dir(xdg_state, home, ".local/state").map(|d| d.join("brief/host_ed25519"))
}

fn base_dir(xdg: Option<&str>, home: Option<&str>, fallback: &str) -> Option<PathBuf> {
    match xdg.filter(|v| v.starts_with('/')) {
        Some(x) => Some(PathBuf::from(x)),
        None => home
            .filter(|h| !h.is_empty())
            .map(|h| Path::new(h).join(fallback)),
    }
}

fn paths(args: &ServeArgs) -> color_eyre::Result<(PathBuf, PathBuf)> {
    let var = |k| std::env::var(k).ok();
    let home = var("HOME");
    let keys = args
        .authorized_keys
        .clone()
        .or_else(|| default_authorized_keys(var("XDG_CONFIG_HOME").as_deref(), home.as_deref()))
        .ok_or_else(|| color_eyre::eyre::eyre!("no HOME: give --authorized-keys"))?;
    let host = args
        .host_key
        .clone()
        .or_else(|| default_host_key(var("XDG_STATE_HOME").as_deref(), home.as_deref()))
        .ok_or_else(|| color_eyre::eyre::eyre!("no HOME: give --host-key"))?;
    Ok((keys, host))
}

/// Runs `brief serve` until SIGTERM or Ctrl-C.
pub fn run(args: &ServeArgs) -> color_eyre::Result<ExitCode> {
    let (keys_path, host_path) = paths(args)?;
    if args.check {
        return Ok(check(args, &keys_path, &host_path));
    }
    let host_key = hostkey::load_or_create(&host_path)?;
    let origin = load::choose(args.dir.as_deref());
    let (corpus, watcher) = match &origin {
        Origin::Folder(dir) => {
            let (watcher, corpus) = load::Watcher::load(dir)?;
            (corpus, Some(watcher))
        }
        Origin::Bundled => (load::load_bundled(), None),
    };
    let (theme, theme_problems) = Theme::choose(args.theme.as_deref());
    for p in theme_problems {
        eprintln!("brief serve: {p}");
    }
    let (corpus_tx, corpus_rx) = watch::channel(SharedCorpus::new(corpus));
    let shutdown = Arc::new(AtomicBool::new(false));
    let review_dir = args.review_dir.clone().or_else(|| {
        let var = |k| std::env::var(k).ok();
        crate::review::default_dir(var("XDG_STATE_HOME").as_deref(), var("HOME").as_deref())
    });
    let shared = Arc::new(Shared {
        review_dir,
        authorized_keys: keys_path,
        origin: origin.clone(),
        corpus: corpus_rx,
        theme,
        limits: Limits {
            output_queue: args.output_queue,
            paste: args.paste_limit,
            idle: Duration::from_secs(args.idle_timeout),
            max_session: Duration::from_secs(args.max_session),
        },
        shutdown: Arc::clone(&shutdown),
    });
    if let Some(mut watcher) = watcher {
        let stop = Arc::clone(&shutdown);
        std::thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(500));
                if let Some(corpus) = watcher.poll() {
                    eprintln!("{} brief serve: briefings reloaded", now());
                    if corpus_tx.send(SharedCorpus::new(corpus)).is_err() {
                        return;
                    }
                }
            }
        });
    }
    let config = Arc::new(Config {
        methods: (&[MethodKind::PublicKey][..]).into(),
        auth_rejection_time: Duration::from_millis(args.auth_delay_ms),
        // OpenSSH starts with a `none` probe to learn the methods.
        auth_rejection_time_initial: Some(Duration::ZERO),
        max_auth_attempts: args.max_auth_attempts,
        // A backstop behind the session's own, polite, idle timeout.
        inactivity_timeout: Some(Duration::from_secs(args.idle_timeout + 60)),
        keys: vec![host_key.clone()],
        nodelay: true,
        ..Config::default()
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let listener = runtime.block_on(tokio::net::TcpListener::bind(args.listen))?;
    eprintln!(
        "{} brief serve: listening on {} for {origin}; host key {} {}",
        now(),
        listener.local_addr()?,
        host_path.display(),
        hostkey::fingerprint(&host_key)
    );
    let gate = Arc::new(Gate {
        total: args.max_connections,
        per_ip: args.max_per_ip,
        open: Mutex::new(HashMap::new()),
    });
    let grace = Duration::from_secs(args.login_grace);
    runtime.block_on(accept_loop(listener, config, shared, gate, grace))?;
    Ok(ExitCode::SUCCESS)
}

async fn accept_loop(
    listener: tokio::net::TcpListener,
    config: Arc<Config>,
    shared: Arc<Shared>,
    gate: Arc<Gate>,
    grace: Duration,
) -> std::io::Result<()> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = signal(SignalKind::terminate())?;
    let mut int = signal(SignalKind::interrupt())?;
    loop {
        let accepted = tokio::select! {
            _ = term.recv() => break,
            _ = int.recv() => break,
            a = listener.accept() => a,
        };
        let (socket, peer) = match accepted {
            Ok(a) => a,
            Err(e) => {
                // Out of file descriptors, most likely: wait, go on.
                eprintln!("{} brief serve: accept failed: {e}", now());
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let Some(ticket) = Gate::admit(&gate, peer.ip()) else {
            log_line(
                now(),
                peer,
                &session::Record::default(),
                "refused: too many connections",
                Duration::ZERO,
            );
            drop(socket);
            continue;
        };
        let (config, shared) = (Arc::clone(&config), Arc::clone(&shared));
        tokio::spawn(async move {
            connection(socket, peer, config, shared, grace).await;
            drop(ticket);
        });
    }
    drop(listener);
    eprintln!("{} brief serve: stopping; ending sessions", now());
    shared.shutdown.store(true, Ordering::SeqCst);
    let deadline = Instant::now() + Duration::from_secs(5);
    while gate.count() > 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

/// One connection, from the first byte to its log line.
async fn connection(
    socket: tokio::net::TcpStream,
    peer: SocketAddr,
    config: Arc<Config>,
    shared: Arc<Shared>,
    grace: Duration,
) {
    let started = Instant::now();
    let at = now();
    let handler = session::Connection::new(Arc::clone(&shared), peer);
    let record = Arc::clone(&handler.record);
    let outcome = match russh::server::run_stream(config, socket, handler).await {
        Err(e) => Some(format!("failed: {e}")),
        Ok(running) => {
            let handle = running.handle();
            let logged_in = Arc::clone(&record);
            let watchdog = tokio::spawn(async move {
                // Login grace, then the server's shutdown for connections
                // that never started brief (sessions end themselves).
                let deadline = Instant::now() + grace;
                loop {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    let running = logged_in.lock().map(|r| r.running).unwrap_or(false);
                    let stopping = shared.shutdown.load(Ordering::SeqCst);
                    let late = Instant::now() >= deadline && !running;
                    if !running && (late || stopping) {
                        let why = if stopping {
                            "server shutting down"
                        } else {
                            "login timeout"
                        };
                        let _ = handle
                            .disconnect(russh::Disconnect::ByApplication, why.into(), String::new())
                            .await;
                        return Some(why);
                    }
                    if running {
                        return None;
                    }
                }
            });
            let result = running.await;
            let timed_out = if watchdog.is_finished() {
                watchdog.await.ok().flatten()
            } else {
                watchdog.abort();
                None
            };
            match (result, timed_out) {
                (_, Some(why)) => Some(format!("dropped: {why}")),
                (Err(e), _) => Some(format!("closed: {e}")),
                (Ok(()), _) => None,
            }
        }
    };
    // The app thread may still be saying goodbye.
    let deadline = Instant::now() + Duration::from_secs(2);
    while record.lock().map(|r| r.running).unwrap_or(false) && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let record = record.lock().unwrap_or_else(|e| e.into_inner());
    let outcome =
        record
            .outcome
            .clone()
            .unwrap_or_else(|| match (&record.user, &record.refused, outcome) {
                (None, Some(why), _) => format!("refused: {why}"),
                (None, None, Some(o)) if o.starts_with("dropped") => o,
                (None, None, _) => "refused: no accepted key".to_owned(),
                (Some(_), _, Some(o)) => o,
                (Some(_), _, None) => "closed".to_owned(),
            });
    log_line(at, peer, &record, &outcome, started.elapsed());
}

fn now() -> String {
    chrono::Local::now()
        .format("%Y-%m-%dT%H:%M:%S%.3f%:z")
        .to_string()
}

/// One line per connection: time, peer, user, key fingerprint, outcome,
/// duration. Never key material: a fingerprint only.
fn log_line(at: String, peer: SocketAddr, r: &session::Record, outcome: &str, took: Duration) {
    eprintln!(
        "{at} peer={peer} user={} key={} comment={} outcome=\"{outcome}\" duration={:.3}s",
        r.user.as_deref().unwrap_or("-"),
        r.fingerprint.as_deref().unwrap_or("-"),
        r.comment
            .as_deref()
            .filter(|c| !c.is_empty())
            .unwrap_or("-"),
        took.as_secs_f64()
    );
}

/// A log line for something a connection asked for and was refused.
pub(crate) fn log_event(peer: SocketAddr, r: &session::Record, what: &str) {
    eprintln!(
        "{} peer={peer} user={} key={} event=\"{what}\"",
        now(),
        r.user.as_deref().unwrap_or("-"),
        r.fingerprint.as_deref().unwrap_or("-"),
    );
}

/// Connections open, in total and per address.
struct Gate {
    total: usize,
    per_ip: usize,
    open: Mutex<HashMap<IpAddr, usize>>,
}

/// A connection's place at the gate, given back when dropped.
struct Ticket {
    gate: Arc<Gate>,
    ip: IpAddr,
}

impl Gate {
    fn admit(gate: &Arc<Gate>, ip: IpAddr) -> Option<Ticket> {
        let ip = ip.to_canonical();
        let mut open = gate.open.lock().unwrap_or_else(|e| e.into_inner());
        let total: usize = open.values().sum();
        let here = open.get(&ip).copied().unwrap_or(0);
        if total >= gate.total || here >= gate.per_ip {
            return None;
        }
        open.insert(ip, here + 1);
        Some(Ticket {
            gate: Arc::clone(gate),
            ip,
        })
    }

    fn count(&self) -> usize {
        self.open.lock().map(|o| o.values().sum()).unwrap_or(0)
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        let mut open = self.gate.open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = open.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

/// `brief serve --check`: every problem with the setup, then 0 or 1.
fn check(args: &ServeArgs, keys_path: &Path, host_path: &Path) -> ExitCode {
    let mut ok = true;
    let mut fail = |msg: String| {
        eprintln!("{msg}");
        ok = false;
    };
    match std::fs::read_to_string(keys_path) {
        Err(e) => fail(format!("{}: cannot read: {e}", keys_path.display())),
        Ok(text) => {
            let (entries, problems) = keys::parse(&text);
            for p in &problems {
                fail(p.display(keys_path));
            }
            if entries.is_empty() {
                fail(format!(
                    "{}: no usable key: nobody can log in",
                    keys_path.display()
                ));
            } else {
                println!("{}: {} key(s)", keys_path.display(), entries.len());
            }
        }
    }
    match check_host_key(host_path) {
        Ok(what) => println!("{}: {what}", host_path.display()),
        Err(e) => fail(format!("{}: {e}", host_path.display())),
    }
    match std::net::TcpListener::bind(args.listen) {
        Ok(_) => println!("{}: can listen", args.listen),
        Err(e) => fail(format!("{}: cannot listen: {e}", args.listen)),
    }
    let origin = load::choose(args.dir.as_deref());
    match load::load_origin(&origin) {
        Ok(corpus) => println!(
            "{origin}: {} briefing(s), {} error(s)",
            corpus.briefings.len(),
            corpus.error_count()
        ),
        Err(e) => fail(format!("{origin}: cannot open: {e}")),
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The host key is there with mode 0600 and loads, or can be made.
fn check_host_key(path: &Path) -> Result<String, String> {
    use std::os::unix::fs::PermissionsExt;
    match std::fs::metadata(path) {
        Ok(meta) => {
            hostkey::check_mode(path, meta.permissions().mode()).map_err(|e| e.to_string())?;
            let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
            let key = russh::keys::PrivateKey::from_openssh(text.as_bytes())
                .map_err(|e| format!("not an OpenSSH private key: {e}"))?;
            Ok(format!("host key {}", hostkey::fingerprint(&key)))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // The nearest folder that exists must take a new file.
            let mut dir = path.parent();
            while let Some(d) = dir {
                if d.as_os_str().is_empty() {
                    dir = Some(Path::new("."));
                    break;
                }
                if d.exists() {
                    break;
                }
                dir = d.parent();
            }
            let dir = dir.unwrap_or(Path::new("/"));
            let probe = dir.join(format!(".brief-serve-check-{}", std::process::id()));
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&probe)
                .map_err(|e| format!("cannot be created ({}: {e})", dir.display()))?;
            let _ = std::fs::remove_file(&probe);
            Ok("no host key yet; one will be made at first start".to_owned())
        }
        Err(e) => Err(format!("cannot read: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_paths_follow_xdg() {
        assert_eq!(
            default_authorized_keys(Some("/x"), Some("/home/a")),
            Some(PathBuf::from("/x/brief/authorized_keys"))
        );
        assert_eq!(
            default_authorized_keys(None, Some("/home/a")),
            Some(PathBuf::from("/home/a/.config/brief/authorized_keys"))
        );
        assert_eq!(
            default_host_key(Some("relative"), Some("/home/a")),
            Some(PathBuf::from("/home/a/.local/state/brief/host_ed25519"))
        );
        assert_eq!(default_host_key(None, None), None);
    }

    #[test]
    fn the_gate_counts_per_address_and_in_total() {
        let gate = Arc::new(Gate {
            total: 3,
            per_ip: 2,
            open: Mutex::new(HashMap::new()),
        });
        let a: IpAddr = "10.0.0.1".parse().expect("ip");
        let b: IpAddr = "10.0.0.2".parse().expect("ip");
        let t1 = Gate::admit(&gate, a);
        let t2 = Gate::admit(&gate, a);
        assert!(t1.is_some() && t2.is_some());
        assert!(Gate::admit(&gate, a).is_none());
        let t3 = Gate::admit(&gate, b);
        assert!(t3.is_some());
        assert!(Gate::admit(&gate, b).is_none(), "total");
        drop(t1);
        let t4 = Gate::admit(&gate, a);
        assert!(t4.is_some());
        assert_eq!(gate.count(), 3);
    }
}
