//! Live reload: noticing when files in the briefings folder change, and
//! reloading only those. A file that becomes invalid keeps its last good
//! version on screen, with its errors shown beside it.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use std::sync::Arc;

use super::{Corpus, Diagnostic, assemble, load_files, shared, walk};
use crate::model::Briefing;

/// What a file looked like when last read.
type Stamp = (Option<SystemTime>, u64);

struct Entry {
    stamp: Stamp,
    /// The last version of the file that loaded, shared with the corpora
    /// handed out (not a copy).
    good: Option<Arc<Briefing>>,
    diagnostics: Vec<Diagnostic>,
}

/// A briefings folder, loaded, and watched for changes by polling (which
/// works the same on every file system, network ones included).
pub struct Watcher {
    root: PathBuf,
    files: BTreeMap<PathBuf, Entry>,
    walk_problems: Vec<Diagnostic>,
}

fn stamp(path: &Path) -> Stamp {
    match fs::metadata(path) {
        Ok(m) => (m.modified().ok(), m.len()),
        Err(_) => (None, 0),
    }
}

fn list(root: &Path) -> io::Result<(Vec<PathBuf>, Vec<Diagnostic>)> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    if fs::metadata(root)?.is_dir() {
        walk(root, &mut files, &mut problems);
    } else {
        files.push(root.to_path_buf());
    }
    files.sort();
    Ok((files, problems))
}

impl Watcher {
    /// Loads `root` (a folder or one file) and starts watching it.
    pub fn load(root: &Path) -> io::Result<(Watcher, Corpus)> {
        let (paths, walk_problems) = list(root)?;
        let stamps: Vec<Stamp> = paths.iter().map(|p| stamp(p)).collect();
        let results = load_files(&paths).into_iter().map(shared);
        let files = paths
            .into_iter()
            .zip(stamps)
            .zip(results)
            .map(|((path, stamp), (good, diagnostics))| {
                (
                    path,
                    Entry {
                        stamp,
                        good,
                        diagnostics,
                    },
                )
            })
            .collect();
        let watcher = Watcher {
            root: root.to_path_buf(),
            files,
            walk_problems,
        };
        let corpus = watcher.corpus();
        Ok((watcher, corpus))
    }

    /// Checks the folder again. Returns the new corpus when a file was
    /// added, changed or removed; `None` when nothing changed.
    pub fn poll(&mut self) -> Option<Corpus> {
        let (paths, walk_problems) = list(&self.root).ok()?;
        let mut changed = walk_problems != self.walk_problems;
        self.walk_problems = walk_problems;
        let before = self.files.len();
        self.files.retain(|p, _| paths.binary_search(p).is_ok());
        changed |= self.files.len() != before;
        let stale: Vec<PathBuf> = paths
            .into_iter()
            .filter(|p| self.files.get(p).is_none_or(|e| e.stamp != stamp(p)))
            .collect();
        changed |= !stale.is_empty();
        let results = load_files(&stale).into_iter().map(shared);
        for (path, (briefing, mut diagnostics)) in stale.into_iter().zip(results) {
            let stamp = stamp(&path);
            let entry = self.files.entry(path.clone()).or_insert(Entry {
                stamp,
                good: None,
                diagnostics: Vec::new(),
            });
            entry.stamp = stamp;
            match briefing {
                Some(b) => entry.good = Some(b),
                None if entry.good.is_some() => diagnostics.push(Diagnostic::warning(
                    &path,
                    (1, 1),
                    "showing the last version of this file that loaded, until its errors are fixed",
                )),
                None => {}
            }
            entry.diagnostics = diagnostics;
        }
        changed.then(|| self.corpus())
    }

    fn corpus(&self) -> Corpus {
        let results = self
            .files
            .values()
            .map(|e| (e.good.clone(), e.diagnostics.clone()))
            .collect();
        assemble(results, self.walk_problems.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "format: 1\ntitle: First\n";

    fn write(path: &Path, text: &str) {
        fs::write(path, text).unwrap();
        // Make the change visible even on file systems with coarse times.
        let later = SystemTime::now() + std::time::Duration::from_secs(2);
        let f = fs::File::options().write(true).open(path).unwrap();
        f.set_modified(later).unwrap();
    }

    #[test]
    fn notices_changes_and_keeps_the_last_good_version() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.yaml");
        write(&a, GOOD);
        let (mut w, corpus) = Watcher::load(dir.path()).unwrap();
        assert_eq!(corpus.briefings[0].title.as_str(), "First");
        assert!(w.poll().is_none(), "nothing changed");

        write(&a, "format: 1\ntitle: Second\n");
        let c = w.poll().expect("a change");
        assert_eq!(c.briefings[0].title.as_str(), "Second");

        // Half-saved: invalid. The last good version stays, with the error.
        write(&a, "format: 1\ntitle: [\n");
        let c = w.poll().expect("a change");
        assert_eq!(c.briefings[0].title.as_str(), "Second");
        assert_eq!(c.error_count(), 1);
        assert!(
            c.diagnostics
                .iter()
                .any(|d| d.message.contains("last version"))
        );

        let b = dir.path().join("b.yaml");
        write(&b, "format: 1\ntitle: Other\n");
        let c = w.poll().expect("a new file");
        assert_eq!(c.briefings.len(), 2);
        fs::remove_file(&b).unwrap();
        let c = w.poll().expect("a removed file");
        assert_eq!(c.briefings.len(), 1);
    }
}
