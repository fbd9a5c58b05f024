//! The reliability promises: other programs' files untouched, read-only commands never move a
//! file, optimistic concurrency with conflict copies, non-blocking locks, bounded reads.

use std::fs;
use std::time::{Duration, SystemTime};

use super::*;
use crate::sheet::to_json;
use crate::store::{SaveOutcome, StoreError};

/// Makes `path` look last changed `secs` ago.
fn age(path: &Path, secs: u64) {
    let file = fs::File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() - Duration::from_secs(secs))
        .unwrap();
}

#[test]
fn other_programs_temp_files_are_never_removed() {
    let (_dir, store) = store();
    let dir = store.sheets_dir().to_path_buf();
    let foreign = [".syncthing.20261120-acme-a1b2.json.tmp", ".my-notes.tmp"];
    for name in foreign {
        fs::write(dir.join(name), "theirs").unwrap();
    }
    let ours = dir.join(".talkprep-a-1.X1Y2Z3.tmp");
    fs::write(&ours, "{half").unwrap();
    // Reading never cleans.
    let reopened = Store::open(store.root().to_path_buf()).unwrap();
    reopened.list().unwrap();
    assert!(ours.exists(), "a read-only open removed a temp file");
    // A writer cleans its own leftovers only.
    reopened.tidy().unwrap();
    assert!(!ours.exists());
    for name in foreign {
        assert_eq!(
            fs::read_to_string(dir.join(name)).unwrap(),
            "theirs",
            "{name}"
        );
    }
}

#[test]
fn temp_files_carry_a_talkprep_name() {
    assert!(crate::store::fsio::is_temp_name(".talkprep-a-1.abc123.tmp"));
    assert!(!crate::store::fsio::is_temp_name(".abc123.tmp"));
    assert!(!crate::store::fsio::is_temp_name(".syncthing.a.json.tmp"));
}

#[test]
fn listing_never_moves_an_unreadable_file() {
    let (_dir, store) = store();
    let bad = store.sheets_dir().join("bad.json");
    fs::write(&bad, "{\"schema_version\": 1, \"id\": \"bad\",").unwrap();
    age(&bad, 3600);
    let listing = store.list().unwrap();
    assert!(bad.exists(), "list moved the file");
    assert_eq!(listing.unreadable.len(), 1);
    let shown: Vec<String> = listing.problems().iter().map(ToString::to_string).collect();
    let shown = shown.join("\n");
    assert!(shown.contains("bad.json"), "{shown}");
    assert_eq!(names(store.sheets_dir()), ["bad.json"]);
}

#[test]
fn a_file_being_written_is_not_quarantined_even_by_a_writer() {
    let (_dir, store) = store();
    let bad = store.sheets_dir().join("busy.json");
    fs::write(&bad, "{\"schema_version\": 1, \"id\": \"bu").unwrap();
    // Just written: too fresh to be judged.
    let tidied = store.tidy().unwrap();
    assert!(tidied.quarantined.is_empty());
    assert!(bad.exists());
    // Stable for an hour: set aside by a writer.
    age(&bad, 3600);
    let tidied = store.tidy().unwrap();
    assert_eq!(tidied.quarantined.len(), 1);
    assert!(!bad.exists());
    let entries = store.quarantine().unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].name, "busy.json.corrupt-20261123T103000Z");
    // Restored under its own name.
    let back = store.restore_quarantined(&entries[0].name).unwrap();
    assert_eq!(back, bad);
    assert!(store.quarantine().unwrap().is_empty());
}

#[test]
fn restoring_a_quarantined_file_never_overwrites() {
    let (_dir, store) = store();
    store.save(&sheet("a-1", 1)).unwrap();
    let aside = store.sheets_dir().join("a-1.json.corrupt-20260101T000000Z");
    fs::write(&aside, "old").unwrap();
    let err = store
        .restore_quarantined("a-1.json.corrupt-20260101T000000Z")
        .unwrap_err();
    assert!(matches!(err, StoreError::Exists { .. }), "{err:?}");
    assert!(aside.exists());
    let err = store.restore_quarantined("../../etc/passwd").unwrap_err();
    assert!(matches!(err, StoreError::NotQuarantined { .. }), "{err:?}");
}

#[test]
fn a_save_over_an_outside_change_keeps_both() {
    let dir = tempfile::tempdir().unwrap();
    let mine = Store::open(dir.path().join("data")).unwrap();
    let theirs = Store::open(dir.path().join("data")).unwrap();
    mine.save(&sheet("a-1", 1)).unwrap();
    let loaded = mine.load_versioned(&id("a-1")).unwrap();
    // Another process (or a sync tool) changes the file.
    let mut other = theirs.load(&id("a-1")).unwrap();
    other.facts.cost = "THEIRS".into();
    theirs.save(&other).unwrap();
    // Our save notices and writes a copy instead of overwriting.
    let mut edited = loaded.sheet.clone();
    edited.facts.cost = "MINE".into();
    let outcome = mine
        .save_versioned(&edited, Some(&loaded.version), false)
        .unwrap();
    let SaveOutcome::Conflict {
        path,
        copy,
        copy_id,
        ..
    } = outcome
    else {
        panic!("{outcome:?}");
    };
    assert_eq!(path, mine.sheet_path(&id("a-1")));
    assert_eq!(mine.load(&id("a-1")).unwrap().facts.cost, "THEIRS");
    let copied = mine.load(&copy_id).unwrap();
    assert_eq!(copied.facts.cost, "MINE");
    assert_eq!(copy, mine.sheet_path(&copy_id));
    assert!(copy_id.as_str().starts_with("a-1-conflict-"), "{copy_id}");
    // Both are listed.
    assert_eq!(mine.list().unwrap().sheets.len(), 2);
}

#[test]
fn an_unchanged_file_is_saved_and_the_version_moves_on() {
    let (_dir, store) = store();
    store.save(&sheet("a-1", 1)).unwrap();
    let loaded = store.load_versioned(&id("a-1")).unwrap();
    let mut s = loaded.sheet.clone();
    s.topic = "one".into();
    let SaveOutcome::Saved { version, .. } = store
        .save_versioned(&s, Some(&loaded.version), false)
        .unwrap()
    else {
        panic!()
    };
    s.topic = "two".into();
    let outcome = store.save_versioned(&s, Some(&version), false).unwrap();
    assert!(matches!(outcome, SaveOutcome::Saved { .. }), "{outcome:?}");
    assert_eq!(store.load(&id("a-1")).unwrap().topic, "two");
    assert_eq!(names(store.sheets_dir()), ["a-1.json"]);
}

#[test]
fn a_sheet_deleted_elsewhere_is_not_recreated_without_asking() {
    let (_dir, store) = store();
    store.save(&sheet("a-1", 1)).unwrap();
    let loaded = store.load_versioned(&id("a-1")).unwrap();
    store.delete(&id("a-1")).unwrap();
    let outcome = store
        .save_versioned(&loaded.sheet, Some(&loaded.version), false)
        .unwrap();
    assert!(
        matches!(outcome, SaveOutcome::DeletedElsewhere { .. }),
        "{outcome:?}"
    );
    assert!(!store.sheet_path(&id("a-1")).exists());
    let outcome = store
        .save_versioned(&loaded.sheet, Some(&loaded.version), true)
        .unwrap();
    assert!(matches!(outcome, SaveOutcome::Saved { .. }), "{outcome:?}");
    assert!(store.sheet_path(&id("a-1")).exists());
}

#[test]
fn a_new_sheet_never_replaces_one_made_meanwhile() {
    let (_dir, store) = store();
    let mut theirs = sheet("a-1", 1);
    theirs.topic = "theirs".into();
    store.save(&theirs).unwrap();
    let mut mine = sheet("a-1", 2);
    mine.topic = "mine".into();
    let outcome = store.save_versioned(&mine, None, false).unwrap();
    assert!(
        matches!(outcome, SaveOutcome::Conflict { .. }),
        "{outcome:?}"
    );
    assert_eq!(store.load(&id("a-1")).unwrap().topic, "theirs");
}

#[test]
fn sheet_locks_between_two_handles_do_not_block() {
    let dir = tempfile::tempdir().unwrap();
    let a = Store::open(dir.path().join("data")).unwrap();
    let b = Store::open(dir.path().join("data")).unwrap();
    let held = a.try_lock_sheet(&id("a-1")).unwrap();
    let err = b.try_lock_sheet(&id("a-1")).unwrap_err();
    assert!(matches!(err, StoreError::Busy { .. }), "{err:?}");
    drop(held);
    b.try_lock_sheet(&id("a-1")).unwrap();
}

#[cfg(unix)]
#[test]
fn a_dead_holder_releases_the_sheet_lock() {
    let (_dir, store) = store();
    let lock = store.root().join("locks").join("a-1.lock");
    let Ok(mut child) = std::process::Command::new("flock")
        .arg("--no-fork")
        .arg(&lock)
        .args(["sleep", "30"])
        .spawn()
    else {
        eprintln!("skipped: no flock(1)");
        return;
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while store.try_lock_sheet(&id("a-1")).is_ok() {
        assert!(
            std::time::Instant::now() < deadline,
            "flock never took the lock"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    // The operating system drops the dead holder's lock.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while store.try_lock_sheet(&id("a-1")).is_err() {
        assert!(std::time::Instant::now() < deadline);
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_held_store_lock_makes_writes_fail_in_bounded_time() {
    let (_dir, store) = store();
    let store = store.with_lock_wait(Duration::from_millis(200));
    let other = store.clone();
    let _held = other.write_lock().unwrap();
    let started = std::time::Instant::now();
    let err = store.save(&sheet("a-1", 1)).unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(3));
    assert!(matches!(err, StoreError::StoreBusy { .. }), "{err:?}");
    assert!(err.to_string().contains("try again"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_a_sheet_is_refused_not_waited_on() {
    let (_dir, store) = store();
    let fifo = store.sheets_dir().join("fifo.json");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let err = store.load(&id("fifo")).unwrap_err();
    assert!(err.to_string().contains("not a regular file"), "{err}");
    let listing = store.list().unwrap();
    assert!(listing.sheets.is_empty());
    // Saving over it does not hang either.
    store.tidy().unwrap();
    let _ = store.save(&sheet("fifo", 1));
}

#[test]
fn oversized_sheets_are_refused_with_the_limit() {
    let (_dir, store) = store();
    let path = store.sheets_dir().join("big.json");
    let file = fs::File::create(&path).unwrap();
    file.set_len(crate::store::MAX_SHEET_BYTES + 1).unwrap();
    let err = store.load(&id("big")).unwrap_err().to_string();
    assert!(err.contains("big.json"), "{err}");
    assert!(err.contains("16 MiB"), "{err}");
}

#[test]
fn unknown_review_fields_survive_a_save() {
    let (_dir, store) = store();
    let mut r = crate::flags::Review::new(
        "Acme",
        crate::i18n::Lang::En,
        Timestamp::from_second(1).unwrap(),
        jiff::civil::date(2026, 11, 2),
    );
    r.id = "r-1".into();
    let text =
        crate::flags::review_to_json(&r).replacen("{\n", "{\n  \"mood\": {\"level\": 3},\n", 1);
    fs::create_dir_all(store.reviews_dir()).unwrap();
    fs::write(store.review_path(&id("r-1")), text).unwrap();
    let mut loaded = store.load_review(&id("r-1")).unwrap();
    loaded.score = 4;
    store.save_review(&loaded).unwrap();
    let written: serde_json::Value =
        serde_json::from_slice(&fs::read(store.review_path(&id("r-1"))).unwrap()).unwrap();
    assert_eq!(written["mood"]["level"], 3, "{written:#}");
    assert_eq!(written["score"], 4);
}

#[test]
fn sheets_keep_unknown_fields_through_import_and_save() {
    let (_dir, store) = store();
    let text = to_json(&sheet("a-1", 1)).replacen(
        "\n  \"facts\": {\n",
        "\n  \"budget\": 1800,\n  \"facts\": {\n    \"attachments\": [\"x\"],\n",
        1,
    );
    store.import_text(&text).unwrap();
    let mut s = store.load(&id("a-1")).unwrap();
    s.topic = "edited".into();
    store.save(&s).unwrap();
    let written: serde_json::Value =
        serde_json::from_slice(&fs::read(store.sheet_path(&id("a-1"))).unwrap()).unwrap();
    assert_eq!(written["budget"], 1800);
    assert_eq!(written["facts"]["attachments"][0], "x");
    assert_eq!(written["topic"], "edited");
}
