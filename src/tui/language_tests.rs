//! Every screen in French, Polish and Romanian, checked for English words that must not be
//! there (`tests/data/english_words.txt`), and snapshots of the home screen, the opener step
//! and the flags verdict in each language.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use talkprep::i18n::Lang;
use talkprep::sheet::{Sheet, from_json};

use super::app::{App, Effect, Msg};
use super::flags_state::{FlagsEffect, FlagsMsg};
use super::theme::Theme;
use super::update::{flags::open, update};

#[path = "../../tests/support/english.rs"]
mod english;
use super::test_render::render;
use english::english_words;

fn fixture(lang: Lang) -> Sheet {
    let text = match lang {
        Lang::Fr => include_str!("../../tests/data/sheet.fr.json"),
        Lang::Pl => include_str!("../../tests/data/sheet.pl.json"),
        Lang::Ro => include_str!("../../tests/data/sheet.ro.json"),
        Lang::En => include_str!("../../tests/data/sheet.json"),
    };
    from_json(text).unwrap()
}

fn app(lang: Lang, (width, height): (u16, u16)) -> App {
    let playbook = talkprep::playbook::bundled(lang.code()).unwrap();
    let mut app = App::new(playbook, lang, Theme::plain(), "/exports".into());
    update(&mut app, Msg::Resize(width, height));
    update(&mut app, Msg::library(vec![fixture(lang)]));
    app
}

fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) -> Vec<Effect> {
    crate::tui::test_render::send(app, Msg::Key(KeyEvent::new(code, mods)))
}

fn ctrl_effects(app: &mut App, c: char) -> Vec<Effect> {
    key(app, KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn ctrl(app: &mut App, c: char) {
    key(app, KeyCode::Char(c), KeyModifiers::CONTROL);
}

/// Every screen a person meets, drawn at 80x24, by name.
fn screens(lang: Lang) -> Vec<(String, String)> {
    screens_at(lang, (80, 24))
}

/// Every screen a person meets, drawn at `size`, by name.
fn screens_at(lang: Lang, size: (u16, u16)) -> Vec<(String, String)> {
    let mut shots = Vec::new();
    let mut shot = |name: &str, app: &App| shots.push((name.to_owned(), render(app)));

    let mut a = app(lang, size);
    shot("home", &a);
    key(&mut a, KeyCode::Down, KeyModifiers::NONE);
    shot("home_selected", &a);
    key(&mut a, KeyCode::F(1), KeyModifiers::NONE);
    shot("help", &a);
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    for _ in 0..9 {
        crate::tui::test_render::change_step(&mut a, false);
    }
    for step in 1..=9 {
        shot(&format!("step{step}"), &a);
        key(&mut a, KeyCode::F(1), KeyModifiers::NONE);
        shot(&format!("step{step}_help"), &a);
        key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
        if step < 9 {
            crate::tui::test_render::change_step(&mut a, true);
        }
    }
    // On the review: copy the sheet, then ask to export it.
    for effect in key(&mut a, KeyCode::Char('C'), KeyModifiers::SHIFT) {
        if let Effect::Copy { done, .. } = effect {
            update(&mut a, Msg::Done(Ok(done)));
        }
    }
    shot("copied", &a);
    key(&mut a, KeyCode::Char('e'), KeyModifiers::NONE);
    shot("export_prompt", &a);
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    // A date nobody can read stays as typed and is said so.
    for _ in 0..8 {
        crate::tui::test_render::change_step(&mut a, false);
    }
    if let super::app::Screen::Wizard(w) = &mut a.screen {
        w.focus = w
            .controls
            .iter()
            .position(|c| c.id == super::form::FieldId::When)
            .unwrap_or(0);
        w.when_input.clear();
    }
    update(&mut a, Msg::Paste("32.13".into()));
    shot("bad_date", &a);
    crate::tui::test_render::change_step(&mut a, true);
    shot("bad_date_said", &a);
    crate::tui::test_render::change_step(&mut a, true);
    // An edit, then quit: the dialog asks what to do with it.
    for _ in 0..8 {
        crate::tui::test_render::change_step(&mut a, false);
    }
    update(&mut a, Msg::Paste("!".into()));
    ctrl(&mut a, 'q');
    shot("confirm_quit", &a);

    let mut a = app(lang, size);
    let mut sheet = fixture(lang);
    sheet.debrief = Some(talkprep::sheet::Debrief {
        outcome: Some(talkprep::sheet::Outcome::Partly),
        ..Default::default()
    });
    sheet.follow_ups.push(talkprep::sheet::FollowUp {
        what: sheet.fallbacks[0].clone(),
        owner: talkprep::sheet::Owner::Me,
        due: Some(jiff::civil::date(2026, 11, 26)),
        done: false,
        id: "0".into(),
    });
    update(&mut a, Msg::library(vec![sheet.clone()]));
    update(
        &mut a,
        Msg::Clock(jiff::civil::date(2026, 11, 27).at(9, 0, 0, 0)),
    );
    shot("home_with_due", &a);
    key(&mut a, KeyCode::Down, KeyModifiers::NONE);
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    shot("debrief", &a);
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    ctrl(&mut a, 'k');
    shot("cue_card", &a);

    let mut a = app(lang, size);
    update(
        &mut a,
        Msg::RehearsalReady {
            sheet: Box::new(fixture(lang)),
            from_wizard: false,
            now: jiff::Timestamp::from_second(1_790_000_000).unwrap(),
            seed: 7,
        },
    );
    shot("rehearse_start", &a);
    update(&mut a, Msg::Tick(10_000));
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    shot("rehearse_pause", &a);
    update(&mut a, Msg::Tick(20_000));
    key(&mut a, KeyCode::Char('a'), KeyModifiers::NONE);
    shot("rehearse_revealed", &a);

    for (name, ticks) in [("flags_redirect", 6), ("flags_exit", 17)] {
        let mut a = app(lang, size);
        open(&mut a, Some(&fixture(lang).client));
        update(
            &mut a,
            Msg::Flags(FlagsMsg::Loaded {
                clients: vec![fixture(lang).client],
                reviews: Vec::new(),
                problems: Vec::new(),
            }),
        );
        for _ in 0..ticks {
            key(&mut a, KeyCode::Char(' '), KeyModifiers::NONE);
            key(&mut a, KeyCode::Down, KeyModifiers::NONE);
        }
        shot(&format!("{name}_checklist"), &a);
        for effect in key(&mut a, KeyCode::Enter, KeyModifiers::NONE) {
            if let Effect::Flags(FlagsEffect::Save { review, .. }) = effect {
                let mut review = *review;
                review.id = "20261123-client-0001".into();
                review.date = jiff::civil::date(2026, 11, 23);
                update(&mut a, Msg::Flags(FlagsMsg::Saved(Ok(Box::new(review)))));
            }
        }
        shot(name, &a);
    }

    // The message step for an email: built, rebuilt, copied, with a date it cannot read.
    let mut a = app(lang, size);
    let mut sheet = fixture(lang);
    sheet.channel = Some(talkprep::sheet::Channel::Email);
    update(&mut a, Msg::library(vec![sheet]));
    key(&mut a, KeyCode::Down, KeyModifiers::NONE);
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    for _ in 0..2 {
        crate::tui::test_render::change_step(&mut a, false);
    }
    shot("message_email", &a);
    ctrl(&mut a, 'r');
    shot("message_rebuilt", &a);
    update(&mut a, Msg::Paste(" ".into()));
    ctrl(&mut a, 'r');
    shot("message_rebuild_asks", &a);
    for effect in ctrl_effects(&mut a, 'y') {
        if let Effect::Copy { done, .. } = effect {
            update(&mut a, Msg::Done(Ok(done)));
        }
    }
    shot("message_copied", &a);
    key(&mut a, KeyCode::BackTab, KeyModifiers::SHIFT);
    key(&mut a, KeyCode::BackTab, KeyModifiers::SHIFT);
    update(&mut a, Msg::Paste("32.13".into()));
    shot("message_bad_date", &a);

    let mut a = app(lang, size);
    update(&mut a, Msg::Paste("zzzz".into()));
    shot("no_match", &a);
    let mut a = app(lang, size);
    key(&mut a, KeyCode::Down, KeyModifiers::NONE);
    key(&mut a, KeyCode::Delete, KeyModifiers::NONE);
    update(&mut a, Msg::Deleted(Ok(fixture(lang).id.parse().unwrap())));
    shot("deleted", &a);
    update(&mut a, Msg::Resize(50, 10));
    shot("too_small", &a);
    shots
}

#[test]
fn no_english_word_on_any_screen_in_french_polish_or_romanian() {
    let mut problems = Vec::new();
    for lang in [Lang::Fr, Lang::Pl, Lang::Ro] {
        for (name, screen) in screens(lang) {
            let found = english_words(&screen);
            if !found.is_empty() {
                problems.push(format!("{lang} {name}: {found:?}\n{screen}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_finds_english() {
    assert_eq!(
        english_words("Press Enter to save"),
        ["Press", "Enter", "save"]
    );
    assert!(english_words("voir talkprep trash list, puis Entrée").is_empty());
}

#[test]
fn home_opener_and_verdict_in_each_language() {
    for lang in [Lang::Fr, Lang::Pl, Lang::Ro] {
        let shots = screens(lang);
        for wanted in ["home", "step6", "flags_redirect"] {
            let (_, screen) = shots.iter().find(|(name, _)| name == wanted).unwrap();
            insta::assert_snapshot!(format!("{wanted}_{lang}"), screen);
        }
    }
}

/// Every word the app may show: the catalogue's, the playbook's and the sheet's.
fn known_words(lang: Lang) -> std::collections::HashSet<String> {
    let cat = super::keys::catalog_with_keys(lang, super::keys::Keymap::bundled());
    let mut text = String::new();
    for key in cat.keys() {
        text.push_str(cat.get(key));
        text.push(' ');
    }
    // Plural variants are words too, though a default rendering shows one of them.
    text.push_str(match lang {
        Lang::Fr => include_str!("../../assets/ui/fr.ftl"),
        Lang::Pl => include_str!("../../assets/ui/pl.ftl"),
        Lang::Ro => include_str!("../../assets/ui/ro.ftl"),
        Lang::En => include_str!("../../assets/ui/en.ftl"),
    });
    let playbook = talkprep::playbook::bundled(lang.code()).unwrap();
    text.push_str(&serde_json::to_string(&playbook).unwrap());
    text.push_str(&serde_json::to_string(&fixture(lang)).unwrap());
    for binding in super::keys::Keymap::bundled().bindings() {
        for key in &binding.keys {
            text.push(' ');
            text.push_str(&key.label(cat));
        }
    }
    words(&text).map(str::to_owned).collect()
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || "\"\\,.;:!?()[]<>{}«»„”“/·=|│─┌┐└┘".contains(c))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '…'))
        .filter(|w| !w.is_empty())
}

/// The titles in the borders of a screen, its status line and its hint bar.
fn chrome_text(screen: &str) -> Vec<String> {
    let lines: Vec<&str> = screen.lines().collect();
    let mut out = Vec::new();
    for line in &lines {
        for (open, close) in [('┌', '┐'), ('└', '┘')] {
            let mut rest = *line;
            while let Some(start) = rest.find(open) {
                let after = &rest[start + open.len_utf8()..];
                let end = after.find(close).unwrap_or(after.len());
                let title: String = after[..end].trim_matches('─').trim().to_owned();
                let title = title.trim_matches('─').trim().to_owned();
                if !title.is_empty() && !title.chars().all(|c| c == '─') {
                    out.push(title);
                }
                rest = &after[end..];
            }
        }
    }
    let n = lines.len();
    out.extend(
        lines
            .iter()
            .skip(n.saturating_sub(2))
            .map(|l| (*l).to_owned()),
    );
    out
}

/// No title, hint or status on any screen ends in a cut word, in any language, at 60x16,
/// 80x24 and 120x40: every word there is a word of the app (or a number), and "…" follows
/// only a whole word.
#[test]
fn no_title_hint_or_status_is_cut_mid_word() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let known = known_words(lang);
        for size in [(60, 16), (80, 24), (120, 40)] {
            for (name, screen) in screens_at(lang, size) {
                // An overlay covers the borders under it; its own title is checked alone.
                if name.contains("help") || name == "confirm_quit" {
                    continue;
                }
                for text in chrome_text(&screen) {
                    for word in words(&text) {
                        let bare = word.trim_end_matches('…');
                        let fine = bare.is_empty()
                            || bare.chars().any(|c| c.is_ascii_digit())
                            || known.contains(bare)
                            || known.contains(word);
                        if !fine {
                            problems.push(format!(
                                "{lang} {}x{} {name}: {word:?} in {text:?}",
                                size.0, size.1
                            ));
                        }
                    }
                }
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 24, ..Default::default() })]
    /// Every screen renders at any size from 0x0 to 300x100 without panicking, in any
    /// language (the walk itself runs at that size, so its updates do too).
    #[test]
    fn every_screen_renders_at_any_size(width in 0u16..=300, height in 0u16..=100, lang in 0usize..4) {
        let lang = Lang::ALL[lang];
        let shots = screens_at(lang, (width, height));
        proptest::prop_assert!(!shots.is_empty());
    }
}

#[test]
fn every_screen_renders_at_the_edge_sizes() {
    for size in [
        (0, 0),
        (1, 1),
        (300, 100),
        (59, 15),
        (60, 16),
        (300, 1),
        (1, 100),
    ] {
        assert!(!screens_at(Lang::En, size).is_empty(), "{size:?}");
    }
}
