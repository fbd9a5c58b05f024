//! The command line, driven as a user would, on a temporary data folder.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use tempfile::TempDir;

const SHEET: &str = include_str!("data/sheet.json");
const SHEET_ID: &str = "20261120-acme-a1b2";

fn talkprep(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("talkprep").unwrap();
    cmd.arg("--data-dir")
        .arg(data)
        .env_remove("TALKPREP_DATA_DIR")
        .env("LANG", "C");
    cmd
}

fn with_sheet() -> TempDir {
    let dir = TempDir::new().unwrap();
    talkprep(dir.path())
        .args(["import", "-"])
        .write_stdin(SHEET)
        .assert()
        .success();
    dir
}

#[test]
fn scenarios_lists_at_least_nineteen() {
    let dir = TempDir::new().unwrap();
    let out = talkprep(dir.path())
        .args(["scenarios", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(rows.as_array().unwrap().len() >= 19);
    talkprep(dir.path())
        .arg("scenarios")
        .assert()
        .success()
        .stdout(predicate::str::contains("unpaid-invoice"));
}

#[test]
fn import_list_show_export_delete_restore_round_trip_byte_for_byte() {
    let dir = with_sheet();
    // The fixture is schema 1: read, it is schema 2 with every other byte as it was.
    let migrated = SHEET.replacen("\"schema_version\": 1,", "\"schema_version\": 2,", 1);
    let data = dir.path();
    let listed = talkprep(data).args(["list", "--json"]).output().unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(rows[0]["id"], SHEET_ID);
    assert_eq!(rows[0]["complete"], 100);

    talkprep(data)
        .args(["show", SHEET_ID])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Acme Ltd").and(predicate::str::contains("Two instalments")),
        );
    talkprep(data)
        .args(["show", SHEET_ID, "--format", "json"])
        .assert()
        .success()
        .stdout(migrated.clone());

    talkprep(data).args(["delete", SHEET_ID]).assert().success();
    talkprep(data).args(["show", SHEET_ID]).assert().code(2);
    talkprep(data)
        .args(["restore", SHEET_ID])
        .assert()
        .success();

    let out = data.join("out.json");
    talkprep(data)
        .args(["export", SHEET_ID, "--format", "json", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), migrated);
}

#[test]
fn export_refuses_to_overwrite_without_force() {
    let dir = with_sheet();
    let out = dir.path().join("sheet.md");
    std::fs::write(&out, "keep me").unwrap();
    talkprep(dir.path())
        .args(["export", SHEET_ID, "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    talkprep(dir.path())
        .args(["export", SHEET_ID, "--force", "-o"])
        .arg(&out)
        .assert()
        .success();
    let markdown = std::fs::read_to_string(&out).unwrap();
    assert!(markdown.starts_with("# Prep: conversation with Acme Ltd"));
    assert!(markdown.contains("> Hi Acme Ltd, can you help me understand"));
}

#[test]
fn unknown_ids_and_bad_input_exit_2() {
    let dir = with_sheet();
    let data = dir.path();
    talkprep(data)
        .args(["show", "20990101-nobody-0000"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("talkprep list"));
    talkprep(data)
        .args(["show", "../etc/passwd"])
        .assert()
        .code(2);
    talkprep(data).args(["delete", "nope"]).assert().code(2);
    talkprep(data).args(["restore", SHEET_ID]).assert().code(2);
    talkprep(data)
        .args(["--lang", "de", "scenarios"])
        .assert()
        .code(2);
    talkprep(data).args(["no-such-command"]).assert().code(2);
    talkprep(data)
        .args(["import", "-"])
        .write_stdin(SHEET)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already"));
    talkprep(data)
        .args(["import", "-"])
        .write_stdin("{\n  \"schema_version\": 1,\n  oops\n}")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 3"));
}

#[test]
fn a_sheet_from_a_newer_talkprep_is_refused_not_rewritten() {
    let dir = TempDir::new().unwrap();
    let newer = SHEET.replace("\"schema_version\": 1", "\"schema_version\": 9");
    talkprep(dir.path())
        .args(["import", "-"])
        .write_stdin(newer)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("newer"));
}

#[test]
fn list_search_matches_any_answer_ignoring_accents_and_case() {
    let dir = with_sheet();
    let run = |q: &str| {
        let out = talkprep(dir.path())
            .args(["list", "--json", "--search", q])
            .output()
            .unwrap();
        serde_json::from_slice::<serde_json::Value>(&out.stdout)
            .unwrap()
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(run("INSTALMENTS"), 1);
    assert_eq!(run("acmé"), 1);
    assert_eq!(run("globex"), 0);
    // A search that finds nothing says so, not that there are no sheets.
    talkprep(dir.path())
        .args(["list", "--search", "globex"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "No sheet matches \u{201c}globex\u{201d}",
        ));
}

#[test]
fn a_broken_playbook_names_file_line_and_column() {
    let dir = TempDir::new().unwrap();
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\n  \"schema_version\": 1,\n  \"lang\": \"en\",\n  \"scenarios\": [\n    {\"id\": \"x\",}\n  ]\n}\n").unwrap();
    talkprep(dir.path())
        .args(["playbook", "validate"])
        .arg(&broken)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("broken.json").and(predicate::str::contains("line 5")));
}

#[test]
fn playbook_validation_reports_every_problem_with_its_path() {
    let dir = TempDir::new().unwrap();
    let file = dir.path().join("mine.json");
    let text = r#"{
  "schema_version": 1,
  "lang": "en",
  "scenarios": [
    {"id": "my-case", "title": "Mine", "summary": "A case", "fits": ["astronaut"], "openers": []},
    {"id": "my-case", "title": "", "summary": "Again", "openers": ["Hi {name}"]}
  ]
}"#;
    std::fs::write(&file, text).unwrap();
    talkprep(dir.path())
        .args(["playbook", "validate"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("scenarios[0].openers: at least one opener is needed")
                .and(predicate::str::contains("the id my-case appears twice"))
                .and(predicate::str::contains(
                    "scenarios[1].title: must not be empty",
                ))
                .and(predicate::str::contains("unknown placeholder {name}"))
                .and(predicate::str::contains("unknown role id astronaut")),
        );
}

#[test]
fn a_custom_playbook_extends_the_bundled_one() {
    let dir = TempDir::new().unwrap();
    let file = dir.path().join("mine.json");
    let text = r#"{
  "schema_version": 1,
  "lang": "en",
  "scenarios": [
    {"id": "late-brief", "title": "Brief arrives late", "summary": "The brief keeps slipping.",
     "fits": ["freelancer"], "openers": ["Hi {client}, can we find a date for {topic} that works for both of us?"]},
    {"id": "unpaid-invoice", "title": "Unpaid invoice, my way", "summary": "Replaced.",
     "openers": ["Hello {client}, where does {topic} stand?"]}
  ]
}"#;
    std::fs::write(&file, text).unwrap();
    talkprep(dir.path())
        .args(["playbook", "validate"])
        .arg(&file)
        .assert()
        .success();
    let out = talkprep(dir.path())
        .arg("--playbook")
        .arg(&file)
        .args(["scenarios", "--json"])
        .output()
        .unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert!(rows.iter().any(|r| r["id"] == "late-brief"));
    let unpaid = rows.iter().find(|r| r["id"] == "unpaid-invoice").unwrap();
    assert_eq!(unpaid["title"], "Unpaid invoice, my way");
    assert!(rows.len() >= 21);
}

#[test]
fn playbook_export_is_a_valid_starting_point() {
    let dir = TempDir::new().unwrap();
    let out = talkprep(dir.path())
        .args(["playbook", "export"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let file = dir.path().join("start.json");
    std::fs::write(&file, &out.stdout).unwrap();
    talkprep(dir.path())
        .args(["playbook", "validate"])
        .arg(&file)
        .assert()
        .success();
}

#[test]
fn the_app_needs_a_terminal() {
    let dir = TempDir::new().unwrap();
    talkprep(dir.path())
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs a terminal"));
}

#[test]
fn a_corrupt_sheet_is_reported_by_readers_set_aside_by_a_writer_and_restored() {
    let dir = with_sheet();
    let sheets = dir.path().join("sheets");
    let bad = sheets.join("20261121-bad-0000.json");
    std::fs::write(&bad, "{ not json").unwrap();
    let names = || -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&sheets)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    for command in [
        &["list"][..],
        &["due"],
        &["show", SHEET_ID],
        &["quarantine", "list"],
    ] {
        talkprep(dir.path())
            .args(command)
            .assert()
            .success()
            .stderr(
                predicate::str::contains("20261121-bad-0000.json").or(predicate::str::is_empty()),
            );
    }
    talkprep(dir.path())
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains(SHEET_ID))
        .stderr(predicate::str::contains("left where it is"));
    // A writer leaves a file that changed moments ago alone...
    talkprep(dir.path())
        .args(["trash", "empty"])
        .assert()
        .success();
    assert!(bad.exists(), "{:?}", names());
    // ...and sets it aside once it has stayed so for a minute.
    std::fs::File::options()
        .write(true)
        .open(&bad)
        .unwrap()
        .set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(120))
        .unwrap();
    talkprep(dir.path()).arg("list").assert().success();
    assert!(bad.exists(), "a reader moved it");
    talkprep(dir.path())
        .args(["trash", "empty"])
        .assert()
        .success()
        .stderr(predicate::str::contains("moved aside"));
    assert!(!bad.exists());
    let aside = names()
        .into_iter()
        .find(|n| n.starts_with("20261121-bad-0000.json.corrupt-"))
        .expect("set aside");
    let listed = talkprep(dir.path())
        .args(["quarantine", "list", "--json"])
        .output()
        .unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(rows[0]["name"], aside.as_str());
    assert_eq!(rows[0]["kind"], "sheet");
    talkprep(dir.path())
        .args(["quarantine", "list"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains(aside.as_str())
                .and(predicate::str::contains("quarantine restore")),
        );
    talkprep(dir.path())
        .args(["quarantine", "restore", &aside])
        .assert()
        .success()
        .stdout(predicate::str::contains("Put back as"));
    assert!(bad.exists());
    talkprep(dir.path())
        .args(["quarantine", "restore", &aside])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("quarantine list"));
    for lang in ["fr", "pl", "ro"] {
        let out = talkprep(dir.path())
            .args(["--lang", lang, "quarantine", "list"])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert!(
            !String::from_utf8_lossy(&out.stdout).contains("Nothing is in quarantine"),
            "{lang}"
        );
    }
}

#[test]
fn tone_flags_hostile_text_and_exits_1() {
    let dir = TempDir::new().unwrap();
    talkprep(dir.path())
        .args([
            "tone",
            "--lang",
            "en",
            "We need to talk. You NEVER pay on time!!!",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("hostile").and(predicate::str::contains("You NEVER")));
    talkprep(dir.path())
        .args([
            "tone",
            "Can you help me understand what happened with the invoice?",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("warm"));
}

#[test]
fn tone_json_has_exactly_the_documented_keys() {
    let dir = TempDir::new().unwrap();
    let out = talkprep(dir.path())
        .args(["tone", "--json", "You never listen."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "findings",
            "label",
            "lang",
            "lang_confidence",
            "lang_source",
            "score",
            "strengths",
            "talkprep_json"
        ]
    );
    // Three words are too few to tell: the interface's language is used, and said so.
    assert_eq!(value["lang_source"], "fallback");
    let finding = &value["findings"][0];
    for key in [
        "rule",
        "category",
        "severity",
        "start",
        "end",
        "match",
        "message",
        "suggestion",
    ] {
        assert!(finding.get(key).is_some(), "{key} missing in {finding}");
    }
    let matched = finding["match"].as_str().unwrap();
    assert!(matched.starts_with("You never"), "{matched}");
    assert_eq!(finding["start"], 0);
    assert_eq!(finding["end"], matched.chars().count());
}

#[test]
fn tone_jsonl_checks_each_line_with_its_number() {
    let dir = TempDir::new().unwrap();
    let out = talkprep(dir.path())
        .args(["tone", "--jsonl", "--lang", "auto", "-"])
        .write_stdin("Thank you for your patience.\n\nDziękuję za cierpliwość.\n")
        .output()
        .unwrap();
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[1]["line"], 3);
    assert_eq!(lines[1]["lang"], "pl");
}

#[test]
fn tone_fail_on_and_bad_input() {
    let dir = TempDir::new().unwrap();
    let file = dir.path().join("opener.txt");
    std::fs::write(&file, "Sorry to bother you, just checking in.").unwrap();
    talkprep(dir.path())
        .args(["tone", "--fail-on", "high", "-f"])
        .arg(&file)
        .assert()
        .success();
    talkprep(dir.path())
        .args(["tone", "--fail-on", "info", "-f"])
        .arg(&file)
        .assert()
        .code(1);
    talkprep(dir.path())
        .args(["tone", "--lang", "de", "hello"])
        .assert()
        .code(2);
    talkprep(dir.path())
        .args(["tone", "-f", "/no/such/file"])
        .assert()
        .code(2);
    talkprep(dir.path())
        .args(["tone", "--fail-on", "loud", "x"])
        .assert()
        .code(2);
}

#[test]
fn tone_reads_standard_input_with_f_dash_and_refuses_empty_text() {
    let dir = TempDir::new().unwrap();
    let out = talkprep(dir.path())
        .args(["tone", "--json", "-f", "-"])
        .write_stdin("You NEVER answer my emails!!!")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["findings"][0]["category"], "blame");
    let out = talkprep(dir.path())
        .args(["tone", "-"])
        .write_stdin("  \n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Nothing to check"));
}

#[test]
fn the_trash_is_listed_and_emptied_for_good() {
    let dir = with_sheet();
    let data = dir.path();
    talkprep(data)
        .args(["trash", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("The trash is empty."));
    talkprep(data).args(["delete", SHEET_ID]).assert().success();
    let out = talkprep(data)
        .args(["trash", "list", "--json"])
        .output()
        .unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows[0]["id"], SHEET_ID);
    assert_eq!(rows[0]["client"], "Acme Ltd");
    talkprep(data)
        .args(["trash", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(SHEET_ID).and(predicate::str::contains("Acme Ltd")));

    // Deleted just now: not older than a week, so kept.
    talkprep(data)
        .args(["trash", "empty", "--older-than", "7"])
        .assert()
        .success()
        .stdout(predicate::str::contains("nothing to remove"));
    talkprep(data)
        .args(["trash", "empty"])
        .assert()
        .success()
        .stdout(predicate::str::contains("1 file removed"));
    talkprep(data)
        .args(["restore", SHEET_ID])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("talkprep trash list"));
    assert!(!data.join("trash").join(format!("{SHEET_ID}.json")).exists());
}
