//! The authorized_keys file: who may connect, and on what conditions.
//!
//! The format is OpenSSH's: `[options] keytype base64 [comment]`. Only the
//! two options brief enforces are allowed, `from="pattern,…"` and
//! `expiry-time="YYYYMMDD[HHMM[SS]][Z]"`; an entry with any other option
//! (`command=`, `permitopen=`, `restrict`, …) is refused, since accepting
//! it would promise a restriction brief does not apply.
//!
//! Parsing is pure: the caller reads the file (at every attempt, so that
//! removing a line revokes the key at once) and passes the peer's address
//! and the time.

use std::net::IpAddr;
use std::path::Path;

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};
use russh::keys::PublicKey;

/// One usable line of the file.
#[derive(Clone, Debug)]
pub struct Entry {
    pub line: usize,
    pub key: PublicKey,
    /// The comment after the key, usually `user@host`; empty if none.
    pub comment: String,
    /// `from=` patterns, if given.
    pub from: Option<Vec<String>>,
    /// `expiry-time=`: the key is refused from this instant on.
    pub expires: Option<DateTime<Utc>>,
}

/// A line that could not be used, with where and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl Problem {
    /// `PATH:LINE:COLUMN: message`.
    pub fn display(&self, path: &Path) -> String {
        format!(
            "{}:{}:{}: {}",
            path.display(),
            self.line,
            self.column,
            self.message
        )
    }
}

/// Every entry of the file and every problem, in line order.
pub fn parse(text: &str) -> (Vec<Entry>, Vec<Problem>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let indent = raw.len() - raw.trim_start().len();
        let body = raw.trim();
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        match parse_line(body) {
            Ok(mut entry) => {
                entry.line = line;
                entries.push(entry);
            }
            Err((offset, message)) => problems.push(Problem {
                line,
                column: indent + offset + 1,
                message,
            }),
        }
    }
    (entries, problems)
}

const KEY_TYPES: &[&str] = &[
    "ssh-ed25519",
    "ssh-rsa",
    "ssh-dss",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "sk-ssh-ed25519@openssh.com",
    "sk-ecdsa-sha2-nistp256@openssh.com",
];

/// One non-empty line; an error is (byte offset, message).
fn parse_line(body: &str) -> Result<Entry, (usize, String)> {
    let first = body.split_whitespace().next().unwrap_or("");
    let (options, key_at) = if KEY_TYPES.contains(&first) {
        (Vec::new(), 0)
    } else {
        let (options, len) = split_options(body)?;
        let rest = &body[len..];
        let skipped = rest.len() - rest.trim_start().len();
        if skipped == 0 {
            return Err((
                len,
                "expected a space between the options and the key".into(),
            ));
        }
        let next = rest.split_whitespace().next().unwrap_or("");
        if !KEY_TYPES.contains(&next) && options.len() == 1 && options[0].2.is_none() {
            // `word base64`: a key type brief does not know, not an option.
            return Err((0, format!("unknown key type `{}`", clip(first))));
        }
        (options, len + skipped)
    };
    let mut words = body[key_at..].splitn(3, char::is_whitespace);
    let kind = words.next().unwrap_or("");
    let data = words.next().unwrap_or("");
    let comment = words.next().unwrap_or("").trim().to_owned();
    if !KEY_TYPES.contains(&kind) {
        return Err((key_at, format!("unknown key type `{}`", clip(kind))));
    }
    let data_at = key_at + kind.len() + 1;
    if data.is_empty() {
        return Err((data_at - 1, "the key data is missing".into()));
    }
    let key = PublicKey::from_openssh(&format!("{kind} {data}"))
        .map_err(|e| (data_at, format!("the key data does not decode: {e}")))?;
    let mut entry = Entry {
        line: 0,
        key,
        comment,
        from: None,
        expires: None,
    };
    for (at, name, value) in options {
        match (name.to_ascii_lowercase().as_str(), value) {
            ("from", Some(v)) => {
                entry.from = Some(v.split(',').map(|p| p.trim().to_owned()).collect());
            }
            ("expiry-time", Some(v)) => {
                entry.expires = Some(parse_expiry(&v).ok_or((
                    at,
                    format!(
                        "`expiry-time=\"{}\"` is not YYYYMMDD[HHMM[SS]][Z]",
                        clip(&v)
                    ),
                ))?);
            }
            (other, _) => {
                return Err((
                    at,
                    format!(
                        "option `{}` is not enforced by brief serve, so the key is refused (only from= and expiry-time= are)",
                        clip(other)
                    ),
                ));
            }
        }
    }
    Ok(entry)
}

/// At most 40 characters of `s`, for a message.
fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}

type Options = Vec<(usize, String, Option<String>)>;

/// The options at the start of `body`, each with its offset, and how many
/// bytes they take.
fn split_options(body: &str) -> Result<(Options, usize), (usize, String)> {
    let bytes = body.as_bytes();
    let mut options = Vec::new();
    let mut i = 0;
    loop {
        let start = i;
        while i < bytes.len() && !matches!(bytes[i], b'=' | b',' | b' ' | b'\t') {
            i += 1;
        }
        let name = &body[start..i];
        if name.is_empty() {
            return Err((start, "expected an option or a key type".into()));
        }
        let mut value = None;
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            if bytes.get(i) != Some(&b'"') {
                return Err((
                    i,
                    format!("the value of `{}` must be in double quotes", clip(name)),
                ));
            }
            i += 1;
            let mut v = String::new();
            loop {
                match bytes.get(i) {
                    None => return Err((start, "unterminated quoted value".into())),
                    Some(b'"') => break,
                    Some(b'\\') if bytes.get(i + 1) == Some(&b'"') => {
                        v.push('"');
                        i += 2;
                    }
                    Some(_) => {
                        let c = body[i..].chars().next().unwrap_or('\u{fffd}');
                        v.push(c);
                        i += c.len_utf8();
                    }
                }
            }
            i += 1;
            value = Some(v);
        }
        options.push((start, name.to_owned(), value));
        match bytes.get(i) {
            Some(b',') => i += 1,
            _ => return Ok((options, i)),
        }
    }
}

/// `YYYYMMDD[HHMM[SS]]`, in local time, or UTC with a trailing `Z`, as
/// OpenSSH reads it.
fn parse_expiry(v: &str) -> Option<DateTime<Utc>> {
    let (digits, utc) = match v.strip_suffix(['Z', 'z']) {
        Some(d) => (d, true),
        None => (v, false),
    };
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| digits.get(r)?.parse::<u32>().ok();
    let date = NaiveDate::from_ymd_opt(num(0..4)? as i32, num(4..6)?, num(6..8)?)?;
    let (h, m, s) = match digits.len() {
        8 => (0, 0, 0),
        12 => (num(8..10)?, num(10..12)?, 0),
        14 => (num(8..10)?, num(10..12)?, num(12..14)?),
        _ => return None,
    };
    let naive: NaiveDateTime = date.and_hms_opt(h, m, s)?;
    if utc {
        Some(Utc.from_utc_datetime(&naive))
    } else {
        Local
            .from_local_datetime(&naive)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
    }
}

/// Why a key is refused, for the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    Unknown,
    From { line: usize },
    Expired { line: usize },
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Unknown => write!(f, "key not in authorized_keys"),
            Refusal::From { line } => write!(f, "address not allowed by from= on line {line}"),
            Refusal::Expired { line } => write!(f, "key expired (expiry-time= on line {line})"),
        }
    }
}

/// The entry that lets `key` in from `peer` at `now`: key data compared,
/// never comments. A key listed twice passes if any of its lines does.
pub fn authorize<'a>(
    entries: &'a [Entry],
    key: &PublicKey,
    peer: Option<IpAddr>,
    now: DateTime<Utc>,
) -> Result<&'a Entry, Refusal> {
    let mut refusal = Refusal::Unknown;
    for e in entries
        .iter()
        .filter(|e| e.key.key_data() == key.key_data())
    {
        if let Some(patterns) = &e.from
            && !peer.is_some_and(|ip| from_allows(patterns, ip))
        {
            refusal = Refusal::From { line: e.line };
            continue;
        }
        if e.expires.is_some_and(|t| now >= t) {
            refusal = Refusal::Expired { line: e.line };
            continue;
        }
        return Ok(e);
    }
    Err(refusal)
}

/// OpenSSH's `from=` rule: some pattern matches and no negated one does.
/// Patterns are addresses with `*` and `?`, or CIDR blocks; host names are
/// never looked up, so a name pattern matches nothing.
pub fn from_allows(patterns: &[String], ip: IpAddr) -> bool {
    let ip = ip.to_canonical();
    let text = ip.to_string();
    let mut allowed = false;
    for p in patterns {
        let (negated, p) = match p.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, p.as_str()),
        };
        if pattern_matches(p, ip, &text) {
            if negated {
                return false;
            }
            allowed = true;
        }
    }
    allowed
}

fn pattern_matches(pattern: &str, ip: IpAddr, text: &str) -> bool {
    if let Some((net, bits)) = pattern.split_once('/') {
        let (Ok(net), Ok(bits)) = (net.parse::<IpAddr>(), bits.parse::<u32>()) else {
            return false;
        };
        return match (net.to_canonical(), ip) {
            (IpAddr::V4(n), IpAddr::V4(a)) if bits <= 32 => {
                let mask = u32::MAX.checked_shl(32 - bits).unwrap_or(0);
                u32::from(n) & mask == u32::from(a) & mask
            }
            (IpAddr::V6(n), IpAddr::V6(a)) if bits <= 128 => {
                let mask = u128::MAX.checked_shl(128 - bits).unwrap_or(0);
                u128::from(n) & mask == u128::from(a) & mask
            }
            _ => false,
        };
    }
    wildcard(pattern.as_bytes(), text.as_bytes())
}

/// `*` and `?` matching, case-insensitive.
fn wildcard(p: &[u8], s: &[u8]) -> bool {
    let (mut pi, mut si) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while si < s.len() {
        if pi < p.len() && (p[pi] == b'?' || p[pi].eq_ignore_ascii_case(&s[si])) {
            pi += 1;
            si += 1;
        } else if pi < p.len() && p[pi] == b'*' {
            star = Some((pi, si));
            pi += 1;
        } else if let Some((sp, ss)) = star {
            pi = sp + 1;
            si = ss + 1;
            star = Some((sp, ss + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == b'*')
}

#[cfg(test)]
mod tests {
    use super::*;

    const ED: &str =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIz9g8rXGp1C+8pJTl6Z4LtmhQOrZTAj9GEGHOySzTef";
    const ED2: &str =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGF6Z4FQAVK38poNi8xP9YmGrlWoDuycH45IgpH3L/Jr";

    fn key(s: &str) -> PublicKey {
        PublicKey::from_openssh(s).expect("test key")
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2025, 6, 1, 12, 0, 0)
            .single()
            .expect("date")
    }

    fn ip(s: &str) -> Option<IpAddr> {
        s.parse().ok()
    }

    #[test]
    fn plain_lines_comments_and_blank_lines() {
        let text = format!("# team\n\n{ED} alice@laptop\n  {ED2}\n");
        let (entries, problems) = parse(&text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].line, 3);
        assert_eq!(entries[0].comment, "alice@laptop");
        assert_eq!(entries[1].comment, "");
        assert_eq!(entries[1].line, 4);
    }

    #[test]
    fn key_data_is_compared_not_comments() {
        let (entries, _) = parse(&format!("{ED} alice\n"));
        let offered = key(&format!("{ED} mallory"));
        assert_eq!(
            authorize(&entries, &offered, ip("127.0.0.1"), now()).map(|e| e.comment.as_str()),
            Ok("alice")
        );
        let (entries, _) = parse(&format!("{ED2} alice\n"));
        assert_eq!(
            authorize(&entries, &offered, ip("127.0.0.1"), now()).map(|e| e.line),
            Err(Refusal::Unknown)
        );
    }

    #[test]
    fn errors_have_line_and_column() {
        let text = format!(
            "{ED}\nssh-foo AAAA\n  ssh-ed25519 !!!!\nssh-ed25519\ncommand=\"ls\" {ED}\nrestrict {ED}\nfrom=10.0.0.1 {ED}\nfrom=\"10.0.0.1 {ED}\n"
        );
        let (entries, problems) = parse(&text);
        assert_eq!(entries.len(), 1);
        let at: Vec<(usize, usize)> = problems.iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(
            at,
            vec![(2, 1), (3, 15), (4, 12), (5, 1), (6, 1), (7, 6), (8, 1)]
        );
        assert!(problems[3].message.contains("command"), "{problems:?}");
        assert!(problems[4].message.contains("restrict"));
        assert_eq!(
            problems[0].display(Path::new("keys")),
            "keys:2:1: unknown key type `ssh-foo`"
        );
    }

    #[test]
    fn from_option() {
        let text =
            format!("from=\"10.0.0.*,192.168.1.0/24,!10.0.0.13\" {ED} a\nfrom=\"::1\" {ED2} b\n");
        let (entries, problems) = parse(&text);
        assert!(problems.is_empty(), "{problems:?}");
        let k = key(ED);
        let ok = |a: &str| authorize(&entries, &k, ip(a), now()).is_ok();
        assert!(ok("10.0.0.7"));
        assert!(ok("192.168.1.200"));
        assert!(ok("::ffff:10.0.0.8"));
        assert!(!ok("10.0.0.13"));
        assert!(!ok("10.0.1.7"));
        assert!(!ok("127.0.0.1"));
        assert_eq!(
            authorize(&entries, &k, None, now()).map(|e| e.line),
            Err(Refusal::From { line: 1 })
        );
        let k2 = key(ED2);
        assert!(authorize(&entries, &k2, ip("::1"), now()).is_ok());
        assert!(authorize(&entries, &k2, ip("127.0.0.1"), now()).is_err());
    }

    #[test]
    fn expiry_time_option() {
        let text = format!(
            "expiry-time=\"20250601\" {ED} old\nexpiry-time=\"202506011300Z\",from=\"127.0.0.1\" {ED2} new\nexpiry-time=\"2025\" {ED}\n"
        );
        let (entries, problems) = parse(&text);
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].column), (3, 1));
        let refused = authorize(
            &entries,
            &key(ED),
            ip("127.0.0.1"),
            now() + chrono::Duration::days(1),
        );
        assert_eq!(refused.map(|e| e.line), Err(Refusal::Expired { line: 1 }));
        let k2 = key(ED2);
        assert!(authorize(&entries, &k2, ip("127.0.0.1"), now()).is_ok());
        assert!(
            authorize(
                &entries,
                &k2,
                ip("127.0.0.1"),
                now() + chrono::Duration::hours(1)
            )
            .is_err()
        );
    }

    #[test]
    fn wildcards() {
        assert!(wildcard(b"10.*", b"10.1.2.3"));
        assert!(wildcard(b"10.0.0.?", b"10.0.0.5"));
        assert!(!wildcard(b"10.0.0.?", b"10.0.0.55"));
        assert!(wildcard(b"*", b""));
        assert!(!wildcard(b"a*b", b"acbd"));
    }
}
