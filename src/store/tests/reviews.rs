//! Reviews: save and list round trip, per-client lookup, known names, quarantine.

use crate::i18n::Lang;
use std::fs;

use jiff::Timestamp;
use jiff::civil::date;

use super::*;
use crate::flags::{Review, review_to_json};
use crate::store::SaveOutcome;

fn review(id: &str, client: &str, secs: i64, score: u32) -> Review {
    let mut r = Review::new(
        client,
        Lang::En,
        Timestamp::from_second(secs).unwrap(),
        date(2026, 11, 2),
    );
    r.id = id.into();
    r.score = score;
    r.band = "pink".into();
    r.ticked = vec!["pays-late".into()];
    r.notes
        .insert("pays-late".into(), "Zoë said \"later\"\n😀".into());
    r
}

#[test]
fn reviews_round_trip_oldest_first_with_private_files() {
    let (_dir, store) = store();
    assert!(
        store.list_reviews().unwrap().reviews.is_empty(),
        "no folder yet"
    );
    let b = review("r-b", "Acme", 20, 6);
    let a = review("r-a", "Acme", 10, 9);
    let path = store.save_review(&b).unwrap();
    store.save_review(&a).unwrap();
    let listing = store.list_reviews().unwrap();
    assert_eq!(listing.reviews, vec![a.clone(), b.clone()]);
    assert!(listing.unreadable.is_empty() && listing.refused.is_empty());
    assert_eq!(store.load_review(&id("r-a")).unwrap(), a);
    assert_eq!(path, store.reviews_dir().join("r-b.json"));
    #[cfg(unix)]
    {
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&store.reviews_dir()), 0o700);
    }
    // Saving again replaces in place.
    let mut b2 = b.clone();
    b2.score = 1;
    store.save_review(&b2).unwrap();
    assert_eq!(store.list_reviews().unwrap().reviews, vec![a, b2]);
    assert_eq!(names(&store.reviews_dir()), ["r-a.json", "r-b.json"]);
}

#[test]
fn a_review_without_a_valid_id_is_refused() {
    let (_dir, store) = store();
    let r = review("", "Acme", 1, 0);
    assert!(store.save_review(&r).is_err());
    let r = review("../x", "Acme", 1, 0);
    assert!(store.save_review(&r).is_err());
    assert!(store.load_review(&id("nope")).is_err());
}

#[test]
fn reviews_for_a_client_ignore_case_and_accents() {
    let (_dir, store) = store();
    store.save_review(&review("r-1", "Zoë Café", 1, 3)).unwrap();
    store.save_review(&review("r-2", "acme", 2, 3)).unwrap();
    store
        .save_review(&review("r-3", "ZOE CAFE ", 3, 3))
        .unwrap();
    let found = store.reviews_for(" zoe café").unwrap().reviews;
    let ids: Vec<&str> = found.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["r-1", "r-3"]);
    assert!(store.reviews_for("globex").unwrap().reviews.is_empty());
}

#[test]
fn known_clients_come_from_sheets_and_reviews_once_each() {
    let (_dir, store) = store();
    let mut s = sheet("s-1", 100);
    s.client = "globex".into();
    store.save(&s).unwrap();
    let mut blank = sheet("s-2", 50);
    blank.client = "  ".into();
    store.save(&blank).unwrap();
    store.save_review(&review("r-1", "Globex", 200, 3)).unwrap();
    store.save_review(&review("r-2", "Zoë", 10, 3)).unwrap();
    store.save_review(&review("r-3", "acme", 10, 3)).unwrap();
    assert_eq!(store.known_clients().unwrap(), ["acme", "Globex", "Zoë"]);
}

#[test]
fn corrupt_reviews_are_set_aside_and_newer_ones_left_alone() {
    let (_dir, store) = store();
    let store = store.with_settle_time(std::time::Duration::ZERO);
    store.save_review(&review("r-ok", "Acme", 1, 3)).unwrap();
    let dir = store.reviews_dir();
    fs::write(dir.join("r-bad.json"), "{ not json").unwrap();
    let mut newer = review_to_json(&review("r-new", "Acme", 2, 3));
    newer = newer.replace("\"schema_version\": 1", "\"schema_version\": 9");
    fs::write(dir.join("r-new.json"), &newer).unwrap();
    fs::write(dir.join("Bad Name.json"), "{}").unwrap();
    let listing = store.list_reviews().unwrap();
    assert_eq!(listing.reviews.len(), 1);
    assert_eq!(listing.unreadable.len(), 1);
    assert_eq!(listing.refused.len(), 2);
    assert_eq!(listing.problems().len(), 3);
    // Listing moved nothing; a writer sets it aside.
    assert!(dir.join("r-bad.json").exists());
    assert_eq!(store.tidy().unwrap().quarantined.len(), 1);
    let aside = format!("r-bad.json.corrupt-{}", "20261123T103000Z");
    assert!(names(&dir).contains(&aside), "{:?}", names(&dir));
    assert_eq!(fs::read_to_string(dir.join(&aside)).unwrap(), "{ not json");
    // Never saved over a newer file.
    let err = store
        .save_review(&review("r-new", "Acme", 3, 3))
        .unwrap_err();
    assert!(err.to_string().contains("newer talkprep"), "{err}");
    assert_eq!(fs::read_to_string(dir.join("r-new.json")).unwrap(), newer);
    // A corrupt file in the way of a save is set aside, not lost.
    fs::write(dir.join("r-in-way.json"), "garbage").unwrap();
    store
        .save_review(&review("r-in-way", "Acme", 4, 3))
        .unwrap();
    assert!(
        names(&dir)
            .iter()
            .any(|n| n.starts_with("r-in-way.json.corrupt-"))
    );
}

#[test]
fn a_review_changed_elsewhere_is_kept_and_the_save_becomes_a_copy() {
    let (_dir, store) = store();
    let mut mine = review("r-1", "Acme", 1, 3);
    let SaveOutcome::Saved { version, .. } =
        store.save_review_versioned(&mine, None, false).unwrap()
    else {
        panic!("a new review is saved");
    };
    // A sync tool brings another device's edit of the same review.
    let mut theirs = mine.clone();
    theirs
        .notes
        .insert("pays-late".into(), "from the laptop".into());
    fs::write(store.review_path(&id("r-1")), review_to_json(&theirs)).unwrap();

    mine.score = 9;
    let outcome = store
        .save_review_versioned(&mine, Some(&version), false)
        .unwrap();
    let SaveOutcome::Conflict { copy_id, .. } = outcome else {
        panic!("expected a conflict copy, got {outcome:?}");
    };
    assert!(copy_id.as_str().starts_with("r-1-conflict-"), "{copy_id}");
    assert_eq!(
        store.load_review(&id("r-1")).unwrap(),
        theirs,
        "theirs untouched"
    );
    let copy = store.load_review(&copy_id).unwrap();
    assert_eq!(copy.score, 9);
    assert_eq!(copy.id, copy_id.as_str());
    assert_eq!(
        store.list_reviews().unwrap().reviews.len(),
        2,
        "both listed"
    );
}

#[test]
fn a_review_saved_twice_here_moves_its_version_on() {
    let (_dir, store) = store();
    let mut r = review("r-1", "Acme", 1, 3);
    let SaveOutcome::Saved { version, .. } = store.save_review_versioned(&r, None, false).unwrap()
    else {
        panic!("saved");
    };
    r.score = 5;
    let outcome = store
        .save_review_versioned(&r, Some(&version), false)
        .unwrap();
    assert!(matches!(outcome, SaveOutcome::Saved { .. }), "{outcome:?}");
    assert_eq!(store.load_review(&id("r-1")).unwrap().score, 5);
}

#[test]
fn a_review_deleted_elsewhere_is_written_again_only_when_asked() {
    let (_dir, store) = store();
    let r = review("r-1", "Acme", 1, 3);
    let SaveOutcome::Saved { version, .. } = store.save_review_versioned(&r, None, false).unwrap()
    else {
        panic!("saved");
    };
    fs::remove_file(store.review_path(&id("r-1"))).unwrap();
    let outcome = store
        .save_review_versioned(&r, Some(&version), false)
        .unwrap();
    assert!(
        matches!(outcome, SaveOutcome::DeletedElsewhere { .. }),
        "{outcome:?}"
    );
    assert!(!store.review_path(&id("r-1")).exists(), "not re-created");
    let outcome = store
        .save_review_versioned(&r, Some(&version), true)
        .unwrap();
    assert!(matches!(outcome, SaveOutcome::Saved { .. }), "{outcome:?}");
    assert_eq!(store.load_review(&id("r-1")).unwrap(), r);
}

#[test]
fn a_newer_talkprep_review_is_never_overwritten_by_a_versioned_save() {
    let (_dir, store) = store();
    let r = review("r-1", "Acme", 1, 3);
    let newer = review_to_json(&r).replacen("\"schema_version\": 1", "\"schema_version\": 99", 1);
    assert_ne!(
        newer,
        review_to_json(&r),
        "the fixture names the schema version"
    );
    fs::create_dir_all(store.reviews_dir()).unwrap();
    fs::write(store.review_path(&id("r-1")), &newer).unwrap();
    let outcome = store.save_review_versioned(&r, None, false).unwrap();
    assert!(
        matches!(outcome, SaveOutcome::Conflict { .. }),
        "{outcome:?}"
    );
    assert_eq!(
        fs::read_to_string(store.review_path(&id("r-1"))).unwrap(),
        newer
    );
}

#[test]
fn rescued_reviews_come_back_never_over_another_version() {
    let (_dir, store) = store();
    let dir = store.recovered_reviews_dir();
    fs::create_dir_all(&dir).unwrap();
    // One rescued review whose saved version differs, one never saved at all.
    store.save_review(&review("r-1", "Acme", 1, 3)).unwrap();
    fs::write(
        dir.join("r-1-20261201T100000Z.json"),
        review_to_json(&review("r-1", "Acme", 1, 7)),
    )
    .unwrap();
    fs::write(
        dir.join("r-2-20261201T100000Z.json"),
        review_to_json(&review("r-2", "Zoë", 2, 4)),
    )
    .unwrap();
    // The rescued sheets beside them are not confused with reviews.
    assert!(store.rescued().unwrap().is_empty());
    let found = store.rescued_reviews().unwrap();
    assert_eq!(found.len(), 2);
    let outcomes: Vec<_> = found
        .iter()
        .map(|r| store.bring_back_review(r).unwrap())
        .collect();
    assert!(
        matches!(outcomes[0], SaveOutcome::Conflict { .. }),
        "{outcomes:?}"
    );
    assert!(
        matches!(outcomes[1], SaveOutcome::Saved { .. }),
        "{outcomes:?}"
    );
    assert_eq!(
        store.load_review(&id("r-1")).unwrap().score,
        3,
        "saved one untouched"
    );
    assert_eq!(store.load_review(&id("r-2")).unwrap().score, 4);
    assert_eq!(store.list_reviews().unwrap().reviews.len(), 3);
    assert!(store.rescued_reviews().unwrap().is_empty());
}

#[test]
fn a_deleted_review_leaves_the_history_and_comes_back() {
    let (_dir, store) = store();
    let a = review("r-a", "Acme", 10, 9);
    let b = review("r-b", "Acme", 20, 6);
    store.save_review(&a).unwrap();
    store.save_review(&b).unwrap();
    let id = SheetId::parse("r-a").unwrap();
    let trashed = store.delete_review(&id).unwrap();
    assert!(trashed.ends_with("trash/reviews/r-a.json"));
    let left: Vec<String> = store
        .reviews_for("acme")
        .unwrap()
        .reviews
        .iter()
        .map(|r| r.id.clone())
        .collect();
    assert_eq!(left, ["r-b"]);
    assert!(
        store.list_trash().unwrap().is_empty(),
        "reviews are not listed as trashed sheets"
    );
    assert!(matches!(
        store.delete_review(&id),
        Err(crate::store::StoreError::ReviewNotFound { .. })
    ));

    store.restore_review(&id).unwrap();
    assert_eq!(store.load_review(&id).unwrap(), a);
    assert!(matches!(
        store.restore_review(&id),
        Err(crate::store::StoreError::NotInTrash { .. })
    ));

    // Deleting again keeps the earlier trashed copy aside instead of overwriting it.
    store.delete_review(&id).unwrap();
    store.save_review(&a).unwrap();
    store.delete_review(&id).unwrap();
    let kept = fs::read_dir(store.trash_dir().join("reviews"))
        .unwrap()
        .count();
    assert_eq!(kept, 2);
}
