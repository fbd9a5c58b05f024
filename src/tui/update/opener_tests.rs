//! Ctrl-T on the opener step: a ready rewrite is applied and said; none left is said too.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;
use talkprep::i18n::Lang;

use super::*;
use crate::tui::form::FieldId;
use crate::tui::theme::Theme;
use talkprep::sheet::{Sheet, SheetId};

fn key(app: &mut App, code: KeyCode, modifiers: KeyModifiers) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, modifiers)))
}

fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    key(app, KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn opener(app: &App) -> String {
    app.wizard()
        .expect("the wizard is open")
        .sheet
        .opener
        .text
        .clone()
}

fn on_the_opener_field() -> App {
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let mut app = App::new(playbook, Lang::En, Theme::plain(), "/tmp".into());
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let now = Timestamp::from_second(1_790_000_000).unwrap();
    let sheet = Sheet::new(SheetId::parse("20260923-acme-0001").unwrap(), now);
    update(&mut app, Msg::Created(Box::new(sheet)));
    for _ in 0..5 {
        crate::tui::test_render::change_step(&mut app, true);
    }
    for _ in 0..10 {
        let focused = app.wizard().and_then(|w| w.focused()).map(|c| c.id);
        if focused == Some(FieldId::Opener) {
            return app;
        }
        key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    }
    panic!("no opener field");
}

#[test]
fn a_ready_rewrite_is_applied_and_said() {
    let mut app = on_the_opener_field();
    update(
        &mut app,
        Msg::Paste("I just wanted to check on the invoice.".into()),
    );
    ctrl(&mut app, 't');
    assert_eq!(opener(&app), "I wanted to check on the invoice.");
    assert!(matches!(&app.status, Some((Tone::Good, t)) if t.starts_with("Rewrite applied")));

    ctrl(&mut app, 't');
    assert!(matches!(&app.status, Some((Tone::Info, t)) if t.starts_with("No finding")));
}

/// The bar offers the rewrite key only while a finding has a rewrite to apply.
#[test]
fn the_rewrite_key_is_in_the_bar_only_when_there_is_a_rewrite() {
    let mut app = on_the_opener_field();
    let in_bar = |app: &App| {
        let scopes = crate::tui::update::scopes(app);
        app.keys
            .active(&scopes, true, app.cat())
            .iter()
            .any(|shown| shown.action == crate::tui::keys::Action::ApplyRewrite)
    };
    update(
        &mut app,
        Msg::Paste("Could we look at the invoice together?".into()),
    );
    assert!(!in_bar(&app));
    update(&mut app, Msg::Paste(" I just wanted to check.".into()));
    assert!(in_bar(&app));
}
