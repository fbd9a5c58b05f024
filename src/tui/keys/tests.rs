use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use talkprep::i18n::{Lang, catalog};

use super::*;

fn ev(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, mods)
}

fn lookup(event: &KeyEvent, scopes: &[Scope]) -> Option<Action> {
    Keymap::bundled().lookup(event, scopes)
}

#[test]
fn typing_does_not_trigger_letter_keys() {
    let q = ev(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(lookup(&q, &[Scope::Always, Scope::Wizard]), None);
    assert_eq!(
        lookup(&q, &[Scope::Always, Scope::NotTyping]),
        Some(Action::Quit)
    );
}

#[test]
fn ctrl_letters_match_either_case() {
    let s = ev(
        KeyCode::Char('S'),
        KeyModifiers::CONTROL | KeyModifiers::SHIFT,
    );
    assert_eq!(lookup(&s, &[Scope::Form]), Some(Action::Save));
}

#[test]
fn capital_letters_keep_their_case() {
    let c = ev(KeyCode::Char('C'), KeyModifiers::SHIFT);
    assert_eq!(lookup(&c, &[Scope::Review]), Some(Action::CopySheet));
}

#[test]
fn page_keys_scroll_the_review_instead_of_leaving_it() {
    let pg_up = ev(KeyCode::PageUp, KeyModifiers::NONE);
    assert_eq!(
        lookup(&pg_up, &[Scope::Wizard, Scope::Review]),
        Some(Action::PageUp)
    );
    assert_eq!(lookup(&pg_up, &[Scope::Wizard]), Some(Action::PrevStep));
}

#[test]
fn every_binding_has_a_description_in_every_language() {
    for lang in Lang::ALL {
        let cat = catalog(lang);
        for b in Keymap::bundled().bindings() {
            assert!(cat.try_get(&b.text).is_some(), "{lang}: no text {}", b.text);
        }
    }
}

#[test]
fn no_row_is_shadowed_by_an_earlier_row_of_its_scope() {
    let rows = Keymap::bundled().bindings();
    for (i, later) in rows.iter().enumerate() {
        for earlier in &rows[..i] {
            if earlier.scope != later.scope {
                continue;
            }
            for key in &later.keys {
                assert!(
                    !earlier.keys.contains(key),
                    "{:?} in {:?} is shadowed by {:?}",
                    later.action,
                    later.scope,
                    earlier.action
                );
            }
        }
    }
}

#[test]
fn every_key_named_in_a_sentence_is_an_action_with_keys() {
    for lang in Lang::ALL {
        let cat = catalog(lang);
        for term in cat.terms_used() {
            let name = term
                .strip_prefix("key_")
                .unwrap_or_else(|| panic!("{lang}: unknown term -{term}"));
            let action = action_named(name).unwrap_or_else(|| panic!("{lang}: no action {name:?}"));
            assert!(
                !Keymap::bundled().key_of(action, cat).is_empty(),
                "{lang} -{term}: {action:?} has no key"
            );
        }
        let named = catalog_with_keys(lang, Keymap::bundled());
        for key in named.keys() {
            let text = named.get(key);
            assert!(!text.contains("{-key"), "{lang} {key}: {text}");
        }
    }
}

#[test]
fn a_bad_key_file_names_the_line() {
    let text = "[[binding]]\naction = \"quit\"\nscope = \"always\"\nkeys = [\"ctrl-q\"]\ntext = \"key.quit\"\n\n[[binding]]\naction = \"save\"\nscope = \"form\"\nkeys = [\"hyper-s\"]\ntext = \"key.save\"\n";
    let err = Keymap::parse("keys.toml", text).unwrap_err();
    assert_eq!(err.line, Some(7), "{err}");
    assert!(err.to_string().contains("hyper-s"), "{err}");
    let err = Keymap::parse("keys.toml", "[[binding]]\naction = \"fly\"\n").unwrap_err();
    assert!(err.to_string().starts_with("keys.toml:2:"), "{err}");
}

/// The screen as text, for the rebinding test.
fn screen(app: &crate::tui::app::App) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    terminal
        .draw(|frame| crate::tui::view::view(app, frame))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..40)
        .map(|y| {
            (0..120)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

#[test]
fn rebinding_an_action_changes_hints_help_and_every_sentence_that_names_it() {
    use crate::tui::app::{App, Msg};
    use crate::tui::update::update;

    // The red-flag review moves from Ctrl-R to Ctrl-X, in a copy of the bundled key file.
    let bundled = include_str!("../../../assets/keys.toml");
    let from = "action = \"red_flags\"\nscope = \"home\"\nkeys = [\"ctrl-r\"]";
    assert!(bundled.contains(from), "the bundled file binds Ctrl-R");
    let rebound = bundled.replace(
        from,
        "action = \"red_flags\"\nscope = \"home\"\nkeys = [\"ctrl-x\"]",
    );
    let keys: &'static Keymap = Box::leak(Box::new(Keymap::parse("keys.toml", &rebound).unwrap()));

    let playbook = talkprep::playbook::bundled("en").unwrap();
    let mut app = App::new(
        playbook,
        Lang::En,
        crate::tui::theme::Theme::plain(),
        "/tmp".into(),
    );
    app.keys = keys;
    update(&mut app, Msg::Resize(120, 40));
    let home = screen(&app);
    // The hint bar and the sentence under the library ("{key:red_flags}: review...").
    assert!(home.contains("Ctrl-X red-flag review"), "{home}");
    assert!(
        home.contains("Ctrl-X: review a client's red flags"),
        "{home}"
    );
    assert!(!home.contains("Ctrl-R"), "{home}");

    update(&mut app, Msg::Key(ev(KeyCode::F(1), KeyModifiers::NONE)));
    let help = screen(&app);
    let row = help
        .lines()
        .find(|l| l.contains("red-flag review") && !l.contains(" more"))
        .unwrap_or_else(|| panic!("no red-flag row in help: {help}"));
    let before = &row[..row.find("red-flag review").unwrap()];
    assert!(before.trim_end().ends_with("Ctrl-X"), "{row}");

    // And the new key does what the old one did.
    update(&mut app, Msg::Key(ev(KeyCode::Esc, KeyModifiers::NONE)));
    update(
        &mut app,
        Msg::Key(ev(KeyCode::Char('x'), KeyModifiers::CONTROL)),
    );
    assert!(matches!(app.screen, crate::tui::app::Screen::Flags(_)));
}

/// Your own keys from config.toml: the action takes them in every scope it has, and the help,
/// the hints and the sentences naming keys follow; a wrong action, key or clash is said with its
/// line and changes nothing.
#[test]
fn the_persons_own_keys_replace_the_bundled_ones_and_wrong_ones_are_said() {
    use talkprep::config::KeyOverride;
    let o = |action: &str, keys: &[&str], line: usize| KeyOverride {
        action: action.into(),
        keys: keys.iter().map(|k| (*k).to_owned()).collect(),
        line,
    };
    let (map, said) = Keymap::bundled().with_overrides(
        &[
            o("save", &["ctrl-w"], 3),
            o("no_such_thing", &["f5"], 4),
            o("quit", &["ctrl-x+"], 5),
            o("help", &["ctrl-s"], 6),
        ],
        "config.toml",
    );
    let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    assert_eq!(map.lookup(&ctrl('w'), &[Scope::Form]), Some(Action::Save));
    assert_eq!(
        map.lookup(&ctrl('s'), &[Scope::Form]),
        None,
        "ctrl-s is free now"
    );
    let en = talkprep::i18n::catalog(talkprep::i18n::Lang::En);
    let rendered: Vec<String> = said.iter().map(|m| m.render(en)).collect();
    assert_eq!(rendered.len(), 2, "{rendered:?}");
    assert!(rendered[0].contains("line 4") && rendered[0].contains("no_such_thing"));
    assert!(rendered[1].contains("line 5") && rendered[1].contains("ctrl-x+"));
    // ctrl-s became free when save moved, so help may take it: no clash there.
    let (_, clash) = Keymap::bundled().with_overrides(&[o("help", &["ctrl-q"], 7)], "config.toml");
    let clash: Vec<String> = clash.iter().map(|m| m.render(en)).collect();
    assert!(
        clash.len() == 1 && clash[0].contains("line 7") && clash[0].contains("quit"),
        "{clash:?}"
    );
    // The hint bar shows the key in force.
    let shown = map.active(&[Scope::Always, Scope::Form], true, en);
    let save = shown.iter().find(|s| s.action == Action::Save).unwrap();
    assert_eq!(save.keys, ["Ctrl-W"]);
}
