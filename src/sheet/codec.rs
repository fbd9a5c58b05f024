//! Sheets to and from JSON text, with errors a person can act on.
//!
//! The version is checked on a loose [`serde_json::Value`] before the typed parse, so a sheet
//! from a newer talkprep is refused as such even when its fields no longer match this build.

use serde_json::Value;

use crate::i18n::{Message, json_message};

use super::id::SheetId;
use super::model::{SHEET_SCHEMA_VERSION, Sheet, Unknown};

/// The highest `stakes.heat`.
pub const MAX_HEAT: u8 = 10;

/// Why a text is not a sheet this build can open. Its words are [`SheetError::message`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SheetError {
    /// Not JSON (or not UTF-8 text).
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// What the parser found (see [`crate::i18n::json_message`]).
        detail: Message,
    },
    /// Written by a newer talkprep.
    NewerVersion {
        /// `schema_version` in the file.
        found: u64,
        /// [`SHEET_SCHEMA_VERSION`].
        supported: u32,
    },
    /// JSON, but not a valid sheet (wrong type, missing field, bad id...).
    Invalid {
        /// Line and column (in characters), where the parser knows them.
        at: Option<(usize, usize)>,
        /// What is wrong.
        detail: Message,
    },
}

impl SheetError {
    /// What to tell the user, by catalogue key.
    pub fn message(&self) -> Message {
        match self {
            SheetError::Syntax {
                line,
                column,
                detail,
            } => syntax_message(*line, *column, detail),
            SheetError::NewerVersion { found, supported } => Message::new("error.sheet.newer")
                .with("found", found.to_string())
                .with("supported", supported.to_string()),
            SheetError::Invalid {
                at: Some((line, column)),
                detail,
            } => Message::new("error.sheet.invalid_at")
                .with("line", line.to_string())
                .with("column", column.to_string())
                .with_message("detail", detail.clone()),
            SheetError::Invalid { at: None, detail } => {
                Message::new("error.sheet.invalid").with_message("detail", detail.clone())
            }
        }
    }
}

/// "Not valid JSON at line L, column C: …", for a sheet or a review.
pub(crate) fn syntax_message(line: usize, column: usize, detail: &Message) -> Message {
    Message::new("error.sheet.syntax")
        .with("line", line.to_string())
        .with("column", column.to_string())
        .with_message("detail", detail.clone())
}

impl std::fmt::Display for SheetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

/// The canonical text of `sheet`: pretty-printed with 2-space indents, keys in model order,
/// and a trailing newline.
///
/// Fields this build does not know ([`Sheet::unknown`] and each section's `unknown`) are
/// written back after the known ones of their object, values unchanged.
pub fn to_json(sheet: &Sheet) -> String {
    // Invariant: a Sheet holds only strings, integers, bools, enums, jiff values and JSON
    // values, all of which serialize without error (serde_json only fails on non-string map
    // keys or on a failing custom Serialize impl, and there are none here).
    let mut text = if unknowns(sheet).iter().all(|(_, u)| u.is_empty()) {
        serde_json::to_string_pretty(sheet).expect("a Sheet always serializes")
    } else {
        let mut value = serde_json::to_value(sheet).expect("a Sheet always serializes");
        if let Some(map) = value.as_object_mut() {
            for (key, unknown) in unknowns(sheet) {
                let target = match key {
                    None => Some(&mut *map),
                    Some(section) => map.get_mut(section).and_then(Value::as_object_mut),
                };
                if let Some(target) = target {
                    for (k, v) in &unknown.0 {
                        target.entry(k.clone()).or_insert_with(|| v.clone());
                    }
                }
            }
        }
        serde_json::to_string_pretty(&value).expect("a JSON value always serializes")
    };
    text.push('\n');
    text
}

/// The unknown fields of the sheet (key `None`) and of each section object, by section key.
fn unknowns(sheet: &Sheet) -> [(Option<&'static str>, &Unknown); 8] {
    static NONE: std::sync::OnceLock<Unknown> = std::sync::OnceLock::new();
    let none = NONE.get_or_init(Unknown::default);
    [
        (None, &sheet.unknown),
        (Some("facts"), &sheet.facts.unknown),
        (Some("stakes"), &sheet.stakes.unknown),
        (Some("goal"), &sheet.goal.unknown),
        (Some("opener"), &sheet.opener.unknown),
        (Some("logistics"), &sheet.logistics.unknown),
        (
            Some("message"),
            sheet.message.as_ref().map_or(none, |m| &m.unknown),
        ),
        (
            Some("debrief"),
            sheet.debrief.as_ref().map_or(none, |d| &d.unknown),
        ),
    ]
}

/// Fields of `read` that `known` (the same object as this build writes it) lacks.
pub fn unknown_fields(read: &Value, known: &Value) -> Unknown {
    let (Some(read), Some(known)) = (read.as_object(), known.as_object()) else {
        return Unknown::default();
    };
    Unknown(
        read.iter()
            .filter(|(k, _)| !known.contains_key(k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    )
}

/// Fills every `unknown` of `sheet` from the object it was read from.
fn keep_unknown(sheet: &mut Sheet, read: &Value) {
    let Ok(known) = serde_json::to_value(&*sheet) else {
        return;
    };
    let section = |key: &str| unknown_fields(&read[key], &known[key]);
    sheet.unknown = unknown_fields(read, &known);
    sheet.facts.unknown = section("facts");
    sheet.stakes.unknown = section("stakes");
    sheet.goal.unknown = section("goal");
    sheet.opener.unknown = section("opener");
    sheet.logistics.unknown = section("logistics");
    if let Some(debrief) = sheet.debrief.as_mut() {
        debrief.unknown = section("debrief");
    }
    if let Some(message) = sheet.message.as_mut() {
        message.unknown = section("message");
    }
}

/// Ranges serde cannot check: heat is 0 to 10.
fn check_ranges(sheet: &Sheet) -> Result<(), SheetError> {
    if let Some(heat) = sheet.stakes.heat
        && heat > MAX_HEAT
    {
        return Err(SheetError::Invalid {
            at: None,
            detail: Message::new("error.sheet.heat")
                .with("value", heat.to_string())
                .with("max", MAX_HEAT.to_string()),
        });
    }
    Ok(())
}

/// Parses a sheet from bytes; invalid UTF-8 is a [`SheetError::Syntax`] at its position.
pub fn from_json_bytes(bytes: &[u8]) -> Result<Sheet, SheetError> {
    from_json(decode_utf8(bytes)?)
}

/// The bytes as text, or a [`SheetError::Syntax`] at the first byte that is not UTF-8.
pub fn decode_utf8(bytes: &[u8]) -> Result<&str, SheetError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let before = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
        let line = 1 + before.matches('\n').count();
        let column = 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count());
        SheetError::Syntax {
            line,
            column,
            detail: Message::new("error.file.not_utf8"),
        }
    })
}

/// Parses and checks a sheet: JSON syntax, then `schema_version`, then every field and the id.
///
/// A leading byte-order mark is skipped.
pub fn from_json(text: &str) -> Result<Sheet, SheetError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(SheetError::Syntax {
            line: 1,
            column: 1,
            detail: Message::new("error.file.empty"),
        });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| syntax_error(text, &e))?;
    check_version(&value)?;
    let mut sheet: Sheet = serde_json::from_str(text).map_err(|e| invalid_error(text, &e))?;
    if let Err(e) = SheetId::parse(&sheet.id) {
        return Err(SheetError::Invalid {
            at: None,
            detail: Message::new("error.file.bad_id")
                .with("id", sanitize(&sheet.id))
                .with_message("detail", e.message()),
        });
    }
    check_ranges(&sheet)?;
    keep_unknown(&mut sheet, &value);
    // Schema 1 lacks only `message`, which defaults: the sheet is schema 2 once read.
    sheet.schema_version = SHEET_SCHEMA_VERSION;
    super::model::number_follow_ups(&mut sheet.follow_ups);
    Ok(sheet)
}

fn check_version(value: &Value) -> Result<(), SheetError> {
    let Some(map) = value.as_object() else {
        return Err(SheetError::Invalid {
            at: None,
            detail: Message::new("error.sheet.not_object")
                .with_message("kind", Message::new(kind_of(value))),
        });
    };
    if let Some(found) = map.get("schema_version").and_then(Value::as_u64)
        && found > u64::from(SHEET_SCHEMA_VERSION)
    {
        return Err(SheetError::NewerVersion {
            found,
            supported: SHEET_SCHEMA_VERSION,
        });
    }
    // A missing or malformed version is reported by the typed parse, with its position.
    Ok(())
}

/// The catalogue key naming what kind of JSON value `value` is.
pub(crate) fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "error.json.kind.null",
        Value::Bool(_) => "error.json.kind.boolean",
        Value::Number(_) => "error.json.kind.number",
        Value::String(_) => "error.json.kind.string",
        Value::Array(_) => "error.json.kind.array",
        Value::Object(_) => "error.json.kind.object",
    }
}

fn syntax_error(text: &str, e: &serde_json::Error) -> SheetError {
    SheetError::Syntax {
        line: e.line(),
        column: char_column(text, e.line(), e.column()),
        detail: json_message(&bare_message(e)),
    }
}

fn invalid_error(text: &str, e: &serde_json::Error) -> SheetError {
    let at = (e.line() != 0).then(|| (e.line(), char_column(text, e.line(), e.column())));
    SheetError::Invalid {
        at,
        detail: json_message(&bare_message(e)),
    }
}

/// serde_json's message without its " at line L column C" tail and without control characters.
fn bare_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let tail = format!(" at line {} column {}", e.line(), e.column());
    sanitize(full.strip_suffix(&tail).unwrap_or(&full))
}

/// serde_json counts columns in bytes; people and editors count characters.
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(line_text) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_column.max(1);
    };
    let mut end = byte_column.min(line_text.len());
    // Round up to a character boundary so a partly read character counts.
    while !line_text.is_char_boundary(end) {
        end += 1;
    }
    line_text[..end].chars().count().max(1)
}

/// Drops control characters (escape sequences, newlines, NUL), bidi controls and line
/// separators from text shown to people.
pub fn sanitize(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !(c.is_control()
                || crate::sanitize::is_bidi_control(*c)
                || matches!(c, '\u{2028}' | '\u{2029}'))
        })
        .collect()
}

#[cfg(test)]
#[path = "codec_tests.rs"]
mod tests;
