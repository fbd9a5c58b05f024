//! Tests of the JSON codec: positioned errors, version pre-check, round trips.

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
    assert!(text.starts_with("{\n  \"schema_version\": 2,\n  \"id\": "));
    assert_eq!(from_json(&text).unwrap(), sheet);
    assert_eq!(to_json(&from_json(&text).unwrap()), text);
}

#[test]
fn syntax_error_has_line_and_column() {
    let text = "{\n  \"schema_version\": 1,\n  \"id\": \"a\" \"b\"\n}";
    match from_json(text) {
        Err(err @ SheetError::Syntax { line, column, .. }) => {
            assert_eq!(line, 3);
            assert_eq!(column, 13);
            let SheetError::Syntax { detail, .. } = &err else {
                unreachable!()
            };
            assert_eq!(detail.key, "error.json.syntax");
            let said = err.to_string();
            assert!(said.contains("line 3, column 13"), "{said}");
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
    for empty in ["", " \n\t"] {
        assert_eq!(
            from_json(empty),
            Err(SheetError::Syntax {
                line: 1,
                column: 1,
                detail: crate::i18n::Message::new("error.file.empty")
            })
        );
    }
    // The text ends right after a newline: still column 1, not 0.
    match from_json("{\n") {
        Err(SheetError::Syntax { line, column, .. }) => assert_eq!((line, column), (2, 1)),
        other => panic!("{other:?}"),
    }
    let text = to_json(&sample());
    let cut = &text[..text.len() / 2];
    let err = from_json(cut).unwrap_err();
    assert!(matches!(err, SheetError::Syntax { .. }), "{err:?}");
    assert!(err.to_string().contains("Fix the file"), "{err}");
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
        "written by a newer talkprep (schema 3; this one reads up to 2). \
         Update talkprep to open it."
    );
}

#[test]
fn invalid_fields_have_positions() {
    let text = "{\n  \"schema_version\": 1,\n  \"id\": 5\n}";
    match from_json(text) {
        Err(SheetError::Invalid { at, detail }) => {
            assert_eq!(at.map(|(line, _)| line), Some(3));
            assert_eq!(detail.key, "error.json.wrong_kind");
        }
        other => panic!("{other:?}"),
    }
    let missing = r#"{"schema_version": 1, "id": "a"}"#;
    let err = from_json(missing).unwrap_err();
    assert!(
        err.to_string().contains("the field created is missing"),
        "{err}"
    );
}

#[test]
fn unsafe_id_is_invalid() {
    let mut sheet = sample();
    sheet.id = "../../etc/passwd".to_owned();
    let err = from_json(&to_json(&sheet)).unwrap_err();
    assert!(err.to_string().contains("../../etc/passwd"), "{err}");
}

#[test]
fn not_an_object() {
    let err = from_json("[1, 2]").unwrap_err();
    assert!(err.to_string().contains("a list"), "{err}");
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
            detail: crate::i18n::Message::new("error.file.not_utf8")
        })
    );
}

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

#[test]
fn unknown_fields_are_kept_and_written_back() {
    let mut text = to_json(&sample());
    text = text.replacen(
        "\n  \"facts\": {\n",
        "\n  \"budget\": {\"amount\": 1800, \"currency\": \"EUR\"},\n  \"facts\": {\n    \"attachments\": [\"mail.eml\"],\n",
        1,
    );
    text = text.replacen(
        "\n  \"stakes\": {\n",
        "\n  \"stakes\": {\n    \"mood\": \"calm\",\n",
        1,
    );
    let sheet = from_json(&text).unwrap();
    let written: serde_json::Value = serde_json::from_str(&to_json(&sheet)).unwrap();
    assert_eq!(written["budget"]["amount"], 1800, "{written:#}");
    assert_eq!(written["budget"]["currency"], "EUR");
    assert_eq!(written["facts"]["attachments"][0], "mail.eml");
    assert_eq!(written["stakes"]["mood"], "calm");
    // Known fields still read, and a second round trip changes nothing.
    assert_eq!(sheet.client, sample().client);
    let again = to_json(&from_json(&to_json(&sheet)).unwrap());
    assert_eq!(again, to_json(&sheet));
    // An edit keeps them too.
    let mut edited = sheet.clone();
    edited.facts.cost = "more".into();
    let written: serde_json::Value = serde_json::from_str(&to_json(&edited)).unwrap();
    assert_eq!(written["facts"]["attachments"][0], "mail.eml");
    assert_eq!(written["facts"]["cost"], "more");
}

/// A sheet written by the first version (schema 1, no message) loads, and is written back
/// as schema 2 with every other byte as it was.
#[test]
fn schema_1_fixture_is_migrated_and_otherwise_unchanged() {
    let text = include_str!("../../tests/data/sheet.json");
    assert!(text.contains("\"schema_version\": 1,"));
    let sheet = from_json(text).unwrap();
    assert_eq!(sheet.schema_version, 2);
    assert!(sheet.message.is_none());
    assert_eq!(
        to_json(&sheet),
        text.replacen("\"schema_version\": 1,", "\"schema_version\": 2,", 1)
    );
}

#[test]
fn a_saved_message_round_trips_with_fields_it_does_not_know() {
    let mut sheet = sample();
    sheet.message = Some(crate::sheet::MessageDraft {
        next_by: "11/12".into(),
        subject: "About invoice 2026-031".into(),
        body: "Hi Marta,\n\nThanks.".into(),
        spoken: false,
        edited: true,
        unknown: Default::default(),
    });
    let text = to_json(&sheet).replace(
        "\"edited\": true",
        "\"edited\": true,\n    \"tone_cache\": [1, 2]",
    );
    let read = from_json(&text).unwrap();
    assert_eq!(read.message.as_ref().unwrap().body, "Hi Marta,\n\nThanks.");
    let written: serde_json::Value = serde_json::from_str(&to_json(&read)).unwrap();
    assert_eq!(written["message"]["tone_cache"][1], 2);
}

#[test]
fn heat_out_of_range_is_refused_with_field_and_range() {
    let text = to_json(&sample()).replace("\"heat\": null", "\"heat\": 255");
    let err = from_json(&text).unwrap_err().to_string();
    assert!(err.contains("stakes.heat"), "{err}");
    assert!(err.contains("0 to 10"), "{err}");
}

/// Found by `cargo fuzz run sheet_loader`: a number too large for an integer in an unknown
/// field drifted by one unit in the last place on every load and save, because serde_json
/// parsed it approximately. Parsed exactly (`float_roundtrip`), it is written back and read
/// again as the same value.
#[test]
fn fuzz_big_numbers_in_unknown_fields_do_not_drift() {
    let text = r#"{"schema_version":0,"id":"a-1","created":"2026-11-20T09:15:00Z","updated":"2026-11-20T09:15:15Z","budget":{"x":[122222222222222222202222,22222222222222,2]},"facts":{"attachments":["a"]}}"#;
    let sheet = from_json(text).unwrap();
    let written = to_json(&sheet);
    let again = from_json(&written).unwrap();
    assert_eq!(again, sheet);
    assert_eq!(to_json(&again), written);
}
