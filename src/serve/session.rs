//! One SSH connection: public-key authentication against the
//! authorized_keys file, one session channel with a pty, and brief running
//! in it on a thread of its own. Everything else a client may ask for
//! (exec, subsystems, forwarding, agent, X11) is refused.

use std::io::Write;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{cursor, event, execute, terminal};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use russh::keys::HashAlg;
use russh::server::{Auth, Msg, PublicKeyOffer, Session, VerifiedPublicKey};
use russh::{Channel, ChannelId, ChannelOpenFailure, ChannelWriteHalf, Disconnect, Pty};
use tokio::sync::mpsc;

use super::Shared;
use super::keys::{self, Refusal};
use super::terminal::{ChannelEvents, ChannelWriter, Input, Interrupt, SessionLimits};
use crate::app::App;
use crate::theme::{ColorChoice, TermEnv, detect_ascii, detect_depth};

/// What the connection's log line says; filled in as the connection goes.
#[derive(Debug, Default)]
pub struct Record {
    pub user: Option<String>,
    pub fingerprint: Option<String>,
    /// The authorized_keys comment of the key that logged in.
    pub comment: Option<String>,
    pub outcome: Option<String>,
    /// The last reason a key was refused, in case none is accepted.
    pub refused: Option<String>,
    /// brief is running for this connection.
    pub running: bool,
}

impl Record {
    fn set_outcome(&mut self, outcome: impl Into<String>) {
        if self.outcome.is_none() {
            self.outcome = Some(outcome.into());
        }
    }
}

/// The russh handler of one connection.
pub struct Connection {
    shared: Arc<Shared>,
    peer: SocketAddr,
    pub record: Arc<Mutex<Record>>,
    authenticated: bool,
    channel: Option<ChannelId>,
    write_half: Option<ChannelWriteHalf<Msg>>,
    env: TermEnv,
    size: (u16, u16),
    input: Option<mpsc::Sender<Input>>,
    started: bool,
}

impl Connection {
    pub fn new(shared: Arc<Shared>, peer: SocketAddr) -> Self {
        Connection {
            shared,
            peer,
            record: Arc::default(),
            authenticated: false,
            channel: None,
            write_half: None,
            env: TermEnv::default(),
            size: (80, 24),
            input: None,
            started: false,
        }
    }

    fn record(&self) -> std::sync::MutexGuard<'_, Record> {
        self.record.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Looks `key` up in the authorized_keys file, read afresh.
    fn check_key(&self, key: &russh::keys::PublicKey) -> Result<keys::Entry, String> {
        let path = &self.shared.authorized_keys;
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let (entries, problems) = keys::parse(&text);
        let found = keys::authorize(&entries, key, Some(self.peer.ip()), chrono::Utc::now());
        match found {
            Ok(entry) => Ok(entry.clone()),
            Err(Refusal::Unknown) => {
                // A line brief refuses (an option it does not enforce)
                // may be this key's: say so in the log.
                let refused_line = problems.iter().find(|p| {
                    text.lines()
                        .nth(p.line - 1)
                        .is_some_and(|l| line_has_key(l, key))
                });
                Err(match refused_line {
                    Some(p) => p.display(path),
                    None => Refusal::Unknown.to_string(),
                })
            }
            Err(other) => Err(other.to_string()),
        }
    }

    fn refuse(&self, what: &str) {
        crate::serve::log_event(self.peer, &self.record(), &format!("refused {what}"));
    }

    /// Logs and refuses a channel brief does not offer.
    async fn reject_channel(&self, what: &str, reply: russh::server::ChannelOpenHandle) {
        self.refuse(what);
        reply
            .reject(ChannelOpenFailure::AdministrativelyProhibited)
            .await;
    }
}

/// True when a line of the file carries `key`'s data.
fn line_has_key(line: &str, key: &russh::keys::PublicKey) -> bool {
    let Ok(text) = key.to_openssh() else {
        return false;
    };
    let data = text.split_whitespace().nth(1).unwrap_or("");
    !data.is_empty() && line.split_whitespace().any(|w| w == data)
}

fn sanitize(s: &str) -> String {
    s.chars()
        .take(64)
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

impl russh::server::Handler for Connection {
    type Error = russh::Error;

    async fn auth_publickey_offered(
        &mut self,
        _user: &str,
        offer: PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        match self.check_key(offer.public_key) {
            Ok(_) => Ok(Auth::Accept),
            Err(why) => {
                self.record().refused = Some(why);
                Ok(Auth::reject())
            }
        }
    }

    async fn auth_publickey(
        &mut self,
        user: &str,
        key: VerifiedPublicKey<'_>,
    ) -> Result<Auth, Self::Error> {
        // Checked again: the file may have changed since the offer.
        match self.check_key(key.public_key) {
            Ok(entry) => {
                self.authenticated = true;
                let mut record = self.record();
                record.user = Some(sanitize(user));
                record.fingerprint = Some(key.public_key.fingerprint(HashAlg::Sha256).to_string());
                record.comment = Some(sanitize(&entry.comment));
                record.refused = None;
                Ok(Auth::Accept)
            }
            Err(why) => {
                self.record().refused = Some(why);
                Ok(Auth::reject())
            }
        }
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: russh::server::ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.authenticated || self.channel.is_some() {
            self.refuse("a second session channel");
            reply
                .reject(ChannelOpenFailure::AdministrativelyProhibited)
                .await;
            return Ok(());
        }
        self.channel = Some(channel.id());
        // Requests and data reach this handler; the read half is not
        // needed, and dropping it keeps it from filling up.
        let (_read, write) = channel.split();
        self.write_half = Some(write);
        reply.accept().await;
        Ok(())
    }

    async fn channel_open_x11(
        &mut self,
        _channel: Channel<Msg>,
        _address: &str,
        _port: u32,
        reply: russh::server::ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.reject_channel("an X11 channel", reply).await;
        Ok(())
    }

    async fn channel_open_direct_tcpip(
        &mut self,
        _channel: Channel<Msg>,
        _host: &str,
        _port: u32,
        _from_addr: &str,
        _from_port: u32,
        reply: russh::server::ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.reject_channel("port forwarding (direct-tcpip)", reply)
            .await;
        Ok(())
    }

    async fn channel_open_forwarded_tcpip(
        &mut self,
        _channel: Channel<Msg>,
        _host: &str,
        _port: u32,
        _from_addr: &str,
        _from_port: u32,
        reply: russh::server::ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.reject_channel("port forwarding (forwarded-tcpip)", reply)
            .await;
        Ok(())
    }

    async fn channel_open_direct_streamlocal(
        &mut self,
        _channel: Channel<Msg>,
        _path: &str,
        reply: russh::server::ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.reject_channel("socket forwarding", reply).await;
        Ok(())
    }

    async fn tcpip_forward(
        &mut self,
        _address: &str,
        _port: &mut u32,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        self.refuse("remote port forwarding (tcpip-forward)");
        Ok(false)
    }

    async fn streamlocal_forward(
        &mut self,
        _path: &str,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        self.refuse("remote socket forwarding");
        Ok(false)
    }

    async fn agent_request(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        self.refuse("agent forwarding");
        Ok(false)
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single: bool,
        _protocol: &str,
        _cookie: &str,
        _screen: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.refuse("X11 forwarding");
        session.channel_failure(channel)
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        term: &str,
        cols: u32,
        rows: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if Some(channel) != self.channel || self.started {
            return session.channel_failure(channel);
        }
        self.env.term = Some(term.chars().take(64).collect());
        self.size = size(cols, rows);
        session.channel_success(channel)
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        // Display hints only; nothing is ever set in the process.
        let value = Some(value.chars().take(64).collect::<String>());
        match name {
            "TERM" => self.env.term = value,
            "COLORTERM" => self.env.colorterm = value,
            "LANG" => self.env.lang = value,
            "LC_ALL" => self.env.lc_all = value,
            "LC_CTYPE" => self.env.lc_ctype = value,
            n if n.starts_with("LC_") => {}
            _ => return session.channel_failure(channel),
        }
        session.channel_success(channel)
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let Some(write_half) = self.write_half.take() else {
            return session.channel_failure(channel);
        };
        if Some(channel) != self.channel || self.started {
            return session.channel_failure(channel);
        }
        self.started = true;
        let (tx, rx) = mpsc::channel(64);
        self.input = Some(tx);
        start_app(
            Arc::clone(&self.shared),
            self.env.clone(),
            self.size,
            rx,
            write_half,
            session.handle(),
            Arc::clone(&self.record),
        );
        session.channel_success(channel)
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.refuse("exec");
        self.record().set_outcome("refused exec");
        session.channel_failure(channel)?;
        session.close(channel)
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.refuse(&format!("subsystem {}", sanitize(name)));
        self.record().set_outcome("refused subsystem");
        session.channel_failure(channel)?;
        session.close(channel)
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if Some(channel) == self.channel
            && let Some(tx) = &self.input
            && tx.send(Input::Bytes(data.to_vec())).await.is_err()
        {
            self.input = None;
        }
        Ok(())
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        cols: u32,
        rows: u32,
        _pix_width: u32,
        _pix_height: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.size = size(cols, rows);
        if Some(channel) == self.channel
            && let Some(tx) = &self.input
        {
            let (w, h) = self.size;
            let _ = tx.send(Input::Resize(w, h)).await;
        }
        Ok(())
    }

    async fn channel_eof(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.input = None;
        Ok(())
    }

    async fn channel_close(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.input = None;
        Ok(())
    }
}

/// A pty size as columns and rows; 0×0 (no size given) is 80×24, and
/// sizes are kept within what a terminal can be.
fn size(cols: u32, rows: u32) -> (u16, u16) {
    if cols == 0 || rows == 0 {
        return (80, 24);
    }
    let clamp = |v: u32| v.clamp(1, 1000) as u16;
    (clamp(cols), clamp(rows))
}

/// How a session ended.
enum End {
    /// The user quit, or the server ended it politely: exit status 0.
    Done(String),
    /// The client hung up or stopped reading: no goodbye.
    Dropped(String),
}

#[allow(clippy::too_many_arguments)]
fn start_app(
    shared: Arc<Shared>,
    env: TermEnv,
    size: (u16, u16),
    input: mpsc::Receiver<Input>,
    write_half: ChannelWriteHalf<Msg>,
    handle: russh::server::Handle,
    record: Arc<Mutex<Record>>,
) {
    let (out_tx, mut out_rx) = mpsc::channel::<Vec<u8>>(1024);
    let queued = Arc::new(AtomicUsize::new(0));
    let writer = ChannelWriter::new(out_tx, Arc::clone(&queued), shared.limits.output_queue);
    let runtime = tokio::runtime::Handle::current();
    let app_shared = Arc::clone(&shared);
    let reviewer = {
        let r = record
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        reviewer_name(r.comment.as_deref(), r.user.as_deref())
    };
    let app = tokio::task::spawn_blocking(move || {
        run(&app_shared, &reviewer, env, size, input, writer, runtime)
    });
    let pump = tokio::spawn(async move {
        while let Some(chunk) = out_rx.recv().await {
            let n = chunk.len();
            // Waits for the client's window: a client that stops reading
            // stops this, and the queue behind it fills up.
            if write_half.data_bytes(chunk).await.is_err() {
                return (false, write_half);
            }
            queued.fetch_sub(n, Ordering::SeqCst);
        }
        (true, write_half)
    });
    record.lock().unwrap_or_else(|e| e.into_inner()).running = true;
    tokio::spawn(async move {
        let end = app
            .await
            .unwrap_or_else(|e| End::Dropped(format!("the session failed: {e}")));
        let mut closing = None;
        let outcome = match end {
            End::Done(outcome) => match tokio::time::timeout(Duration::from_secs(5), pump).await {
                Ok(Ok((true, write_half))) => {
                    let _ = write_half.exit_status(0).await;
                    let _ = write_half.eof().await;
                    let _ = write_half.close().await;
                    closing = Some(write_half);
                    outcome
                }
                _ => {
                    disconnect(&handle, "the client stopped reading").await;
                    "dropped: the client stopped reading".to_owned()
                }
            },
            End::Dropped(outcome) => {
                pump.abort();
                disconnect(&handle, &outcome).await;
                format!("dropped: {outcome}")
            }
        };
        {
            let mut record = record.lock().unwrap_or_else(|e| e.into_inner());
            record.set_outcome(outcome);
            record.running = false;
        }
        if closing.is_some() {
            // The client closes the connection once the channel is
            // closed; one that does not is let go after a while.
            tokio::time::sleep(Duration::from_secs(5)).await;
            disconnect(&handle, "bye").await;
        }
    });
}

async fn disconnect(handle: &russh::server::Handle, why: &str) {
    let _ = handle
        .disconnect(Disconnect::ByApplication, why.to_owned(), String::new())
        .await;
}

/// The folder name of a reviewer's marks: the authorized_keys comment of
/// their key, else their SSH user name, as a slug.
fn reviewer_name(comment: Option<&str>, user: Option<&str>) -> String {
    [comment, user]
        .into_iter()
        .flatten()
        .find_map(crate::model::slugify)
        .unwrap_or_else(|| "anonymous".to_owned())
}

/// brief itself, on the app thread: the same loop as the local terminal,
/// on this client's terminal, size, input and display hints.
fn run(
    shared: &Shared,
    reviewer: &str,
    env: TermEnv,
    (w, h): (u16, u16),
    input: mpsc::Receiver<Input>,
    writer: ChannelWriter,
    runtime: tokio::runtime::Handle,
) -> End {
    let overflowed = Arc::clone(&writer.overflowed);
    let theme = shared
        .theme
        .clone()
        .for_terminal(detect_depth(&env, ColorChoice::Auto), detect_ascii(&env));
    let mut corpus_rx = shared.corpus.clone();
    let loaded = corpus_rx.borrow_and_update().clone();
    let mut app = App::shared(loaded.corpus, loaded.people, shared.origin.clone(), (w, h));
    let mut events = ChannelEvents::new(
        input,
        runtime,
        shared.limits.paste,
        Arc::clone(&shared.shutdown),
        SessionLimits {
            idle: shared.limits.idle,
            max_length: shared.limits.max_session,
        },
    );
    let interrupt = Arc::clone(&events.interrupt);
    let mut backend = CrosstermBackend::new(writer);
    let opened = execute!(
        backend,
        terminal::EnterAlternateScreen,
        cursor::Hide,
        event::EnableBracketedPaste
    );
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
    };
    let mut terminal = match opened.and_then(|()| Terminal::with_options(backend, options)) {
        Ok(t) => t,
        Err(e) => return End::Dropped(e.to_string()),
    };
    // Each reviewer's marks live in a folder of their own, as safe as the
    // local app's: the same store, saved by the same loop hook.
    let mut reviews = shared
        .review_dir
        .as_ref()
        .and_then(|d| crate::review::ReviewStore::open(&d.join(reviewer)).ok())
        .map(|(store, marks, _problems)| {
            app.marks = marks;
            crate::tui::ReviewSync::new(store)
        });
    let mut idle = |app: &mut App| {
        app.now = crate::tui::now();
        if let Some(r) = reviews.as_mut() {
            r.sync(app);
        }
        if corpus_rx.has_changed().unwrap_or(false) {
            let loaded = corpus_rx.borrow_and_update().clone();
            app.set_shared(loaded.corpus, loaded.people);
        }
    };
    let mut message = None;
    let result = loop {
        let result = crate::tui::run_app(
            &mut terminal,
            &mut app,
            &theme,
            &mut events,
            &interrupt,
            &mut idle,
        );
        if result.is_err() {
            break result;
        }
        if app.edit_request.take().is_some() {
            app.status = Some("editing is not available over brief serve".to_owned());
            continue;
        }
        interrupt.store(false, Ordering::SeqCst);
        match events.reason.take() {
            Some(Interrupt::Resize(w, h)) => {
                if let Err(e) = terminal.resize(Rect::new(0, 0, w, h)) {
                    break Err(e);
                }
            }
            Some(Interrupt::End(why)) => {
                message = Some(why);
                break Ok(());
            }
            None => break Ok(()),
        }
    };
    // Save the marks of the last keys before the session ends.
    idle(&mut app);
    if let Err(e) = result {
        return End::Dropped(if overflowed.load(Ordering::SeqCst) {
            "the client stopped reading".to_owned()
        } else {
            e.to_string()
        });
    }
    let backend = terminal.backend_mut();
    let closed = execute!(
        backend,
        event::DisableBracketedPaste,
        terminal::LeaveAlternateScreen,
        cursor::Show
    )
    .and_then(|()| match message {
        Some(why) => {
            writeln!(backend, "brief: {why}")?;
            backend.flush()
        }
        None => Ok(()),
    });
    match (closed, message) {
        (Err(e), _) => End::Dropped(e.to_string()),
        (Ok(()), Some(why)) => End::Done(format!("ended: {why}")),
        (Ok(()), None) => End::Done("quit".to_owned()),
    }
}

/// For tests of the module: the exit paths do not depend on a connection.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pty_sizes() {
        assert_eq!(size(0, 0), (80, 24));
        assert_eq!(size(120, 0), (80, 24));
        assert_eq!(size(100, 30), (100, 30));
        assert_eq!(size(100_000, 5), (1000, 5));
    }
}
