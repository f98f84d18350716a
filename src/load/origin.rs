//! Which briefings brief opens when it is not told: `./briefings` when it
//! exists, otherwise the bundled briefing compiled into the binary.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::{Corpus, load_dir, load_texts};

/// The bundled briefings, compiled in so a bare `brief` shows something
/// from any directory.
pub const BUNDLED: &[(&str, &str)] = &[(
    "openai-leadership-2024.yaml",
    include_str!("../../briefings/openai-leadership-2024.yaml"),
)];

/// Where the loaded briefings come from, to tell the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Folder(PathBuf),
    Bundled,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Folder(p) => write!(f, "{}", crate::model::sanitize(&p.display().to_string())),
            Origin::Bundled => f.write_str("bundled briefings"),
        }
    }
}

/// The folder given, else `./briefings` if there is one, else the bundled
/// briefings.
pub fn choose(dir: Option<&Path>) -> Origin {
    match dir {
        Some(d) => Origin::Folder(d.to_path_buf()),
        None if Path::new("briefings").is_dir() => Origin::Folder(PathBuf::from("briefings")),
        None => Origin::Bundled,
    }
}

/// Loads what `origin` names.
pub fn load_origin(origin: &Origin) -> io::Result<Corpus> {
    match origin {
        Origin::Folder(dir) => load_dir(dir),
        Origin::Bundled => Ok(load_bundled()),
    }
}

pub fn load_bundled() -> Corpus {
    let texts: Vec<(PathBuf, String)> = BUNDLED
        .iter()
        .map(|(name, text)| (Path::new("<bundled>").join(name), (*text).to_owned()))
        .collect();
    load_texts(&texts)
}
