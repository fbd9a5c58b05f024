//! The effects run against a real store in a temporary folder.

use super::*;

#[test]
fn copies_are_wrapped_for_tmux_and_refused_when_too_large() {
    let plain = clipboard_sequence("hi", false).unwrap();
    assert_eq!(plain, "\x1b]52;c;aGk=\x07");
    let wrapped = clipboard_sequence("hi", true).unwrap();
    assert!(
        wrapped.starts_with("\x1bPtmux;\x1b\x1b]52;c;aGk="),
        "{wrapped:?}"
    );
    assert!(wrapped.ends_with("\x1b\\"), "{wrapped:?}");
    assert!(clipboard_sequence(&"x".repeat(60_000), false).is_none());
}

fn env() -> Env {
    Env {
        now: || Timestamp::from_second(1_800_000_000).unwrap(),
        in_tmux: false,
    }
}

fn stored(store: &Store, client: &str) -> Sheet {
    let mut sheet = Sheet::new(SheetId::parse("20261120-dana-a1b2").unwrap(), (env().now)());
    sheet.client = client.to_owned();
    store.save(&sheet).unwrap();
    sheet
}

#[test]
fn a_second_window_opens_a_sheet_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().to_path_buf()).unwrap();
    let sheet = stored(&store, "Dana");
    let id = SheetId::parse(&sheet.id).unwrap();
    let (mut first, mut second) = (Held::default(), Held::default());
    let opened = run(Effect::Open(id.clone()), &store, &env(), &mut first);
    assert!(matches!(
        opened,
        Some(Msg::Opened {
            read_only: false,
            ..
        })
    ));
    let opened = run(Effect::Open(id.clone()), &store, &env(), &mut second);
    assert!(matches!(
        opened,
        Some(Msg::Opened {
            read_only: true,
            ..
        })
    ));
    // The first window goes home: the lock is let go, and the next one may write.
    run(Effect::LoadLibrary, &store, &env(), &mut first);
    let opened = run(Effect::Open(id), &store, &env(), &mut second);
    assert!(matches!(
        opened,
        Some(Msg::Opened {
            read_only: false,
            ..
        })
    ));
}

#[test]
fn a_change_made_elsewhere_is_kept_and_the_edit_saved_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().to_path_buf()).unwrap();
    let sheet = stored(&store, "Dana");
    let id = SheetId::parse(&sheet.id).unwrap();
    let mut held = Held::default();
    run(Effect::Open(id.clone()), &store, &env(), &mut held);
    // Another program edits the file meanwhile.
    let mut outside = sheet.clone();
    outside.client = "Dana (edited in an editor)".into();
    store.save(&outside).unwrap();
    let mut mine = sheet.clone();
    mine.client = "Dana Kowalski".into();
    let save = Effect::Save {
        sheet: Box::new(mine),
        seq: Some(3),
        recreate: false,
        name_after_client: false,
    };
    let Some(Msg::SavedAsCopy { copy, seq, .. }) = run(save, &store, &env(), &mut held) else {
        panic!("a conflict copy")
    };
    assert_eq!(seq, Some(3));
    assert_eq!(
        store.load(&id).unwrap().client,
        "Dana (edited in an editor)"
    );
    assert_eq!(store.load(&copy).unwrap().client, "Dana Kowalski");

    // Deleted elsewhere: nothing is written unless asked.
    store.delete(&id).unwrap();
    let mut again = sheet.clone();
    again.client = "Dana K".into();
    let save = |recreate| Effect::Save {
        sheet: Box::new(again.clone()),
        seq: None,
        recreate,
        name_after_client: false,
    };
    assert!(matches!(
        run(save(false), &store, &env(), &mut held),
        Some(Msg::DeletedElsewhere)
    ));
    assert!(!store.sheet_path(&id).exists());
    assert!(matches!(
        run(save(true), &store, &env(), &mut held),
        Some(Msg::Saved(Ok(_)))
    ));
    assert_eq!(store.load(&id).unwrap().client, "Dana K");
}

#[test]
fn a_review_changed_elsewhere_is_kept_and_the_next_save_goes_to_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().to_path_buf()).unwrap();
    let mut held = Held::default();
    let review = Review::new(
        "Zoë Ndiaye",
        talkprep::i18n::Lang::En,
        Timestamp::UNIX_EPOCH,
        jiff::civil::Date::default(),
    );
    let save = |review: &Review, recreate| {
        Effect::Flags(FlagsEffect::Save {
            review: Box::new(review.clone()),
            recreate,
        })
    };
    let Some(Msg::Flags(FlagsMsg::Saved(Ok(saved)))) =
        run(save(&review, false), &store, &env(), &mut held)
    else {
        panic!("a new review is saved");
    };
    let id = SheetId::parse(&saved.id).unwrap();
    let mut ticked = (*saved).clone();
    ticked.ticked.push("pays-late".into());
    assert!(matches!(
        run(save(&ticked, false), &store, &env(), &mut held),
        Some(Msg::Flags(FlagsMsg::Saved(Ok(_))))
    ));

    // Another device's edit arrives through a sync tool.
    let path = store.review_path(&id);
    let theirs = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Zoë Ndiaye", "Zoë N.");
    std::fs::write(&path, &theirs).unwrap();
    let Some(Msg::Flags(FlagsMsg::SavedAsCopy(copy))) =
        run(save(&ticked, false), &store, &env(), &mut held)
    else {
        panic!("the save goes to a copy");
    };
    assert_ne!(copy.id, saved.id);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        theirs,
        "theirs kept"
    );
    let copy_id = SheetId::parse(&copy.id).unwrap();
    assert_eq!(store.load_review(&copy_id).unwrap().ticked, ticked.ticked);

    // The copy is what this window edits from now on: its next save is a plain one.
    let mut more = (*copy).clone();
    more.ticked.push("scope-creep".into());
    assert!(matches!(
        run(save(&more, false), &store, &env(), &mut held),
        Some(Msg::Flags(FlagsMsg::Saved(Ok(_))))
    ));

    // Deleted elsewhere: written again only when asked.
    std::fs::remove_file(store.review_path(&copy_id)).unwrap();
    assert!(matches!(
        run(save(&more, false), &store, &env(), &mut held),
        Some(Msg::Flags(FlagsMsg::DeletedElsewhere))
    ));
    assert!(!store.review_path(&copy_id).exists());
    assert!(matches!(
        run(save(&more, true), &store, &env(), &mut held),
        Some(Msg::Flags(FlagsMsg::Saved(Ok(_))))
    ));
    assert!(store.review_path(&copy_id).exists());
}

#[test]
fn a_new_sheet_is_held_from_the_start_and_its_copy_after_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().to_path_buf()).unwrap();
    let mut held = Held::default();
    let Some(Msg::Created(sheet)) = run(
        Effect::Create(talkprep::i18n::Lang::En),
        &store,
        &env(),
        &mut held,
    ) else {
        panic!("a new sheet");
    };
    let id = SheetId::parse(&sheet.id).unwrap();
    assert!(
        store.try_lock_sheet(&id).is_err(),
        "a second window must find the new sheet taken"
    );
    let mut first = *sheet;
    first.client = "Dirk Quinn-Rask".into();
    let save = |sheet: &Sheet| Effect::Save {
        sheet: Box::new(sheet.clone()),
        seq: None,
        recreate: false,
        name_after_client: false,
    };
    assert!(matches!(
        run(save(&first), &store, &env(), &mut held),
        Some(Msg::Saved(Ok(_)))
    ));
    // Changed elsewhere: the edit goes to a copy, which this window now holds.
    let mut theirs = first.clone();
    theirs.client = "Kondrat".into();
    store.save(&theirs).unwrap();
    let Some(Msg::SavedAsCopy { copy, .. }) = run(save(&first), &store, &env(), &mut held) else {
        panic!("saved as a copy");
    };
    assert!(store.try_lock_sheet(&copy).is_err(), "the copy is held");
    assert!(store.try_lock_sheet(&id).is_ok(), "the original is let go");
}

#[test]
fn saves_queued_before_the_copy_was_seen_go_to_that_one_copy() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().to_path_buf()).unwrap();
    let sheet = stored(&store, "Dana");
    let id = SheetId::parse(&sheet.id).unwrap();
    let mut held = Held::default();
    run(Effect::Open(id.clone()), &store, &env(), &mut held);
    let mut theirs = sheet.clone();
    theirs.topic = "synced from the laptop".into();
    store.save(&theirs).unwrap();
    // The window asked for two saves before the answer to the first came back.
    let save = |client: &str, seq| {
        let mut mine = sheet.clone();
        mine.client = client.into();
        Effect::Save {
            sheet: Box::new(mine),
            seq: Some(seq),
            recreate: false,
            name_after_client: false,
        }
    };
    let Some(Msg::SavedAsCopy { copy, .. }) = run(save("Dana K", 1), &store, &env(), &mut held)
    else {
        panic!("the first save goes to a copy");
    };
    run(save("Dana Kowalski", 2), &store, &env(), &mut held);
    let sheets = store.list().unwrap().sheets;
    assert_eq!(sheets.len(), 2, "one copy, not two: {sheets:?}");
    assert_eq!(store.load(&copy).unwrap().client, "Dana Kowalski");
    assert_eq!(store.load(&id).unwrap().topic, "synced from the laptop");
}

#[test]
fn review_saves_queued_before_an_answer_make_one_review_and_one_copy() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().to_path_buf()).unwrap();
    let mut held = Held::default();
    run(Effect::Flags(FlagsEffect::Load), &store, &env(), &mut held);
    let mut review = Review::new(
        "Dirk Quinn-Rask",
        talkprep::i18n::Lang::En,
        Timestamp::UNIX_EPOCH,
        jiff::civil::Date::default(),
    );
    let save = |review: &Review| {
        Effect::Flags(FlagsEffect::Save {
            review: Box::new(review.clone()),
            recreate: false,
        })
    };
    // Two ticks, each saved, before the first save's answer gave the review its id.
    review.ticked.push("pays-late".into());
    let Some(Msg::Flags(FlagsMsg::Saved(Ok(first)))) =
        run(save(&review), &store, &env(), &mut held)
    else {
        panic!("saved");
    };
    review.ticked.push("unpaid-extras".into());
    run(save(&review), &store, &env(), &mut held);
    let reviews = store.list_reviews().unwrap().reviews;
    assert_eq!(reviews.len(), 1, "one review, not two: {reviews:?}");
    assert_eq!(reviews[0].id, first.id);
    assert_eq!(reviews[0].ticked.len(), 2);

    // Changed elsewhere, then two saves before the answer: one copy.
    let path = store.review_path(&SheetId::parse(&first.id).unwrap());
    let theirs = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Dirk", "D.");
    std::fs::write(&path, &theirs).unwrap();
    let mut named = (*first).clone();
    named.ticked = review.ticked.clone();
    run(save(&named), &store, &env(), &mut held);
    named.ticked.push("missed-sessions".into());
    run(save(&named), &store, &env(), &mut held);
    let reviews = store.list_reviews().unwrap().reviews;
    assert_eq!(reviews.len(), 2, "the review and one copy: {reviews:?}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
    assert!(reviews.iter().any(|r| r.ticked.len() == 3), "{reviews:?}");
}

#[test]
fn a_new_sheet_takes_its_clients_name_and_keeps_its_lock() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().to_path_buf()).unwrap();
    let mut held = Held::default();
    let Some(Msg::Created(mut sheet)) = run(
        Effect::Create(talkprep::i18n::Lang::En),
        &store,
        &env(),
        &mut held,
    ) else {
        panic!("a new sheet");
    };
    assert!(sheet.id.contains("-sheet-"), "{}", sheet.id);
    // Autosaved while the name was being typed: still the blank id.
    sheet.client = "Kendra Quinn".into();
    let save = |sheet: &Sheet, name_after_client| Effect::Save {
        sheet: Box::new(sheet.clone()),
        seq: Some(1),
        recreate: false,
        name_after_client,
    };
    assert!(matches!(
        run(save(&sheet, false), &store, &env(), &mut held),
        Some(Msg::Saved(Ok(_)))
    ));
    let blank = SheetId::parse(&sheet.id).unwrap();
    let Some(Msg::Renamed { id, seq, .. }) = run(save(&sheet, true), &store, &env(), &mut held)
    else {
        panic!("renamed");
    };
    assert_eq!(seq, Some(1));
    assert!(id.as_str().contains("-kendra-quinn-"), "{id}");
    assert!(!store.sheet_path(&blank).exists());
    assert_eq!(store.load(&id).unwrap().client, "Kendra Quinn");
    // The renamed sheet is held: a second window only looks.
    assert!(store.try_lock_sheet(&id).is_err());
    // A save still naming the blank id (asked for before the window heard) goes to the new one.
    sheet.topic = "late".into();
    assert!(matches!(
        run(save(&sheet, false), &store, &env(), &mut held),
        Some(Msg::Saved(Ok(_)))
    ));
    assert_eq!(store.load(&id).unwrap().topic, "late");
    assert!(!store.sheet_path(&blank).exists());
}
