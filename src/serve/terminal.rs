//! One client's terminal, seen from the app thread: output that goes to the
//! SSH channel through a bounded queue, and input events decoded from what
//! the client types.

use std::collections::VecDeque;
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::Event;
use tokio::sync::mpsc;

use super::input::{Decoder, ESC_PAUSE};
use crate::tui::Events;

/// What the connection sends to the app thread.
#[derive(Debug)]
pub enum Input {
    Bytes(Vec<u8>),
    Resize(u16, u16),
}

/// The terminal's output: written by the crossterm backend, handed to the
/// connection at each flush. The queue is bounded in bytes: a client that
/// stops reading makes the flush fail, and the session ends, instead of
/// the server buffering without end.
pub struct ChannelWriter {
    buf: Vec<u8>,
    tx: mpsc::Sender<Vec<u8>>,
    /// Bytes handed over and not yet sent; the connection subtracts what
    /// it sends.
    queued: Arc<AtomicUsize>,
    cap: usize,
    /// Set when the queue was full: the client stopped reading.
    pub overflowed: Arc<AtomicBool>,
    last: u8,
}

impl ChannelWriter {
    pub fn new(tx: mpsc::Sender<Vec<u8>>, queued: Arc<AtomicUsize>, cap: usize) -> Self {
        ChannelWriter {
            buf: Vec::new(),
            tx,
            queued,
            cap,
            overflowed: Arc::new(AtomicBool::new(false)),
            last: 0,
        }
    }
}

impl io::Write for ChannelWriter {
    /// Copies `data`, turning a bare `\n` into `\r\n` as a pty's line
    /// discipline would (the client's terminal is in raw mode).
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        for &b in data {
            if b == b'\n' && self.last != b'\r' {
                self.buf.push(b'\r');
            }
            self.buf.push(b);
            self.last = b;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let n = self.buf.len();
        let before = self.queued.fetch_add(n, Ordering::SeqCst);
        let full = || io::Error::new(io::ErrorKind::WouldBlock, "the client stopped reading");
        if before + n > self.cap {
            self.queued.fetch_sub(n, Ordering::SeqCst);
            self.overflowed.store(true, Ordering::SeqCst);
            return Err(full());
        }
        match self.tx.try_send(std::mem::take(&mut self.buf)) {
            Ok(()) => Ok(()),
            Err(mpsc::error::TrySendError::Full(_)) => {
                self.queued.fetch_sub(n, Ordering::SeqCst);
                self.overflowed.store(true, Ordering::SeqCst);
                Err(full())
            }
            Err(mpsc::error::TrySendError::Closed(_)) => {
                self.queued.fetch_sub(n, Ordering::SeqCst);
                Err(io::Error::new(
                    io::ErrorKind::BrokenPipe,
                    "the connection is closed",
                ))
            }
        }
    }
}

/// Why the loop was interrupted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Interrupt {
    /// The client's window changed: resize the terminal and go on.
    Resize(u16, u16),
    /// The server ends the session, with this message for the user.
    End(&'static str),
}

/// Limits a session keeps itself, by the clock it is given.
#[derive(Clone, Copy, Debug)]
pub struct SessionLimits {
    pub idle: Duration,
    pub max_length: Duration,
}

/// Input events from the connection, decoded on the app thread.
pub struct ChannelEvents {
    input: mpsc::Receiver<Input>,
    runtime: tokio::runtime::Handle,
    decoder: Decoder,
    queue: VecDeque<Event>,
    scratch: Vec<Event>,
    pending_since: Option<Instant>,
    /// Set to make `run_app` return; `reason` says why.
    pub interrupt: Arc<AtomicBool>,
    pub reason: Option<Interrupt>,
    shutdown: Arc<AtomicBool>,
    started: Instant,
    last_input: Instant,
    limits: SessionLimits,
}

impl ChannelEvents {
    pub fn new(
        input: mpsc::Receiver<Input>,
        runtime: tokio::runtime::Handle,
        paste_cap: usize,
        shutdown: Arc<AtomicBool>,
        limits: SessionLimits,
    ) -> Self {
        let now = Instant::now();
        ChannelEvents {
            input,
            runtime,
            decoder: Decoder::new(paste_cap),
            queue: VecDeque::new(),
            scratch: Vec::new(),
            pending_since: None,
            interrupt: Arc::new(AtomicBool::new(false)),
            reason: None,
            shutdown,
            started: now,
            last_input: now,
            limits,
        }
    }

    fn end(&mut self, message: &'static str) {
        self.reason = Some(Interrupt::End(message));
        self.interrupt.store(true, Ordering::SeqCst);
    }

    fn receive(&mut self, wait: Duration) -> io::Result<Option<Input>> {
        let closed = || io::Error::new(io::ErrorKind::UnexpectedEof, "the client hung up");
        if wait.is_zero() {
            return match self.input.try_recv() {
                Ok(input) => Ok(Some(input)),
                Err(mpsc::error::TryRecvError::Empty) => Ok(None),
                Err(mpsc::error::TryRecvError::Disconnected) => Err(closed()),
            };
        }
        let input = &mut self.input;
        match self
            .runtime
            .block_on(async { tokio::time::timeout(wait, input.recv()).await })
        {
            Ok(Some(input)) => Ok(Some(input)),
            Ok(None) => Err(closed()),
            Err(_) => Ok(None),
        }
    }
}

impl Events for ChannelEvents {
    fn next(&mut self, timeout: Duration) -> io::Result<Option<Event>> {
        if let Some(event) = self.queue.pop_front() {
            return Ok(Some(event));
        }
        if self.shutdown.load(Ordering::SeqCst) {
            self.end("the server is shutting down");
            return Ok(None);
        }
        if self.started.elapsed() >= self.limits.max_length {
            self.end("the session reached its maximum length");
            return Ok(None);
        }
        if self.last_input.elapsed() >= self.limits.idle {
            self.end("the session was idle too long");
            return Ok(None);
        }
        let deadline = Instant::now() + timeout;
        loop {
            let now = Instant::now();
            let mut wait = deadline.saturating_duration_since(now);
            if let Some(since) = self.pending_since {
                wait = wait.min((since + ESC_PAUSE).saturating_duration_since(now));
            }
            match self.receive(wait)? {
                Some(Input::Bytes(bytes)) => {
                    self.last_input = Instant::now();
                    self.decoder.feed(&bytes, &mut self.scratch);
                    self.queue.extend(self.scratch.drain(..));
                    self.pending_since = match self.decoder.has_pending() {
                        true => self.pending_since.or(Some(self.last_input)),
                        false => None,
                    };
                }
                Some(Input::Resize(w, h)) => {
                    self.last_input = Instant::now();
                    self.reason = Some(Interrupt::Resize(w, h));
                    self.interrupt.store(true, Ordering::SeqCst);
                    self.queue.push_back(Event::Resize(w, h));
                }
                None => {}
            }
            if let Some(since) = self.pending_since
                && since.elapsed() >= ESC_PAUSE
            {
                self.decoder.flush(&mut self.scratch);
                self.queue.extend(self.scratch.drain(..));
                self.pending_since = None;
            }
            if let Some(event) = self.queue.pop_front() {
                return Ok(Some(event));
            }
            if Instant::now() >= deadline {
                return Ok(None);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;

    #[test]
    fn bare_newlines_become_crlf() {
        let (tx, mut rx) = mpsc::channel(4);
        let mut w = ChannelWriter::new(tx, Arc::default(), 1024);
        w.write_all(b"a\nb\r\nc\n").expect("write");
        w.flush().expect("flush");
        assert_eq!(rx.try_recv().ok(), Some(b"a\r\nb\r\nc\r\n".to_vec()));
    }

    #[test]
    fn a_full_queue_fails_the_flush() {
        let (tx, _rx) = mpsc::channel(100);
        let queued = Arc::new(AtomicUsize::new(0));
        let mut w = ChannelWriter::new(tx, Arc::clone(&queued), 10);
        w.write_all(b"12345678").expect("write");
        w.flush().expect("fits");
        w.write_all(b"123").expect("write");
        assert!(w.flush().is_err());
        assert!(w.overflowed.load(Ordering::SeqCst));
        assert_eq!(queued.load(Ordering::SeqCst), 8);
    }

    fn events() -> (mpsc::Sender<Input>, ChannelEvents, tokio::runtime::Runtime) {
        // Handle::block_on drives timers only on a multi-thread runtime.
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_time()
            .build()
            .expect("runtime");
        let (tx, rx) = mpsc::channel(16);
        let limits = SessionLimits {
            idle: Duration::from_secs(60),
            max_length: Duration::from_secs(60),
        };
        let ev = ChannelEvents::new(rx, rt.handle().clone(), 1024, Arc::default(), limits);
        (tx, ev, rt)
    }

    #[test]
    fn a_lone_esc_comes_out_after_the_pause() {
        let (tx, mut ev, _rt) = events();
        tx.try_send(Input::Bytes(b"\x1b".to_vec())).expect("send");
        // Asked with no time to wait, the Esc is held back.
        assert_eq!(ev.next(Duration::ZERO).expect("next"), None);
        let start = Instant::now();
        let got = ev.next(Duration::from_millis(500)).expect("next");
        assert_eq!(
            got,
            Some(Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)))
        );
        assert!(start.elapsed() < Duration::from_millis(300));
    }

    #[test]
    fn a_resize_interrupts_the_loop() {
        let (tx, mut ev, _rt) = events();
        tx.try_send(Input::Resize(100, 30)).expect("send");
        assert_eq!(
            ev.next(Duration::from_millis(100)).expect("next"),
            Some(Event::Resize(100, 30))
        );
        assert!(ev.interrupt.load(Ordering::SeqCst));
        assert_eq!(ev.reason, Some(Interrupt::Resize(100, 30)));
        drop(tx);
        assert!(ev.next(Duration::from_millis(100)).is_err());
    }
}
