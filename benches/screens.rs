//! Drawing every screen and typing in the opener, as the app does it: `update` then `view`
//! into ratatui's TestBackend. Budgets: a full redraw at 200x60 in 0.5 ms (ratatui's own
//! empty frame is measured beside it as the floor); a keystroke or a cursor move in a
//! 10,000-character opener, live tone check and redraw at 120x40 included, in 1 ms (0.2 ms
//! for a 300-character opener).
//!
//! The screens live in the binary, so this bench compiles the binary's `cli` and `tui`
//! modules as its own; what it does not call is dead code here.
#![allow(dead_code, unreachable_pub, unused_imports)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use talkprep::i18n::Lang;
use talkprep::sheet::{Sheet, Step, Summary, from_json};

#[path = "../src/cli/mod.rs"]
mod cli;
#[path = "../src/tui/mod.rs"]
mod tui;

#[path = "common/library.rs"]
mod library;

use tui::app::{App, Msg, Screen};
use tui::theme::Theme;
use tui::update::update;
use tui::view::view;

fn fixture() -> Sheet {
    from_json(include_str!("../tests/data/sheet.json")).expect("the fixture")
}

fn app(width: u16, height: u16) -> App {
    let playbook = talkprep::playbook::bundled("en").expect("the bundled playbook");
    let mut app = App::new(playbook, Lang::En, Theme::colour(), "/tmp".into());
    update(&mut app, Msg::Resize(width, height));
    update(
        &mut app,
        Msg::Clock(jiff::civil::date(2026, 11, 27).at(9, 0, 0, 0)),
    );
    app
}

/// The app with 10,000 sheets in its library.
fn with_library(width: u16, height: u16) -> App {
    let mut app = app(width, height);
    let fixture = fixture();
    let summaries = (0..10_000)
        .map(|i| Summary::of(&library::sheet(&fixture, i)))
        .collect();
    update(&mut app, Msg::Library(summaries, Vec::new(), Vec::new()));
    app
}

/// The wizard on `sheet` at `step`.
fn wizard(mut app: App, sheet: Sheet, step: Step) -> App {
    update(&mut app, Msg::Created(Box::new(sheet)));
    if let Screen::Wizard(w) = &mut app.screen {
        w.enter(step, &app.playbook);
    }
    app
}

fn key(app: &mut App, code: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal
        .draw(|frame| view(black_box(app), frame))
        .expect("a test backend never fails");
}

fn screens() -> Vec<(String, App)> {
    let (w, h) = (200, 60);
    let mut shots = Vec::new();
    let home = with_library(w, h);
    shots.push(("home_10k".to_owned(), home.clone()));
    let mut filtered = home.clone();
    for c in "zoe".chars() {
        key(&mut filtered, KeyCode::Char(c));
    }
    shots.push(("home_10k_filtered".to_owned(), filtered));
    let mut help = home.clone();
    key(&mut help, KeyCode::F(1));
    shots.push(("help".to_owned(), help));
    for step in Step::ALL {
        let name = format!("wizard_{step:?}").to_lowercase();
        shots.push((name, wizard(app(w, h), fixture(), step)));
    }
    let mut cue = app(w, h);
    tui::update::show_cue(&mut cue, fixture(), false);
    shots.push(("cue_card".to_owned(), cue));
    let mut rehearse = app(w, h);
    update(
        &mut rehearse,
        Msg::RehearsalReady {
            sheet: Box::new(fixture()),
            from_wizard: false,
            now: jiff::Timestamp::from_second(1_800_000_000).expect("a time"),
            seed: 7,
        },
    );
    shots.push(("rehearse".to_owned(), rehearse));
    let mut flags = app(w, h);
    tui::update::flags::open(&mut flags, Some("Acme Ltd"));
    shots.push(("flags_checklist".to_owned(), flags.clone()));
    key(&mut flags, KeyCode::Down);
    key(&mut flags, KeyCode::Char(' '));
    key(&mut flags, KeyCode::Enter);
    shots.push(("flags_verdict".to_owned(), flags));
    shots
}

fn bench_screens(c: &mut Criterion) {
    let mut g = c.benchmark_group("redraw_200x60");
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("a test terminal");
    g.bench_function("empty_frame_floor", |b| {
        b.iter(|| terminal.draw(|_| {}).map(|_| ()).expect("drawn"))
    });
    for (name, app) in screens() {
        g.bench_function(&name, |b| b.iter(|| draw(&mut terminal, &app)));
    }
    g.finish();
}

/// A sheet whose opener is `chars` characters of ordinary prose with a few tense phrases.
fn opener_of(chars: usize) -> Sheet {
    let mut sheet = fixture();
    let line = "Hi Acme, invoice 2026-031 is three weeks late and you never answer my emails. \
                Can we agree on a date this week? ";
    sheet.opener.text = line.chars().cycle().take(chars).collect();
    sheet
}

fn bench_editor(c: &mut Criterion) {
    let mut g = c.benchmark_group("opener_editor_120x40");
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    for chars in [300, 10_000] {
        let mut typing = wizard(app(120, 40), opener_of(chars), Step::Opener);
        draw(&mut terminal, &typing);
        g.bench_function(format!("keystroke_{chars}_chars"), |b| {
            // Type a letter and take it back, so the text stays the same size.
            b.iter(|| {
                key(&mut typing, KeyCode::Char('x'));
                draw(&mut terminal, &typing);
                key(&mut typing, KeyCode::Backspace);
                draw(&mut terminal, &typing);
            })
        });
        let mut moving = wizard(app(120, 40), opener_of(chars), Step::Opener);
        draw(&mut terminal, &moving);
        g.bench_function(format!("cursor_move_{chars}_chars"), |b| {
            b.iter(|| {
                key(&mut moving, KeyCode::Left);
                draw(&mut terminal, &moving);
                key(&mut moving, KeyCode::Right);
                draw(&mut terminal, &moving);
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench_screens, bench_editor);
criterion_main!(benches);
