//! Errors from reading and validating a playbook, each naming its place.

use std::fmt;
use std::path::PathBuf;

use thiserror::Error;

/// One semantic problem, located by a JSON path such as `scenarios[3].openers`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the document, e.g. `scenarios[3].openers`.
    pub path: String,
    /// What is wrong and, where it helps, what to do.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why a playbook could not be used.
#[derive(Debug, Error)]
pub enum PlaybookError {
    /// The file could not be read.
    #[error("{file}: cannot read the playbook: {source}")]
    Io {
        /// The file.
        file: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The JSON is malformed or does not fit the schema.
    #[error("{file}:{line}:{column}: {message}")]
    Syntax {
        /// The file, or `bundled <lang>`.
        file: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The JSON parsed but breaks the playbook's rules.
    #[error("{file}: {} problem(s):\n{}", problems.len(), list(problems))]
    Invalid {
        /// The file, or `bundled <lang>`.
        file: PathBuf,
        /// Every problem found, in document order.
        problems: Vec<Problem>,
    },
    /// The language is not one talkprep ships.
    #[error("unknown language '{0}': use one of en, fr, pl, ro")]
    UnknownLanguage(String),
}

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}
