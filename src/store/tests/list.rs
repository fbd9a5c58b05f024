use std::fs;

use super::*;
use crate::sheet::{SheetError, to_json};
use crate::store::StoreError;

#[test]
fn newest_updated_first_ties_by_id() {
    let (_dir, store) = store();
    for (i, s) in [("b", 5), ("a", 5), ("old", 1), ("new", 9)] {
        store.save(&sheet(i, s)).unwrap();
    }
    let listing = store.list().unwrap();
    let ids: Vec<_> = listing.sheets.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["new", "a", "b", "old"]);
    assert!(listing.unreadable.is_empty() && listing.refused.is_empty());
}

#[test]
fn empty_store_lists_nothing() {
    let (_dir, store) = store();
    let listing = store.list().unwrap();
    assert!(listing.sheets.is_empty());
}

#[test]
fn corrupt_files_are_reported_then_moved_aside_by_a_writer_never_deleted() {
    let (_dir, store) = store();
    let store = store.with_settle_time(std::time::Duration::ZERO);
    store.save(&sheet("good", 1)).unwrap();
    let bad = store.sheets_dir().join("bad.json");
    fs::write(&bad, "{\n  \"schema_version\": 1,\n  \"id\": \"bad\",,\n}").unwrap();
    let listing = store.list().unwrap();
    assert_eq!(listing.sheets.len(), 1);
    assert_eq!(listing.unreadable.len(), 1);
    let u = &listing.unreadable[0];
    assert_eq!(u.path, bad);
    assert!(
        matches!(u.error, SheetError::Syntax { line: 3, .. }),
        "{:?}",
        u.error
    );
    let shown = u.to_string();
    assert!(shown.contains("line 3, column"), "{shown}");
    assert!(shown.contains("left where it is"), "{shown}");
    assert!(bad.exists());

    let tidied = store.tidy().unwrap();
    let q = &tidied.quarantined[0];
    assert_eq!(q.path, bad);
    assert_eq!(
        q.moved_to,
        store.sheets_dir().join("bad.json.corrupt-20261123T103000Z")
    );
    assert!(q.to_string().contains("moved aside to"), "{q}");
    assert!(fs::read_to_string(&q.moved_to).unwrap().contains(",,"));

    // The same name going bad again in the same second gets a counter, not an overwrite.
    fs::write(&bad, "not json").unwrap();
    let tidied = store.tidy().unwrap();
    assert_eq!(
        tidied.quarantined[0].moved_to,
        store
            .sheets_dir()
            .join("bad.json.corrupt-20261123T103000Z-2")
    );
    assert_eq!(
        names(store.sheets_dir()),
        [
            "bad.json.corrupt-20261123T103000Z",
            "bad.json.corrupt-20261123T103000Z-2",
            "good.json"
        ]
    );
    // Set-aside files are ignored from now on.
    let listing = store.list().unwrap();
    assert_eq!(listing.sheets.len(), 1);
    assert!(listing.unreadable.is_empty() && listing.refused.is_empty());
}

#[test]
fn invalid_fields_are_unreadable_too() {
    let (_dir, store) = store();
    fs::write(
        store.sheets_dir().join("x.json"),
        "{\"schema_version\": 1, \"id\": 7}",
    )
    .unwrap();
    let listing = store.list().unwrap();
    assert!(matches!(
        listing.unreadable[0].error,
        SheetError::Invalid { .. }
    ));
}

#[test]
fn newer_sheets_are_refused_and_left_in_place() {
    let (_dir, store) = store();
    let path = store.sheets_dir().join("future.json");
    fs::write(&path, "{\"schema_version\": 9, \"renamed\": true}").unwrap();
    let listing = store.list().unwrap();
    assert!(listing.sheets.is_empty() && listing.unreadable.is_empty());
    assert_eq!(listing.refused.len(), 1);
    assert_eq!(listing.refused[0].path, path);
    let msg = listing.refused[0].to_string();
    assert!(
        msg.contains("newer talkprep (schema 9; this one reads up to 2)"),
        "{msg}"
    );
    assert!(msg.contains("Update talkprep"), "{msg}");
    assert!(path.exists());
}

#[test]
fn ignores_temp_hidden_other_and_folders() {
    let (_dir, store) = store();
    store.save(&sheet("a", 1)).unwrap();
    let dir = store.sheets_dir();
    fs::write(dir.join(".x1y2z3.tmp"), "{half").unwrap();
    fs::write(dir.join(".hidden.json"), "junk").unwrap();
    fs::write(dir.join("notes.txt"), "junk").unwrap();
    fs::write(dir.join("a.json.corrupt-20260101T000000Z"), "junk").unwrap();
    fs::create_dir(dir.join("sub.json")).unwrap();
    let listing = store.list().unwrap();
    assert_eq!(listing.sheets.len(), 1);
    assert!(listing.unreadable.is_empty() && listing.refused.is_empty());
}

#[test]
fn bad_names_and_mismatched_ids_are_refused() {
    let (_dir, store) = store();
    let dir = store.sheets_dir();
    fs::write(dir.join("My Sheet.json"), to_json(&sheet("a", 1))).unwrap();
    fs::write(dir.join("b.json"), to_json(&sheet("c", 1))).unwrap();
    let listing = store.list().unwrap();
    assert!(listing.sheets.is_empty() && listing.unreadable.is_empty());
    let errors: Vec<_> = listing.refused.iter().map(|r| &r.error).collect();
    // Sorted by file name: uppercase first.
    assert!(
        matches!(errors[0], StoreError::BadFileName { .. }),
        "{errors:?}"
    );
    assert!(
        matches!(errors[1], StoreError::IdMismatch { .. }),
        "{errors:?}"
    );
    assert!(listing.refused[0].to_string().contains("rename the file"));
    assert_eq!(names(dir), ["My Sheet.json", "b.json"]);
}

#[test]
fn control_characters_in_names_are_not_shown() {
    let (_dir, store) = store();
    fs::write(store.sheets_dir().join("\u{1b}[31mX.json"), "{}").unwrap();
    let listing = store.list().unwrap();
    let msg = listing.refused[0].to_string();
    assert!(!msg.chars().any(char::is_control), "{msg:?}");
}
