//! The fast path: a reader for the plain block YAML that briefing files are
//! nearly always written in, about ten times faster than serde_yaml.
//!
//! It reads a strict subset (block mappings with simple keys, block
//! sequences, plain and quoted one-line scalars, one-line flow sequences of
//! scalars, `{}`, `|` and `>` block scalars, comments) and gives up, returning `None`, at
//! the first thing outside it or anything it is unsure of: anchors, tags,
//! flow mappings, multi-line plain or quoted scalars, document markers,
//! tabs, odd indentation, numbers in unusual forms. The caller then reads
//! the file with serde_yaml, which also writes every diagnostic. So this
//! module only has to be right about documents it accepts: for those it
//! must give exactly what serde_yaml gives, which `tests/fast_yaml.rs`
//! checks on every fixture, the synthetic corpus and generated documents.
//!
//! Values are read into a small tree of borrowed strings and handed to the
//! model's own `Deserialize` impls through a deserializer that follows
//! serde_yaml's rules for scalars (what is null, a number, a string).

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, Visitor};

use crate::model::{Briefing, suspect_bytes};

/// The briefing in `text`, or `None` when the text is outside the subset
/// or does not deserialize (the caller then takes the full path).
pub fn briefing(text: &str) -> Option<Briefing> {
    read(text)
}

/// Any deserializable value from `text`, under the same rules; the tests
/// compare it with serde_yaml's on [`serde_yaml::Value`].
pub fn read<T: DeserializeOwned>(text: &str) -> Option<T> {
    let root = parse(text)?;
    T::deserialize(De(&root)).ok()
}

/// Deeper block nesting than this is left to serde_yaml (which has its own
/// recursion limit and the error message for it).
const MAX_DEPTH: usize = 32;

#[derive(Debug, PartialEq)]
pub enum Node<'a> {
    /// A scalar's value, and whether it was plain (unquoted, not a block
    /// scalar): only plain scalars can be null, booleans or numbers.
    Scalar(Cow<'a, str>, bool),
    Seq(Vec<Node<'a>>),
    Map(Vec<(&'a str, Node<'a>)>),
}

/// Reads the document in `text` as a tree, or `None` outside the subset.
pub fn parse(text: &str) -> Option<Node<'_>> {
    if !plain_characters(text) {
        return None;
    }
    let mut lines: Vec<&str> = Vec::with_capacity(text.bytes().filter(|&b| b == b'\n').count() + 1);
    lines.extend(text.split('\n'));
    if lines.iter().any(|l| {
        l.starts_with("---") || l.starts_with("...") || l.starts_with('%') || l.ends_with(' ')
    }) {
        return None;
    }
    let mut p = Parser { lines, at: 0 };
    let (indent, first) = p.next_significant()?;
    if indent != 0 || first.starts_with('-') {
        return None;
    }
    let root = p.map(0, None, 0)?;
    // Everything must have been read.
    if p.next_significant().is_some() {
        return None;
    }
    Some(root)
}

/// False when the text holds a character the subset leaves to serde_yaml:
/// controls (tab and carriage return included), DEL, C1, a byte order mark
/// and the non-characters U+FFFE/U+FFFF (libyaml refuses some of these and
/// reads the others in ways not worth copying).
fn plain_characters(text: &str) -> bool {
    let bytes = text.as_bytes();
    let lead = |b: u8| ((b < 0x20) & (b != b'\n')) | (b == 0x7f) | (b == 0xc2) | (b == 0xef);
    suspect_bytes(bytes, lead).all(|i| match bytes[i] {
        0xc2 => !matches!(bytes.get(i + 1), Some(0x80..=0x9f)),
        0xef => !matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0xbb), Some(0xbf)) | (Some(0xbf), Some(0xbe | 0xbf))
        ),
        _ => false,
    })
}

struct Parser<'a> {
    lines: Vec<&'a str>,
    /// The next line to read.
    at: usize,
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Blank lines and comment lines carry nothing outside block scalars.
fn is_insignificant(line: &str) -> bool {
    let t = line.trim_start_matches(' ');
    t.is_empty() || t.starts_with('#')
}

/// `key: rest` with a simple key (letters, digits, `_`, `-`), or `None`.
fn split_key(content: &str) -> Option<(&str, &str)> {
    let bytes = content.as_bytes();
    let end = bytes
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b'-'))?;
    if end == 0 || bytes[end] != b':' || bytes[0] == b'-' {
        return None;
    }
    let (key, rest) = (&content[..end], &content[end + 1..]);
    match rest.as_bytes().first() {
        None => Some((key, rest)),
        Some(b' ') => Some((key, rest.trim_start_matches(' '))),
        Some(_) => None,
    }
}

impl<'a> Parser<'a> {
    /// Skips blank and comment lines; gives the indent and content of the
    /// next line that carries something, without consuming it.
    fn next_significant(&mut self) -> Option<(usize, &'a str)> {
        while let Some(&line) = self.lines.get(self.at) {
            if !is_insignificant(line) {
                let indent = indent_of(line);
                return Some((indent, &line[indent..]));
            }
            self.at += 1;
        }
        None
    }

    /// A block mapping whose keys stand at column `indent`. `first` is an
    /// entry already split off the current line (`- key: value`).
    fn map(&mut self, indent: usize, first: Option<&'a str>, depth: usize) -> Option<Node<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let mut entries = Vec::with_capacity(8);
        let mut pending = first;
        loop {
            let content = match pending.take() {
                Some(content) => content,
                None => match self.next_significant() {
                    Some((i, content)) if i == indent => content,
                    Some((i, _)) if i > indent => return None,
                    _ => break,
                },
            };
            if content.starts_with('-') && (content.len() == 1 || content[1..].starts_with(' ')) {
                // A sequence where a key belongs.
                return None;
            }
            let (key, rest) = split_key(content)?;
            self.at += 1;
            let value = self.value(rest, indent, true, depth)?;
            entries.push((key, value));
        }
        Some(Node::Map(entries))
    }

    /// A block sequence whose dashes stand at column `indent`.
    fn seq(&mut self, indent: usize, depth: usize) -> Option<Node<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let mut items = Vec::new();
        loop {
            let content = match self.next_significant() {
                Some((i, content)) if i == indent => content,
                Some((i, _)) if i > indent => return None,
                _ => break,
            };
            let rest = if content == "-" {
                ""
            } else if let Some(rest) = content.strip_prefix("- ") {
                rest
            } else {
                break;
            };
            let column = indent + content.len() - rest.trim_start_matches(' ').len();
            let rest = rest.trim_start_matches(' ');
            if split_key(rest).is_some() {
                // `- key: value`: a mapping whose keys stand at `column`.
                items.push(self.map(column, Some(rest), depth + 1)?);
            } else {
                self.at += 1;
                items.push(self.value(rest, indent, false, depth)?);
            }
        }
        Some(Node::Seq(items))
    }

    /// The value written after `key:` or `- ` (`rest`, the current line
    /// already consumed). `parent` is the column of that key or dash.
    fn value(
        &mut self,
        rest: &'a str,
        parent: usize,
        in_map: bool,
        depth: usize,
    ) -> Option<Node<'a>> {
        let first = rest.as_bytes().first().copied();
        match first {
            None | Some(b'#') => self.nested(parent, in_map, depth),
            Some(b'"') => one_line_end(double_quoted(rest)?).map(|v| Node::Scalar(v, false)),
            Some(b'\'') => one_line_end(single_quoted(rest)?).map(|v| Node::Scalar(v, false)),
            Some(b'[') => flow_seq(rest),
            Some(b'{') if rest.starts_with("{}") => {
                one_line_end((Node::Map(Vec::new()), &rest[2..]))
            }
            Some(b'|' | b'>') => self.block_scalar(rest, parent),
            Some(
                b'-' | b'{' | b'&' | b'*' | b'!' | b'%' | b'@' | b'`' | b'?' | b':' | b',' | b']'
                | b'}',
            ) => None,
            Some(_) => plain(rest).map(|v| Node::Scalar(Cow::Borrowed(v), true)),
        }
    }

    /// What follows a key or dash with nothing after it on its line: a
    /// deeper block, a sequence at the key's own column, or null.
    fn nested(&mut self, parent: usize, in_map: bool, depth: usize) -> Option<Node<'a>> {
        match self.next_significant() {
            Some((i, content)) if i > parent => {
                if content == "-" || content.starts_with("- ") {
                    self.seq(i, depth + 1)
                } else {
                    self.map(i, None, depth + 1)
                }
            }
            Some((i, content))
                if in_map && i == parent && (content == "-" || content.starts_with("- ")) =>
            {
                self.seq(i, depth + 1)
            }
            _ => Some(Node::Scalar(Cow::Borrowed(""), true)),
        }
    }

    /// A `|` or `>` block scalar; `header` is the rest of its line.
    fn block_scalar(&mut self, header: &'a str, parent: usize) -> Option<Node<'a>> {
        let literal = header.starts_with('|');
        // `-` strips the final line break; keeping trailing lines (`+`) is
        // rare and subtle, and left to serde_yaml.
        let (strip, after) = match header.as_bytes().get(1) {
            Some(b'-') => (true, &header[2..]),
            Some(b'+') => return None,
            _ => (false, &header[1..]),
        };
        if !(after.is_empty() || (after.starts_with(' ') && after.trim_start().starts_with('#'))) {
            // An indentation indicator, or something stranger.
            return None;
        }
        // The first line with content sets the block's indent. (Lines of
        // spaces alone were refused by `parse`: a blank line is empty.)
        let block_indent = self.lines[self.at..]
            .iter()
            .find(|line| !line.is_empty())
            .map(|line| indent_of(line));
        let Some(block_indent) = block_indent.filter(|&i| i > parent) else {
            // No content: an empty string, whatever the chomping.
            return Some(Node::Scalar(Cow::Borrowed(""), false));
        };
        let mut body: Vec<&str> = Vec::new();
        while let Some(&line) = self.lines.get(self.at) {
            if line.is_empty() {
                body.push("");
            } else if indent_of(line) >= block_indent {
                let content = &line[block_indent..];
                if !literal && content.starts_with(' ') {
                    // More-indented lines in a folded scalar.
                    return None;
                }
                body.push(content);
            } else {
                break;
            }
            self.at += 1;
        }
        // The split leaves an empty last "line" after a final newline; it is
        // not a line of the block.
        if self.at == self.lines.len() {
            if body.last() != Some(&"") {
                // No line break at the very end: chomping differs; not worth it.
                return None;
            }
            body.pop();
        }
        // Trailing empty lines go, whatever the chomping; the first line
        // has content, so some is left.
        let trailing = body.iter().rev().take_while(|l| l.is_empty()).count();
        let content = &body[..body.len() - trailing];
        let mut out = if literal {
            content.join("\n")
        } else {
            refold(content)
        };
        if !strip {
            out.push('\n');
        }
        Some(Node::Scalar(Cow::Owned(out), false))
    }
}

/// Folds the lines of a `>` scalar: a line break between two lines with
/// text becomes a space; `k` empty lines between them become `k` breaks.
fn refold(lines: &[&str]) -> String {
    let mut out = String::new();
    let mut empties = 0;
    let mut started = false;
    for line in lines {
        if line.is_empty() {
            empties += 1;
            continue;
        }
        // Empty lines before the first text are kept as breaks too.
        if started && empties == 0 {
            out.push(' ');
        }
        for _ in 0..empties {
            out.push('\n');
        }
        empties = 0;
        started = true;
        out.push_str(line);
    }
    out
}

/// After a closing quote or bracket only spaces and a comment may follow.
fn one_line_end<T>((value, after): (T, &str)) -> Option<T> {
    if after.is_empty() || (after.starts_with(' ') && after.trim_start().starts_with('#')) {
        Some(value)
    } else {
        None
    }
}

/// A plain scalar's value (up to a comment), or `None` where YAML would
/// read something else or refuse the line.
fn plain(rest: &str) -> Option<&str> {
    let bytes = rest.as_bytes();
    let mut end = bytes.len();
    for (i, &b) in bytes.iter().enumerate() {
        match (b, bytes.get(i + 1)) {
            // A comment starts.
            (b' ', Some(b'#')) => {
                end = i;
                break;
            }
            // `a: b: c` is an error; `a:` ends a key.
            (b':', Some(b' ') | None) => return None,
            _ => {}
        }
    }
    let value = rest[..end].trim_end_matches(' ');
    (!value.is_empty()).then_some(value)
}

/// A double-quoted scalar closed on its line: its value and what follows.
fn double_quoted(s: &str) -> Option<(Cow<'_, str>, &str)> {
    let body = &s[1..];
    let end = body.find(['"', '\\'])?;
    if body.as_bytes()[end] == b'"' {
        return Some((Cow::Borrowed(&body[..end]), &body[end + 1..]));
    }
    let mut out = String::from(&body[..end]);
    let mut chars = body[end..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((Cow::Owned(out), &body[end + i + 1..])),
            '\\' => {
                let (_, e) = chars.next()?;
                let hex = |chars: &mut std::str::CharIndices, n: usize| -> Option<char> {
                    let mut v = 0u32;
                    for _ in 0..n {
                        v = v * 16 + chars.next()?.1.to_digit(16)?;
                    }
                    char::from_u32(v)
                };
                out.push(match e {
                    '0' => '\0',
                    'a' => '\x07',
                    'b' => '\x08',
                    't' => '\t',
                    'n' => '\n',
                    'v' => '\x0b',
                    'f' => '\x0c',
                    'r' => '\r',
                    'e' => '\x1b',
                    ' ' => ' ',
                    '"' => '"',
                    '/' => '/',
                    '\\' => '\\',
                    'N' => '\u{85}',
                    '_' => '\u{a0}',
                    'L' => '\u{2028}',
                    'P' => '\u{2029}',
                    'x' => hex(&mut chars, 2)?,
                    'u' => hex(&mut chars, 4)?,
                    'U' => hex(&mut chars, 8)?,
                    _ => return None,
                });
            }
            c => out.push(c),
        }
    }
    None
}

/// A single-quoted scalar closed on its line: its value and what follows.
fn single_quoted(s: &str) -> Option<(Cow<'_, str>, &str)> {
    let body = &s[1..];
    let mut out: Option<String> = None;
    let mut from = 0;
    loop {
        let at = from + body[from..].find('\'')?;
        if body[at + 1..].starts_with('\'') {
            out.get_or_insert_with(String::new)
                .push_str(&body[from..=at]);
            from = at + 2;
        } else {
            let value = match out {
                Some(mut o) => {
                    o.push_str(&body[from..at]);
                    Cow::Owned(o)
                }
                None => Cow::Borrowed(&body[..at]),
            };
            return Some((value, &body[at + 1..]));
        }
    }
}

/// A flow sequence of scalars closed on its line: `[a, "b c", 'd']`.
fn flow_seq(s: &str) -> Option<Node<'_>> {
    let mut items = Vec::new();
    let mut rest = s[1..].trim_start_matches(' ');
    if let Some(after) = rest.strip_prefix(']') {
        return one_line_end((Node::Seq(items), after));
    }
    loop {
        let (value, after) = match rest.as_bytes().first()? {
            b'"' => {
                let (v, a) = double_quoted(rest)?;
                (Node::Scalar(v, false), a)
            }
            b'\'' => {
                let (v, a) = single_quoted(rest)?;
                (Node::Scalar(v, false), a)
            }
            b'-' | b'{' | b'[' | b'&' | b'*' | b'!' | b'%' | b'@' | b'`' | b'?' | b':' | b','
            | b']' | b'}' | b'#' | b'|' | b'>' => return None,
            _ => {
                let end = rest.find([',', ']'])?;
                let v = rest[..end].trim_end_matches(' ');
                if v.contains(':') || v.contains(" #") || v.contains(['[', '{', '}']) {
                    return None;
                }
                (Node::Scalar(Cow::Borrowed(v), true), &rest[end..])
            }
        };
        items.push(value);
        let after = after.trim_start_matches(' ');
        if let Some(next) = after.strip_prefix(',') {
            rest = next.trim_start_matches(' ');
            if rest.starts_with(']') {
                // A trailing comma: valid YAML, left to serde_yaml.
                return None;
            }
        } else if let Some(end) = after.strip_prefix(']') {
            return one_line_end((Node::Seq(items), end));
        } else {
            return None;
        }
    }
}

/// What a plain scalar means, by serde_yaml's rules. `Unsure` covers the
/// forms this module leaves to serde_yaml (hex, octal, signs, huge ints).
#[derive(Debug, PartialEq)]
enum Resolved<'a> {
    Null,
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Str(&'a str),
    Unsure,
}

fn resolve(v: &str) -> Resolved<'_> {
    match v {
        "" | "~" | "null" | "Null" | "NULL" => return Resolved::Null,
        "true" | "True" | "TRUE" => return Resolved::Bool(true),
        "false" | "False" | "FALSE" => return Resolved::Bool(false),
        _ => {}
    }
    let digits = v.strip_prefix('-').unwrap_or(v);
    let bytes = digits.as_bytes();
    match bytes.first() {
        Some(b'0'..=b'9') => {}
        // `.5` is a number, `.inf` and `.nan` are special: all left alone.
        Some(b'.' | b'+' | b'-') => return Resolved::Unsure,
        // Rust's float parser also reads `inf`, `infinity` and `nan`.
        Some(b'i' | b'I' | b'n' | b'N') if v.parse::<f64>().is_ok() => return Resolved::Unsure,
        _ => return Resolved::Str(v),
    }
    let radix_prefix =
        bytes[0] == b'0' && matches!(bytes.get(1), Some(b'x' | b'o' | b'b' | b'X' | b'O' | b'B'));
    if v.starts_with('+') || radix_prefix {
        return Resolved::Unsure;
    }
    if bytes.iter().all(u8::is_ascii_digit) {
        if bytes.len() > 1 && bytes[0] == b'0' {
            // Leading zeros: a string in YAML 1.2.
            return Resolved::Str(v);
        }
        return match (v.starts_with('-'), digits.parse::<u64>()) {
            (false, Ok(n)) => Resolved::U64(n),
            (true, _) => v.parse::<i64>().map_or(Resolved::Unsure, Resolved::I64),
            (false, Err(_)) => Resolved::Unsure,
        };
    }
    match v.parse::<f64>() {
        Ok(f) if f.is_finite() => Resolved::F64(f),
        Ok(_) => Resolved::Unsure,
        Err(_) => Resolved::Str(v),
    }
}

/// Any failure: the caller falls back to serde_yaml, which says what is
/// wrong, so nothing here is ever shown.
#[derive(Debug)]
pub struct Bail;

impl fmt::Display for Bail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("outside the fast path")
    }
}

impl std::error::Error for Bail {}

impl de::Error for Bail {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Bail
    }
}

/// Deserializes one node with serde_yaml's rules.
struct De<'n, 'a>(&'n Node<'a>);

impl<'n, 'a> De<'n, 'a> {
    fn is_empty_plain(&self) -> bool {
        matches!(self.0, Node::Scalar(v, true) if v.is_empty())
    }
}

struct Items<'n, 'a>(std::slice::Iter<'n, Node<'a>>);

impl<'de> de::SeqAccess<'de> for Items<'_, '_> {
    type Error = Bail;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Bail> {
        self.0.next().map(|n| seed.deserialize(De(n))).transpose()
    }
}

struct Entries<'n, 'a> {
    iter: std::slice::Iter<'n, (&'a str, Node<'a>)>,
    value: Option<&'n Node<'a>>,
}

impl<'de> de::MapAccess<'de> for Entries<'_, '_> {
    type Error = Bail;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Bail> {
        match self.iter.next() {
            Some((key, value)) => {
                self.value = Some(value);
                // A key is a plain scalar like any other (`true:` is a
                // boolean key to serde_yaml).
                seed.deserialize(De(&Node::Scalar(Cow::Borrowed(key), true)))
                    .map(Some)
            }
            None => Ok(None),
        }
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Bail> {
        seed.deserialize(De(self.value.take().ok_or(Bail)?))
    }
}

struct Variant<'n, 'a>(&'n Node<'a>);

impl<'de> de::EnumAccess<'de> for Variant<'_, '_> {
    type Error = Bail;
    type Variant = Self;
    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Bail> {
        Ok((seed.deserialize(De(self.0))?, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'_, '_> {
    type Error = Bail;
    fn unit_variant(self) -> Result<(), Bail> {
        Ok(())
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value, Bail> {
        Err(Bail)
    }
    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, Bail> {
        Err(Bail)
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Bail> {
        Err(Bail)
    }
}

macro_rules! bail {
    ($($name:ident)*) => {
        $(fn $name<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Bail> {
            Err(Bail)
        })*
    };
}

impl<'de> de::Deserializer<'de> for De<'_, '_> {
    type Error = Bail;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        match self.0 {
            Node::Scalar(v, true) => match resolve(v) {
                Resolved::Null => visitor.visit_unit(),
                Resolved::Bool(b) => visitor.visit_bool(b),
                Resolved::U64(n) => visitor.visit_u64(n),
                Resolved::I64(n) => visitor.visit_i64(n),
                Resolved::F64(f) => visitor.visit_f64(f),
                Resolved::Str(s) => visitor.visit_str(s),
                Resolved::Unsure => Err(Bail),
            },
            Node::Scalar(v, false) => visitor.visit_str(v),
            Node::Seq(items) => visitor.visit_seq(Items(items.iter())),
            Node::Map(entries) => visitor.visit_map(Entries {
                iter: entries.iter(),
                value: None,
            }),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        match self.0 {
            Node::Scalar(v, _) => visitor.visit_str(v),
            _ => Err(Bail),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        match self.0 {
            Node::Scalar(v, true) if matches!(&**v, "" | "~" | "null" | "Null" | "NULL") => {
                visitor.visit_none()
            }
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        match self.0 {
            Node::Scalar(v, true) => match resolve(v) {
                Resolved::U64(n) => visitor.visit_u64(n),
                _ => Err(Bail),
            },
            _ => Err(Bail),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        match self.0 {
            Node::Seq(items) => visitor.visit_seq(Items(items.iter())),
            _ if self.is_empty_plain() => visitor.visit_seq(Items([].iter())),
            _ => Err(Bail),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        match self.0 {
            Node::Map(entries) => visitor.visit_map(Entries {
                iter: entries.iter(),
                value: None,
            }),
            _ if self.is_empty_plain() => visitor.visit_map(Entries {
                iter: [].iter(),
                value: None,
            }),
            _ => Err(Bail),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Bail> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Bail> {
        match self.0 {
            Node::Scalar(..) => visitor.visit_enum(Variant(self.0)),
            _ => Err(Bail),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Bail> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Bail> {
        visitor.visit_unit()
    }

    bail! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u128
        deserialize_f32 deserialize_f64 deserialize_char deserialize_bytes
        deserialize_byte_buf deserialize_unit
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: V,
    ) -> Result<V::Value, Bail> {
        Err(Bail)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, Bail> {
        Err(Bail)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        _: V,
    ) -> Result<V::Value, Bail> {
        Err(Bail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar(text: &str) -> Option<Node<'_>> {
        match parse(text)? {
            Node::Map(mut entries) => entries.pop().map(|(_, v)| v),
            _ => None,
        }
    }

    fn s(v: &str, plain: bool) -> Node<'_> {
        Node::Scalar(Cow::Borrowed(v), plain)
    }

    #[test]
    fn scalars_of_every_supported_style() {
        assert_eq!(scalar("a: x y # c\n"), Some(s("x y", true)));
        assert_eq!(
            scalar("a: \"x\\ty\\u00e9\"\n"),
            Some(s("x\ty\u{e9}", false))
        );
        assert_eq!(scalar("a: 'it''s'\n"), Some(s("it's", false)));
        assert_eq!(
            scalar("a: |\n  one\n   two\n\n"),
            Some(s("one\n two\n", false))
        );
        assert_eq!(
            scalar("a: >-\n  one\n  two\n\n  three\n"),
            Some(s("one two\nthree", false))
        );
    }

    #[test]
    fn outside_the_subset_gives_up() {
        for text in [
            "a: &x 1\n",
            "a: *x\n",
            "a: !tag 1\n",
            "a: {b: 1}\n",
            "a: one\n  two\n",
            "a: \"open\n  close\"\n",
            "---\na: 1\n",
            "a:\tb\n",
            "a: b: c\n",
            "a: [x, y,]\n",
            "? a\n: b\n",
            "a: |2\n   x\n",
            "a: 1\n b: 2\n",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn plain_scalars_resolve_like_serde_yaml() {
        assert_eq!(resolve("~"), Resolved::Null);
        assert_eq!(resolve("True"), Resolved::Bool(true));
        assert_eq!(resolve("2024"), Resolved::U64(2024));
        assert_eq!(resolve("-3"), Resolved::I64(-3));
        assert_eq!(resolve("1.5"), Resolved::F64(1.5));
        assert_eq!(resolve("1e3"), Resolved::F64(1000.0));
        assert_eq!(resolve("0123"), Resolved::Str("0123"));
        assert_eq!(resolve("2024-03"), Resolved::Str("2024-03"));
        assert_eq!(resolve("0x1F"), Resolved::Unsure);
        assert_eq!(resolve("yes"), Resolved::Str("yes"));
    }
}
