//! The VA's way back to a verdict: home lists each reviewed client's latest verdict, Enter
//! opens it with its actions, Delete moves it to the trash and Ctrl-Z brings it back.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;
use talkprep::flags::Review;
use talkprep::i18n::Lang;
use talkprep::sheet::{Sheet, SheetId, Summary};

use crate::tui::app::{App, Effect, HomeRow, Msg, Screen};
use crate::tui::flags_state::{FlagsEffect, Page};
use crate::tui::theme::Theme;
use crate::tui::update::update;

fn app() -> App {
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let mut app = App::new(playbook, Lang::En, Theme::plain(), "/tmp".into());
    update(&mut app, Msg::Resize(80, 24));
    app
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn review(client: &str, id: &str, day: i8, ticked: &[&str]) -> Review {
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let created: Timestamp = format!("2026-11-{day:02}T12:00:00Z").parse().unwrap();
    let mut review = Review::new(client, Lang::En, created, jiff::civil::date(2026, 11, day));
    review.ticked = ticked.iter().map(|t| (*t).to_owned()).collect();
    review.rescore(&playbook.red_flags);
    review.id = id.to_owned();
    review
}

/// Home with one sheet (Dana's) and reviews of Dana (two) and Kasia (one).
fn home() -> App {
    let mut app = app();
    let mut sheet = Sheet::new(
        SheetId::parse("20261101-dana-0001").unwrap(),
        Timestamp::UNIX_EPOCH,
    );
    sheet.client = "Dana Quirk".into();
    let reviews = vec![
        review("Dana Quirk", "20261102-dana-quirk-aaaa", 2, &["pays-late"]),
        review(
            "Dana Quirk",
            "20261120-dana-quirk-bbbb",
            20,
            &["pays-late", "threats-abuse"],
        ),
        review("Kasia Nowak", "20261110-kasia-nowak-cccc", 10, &[]),
    ];
    update(
        &mut app,
        Msg::Library(vec![Summary::of(&sheet)], Vec::new(), reviews),
    );
    app
}

#[test]
fn home_lists_each_clients_latest_verdict_the_last_reviewed_first() {
    let app = home();
    let rows = app.home_rows().into_owned();
    assert_eq!(
        rows,
        vec![
            HomeRow::New,
            HomeRow::Review(0),
            HomeRow::Review(1),
            HomeRow::Sheet(0)
        ]
    );
    assert_eq!(app.reviewed[0].client, "Dana Quirk");
    assert_eq!(
        app.reviewed[0].latest().map(|r| r.id.as_str()),
        Some("20261120-dana-quirk-bbbb")
    );
    let screen = crate::tui::test_render::render_at(&app, 80, 24);
    assert!(
        screen.contains("◇ Dana Quirk · 20 Nov 2026 · score"),
        "{screen}"
    );
}

#[test]
fn typing_a_name_selects_the_sheet_before_the_verdict() {
    let mut app = home();
    for c in "dana".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    assert_eq!(crate::tui::update::home_row(&app), Some(HomeRow::Sheet(0)));
    for _ in 0..4 {
        press(&mut app, KeyCode::Backspace);
    }
    for c in "kasia".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    assert_eq!(
        crate::tui::update::home_row(&app),
        Some(HomeRow::Review(1)),
        "no sheet for Kasia: her verdict"
    );
}

#[test]
fn enter_opens_the_saved_verdict_as_the_review_being_edited() {
    let mut app = home();
    press(&mut app, KeyCode::Down);
    let effects = press(&mut app, KeyCode::Enter);
    let Screen::Flags(f) = &app.screen else {
        panic!("the verdict opens: {:?}", app.screen);
    };
    assert_eq!(f.page, Page::Verdict);
    assert_eq!(f.review.id, "20261120-dana-quirk-bbbb");
    assert_eq!(f.review.date, jiff::civil::date(2026, 11, 20), "same date");
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Flags(FlagsEffect::Adopt { review }) if review.id == f.review.id)),
        "its version is noted, so a change saves over it: {effects:?}"
    );
    let screen = crate::tui::test_render::render_at(&app, 80, 24);
    assert!(screen.contains("Verdict for Dana Quirk"), "{screen}");
}

#[test]
fn delete_on_the_verdict_trashes_it_and_ctrl_z_on_home_brings_it_back() {
    let mut app = home();
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let effects = press(&mut app, KeyCode::Delete);
    let id = SheetId::parse("20261120-dana-quirk-bbbb").unwrap();
    assert_eq!(
        effects,
        vec![Effect::DeleteReview(id.clone()), Effect::LoadLibrary]
    );
    assert!(matches!(app.screen, Screen::Home));
    update(&mut app, Msg::ReviewDeleted(Ok(id.clone())));
    assert!(matches!(&app.status, Some((_, t)) if t.starts_with("Review moved to the trash")));
    let effects = update(
        &mut app,
        Msg::Key(KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL)),
    );
    assert_eq!(effects, vec![Effect::RestoreReview(id.clone())]);
    let effects = update(&mut app, Msg::ReviewRestored(Ok(id)));
    assert_eq!(effects, vec![Effect::LoadLibrary]);
}

#[test]
fn delete_on_a_home_verdict_row_trashes_that_latest_review() {
    let mut app = home();
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    let effects = press(&mut app, KeyCode::Delete);
    assert_eq!(
        effects,
        vec![Effect::DeleteReview(
            SheetId::parse("20261110-kasia-nowak-cccc").unwrap()
        )]
    );
}
