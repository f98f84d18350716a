//! Review marks on disk: one JSON file per briefing id in a directory, each
//! change merged in under a lock and written atomically.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::key::ItemKey;
use super::marks::{ItemState, Marks};
use crate::load::Diagnostic;
use crate::model::is_slug;

/// The version of the review file format this build writes and reads.
pub const FORMAT: u64 = 1;

/// One review file: `<briefing-id>.json`.
#[derive(Serialize, Deserialize)]
struct ReviewFile {
    format: u64,
    briefing: String,
    #[serde(default)]
    items: BTreeMap<ItemKey, ItemState>,
}

/// Just the version, read first so a newer file is recognised as such.
#[derive(Deserialize)]
struct Head {
    format: u64,
}

/// What reading one review file gave.
enum Read {
    Items(BTreeMap<ItemKey, ItemState>),
    /// Not a review file of any version: JSON error or wrong shape.
    Corrupt(Diagnostic),
    /// Written by a newer brief: left untouched.
    Newer(u64),
}

/// Where review marks live when `--review-dir` is not given:
/// `$XDG_STATE_HOME/brief/reviews`, else `$HOME/.local/state/brief/reviews`.
/// An empty or relative `XDG_STATE_HOME` is ignored, as the XDG base
/// directory specification asks. `None` when neither is usable.
pub fn default_dir(xdg_state_home: Option<&str>, home: Option<&str>) -> Option<PathBuf> {
    fn usable(v: Option<&str>) -> Option<&str> {
        v.filter(|v| !v.is_empty() && Path::new(v).is_absolute())
    }
    if let Some(state) = usable(xdg_state_home) {
        return Some(Path::new(state).join("brief").join("reviews"));
    }
    usable(home).map(|h| Path::new(h).join(".local/state/brief/reviews"))
}

/// A directory of review files.
///
/// Every [`ReviewStore::save`] takes the briefing's lock, re-reads its file,
/// applies the one change and replaces the file atomically, so several brief
/// processes can write the same marks at once without losing any, and a
/// crash at any moment leaves the previous file or the next one.
#[derive(Clone, Debug)]
pub struct ReviewStore {
    dir: PathBuf,
}

impl ReviewStore {
    /// Reads every review file in `dir`. A missing `dir` gives no marks and
    /// is created only by the first save.
    ///
    /// A file that is not a review file is reported as a diagnostic and
    /// moved aside to `NAME.corrupt-<n>` (never deleted); a file from a
    /// newer brief is reported and left alone. Fails only when `dir` exists
    /// and cannot be read.
    pub fn open(dir: &Path) -> io::Result<(ReviewStore, Marks, Vec<Diagnostic>)> {
        let store = ReviewStore {
            dir: dir.to_path_buf(),
        };
        let mut marks = Marks::new();
        let mut diagnostics = Vec::new();
        for id in store.ids()? {
            match store.read_or_set_aside(&id) {
                Ok(Some(items)) => marks.replace_briefing(&id, items),
                Ok(None) => {}
                Err(d) => diagnostics.push(d),
            }
        }
        Ok((store, marks, diagnostics))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Re-reads every file, to pick up what other processes saved. Files
    /// that cannot be read are skipped here; [`ReviewStore::open`] reports
    /// them.
    pub fn reload(&self) -> Marks {
        let mut marks = Marks::new();
        for id in self.ids().unwrap_or_default() {
            if let Ok(Some(Read::Items(items))) = read(&self.file(&id)) {
                marks.replace_briefing(&id, items);
            }
        }
        marks
    }

    /// Saves one item's state, merged into what is on disk: under the
    /// briefing's lock, re-read its file, keep whichever of the stored and
    /// the given state was updated last, write a temporary file, fsync it,
    /// rename it over the file and fsync the directory.
    ///
    /// Fails when `briefing_id` is not a slug (it names the file), when the
    /// file was written by a newer brief, or on any I/O error; the file on
    /// disk is then unchanged.
    pub fn save(&self, briefing_id: &str, key: &ItemKey, state: &ItemState) -> io::Result<()> {
        if !is_slug(briefing_id) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("`{briefing_id}` is not a briefing id"),
            ));
        }
        fs::create_dir_all(&self.dir)?;
        let _lock = self.lock(briefing_id)?;
        let path = self.file(briefing_id);
        let mut items = match read(&path)? {
            None => BTreeMap::new(),
            Some(Read::Items(items)) => items,
            Some(Read::Corrupt(_)) => {
                set_aside(&path)?;
                BTreeMap::new()
            }
            Some(Read::Newer(v)) => {
                return Err(io::Error::other(format!(
                    "{} was written by a newer brief (review format {v}); not changing it",
                    path.display()
                )));
            }
        };
        if items
            .get(key)
            .is_some_and(|current| !state.supersedes(current))
        {
            return Ok(());
        }
        items.insert(key.clone(), state.clone());
        let file = ReviewFile {
            format: FORMAT,
            briefing: briefing_id.to_owned(),
            items,
        };
        let mut bytes = serde_json::to_vec_pretty(&file).map_err(io::Error::other)?;
        bytes.push(b'\n');
        let tmp = self.dir.join(format!("{briefing_id}.json.tmp"));
        let mut out = File::create(&tmp)?;
        out.write_all(&bytes)?;
        out.sync_all()?;
        drop(out);
        fs::rename(&tmp, &path)?;
        sync_dir(&self.dir)
    }

    fn file(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// Takes the exclusive lock of one briefing's file, held until the
    /// returned file is dropped (or the process dies).
    fn lock(&self, id: &str) -> io::Result<File> {
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.dir.join(format!("{id}.lock")))?;
        lock.lock()?;
        Ok(lock)
    }

    /// The briefing ids that have a file, sorted.
    fn ids(&self) -> io::Result<Vec<String>> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let mut ids: Vec<String> = entries
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                let id = name.strip_suffix(".json")?;
                is_slug(id).then(|| id.to_owned())
            })
            .collect();
        ids.sort();
        Ok(ids)
    }

    /// One file's marks; a corrupt file is moved aside under the lock (it
    /// may have been replaced since it was first read) and reported.
    fn read_or_set_aside(
        &self,
        id: &str,
    ) -> Result<Option<BTreeMap<ItemKey, ItemState>>, Diagnostic> {
        let path = self.file(id);
        let io_error = |e: io::Error| Diagnostic::error(&path, (1, 1), format!("cannot read: {e}"));
        match read(&path).map_err(io_error)? {
            None => Ok(None),
            Some(Read::Items(items)) => Ok(Some(items)),
            Some(Read::Newer(v)) => Err(newer(&path, v)),
            Some(Read::Corrupt(_)) => {
                let _lock = self.lock(id).map_err(io_error)?;
                match read(&path).map_err(io_error)? {
                    None => Ok(None),
                    Some(Read::Items(items)) => Ok(Some(items)),
                    Some(Read::Newer(v)) => Err(newer(&path, v)),
                    Some(Read::Corrupt(d)) => {
                        let aside = set_aside(&path).map_err(io_error)?;
                        let name = aside.file_name().map_or_else(
                            || aside.display().to_string(),
                            |n| n.to_string_lossy().into_owned(),
                        );
                        Err(Diagnostic::error(
                            &path,
                            (d.line, d.column),
                            format!(
                                "{}; its marks are not loaded; the file is kept as {name}",
                                d.message
                            ),
                        ))
                    }
                }
            }
        }
    }
}

fn newer(path: &Path, version: u64) -> Diagnostic {
    Diagnostic::warning(
        path,
        (1, 1),
        format!(
            "written by a newer brief (review format {version}, this one reads {FORMAT}); its marks are not loaded and the file is left as it is"
        ),
    )
}

/// Reads and parses one review file; `None` when there is none.
fn read(path: &Path) -> io::Result<Option<Read>> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let corrupt = |e: serde_json::Error| {
        Read::Corrupt(Diagnostic::error(
            path,
            (e.line(), e.column()),
            format!("not a review file: {e}"),
        ))
    };
    let head: Head = match serde_json::from_slice(&bytes) {
        Ok(head) => head,
        Err(e) => return Ok(Some(corrupt(e))),
    };
    if head.format > FORMAT {
        return Ok(Some(Read::Newer(head.format)));
    }
    Ok(Some(match serde_json::from_slice::<ReviewFile>(&bytes) {
        Ok(file) => Read::Items(file.items),
        Err(e) => corrupt(e),
    }))
}

/// Renames `path` to `NAME.corrupt-<n>` with the first free `n`.
fn set_aside(path: &Path) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut n = 1;
    loop {
        let aside = path.with_file_name(format!("{name}.corrupt-{n}"));
        if !aside.exists() {
            fs::rename(path, &aside)?;
            return Ok(aside);
        }
        n += 1;
    }
}

/// Makes a rename in `dir` durable.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}
