//! The index beside the sheets: it agrees with the sheets, reads only what changed, and is
//! rebuilt whenever it cannot be trusted.

use std::fs;
use std::time::{Duration, SystemTime};

use proptest::prelude::*;

use super::*;
use crate::sheet::{Summary, arb};

/// Makes `path` look last changed a minute ago, out of the index's racy window.
fn settle(path: &Path) {
    let file = fs::File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() - Duration::from_secs(60))
        .unwrap();
}

fn settle_all(store: &Store) {
    for entry in fs::read_dir(store.sheets_dir()).unwrap() {
        settle(&entry.unwrap().path());
    }
}

/// What listing every sheet says, as summaries.
fn from_sheets(store: &Store) -> Vec<Summary> {
    store
        .list()
        .unwrap()
        .sheets
        .iter()
        .map(Summary::of)
        .collect()
}

#[test]
fn the_index_agrees_with_the_sheets_and_reads_only_what_changed() {
    let (_dir, store) = store();
    for (i, name) in ["a-1", "b-2", "c-3"].iter().enumerate() {
        store.save(&sheet(name, 10 + i as i64)).unwrap();
    }
    settle_all(&store);
    let first = store.summaries().unwrap();
    assert_eq!(first.read, 3, "no index yet: every sheet is read");
    assert_eq!(first.summaries, from_sheets(&store));
    assert!(store.index_path().is_file());

    let again = store.summaries().unwrap();
    assert_eq!(again.read, 0, "nothing changed: nothing read");
    assert_eq!(again.summaries, first.summaries);

    // An edit elsewhere (an editor, a sync tool) is seen at once.
    let mut edited = sheet("b-2", 50);
    edited.client = "Zoë Kowalczyk".into();
    store.save(&edited).unwrap();
    let after_edit = store.summaries().unwrap();
    assert_eq!(after_edit.read, 1);
    assert_eq!(after_edit.summaries, from_sheets(&store));
    assert_eq!(after_edit.summaries[0].client, "Zoë Kowalczyk");

    // A sheet deleted elsewhere leaves the list.
    fs::remove_file(store.sheet_path(&id("a-1"))).unwrap();
    let after_delete = store.summaries().unwrap();
    assert_eq!(after_delete.summaries, from_sheets(&store));
    assert_eq!(after_delete.summaries.len(), 2);
}

#[test]
fn a_file_changed_within_the_racy_window_is_read_again() {
    let (_dir, store) = store();
    store.save(&sheet("a-1", 1)).unwrap();
    // Written just now: the index cannot tell a same-size rewrite in the same clock tick.
    store.summaries().unwrap();
    assert_eq!(store.summaries().unwrap().read, 1);
    settle_all(&store);
    store.summaries().unwrap();
    assert_eq!(store.summaries().unwrap().read, 0);
}

#[test]
fn a_broken_or_foreign_index_is_rebuilt() {
    let (_dir, store) = store();
    store.save(&sheet("a-1", 1)).unwrap();
    store.save(&sheet("b-2", 2)).unwrap();
    settle_all(&store);
    let expected = from_sheets(&store);
    for broken in [
        "".to_owned(),
        "{ not json".to_owned(),
        "talkprep sheets index 99\n".to_owned(),
        "talkprep sheets index 1\n\u{1}\u{2}".to_owned(),
        "\u{0}".repeat(100),
    ] {
        fs::write(store.index_path(), &broken).unwrap();
        let listing = store.summaries().unwrap();
        assert_eq!(listing.summaries, expected, "index {broken:?}");
        assert_eq!(listing.read, 2);
        assert_eq!(
            store.summaries().unwrap().read,
            0,
            "rewritten after {broken:?}"
        );
    }
    // Deleting it is always safe.
    fs::remove_file(store.index_path()).unwrap();
    assert_eq!(store.summaries().unwrap().summaries, expected);
}

#[test]
fn an_index_entry_with_the_wrong_size_is_not_trusted() {
    let (_dir, store) = store();
    store.save(&sheet("a-1", 1)).unwrap();
    settle_all(&store);
    store.summaries().unwrap();
    // Another program rewrites the sheet and puts the old time back, as some sync tools do.
    let path = store.sheet_path(&id("a-1"));
    let old_time = fs::metadata(&path).unwrap().modified().unwrap();
    let mut edited = sheet("a-1", 1);
    edited.client = "Renée Dąbrowska-Kuhn".into();
    fs::write(&path, crate::sheet::to_json(&edited)).unwrap();
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(old_time)
        .unwrap();
    let listing = store.summaries().unwrap();
    assert_eq!(listing.summaries[0].client, "Renée Dąbrowska-Kuhn");
}

#[test]
fn unreadable_files_are_reported_not_indexed_and_never_moved() {
    let (_dir, store) = store();
    store.save(&sheet("a-1", 1)).unwrap();
    fs::write(store.sheets_dir().join("bad-1.json"), "{ oops").unwrap();
    settle_all(&store);
    let before = names(store.sheets_dir());
    for _ in 0..2 {
        let listing = store.summaries().unwrap();
        assert_eq!(listing.summaries.len(), 1);
        assert_eq!(listing.unreadable.len(), 1, "reported every time");
    }
    assert_eq!(names(store.sheets_dir()), before);
}

#[cfg(unix)]
#[test]
fn a_read_only_data_folder_is_listed_without_an_index() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, store) = store();
    store.save(&sheet("a-1", 1)).unwrap();
    let root = store.root().to_path_buf();
    fs::set_permissions(&root, fs::Permissions::from_mode(0o500)).unwrap();
    // Root ignores permissions: there the folder stays writable and this proves nothing.
    let writable = fs::write(root.join("probe"), "x").is_ok();
    let listing = store.summaries();
    fs::set_permissions(&root, fs::Permissions::from_mode(0o700)).unwrap();
    let listing = listing.unwrap();
    assert_eq!(listing.summaries.len(), 1);
    if !writable {
        assert!(!store.index_path().exists());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Whatever sheets are saved, changed or removed in whatever order, the index lists exactly
    /// what the sheets say.
    #[test]
    fn the_index_always_lists_what_the_sheets_say(
        sheets in proptest::collection::vec(arb::sheet(), 1..6),
        steps in proptest::collection::vec((0usize..6, 0u8..3), 1..12),
    ) {
        let (_dir, store) = store();
        for (pick, what) in steps {
            let sheet = &sheets[pick % sheets.len()];
            match what {
                0 => { store.save(sheet).unwrap(); }
                1 => {
                    let mut changed = sheet.clone();
                    changed.client.push('x');
                    store.save(&changed).unwrap();
                }
                _ => { let _ = fs::remove_file(store.sheet_path(&id(&sheet.id))); }
            }
            if pick % 2 == 0 {
                settle_all(&store);
            }
            prop_assert_eq!(store.summaries().unwrap().summaries, from_sheets(&store));
        }
    }
}
