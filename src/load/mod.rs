//! Loading briefings: walking a folder, parsing YAML, validating, and
//! reporting every problem as a [`Diagnostic`] with its file, line and column.
//!
//! One bad file never stops the others: each file either loads whole or is
//! left out with its errors.

mod diagnostic;
pub mod fast;
mod locate;
mod messages;
mod nesting;
mod origin;
mod validate;
mod watch;

use std::collections::HashMap;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Deserialize;

pub use diagnostic::{Diagnostic, Level};
pub use locate::{Seg, locate};
pub use messages::{from_yaml_error, nearest};
pub use origin::{BUNDLED, Origin, choose, load_bundled, load_origin};
pub use watch::Watcher;

use crate::model::Briefing;

/// One file's outcome: the briefing when it loaded, and its problems.
type Loaded = (Option<Briefing>, Vec<Diagnostic>);

/// Larger files are refused unread.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// What loading a folder gives: the briefings that loaded, in path order,
/// and every problem found.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    /// Shared, so a watcher and every SSH session hold one copy.
    pub briefings: Vec<Arc<Briefing>>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Corpus {
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// Loads every briefing under `root` (a folder, or one file).
///
/// Fails only when `root` itself cannot be read; problems with the files
/// below it are diagnostics.
pub fn load_dir(root: &Path) -> io::Result<Corpus> {
    let meta = fs::metadata(root)?;
    let mut diagnostics = Vec::new();
    let files = if meta.is_dir() {
        let mut files = Vec::new();
        walk(root, &mut files, &mut diagnostics);
        files.sort();
        files
    } else {
        vec![root.to_path_buf()]
    };
    let results = load_files(&files).into_iter().map(shared).collect();
    Ok(assemble(results, diagnostics))
}

/// Loads briefings held in memory, as `(path, text)` pairs: the embedded
/// default briefing, and tests.
pub fn load_texts(texts: &[(PathBuf, String)]) -> Corpus {
    let results = texts
        .iter()
        .map(|(path, text)| shared(load_str(path, text)))
        .collect();
    assemble(results, Vec::new())
}

/// Parses and validates one briefing file's text. `path` names it in
/// diagnostics and gives the default id.
pub fn load_str(path: &Path, text: &str) -> (Option<Briefing>, Vec<Diagnostic>) {
    let text = without_bom(text);
    let mut briefing = match fast::briefing(text) {
        Some(b) => b,
        None => match read_with_serde_yaml(path, text) {
            Ok(b) => b,
            Err(d) => return (None, vec![d]),
        },
    };
    briefing.path = path.to_path_buf();
    let errors = validate::validate(&mut briefing, text, path);
    if errors.is_empty() {
        shrink(&mut briefing);
        (Some(briefing), errors)
    } else {
        (None, errors)
    }
}

/// The full YAML reader, for files outside [`fast`]'s subset and for every
/// diagnostic.
fn read_with_serde_yaml(path: &Path, text: &str) -> Result<Briefing, Diagnostic> {
    // The fast reader nests flow collections one level at most; libyaml
    // needs this guard.
    if let Some(at) = nesting::too_deep(text) {
        let msg = format!(
            "the YAML is nested too deeply (more than {} levels of [ or {{)",
            nesting::MAX_FLOW_DEPTH
        );
        return Err(Diagnostic::error(path, at, msg));
    }
    let mut docs = serde_yaml::Deserializer::from_str(text);
    let Some(first) = docs.next() else {
        return Err(Diagnostic::error(path, (1, 1), empty_file()));
    };
    let briefing = Briefing::deserialize(first).map_err(|err| parse_error(path, text, &err))?;
    if docs.next().is_some() {
        let at = second_document(text);
        let msg = "a second YAML document starts here; a briefing file holds exactly one";
        return Err(Diagnostic::error(path, at, msg));
    }
    Ok(briefing)
}

/// Gives back the spare capacity serde's growing left in the lists: a
/// loaded briefing lives as long as the program, and with 10,000 of them
/// that spare room is tens of megabytes.
fn shrink(b: &mut Briefing) {
    b.tags.shrink_to_fit();
    b.people.shrink_to_fit();
    b.timeline.shrink_to_fit();
    b.key_points.shrink_to_fit();
    b.financial_risks.shrink_to_fit();
}

/// Reads one file with the size and encoding checks, then [`load_str`],
/// then the checks that need the file system (`source.file`).
pub fn load_file(path: &Path) -> (Option<Briefing>, Vec<Diagnostic>) {
    let text = match read_text(path) {
        Ok(text) => text,
        Err(d) => return (None, vec![d]),
    };
    let text = without_bom(&text);
    let (briefing, mut diagnostics) = load_str(path, text);
    if let Some(b) = &briefing
        && let Some(file) = b.source.as_ref().and_then(|s| s.file.as_ref())
    {
        let raw = path.parent().unwrap_or(Path::new(".")).join(file.as_str());
        if !raw.is_file() {
            let at = locate(text, &[Seg::Key("source"), Seg::Key("file")]);
            let msg = format!(
                "source file `{file}` not found (looked for {})",
                raw.display()
            );
            diagnostics.push(Diagnostic::warning(path, at, msg));
        }
    }
    (briefing, diagnostics)
}

fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let io_error = |e: io::Error| Diagnostic::error(path, (1, 1), format!("cannot read: {e}"));
    let file = fs::File::open(path).map_err(io_error)?;
    // Sized from the metadata (one allocation, no regrowth); the `take`
    // below still bounds what is read if the file grows meanwhile.
    let size = file
        .metadata()
        .map_or(0, |m| m.len())
        .min(MAX_FILE_BYTES + 1);
    let mut bytes = Vec::with_capacity(size as usize + 1);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            path,
            (1, 1),
            "file is larger than 4 MiB; a briefing file must be at most 4 MiB",
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        // The prefix is valid UTF-8 by construction.
        let prefix = std::str::from_utf8(valid).unwrap_or_default();
        let line = prefix.matches('\n').count() + 1;
        let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Diagnostic::error(
            path,
            (line, column),
            "the file is not valid UTF-8; save it as UTF-8",
        )
    })
}

/// The text after a UTF-8 byte order mark, which some editors write and
/// libyaml would otherwise misread (it then sees only the first key).
/// Columns on the first line are then counted as editors show them.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// True when the text holds no YAML content: blank lines, comments and
/// document markers only.
fn is_blank(text: &str) -> bool {
    text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#') || l == "---" || l == "..."
    })
}

fn empty_file() -> &'static str {
    "the file is empty: a briefing needs at least `format: 1` and a `title`"
}

/// The diagnostic for a document serde could not read. A file written for
/// another format version gets that said first, since its other errors are
/// likely to follow from it.
fn parse_error(path: &Path, text: &str, err: &serde_yaml::Error) -> Diagnostic {
    if is_blank(text) {
        return Diagnostic::error(path, (1, 1), empty_file());
    }
    if let Some((written, at)) = top_level_format(text) {
        let value = written.trim_matches(|c| c == '"' || c == '\'');
        let known = crate::model::FORMAT_VERSIONS
            .iter()
            .any(|v| v.to_string() == value);
        if !known {
            return Diagnostic::error(path, at, validate::unsupported_format(value));
        }
        if value != written {
            // `format: "1"`: a string where the number belongs.
            let msg = format!(
                "{}; write it as a number, without quotes",
                validate::unsupported_format(written)
            );
            return Diagnostic::error(path, at, msg);
        }
    }
    let (message, at) = messages::from_yaml_error(err);
    let at = duplicate_key(&message)
        .and_then(|key| second_key(text, at, key))
        .unwrap_or(at);
    Diagnostic::error(path, at, message)
}

/// The key of a "duplicate field `key`" message.
fn duplicate_key(message: &str) -> Option<&str> {
    let rest = &message[message.find("duplicate field `")? + "duplicate field `".len()..];
    Some(&rest[..rest.find('`')?])
}

/// Where `key` is written a second time in the block mapping whose first
/// key stands at `at` (serde_yaml points at the mapping, not at the
/// repeated key). `None` when the text is not laid out simply enough to
/// tell, and the mapping's position is kept.
fn second_key(text: &str, at: (usize, usize), key: &str) -> Option<(usize, usize)> {
    let column = at.1.checked_sub(1)?;
    let mut seen = 0;
    for (i, line) in text.lines().enumerate().skip(at.0.checked_sub(1)?) {
        let Some(content) = line.get(column..) else {
            continue;
        };
        let before = &line[..column];
        let content_starts_here = i + 1 == at.0 || before.bytes().all(|b| b == b' ');
        if !content_starts_here {
            continue;
        }
        if i + 1 > at.0 && !line.trim().is_empty() && !line.trim_start().starts_with('#') {
            let indent = line.len() - line.trim_start().len();
            if indent < column {
                break; // the mapping has ended
            }
        }
        if content
            .strip_prefix(key)
            .is_some_and(|rest| rest.starts_with(':'))
        {
            seen += 1;
            if seen == 2 {
                return Some((i + 1, column + 1));
            }
        }
    }
    None
}

/// The value of a top-level `format:` line as written (quotes included)
/// and where it stands, read from the text itself: the file may not parse
/// as a briefing at all.
fn top_level_format(text: &str) -> Option<(&str, (usize, usize))> {
    text.lines().enumerate().find_map(|(i, line)| {
        let rest = line.strip_prefix("format:")?;
        let value = rest.split(" #").next()?.trim();
        let column = line.len() - rest.trim_start().len() + 1;
        Some((value, (i + 1, column)))
    })
}

/// Where the second document starts: its `---` line when there is one.
fn second_document(text: &str) -> (usize, usize) {
    let (line, column) = locate::locate_document(text, 1).unwrap_or((1, 1));
    let lines: Vec<&str> = text.lines().collect();
    (1..=line.min(lines.len()))
        .rev()
        .find(|&l| l > 1 && lines[l - 1].starts_with("---"))
        .map_or((line, column), |l| (l, 1))
}

/// Collects `*.yaml` and `*.yml` below `dir`, skipping names that start
/// with `.`. Symbolic links to folders are not followed, so a loop of links
/// cannot hang the walk.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, diagnostics: &mut Vec<Diagnostic>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            diagnostics.push(Diagnostic::error(
                dir,
                (1, 1),
                format!("cannot read folder: {e}"),
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, files, diagnostics);
        } else if is_briefing_name(&path) && (kind.is_file() || path.is_file()) {
            files.push(path);
        }
    }
}

fn is_briefing_name(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}

/// Loads files on every core; results come back in the order of `files`.
/// Each worker takes the next file not yet taken, so a slow file or a busy
/// core does not leave the other workers idle.
fn load_files(files: &[PathBuf]) -> Vec<Loaded> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    if workers <= 1 || files.len() < 16 {
        return files.iter().map(|f| load_file(f)).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Loaded)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(file) = files.get(i) else { break };
                        out.push((i, load_file(file)));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(results) => results,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, result)| result).collect()
}

/// A file's outcome with its briefing made shareable.
fn shared((briefing, diagnostics): Loaded) -> (Option<Arc<Briefing>>, Vec<Diagnostic>) {
    (briefing.map(Arc::new), diagnostics)
}

/// Gathers per-file results and applies the one check across files: a
/// briefing id used by several files. Each of them gets an error naming
/// the others and is left out, since nothing says which one is right.
fn assemble(
    results: Vec<(Option<Arc<Briefing>>, Vec<Diagnostic>)>,
    mut diagnostics: Vec<Diagnostic>,
) -> Corpus {
    let mut owners: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (b, _)) in results.iter().enumerate() {
        if let Some(b) = b {
            owners.entry(b.id.as_str()).or_default().push(i);
        }
    }
    // For each file whose id another file also has: the other files.
    let mut others: HashMap<usize, Vec<String>> = HashMap::new();
    for files in owners.values().filter(|files| files.len() > 1) {
        for &i in files {
            let names = files
                .iter()
                .filter(|&&j| j != i)
                .filter_map(|&j| results[j].0.as_ref())
                .map(|b| b.path.display().to_string())
                .collect();
            others.insert(i, names);
        }
    }
    let mut briefings: Vec<Arc<Briefing>> = Vec::with_capacity(results.len());
    for (i, (briefing, diags)) in results.into_iter().enumerate() {
        diagnostics.extend(diags);
        let Some(b) = briefing else { continue };
        match others.get(&i) {
            None => briefings.push(b),
            Some(names) => diagnostics.push(Diagnostic::error(
                &b.path,
                id_position(&b),
                format!(
                    "briefing id `{}` is also used by {}; ids must be unique across the folder",
                    b.id,
                    names.join(", ")
                ),
            )),
        }
    }
    Corpus {
        briefings,
        diagnostics,
    }
}

/// Where a briefing's id is written, or the top of the file when it comes
/// from the file name.
fn id_position(b: &Briefing) -> (usize, usize) {
    match fs::read_to_string(&b.path) {
        Ok(text) if text.lines().any(|l| l.starts_with("id:")) => locate(&text, &[Seg::Key("id")]),
        _ => (1, 1),
    }
}
