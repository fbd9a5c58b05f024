//! `talkprep new` and `talkprep set`: a sheet prepared from start to end without the app, as
//! a script or a screen-reader user does it, with the same checks the app makes.

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use predicates::prelude::*;
use tempfile::TempDir;

fn talkprep(data: &Path) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("talkprep");
    cmd.arg("--data-dir")
        .arg(data)
        .arg("--lang")
        .arg("en")
        .env_remove("TALKPREP_DATA_DIR");
    cmd
}

fn stdout(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn sheet_json(data: &Path, id: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(data.join("sheets").join(format!("{id}.json"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn a_prep_made_from_the_shell_ends_in_a_message_ready_to_send() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let id = stdout(talkprep(d).args([
        "new",
        "--scenario",
        "unpaid-invoice",
        "--client",
        "Kendra Quinn",
        "--channel",
        "email",
        "--topic",
        "invoice 2026-044",
        "--when",
        "2026-12-08 10:00",
    ]));
    let id = id.trim();
    assert!(
        id.contains("-kendra-quinn-"),
        "named after the client: {id}"
    );
    talkprep(d)
        .args([
            "set",
            "kendra",
            "facts.what_happened",
            "Invoice 2026-044 was due on 17 November.",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(id));
    talkprep(d)
        .args(["set", id, "fallbacks.1", "-"])
        .write_stdin("Two instalments, 15 and 30 December.\n")
        .assert()
        .success();
    let answers = d.join("answers.json");
    std::fs::write(
        &answers,
        r#"{"stakes.heat": 6, "goal.kind": "keep", "message.next_by": "2026-12-11"}"#,
    )
    .unwrap();
    talkprep(d)
        .args(["set", id, "--answers"])
        .arg(&answers)
        .assert()
        .success();
    let sheet = sheet_json(d, id);
    assert_eq!(sheet["schema_version"], 2);
    assert_eq!(sheet["channel"], "email");
    assert_eq!(sheet["when"], "2026-12-08T10:00:00");
    assert_eq!(sheet["stakes"]["heat"], 6);
    assert_eq!(
        sheet["fallbacks"][0],
        "Two instalments, 15 and 30 December."
    );
    let draft = stdout(talkprep(d).args(["draft", id]));
    assert!(
        draft.starts_with("Subject: About invoice 2026-044\n\nHi Kendra,\n\n"),
        "{draft}"
    );
    assert!(draft.contains("by 11 December 2026"), "{draft}");
    assert!(
        draft.contains("- Two instalments, 15 and 30 December."),
        "{draft}"
    );
}

#[test]
fn wrong_fields_and_values_are_said_and_change_nothing() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let id = stdout(talkprep(d).args(["new", "--scenario", "scope-creep", "--client", "Rob"]));
    let id = id.trim();
    let before = sheet_json(d, id);
    talkprep(d)
        .args(["set", id, "facts.what", "x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("facts.what_happened"));
    talkprep(d)
        .args(["set", id, "channel", "fax"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("in_person"));
    talkprep(d)
        .args(["set", id, "stakes.heat", "11"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("0–10"));
    let answers = d.join("bad.json");
    std::fs::write(&answers, "{\"client\": \"Rob\",\n \"topic\": }").unwrap();
    talkprep(d)
        .args(["set", id, "--answers"])
        .arg(&answers)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.json").and(predicate::str::contains("line 2")));
    // One wrong answer among good ones: none is saved.
    std::fs::write(&answers, r#"{"client": "Robert", "channel": "fax"}"#).unwrap();
    talkprep(d)
        .args(["set", id, "--answers"])
        .arg(&answers)
        .assert()
        .code(2);
    assert_eq!(sheet_json(d, id), before);
    talkprep(d)
        .args(["new", "--scenario", "no-such-thing"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unpaid-invoice"));
}

#[test]
fn a_sheet_open_in_the_app_is_not_written_behind_its_back() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let id = stdout(talkprep(d).args(["new", "--scenario", "late-payer", "--client", "Dana"]));
    let id = talkprep::sheet::SheetId::parse(id.trim()).unwrap();
    let store = talkprep::store::Store::open(d.to_path_buf()).unwrap();
    let _held = store.lock_sheet(&id).unwrap();
    talkprep(d)
        .args(["set", id.as_str(), "topic", "the March invoices"])
        .assert()
        .code(2);
    assert_eq!(sheet_json(d, id.as_str())["topic"], "");
}
