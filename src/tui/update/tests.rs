//! The whole prep flow driven through `update`, without a terminal.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;
use talkprep::i18n::Lang;

use super::*;
use crate::tui::form::FieldId;
use crate::tui::theme::Theme;
use talkprep::sheet::{Sheet, SheetId};

fn app() -> App {
    let playbook = talkprep::playbook::bundled("en").unwrap();
    App::new(
        playbook,
        Lang::En,
        Theme::plain(),
        std::path::PathBuf::from("/tmp"),
    )
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    crate::tui::test_render::send(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    crate::tui::test_render::send(
        app,
        Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    )
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn wizard(app: &App) -> &Wizard {
    app.wizard().expect("the wizard is open")
}

fn focus_on(app: &mut App, id: FieldId) {
    for _ in 0..20 {
        if wizard(app).focused().map(|c| c.id) == Some(id) {
            return;
        }
        press(app, KeyCode::Tab);
    }
    panic!("no control {id:?} on this step");
}

fn new_sheet() -> Sheet {
    let now = Timestamp::from_second(1_790_000_000).unwrap();
    Sheet::new(SheetId::parse("20260923-acme-0001").unwrap(), now)
}

fn start(app: &mut App) {
    let effects = press(app, KeyCode::Enter);
    assert_eq!(effects, vec![Effect::Create(Lang::En)]);
    update(app, Msg::Created(Box::new(new_sheet())));
}

#[test]
fn a_whole_prep_fills_the_sheet() {
    let mut app = app();
    start(&mut app);
    assert_eq!(wizard(&app).step, Step::Who);

    // Step 1: filter scenarios, pick with Enter, then client, how to address them, topic,
    // channel, date.
    type_text(&mut app, "unpaid");
    press(&mut app, KeyCode::Enter);
    assert_eq!(wizard(&app).sheet.scenario, "unpaid-invoice");
    assert_eq!(wizard(&app).focused().map(|c| c.id), Some(FieldId::Client));
    type_text(&mut app, "Acme Ltd");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Dana");
    assert_eq!(wizard(&app).sheet.address, "Dana");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "invoice 031");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right);
    assert_eq!(
        wizard(&app).sheet.channel,
        Some(talkprep::sheet::Channel::Video)
    );
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "2026-11-25 16:30");
    assert!(wizard(&app).sheet.when.is_some());

    // Step 2: facts.
    crate::tui::test_render::change_step(&mut app, true);
    assert_eq!(wizard(&app).step, Step::Facts);
    type_text(&mut app, "Invoice sent on 1 Oct, unpaid.");
    assert_eq!(
        wizard(&app).sheet.facts.what_happened,
        "Invoice sent on 1 Oct, unpaid."
    );

    // Step 3: stakes, heat on the scale.
    crate::tui::test_render::change_step(&mut app, true);
    focus_on(&mut app, FieldId::Heat);
    press(&mut app, KeyCode::Char('8'));
    assert_eq!(wizard(&app).sheet.stakes.heat, Some(8));
    focus_on(&mut app, FieldId::WillMatter);
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(wizard(&app).sheet.stakes.will_matter.len(), 1);

    // Step 4: goal from the scenario's suggestions.
    crate::tui::test_render::change_step(&mut app, true);
    press(&mut app, KeyCode::Enter);
    assert!(wizard(&app).sheet.goal.kind.is_some());
    assert!(!wizard(&app).sheet.goal.outcome.is_empty());

    // Step 5: a fallback from the list.
    crate::tui::test_render::change_step(&mut app, true);
    press(&mut app, KeyCode::Enter);
    assert_eq!(wizard(&app).sheet.fallbacks.len(), 1);

    // Step 6: an opener from the list, filled with the client and topic, then edited.
    crate::tui::test_render::change_step(&mut app, true);
    press(&mut app, KeyCode::Enter);
    let opener = wizard(&app).sheet.opener.text.clone();
    assert!(
        opener.contains("Acme Ltd") || opener.contains("invoice 031"),
        "{opener}"
    );
    assert!(!opener.contains('{'));
    assert!(wizard(&app).sheet.opener.tone.is_some());

    // Step 7: a video call gets a talk track, built from the sheet.
    crate::tui::test_render::change_step(&mut app, true);
    assert_eq!(wizard(&app).step, Step::Message);
    let track = &wizard(&app).sheet.message.as_ref().unwrap().body;
    assert!(track.starts_with("1. Open: "), "{track}");
    assert!(track.contains(&opener), "{track}");
    assert!(
        !wizard(&app)
            .controls
            .iter()
            .any(|c| c.id == FieldId::MessageSubject),
        "no subject line for a call"
    );

    // Step 8: logistics.
    crate::tui::test_render::change_step(&mut app, true);
    focus_on(&mut app, FieldId::Place);
    type_text(&mut app, "Their office");
    assert_eq!(wizard(&app).sheet.logistics.place, "Their office");

    // Step 9: review, and Ctrl-S saves.
    crate::tui::test_render::change_step(&mut app, true);
    assert_eq!(wizard(&app).step, Step::Review);
    let effects = ctrl(&mut app, 's');
    let Some(Effect::Save { sheet, .. }) = effects.first() else {
        panic!("Ctrl-S saves: {effects:?}");
    };
    assert_eq!(talkprep::sheet::percent_complete(sheet), 100);
}

#[test]
fn edits_autosave_within_a_second() {
    let mut app = app();
    start(&mut app);
    update(&mut app, Msg::Tick(1_000));
    focus_on(&mut app, FieldId::Client);
    type_text(&mut app, "Bo");
    assert!(update(&mut app, Msg::Tick(1_200)).is_empty());
    let effects = update(&mut app, Msg::Tick(1_000 + AUTOSAVE_AFTER_MS + 200));
    assert!(matches!(effects.as_slice(), [Effect::Save { sheet, .. }] if sheet.client == "Bo"));
    let Effect::Save { seq, .. } = &effects[0] else {
        unreachable!()
    };
    update(&mut app, Msg::Saved(Ok((*seq, Timestamp::UNIX_EPOCH))));
    assert!(!wizard(&app).dirty);
    assert!(update(&mut app, Msg::Tick(5_000)).is_empty());
}

#[test]
fn a_save_that_races_a_new_edit_stays_dirty() {
    let mut app = app();
    start(&mut app);
    focus_on(&mut app, FieldId::Client);
    type_text(&mut app, "A");
    let seq = wizard(&app).edit_seq;
    type_text(&mut app, "B");
    update(&mut app, Msg::Saved(Ok((Some(seq), Timestamp::UNIX_EPOCH))));
    assert!(wizard(&app).dirty);
}

#[test]
fn quitting_with_unsaved_edits_asks_first() {
    let mut app = app();
    start(&mut app);
    focus_on(&mut app, FieldId::Client);
    type_text(&mut app, "Zed");
    assert!(ctrl(&mut app, 'q').is_empty());
    assert_eq!(app.overlay, Some(Overlay::ConfirmQuit));
    let effects = press(&mut app, KeyCode::Char('y'));
    assert!(matches!(effects.as_slice(), [Effect::Save { .. }]));
    assert!(app.quit);
}

#[test]
fn a_final_save_that_fails_keeps_the_app_open_and_says_why() {
    let mut app = app();
    start(&mut app);
    focus_on(&mut app, FieldId::Client);
    type_text(&mut app, "Zed");
    ctrl(&mut app, 'q');
    press(&mut app, KeyCode::Enter);
    assert!(app.quit);
    let failed = talkprep::i18n::Message::new("error.store.io")
        .with("path", "/data/sheets/x.json")
        .with("detail", "No space left on device");
    update(&mut app, Msg::Saved(Err(failed)));
    assert!(!app.quit, "the app stays open");
    let (_, status) = app.status.clone().expect("a status");
    assert!(status.starts_with("Not quitting"), "{status}");
    assert!(status.contains("No space left on device"), "{status}");
    assert!(wizard(&app).dirty);
}

#[test]
fn typing_q_in_a_field_types_it() {
    let mut app = app();
    start(&mut app);
    focus_on(&mut app, FieldId::Client);
    assert!(press(&mut app, KeyCode::Char('q')).is_empty());
    assert_eq!(wizard(&app).sheet.client, "q");
    assert_eq!(app.overlay, None);
}

#[test]
fn paste_arrives_whole_in_the_focused_field() {
    let mut app = app();
    start(&mut app);
    crate::tui::test_render::change_step(&mut app, true);
    update(&mut app, Msg::Paste("line one\r\nline two".into()));
    assert_eq!(wizard(&app).sheet.facts.what_happened, "line one\nline two");
}

#[test]
fn escape_goes_home_and_saves() {
    let mut app = app();
    start(&mut app);
    focus_on(&mut app, FieldId::Client);
    type_text(&mut app, "Kim");
    // The first Esc leaves the field, the second leaves the wizard.
    assert!(press(&mut app, KeyCode::Esc).is_empty());
    let effects = press(&mut app, KeyCode::Esc);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Save { .. }, Effect::LoadLibrary]
    ));
    assert!(matches!(app.screen, Screen::Home));
}

#[test]
fn home_filters_opens_and_deletes_with_undo() {
    let mut app = app();
    let mut a = new_sheet();
    a.client = "Acme".into();
    a.scenario = "unpaid-invoice".into();
    let mut b = new_sheet();
    b.id = "20260923-globex-0002".into();
    b.client = "Globex".into();
    update(&mut app, Msg::library(vec![a, b]));
    type_text(&mut app, "glob");
    assert_eq!(app.visible_library().as_ref(), &[1]);
    // The first match is selected as you type.
    assert_eq!(app.home.cursor, 1);
    let effects = press(&mut app, KeyCode::Delete);
    let globex = talkprep::sheet::SheetId::parse("20260923-globex-0002").unwrap();
    assert_eq!(effects, vec![Effect::Delete(globex.clone())]);
    update(&mut app, Msg::Deleted(Ok(globex.clone())));
    let effects = ctrl(&mut app, 'z');
    assert_eq!(effects, vec![Effect::Restore(globex), Effect::LoadLibrary]);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(wizard(&app).sheet.client, "Acme");
}

#[test]
fn help_opens_outside_text_and_with_f1_anywhere() {
    let mut app = app();
    // On home the filter has the keyboard: `?` is text there, F1 is help.
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(app.overlay, None);
    assert_eq!(app.home.filter.value(), "?");
    press(&mut app, KeyCode::F(1));
    assert_eq!(app.overlay, Some(Overlay::Help));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay, None);
    start(&mut app);
    focus_on(&mut app, FieldId::Client);
    press(&mut app, KeyCode::F(1));
    assert_eq!(app.overlay, Some(Overlay::Help));
}

#[test]
fn terminate_saves_and_quits() {
    let mut app = app();
    start(&mut app);
    focus_on(&mut app, FieldId::Client);
    type_text(&mut app, "X");
    let effects = update(&mut app, Msg::Terminate);
    assert!(matches!(effects.as_slice(), [Effect::Save { .. }]));
    assert!(app.quit);
    // The terminal is going: a failed save does not keep the app open (the event loop keeps
    // the typing in a file of its own instead).
    update(
        &mut app,
        Msg::Saved(Err(talkprep::i18n::Message::new("error.store.busy"))),
    );
    assert!(app.quit);
    assert!(app.unsaved_sheet().is_some());
}

#[test]
fn typing_on_a_suggestion_list_writes_in_the_field_it_fills() {
    let mut app = app();
    start(&mut app);
    for _ in 0..7 {
        crate::tui::test_render::change_step(&mut app, true);
    }
    assert_eq!(wizard(&app).step, Step::Logistics);
    assert_eq!(
        wizard(&app).focused().map(|c| c.id),
        Some(FieldId::MomentIdeas)
    );
    type_text(&mut app, "Friday, end of day");
    assert_eq!(wizard(&app).sheet.logistics.moment, "Friday, end of day");
}

fn rehearsing(app: &mut App) {
    let started = Timestamp::from_second(1_790_000_000).unwrap();
    let mut sheet = new_sheet();
    sheet.scenario = "unpaid-invoice".into();
    sheet.client = "Acme".into();
    sheet.opener.text = "Hi Acme, can we look at the invoice together?".into();
    update(
        app,
        Msg::RehearsalReady {
            sheet: Box::new(sheet),
            from_wizard: false,
            now: started,
            seed: 3,
        },
    );
}

fn rehearse_state(app: &App) -> &crate::tui::rehearse::Rehearse {
    match &app.screen {
        Screen::Rehearse(r) => r,
        _ => panic!("not rehearsing"),
    }
}

#[test]
fn rehearsal_rounds_pause_then_answer_and_log_on_leaving() {
    let mut app = app();
    rehearsing(&mut app);
    update(&mut app, Msg::Tick(1_000));
    press(&mut app, KeyCode::Char(' '));
    update(&mut app, Msg::Tick(7_500));
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(rehearse_state(&app).times_ms, vec![6_500]);

    let mut seen = Vec::new();
    for _ in 0..5 {
        press(&mut app, KeyCode::Enter);
        let r = rehearse_state(&app);
        assert!(matches!(r.phase, crate::tui::rehearse::Phase::Pause { .. }));
        seen.push(r.current.unwrap());
        let now = app.now_ms + crate::tui::rehearse::PAUSE_MS;
        update(&mut app, Msg::Tick(now));
        assert_eq!(
            rehearse_state(&app).phase,
            crate::tui::rehearse::Phase::Answer
        );
    }
    assert!(seen.windows(2).all(|w| w[0] != w[1]), "{seen:?}");

    press(&mut app, KeyCode::Char('w'));
    type_text(&mut app, "Let's find a date.");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Char('p'));
    let promoted = rehearse_state(&app).opener().to_owned();

    let effects = press(&mut app, KeyCode::Esc);
    let Some(Effect::Save { sheet, .. }) = effects.first() else {
        panic!("leaving saves the log: {effects:?}");
    };
    assert_eq!(sheet.rehearsals.len(), 1);
    assert_eq!(sheet.rehearsals[0].rounds, 5);
    assert_eq!(sheet.rehearsals[0].times_ms, vec![6_500]);
    assert_eq!(sheet.my_replies.len(), 1);
    assert_eq!(sheet.opener.text, promoted);
    assert!(matches!(app.screen, Screen::Home));
}

#[test]
fn the_coachs_own_opener_survives_promoting_a_template_and_can_be_edited_in_place() {
    use crate::tui::rehearse::Source;
    let own = "Hi Acme, can we look at the invoice together?";
    let mut app = app();
    rehearsing(&mut app);
    let r = rehearse_state(&app);
    assert_eq!(
        (r.variations[0].text.as_str(), r.variations[0].source),
        (own, Source::Yours)
    );
    assert!(r.variations[0].in_use);

    // Promote the first playbook opener: it is saved at once, and the own words stay.
    while rehearse_state(&app).variations[rehearse_state(&app).variation].source != Source::Playbook
    {
        press(&mut app, KeyCode::Char('v'));
    }
    let template = rehearse_state(&app).opener().to_owned();
    let effects = press(&mut app, KeyCode::Char('p'));
    let Some(Effect::Save { sheet, .. }) = effects.first() else {
        panic!("promoting saves at once: {effects:?}");
    };
    assert_eq!(
        (sheet.opener.text.as_str(), sheet.opener.yours.as_str()),
        (template.as_str(), own)
    );
    let r = rehearse_state(&app);
    assert_eq!(r.variations[0].text, own, "yours stays variation 1");
    assert!(!r.variations[0].in_use);

    // Undo puts the own opener back.
    ctrl(&mut app, 'z');
    let r = rehearse_state(&app);
    assert_eq!(
        (r.sheet.opener.text.as_str(), r.sheet.opener.yours.as_str()),
        (own, "")
    );

    // Promote again, leave, and reopen: the own words are still variation 1.
    press(&mut app, KeyCode::Char('p'));
    let effects = press(&mut app, KeyCode::Esc);
    let Some(Effect::Save { sheet, .. }) =
        effects.iter().find(|e| matches!(e, Effect::Save { .. }))
    else {
        panic!("{effects:?}");
    };
    let reopened = crate::tui::rehearse::Rehearse::new(
        (**sheet).clone(),
        &app.playbook,
        Timestamp::from_second(1_790_000_100).unwrap(),
        1,
    );
    assert_eq!(reopened.variations[0].text, own);
    assert_eq!(reopened.variations[0].source, Source::Yours);
    assert!(
        reopened
            .variations
            .iter()
            .any(|v| v.in_use && v.text == template)
    );

    // Edit the own opener in place; letters that are keys elsewhere are just text.
    let mut app2 = self::app();
    rehearsing(&mut app2);
    press(&mut app2, KeyCode::Char('e'));
    type_text(&mut app2, " Kendra, quick pnvdr");
    let effects = press(&mut app2, KeyCode::Enter);
    let Some(Effect::Save { sheet, .. }) = effects.first() else {
        panic!("an edit saves at once: {effects:?}");
    };
    assert_eq!(sheet.opener.text, format!("{own} Kendra, quick pnvdr"));
    assert_eq!(rehearse_state(&app2).variations[0].text, sheet.opener.text);
}

#[test]
fn leaving_a_rehearsal_with_nothing_done_saves_nothing() {
    let mut app = app();
    rehearsing(&mut app);
    let effects = press(&mut app, KeyCode::Esc);
    assert_eq!(effects, vec![Effect::LoadLibrary]);
}

/// A sheet for Acme whose call (25 November, 16:00) is over.
fn past_call() -> talkprep::sheet::Sheet {
    let mut sheet = new_sheet();
    sheet.client = "Acme".into();
    sheet.scenario = "unpaid-invoice".into();
    sheet.when = Some(jiff::civil::date(2026, 11, 25).at(16, 0, 0, 0));
    sheet
}

/// Opens `sheet` from home two hours after its call, which lands on the debrief.
fn open_after_the_call(app: &mut App, sheet: talkprep::sheet::Sheet) {
    update(app, Msg::library(vec![sheet]));
    update(
        app,
        Msg::Clock(jiff::civil::date(2026, 11, 25).at(18, 0, 0, 0)),
    );
    press(app, KeyCode::Down);
    press(app, KeyCode::Enter);
}

#[test]
fn a_debrief_with_follow_ups_and_marking_one_done_from_home() {
    let mut app = app();
    open_after_the_call(&mut app, past_call());
    assert_eq!(
        wizard(&app).step,
        Step::Debrief,
        "a passed call opens on the debrief"
    );

    press(&mut app, KeyCode::Right);
    assert!(
        wizard(&app)
            .sheet
            .debrief
            .as_ref()
            .unwrap()
            .outcome
            .is_some()
    );
    focus_on(&mut app, FieldId::WentWell);
    type_text(&mut app, "Calm all along");
    focus_on(&mut app, FieldId::NewFollowWhat);
    type_text(&mut app, "Send the revised quote");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "2026-13-40");
    press(&mut app, KeyCode::Enter);
    assert!(
        wizard(&app).sheet.follow_ups.is_empty(),
        "a bad date adds nothing"
    );
    for _ in 0..5 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "11-26");
    press(&mut app, KeyCode::Enter);
    let sheet = &wizard(&app).sheet;
    assert_eq!(sheet.follow_ups.len(), 1);
    assert_eq!(
        sheet.follow_ups[0].due,
        Some(jiff::civil::date(2026, 11, 26))
    );
    assert_eq!(sheet.debrief.as_ref().unwrap().went_well, "Calm all along");
    let saved = sheet.clone();

    // Back home (Esc out of the field, Esc out of the wizard) the next day after that, the
    // follow-up is overdue and Ctrl-O marks it done.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    update(&mut app, Msg::library(vec![saved]));
    update(
        &mut app,
        Msg::Clock(jiff::civil::date(2026, 11, 27).at(8, 0, 0, 0)),
    );
    assert!(matches!(
        app.home_rows()[1],
        crate::tui::app::HomeRow::Due(_)
    ));
    app.home.cursor = 1;
    let effects = ctrl(&mut app, 'o');
    // Shown done at once, before the sheet is read and saved.
    assert!(app.library[0].follow_ups[0].done);
    assert!(
        !matches!(
            app.home_rows().get(1),
            Some(crate::tui::app::HomeRow::Due(_))
        ),
        "no longer due"
    );
    let Some(Effect::Save { sheet, .. }) = effects.first() else {
        panic!("marking done saves: {effects:?}");
    };
    assert!(sheet.follow_ups[0].done);

    // Ctrl-Z takes the tick back: the sheet is saved with it open again.
    let effects = ctrl(&mut app, 'z');
    let Some(Effect::Save { sheet, .. }) = effects.first() else {
        panic!("undo saves: {effects:?}");
    };
    assert!(!sheet.follow_ups[0].done, "open again");
    assert!(matches!(&app.status, Some((_, t)) if t.starts_with("Open again")));
}

#[test]
fn a_follow_up_changed_elsewhere_before_it_is_read_is_not_ticked() {
    let mut app = app();
    let mut sheet = talkprep::sheet::Sheet::new(
        talkprep::sheet::SheetId::parse("20261101-dana-0001").unwrap(),
        jiff::Timestamp::from_second(1_800_000_000).unwrap(),
    );
    sheet.follow_ups.push(talkprep::sheet::FollowUp {
        what: "Send the quote".into(),
        owner: talkprep::sheet::Owner::Me,
        due: Some(jiff::civil::date(2026, 11, 26)),
        done: false,
        id: "0".into(),
    });
    update(
        &mut app,
        Msg::Library(
            vec![talkprep::sheet::Summary::of(&sheet)],
            Vec::new(),
            Vec::new(),
        ),
    );
    update(
        &mut app,
        Msg::Clock(jiff::civil::date(2026, 11, 27).at(8, 0, 0, 0)),
    );
    app.home.cursor = 1;
    let effects = update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('o'), KeyModifiers::CONTROL)),
    );
    let [Effect::Fetch { then, .. }] = effects.as_slice() else {
        panic!("the sheet is read first: {effects:?}");
    };
    // Meanwhile another device rewrote that follow-up.
    let mut elsewhere = sheet.clone();
    elsewhere.follow_ups[0].what = "Call Dana on Monday".into();
    let effects = update(
        &mut app,
        Msg::Fetched {
            sheet: Box::new(elsewhere),
            then: then.clone(),
        },
    );
    assert_eq!(effects, vec![Effect::LoadLibrary], "nothing saved");

    // A sheet read after the person left home is not wanted.
    update(&mut app, Msg::Created(Box::new(sheet.clone())));
    let effects = update(
        &mut app,
        Msg::Fetched {
            sheet: Box::new(sheet),
            then: crate::tui::app::Then::Cue,
        },
    );
    assert!(effects.is_empty());
    assert!(matches!(app.screen, Screen::Wizard(_)));
}

#[test]
fn home_says_it_is_reading_until_the_library_arrives() {
    let mut app = app();
    let screen = crate::tui::test_render::render(&app);
    assert!(screen.contains("Reading your preps"), "{screen}");
    update(&mut app, Msg::Library(Vec::new(), Vec::new(), Vec::new()));
    let screen = crate::tui::test_render::render(&app);
    assert!(!screen.contains("Reading your preps"), "{screen}");
    assert!(screen.contains("No saved preps yet"), "{screen}");
}

#[test]
fn home_shows_what_is_due_in_the_next_week_but_not_later() {
    let mut app = app();
    let mut sheet = talkprep::sheet::Sheet::new(
        talkprep::sheet::SheetId::parse("20261101-dana-0002").unwrap(),
        jiff::Timestamp::from_second(1_800_000_000).unwrap(),
    );
    sheet.client = "Dana".into();
    for (what, day) in [("Send the quote", 30), ("Renew the contract", 10)] {
        sheet.follow_ups.push(talkprep::sheet::FollowUp {
            what: what.into(),
            owner: talkprep::sheet::Owner::Me,
            due: Some(jiff::civil::date(
                2026,
                if day == 30 { 11 } else { 12 },
                day,
            )),
            done: false,
            id: what.len().to_string(),
        });
    }
    update(&mut app, Msg::library(vec![sheet]));
    update(
        &mut app,
        Msg::Clock(jiff::civil::date(2026, 11, 27).at(8, 0, 0, 0)),
    );
    let screen = crate::tui::test_render::render(&app);
    assert!(screen.contains("in 3 days"), "{screen}");
    assert!(screen.contains("Send the quote"), "{screen}");
    assert!(
        !screen.contains("Renew the contract"),
        "13 days ahead: {screen}"
    );
}

#[test]
fn a_follow_up_deleted_after_the_call_comes_back_with_ctrl_z() {
    let mut app = app();
    let mut sheet = past_call();
    for (what, id) in [("Send the quote", "a"), ("Call on Monday", "b")] {
        sheet.follow_ups.push(talkprep::sheet::FollowUp {
            what: what.into(),
            owner: talkprep::sheet::Owner::Me,
            due: None,
            done: false,
            id: id.into(),
        });
    }
    open_after_the_call(&mut app, sheet);
    assert_eq!(wizard(&app).step, Step::Debrief);
    focus_on(&mut app, FieldId::FollowUps);
    press(&mut app, KeyCode::Delete);
    let ids: Vec<&str> = wizard(&app)
        .sheet
        .follow_ups
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(ids, ["b"]);
    assert!(matches!(&app.status, Some((_, t)) if t.contains("Follow-up deleted")));
    assert_eq!(
        wizard(&app).focused().map(|c| c.id),
        Some(FieldId::FollowUps)
    );
    ctrl(&mut app, 'z');
    let ids: Vec<&str> = wizard(&app)
        .sheet
        .follow_ups
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(ids, ["a", "b"], "back in its place, with its id");
    ctrl(&mut app, 'z');
    assert!(matches!(&app.status, Some((_, t)) if t.contains("No deleted follow-up")));
}

#[test]
fn a_follow_up_is_changed_in_place_and_keeps_its_id() {
    let mut app = app();
    let mut sheet = past_call();
    for (what, id) in [("Send the quote", "a"), ("Call on Monday", "b")] {
        sheet.follow_ups.push(talkprep::sheet::FollowUp {
            what: what.into(),
            owner: talkprep::sheet::Owner::Me,
            due: None,
            done: id == "a",
            id: id.into(),
        });
    }
    open_after_the_call(&mut app, sheet);
    focus_on(&mut app, FieldId::FollowUps);
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(
        wizard(&app).focused().map(|c| c.id),
        Some(FieldId::NewFollowWhat)
    );
    assert!(matches!(&app.status, Some((_, t)) if t.contains("puts it back in its place")));
    type_text(&mut app, " to Kendra");
    focus_on(&mut app, FieldId::NewFollowDue);
    type_text(&mut app, "2026-12-15");
    press(&mut app, KeyCode::Enter);
    let follow_ups = &wizard(&app).sheet.follow_ups;
    assert_eq!(follow_ups.len(), 2, "{follow_ups:?}");
    assert_eq!(follow_ups[0].what, "Send the quote to Kendra");
    assert_eq!(follow_ups[0].id, "a", "same id, so the same calendar UID");
    assert!(follow_ups[0].done, "still done");
    assert_eq!(follow_ups[0].due, Some(jiff::civil::date(2026, 12, 15)));
    assert!(matches!(&app.status, Some((_, t)) if t.contains("Follow-up changed")));
    assert!(wizard(&app).dirty);

    // An edit emptied and committed leaves the follow-up as it was.
    focus_on(&mut app, FieldId::FollowUps);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('e'));
    for _ in 0.."Call on Monday".len() {
        press(&mut app, KeyCode::Backspace);
    }
    press(&mut app, KeyCode::Enter);
    let follow_ups = &wizard(&app).sheet.follow_ups;
    assert_eq!(follow_ups[1].what, "Call on Monday");
    assert_eq!(follow_ups.len(), 2);
}

#[test]
fn a_follow_up_being_written_survives_a_step_change() {
    let mut app = app();
    open_after_the_call(&mut app, past_call());
    focus_on(&mut app, FieldId::NewFollowWhat);
    type_text(&mut app, "Send the revised quote");
    crate::tui::test_render::change_step(&mut app, false);
    crate::tui::test_render::change_step(&mut app, true);
    let typed = wizard(&app)
        .controls
        .iter()
        .find(|c| c.id == FieldId::NewFollowWhat)
        .and_then(|c| c.as_text())
        .map(|t| t.value());
    assert_eq!(typed.as_deref(), Some("Send the revised quote"));
}

#[test]
fn a_new_sheet_is_named_after_its_client_once_the_person_moves_on() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    let now = Timestamp::from_second(1_790_000_000).unwrap();
    let blank = SheetId::parse("20260923-sheet-0001").unwrap();
    update(&mut app, Msg::Created(Box::new(Sheet::new(blank, now))));
    focus_on(&mut app, FieldId::Client);
    type_text(&mut app, "Dorota Kwiek");
    // Autosaves while typing keep the blank id.
    let typing = update(&mut app, Msg::Tick(AUTOSAVE_AFTER_MS + 10_000));
    assert!(
        matches!(
            typing.as_slice(),
            [Effect::Save {
                name_after_client: false,
                ..
            }]
        ),
        "{typing:?}"
    );
    let effects = crate::tui::test_render::change_step(&mut app, true);
    let Some(Effect::Save {
        sheet,
        name_after_client: true,
        ..
    }) = effects.first()
    else {
        panic!("moving on names the sheet: {effects:?}");
    };
    assert_eq!(sheet.client, "Dorota Kwiek");
    let named = SheetId::parse("20260923-dorota-kwiek-0001").unwrap();
    let seq = Some(wizard(&app).edit_seq);
    update(
        &mut app,
        Msg::Renamed {
            seq,
            at: now,
            id: named,
        },
    );
    assert_eq!(wizard(&app).sheet.id, "20260923-dorota-kwiek-0001");
    // Once: going back and changing the client does not move the file again.
    crate::tui::test_render::change_step(&mut app, false);
    focus_on(&mut app, FieldId::Client);
    type_text(&mut app, "x");
    let effects = crate::tui::test_render::change_step(&mut app, true);
    assert!(
        effects.iter().all(|e| matches!(
            e,
            Effect::Save {
                name_after_client: false,
                ..
            }
        )),
        "{effects:?}"
    );
}

#[test]
fn the_coachs_own_sentence_comes_first_then_its_firmer_version() {
    use crate::tui::rehearse::Source;
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let mut sheet = new_sheet();
    sheet.scenario = "unpaid-invoice".into();
    sheet.opener.text =
        "Sorry to bother you, but I just wanted to ask whether invoice 12 could be paid this week."
            .into();
    let r = crate::tui::rehearse::Rehearse::new(
        sheet,
        &playbook,
        Timestamp::from_second(1_790_000_100).unwrap(),
        1,
    );
    assert_eq!(r.variations[0].source, Source::Yours);
    assert_eq!(r.variations[1].source, Source::YoursFirmer);
    assert_eq!(
        r.variations[1].text,
        "I wanted to ask whether invoice 12 could be paid this week."
    );
    let screen = {
        let mut app = app();
        app.screen = Screen::Rehearse(Box::new(r));
        let Screen::Rehearse(r) = &mut app.screen else {
            unreachable!()
        };
        r.variation = 1;
        crate::tui::test_render::render_at(&app, 80, 24)
    };
    assert!(screen.contains("yours, firmer"), "{screen}");
}
