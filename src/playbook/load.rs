//! Reading playbooks: the bundled one per language, and a user file that extends it.

use std::path::{Path, PathBuf};

use super::error::PlaybookError;
use super::error::Problem;
use super::merge::merge;
use super::schema::Playbook;
use super::validate::{Scope, validate};
use crate::sanitize;

/// The languages talkprep ships a playbook for.
pub const LANGUAGES: [&str; 4] = ["en", "fr", "pl", "ro"];

/// The bundled playbook text for a language, compiled into the binary.
///
/// Languages whose playbook is not translated yet fall back to English.
pub fn bundled_text(lang: &str) -> Result<&'static str, PlaybookError> {
    match lang {
        "en" => Ok(include_str!("../../assets/playbook/en.json")),
        "fr" | "pl" | "ro" => Ok(include_str!("../../assets/playbook/en.json")),
        other => Err(PlaybookError::UnknownLanguage(sanitize::single_line(other))),
    }
}

/// Parses and validates playbook text; `file` names it in error messages.
pub fn parse(file: &Path, text: &str, scope: Scope) -> Result<Playbook, PlaybookError> {
    let playbook: Playbook = serde_json::from_str(text).map_err(|err| PlaybookError::Syntax {
        file: file.to_path_buf(),
        line: err.line(),
        column: err.column(),
        message: sanitize::single_line(&err.to_string()),
    })?;
    let problems = validate(&playbook, scope);
    if problems.is_empty() {
        Ok(playbook)
    } else {
        Err(PlaybookError::Invalid {
            file: file.to_path_buf(),
            problems,
        })
    }
}

/// Reads a user's playbook file and validates it as a fragment that extends the bundled one.
pub fn read_file(path: &Path) -> Result<Playbook, PlaybookError> {
    let text = std::fs::read_to_string(path).map_err(|source| PlaybookError::Io {
        file: path.to_path_buf(),
        source,
    })?;
    parse(path, &text, Scope::Fragment)
}

/// The bundled playbook for a language.
pub fn bundled(lang: &str) -> Result<Playbook, PlaybookError> {
    let text = bundled_text(lang)?;
    let name = PathBuf::from(format!("bundled {lang}"));
    let mut playbook = parse(&name, text, Scope::Whole)?;
    playbook.lang = lang.to_owned();
    Ok(playbook)
}

/// The playbook in effect: the bundled one for `lang`, extended by `user_file` when given.
///
/// In the user file the same id replaces a bundled entry and a new id adds one; a non-empty list
/// of tips replaces the bundled list. The result is validated again as a whole.
pub fn load(lang: &str, user_file: Option<&Path>) -> Result<Playbook, PlaybookError> {
    let base = bundled(lang)?;
    let Some(path) = user_file else {
        return Ok(base);
    };
    let overlay = read_file(path)?;
    if overlay.lang != lang {
        return Err(PlaybookError::Invalid {
            file: path.to_path_buf(),
            problems: vec![Problem {
                path: "lang".to_owned(),
                message: format!(
                    "this playbook is for '{}' but talkprep runs in '{lang}': pass --lang {} or change \"lang\"",
                    sanitize::single_line(&overlay.lang),
                    sanitize::single_line(&overlay.lang)
                ),
            }],
        });
    }
    let merged = merge(base, overlay);
    let problems = validate(&merged, Scope::Whole);
    if problems.is_empty() {
        Ok(merged)
    } else {
        Err(PlaybookError::Invalid {
            file: path.to_path_buf(),
            problems,
        })
    }
}
