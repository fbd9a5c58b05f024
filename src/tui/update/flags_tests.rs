//! The red-flag review driven through `update`, without a terminal.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};
use jiff::Timestamp;
use jiff::civil::date;
use talkprep::i18n::Lang;

use super::*;
use crate::tui::app::Msg;
use crate::tui::theme::Theme;
use crate::tui::update::update;
use talkprep::flags::Review;

fn app() -> App {
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let mut app = App::new(
        playbook,
        Lang::En,
        Theme::plain(),
        std::path::PathBuf::from("/tmp"),
    );
    update(&mut app, Msg::Resize(80, 24));
    app
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    update(
        app,
        Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    )
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn flags(app: &App) -> &FlagsState {
    match &app.screen {
        Screen::Flags(f) => f,
        _ => panic!("the review screen is open"),
    }
}

fn band(app: &App) -> String {
    flags(app)
        .verdict(&app.playbook.red_flags)
        .band_id()
        .to_owned()
}

/// Moves the cursor onto the item `id`.
fn go_to(app: &mut App, id: &str) {
    for _ in 0..40 {
        if flags(app).current(&app.playbook).map(|i| i.id.as_str()) == Some(id) {
            return;
        }
        press(app, KeyCode::Down);
    }
    for _ in 0..40 {
        if flags(app).current(&app.playbook).map(|i| i.id.as_str()) == Some(id) {
            return;
        }
        press(app, KeyCode::Up);
    }
    panic!("no item {id}");
}

fn tick(app: &mut App, id: &str) {
    go_to(app, id);
    press(app, KeyCode::Char(' '));
}

fn earlier(client: &str, secs: i64, score: u32, band: &str) -> Review {
    let mut r = Review::new(
        client,
        Lang::En,
        Timestamp::from_second(secs).unwrap(),
        date(2026, 11, 2),
    );
    r.id = format!("earlier-{secs}");
    r.score = score;
    r.band = band.into();
    r
}

fn loaded(app: &mut App) {
    update(
        app,
        Msg::Flags(FlagsMsg::Loaded {
            clients: vec!["Acme Ltd".into(), "Acme Studio".into(), "Globex".into()],
            reviews: vec![earlier("acme ltd", 1_790_000_000, 6, "pink")],
            problems: Vec::new(),
        }),
    );
}

/// Runs a save the way the event loop does, with a fixed clock.
fn saved(app: &mut App, effects: &[Effect]) -> Review {
    let review = effects
        .iter()
        .find_map(|e| match e {
            Effect::Flags(FlagsEffect::Save { review: r, .. }) => Some(r.clone()),
            _ => None,
        })
        .expect("a save");
    let mut review = *review;
    review.assign_identity("2026-11-23T12:00:00Z".parse().unwrap());
    update(
        app,
        Msg::Flags(FlagsMsg::Saved(Ok(Box::new(review.clone())))),
    );
    review
}

#[test]
fn r_on_home_opens_the_checklist_and_loads_names() {
    let mut app = app();
    let effects = ctrl(&mut app, 'r');
    assert_eq!(effects, vec![Effect::Flags(FlagsEffect::Load)]);
    assert_eq!(flags(&app).page, Page::Checklist);
    assert_eq!(flags(&app).focus, Focus::Client);
}

#[test]
fn a_whole_review_ticks_scores_notes_and_saves() {
    let mut app = app();
    ctrl(&mut app, 'r');
    loaded(&mut app);

    // The name completes with Tab from the names known.
    type_text(&mut app, "acme l");
    assert_eq!(flags(&app).candidates, ["Acme Ltd"]);
    press(&mut app, KeyCode::Tab);
    assert_eq!(flags(&app).client_name(), "Acme Ltd");
    assert_eq!(flags(&app).history().len(), 1, "the earlier review shows");
    press(&mut app, KeyCode::Enter);
    assert_eq!(flags(&app).focus, Focus::Items);

    // Ticking moves the live verdict up the bands.
    assert_eq!(band(&app), "clear");
    tick(&mut app, "pays-late");
    assert_eq!(band(&app), "pink");
    tick(&mut app, "never-satisfied");
    tick(&mut app, "constant-contact");
    assert_eq!(band(&app), "red");
    assert_eq!(flags(&app).review.score, 8);
    // Unticking brings it down again.
    tick(&mut app, "constant-contact");
    assert_eq!(band(&app), "pink");
    tick(&mut app, "constant-contact");

    // A note on the item under the cursor.
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "3 calls on Sunday");
    assert_eq!(flags(&app).review.note("constant-contact"), None);
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        flags(&app).review.note("constant-contact"),
        Some("3 calls on Sunday")
    );
    // Letters typed in the note did not tick anything or quit.
    assert_eq!(flags(&app).review.ticked.len(), 3);

    // Enter shows the verdict and saves.
    let effects = press(&mut app, KeyCode::Enter);
    assert_eq!(flags(&app).page, Page::Verdict);
    let review = saved(&mut app, &effects);
    assert_eq!(review.client, "Acme Ltd");
    assert_eq!(review.band, "red");
    assert_eq!(review.score, 8);
    assert_eq!(
        review.ticked,
        ["constant-contact", "never-satisfied", "pays-late"]
    );
    assert!(!flags(&app).dirty);
    assert_eq!(flags(&app).review.id, review.id);
    assert_eq!(flags(&app).reviews.len(), 2, "kept beside the earlier one");

    // The redirection plan is a checklist; ticking a step saves at once.
    let effects = press(&mut app, KeyCode::Down);
    assert!(effects.is_empty());
    let effects = press(&mut app, KeyCode::Char(' '));
    let review = saved(&mut app, &effects);
    assert_eq!(review.plan_done, [1]);

    // Esc goes back to the checklist, Esc again home (nothing left to save).
    press(&mut app, KeyCode::Esc);
    assert_eq!(flags(&app).page, Page::Checklist);
    let effects = press(&mut app, KeyCode::Esc);
    assert_eq!(effects, vec![Effect::LoadLibrary]);
    assert!(matches!(app.screen, Screen::Home));
}

#[test]
fn an_extreme_item_gives_an_exit_and_starts_an_exit_prep() {
    let mut app = app();
    open(&mut app, Some("Globex"));
    assert_eq!(flags(&app).focus, Focus::Items);
    tick(&mut app, "disrespect-insults");
    assert_eq!(band(&app), "breaking");
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "Shouted at me on the 3 Nov call");
    press(&mut app, KeyCode::Enter);
    let effects = press(&mut app, KeyCode::Enter);
    saved(&mut app, &effects);
    let effects = press(&mut app, KeyCode::Char('x'));
    let title = app
        .playbook
        .red_flags
        .items
        .iter()
        .find(|i| i.id == "disrespect-insults")
        .unwrap()
        .title
        .clone();
    assert_eq!(
        effects,
        vec![Effect::Flags(FlagsEffect::ExitPrep {
            client: "Globex".into(),
            lang: Lang::En,
            scenario: app.playbook.red_flags.exit_scenario.clone(),
            facts: format!("- {title}: Shouted at me on the 3 Nov call"),
        })]
    );
    // The effect runner makes the sheet; the wizard opens on it.
    let store_dir = tempfile::tempdir().unwrap();
    let store = talkprep::store::Store::open(store_dir.path().to_path_buf()).unwrap();
    let env = crate::tui::effects::Env {
        now: || Timestamp::UNIX_EPOCH,
        in_tmux: false,
    };
    let mut held = crate::tui::effects::Held::default();
    let made = crate::tui::effects::run(effects[0].clone(), &store, &env, &mut held).unwrap();
    update(&mut app, made);
    let w = app.wizard().expect("the wizard is open");
    assert_eq!(w.sheet.scenario, "ending-relationship");
    assert_eq!(w.sheet.client, "Globex");
    // Esc at once keeps it: the review's facts are not dropped silently.
    press(&mut app, KeyCode::Esc);
    let effects = press(&mut app, KeyCode::Esc);
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Save { sheet, .. } if sheet.client == "Globex")),
        "{effects:?}"
    );
}

#[test]
fn a_review_with_nothing_ticked_is_saved_only_when_asked_twice() {
    let mut app = app();
    open(&mut app, Some("Dana Kowalczyk"));
    press(&mut app, KeyCode::Down);
    let effects = press(&mut app, KeyCode::Enter);
    assert!(
        effects.is_empty(),
        "a bare Enter saves nothing: {effects:?}"
    );
    assert_eq!(flags(&app).page, Page::Checklist);
    assert!(matches!(app.status, Some((Tone::Bad, _))));
    // Any other key drops the question; the next Enter asks again.
    press(&mut app, KeyCode::Down);
    assert!(press(&mut app, KeyCode::Enter).is_empty());
    let effects = press(&mut app, KeyCode::Enter);
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::Flags(FlagsEffect::Save { .. })]
        ),
        "asked twice, it is recorded: {effects:?}"
    );
    assert_eq!(flags(&app).page, Page::Verdict);
    // With something ticked there is no question.
    let mut app = self::app();
    open(&mut app, Some("Dana Kowalczyk"));
    tick(&mut app, "pays-late");
    let effects = press(&mut app, KeyCode::Enter);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Flags(FlagsEffect::Save { .. })]
    ));
}

#[test]
fn the_verdict_needs_a_client_name() {
    let mut app = app();
    open(&mut app, None);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char(' '));
    let effects = press(&mut app, KeyCode::Enter);
    assert!(effects.is_empty());
    assert_eq!(flags(&app).page, Page::Checklist);
    assert_eq!(flags(&app).focus, Focus::Client);
    assert!(matches!(app.status, Some((Tone::Bad, _))));
}

#[test]
fn leaving_or_quitting_saves_a_review_worth_keeping() {
    let mut app = app();
    open(&mut app, Some("Acme"));
    tick(&mut app, "pays-late");
    let effects = press(&mut app, KeyCode::Esc);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Flags(FlagsEffect::Save { review: r, .. }), Effect::LoadLibrary] if r.client == "Acme"
    ));

    let mut app = self::app();
    open(&mut app, Some("Acme"));
    tick(&mut app, "pays-late");
    let effects = ctrl(&mut app, 'q');
    assert!(matches!(
        effects.as_slice(),
        [Effect::Flags(FlagsEffect::Save { .. })]
    ));
    assert!(app.quit);

    // Nothing ticked and never saved: nothing to keep.
    let mut app = self::app();
    open(&mut app, Some("Acme"));
    assert_eq!(ctrl(&mut app, 'q'), Vec::new());
    assert!(app.quit);
}

#[test]
fn typing_q_in_the_name_types_it() {
    let mut app = app();
    open(&mut app, None);
    assert!(press(&mut app, KeyCode::Char('q')).is_empty());
    assert_eq!(flags(&app).client_name(), "q");
}

#[test]
fn paste_goes_to_the_name_or_the_note() {
    let mut app = app();
    open(&mut app, None);
    update(&mut app, Msg::Paste("Zoë\r\nCafé".into()));
    assert_eq!(flags(&app).client_name(), "Zoë Café");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('n'));
    update(&mut app, Msg::Paste("late again".into()));
    press(&mut app, KeyCode::Enter);
    let first = flags(&app).current(&app.playbook).unwrap().id.clone();
    assert_eq!(flags(&app).review.note(&first), Some("late again"));
}

#[test]
fn a_click_ticks_the_item_under_it() {
    let mut app = app();
    open(&mut app, Some("Acme"));
    // 80x24: header, client field (3), strip, then the list's border; the first row is the
    // first group's heading, the second its first item.
    let click = |row| {
        Msg::Mouse(MouseEvent {
            kind: MouseEventKind::Down(crossterm::event::MouseButton::Left),
            column: 10,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    update(&mut app, click(7));
    assert_eq!(flags(&app).cursor, 0);
    assert_eq!(flags(&app).review.ticked.len(), 1);
    update(&mut app, click(7));
    assert!(flags(&app).review.ticked.is_empty());
    // A click on the name field focuses it.
    update(&mut app, click(2));
    assert_eq!(flags(&app).focus, Focus::Client);
}

#[test]
fn the_cursor_scrolls_the_list_to_the_end_and_back() {
    let mut app = app();
    open(&mut app, Some("Acme"));
    let count = flags(&app).order.len();
    for _ in 0..count + 3 {
        press(&mut app, KeyCode::Down);
    }
    assert_eq!(flags(&app).cursor, count - 1);
    assert!(flags(&app).list_top > 0);
    for _ in 0..count + 3 {
        press(&mut app, KeyCode::Up);
    }
    assert_eq!((flags(&app).cursor, flags(&app).list_top), (0, 0));
}

#[test]
fn help_lists_the_review_keys() {
    let mut app = app();
    open(&mut app, Some("Acme"));
    let scopes = crate::tui::update::scopes(&app);
    let texts: Vec<String> = app
        .keys
        .active(&scopes, false, app.cat())
        .into_iter()
        .map(|b| b.text)
        .collect();
    for key in ["key.flags_toggle", "key.flags_note", "key.flags_verdict"] {
        assert!(texts.iter().any(|t| t == key), "{key} in {texts:?}");
    }
    // Next to the name field, plain letters never quit or open anything: F1 is the help.
    press(&mut app, KeyCode::Char('q'));
    assert!(!app.quit);
    press(&mut app, KeyCode::F(1));
    assert_eq!(app.overlay, Some(crate::tui::app::Overlay::Help));
}

#[test]
fn exporting_a_review_again_asks_before_replacing_the_file() {
    let mut app = app();
    open(&mut app, Some("Globex"));
    tick(&mut app, "disrespect-insults");
    let effects = press(&mut app, KeyCode::Enter);
    let review = saved(&mut app, &effects);
    let path = app.export_dir.join(format!("{}.md", review.id));
    let export = |effects: Vec<Effect>| match effects.as_slice() {
        [
            Effect::Write {
                path: to,
                text,
                replace,
                ..
            },
        ] => {
            assert_eq!(to, &path);
            assert!(text.contains("Red-flag review"), "{text}");
            *replace
        }
        other => panic!("one write expected: {other:?}"),
    };
    assert!(!export(press(&mut app, KeyCode::Char('e'))));
    update(&mut app, Msg::ExportExists(path.clone()));
    assert!(matches!(&app.status, Some((Tone::Bad, text)) if text.contains("Already exists")));
    assert!(export(press(&mut app, KeyCode::Char('e'))));
    // Asked again next time.
    assert!(!export(press(&mut app, KeyCode::Char('e'))));
}

#[test]
fn a_review_deleted_elsewhere_is_saved_again_only_on_ctrl_s() {
    let mut app = app();
    open(&mut app, Some("Acme"));
    tick(&mut app, "pays-late");
    let effects = ctrl(&mut app, 's');
    let review = saved(&mut app, &effects);
    tick(&mut app, "unpaid-extras");
    update(&mut app, Msg::Flags(FlagsMsg::DeletedElsewhere));
    let (tone, text) = app.status.clone().expect("said");
    assert_eq!(tone, Tone::Bad);
    assert!(text.contains("deleted elsewhere"), "{text}");

    // Leaving does not write it again; Ctrl-S does, asking to re-create it.
    tick(&mut app, "missed-sessions");
    assert!(super::save_if_dirty(flags(&app)).is_none());
    let effects = ctrl(&mut app, 's');
    assert!(matches!(
        effects.as_slice(),
        [Effect::Flags(FlagsEffect::Save { review: r, recreate: true })] if r.id == review.id
    ));
    assert!(!flags(&app).deleted_elsewhere);
}

#[test]
fn a_review_saved_as_a_copy_is_edited_as_the_copy() {
    let mut app = app();
    open(&mut app, Some("Acme"));
    tick(&mut app, "pays-late");
    let effects = ctrl(&mut app, 's');
    let review = saved(&mut app, &effects);
    let mut copy = review.clone();
    copy.id = format!("{}-conflict-x", review.id);
    update(
        &mut app,
        Msg::Flags(FlagsMsg::SavedAsCopy(Box::new(copy.clone()))),
    );
    assert_eq!(flags(&app).review.id, copy.id);
    let (tone, text) = app.status.clone().expect("said");
    assert_eq!(tone, Tone::Bad);
    assert!(text.contains(&copy.id), "{text}");
    tick(&mut app, "unpaid-extras");
    let effects = ctrl(&mut app, 's');
    assert!(matches!(
        effects.as_slice(),
        [Effect::Flags(FlagsEffect::Save { review: r, recreate: false })] if r.id == copy.id
    ));
}

#[test]
fn a_review_with_unsaved_ticks_is_what_a_signal_must_rescue() {
    let mut app = app();
    assert!(app.unsaved_review().is_none());
    open(&mut app, Some("Acme"));
    assert!(app.unsaved_review().is_none(), "nothing worth keeping yet");
    tick(&mut app, "pays-late");
    let unsaved = app.unsaved_review().expect("ticked, not saved");
    assert_eq!(unsaved.client, "Acme");
    assert_eq!(unsaved.ticked, ["pays-late"]);
    let effects = ctrl(&mut app, 's');
    saved(&mut app, &effects);
    assert!(app.unsaved_review().is_none(), "saved");
}

#[test]
fn ticks_are_saved_within_a_second_without_leaving() {
    let mut app = app();
    open(&mut app, Some("Dirk Quinn-Rask"));
    update(&mut app, Msg::Tick(10_000));
    tick(&mut app, "pays-late");
    assert!(
        app.is_waiting_on_time(),
        "an unsaved tick keeps the clock running"
    );
    let mut saves = Vec::new();
    for now in (10_200..=11_000).step_by(200) {
        saves.extend(update(&mut app, Msg::Tick(now)));
    }
    assert!(
        matches!(saves.as_slice(), [Effect::Flags(FlagsEffect::Save { review, .. })] if review.ticked == ["pays-late"]),
        "{saves:?}"
    );
}

#[test]
fn a_second_review_starts_from_the_last_answers_and_todays_is_edited_in_place() {
    let mut app = app();
    app.now_local = Some(date(2026, 11, 20).at(10, 0, 0, 0));
    let mut last = earlier("Acme Ltd", 1_790_000_000, 3, "pink");
    last.ticked = vec!["pays-late".into()];
    last.notes
        .insert("pays-late".into(), "Invoice 031, 3 weeks".into());
    open(&mut app, None);
    update(
        &mut app,
        Msg::Flags(FlagsMsg::Loaded {
            clients: vec!["Acme Ltd".into()],
            reviews: vec![last.clone()],
            problems: Vec::new(),
        }),
    );
    type_text(&mut app, "acme ltd");
    let effects = press(&mut app, KeyCode::Enter);
    assert!(effects.is_empty(), "an older review is copied, not adopted");
    let f = flags(&app);
    assert_eq!(f.review.ticked, ["pays-late"]);
    assert_eq!(f.review.note("pays-late"), Some("Invoice 031, 3 weeks"));
    assert!(
        f.review.id.is_empty(),
        "a new review, with a date of its own"
    );
    assert!(matches!(&app.status, Some((_, t)) if t.contains("Started from your last review")));

    // The same day, the review of the day is taken up again.
    let mut today = last.clone();
    today.id = "today-1".into();
    today.date = date(2026, 11, 20);
    open(&mut app, Some("Acme Ltd"));
    let effects = update(
        &mut app,
        Msg::Flags(FlagsMsg::Loaded {
            clients: vec!["Acme Ltd".into()],
            reviews: vec![last, today.clone()],
            problems: Vec::new(),
        }),
    );
    assert_eq!(
        effects,
        vec![Effect::Flags(FlagsEffect::Adopt {
            review: Box::new(today.clone())
        })]
    );
    assert_eq!(flags(&app).review.id, "today-1");
    assert!(matches!(&app.status, Some((_, t)) if t.contains("Editing today's review")));
}

#[test]
fn every_reason_behind_the_verdict_can_be_shown() {
    let mut app = app();
    update(&mut app, Msg::Resize(120, 60));
    open(&mut app, Some("Globex"));
    for id in [
        "constant-contact",
        "silent-after-promise",
        "unrealistic-expectations",
        "next-thing-pressure",
        "never-satisfied",
        "doubts-expertise",
    ] {
        tick(&mut app, id);
    }
    let effects = press(&mut app, KeyCode::Enter);
    saved(&mut app, &effects);
    let screen = crate::tui::test_render::render(&app);
    assert!(screen.contains("and 2 more (w shows them)"), "{screen}");
    press(&mut app, KeyCode::Char('w'));
    let screen = crate::tui::test_render::render(&app);
    assert!(!screen.contains("and 2 more"), "{screen}");
    assert!(
        screen.contains("w shows only the heaviest reasons"),
        "{screen}"
    );
    for title in app
        .playbook
        .red_flags
        .items
        .iter()
        .take(6)
        .map(|i| i.title.clone())
    {
        let head: String = title.chars().take(20).collect();
        assert!(screen.contains(&head), "{head} missing:\n{screen}");
    }
}
