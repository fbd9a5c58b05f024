//! The message step: built from the sheet, kept in step with it until edited, rebuilt only
//! when asked twice, copied out.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;
use talkprep::i18n::Lang;

use super::*;
use crate::tui::form::FieldId;
use crate::tui::theme::Theme;
use talkprep::sheet::{Channel, Sheet, SheetId};

fn key(app: &mut App, code: KeyCode, modifiers: KeyModifiers) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, modifiers)))
}

fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    key(app, KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

fn wizard(app: &App) -> &crate::tui::wizard::Wizard {
    app.wizard().expect("the wizard is open")
}

fn body(app: &App) -> String {
    wizard(app)
        .sheet
        .message
        .as_ref()
        .map(|m| m.body.clone())
        .unwrap_or_default()
}

fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|(_, text)| text.clone())
        .unwrap_or_default()
}

fn focus_on(app: &mut App, id: FieldId) {
    for _ in 0..10 {
        if wizard(app).focused().map(|c| c.id) == Some(id) {
            return;
        }
        key(app, KeyCode::Tab, KeyModifiers::NONE);
    }
    panic!("no {id:?} on this step");
}

/// An unpaid invoice by email, on the message step.
fn on_the_message_step(channel: Channel) -> App {
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let mut app = App::new(playbook, Lang::En, Theme::plain(), "/tmp".into());
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let now = Timestamp::from_second(1_790_000_000).unwrap();
    let mut sheet = Sheet::new(SheetId::parse("20260923-marta-0001").unwrap(), now);
    sheet.scenario = "unpaid-invoice".into();
    sheet.client = "Marta Kowalski".into();
    sheet.topic = "invoice 2026-031".into();
    sheet.channel = Some(channel);
    sheet.opener.text =
        "Hi Marta, can you help me understand where invoice 2026-031 stands?".into();
    sheet.facts.what_happened = "Invoice 2026-031 was due on 17 November.".into();
    sheet.fallbacks = vec!["Two instalments, 15 and 30 December.".into()];
    update(&mut app, Msg::Created(Box::new(sheet)));
    for _ in 0..6 {
        crate::tui::test_render::change_step(&mut app, true);
    }
    assert_eq!(wizard(&app).step, Step::Message);
    app
}

#[test]
fn the_step_builds_an_email_with_a_subject_from_the_sheet() {
    let app = on_the_message_step(Channel::Email);
    let w = wizard(&app);
    let message = w.sheet.message.as_ref().unwrap();
    assert_eq!(message.subject, "About invoice 2026-031");
    assert!(
        message.body.starts_with("Hi Marta,\n\nCan you help me"),
        "{}",
        message.body
    );
    assert!(
        message
            .body
            .contains("- Two instalments, 15 and 30 December.")
    );
    assert!(!message.edited);
    assert!(w.dirty, "the message built is saved with the sheet");
    let report = w.message_tone.as_ref().expect("checked as it is built");
    assert!(report.sentences >= 5, "{report:?}");
    let ids: Vec<FieldId> = w.controls.iter().map(|c| c.id).collect();
    assert_eq!(
        ids,
        [
            FieldId::MessageNextBy,
            FieldId::MessageSubject,
            FieldId::MessageBody
        ]
    );
}

#[test]
fn an_untouched_message_follows_the_date_as_it_is_typed() {
    let mut app = on_the_message_step(Channel::Email);
    focus_on(&mut app, FieldId::MessageNextBy);
    type_text(&mut app, "2026-12-11");
    assert!(body(&app).contains("by 11 December 2026"), "{}", body(&app));
    assert!(!wizard(&app).message_edited());
}

#[test]
fn edits_are_kept_when_the_sheet_changes_and_rebuilding_asks_first() {
    let mut app = on_the_message_step(Channel::Email);
    focus_on(&mut app, FieldId::MessageBody);
    type_text(&mut app, "P.S. Thank you, Kendra.");
    assert!(wizard(&app).message_edited());
    let edited = body(&app);
    assert!(
        edited.contains("Kendra"),
        "typed letters stay text: {edited}"
    );
    // Back to the facts, a change, and forward again: the edited message stays.
    for _ in 0..5 {
        crate::tui::test_render::change_step(&mut app, false);
    }
    assert_eq!(wizard(&app).step, Step::Facts);
    type_text(&mut app, " Two reminders.");
    for _ in 0..5 {
        crate::tui::test_render::change_step(&mut app, true);
    }
    assert_eq!(body(&app), edited);
    // A rebuild asks first; any other key in between cancels it.
    ctrl(&mut app, 'r');
    assert_eq!(body(&app), edited);
    assert!(status(&app).contains("again"), "{}", status(&app));
    key(&mut app, KeyCode::Left, KeyModifiers::NONE);
    ctrl(&mut app, 'r');
    assert_eq!(body(&app), edited, "asked again after another key");
    ctrl(&mut app, 'r');
    let rebuilt = body(&app);
    assert!(!rebuilt.contains("Kendra"), "{rebuilt}");
    assert!(
        rebuilt.contains("Two reminders."),
        "built from the changed facts: {rebuilt}"
    );
    assert!(!wizard(&app).message_edited());
    assert!(wizard(&app).dirty);
}

#[test]
fn an_untouched_message_rebuilds_at_once() {
    let mut app = on_the_message_step(Channel::Message);
    let before = body(&app);
    ctrl(&mut app, 'r');
    assert_eq!(body(&app), before);
    assert_eq!(status(&app), "Built again from the sheet.");
}

#[test]
fn copy_puts_the_message_on_the_clipboard() {
    let mut app = on_the_message_step(Channel::Email);
    let effects = ctrl(&mut app, 'y');
    let [Effect::Copy { text, .. }] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert_eq!(*text, body(&app));
}

#[test]
fn a_call_gets_a_talk_track_and_no_subject() {
    let app = on_the_message_step(Channel::Call);
    let w = wizard(&app);
    assert!(
        body(&app).starts_with("1. Open: Hi Marta"),
        "{}",
        body(&app)
    );
    assert!(!w.controls.iter().any(|c| c.id == FieldId::MessageSubject));
    assert!(w.sheet.message.as_ref().unwrap().spoken);
}
