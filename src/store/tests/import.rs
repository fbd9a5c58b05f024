use super::*;
use crate::sheet::{SheetError, to_json};
use crate::store::StoreError;

#[test]
fn canonical_import_is_byte_identical() {
    let (_dir, store) = store();
    let text = to_json(&sheet("a-1", 1));
    let imported = store.import_text(&text).unwrap();
    assert_eq!(imported, sheet("a-1", 1));
    assert_eq!(store.load_raw(&id("a-1")).unwrap(), text);
}

#[test]
fn other_text_is_stored_canonically() {
    let (_dir, store) = store();
    let compact = serde_json::to_string(&sheet("a-1", 1)).unwrap();
    store.import_text(&compact).unwrap();
    assert_eq!(
        store.load_raw(&id("a-1")).unwrap(),
        to_json(&sheet("a-1", 1))
    );
}

#[test]
fn import_refuses_an_existing_id() {
    let (_dir, store) = store();
    store.save(&sheet("a-1", 1)).unwrap();
    let err = store.import_text(&to_json(&sheet("a-1", 2))).unwrap_err();
    assert!(matches!(err, StoreError::Exists { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains("already exists"), "{msg}");
    assert!(msg.contains("a-1"), "{msg}");
    assert_eq!(store.load(&id("a-1")).unwrap().updated.as_second(), 1);
}

#[test]
fn import_reports_bad_text() {
    let (_dir, store) = store();
    let err = store
        .import_text("{\n  \"schema_version\": 1\n  x")
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Import {
                reason: SheetError::Syntax { line: 3, .. }
            }
        ),
        "{err:?}"
    );
    let err = store
        .import_text("{\"schema_version\": 4, \"new\": 1}")
        .unwrap_err();
    assert!(err.to_string().contains("Update talkprep"), "{err}");
    assert!(names(store.sheets_dir()).is_empty());
}
