use std::fs;

use super::*;
use crate::sheet::{SheetError, to_json};
use crate::store::{SaveOutcome, StoreError};

#[test]
fn save_then_load() {
    let (_dir, store) = store();
    let sheet = sheet("a-1", 100);
    let path = store.save(&sheet).unwrap();
    assert_eq!(path, store.sheets_dir().join("a-1.json"));
    assert_eq!(fs::read_to_string(&path).unwrap(), to_json(&sheet));
    assert_eq!(store.load(&id("a-1")).unwrap(), sheet);
    assert_eq!(names(store.sheets_dir()), ["a-1.json"]);
}

#[test]
fn save_replaces() {
    let (_dir, store) = store();
    let mut sheet = sheet("a-1", 100);
    store.save(&sheet).unwrap();
    sheet.topic = "late invoices".to_owned();
    store.save(&sheet).unwrap();
    assert_eq!(store.load(&id("a-1")).unwrap().topic, "late invoices");
    assert_eq!(names(store.sheets_dir()), ["a-1.json"]);
}

#[test]
fn open_is_idempotent_and_tidy_removes_leftover_temps() {
    let (dir, store) = store();
    store.save(&sheet("a-1", 1)).unwrap();
    let leftover = store.sheets_dir().join(".talkprep-a-1.a1b2c3.tmp");
    fs::write(&leftover, "{\"half").unwrap();
    let again = Store::open(dir.path().join("data")).unwrap();
    assert!(leftover.exists(), "opening must not remove anything");
    again.tidy().unwrap();
    assert!(!leftover.exists());
    assert_eq!(again.load(&id("a-1")).unwrap(), sheet("a-1", 1));
}

#[cfg(unix)]
#[test]
fn folders_0700_files_0600() {
    let (_dir, store) = store();
    for dir in [store.root(), store.sheets_dir(), store.trash_dir()] {
        assert_eq!(mode(dir), 0o700, "{}", dir.display());
    }
    let path = store.save(&sheet("a-1", 1)).unwrap();
    assert_eq!(mode(&path), 0o600);
    let trashed = store.delete(&id("a-1")).unwrap();
    assert_eq!(mode(&trashed), 0o600);
    let sheet = store.import_text(&to_json(&sheet("b-2", 1))).unwrap();
    assert_eq!(mode(&store.sheet_path(&id(&sheet.id))), 0o600);
}

#[cfg(unix)]
#[test]
fn open_tightens_own_folders() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, store) = store();
    fs::set_permissions(store.sheets_dir(), fs::Permissions::from_mode(0o755)).unwrap();
    let store = Store::open(dir.path().join("data")).unwrap();
    assert_eq!(mode(store.sheets_dir()), 0o700);
}

#[test]
fn load_missing_names_the_file() {
    let (_dir, store) = store();
    let err = store.load(&id("nope")).unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }));
    let msg = err.to_string();
    assert!(msg.contains("nope"), "{msg}");
    assert!(msg.contains("trash"), "{msg}");
}

#[test]
fn load_corrupt_gives_line_and_column() {
    let (_dir, store) = store();
    let path = store.sheets_dir().join("a-1.json");
    fs::write(&path, "{\n  \"schema_version\": 1,\n  oops\n}\n").unwrap();
    let err = store.load(&id("a-1")).unwrap_err();
    match &err {
        StoreError::Sheet {
            path: p,
            reason: SheetError::Syntax { line, column, .. },
        } => {
            assert_eq!(p, &path);
            assert_eq!((*line, *column), (3, 3));
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().starts_with(&path.display().to_string()));
    // Loading never moves a file.
    assert!(path.exists());
}

#[test]
fn load_refuses_a_file_holding_another_id() {
    let (_dir, store) = store();
    fs::write(
        store.sheets_dir().join("a-1.json"),
        to_json(&sheet("b-2", 1)),
    )
    .unwrap();
    let err = store.load(&id("a-1")).unwrap_err();
    assert!(matches!(err, StoreError::IdMismatch { .. }), "{err:?}");
}

#[test]
fn load_raw_is_byte_exact() {
    let (_dir, store) = store();
    let odd = format!(
        "{{ \"schema_version\":1,\"id\":\"a-1\",  \"created\":\"{t}\",\"updated\":\"{t}\" }}",
        t = "2026-01-01T00:00:00Z"
    );
    fs::write(store.sheets_dir().join("a-1.json"), &odd).unwrap();
    assert_eq!(store.load_raw(&id("a-1")).unwrap(), odd);
}

fn newer_text(id: &str) -> String {
    format!("{{\"schema_version\": 3, \"id\": \"{id}\", \"shape\": \"changed\"}}\n")
}

#[test]
fn save_refuses_to_overwrite_newer() {
    let (_dir, store) = store();
    let path = store.sheets_dir().join("a-1.json");
    fs::write(&path, newer_text("a-1")).unwrap();
    let err = store.save(&sheet("a-1", 1)).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::WouldOverwriteNewer {
                found: 3,
                supported: 2,
                ..
            }
        ),
        "{err:?}"
    );
    let msg = err.to_string();
    assert!(msg.contains(&path.display().to_string()), "{msg}");
    assert!(msg.contains("Update talkprep"), "{msg}");
    assert_eq!(fs::read_to_string(&path).unwrap(), newer_text("a-1"));
    let err = store.load(&id("a-1")).unwrap_err();
    assert!(err.to_string().contains("schema 3; this one reads up to 2"));
}

#[test]
fn save_sets_an_unreadable_file_aside_once_it_has_settled() {
    let (_dir, store) = store();
    let path = store.sheets_dir().join("a-1.json");
    fs::write(&path, "{ broken").unwrap();
    // Changed moments ago: someone may be writing it.
    let err = store.save(&sheet("a-1", 1)).unwrap_err();
    assert!(matches!(err, StoreError::BeingWritten { .. }), "{err:?}");
    assert_eq!(fs::read_to_string(&path).unwrap(), "{ broken");
    let store = store.with_settle_time(std::time::Duration::ZERO);
    store.save(&sheet("a-1", 1)).unwrap();
    assert_eq!(
        names(store.sheets_dir()),
        ["a-1.json", "a-1.json.corrupt-20261123T103000Z"]
    );
    let aside = store.sheets_dir().join("a-1.json.corrupt-20261123T103000Z");
    assert_eq!(fs::read_to_string(aside).unwrap(), "{ broken");
    assert_eq!(store.load(&id("a-1")).unwrap(), sheet("a-1", 1));
}

#[test]
fn save_refuses_unsafe_ids() {
    let (_dir, store) = store();
    let mut bad = sheet("a-1", 1);
    bad.id = "../escape".to_owned();
    let err = store.save(&bad).unwrap_err();
    assert!(matches!(err, StoreError::BadId { .. }), "{err:?}");
    assert!(names(store.sheets_dir()).is_empty());
    assert!(!store.root().join("escape.json").exists());
}

#[test]
fn rescued_typing_comes_back_never_over_another_version() {
    let (_dir, store) = store();
    let dir = store.recovered_dir();
    fs::create_dir_all(&dir).unwrap();
    // One rescued sheet whose saved version differs, one never saved at all.
    store.save(&sheet("a-1", 1)).unwrap();
    fs::write(
        dir.join("a-1-20261201T100000Z.json"),
        to_json(&sheet("a-1", 2)),
    )
    .unwrap();
    fs::write(
        dir.join("b-2-20261201T100000Z.json"),
        to_json(&sheet("b-2", 3)),
    )
    .unwrap();
    let found = store.rescued().unwrap();
    assert_eq!(found.len(), 2);
    let outcomes: Vec<_> = found.iter().map(|r| store.bring_back(r).unwrap()).collect();
    assert!(
        matches!(outcomes[0], SaveOutcome::Conflict { .. }),
        "{outcomes:?}"
    );
    assert!(
        matches!(outcomes[1], SaveOutcome::Saved { .. }),
        "{outcomes:?}"
    );
    // The saved version is untouched, the rescued one sits beside it, the files are gone.
    assert_eq!(store.load(&id("a-1")).unwrap().updated.as_second(), 1);
    assert_eq!(store.load(&id("b-2")).unwrap().updated.as_second(), 3);
    assert_eq!(store.list().unwrap().sheets.len(), 3);
    assert!(store.rescued().unwrap().is_empty());
}
