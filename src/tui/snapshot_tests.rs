//! Every screen and step drawn into a test terminal and compared with its snapshot, at 80x24,
//! 120x40 and a tiny size.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use talkprep::i18n::Lang;
use talkprep::sheet::{Sheet, from_json};

use super::app::{App, Msg};
use super::test_render::render_at as render;
use super::theme::Theme;
use super::update::update;
use super::view::view;

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (50, 14)];

fn fixture() -> Sheet {
    from_json(include_str!("../../tests/data/sheet.json")).unwrap()
}

fn app_with_library() -> App {
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let mut app = App::new(playbook, Lang::En, Theme::plain(), "/exports".into());
    update(&mut app, Msg::library(vec![fixture()]));
    app
}

fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    crate::tui::test_render::send(app, Msg::Key(KeyEvent::new(code, mods)));
}

fn snapshot_all_sizes(name: &str, app: &mut App) {
    for (w, h) in SIZES {
        update(app, Msg::Resize(w, h));
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(app, w, h));
    }
    // Back to a size where keys act (below the minimum they are ignored).
    update(app, Msg::Resize(80, 24));
}

#[test]
fn home() {
    let mut app = app_with_library();
    snapshot_all_sizes("home", &mut app);
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    snapshot_all_sizes("home_selected", &mut app);
    key(&mut app, KeyCode::F(1), KeyModifiers::NONE);
    snapshot_all_sizes("help", &mut app);
}

#[test]
fn every_wizard_step() {
    let mut app = app_with_library();
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    // A complete sheet opens on the review; go back to the first step.
    for _ in 0..9 {
        crate::tui::test_render::change_step(&mut app, false);
    }
    let names = [
        "who",
        "facts",
        "stakes",
        "goal",
        "fallback",
        "opener",
        "message",
        "logistics",
        "review",
    ];
    for (i, name) in names.iter().enumerate() {
        snapshot_all_sizes(&format!("step{}_{name}", i + 1), &mut app);
        crate::tui::test_render::change_step(&mut app, true);
    }
}

#[test]
fn quit_with_unsaved_edits_asks() {
    let mut app = app_with_library();
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    update(&mut app, Msg::Created(Box::new(fixture())));
    for _ in 0..10 {
        let on_client = app
            .wizard()
            .and_then(|w| w.focused())
            .is_some_and(|c| c.id == super::form::FieldId::Client);
        if on_client {
            break;
        }
        key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    }
    key(&mut app, KeyCode::Char('!'), KeyModifiers::NONE);
    key(&mut app, KeyCode::Char('q'), KeyModifiers::CONTROL);
    assert_eq!(app.overlay, Some(super::app::Overlay::ConfirmQuit));
    snapshot_all_sizes("confirm_quit", &mut app);
}

#[test]
fn a_one_by_one_terminal_does_not_panic() {
    let mut app = app_with_library();
    for (w, h) in [(1, 1), (0, 0), (2, 1), (59, 15)] {
        update(&mut app, Msg::Resize(w, h));
        let _ = render(&app, w.max(1), h.max(1));
    }
}

fn rehearsing() -> App {
    let mut app = app_with_library();
    let started = jiff::Timestamp::from_second(1_790_000_000).unwrap();
    update(
        &mut app,
        Msg::RehearsalReady {
            sheet: Box::new(fixture()),
            from_wizard: false,
            now: started,
            seed: 7,
        },
    );
    app
}

#[test]
fn rehearse_screen() {
    let mut app = rehearsing();
    snapshot_all_sizes("rehearse_start", &mut app);
    update(&mut app, Msg::Tick(10_000));
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    snapshot_all_sizes("rehearse_pause", &mut app);
    update(&mut app, Msg::Tick(20_000));
    key(&mut app, KeyCode::Char('a'), KeyModifiers::NONE);
    snapshot_all_sizes("rehearse_revealed", &mut app);
}

#[test]
fn debrief_and_cue_card() {
    let mut app = app_with_library();
    let mut sheet = fixture();
    sheet.debrief = Some(talkprep::sheet::Debrief {
        outcome: Some(talkprep::sheet::Outcome::Partly),
        went_well: "They explained the cash-flow problem.".into(),
        ..Default::default()
    });
    sheet.follow_ups.push(talkprep::sheet::FollowUp {
        what: "Send the split invoice".into(),
        owner: talkprep::sheet::Owner::Me,
        due: Some(jiff::civil::date(2026, 11, 26)),
        done: false,
        id: "0".into(),
    });
    update(&mut app, Msg::library(vec![sheet]));
    update(
        &mut app,
        Msg::Clock(jiff::civil::date(2026, 11, 27).at(9, 0, 0, 0)),
    );
    snapshot_all_sizes("home_with_due", &mut app);
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    snapshot_all_sizes("step10_debrief", &mut app);
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    key(&mut app, KeyCode::Char('k'), KeyModifiers::NONE);
    snapshot_all_sizes("cue_card", &mut app);
}

#[test]
fn below_80_columns_the_opener_keeps_a_tone_summary() {
    let mut app = app_with_library();
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let super::app::Screen::Wizard(w) = &mut app.screen else {
        panic!("the wizard is open")
    };
    w.enter(talkprep::sheet::Step::Opener, &app.playbook);
    w.focus = w
        .controls
        .iter()
        .position(|c| c.id == super::form::FieldId::Opener)
        .unwrap();
    w.sheet.opener.text = String::new();
    for c in "As usual you're late. Is it really too much to ask?".chars() {
        key(&mut app, KeyCode::Char(c), KeyModifiers::NONE);
    }
    for (w, h) in [(79, 24), (60, 16)] {
        update(&mut app, Msg::Resize(w, h));
        let screen = render(&app, w, h);
        assert!(screen.contains("Tone: "), "{w}x{h}\n{screen}");
        assert!(
            screen.contains("✗ "),
            "{w}x{h}: the strongest finding is marked\n{screen}"
        );
    }
}

/// A sheet whose every text answer runs over several lines.
fn long_answers() -> Sheet {
    let mut sheet = fixture();
    let long = |start: &str| {
        format!(
            "{start} and then it went on for a while, with dates, amounts and who said what, \
             long enough to need several lines in any field of the form."
        )
    };
    sheet.facts.what_happened = long("Invoice 2026-031 was due on 1 November");
    sheet.facts.who_did_what = long("I delivered on 10 October");
    sheet.facts.evidence = long("Approval email, invoice, two reminders");
    sheet.facts.cost = long("1,800 EUR outstanding");
    sheet.facts.my_part = long("My first reminder went to the wrong address");
    sheet.facts.repair = long("Pay in two parts if cash is tight");
    sheet.goal.outcome = long("Paid this month");
    sheet.goal.firm_on = long("The full amount is owed");
    sheet.goal.can_give = long("Two instalments");
    sheet.logistics.notes = long("Have the approval email open");
    sheet.opener.text =
        long("Hi Acme Ltd, can you help me understand where invoice 2026-031 stands");
    sheet
}

/// Every step with long answers at 80x24, a half-screen 79x24 and 60x16: each field shown
/// starts with the start of its answer (never only its last line), and below 80 columns the
/// opener keeps its tone summary.
#[test]
fn every_step_with_long_answers_reads_back_at_every_size() {
    let names = [
        "who",
        "facts",
        "stakes",
        "goal",
        "fallback",
        "opener",
        "message",
        "logistics",
        "review",
    ];
    for (width, height) in [(80, 24), (79, 24), (60, 16)] {
        let playbook = talkprep::playbook::bundled("en").unwrap();
        let mut app = App::new(playbook, Lang::En, Theme::plain(), "/exports".into());
        update(&mut app, Msg::Resize(width, height));
        update(&mut app, Msg::library(vec![long_answers()]));
        key(&mut app, KeyCode::Down, KeyModifiers::NONE);
        key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
        for _ in 0..9 {
            crate::tui::test_render::change_step(&mut app, false);
        }
        for name in names {
            // As after typing: every cursor at the end of its answer.
            if let super::app::Screen::Wizard(w) = &mut app.screen {
                for c in &mut w.controls {
                    if let super::form::Widget::Text(field) = &mut c.widget {
                        field.area.move_cursor(ratatui_textarea::CursorMove::Bottom);
                        field.area.move_cursor(ratatui_textarea::CursorMove::End);
                    }
                }
            }
            let screen = render(&app, width, height);
            insta::assert_snapshot!(format!("long_{name}_{width}x{height}"), &screen);
            let super::app::Screen::Wizard(w) = &app.screen else {
                panic!("the wizard is open")
            };
            // Each field whose title is on screen shows the start of its answer.
            for (index, c) in w.controls.iter().enumerate() {
                let label = app.cat().get(c.field().label);
                if let super::form::Widget::Text(field) = &c.widget
                    && index != w.focus
                    && field.value().len() > 40
                    && screen.contains(&format!(" {label} "))
                {
                    let start: String = field.value().chars().take(12).collect();
                    assert!(
                        screen.contains(&start),
                        "{name} {width}x{height}: {:?} does not show its start {start:?}\n{screen}",
                        c.id
                    );
                }
            }
            if name == "opener" && width < 80 {
                assert!(screen.contains("Tone: "), "{width}x{height}\n{screen}");
            }
            crate::tui::test_render::change_step(&mut app, true);
        }
    }
}

/// A date in the past is kept but pointed out on its field.
#[test]
fn a_date_in_the_past_is_pointed_out() {
    let mut app = app_with_library();
    update(
        &mut app,
        Msg::Clock(jiff::civil::date(2026, 12, 1).at(9, 0, 0, 0)),
    );
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    for _ in 0..9 {
        crate::tui::test_render::change_step(&mut app, false);
    }
    for _ in 0..10 {
        let on_when = app
            .wizard()
            .and_then(|w| w.focused())
            .is_some_and(|c| c.id == super::form::FieldId::When);
        if on_when {
            break;
        }
        key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    }
    let screen = render(&app, 80, 24);
    // The fixture's conversation was on 25 November 2026.
    assert!(screen.contains("(in the past)"), "{screen}");
    assert_eq!(
        app.wizard().and_then(|w| w.sheet.when).map(|w| w.date()),
        Some(jiff::civil::date(2026, 11, 25))
    );
}

/// At 60x16 the help is cut: it says so, and the arrows scroll it instead of closing it.
#[test]
fn the_help_scrolls_at_60_by_16() {
    let mut app = app_with_library();
    update(&mut app, Msg::Resize(60, 16));
    key(&mut app, KeyCode::F(1), KeyModifiers::NONE);
    let first = render(&app, 60, 16);
    assert!(first.contains("↓ more"), "{first}");
    for _ in 0..30 {
        key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    }
    assert_eq!(app.overlay, Some(super::app::Overlay::Help));
    let last = render(&app, 60, 16);
    assert!(!last.contains("↓ more"), "{last}");
    assert!(
        last.contains("saves"),
        "the end of the help is reachable:\n{last}"
    );
    key(&mut app, KeyCode::Char('x'), KeyModifiers::NONE);
    assert_eq!(app.overlay, None);
}

/// The side panel says when it is cut and scrolls with Alt-↓ (and the wheel).
#[test]
fn the_side_panel_scrolls_and_says_when_there_is_more() {
    let mut app = app_with_library();
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    for _ in 0..9 {
        crate::tui::test_render::change_step(&mut app, false);
    }
    crate::tui::test_render::change_step(&mut app, true);
    let before = render(&app, 80, 24);
    assert!(before.contains("↓ more: Alt-↓"), "{before}");
    for _ in 0..40 {
        key(&mut app, KeyCode::Down, KeyModifiers::ALT);
    }
    let after = render(&app, 80, 24);
    assert!(after.contains("↑ more above"), "{after}");
    assert!(
        !after.contains("↓ more: Alt-↓"),
        "the end is reachable:\n{after}"
    );
}

/// Styles, not just text: on the opener step the flagged words are highlighted in the editor
/// (and the words around them are not), and the focused field's border has the focus colour.
#[test]
fn flagged_words_and_the_focus_are_styled() {
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let theme = Theme::colour();
    let mut app = App::new(playbook, Lang::En, theme, "/exports".into());
    update(&mut app, Msg::Resize(80, 24));
    update(&mut app, Msg::library(vec![fixture()]));
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let super::app::Screen::Wizard(w) = &mut app.screen else {
        panic!("the wizard is open")
    };
    w.enter(talkprep::sheet::Step::Opener, &app.playbook);
    w.focus = w
        .controls
        .iter()
        .position(|c| c.id == super::form::FieldId::Opener)
        .unwrap();
    w.sheet.opener.text = String::new();
    if let super::form::Widget::Text(field) = &mut w.controls[w.focus].widget {
        **field = super::form::TextField::new("", false);
    }
    update(
        &mut app,
        Msg::Paste("We need to talk. You NEVER pay on time!!!".into()),
    );
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|frame| view(&app, frame)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    let find = |needle: &str| {
        (0..24u16).find_map(|y| {
            let row: String = (0..80u16)
                .map(|x| buffer[(x, y)].symbol().to_owned())
                .collect();
            row.find(needle)
                .map(|byte| (row[..byte].chars().count() as u16, y))
        })
    };
    let (x, y) = find("You NEVER pay").expect("the opener is on screen");
    let style = |dx: u16| buffer[(x + dx, y)].style();
    assert_eq!(style(4).bg, theme.flagged.bg, "NEVER is highlighted");
    assert_ne!(style(10).bg, theme.flagged.bg, "pay is not");
    let (bx, by) = find("▶ Your first sentence").expect("the focused field's title");
    assert_eq!(
        buffer[(bx.saturating_sub(2), by)].style().fg,
        theme.focus.fg,
        "focused border"
    );
}

/// The message step for an email: the subject, the whole message and its tone, at the sizes
/// people use, and at half a screen.
#[test]
fn the_message_step_for_an_email() {
    let mut sheet = fixture();
    sheet.channel = Some(talkprep::sheet::Channel::Email);
    sheet.address = "Dana".into();
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let mut app = App::new(playbook, Lang::En, Theme::plain(), "/exports".into());
    update(&mut app, Msg::library(vec![sheet]));
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    // A complete sheet opens on the review; the message is three steps back.
    for _ in 0..2 {
        crate::tui::test_render::change_step(&mut app, false);
    }
    assert_eq!(
        app.wizard().map(|w| w.step),
        Some(super::wizard::Step::Message)
    );
    for (w, h) in [(80, 24), (120, 40), (60, 16)] {
        update(&mut app, Msg::Resize(w, h));
        let screen = render(&app, w, h);
        insta::assert_snapshot!(format!("message_email_{w}x{h}"), &screen);
        if w < 80 {
            assert!(
                screen.contains("Tone: "),
                "the tone stays in sight: {screen}"
            );
        }
    }
}

/// A theme made for a background paints it, so its colours read the same on any terminal;
/// the default theme leaves the terminal's own colours alone, and so does NO_COLOR's.
#[test]
fn a_light_theme_paints_its_background_and_the_default_leaves_the_terminals() {
    let draw = |theme: Theme| {
        let playbook = talkprep::playbook::bundled("en").unwrap();
        let mut app = App::new(playbook, Lang::En, theme, "/exports".into());
        update(&mut app, Msg::Resize(80, 24));
        update(&mut app, Msg::library(vec![fixture()]));
        key(&mut app, KeyCode::Down, KeyModifiers::NONE);
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal.draw(|frame| view(&app, frame)).unwrap();
        terminal.backend().buffer().clone()
    };
    let light = draw(Theme::named("light").unwrap());
    let corner = light[(79u16, 23u16)].style();
    assert_eq!(corner.bg, Some(ratatui::style::Color::White));
    assert_eq!(corner.fg, Some(ratatui::style::Color::Black));
    for theme in [Theme::named("terminal").unwrap(), Theme::plain()] {
        let buffer = draw(theme);
        let text_cells = (0..24u16)
            .flat_map(|y| (0..80u16).map(move |x| (x, y)))
            .map(|(x, y)| buffer[(x, y)].style())
            .filter(|s| s.bg.is_none() || s.bg == Some(ratatui::style::Color::Reset));
        for style in text_cells {
            assert!(
                matches!(style.fg, None | Some(ratatui::style::Color::Reset)),
                "text coloured on the terminal's own background: {style:?}"
            );
        }
    }
}
