//! The traps a new user fell into: typing a name anywhere never runs a command, Esc goes back
//! one level, an empty name is refused out loud.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use talkprep::i18n::Lang;
use talkprep::sheet::{Sheet, SheetId};

use crate::tui::app::{App, Effect, Msg, Screen};
use crate::tui::flags_state::Focus;
use crate::tui::form::FieldId;
use crate::tui::theme::Theme;
use crate::tui::update::update;

fn app() -> App {
    let playbook = talkprep::playbook::bundled("en").unwrap();
    App::new(playbook, Lang::En, Theme::plain(), "/tmp".into())
}

fn sheet(id: &str, client: &str) -> Sheet {
    let mut sheet = Sheet::new(SheetId::parse(id).unwrap(), jiff::Timestamp::UNIX_EPOCH);
    sheet.client = client.to_owned();
    sheet.scenario = "unpaid-invoice".to_owned();
    sheet
}

fn type_text(app: &mut App, text: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for c in text.chars() {
        effects.extend(update(
            app,
            Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        ));
    }
    effects
}

/// Puts the focus on the wizard's control `id`, as a click would.
fn focus(app: &mut App, id: FieldId) {
    let Screen::Wizard(w) = &mut app.screen else {
        panic!("the wizard is open")
    };
    w.focus = w.controls.iter().position(|c| c.id == id).unwrap();
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    crate::tui::test_render::send(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

#[test]
fn typing_names_on_home_with_a_sheet_selected_only_filters() {
    let mut app = app();
    let library = vec![
        sheet("20261101-dana-0001", "Dana"),
        sheet("20261102-nora-0002", "Nora"),
        sheet("20261103-kim-0003", "Kim"),
    ];
    update(&mut app, Msg::library(library));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    for name in ["dan", "nora", "kim", "dd", "quinn", "rupert", "jgkG", "u"] {
        let effects = type_text(&mut app, name);
        assert!(effects.is_empty(), "{name}: {effects:?}");
        assert!(matches!(app.screen, Screen::Home), "{name}");
        assert!(!app.quit, "{name}");
        assert_eq!(app.home.filter.value(), name, "{name}");
        for _ in name.chars() {
            press(&mut app, KeyCode::Backspace);
        }
    }
    type_text(&mut app, "dana");
    assert_eq!(app.visible_library().as_ref(), &[0]);
}

#[test]
fn deleting_on_home_takes_a_key_nobody_types_and_undo_says_how() {
    let mut app = app();
    update(
        &mut app,
        Msg::library(vec![sheet("20261101-dana-0001", "Dana")]),
    );
    press(&mut app, KeyCode::Down);
    let effects = press(&mut app, KeyCode::Delete);
    let dana = SheetId::parse("20261101-dana-0001").unwrap();
    assert_eq!(effects, vec![Effect::Delete(dana.clone())]);
    update(&mut app, Msg::Deleted(Ok(dana.clone())));
    let (_, status) = app.status.clone().unwrap();
    assert!(status.contains("Ctrl-Z"), "{status}");
    let effects = update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL)),
    );
    assert_eq!(effects, vec![Effect::Restore(dana), Effect::LoadLibrary]);
}

#[test]
fn q_and_n_in_the_flags_name_are_text_and_an_empty_name_is_refused() {
    let mut app = app();
    press(&mut app, KeyCode::F(1));
    press(&mut app, KeyCode::Esc);
    super::flags::open(&mut app, None);
    // Enter on the empty name says what to do and stays on the name.
    press(&mut app, KeyCode::Enter);
    let Screen::Flags(f) = &app.screen else {
        panic!("the review is open")
    };
    assert_eq!(f.focus, Focus::Client);
    assert!(
        app.status.is_some(),
        "Enter on an empty name says what to do"
    );
    type_text(&mut app, "joe pasquale");
    let Screen::Flags(f) = &app.screen else {
        panic!("q did not quit: the review is still open")
    };
    assert_eq!(f.client_name(), "joe pasquale");
    assert!(f.note.is_none());
    assert!(!app.quit);
}

#[test]
fn esc_in_a_wizard_field_leaves_the_field_not_the_wizard() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    update(
        &mut app,
        Msg::Created(Box::new(sheet("20261101-dana-0001", ""))),
    );
    focus(&mut app, FieldId::Client);
    type_text(&mut app, "Dana");
    press(&mut app, KeyCode::Esc);
    assert!(
        matches!(app.screen, Screen::Wizard(_)),
        "one Esc keeps the wizard"
    );
    // Typing again goes on in the same field; nothing typed was lost.
    type_text(&mut app, " K");
    let Screen::Wizard(w) = &app.screen else {
        panic!("the wizard is open")
    };
    assert_eq!(w.sheet.client, "Dana K");
    press(&mut app, KeyCode::Esc);
    let effects = press(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Home), "a second Esc goes home");
    assert!(effects.iter().any(|e| matches!(e, Effect::Save { .. })));
}

#[test]
fn an_unreadable_date_is_kept_as_typed_and_said_before_moving_on() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    update(
        &mut app,
        Msg::Created(Box::new(sheet("20261101-dana-0001", "Dana"))),
    );
    focus(&mut app, FieldId::When);
    type_text(&mut app, "next friday");
    let next = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL);
    update(&mut app, Msg::Key(next));
    let Screen::Wizard(w) = &app.screen else {
        panic!("the wizard is open")
    };
    assert_eq!(w.step, talkprep::sheet::Step::Who, "the step says so first");
    assert!(matches!(app.status, Some((crate::tui::app::Tone::Bad, _))));
    assert_eq!(w.when_input, "next friday");
    assert_eq!(w.sheet.when, None);
    update(&mut app, Msg::Key(next));
    let Screen::Wizard(w) = &app.screen else {
        panic!("the wizard is open")
    };
    assert_eq!(w.step, talkprep::sheet::Step::Facts, "then it goes ahead");
    assert_eq!(w.when_input, "next friday", "what was typed stays");
}

#[test]
fn a_date_in_the_local_order_is_read() {
    let mut app = app();
    app.lang = Lang::Pl;
    update(
        &mut app,
        Msg::Clock(jiff::civil::date(2026, 12, 1).at(9, 0, 0, 0)),
    );
    press(&mut app, KeyCode::Enter);
    let mut polish = sheet("20261101-dana-0001", "Dana");
    polish.lang = Lang::Pl;
    update(&mut app, Msg::Created(Box::new(polish)));
    focus(&mut app, FieldId::When);
    type_text(&mut app, "3.12 16:30");
    let Screen::Wizard(w) = &app.screen else {
        panic!("the wizard is open")
    };
    assert_eq!(
        w.sheet.when,
        Some(jiff::civil::date(2026, 12, 3).at(16, 30, 0, 0))
    );
}

#[test]
fn a_suggestion_over_my_own_opener_says_how_to_get_it_back() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    update(
        &mut app,
        Msg::Created(Box::new(sheet("20261101-dana-0001", "Dana"))),
    );
    for _ in 0..5 {
        crate::tui::test_render::change_step(&mut app, true);
    }
    let Screen::Wizard(w) = &mut app.screen else {
        panic!("the wizard is open")
    };
    assert_eq!(w.step, talkprep::sheet::Step::Opener);
    focus(&mut app, FieldId::Opener);
    type_text(&mut app, "My own careful sentence.");
    focus(&mut app, FieldId::OpenerIdeas);
    press(&mut app, KeyCode::Enter);
    let (_, status) = app.status.clone().expect("the replacement is said");
    assert!(status.contains("Ctrl-Z"), "{status}");
    // And Ctrl-Z in the opener brings the sentence back.
    focus(&mut app, FieldId::Opener);
    for _ in 0..2 {
        update(
            &mut app,
            Msg::Key(KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL)),
        );
    }
    let Screen::Wizard(w) = &app.screen else {
        panic!("the wizard is open")
    };
    assert_eq!(w.sheet.opener.text, "My own careful sentence.");
}

#[test]
fn a_sheet_open_in_another_window_is_shown_read_only() {
    let mut app = app();
    let dana = sheet("20261101-dana-0001", "Dana");
    update(&mut app, Msg::library(vec![dana.clone()]));
    press(&mut app, KeyCode::Down);
    // The store's answer is given by hand here: the sheet is held by another window.
    let effects = update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)),
    );
    assert_eq!(
        effects,
        vec![Effect::Open(SheetId::parse("20261101-dana-0001").unwrap())]
    );
    assert!(matches!(app.screen, Screen::Home), "opens once read");
    update(
        &mut app,
        Msg::Opened {
            sheet: Box::new(dana.clone()),
            read_only: true,
        },
    );
    let (_, status) = app.status.clone().unwrap();
    assert!(status.contains("another talkprep"), "{status}");
    let Screen::Wizard(w) = &mut app.screen else {
        panic!("the wizard is open")
    };
    w.focus = w.controls.iter().position(|c| c.is_text()).unwrap();
    type_text(&mut app, "X");
    let Screen::Wizard(w) = &app.screen else {
        panic!("the wizard is open")
    };
    assert_eq!(w.sheet, dana, "nothing typed changes a read-only sheet");
    assert!(!w.dirty);
}

#[test]
fn steady_typing_is_saved_at_least_every_two_seconds() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    update(
        &mut app,
        Msg::Created(Box::new(sheet("20261101-dana-0001", ""))),
    );
    focus(&mut app, FieldId::Client);
    // One key every half second for ten seconds: the debounce alone would never save.
    let mut saves = 0;
    for i in 0..20u64 {
        let now = 1_000 + i * 500;
        update(&mut app, Msg::Tick(now));
        type_text(&mut app, "a");
        for effect in update(&mut app, Msg::Tick(now + 250)) {
            if let Effect::Save { seq, .. } = effect {
                saves += 1;
                update(&mut app, Msg::Saved(Ok((seq, jiff::Timestamp::UNIX_EPOCH))));
            }
        }
    }
    assert!(saves >= 4, "{saves} saves in ten seconds of steady typing");
}

#[test]
fn quitting_the_review_keeps_the_note_being_written() {
    let mut app = app();
    // Opened with a name, the checklist has the keyboard.
    super::flags::open(&mut app, Some("Dana"));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "late again on 3 Nov");
    let effects = update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL)),
    );
    let saved = effects.iter().find_map(|e| match e {
        Effect::Flags(crate::tui::flags_state::FlagsEffect::Save { review, .. }) => Some(review),
        _ => None,
    });
    let review = saved.expect("quitting saves the review");
    assert!(
        review.notes.values().any(|n| n == "late again on 3 Nov"),
        "{:?}",
        review.notes
    );
    assert!(app.quit);
}

#[test]
fn a_follow_up_written_but_not_added_is_kept_on_quit() {
    let mut app = app();
    let mut dana = sheet("20261101-dana-0001", "Dana");
    dana.when = Some(jiff::civil::date(2026, 11, 2).at(10, 0, 0, 0));
    update(
        &mut app,
        Msg::Clock(jiff::civil::date(2026, 12, 1).at(9, 0, 0, 0)),
    );
    update(&mut app, Msg::library(vec![dana]));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let Screen::Wizard(w) = &mut app.screen else {
        panic!("the wizard is open")
    };
    assert_eq!(w.step, talkprep::sheet::Step::Debrief);
    focus(&mut app, FieldId::NewFollowWhat);
    type_text(&mut app, "Send the split invoice");
    let quit = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
    update(&mut app, Msg::Key(quit));
    let effects = press(&mut app, KeyCode::Enter);
    let saved = effects.iter().find_map(|e| match e {
        Effect::Save { sheet, .. } => Some(sheet),
        _ => None,
    });
    let sheet = saved.expect("quitting saves");
    assert_eq!(sheet.follow_ups.len(), 1, "{:?}", sheet.follow_ups);
    assert_eq!(sheet.follow_ups[0].what, "Send the split invoice");
}

#[test]
fn a_pause_while_writing_a_follow_up_does_not_add_half_of_it() {
    let mut app = app();
    let mut dana = sheet("20261101-dana-0001", "Dana");
    dana.when = Some(jiff::civil::date(2026, 11, 2).at(10, 0, 0, 0));
    update(
        &mut app,
        Msg::Clock(jiff::civil::date(2026, 12, 1).at(9, 0, 0, 0)),
    );
    update(&mut app, Msg::library(vec![dana]));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    focus(&mut app, FieldId::NewFollowWhat);
    type_text(&mut app, "Send the rev");
    // The person stops to think; autosave runs.
    update(&mut app, Msg::Tick(60_000));
    type_text(&mut app, "ised quote");
    let Screen::Wizard(w) = &app.screen else {
        panic!("the wizard is open")
    };
    assert!(w.sheet.follow_ups.is_empty(), "{:?}", w.sheet.follow_ups);
    let typed = w
        .controls
        .iter()
        .find(|c| c.id == FieldId::NewFollowWhat)
        .and_then(|c| c.as_text())
        .map(|t| t.value());
    assert_eq!(typed.as_deref(), Some("Send the revised quote"));
}

#[test]
fn below_the_minimum_size_keys_go_nowhere_but_quit() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    update(
        &mut app,
        Msg::Created(Box::new(sheet("20261101-dana-0001", ""))),
    );
    focus(&mut app, FieldId::Client);
    update(&mut app, Msg::Resize(40, 10));
    type_text(&mut app, "hidden");
    let Screen::Wizard(w) = &app.screen else {
        panic!("the wizard is open")
    };
    assert_eq!(
        w.sheet.client, "",
        "nothing typed into a field nobody can see"
    );
    update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL)),
    );
    assert!(app.quit);
}

/// Tab from the scenario filter lands on the scenario list: a name typed there ("Dominique",
/// with its q) must not quit, and the person is told where the keyboard is.
#[test]
fn a_name_typed_on_a_list_in_the_wizard_never_quits() {
    let mut app = app();
    update(&mut app, Msg::Resize(80, 24));
    update(
        &mut app,
        Msg::Created(Box::new(sheet("20261101-dana-0001", ""))),
    );
    for widget_is_list in [FieldId::Scenario, FieldId::Channel] {
        focus(&mut app, widget_is_list);
        type_text(&mut app, "Dominique Rénard? jk");
        assert!(!app.quit, "{widget_is_list:?}");
        assert!(
            app.overlay.is_none(),
            "{widget_is_list:?}: {:?}",
            app.overlay
        );
        let said = app
            .status
            .as_ref()
            .map(|(_, text)| text.clone())
            .unwrap_or_default();
        assert!(said.contains("Tab"), "{widget_is_list:?}: {said}");
    }
}

/// Typing a word in the scenario finder and Tabbing on to the client (never pressing Space
/// or Enter on the list) still chooses the scenario the cursor was on.
#[test]
fn tabbing_past_the_scenario_list_chooses_the_match_under_the_cursor() {
    let mut app = app();
    update(&mut app, Msg::Resize(80, 24));
    let mut blank = sheet("20261101-dana-0001", "");
    blank.scenario = String::new();
    update(&mut app, Msg::Created(Box::new(blank)));
    focus(&mut app, FieldId::ScenarioFilter);
    type_text(&mut app, "invoice");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    let Screen::Wizard(w) = &app.screen else {
        panic!("the wizard is open")
    };
    assert_eq!(w.sheet.scenario, "unpaid-invoice");
    assert_eq!(w.focused().map(|c| c.id), Some(FieldId::Client));
}

/// At start the app offers to bring back what an earlier run could not save, with the key that
/// does it; the key brings it back and the status says how.
#[test]
fn the_next_start_offers_to_bring_back_rescued_typing() {
    let mut app = app();
    update(&mut app, Msg::Resize(80, 24));
    update(&mut app, Msg::Rescued(2));
    let said = app.status.clone().map(|(_, text)| text).unwrap_or_default();
    assert!(
        said.contains("2 preps") && said.contains("Ctrl-G"),
        "{said}"
    );
    let effects = update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL)),
    );
    assert_eq!(effects, vec![Effect::BringBack]);
    let effects = update(&mut app, Msg::BroughtBack(Ok((1, 1))));
    assert_eq!(effects, vec![Effect::LoadLibrary]);
    let said = app.status.clone().map(|(_, text)| text).unwrap_or_default();
    assert!(
        said.contains("Brought back 2 preps") && said.contains("1 as a copy"),
        "{said}"
    );
    // Nothing left: the key says so instead of doing nothing.
    let effects = update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL)),
    );
    assert!(effects.is_empty());
}
