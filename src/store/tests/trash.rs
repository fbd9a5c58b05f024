use std::fs;

use super::*;
use crate::store::StoreError;

#[test]
fn delete_then_restore() {
    let (_dir, store) = store();
    let sheet = sheet("a-1", 1);
    store.save(&sheet).unwrap();
    let trashed = store.delete(&id("a-1")).unwrap();
    assert_eq!(trashed, store.trash_dir().join("a-1.json"));
    assert!(store.list().unwrap().sheets.is_empty());
    let trash = store.list_trash().unwrap();
    assert_eq!(trash.len(), 1);
    assert_eq!(trash[0].id, id("a-1"));
    assert_eq!(trash[0].sheet.as_ref().unwrap(), &sheet);
    let back = store.restore(&id("a-1")).unwrap();
    assert_eq!(back, store.sheet_path(&id("a-1")));
    assert_eq!(store.load(&id("a-1")).unwrap(), sheet);
    assert!(store.list_trash().unwrap().is_empty());
}

#[test]
fn deleting_the_same_id_twice_keeps_both() {
    let (_dir, store) = store();
    store.save(&sheet("a-1", 1)).unwrap();
    store.delete(&id("a-1")).unwrap();
    store.save(&sheet("a-1", 2)).unwrap();
    store.delete(&id("a-1")).unwrap();
    assert_eq!(
        names(store.trash_dir()),
        ["a-1.json", "a-1.json.20261123T103000Z"]
    );
    let trash = store.list_trash().unwrap();
    assert_eq!(trash.len(), 1);
    let newest = trash[0].sheet.as_ref().unwrap();
    assert_eq!(newest.updated.as_second(), 2);
    let older = fs::read_to_string(store.trash_dir().join("a-1.json.20261123T103000Z")).unwrap();
    assert!(older.contains("1970-01-01T00:00:01Z"), "{older}");
    // A third time in the same second: a counter, not an overwrite.
    store.save(&sheet("a-1", 3)).unwrap();
    store.delete(&id("a-1")).unwrap();
    assert_eq!(
        names(store.trash_dir()),
        [
            "a-1.json",
            "a-1.json.20261123T103000Z",
            "a-1.json.20261123T103000Z-2"
        ]
    );
}

#[test]
fn restore_refuses_over_a_live_sheet() {
    let (_dir, store) = store();
    store.save(&sheet("a-1", 1)).unwrap();
    store.delete(&id("a-1")).unwrap();
    store.save(&sheet("a-1", 2)).unwrap();
    let err = store.restore(&id("a-1")).unwrap_err();
    assert!(matches!(err, StoreError::Exists { .. }), "{err:?}");
    assert!(err.to_string().contains("already exists"), "{err}");
    assert_eq!(store.load(&id("a-1")).unwrap().updated.as_second(), 2);
    assert_eq!(store.list_trash().unwrap().len(), 1);
}

#[test]
fn missing_ids() {
    let (_dir, store) = store();
    let err = store.delete(&id("ghost")).unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err:?}");
    let err = store.restore(&id("ghost")).unwrap_err();
    assert!(matches!(err, StoreError::NotInTrash { .. }), "{err:?}");
    assert!(err.to_string().contains("ghost"), "{err}");
}

#[test]
fn trash_lists_unreadable_last() {
    let (_dir, store) = store();
    for (i, s) in [("a", 1), ("b", 2)] {
        store.save(&sheet(i, s)).unwrap();
        store.delete(&id(i)).unwrap();
    }
    fs::write(store.trash_dir().join("0bad.json"), "nope").unwrap();
    let trash = store.list_trash().unwrap();
    let ids: Vec<_> = trash.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["b", "a", "0bad"]);
    assert!(trash[2].sheet.is_err());
    // Listing the trash moves nothing.
    assert!(store.trash_dir().join("0bad.json").exists());
}

#[test]
fn emptying_the_trash_removes_sheets_and_their_older_copies_only() {
    let (_dir, store) = store();
    for n in 1..=2 {
        store.save(&sheet("a-1", n)).unwrap();
        store.delete(&id("a-1")).unwrap();
    }
    store.save(&sheet("b-2", 1)).unwrap();
    store.delete(&id("b-2")).unwrap();
    // Not ours: a sync tool's file and a note the user left.
    fs::write(store.trash_dir().join(".syncthing.a-1.json.tmp"), "x").unwrap();
    fs::write(store.trash_dir().join("README.txt"), "x").unwrap();

    // Everything was changed just now: nothing is older than a day.
    let kept = store
        .empty_trash(Some(std::time::Duration::from_secs(86_400)))
        .unwrap();
    assert!(kept.is_empty(), "{kept:?}");

    let removed = store.empty_trash(None).unwrap();
    assert_eq!(removed.len(), 3, "{removed:?}");
    assert!(store.list_trash().unwrap().is_empty());
    assert_eq!(
        names(store.trash_dir()),
        [".syncthing.a-1.json.tmp", "README.txt"]
    );
    assert!(store.empty_trash(None).unwrap().is_empty());
}
