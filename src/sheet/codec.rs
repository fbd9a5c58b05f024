//! Sheets to and from JSON text, with errors a person can act on.
//!
//! The version is checked on a loose [`serde_json::Value`] before the typed parse, so a sheet
//! from a newer talkprep is refused as such even when its fields no longer match this build.

use serde_json::Value;

use super::id::SheetId;
use super::model::{SHEET_SCHEMA_VERSION, Sheet};

/// Why a text is not a sheet this build can open.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SheetError {
    /// Not JSON (or not UTF-8 text).
    #[error(
        "not valid JSON at line {line}, column {column}: {message}; \
         fix the file there or restore it from a backup"
    )]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters (0 when the text ended before the line began).
        column: usize,
        /// What the parser expected, without control characters.
        message: String,
    },
    /// Written by a newer talkprep.
    #[error(
        "written by a newer talkprep (schema {found}, this build reads up to {supported}): \
         update talkprep to open it"
    )]
    NewerVersion {
        /// `schema_version` in the file.
        found: u64,
        /// [`SHEET_SCHEMA_VERSION`].
        supported: u32,
    },
    /// JSON, but not a valid sheet (wrong type, missing field, bad id...).
    #[error("not a valid talkprep sheet: {message}; fix it or restore it from a backup")]
    Invalid {
        /// What is wrong, with line and column where known, without control characters.
        message: String,
    },
}

/// The canonical text of `sheet`: pretty-printed with 2-space indents, keys in model order,
/// and a trailing newline.
pub fn to_json(sheet: &Sheet) -> String {
    // Invariant: a Sheet holds only strings, integers, bools, enums and jiff values, all of
    // which serialize without error (serde_json only fails on non-string map keys or on a
    // failing custom Serialize impl, and there are none here).
    let mut text = serde_json::to_string_pretty(sheet).expect("a Sheet always serializes");
    text.push('\n');
    text
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
            message: "invalid UTF-8: the file is not text, or not saved as UTF-8".to_owned(),
        }
    })
}

/// Parses and checks a sheet: JSON syntax, then `schema_version`, then every field and the id.
///
/// A leading byte-order mark is skipped.
pub fn from_json(text: &str) -> Result<Sheet, SheetError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| syntax_error(text, &e))?;
    check_version(&value)?;
    let sheet: Sheet = serde_json::from_str(text).map_err(|e| invalid_error(text, &e))?;
    if let Err(e) = SheetId::parse(&sheet.id) {
        return Err(SheetError::Invalid {
            message: sanitize(&format!("field \"id\" {:?}: {e}", sheet.id)),
        });
    }
    Ok(sheet)
}

fn check_version(value: &Value) -> Result<(), SheetError> {
    let Some(map) = value.as_object() else {
        return Err(SheetError::Invalid {
            message: format!(
                "a sheet is a JSON object ({{...}}), this text holds {}",
                kind_of(value)
            ),
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

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn syntax_error(text: &str, e: &serde_json::Error) -> SheetError {
    SheetError::Syntax {
        line: e.line(),
        column: char_column(text, e.line(), e.column()),
        message: bare_message(e),
    }
}

fn invalid_error(text: &str, e: &serde_json::Error) -> SheetError {
    let message = if e.line() == 0 {
        bare_message(e)
    } else {
        format!(
            "line {}, column {}: {}",
            e.line(),
            char_column(text, e.line(), e.column()),
            bare_message(e)
        )
    };
    SheetError::Invalid { message }
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
        return byte_column;
    };
    let mut end = byte_column.min(line_text.len());
    // Round up to a character boundary so a partly read character counts.
    while !line_text.is_char_boundary(end) {
        end += 1;
    }
    line_text[..end].chars().count()
}

/// Drops control characters (escape sequences, newlines, NUL) from text shown to people.
pub fn sanitize(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;

    fn sample() -> Sheet {
        let id = SheetId::parse("20261123-acme-3f9a").unwrap();
        let mut sheet = Sheet::new(id, Timestamp::from_second(1_800_000_000).unwrap());
        sheet.client = "Acme \"Studio\"\nLtd".to_owned();
        sheet
    }

    #[test]
    fn canonical_text_round_trips() {
        let sheet = sample();
        let text = to_json(&sheet);
        assert!(text.ends_with("}\n"));
        assert!(text.starts_with("{\n  \"schema_version\": 1,\n  \"id\": "));
        assert_eq!(from_json(&text).unwrap(), sheet);
        assert_eq!(to_json(&from_json(&text).unwrap()), text);
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let text = "{\n  \"schema_version\": 1,\n  \"id\": \"a\" \"b\"\n}";
        match from_json(text) {
            Err(SheetError::Syntax {
                line,
                column,
                message,
            }) => {
                assert_eq!(line, 3);
                assert_eq!(column, 13);
                assert!(!message.contains("at line"), "{message}");
                assert!(message.contains("expected"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn columns_count_characters() {
        let text = "{\"client\": \"ééé\" x}";
        match from_json(text) {
            Err(SheetError::Syntax { line, column, .. }) => {
                assert_eq!((line, column), (1, 18));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn empty_and_truncated_text() {
        assert!(matches!(
            from_json(""),
            Err(SheetError::Syntax { line: 1, .. })
        ));
        let text = to_json(&sample());
        let cut = &text[..text.len() / 2];
        let err = from_json(cut).unwrap_err();
        assert!(matches!(err, SheetError::Syntax { .. }), "{err:?}");
        assert!(err.to_string().contains("fix the file"));
    }

    #[test]
    fn messages_lose_control_characters() {
        let text = "{\"schema_version\": 1, \"id\": \"a\", \"channel\": \"\\u001b[31mred\"}";
        let err = from_json(text).unwrap_err();
        let shown = err.to_string();
        assert!(!shown.chars().any(char::is_control), "{shown:?}");
        assert!(shown.contains("[31mred"), "{shown}");
    }

    #[test]
    fn newer_version_refused_before_fields_are_read() {
        let text = r#"{"schema_version": 3, "totally": ["different"]}"#;
        let err = from_json(text).unwrap_err();
        assert_eq!(
            err,
            SheetError::NewerVersion {
                found: 3,
                supported: SHEET_SCHEMA_VERSION
            }
        );
        assert_eq!(
            err.to_string(),
            "written by a newer talkprep (schema 3, this build reads up to 1): \
             update talkprep to open it"
        );
    }

    #[test]
    fn invalid_fields_have_positions() {
        let text = "{\n  \"schema_version\": 1,\n  \"id\": 5\n}";
        match from_json(text) {
            Err(SheetError::Invalid { message }) => {
                assert!(message.starts_with("line 3, column"), "{message}");
                assert!(message.contains("expected a string"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        let missing = r#"{"schema_version": 1, "id": "a"}"#;
        let err = from_json(missing).unwrap_err();
        assert!(err.to_string().contains("missing field `created`"), "{err}");
    }

    #[test]
    fn unsafe_id_is_invalid() {
        let mut sheet = sample();
        sheet.id = "../../etc/passwd".to_owned();
        let err = from_json(&to_json(&sheet)).unwrap_err();
        assert!(err.to_string().contains("field \"id\""), "{err}");
    }

    #[test]
    fn not_an_object() {
        let err = from_json("[1, 2]").unwrap_err();
        assert!(err.to_string().contains("an array"), "{err}");
    }

    #[test]
    fn bom_is_skipped() {
        let text = format!("\u{feff}{}", to_json(&sample()));
        assert_eq!(from_json(&text).unwrap(), sample());
    }

    #[test]
    fn invalid_utf8_has_position() {
        let bytes = b"{\n  \"client\": \"ab\xff\"\n}";
        assert_eq!(
            from_json_bytes(bytes),
            Err(SheetError::Syntax {
                line: 2,
                column: 16,
                message: "invalid UTF-8: the file is not text, or not saved as UTF-8".to_owned()
            })
        );
    }
}

#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_sheet_round_trips(sheet in crate::sheet::arb::sheet()) {
            let text = to_json(&sheet);
            let back = from_json(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&back, &sheet);
            prop_assert_eq!(to_json(&back), text);
        }

        #[test]
        fn from_json_never_panics_on_strings(text in any::<String>()) {
            let _ = from_json(&text);
        }

        #[test]
        fn from_json_never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = from_json_bytes(&bytes);
        }

        #[test]
        fn damaged_sheets_give_errors_not_panics(
            sheet in crate::sheet::arb::sheet(),
            cut in any::<prop::sample::Index>(),
            junk in proptest::collection::vec(any::<u8>(), 0..8),
        ) {
            let mut bytes = to_json(&sheet).into_bytes();
            let at = cut.index(bytes.len() + 1);
            bytes.splice(at..at, junk);
            if let Err(e) = from_json_bytes(&bytes) {
                let shown = e.to_string();
                prop_assert!(!shown.chars().any(char::is_control), "{:?}", shown);
            }
        }

        #[test]
        fn deep_nesting_is_an_error(depth in 100usize..5000) {
            let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            prop_assert!(from_json(&text).is_err());
        }
    }
}
