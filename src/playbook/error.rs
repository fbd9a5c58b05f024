//! Errors from reading and validating a playbook, each naming its place. Their words are in
//! the catalogue ([`PlaybookError::message`], [`Problem::message`]).

use std::fmt;
use std::path::PathBuf;

use crate::i18n::{Message, io_message, json_message};

/// One semantic problem, located by a JSON path such as `scenarios[3].openers`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the document, e.g. `scenarios[3].openers`.
    pub path: String,
    /// What is wrong and, where it helps, what to do.
    pub message: Message,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why a playbook could not be used.
#[derive(Debug, thiserror::Error)]
pub enum PlaybookError {
    /// The file could not be read.
    Io {
        /// The file.
        file: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The JSON is malformed or does not fit the schema.
    Syntax {
        /// The file, or `bundled <lang>`.
        file: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser said, without control characters.
        message: String,
    },
    /// The JSON parsed but breaks the playbook's rules.
    Invalid {
        /// The file, or `bundled <lang>`.
        file: PathBuf,
        /// Every problem found, in document order.
        problems: Vec<Problem>,
    },
    /// The language is not one talkprep ships.
    UnknownLanguage(String),
}

impl PlaybookError {
    /// What to tell the user, by catalogue key; for [`PlaybookError::Invalid`] the heading,
    /// with each problem after it (see [`PlaybookError::render`]).
    pub fn message(&self) -> Message {
        let name = |file: &PathBuf| crate::sanitize::single_line(&file.display().to_string());
        match self {
            PlaybookError::Io { file, source } => Message::new("error.playbook.io")
                .with("file", name(file))
                .with_message("detail", io_message(source)),
            PlaybookError::Syntax {
                file,
                line,
                column,
                message,
            } => Message::new("error.playbook.syntax")
                .with("file", name(file))
                .with("line", line.to_string())
                .with("column", column.to_string())
                .with_message("detail", json_message(message)),
            PlaybookError::Invalid { file, problems } => Message::new("error.playbook.invalid")
                .with("file", name(file))
                .with("count", problems.len().to_string()),
            PlaybookError::UnknownLanguage(lang) => {
                Message::new("error.playbook.lang").with("value", lang.as_str())
            }
        }
    }

    /// The whole error in the catalogue's language: the message, then one line per problem.
    pub fn render(&self, cat: &'static crate::i18n::Catalog) -> String {
        let mut text = self.message().render(cat);
        if let PlaybookError::Invalid { problems, .. } = self {
            for problem in problems {
                text.push_str("\n  ");
                text.push_str(&cat.colon(&problem.path, &problem.message.render(cat)));
            }
        }
        text
    }
}

impl fmt::Display for PlaybookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(crate::i18n::catalog(crate::i18n::Lang::En)))
    }
}
