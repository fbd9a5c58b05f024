//! End to end: the built binary in a real terminal (tmux), driven by keys through a whole prep.
//!
//! Uses `TALKPREP_E2E_BIN` when set (CI points it at the release binary), else the test build.
//! Without tmux the test says so and stops, unless `TALKPREP_REQUIRE_TMUX` is set (CI sets it).

#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;
use std::thread::sleep;
use std::time::{Duration, Instant};

use tmux::{import, start, tmux_available};

#[test]
fn a_whole_prep_is_typed_saved_and_found_again() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::TempDir::new().unwrap();
    let t = start("prep", data.path(), 100, 30);
    t.wait_for("Start a new prep");

    t.keys(&["Enter"]);
    t.wait_for("Find a scenario");
    t.type_text("unpaid");
    t.keys(&["Enter"]);
    t.type_text("Acme Ltd");
    t.keys(&["Enter"]);
    t.type_text("Dana");
    t.keys(&["Enter"]);
    t.type_text("invoice 031");
    t.keys(&["Tab", "Right", "Tab"]);
    t.type_text("2026-11-25 16:30");
    t.wait_for("Wednesday 25 November 2026, 16:30");

    t.keys(&["NPage"]);
    t.wait_for("Step 2 of 10");
    t.type_text("Invoice unpaid since October.");
    t.keys(&["Tab"]);
    t.type_text("I delivered; they approved by email.");

    t.keys(&["NPage"]);
    t.wait_for("Step 3 of 10");
    t.keys(&["Right", "Tab"]);
    t.type_text("A steady client");

    t.keys(&["NPage"]);
    t.wait_for("Step 4 of 10");
    t.keys(&["Enter", "Tab", "Tab"]);
    t.type_text("The full amount");

    t.keys(&["NPage"]);
    t.wait_for("Step 5 of 10");
    t.keys(&["Enter"]);

    t.keys(&["NPage"]);
    t.wait_for("Step 6 of 10");
    t.keys(&["Enter", "Tab", "End"]);
    t.type_text(" Thanks!");

    t.keys(&["NPage"]);
    t.wait_for("Step 7 of 10");
    t.keys(&["NPage"]);
    t.wait_for("Step 8 of 10");
    t.type_text("Friday, end of day");

    t.keys(&["NPage"]);
    let review = t.wait_for("Step 9 of 10");
    assert!(
        review.contains("Prep: conversation with Acme Ltd"),
        "{review}"
    );
    t.keys(&["C-s"]);
    t.wait_for("· saved");
    t.keys(&["Escape"]);
    let home = t.wait_for("Your preps (1 of 1)");
    assert!(home.contains("Acme Ltd"), "{home}");
    // On home the filter has the keyboard, so q is text: Ctrl-Q quits.
    t.keys(&["C-q"]);
    let start = Instant::now();
    while t.alive() && start.elapsed() < Duration::from_secs(10) {
        sleep(Duration::from_millis(100));
    }
    assert!(!t.alive(), "talkprep did not quit");

    let sheets: Vec<_> = std::fs::read_dir(data.path().join("sheets"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(sheets.len(), 1, "{sheets:?}");
    let text = std::fs::read_to_string(&sheets[0]).unwrap();
    let sheet: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(sheet["scenario"], "unpaid-invoice");
    assert_eq!(sheet["client"], "Acme Ltd");
    assert_eq!(sheet["address"], "Dana");
    assert_eq!(sheet["topic"], "invoice 031");
    assert_eq!(sheet["channel"], "video");
    assert_eq!(sheet["when"], "2026-11-25T16:30:00");
    assert_eq!(
        sheet["facts"]["what_happened"],
        "Invoice unpaid since October."
    );
    assert_eq!(
        sheet["facts"]["who_did_what"],
        "I delivered; they approved by email."
    );
    assert_eq!(sheet["stakes"]["relationship"], "short");
    assert_eq!(sheet["stakes"]["worth"], "A steady client");
    assert_eq!(sheet["goal"]["firm_on"], "The full amount");
    assert!(!sheet["goal"]["outcome"].as_str().unwrap().is_empty());
    assert_eq!(sheet["fallbacks"].as_array().unwrap().len(), 1);
    assert!(
        sheet["opener"]["text"]
            .as_str()
            .unwrap()
            .ends_with(" Thanks!")
    );
    assert_eq!(sheet["logistics"]["moment"], "Friday, end of day");
}

#[test]
fn tiny_and_resized_terminals_never_crash() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::TempDir::new().unwrap();
    let t = start("resize", data.path(), 30, 8);
    t.wait_for("larger");
    for (w, h) in [
        (1, 1),
        (2, 2),
        (80, 24),
        (59, 15),
        (60, 16),
        (120, 40),
        (1, 1),
        (80, 24),
    ] {
        t.run(&[
            "resize-window",
            "-t",
            &t.session,
            "-x",
            &w.to_string(),
            "-y",
            &h.to_string(),
        ]);
        sleep(Duration::from_millis(150));
        t.keys(&["Enter", "Tab", "NPage"]);
    }
    t.wait_for("filled");
    assert!(t.alive(), "talkprep died while resizing");
    t.keys(&["C-q"]);
}

#[test]
fn three_rehearsal_rounds_are_logged_on_the_sheet() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::TempDir::new().unwrap();
    import(
        data.path(),
        Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/sheet.json"
        )),
    );

    let t = start("rehearse", data.path(), 100, 30);
    let home = t.wait_for("Acme Ltd");
    assert!(!home.contains("rehearsed"), "{home}");
    t.keys(&["Down", "C-p"]);
    t.wait_for("Rehearse: Acme Ltd");
    t.keys(&["Space"]);
    t.wait_for("timer running");
    sleep(Duration::from_millis(1200));
    t.keys(&["Space"]);
    t.wait_for("1 timed run");
    for round in 1..=3 {
        t.keys(&["Enter"]);
        t.wait_for(&format!("Round {round}"));
        t.wait_for("let the silence work");
        t.keys(&["a"]);
        t.wait_for("A calm reply:");
    }
    t.keys(&["w"]);
    t.type_text("I hear you. Can we agree on a date this week?");
    t.keys(&["Enter"]);
    t.wait_for("Your reply:");
    t.keys(&["Escape"]);
    let home = t.wait_for("rehearsed once");
    assert!(home.contains("Acme Ltd"), "{home}");
    t.keys(&["C-q"]);

    let text = std::fs::read_to_string(data.path().join("sheets/20261120-acme-a1b2.json")).unwrap();
    let sheet: serde_json::Value = serde_json::from_str(&text).unwrap();
    let log = &sheet["rehearsals"][0];
    assert_eq!(log["rounds"], 3);
    assert!(log["times_ms"][0].as_u64().unwrap() >= 1000, "{log}");
    assert_eq!(
        sheet["my_replies"][0]["reply"],
        "I hear you. Can we agree on a date this week?"
    );
}

#[test]
fn a_closed_terminal_saves_the_typing_and_ends_the_app() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::TempDir::new().unwrap();
    let t = start("hangup", data.path(), 100, 30);
    t.wait_for("Start a new prep");
    t.keys(&["Enter"]);
    t.wait_for("Find a scenario");
    t.keys(&["Tab", "Tab"]);
    let pid = t.run(&["display-message", "-p", "-t", &t.session, "#{pane_pid}"]);
    let pid = pid.trim().to_owned();
    assert!(!pid.is_empty(), "no pane pid");
    // Typed, then the terminal closes before the autosave would run.
    t.run(&["send-keys", "-t", &t.session, "-l", "Closed Ltd"]);
    sleep(Duration::from_millis(100));
    t.run(&["kill-server"]);

    // The hang-up ends the app by itself, well before the last-resort exit (3 s): a dead
    // terminal must not leave it spinning.
    let start = Instant::now();
    while Path::new(&format!("/proc/{pid}")).exists() {
        assert!(
            start.elapsed() < Duration::from_millis(2500),
            "talkprep (pid {pid}) still runs after its terminal closed"
        );
        sleep(Duration::from_millis(50));
    }
    let saved: Vec<String> = std::fs::read_dir(data.path().join("sheets"))
        .unwrap()
        .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
        .collect();
    assert!(
        saved
            .iter()
            .any(|s| s.contains("\"client\": \"Closed Ltd\"")),
        "the typing was lost: {saved:?}"
    );
}

/// Typing a client's name on home filters; it never deletes, opens or quits (d, n, k, q are
/// letters of names).
#[test]
fn typing_names_on_home_never_runs_a_command() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::TempDir::new().unwrap();
    let sheet = include_str!("data/sheet.json");
    for (id, client) in [
        ("20261120-dana-a1b2", "Dana"),
        ("20261121-nora-c3d4", "Nora"),
    ] {
        let text = sheet
            .replace("20261120-acme-a1b2", id)
            .replace("Acme Ltd", client);
        let file = data.path().join(format!("{id}.import.json"));
        std::fs::write(&file, text).unwrap();
        import(data.path(), &file);
    }

    let t = start("names", data.path(), 80, 24);
    t.wait_for("Your preps (2 of 2)");
    t.keys(&["Down"]);
    for name in ["dan", "nora", "kim", "quinn"] {
        t.type_text(name);
        let screen = t.wait_for(name);
        assert!(
            screen.contains("Your preps ("),
            "{name}: still home\n{screen}"
        );
        for _ in name.chars() {
            t.keys(&["BSpace"]);
        }
    }
    t.type_text("dana");
    t.wait_for("Your preps (1 of 2)");
    assert!(t.alive(), "typing q did not quit");
    let trash = data.path().join("trash");
    let trashed = std::fs::read_dir(&trash).map_or(0, |d| d.count());
    assert_eq!(trashed, 0, "nothing moved to {}", trash.display());
    t.keys(&["C-q"]);
}

/// Two windows on one sheet: the second shows it read-only, and the first one's typing is what
/// ends up on disk.
#[test]
fn a_second_window_on_the_same_sheet_is_read_only() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::TempDir::new().unwrap();
    import(
        data.path(),
        Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/sheet.json"
        )),
    );

    let first = start("window-a", data.path(), 100, 30);
    first.wait_for("Your preps (1 of 1)");
    first.keys(&["Down", "Enter"]);
    first.wait_for("Step 10 of 10: After the call");
    let second = start("window-b", data.path(), 100, 30);
    second.wait_for("Your preps (1 of 1)");
    second.keys(&["Down", "Enter"]);
    second.wait_for("read-only");

    second.keys(&["Tab"]);
    second.type_text("EDIT-FROM-B");
    first.keys(&["Tab"]);
    first.type_text("EDIT-FROM-A");
    first.keys(&["C-s"]);
    first.wait_for("· saved");
    second.keys(&["C-q"]);
    first.keys(&["C-q"]);
    let start_at = Instant::now();
    while (first.alive() || second.alive()) && start_at.elapsed() < Duration::from_secs(10) {
        sleep(Duration::from_millis(100));
    }
    let text = std::fs::read_to_string(data.path().join("sheets/20261120-acme-a1b2.json")).unwrap();
    assert!(text.contains("EDIT-FROM-A"), "{text}");
    assert!(!text.contains("EDIT-FROM-B"), "{text}");
}

/// The signal matrix: TERM, HUP, INT and QUIT, 0.1 s and 0.5 s after the last key, each save
/// the typing and end the app promptly.
#[test]
fn every_ending_signal_saves_the_typing() {
    if !tmux_available() {
        return;
    }
    for signal in ["TERM", "HUP", "INT", "QUIT"] {
        for delay_ms in [100u64, 500] {
            let data = tempfile::TempDir::new().unwrap();
            let name = format!("sig-{}-{delay_ms}", signal.to_lowercase());
            let t = start(&name, data.path(), 100, 30);
            t.wait_for("Start a new prep");
            t.keys(&["Enter"]);
            t.wait_for("Find a scenario");
            t.keys(&["Tab", "Tab"]);
            let pid = t.run(&["display-message", "-p", "-t", &t.session, "#{pane_pid}"]);
            let pid = pid.trim().to_owned();
            assert!(!pid.is_empty(), "no pane pid");
            let client = format!("Signal {signal} {delay_ms}");
            t.run(&["send-keys", "-t", &t.session, "-l", &client]);
            sleep(Duration::from_millis(delay_ms));
            let killed = std::process::Command::new("kill")
                .args([&format!("-{signal}"), &pid])
                .status()
                .unwrap();
            assert!(killed.success(), "kill -{signal} {pid}");
            let started = Instant::now();
            while Path::new(&format!("/proc/{pid}")).exists() {
                assert!(
                    started.elapsed() < Duration::from_millis(2500),
                    "talkprep still runs {delay_ms} ms after SIG{signal}"
                );
                sleep(Duration::from_millis(50));
            }
            let saved: Vec<String> = std::fs::read_dir(data.path().join("sheets"))
                .map(|dir| {
                    dir.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
                        .collect()
                })
                .unwrap_or_default();
            assert!(
                saved
                    .iter()
                    .any(|s| s.contains(&format!("\"client\": \"{client}\""))),
                "SIG{signal} {delay_ms} ms after the last key lost the typing: {saved:?}"
            );
        }
    }
}

/// A sheet changed on disk while the app has it open (a sync tool, another editor): the
/// person's typing is saved as a copy beside it and both versions survive.
#[test]
fn an_outside_edit_and_the_typing_both_survive() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::TempDir::new().unwrap();
    import(
        data.path(),
        Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/sheet.json"
        )),
    );
    let file = data.path().join("sheets/20261120-acme-a1b2.json");
    let t = start("outside-edit", data.path(), 100, 30);
    t.wait_for("Your preps (1 of 1)");
    t.keys(&["Down", "Enter"]);
    t.wait_for("Step 10 of 10: After the call");

    // Someone else changes the file while it is open here.
    let outside = std::fs::read_to_string(&file)
        .unwrap()
        .replace("Acme Ltd", "Acme Ltd (edited outside)");
    std::fs::write(&file, &outside).unwrap();

    t.keys(&["Tab"]);
    t.type_text("TYPED-IN-APP");
    t.keys(&["C-s"]);
    t.wait_for("Changed elsewhere meanwhile: both versions are kept");
    t.keys(&["C-q"]);
    let start_at = Instant::now();
    while t.alive() && start_at.elapsed() < Duration::from_secs(10) {
        sleep(Duration::from_millis(100));
    }
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        outside,
        "the outside edit was overwritten"
    );
    let copies: Vec<String> = std::fs::read_dir(data.path().join("sheets"))
        .unwrap()
        .filter_map(|e| {
            let path = e.ok()?.path();
            path.to_string_lossy()
                .contains("-conflict-")
                .then(|| std::fs::read_to_string(path).ok())?
        })
        .collect();
    assert!(
        copies.iter().any(|c| c.contains("TYPED-IN-APP")),
        "the typing is not in a copy beside the sheet: {copies:?}"
    );
}
