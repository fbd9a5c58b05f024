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
pub fn bundled_text(lang: &str) -> Result<&'static str, PlaybookError> {
    match lang {
        "en" => Ok(include_str!("../../assets/playbook/en.json")),
        "ro" => Ok(include_str!("../../assets/playbook/ro.json")),
        "fr" => Ok(include_str!("../../assets/playbook/fr.json")),
        "pl" => Ok(include_str!("../../assets/playbook/pl.json")),
        other => Err(PlaybookError::UnknownLanguage(sanitize::single_line(other))),
    }
}

/// Parses playbook text without checking its meaning; `file` names it in error messages.
pub fn parse_json(file: &Path, text: &str) -> Result<Playbook, PlaybookError> {
    serde_json::from_str(text).map_err(|err| PlaybookError::Syntax {
        file: file.to_path_buf(),
        line: err.line(),
        column: err.column(),
        message: sanitize::single_line(&err.to_string()),
    })
}

/// Parses and validates playbook text; `file` names it in error messages.
pub fn parse(file: &Path, text: &str, scope: Scope<'_>) -> Result<Playbook, PlaybookError> {
    let playbook = parse_json(file, text)?;
    invalid_if_any(file, validate(&playbook, scope))?;
    Ok(playbook)
}

fn invalid_if_any(file: &Path, problems: Vec<Problem>) -> Result<(), PlaybookError> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(PlaybookError::Invalid {
            file: file.to_path_buf(),
            problems,
        })
    }
}

fn read_text(path: &Path) -> Result<String, PlaybookError> {
    std::fs::read_to_string(path).map_err(|source| PlaybookError::Io {
        file: path.to_path_buf(),
        source,
    })
}

/// The bundled playbook for a language.
pub fn bundled(lang: &str) -> Result<Playbook, PlaybookError> {
    let text = bundled_text(lang)?;
    let name = PathBuf::from(format!("bundled {lang}"));
    let mut playbook = parse(&name, text, Scope::Whole)?;
    playbook.lang = lang.to_owned();
    Ok(playbook)
}

/// Checks a user's playbook text as an extension of the bundled playbook of its own language,
/// reporting every problem at once, and returns the playbook that results.
pub fn check_extension(file: &Path, text: &str) -> Result<Playbook, PlaybookError> {
    let overlay = parse_json(file, text)?;
    let base_lang = if LANGUAGES.contains(&overlay.lang.as_str()) {
        overlay.lang.clone()
    } else {
        "en".to_owned()
    };
    let base = bundled(&base_lang)?;
    extend(file, base, overlay)
}

fn extend(file: &Path, base: Playbook, overlay: Playbook) -> Result<Playbook, PlaybookError> {
    invalid_if_any(file, validate(&overlay, Scope::Extending(&base)))?;
    let merged = merge(base, overlay);
    invalid_if_any(file, validate(&merged, Scope::Whole))?;
    Ok(merged)
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
    let overlay = parse_json(path, &read_text(path)?)?;
    if overlay.lang != lang {
        let shown = sanitize::single_line(&overlay.lang);
        return Err(PlaybookError::Invalid {
            file: path.to_path_buf(),
            problems: vec![Problem {
                path: "lang".to_owned(),
                message: crate::i18n::Message::new("playbook.problem.other_lang")
                    .with("found", shown)
                    .with("lang", lang),
            }],
        });
    }
    extend(path, base, overlay)
}
