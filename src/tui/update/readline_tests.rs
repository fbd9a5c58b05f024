//! Text fields that behave as a shell user's fingers expect: Ctrl-U deletes to the start of the
//! line, Ctrl-N and Ctrl-P move between lines of a multi-line answer (the page keys change the
//! step there), Ctrl-Z undoes.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use talkprep::i18n::Lang;
use talkprep::sheet::{Sheet, SheetId};

use crate::tui::app::{App, Msg, Screen};
use crate::tui::form::FieldId;
use crate::tui::theme::Theme;
use crate::tui::update::update;
use crate::tui::wizard::Step;

fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    update(app, Msg::Key(KeyEvent::new(code, mods)));
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

/// The wizard on the facts step, the focus in "what happened".
fn on_the_facts() -> App {
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let mut app = App::new(playbook, Lang::En, Theme::plain(), "/tmp".into());
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let mut sheet = Sheet::new(
        SheetId::parse("20261201-sheet-0001").unwrap(),
        jiff::Timestamp::UNIX_EPOCH,
    );
    sheet.scenario = "unpaid-invoice".into();
    update(&mut app, Msg::Created(Box::new(sheet)));
    key(&mut app, KeyCode::Char('n'), KeyModifiers::CONTROL);
    let Screen::Wizard(w) = &mut app.screen else {
        panic!("the wizard is open")
    };
    assert_eq!(w.step, Step::Facts);
    w.focus = w
        .controls
        .iter()
        .position(|c| c.id == FieldId::FactWhat)
        .unwrap();
    app
}

fn facts(app: &App) -> String {
    app.wizard().unwrap().sheet.facts.what_happened.clone()
}

#[test]
fn ctrl_u_deletes_to_the_start_of_the_line_and_ctrl_z_brings_it_back() {
    let mut app = on_the_facts();
    type_text(&mut app, "First line");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    type_text(&mut app, "Kendra owes 1,200");
    key(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(facts(&app), "First line\n");
    key(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(facts(&app), "First line\nKendra owes 1,200");
}

#[test]
fn in_a_multi_line_answer_ctrl_n_and_ctrl_p_move_between_lines() {
    let mut app = on_the_facts();
    type_text(&mut app, "one");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    type_text(&mut app, "two");
    key(&mut app, KeyCode::Char('p'), KeyModifiers::CONTROL);
    assert_eq!(
        app.wizard().unwrap().step,
        Step::Facts,
        "Ctrl-P stays on the step"
    );
    type_text(&mut app, "!");
    assert_eq!(facts(&app), "one!\ntwo", "the cursor went up a line");
    key(&mut app, KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(app.wizard().unwrap().step, Step::Facts);
    // The page keys still change the step, and Ctrl-N does outside a multi-line field.
    key(&mut app, KeyCode::PageDown, KeyModifiers::NONE);
    assert_eq!(app.wizard().unwrap().step, Step::Stakes);
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    let on_a_list = app
        .wizard()
        .unwrap()
        .focused()
        .is_some_and(|c| c.as_text().is_none_or(|t| t.single_line));
    assert!(on_a_list);
    key(&mut app, KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(app.wizard().unwrap().step, Step::Goal);
}

#[test]
fn the_hint_bar_names_the_key_that_works_in_a_multi_line_field() {
    let app = on_the_facts();
    let screen = crate::tui::test_render::render(&app);
    assert!(screen.contains("PgDn next step"), "{screen}");
    assert!(!screen.contains("Ctrl-N next step"), "{screen}");
}

#[test]
fn ctrl_o_hands_the_answer_to_the_editor_and_takes_back_what_it_left() {
    let mut app = on_the_facts();
    type_text(&mut app, "Invoice 031");
    let effects = update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('o'), KeyModifiers::CONTROL)),
    );
    let [crate::tui::app::Effect::EditOutside { field, text }] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert_eq!((*field, text.as_str()), (FieldId::FactWhat, "Invoice 031"));
    update(
        &mut app,
        Msg::EditedOutside {
            field: FieldId::FactWhat,
            text: Ok("Invoice 031, EUR 1,200,\nwas due on 17 November.".into()),
        },
    );
    assert_eq!(
        facts(&app),
        "Invoice 031, EUR 1,200,\nwas due on 17 November."
    );
    assert!(app.wizard().unwrap().dirty, "saved like any edit");
    // Undo brings back what was there before the editor (the replacement is a cut and an
    // insert in the field's history: two steps, as when a suggestion replaces an answer).
    key(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    key(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(facts(&app), "Invoice 031");
    // An editor that cannot run says why; the text stays.
    update(
        &mut app,
        Msg::EditedOutside {
            field: FieldId::FactWhat,
            text: Err(talkprep::i18n::Message::new("outside.no_terminal")),
        },
    );
    assert_eq!(facts(&app), "Invoice 031");
    assert!(matches!(app.status, Some((crate::tui::app::Tone::Bad, _))));
}
