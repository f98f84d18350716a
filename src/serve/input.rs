//! Bytes from an SSH client's terminal, decoded into crossterm events.
//!
//! A local terminal is decoded by crossterm itself; over SSH the bytes
//! arrive in packets, so a sequence can be split anywhere, and a lone Esc
//! looks like the start of a sequence until a short pause says otherwise.
//! The decoder keeps what it cannot decode yet; the caller calls
//! [`Decoder::flush`] once the pause has passed ([`ESC_PAUSE`]). Bytes that
//! make no sense are dropped, never waited on.

use std::time::Duration;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// How long a pending Esc waits for the rest of a sequence.
pub const ESC_PAUSE: Duration = Duration::from_millis(50);

/// A CSI sequence longer than this is not one a keyboard sends.
const MAX_CSI: usize = 64;

const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";

/// Turns terminal input bytes into events, across packet boundaries.
#[derive(Debug)]
pub struct Decoder {
    /// Bytes not decoded yet: the start of a sequence or of a character.
    pending: Vec<u8>,
    /// Inside a bracketed paste: the text so far (at most `paste_cap`).
    paste: Option<Vec<u8>>,
    paste_cap: usize,
}

enum Step {
    /// `n` bytes consumed, maybe giving an event.
    Done(usize, Option<Event>),
    /// A bracketed paste starts after `n` bytes.
    PasteStart(usize),
    /// The bytes so far may be the start of something longer.
    Incomplete,
}

impl Decoder {
    /// A decoder that keeps at most `paste_cap` bytes of one paste.
    pub fn new(paste_cap: usize) -> Self {
        Decoder {
            pending: Vec::new(),
            paste: None,
            paste_cap,
        }
    }

    /// True when bytes wait for more (an Esc, part of a sequence or of a
    /// character): the caller should call [`Decoder::flush`] after
    /// [`ESC_PAUSE`] if nothing else arrives. A paste in progress waits for
    /// its end however long it takes.
    pub fn has_pending(&self) -> bool {
        self.paste.is_none() && !self.pending.is_empty()
    }

    /// Decodes `bytes`, appending the events to `out`.
    pub fn feed(&mut self, bytes: &[u8], out: &mut Vec<Event>) {
        self.pending.extend_from_slice(bytes);
        self.decode(out, false);
    }

    /// The pause has passed: a pending Esc is the Esc key, and anything
    /// else still incomplete is dropped.
    pub fn flush(&mut self, out: &mut Vec<Event>) {
        if self.paste.is_none() {
            self.decode(out, true);
        }
    }

    fn decode(&mut self, out: &mut Vec<Event>, flushing: bool) {
        let mut at = 0;
        while at < self.pending.len() {
            if self.paste.is_some() {
                at += self.take_paste(at, out);
                if self.paste.is_some() {
                    break;
                }
                continue;
            }
            match step(&self.pending[at..]) {
                Step::Done(n, event) => {
                    at += n;
                    out.extend(event);
                }
                Step::PasteStart(n) => {
                    at += n;
                    self.paste = Some(Vec::new());
                }
                Step::Incomplete if flushing => {
                    if self.pending[at] == 0x1b {
                        out.push(key(KeyCode::Esc, KeyModifiers::NONE));
                    }
                    at += 1;
                }
                Step::Incomplete => break,
            }
        }
        self.pending.drain(..at);
    }

    /// Takes paste text from `pending[at..]`; returns how many bytes it
    /// consumed. Ends the paste when its end marker is there; otherwise
    /// keeps back what could be the start of the marker.
    fn take_paste(&mut self, at: usize, out: &mut Vec<Event>) -> usize {
        let rest = &self.pending[at..];
        let (text_len, consumed, done) = match find(rest, PASTE_END) {
            Some(i) => (i, i + PASTE_END.len(), true),
            None => {
                let keep = (1..PASTE_END.len())
                    .rev()
                    .find(|&k| rest.len() >= k && rest.ends_with(&PASTE_END[..k]))
                    .unwrap_or(0);
                (rest.len() - keep, rest.len() - keep, false)
            }
        };
        if let Some(paste) = self.paste.as_mut() {
            let room = self.paste_cap.saturating_sub(paste.len());
            paste.extend_from_slice(&rest[..text_len.min(room)]);
        }
        if done && let Some(paste) = self.paste.take() {
            out.push(Event::Paste(lossless_utf8(&paste)));
        }
        consumed
    }
}

/// The valid UTF-8 of `bytes`, invalid bytes left out.
fn lossless_utf8(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
    }
    text
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn key(code: KeyCode, mods: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, mods))
}

/// Decodes the first item of `b` (never empty).
fn step(b: &[u8]) -> Step {
    match b[0] {
        0x1b => escape(b),
        _ => match plain(b) {
            Some((n, ev)) => Step::Done(n, ev),
            None => Step::Incomplete,
        },
    }
}

/// One byte or one UTF-8 character without a leading Esc: `None` when
/// incomplete.
fn plain(b: &[u8]) -> Option<(usize, Option<Event>)> {
    let none = KeyModifiers::NONE;
    let ctrl = KeyModifiers::CONTROL;
    let ev = match b[0] {
        b'\r' | b'\n' => key(KeyCode::Enter, none),
        b'\t' => key(KeyCode::Tab, none),
        0x7f | 0x08 => key(KeyCode::Backspace, none),
        0x00 => key(KeyCode::Char(' '), ctrl),
        c @ 0x01..=0x1a => key(KeyCode::Char(char::from(c - 1 + b'a')), ctrl),
        c @ 0x1c..=0x1f => key(KeyCode::Char(char::from(c - 0x1c + b'4')), ctrl),
        c @ b'A'..=b'Z' => key(KeyCode::Char(char::from(c)), KeyModifiers::SHIFT),
        c @ 0x20..=0x7e => key(KeyCode::Char(char::from(c)), none),
        _ => return utf8(b),
        // 0x1b is handled by the caller.
    };
    Some((1, Some(ev)))
}

/// A multi-byte UTF-8 character: the event, or `None` when incomplete;
/// a byte that cannot start or continue a character is dropped.
fn utf8(b: &[u8]) -> Option<(usize, Option<Event>)> {
    let len = match b[0] {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Some((1, None)),
    };
    let have = b.len().min(len);
    if b[1..have].iter().any(|&c| c & 0xc0 != 0x80) {
        return Some((1, None));
    }
    if have < len {
        return None;
    }
    match std::str::from_utf8(&b[..len])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => Some((len, Some(key(KeyCode::Char(c), KeyModifiers::NONE)))),
        // Overlong forms and surrogates.
        None => Some((1, None)),
    }
}

/// Something starting with Esc.
fn escape(b: &[u8]) -> Step {
    let Some(&second) = b.get(1) else {
        return Step::Incomplete;
    };
    match second {
        b'[' => csi(b),
        b'O' => match b.get(2) {
            None => Step::Incomplete,
            Some(&c) => Step::Done(3, ss3(c)),
        },
        0x1b => Step::Done(1, Some(key(KeyCode::Esc, KeyModifiers::NONE))),
        _ => match plain(&b[1..]) {
            None => Step::Incomplete,
            Some((n, ev)) => Step::Done(1 + n, ev.map(with_alt)),
        },
    }
}

fn with_alt(ev: Event) -> Event {
    match ev {
        Event::Key(mut k) => {
            k.modifiers |= KeyModifiers::ALT;
            Event::Key(k)
        }
        other => other,
    }
}

/// `ESC O x`: what application-mode keypads and some terminals send.
fn ss3(c: u8) -> Option<Event> {
    let code = match c {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'M' => KeyCode::Enter,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        _ => return None,
    };
    Some(key(code, KeyModifiers::NONE))
}

/// `ESC [ params final`.
fn csi(b: &[u8]) -> Step {
    let mut end = 2;
    loop {
        let Some(&c) = b.get(end) else {
            return if end >= MAX_CSI {
                Step::Done(end, None)
            } else {
                Step::Incomplete
            };
        };
        match c {
            0x20..=0x3f => end += 1,
            0x40..=0x7e => break,
            // Not a sequence after all: drop `ESC [` and what followed,
            // and decode this byte afresh.
            _ => return Step::Done(end, None),
        }
        if end >= MAX_CSI {
            return Step::Done(end, None);
        }
    }
    let seq = &b[..=end];
    if seq == PASTE_START {
        return Step::PasteStart(seq.len());
    }
    let params = std::str::from_utf8(&b[2..end]).unwrap_or("");
    Step::Done(seq.len(), csi_event(params, b[end]))
}

fn modifiers(param: Option<&str>) -> KeyModifiers {
    let m = param.and_then(|p| p.parse::<u8>().ok()).unwrap_or(1);
    let bits = m.saturating_sub(1);
    let mut mods = KeyModifiers::NONE;
    if bits & 1 != 0 {
        mods |= KeyModifiers::SHIFT;
    }
    if bits & 2 != 0 {
        mods |= KeyModifiers::ALT;
    }
    if bits & 4 != 0 {
        mods |= KeyModifiers::CONTROL;
    }
    mods
}

fn csi_event(params: &str, fin: u8) -> Option<Event> {
    let mut parts = params.split(';');
    let first = parts.next().filter(|p| !p.is_empty());
    let mods = modifiers(parts.next());
    let code = match fin {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'S' => KeyCode::F(4),
        b'Z' => return Some(key(KeyCode::BackTab, KeyModifiers::SHIFT)),
        b'~' => match first?.parse::<u16>().ok()? {
            1 | 7 => KeyCode::Home,
            2 => KeyCode::Insert,
            3 => KeyCode::Delete,
            4 | 8 => KeyCode::End,
            5 => KeyCode::PageUp,
            6 => KeyCode::PageDown,
            n @ 11..=15 => KeyCode::F((n - 10) as u8),
            n @ 17..=21 => KeyCode::F((n - 11) as u8),
            n @ 23..=24 => KeyCode::F((n - 12) as u8),
            _ => return None,
        },
        // `R` is F3 only with a modifier; alone it is a cursor report,
        // which brief never asks for.
        b'R' if first == Some("1") => KeyCode::F(3),
        _ => return None,
    };
    Some(key(code, mods))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(code: KeyCode) -> Event {
        key(code, KeyModifiers::NONE)
    }

    fn decode(chunks: &[&[u8]]) -> Vec<Event> {
        let mut d = Decoder::new(64 * 1024);
        let mut out = Vec::new();
        for c in chunks {
            d.feed(c, &mut out);
        }
        d.flush(&mut out);
        out
    }

    #[test]
    fn letters_digits_and_shifted_letters() {
        assert_eq!(
            decode(&[b"j1G"]),
            vec![
                k(KeyCode::Char('j')),
                k(KeyCode::Char('1')),
                key(KeyCode::Char('G'), KeyModifiers::SHIFT),
            ]
        );
    }

    #[test]
    fn control_keys() {
        let ctrl = KeyModifiers::CONTROL;
        assert_eq!(
            decode(&[b"\r\n\t\x7f\x08\x03\x04\x15\x00"]),
            vec![
                k(KeyCode::Enter),
                k(KeyCode::Enter),
                k(KeyCode::Tab),
                k(KeyCode::Backspace),
                k(KeyCode::Backspace),
                key(KeyCode::Char('c'), ctrl),
                key(KeyCode::Char('d'), ctrl),
                key(KeyCode::Char('u'), ctrl),
                key(KeyCode::Char(' '), ctrl),
            ]
        );
    }

    #[test]
    fn csi_keys() {
        let cases: &[(&[u8], KeyCode)] = &[
            (b"\x1b[A", KeyCode::Up),
            (b"\x1b[B", KeyCode::Down),
            (b"\x1b[C", KeyCode::Right),
            (b"\x1b[D", KeyCode::Left),
            (b"\x1b[H", KeyCode::Home),
            (b"\x1b[F", KeyCode::End),
            (b"\x1b[1~", KeyCode::Home),
            (b"\x1b[7~", KeyCode::Home),
            (b"\x1b[4~", KeyCode::End),
            (b"\x1b[8~", KeyCode::End),
            (b"\x1b[2~", KeyCode::Insert),
            (b"\x1b[3~", KeyCode::Delete),
            (b"\x1b[5~", KeyCode::PageUp),
            (b"\x1b[6~", KeyCode::PageDown),
            (b"\x1b[11~", KeyCode::F(1)),
            (b"\x1b[15~", KeyCode::F(5)),
            (b"\x1b[17~", KeyCode::F(6)),
            (b"\x1b[21~", KeyCode::F(10)),
            (b"\x1b[23~", KeyCode::F(11)),
            (b"\x1b[24~", KeyCode::F(12)),
        ];
        for (bytes, code) in cases {
            assert_eq!(decode(&[bytes]), vec![k(*code)], "{bytes:?}");
        }
        assert_eq!(
            decode(&[b"\x1b[Z"]),
            vec![key(KeyCode::BackTab, KeyModifiers::SHIFT)]
        );
    }

    #[test]
    fn ss3_keys() {
        let cases: &[(&[u8], KeyCode)] = &[
            (b"\x1bOA", KeyCode::Up),
            (b"\x1bOB", KeyCode::Down),
            (b"\x1bOC", KeyCode::Right),
            (b"\x1bOD", KeyCode::Left),
            (b"\x1bOH", KeyCode::Home),
            (b"\x1bOF", KeyCode::End),
            (b"\x1bOM", KeyCode::Enter),
            (b"\x1bOP", KeyCode::F(1)),
            (b"\x1bOQ", KeyCode::F(2)),
            (b"\x1bOR", KeyCode::F(3)),
            (b"\x1bOS", KeyCode::F(4)),
        ];
        for (bytes, code) in cases {
            assert_eq!(decode(&[bytes]), vec![k(*code)], "{bytes:?}");
        }
    }

    #[test]
    fn modified_keys() {
        assert_eq!(
            decode(&[b"\x1b[1;5A\x1b[1;2P\x1b[5;3~\x1b[1;5R"]),
            vec![
                key(KeyCode::Up, KeyModifiers::CONTROL),
                key(KeyCode::F(1), KeyModifiers::SHIFT),
                key(KeyCode::PageUp, KeyModifiers::ALT),
                key(KeyCode::F(3), KeyModifiers::CONTROL),
            ]
        );
    }

    #[test]
    fn alt_letters() {
        assert_eq!(
            decode(&[b"\x1bj\x1b\x04"]),
            vec![
                key(KeyCode::Char('j'), KeyModifiers::ALT),
                key(
                    KeyCode::Char('d'),
                    KeyModifiers::ALT | KeyModifiers::CONTROL
                ),
            ]
        );
        assert_eq!(
            decode(&[b"\x1b\xc3\xa9"]),
            vec![key(KeyCode::Char('é'), KeyModifiers::ALT)]
        );
    }

    #[test]
    fn sequences_split_anywhere() {
        let whole: &[u8] = b"\x1b[5~\x1b[1;5Al\xc3\xa9\x1bOP\x1b[200~x\x1b[201~";
        let expected = decode(&[whole]);
        assert_eq!(expected.len(), 6);
        for cut in 1..whole.len() {
            assert_eq!(
                decode(&[&whole[..cut], &whole[cut..]]),
                expected,
                "cut at {cut}"
            );
        }
        let bytes: Vec<&[u8]> = whole.chunks(1).collect();
        assert_eq!(decode(&bytes), expected);
    }

    #[test]
    fn lone_esc_waits_for_the_pause() {
        let mut d = Decoder::new(16);
        let mut out = Vec::new();
        d.feed(b"\x1b", &mut out);
        assert!(out.is_empty());
        assert!(d.has_pending());
        d.flush(&mut out);
        assert_eq!(out, vec![k(KeyCode::Esc)]);
        assert!(!d.has_pending());
        // Esc then a sequence, in one packet.
        assert_eq!(
            decode(&[b"\x1b\x1b[A"]),
            vec![k(KeyCode::Esc), k(KeyCode::Up)]
        );
        // An Esc flushed before its `[` came is Esc; the `[` is a key.
        let mut out = Vec::new();
        d.feed(b"\x1b[", &mut out);
        d.flush(&mut out);
        assert_eq!(out, vec![k(KeyCode::Esc), k(KeyCode::Char('['))]);
    }

    #[test]
    fn utf8_characters() {
        assert_eq!(
            decode(&[b"l\xc3\xa9", b"\xe2\x82", b"\xac\xf0\x9f\x98\x80"]),
            vec![
                k(KeyCode::Char('l')),
                k(KeyCode::Char('é')),
                k(KeyCode::Char('€')),
                k(KeyCode::Char('😀')),
            ]
        );
    }

    #[test]
    fn invalid_bytes_are_dropped_without_stalling() {
        // Stray continuation, a lead byte followed by ASCII, overlong
        // encodings, bytes that never start a character.
        assert_eq!(
            decode(&[b"\x80a\xc3b\xc0\xafc\xe0\x80\x80d\xff\xfee"]),
            "abcde"
                .chars()
                .map(|c| k(KeyCode::Char(c)))
                .collect::<Vec<_>>()
        );
        // A truncated character is dropped at the pause, and the decoder
        // goes on.
        let mut d = Decoder::new(16);
        let mut out = Vec::new();
        d.feed(b"\xe2\x82", &mut out);
        assert!(d.has_pending());
        d.flush(&mut out);
        assert!(out.is_empty());
        d.feed(b"x", &mut out);
        assert_eq!(out, vec![k(KeyCode::Char('x'))]);
        // Garbage inside a CSI, and an endless one.
        assert_eq!(decode(&[b"\x1b[1\x01q"]).len(), 2);
        let mut long = b"\x1b[".to_vec();
        long.extend(std::iter::repeat_n(b'1', 200));
        long.push(b'q');
        assert_eq!(decode(&[&long]).last(), Some(&k(KeyCode::Char('q'))));
        // Unknown sequences are dropped whole.
        assert_eq!(decode(&[b"\x1b[99~\x1bOzq"]), vec![k(KeyCode::Char('q'))]);
    }

    #[test]
    fn bracketed_paste() {
        assert_eq!(
            decode(&[b"\x1b[200~h\xc3\xa9llo\r\nworld\x1b[201~j"]),
            vec![Event::Paste("héllo\r\nworld".into()), k(KeyCode::Char('j'))]
        );
        // The end marker split across packets; an Esc inside the paste is
        // text, not a key; invalid bytes are left out.
        assert_eq!(
            decode(&[b"\x1b[200~a\x1bb\xff", b"\x1b[20", b"1~"]),
            vec![Event::Paste("a\x1bb".into())]
        );
    }

    #[test]
    fn paste_is_capped() {
        let mut d = Decoder::new(10);
        let mut out = Vec::new();
        d.feed(b"\x1b[200~", &mut out);
        for _ in 0..1000 {
            d.feed(&[b'x'; 100], &mut out);
            assert!(d.pending.len() < 16, "pending grows");
        }
        d.feed(b"\x1b[201~q", &mut out);
        assert_eq!(
            out,
            vec![Event::Paste("x".repeat(10)), k(KeyCode::Char('q'))]
        );
    }
}
