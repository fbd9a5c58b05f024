use super::*;
use crate::store::StoreError;

#[test]
fn a_sheet_can_be_held_by_one_editor_at_a_time() {
    let (_dir, store) = store();
    let held = store.lock_sheet(&id("a-1")).unwrap();
    let err = store.lock_sheet(&id("a-1")).unwrap_err();
    assert!(matches!(err, StoreError::Busy { .. }), "{err:?}");
    assert!(err.to_string().contains("another talkprep"), "{err}");
    // Other sheets and ordinary writes are not blocked.
    let _other = store.lock_sheet(&id("b-2")).unwrap();
    store.save(&sheet("a-1", 1)).unwrap();
    drop(held);
    store.lock_sheet(&id("a-1")).unwrap();
}

#[test]
fn writes_from_many_threads_stay_whole() {
    let (_dir, store) = store();
    std::thread::scope(|scope| {
        for t in 0..4 {
            let store = store.clone();
            scope.spawn(move || {
                for i in 0..20 {
                    let mut s = sheet("shared", i);
                    s.topic = format!("thread {t} save {i}");
                    store.save(&s).unwrap();
                }
            });
        }
    });
    let listing = store.list().unwrap();
    assert_eq!(listing.sheets.len(), 1);
    assert!(listing.unreadable.is_empty() && listing.refused.is_empty());
    assert_eq!(names(store.sheets_dir()), ["shared.json"]);
}
