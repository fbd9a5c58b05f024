//! Naming a sheet on the command line as people do: the whole id, its first characters, or
//! the client's name, with "did you mean" when that is not enough.

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use predicates::prelude::*;
use tempfile::TempDir;

const SHEET: &str = include_str!("data/sheet.json");

fn talkprep(data: &Path) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("talkprep");
    cmd.arg("--data-dir")
        .arg(data)
        .env_remove("TALKPREP_DATA_DIR")
        .env("LANG", "C");
    cmd
}

/// Three sheets: Acme Ltd, and two for Dana Rusu.
fn library() -> TempDir {
    let dir = TempDir::new().unwrap();
    for (id, client) in [
        ("20261120-acme-a1b2", "Acme Ltd"),
        ("20261121-dana-rusu-0b0b", "Dana Rusu"),
        ("20261125-dana-rusu-77aa", "Dana Rusu"),
    ] {
        let text = SHEET.replace("20261120-acme-a1b2", id).replace(
            "\"client\": \"Acme Ltd\"",
            &format!("\"client\": \"{client}\""),
        );
        talkprep(dir.path())
            .args(["import", "-"])
            .write_stdin(text)
            .assert()
            .success();
    }
    dir
}

#[test]
fn a_client_name_or_the_start_of_an_id_is_enough() {
    let dir = library();
    let data = dir.path();
    for query in ["acme", "ACME LTD", "20261120", "20261120-acme-a1b2"] {
        talkprep(data)
            .args(["show", query])
            .assert()
            .success()
            .stdout(predicate::str::contains("Acme Ltd"));
    }
    talkprep(data)
        .args(["show", "20261125", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "\"id\": \"20261125-dana-rusu-77aa\"",
        ));
    talkprep(data).args(["cue", "acme"]).assert().success();
    talkprep(data)
        .args(["export", "acme", "--format", "ics"])
        .assert()
        .success()
        .stdout(predicate::str::contains("BEGIN:VCALENDAR"));
}

#[test]
fn two_sheets_of_one_client_ask_which_and_nothing_moves() {
    let dir = library();
    let data = dir.path();
    talkprep(data)
        .args(["delete", "dana"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("20261121-dana-rusu-0b0b (Dana Rusu)").and(
                predicate::str::contains("20261125-dana-rusu-77aa (Dana Rusu)"),
            ),
        );
    let listed = talkprep(data).args(["list", "--json"]).output().unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 3, "nothing deleted");
}

#[test]
fn a_typo_is_answered_with_the_closest_sheets() {
    let dir = library();
    talkprep(dir.path())
        .args(["show", "acne"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("Did you mean")
                .and(predicate::str::contains("20261120-acme-a1b2 (Acme Ltd)")),
        );
    talkprep(dir.path())
        .args(["show", "zzzzzzzz"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("talkprep list"));
}

#[test]
fn delete_and_restore_take_the_clients_name() {
    let dir = library();
    let data = dir.path();
    talkprep(data).args(["delete", "acme"]).assert().success();
    talkprep(data).args(["show", "acme"]).assert().code(2);
    talkprep(data)
        .args(["restore", "Acme"])
        .assert()
        .success()
        .stdout(predicate::str::contains("20261120-acme-a1b2"));
    talkprep(data).args(["show", "acme"]).assert().success();
}

#[test]
fn the_messages_speak_the_users_language() {
    let dir = library();
    talkprep(dir.path())
        .args(["--lang", "fr", "show", "dana"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Plusieurs fiches correspondent"));
    talkprep(dir.path())
        .args(["--lang", "pl", "show", "acne"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Czy chodziło o"));
}

#[test]
fn export_follows_the_extension_when_no_format_is_given() {
    let dir = library();
    let data = dir.path();
    let ics = data.join("acme.ics");
    talkprep(data)
        .args(["export", "acme", "-o"])
        .arg(&ics)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&ics)
            .unwrap()
            .starts_with("BEGIN:VCALENDAR")
    );
    let json = data.join("acme.JSON");
    talkprep(data)
        .args(["export", "acme", "-o"])
        .arg(&json)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&json)
            .unwrap()
            .contains("\"schema_version\"")
    );
    // --format wins over the extension; an unknown extension is Markdown.
    let forced = data.join("acme.ics.txt");
    talkprep(data)
        .args(["export", "acme", "--format", "ics", "-o"])
        .arg(&forced)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&forced)
            .unwrap()
            .starts_with("BEGIN:VCALENDAR")
    );
    let notes = data.join("acme.notes");
    talkprep(data)
        .args(["export", "acme", "-o"])
        .arg(&notes)
        .assert()
        .success();
    assert!(std::fs::read_to_string(&notes).unwrap().starts_with('#'));
    talkprep(data)
        .args(["export", "acme", "-o", "-"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("#"));
}
