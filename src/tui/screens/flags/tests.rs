//! The checklist and the verdict drawn into a test terminal, checked with insta snapshots
//! at 80x24 and 120x40, and drawn without panicking at every small size.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;
use jiff::civil::date;
use talkprep::i18n::Lang;

use crate::tui::app::{App, Effect, Msg};
use crate::tui::flags_state::{FlagsEffect, FlagsMsg, FlagsState};
use crate::tui::test_render::render;
use crate::tui::theme::Theme;
use crate::tui::update::{flags::open, update};
use talkprep::flags::Review;

fn app(width: u16, height: u16) -> App {
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let mut app = App::new(
        playbook,
        Lang::En,
        Theme::plain(),
        std::path::PathBuf::from("/tmp"),
    );
    update(&mut app, Msg::Resize(width, height));
    app
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn state(app: &App) -> &FlagsState {
    match &app.screen {
        crate::tui::app::Screen::Flags(f) => f,
        _ => panic!("the review screen is open"),
    }
}

fn tick(app: &mut App, id: &str) {
    for _ in 0..40 {
        if state(app).current(&app.playbook).map(|i| i.id.as_str()) == Some(id) {
            press(app, KeyCode::Char(' '));
            return;
        }
        press(app, KeyCode::Down);
    }
    panic!("no item {id}");
}

fn earlier(secs: i64, day: i8, score: u32, band: &str) -> Review {
    let mut r = Review::new(
        "Acme Ltd",
        Lang::En,
        Timestamp::from_second(secs).unwrap(),
        date(2026, 11, day),
    );
    r.id = format!("20261102-acme-ltd-{secs:04x}");
    r.score = score;
    r.band = band.into();
    r
}

/// Acme Ltd with two earlier reviews, three items ticked, one with a note.
fn checklist(width: u16, height: u16) -> App {
    let mut app = app(width, height);
    open(&mut app, Some("Acme Ltd"));
    update(
        &mut app,
        Msg::Flags(FlagsMsg::Loaded {
            clients: vec!["Acme Ltd".into(), "Globex".into()],
            reviews: vec![earlier(1, 2, 4, "pink"), earlier(2, 9, 6, "pink")],
            problems: Vec::new(),
        }),
    );
    tick(&mut app, "constant-contact");
    press(&mut app, KeyCode::Char('n'));
    update(&mut app, Msg::Paste("3 calls on Sunday".into()));
    press(&mut app, KeyCode::Enter);
    tick(&mut app, "unrealistic-expectations");
    tick(&mut app, "pays-late");
    app
}

/// Saves like the event loop, on a fixed day.
fn save(app: &mut App, effects: Vec<Effect>) {
    for effect in effects {
        if let Effect::Flags(FlagsEffect::Save { review, .. }) = effect {
            let mut review = *review;
            review.id = "20261123-acme-ltd-0001".into();
            review.created = "2026-11-23T12:00:00Z".parse().unwrap();
            review.date = date(2026, 11, 23);
            update(app, Msg::Flags(FlagsMsg::Saved(Ok(Box::new(review)))));
        }
    }
    app.status = None;
}

fn verdict(width: u16, height: u16, extra: &[&str]) -> App {
    let mut app = checklist(width, height);
    for id in extra {
        tick(&mut app, id);
    }
    let effects = press(&mut app, KeyCode::Enter);
    save(&mut app, effects);
    app
}

#[test]
fn checklist_80x24() {
    insta::assert_snapshot!(render(&checklist(80, 24)));
}

#[test]
fn checklist_120x40() {
    insta::assert_snapshot!(render(&checklist(120, 40)));
}

#[test]
fn checklist_completing_a_name_80x24() {
    let mut app = app(80, 24);
    open(&mut app, None);
    update(
        &mut app,
        Msg::Flags(FlagsMsg::Loaded {
            clients: vec!["Acme Ltd".into(), "Acme Studio".into(), "Globex".into()],
            reviews: Vec::new(),
            problems: Vec::new(),
        }),
    );
    update(&mut app, Msg::Paste("acm".into()));
    insta::assert_snapshot!(render(&app));
}

#[test]
fn verdict_redirect_80x24() {
    insta::assert_snapshot!(render(&verdict(80, 24, &[])));
}

#[test]
fn verdict_redirect_120x40() {
    insta::assert_snapshot!(render(&verdict(120, 40, &[])));
}

#[test]
fn verdict_exit_80x24() {
    insta::assert_snapshot!(render(&verdict(80, 24, &["threats-abuse"])));
}

#[test]
fn verdict_exit_120x40() {
    insta::assert_snapshot!(render(&verdict(120, 40, &["threats-abuse"])));
}

#[test]
fn verdict_all_clear_80x24() {
    let mut app = app(80, 24);
    open(&mut app, Some("Globex"));
    // Nothing ticked: the first Enter asks, the second records the all-clear.
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    let effects = press(&mut app, KeyCode::Enter);
    save(&mut app, effects);
    insta::assert_snapshot!(render(&app));
}

#[test]
fn every_size_draws_without_panicking() {
    let mut apps = vec![checklist(80, 24), verdict(80, 24, &["threats-abuse"])];
    apps.push(verdict(80, 24, &[]));
    for app in &mut apps {
        for width in (1..=130).step_by(7) {
            for height in (1..=45).step_by(4) {
                update(app, Msg::Resize(width, height));
                render(app);
            }
        }
    }
}

#[test]
fn the_home_screen_says_the_review_exists() {
    let app = app(80, 24);
    assert!(render(&app).contains("Ctrl-R: review a client's red flags"));
}
