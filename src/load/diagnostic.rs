//! Diagnostics: what is wrong with a user's file, and where.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::model::sanitize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Warning,
    Error,
}

/// One problem in one file, at a line and column (both from 1).
///
/// Errors leave their file out; warnings do not. Messages quote the user's
/// data, so they are sanitised like any text from a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub level: Level,
    pub message: String,
}

impl Diagnostic {
    pub fn error(path: &Path, (line, column): (usize, usize), message: impl Into<String>) -> Self {
        Self::new(Level::Error, path, (line, column), message.into())
    }

    pub fn warning(
        path: &Path,
        (line, column): (usize, usize),
        message: impl Into<String>,
    ) -> Self {
        Self::new(Level::Warning, path, (line, column), message.into())
    }

    fn new(level: Level, path: &Path, (line, column): (usize, usize), message: String) -> Self {
        Diagnostic {
            path: path.to_path_buf(),
            line: line.max(1),
            column: column.max(1),
            level,
            message: sanitize(&message).replace('\n', " "),
        }
    }

    pub fn is_error(&self) -> bool {
        self.level == Level::Error
    }
}

/// `PATH:LINE:COLUMN: message`, the form editors and terminals link to.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = sanitize(&self.path.display().to_string());
        write!(f, "{path}:{}:{}: ", self.line, self.column)?;
        if self.level == Level::Warning {
            f.write_str("warning: ")?;
        }
        f.write_str(&self.message)
    }
}
