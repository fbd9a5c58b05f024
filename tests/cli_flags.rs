//! `talkprep flags list|show|export` on reviews saved the way the app saves them.

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;
use predicates::prelude::*;
use talkprep::store::Store;
use talkprep::tui::app::{App, Effect, Msg, Screen};
use talkprep::tui::flags_io::save_review;
use talkprep::tui::flags_state::FlagsEffect;
use talkprep::tui::theme::Theme;
use talkprep::tui::update::{flags::open, update};

fn cmd(data: &Path) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("talkprep");
    cmd.arg("--data-dir").arg(data).arg("--lang").arg("en");
    cmd
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

/// Reviews `client` in the app, ticking `ids`, and saves the review as the event loop does,
/// at `now`.
fn review_in_app(store: &Store, client: &str, ids: &[&str], now: &str) {
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let mut app = App::new(playbook, "en", Theme::plain(), store.root().to_path_buf());
    update(&mut app, Msg::Resize(80, 24));
    open(&mut app, Some(client));
    for id in ids {
        for _ in 0..40 {
            let Screen::Flags(f) = &app.screen else {
                panic!("the review screen is open")
            };
            if f.current(&app.playbook).map(|i| i.id.as_str()) == Some(*id) {
                break;
            }
            press(&mut app, KeyCode::Down);
        }
        press(&mut app, KeyCode::Char(' '));
        for _ in 0..40 {
            press(&mut app, KeyCode::Up);
        }
    }
    let effects = press(&mut app, KeyCode::Enter);
    let [Effect::Flags(FlagsEffect::Save(review))] = effects.as_slice() else {
        panic!("Enter shows the verdict and saves: {effects:?}");
    };
    save_review(store, (**review).clone(), now.parse::<Timestamp>().unwrap()).unwrap();
}

fn json(output: &[u8]) -> serde_json::Value {
    serde_json::from_slice(output).unwrap()
}

#[test]
fn a_review_saved_in_the_app_is_listed_shown_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = Store::open(data.clone()).unwrap();
    review_in_app(
        &store,
        "Zoë Café",
        &["pays-late", "never-satisfied", "constant-contact"],
        "2026-11-02T12:00:00Z",
    );

    let out = cmd(&data)
        .args(["flags", "list", "--json"])
        .assert()
        .success();
    let rows = json(&out.get_output().stdout);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["client"], "Zoë Café");
    assert_eq!(rows[0]["score"], 8);
    assert_eq!(rows[0]["band"], "red");
    assert_eq!(rows[0]["trend"], "first");
    assert_eq!(rows[0]["reviews"], 1);

    // A week later, things got better.
    review_in_app(&store, "zoe cafe", &["pays-late"], "2026-11-09T12:00:00Z");
    let out = cmd(&data)
        .args(["flags", "list", "--json"])
        .assert()
        .success();
    let rows = json(&out.get_output().stdout);
    assert_eq!(rows[0]["reviews"], 2);
    assert_eq!(rows[0]["score"], 3);
    assert_eq!(rows[0]["band"], "pink");
    assert_eq!(rows[0]["trend"], "better");
    assert_eq!(rows[0]["date"], "2026-11-09");

    cmd(&data)
        .args(["flags", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("zoe cafe").and(predicate::str::contains("better")));

    // Show: every review, dated, case and accents ignored.
    let out = cmd(&data)
        .args(["flags", "show", "ZOE CAFÉ", "--json"])
        .assert()
        .success();
    let shown = json(&out.get_output().stdout);
    let reviews = shown["reviews"].as_array().unwrap();
    assert_eq!(reviews.len(), 2);
    assert_eq!(reviews[0]["date"], "2026-11-02");
    assert_eq!(
        reviews[0]["band_title"],
        "Red flags: time for a redirection plan"
    );
    assert_eq!(reviews[1]["ticked"][0], "pays-late");
    cmd(&data)
        .args(["flags", "show", "zoe cafe"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("2026-11-02: score 8")
                .and(predicate::str::contains("2026-11-09: score 3"))
                .and(predicate::str::contains("Better than last time.")),
        );

    // Export: the latest review as Markdown, never over a file without --force.
    cmd(&data)
        .args(["flags", "export", "zoe cafe"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("# Red-flag review: zoe cafe")
                .and(predicate::str::contains("- [x] Pays late, systematically"))
                .and(predicate::str::contains("## What next")),
        );
    let file = dir.path().join("review.md");
    std::fs::write(&file, "keep me").unwrap();
    cmd(&data)
        .args(["flags", "export", "zoe cafe", "-o"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--force"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep me");
    cmd(&data)
        .args(["flags", "export", "zoe cafe", "--force", "-o"])
        .arg(&file)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Red-flag review")
    );
}

#[test]
fn an_unknown_client_exits_2_and_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    cmd(&data)
        .args(["flags", "show", "Nobody"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no red-flag review of 'Nobody'"));
    cmd(&data)
        .args(["flags", "export", "Nobody"])
        .assert()
        .code(2);
    cmd(&data)
        .args(["flags", "list", "--json"])
        .assert()
        .success()
        .stdout("[]\n");
    cmd(&data)
        .args(["flags", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("No red-flag reviews yet"));
}

#[test]
fn the_app_needs_a_terminal_for_the_checklist() {
    let dir = tempfile::tempdir().unwrap();
    cmd(&dir.path().join("data"))
        .args(["flags", "--client", "Acme"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs a terminal"));
}
