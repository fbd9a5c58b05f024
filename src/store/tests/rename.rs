use std::fs;

use super::*;

const BLANK: &str = "20261201-sheet-3f9a";
const NAMED: &str = "20261201-marta-3f9a";

#[test]
fn a_saved_sheet_moves_to_its_new_name() {
    let (_dir, store) = store();
    let mut sheet = sheet(BLANK, 100);
    store.save(&sheet).unwrap();
    let loaded = store.load_versioned(&id(BLANK)).unwrap();
    sheet.client = "Marta".to_owned();
    let (path, version) = store
        .save_renamed(&sheet, Some(&loaded.version), &id(NAMED))
        .unwrap()
        .expect("renamed");
    assert_eq!(path, store.sheet_path(&id(NAMED)));
    assert_eq!(names(store.sheets_dir()), [format!("{NAMED}.json")]);
    let moved = store.load_versioned(&id(NAMED)).unwrap();
    assert_eq!(moved.sheet.client, "Marta");
    assert_eq!(moved.sheet.id, NAMED);
    assert!(moved.version.same_content(&version));
}

#[test]
fn a_sheet_never_saved_is_written_under_its_new_name() {
    let (_dir, store) = store();
    let sheet = sheet(BLANK, 100);
    let renamed = store.save_renamed(&sheet, None, &id(NAMED)).unwrap();
    assert!(renamed.is_some());
    assert_eq!(names(store.sheets_dir()), [format!("{NAMED}.json")]);
}

#[test]
fn an_edit_made_elsewhere_is_never_renamed_away() {
    let (_dir, store) = store();
    let mut sheet = sheet(BLANK, 100);
    store.save(&sheet).unwrap();
    let loaded = store.load_versioned(&id(BLANK)).unwrap();
    // Another window saves a change.
    let mut theirs = sheet.clone();
    theirs.topic = "theirs".to_owned();
    store.save(&theirs).unwrap();
    sheet.client = "Marta".to_owned();
    let renamed = store
        .save_renamed(&sheet, Some(&loaded.version), &id(NAMED))
        .unwrap();
    assert!(renamed.is_none());
    assert_eq!(store.load(&id(BLANK)).unwrap().topic, "theirs");
    assert_eq!(names(store.sheets_dir()), [format!("{BLANK}.json")]);
}

#[test]
fn a_taken_name_or_a_file_gone_leaves_the_sheet_where_it_is() {
    let (_dir, store) = store();
    let other = sheet(NAMED, 5);
    store.save(&other).unwrap();
    let mut mine = sheet(BLANK, 100);
    store.save(&mine).unwrap();
    let loaded = store.load_versioned(&id(BLANK)).unwrap();
    mine.client = "Marta".to_owned();
    let taken = store.save_renamed(&mine, Some(&loaded.version), &id(NAMED));
    assert!(taken.unwrap().is_none());
    assert_eq!(store.load(&id(NAMED)).unwrap(), other);
    fs::remove_file(store.sheet_path(&id(BLANK))).unwrap();
    let gone = store.save_renamed(&mine, Some(&loaded.version), &id("20261201-ana-3f9a"));
    assert!(
        gone.unwrap().is_none(),
        "deleted elsewhere: not brought back by a rename"
    );
}
