//! Exporting over a file that is already there: asked once, replaced on a second export.

use std::path::PathBuf;
use talkprep::i18n::Lang;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;

use super::*;
use crate::tui::form::TextField;
use crate::tui::theme::Theme;
use talkprep::sheet::{Sheet, SheetId};

fn app_with_a_sheet() -> App {
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let mut app = App::new(playbook, Lang::En, Theme::plain(), PathBuf::from("/tmp"));
    update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)),
    );
    let now = Timestamp::from_second(1_790_000_000).unwrap();
    let sheet = Sheet::new(SheetId::parse("20260923-acme-0001").unwrap(), now);
    update(&mut app, Msg::Created(Box::new(sheet)));
    app
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn open_prompt(app: &mut App, path: &str) {
    let Screen::Wizard(w) = &mut app.screen else {
        panic!("the wizard is open");
    };
    w.export_prompt = Some(TextField::new(path, true));
}

fn export_of(effects: &[Effect]) -> (PathBuf, bool) {
    match effects {
        [Effect::Write { path, replace, .. }] => (path.clone(), *replace),
        other => panic!("expected one export, got {other:?}"),
    }
}

#[test]
fn an_existing_file_is_replaced_only_after_a_second_export() {
    let mut app = app_with_a_sheet();
    open_prompt(&mut app, "/tmp/kim.md");
    let first = export_of(&press(&mut app, KeyCode::Enter));
    assert_eq!(first, (PathBuf::from("/tmp/kim.md"), false));

    update(&mut app, Msg::ExportExists(first.0.clone()));
    let (tone, text) = app.status.clone().expect("a status message");
    assert_eq!(tone, Tone::Bad);
    assert!(text.starts_with("Already exists, export again"), "{text}");
    assert!(text.ends_with("/tmp/kim.md"), "{text}");
    let prompt = app.wizard().and_then(|w| w.export_prompt.as_ref());
    assert_eq!(prompt.map(TextField::value).as_deref(), Some("/tmp/kim.md"));

    let second = export_of(&press(&mut app, KeyCode::Enter));
    assert_eq!(second, (PathBuf::from("/tmp/kim.md"), true));
}

#[test]
fn another_name_or_escape_never_replaces() {
    let mut app = app_with_a_sheet();
    update(&mut app, Msg::ExportExists(PathBuf::from("/tmp/kim.md")));
    let Screen::Wizard(w) = &mut app.screen else {
        panic!("the wizard is open");
    };
    if let Some(prompt) = &mut w.export_prompt {
        prompt.set_value("/tmp/kim-2.md");
    }
    let renamed = export_of(&press(&mut app, KeyCode::Enter));
    assert_eq!(renamed, (PathBuf::from("/tmp/kim-2.md"), false));

    update(&mut app, Msg::ExportExists(PathBuf::from("/tmp/kim.md")));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overwrite_ok, None);
    open_prompt(&mut app, "/tmp/kim.md");
    let again = export_of(&press(&mut app, KeyCode::Enter));
    assert_eq!(again, (PathBuf::from("/tmp/kim.md"), false));
}
