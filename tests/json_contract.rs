//! The JSON contract (`docs/json.md`) against the real output: every command documented there
//! is run on a data folder that gives it something to print, and each shape's fields must be
//! exactly those its table lists (a field marked optional may be left out).

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use jiff::Timestamp;
use serde_json::Value;
use talkprep::flags::Review;
use talkprep::i18n::Lang;
use talkprep::store::Store;
use tempfile::TempDir;

const DOC: &str = include_str!("../docs/json.md");
const SHEET: &str = include_str!("data/sheet.json");
const ID: &str = "20261120-acme-a1b2";

/// One table of the document: its fields, and which of them may be left out.
#[derive(Debug)]
struct Table {
    fields: BTreeSet<String>,
    optional: BTreeSet<String>,
}

/// The tables of the section whose heading is `` ## `heading` ``, in order.
fn tables(heading: &str) -> Vec<Table> {
    let start = DOC
        .find(&format!("## `{heading}`"))
        .unwrap_or_else(|| panic!("docs/json.md has no section for `{heading}`"));
    let section = &DOC[start + 3..];
    let section = &section[..section.find("\n## ").unwrap_or(section.len())];
    let mut tables = Vec::new();
    let mut current: Option<Table> = None;
    for line in section.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let is_row = line.starts_with('|') && cells.len() >= 4;
        if !is_row {
            tables.extend(current.take());
            continue;
        }
        let first = cells[1];
        if first == "field" || first.starts_with("---") {
            current.get_or_insert_with(|| Table {
                fields: BTreeSet::new(),
                optional: BTreeSet::new(),
            });
            continue;
        }
        let name = first.trim_matches('`').to_owned();
        let table = current.as_mut().expect("a row under a header");
        if cells[2].contains("*optional*") {
            table.optional.insert(name.clone());
        }
        table.fields.insert(name);
    }
    tables.extend(current);
    tables
}

fn assert_shape(what: &str, value: &Value, table: &Table) {
    let object = value
        .as_object()
        .unwrap_or_else(|| panic!("{what}: not an object: {value}"));
    let keys: BTreeSet<String> = object.keys().cloned().collect();
    let undocumented: Vec<_> = keys.difference(&table.fields).collect();
    let missing: Vec<_> = table
        .fields
        .difference(&keys)
        .filter(|k| !table.optional.contains(*k))
        .collect();
    assert!(
        undocumented.is_empty() && missing.is_empty(),
        "{what}: undocumented {undocumented:?}, missing {missing:?}\n{value:#}"
    );
    if let Some(version) = object.get("talkprep_json") {
        assert_eq!(version, 1, "{what}");
    }
}

fn talkprep(data: &Path) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("talkprep");
    cmd.arg("--data-dir")
        .arg(data)
        .arg("--lang")
        .arg("en")
        .env_remove("TALKPREP_DATA_DIR")
        .env("TZ", "Europe/Warsaw");
    cmd
}

fn run(data: &Path, args: &[&str], code: i32) -> Value {
    let out = talkprep(data).args(args).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(code),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

/// A data folder with the fixture sheet (a follow-up due), a sheet in the trash and a review.
fn library() -> TempDir {
    let dir = TempDir::new().unwrap();
    let sheets = dir.path().join("sheets");
    std::fs::create_dir_all(&sheets).unwrap();
    let with_follow_up = SHEET.replace(
        "\"follow_ups\": []",
        "\"follow_ups\": [{\"what\": \"Send the split invoice\", \"owner\": \"me\", \"due\": \"2026-11-26\"}]",
    );
    assert_ne!(with_follow_up, SHEET);
    std::fs::write(sheets.join(format!("{ID}.json")), with_follow_up).unwrap();
    let gone = SHEET.replace(ID, "20261101-gone-0001");
    std::fs::write(sheets.join("20261101-gone-0001.json"), gone).unwrap();
    talkprep(dir.path())
        .args(["delete", "20261101-gone-0001"])
        .assert()
        .success();
    let store = Store::open(dir.path().to_path_buf()).unwrap();
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let now = "2026-11-23T10:00:00Z".parse::<Timestamp>().unwrap();
    let mut review = Review::new("Acme Ltd", Lang::En, now, jiff::civil::Date::default());
    review.ticked = vec![playbook.red_flags.items[0].id.clone()];
    review.rescore(&playbook.red_flags);
    review.assign_identity(now);
    store.save_review(&review).unwrap();
    dir
}

/// A list's first element, checked against the section's first table.
fn first_of(heading: &str, value: &Value) {
    let list = value
        .as_array()
        .unwrap_or_else(|| panic!("{heading}: not a list"));
    assert!(!list.is_empty(), "{heading}: nothing to check the shape on");
    for item in list {
        assert_shape(heading, item, &tables(heading)[0]);
    }
}

#[test]
fn lists_have_the_documented_fields() {
    let dir = library();
    let d = dir.path();
    first_of("talkprep list --json", &run(d, &["list", "--json"], 0));
    first_of(
        "talkprep scenarios --json",
        &run(d, &["scenarios", "--json"], 0),
    );
    first_of(
        "talkprep due --json",
        &run(d, &["due", "--json", "--days", "3650"], 0),
    );
    first_of(
        "talkprep trash list --json",
        &run(d, &["trash", "list", "--json"], 0),
    );
    first_of(
        "talkprep flags list --json",
        &run(d, &["flags", "list", "--json"], 0),
    );
}

#[test]
fn dates_are_rfc_3339() {
    let dir = library();
    let rows = run(dir.path(), &["list", "--json"], 0);
    let row = &rows[0];
    let updated = row["updated"].as_str().unwrap();
    assert!(updated.parse::<Timestamp>().is_ok(), "{updated}");
    assert!(updated.ends_with('Z'), "{updated}");
    // 25 November 2026, 16:30 in Warsaw (TZ above) is UTC+1.
    assert_eq!(row["when"], "2026-11-25T16:30:00+01:00");
    let due = run(dir.path(), &["due", "--json", "--days", "3650"], 0);
    assert!(
        due[0]["due"]
            .as_str()
            .unwrap()
            .parse::<jiff::civil::Date>()
            .is_ok()
    );
}

#[test]
fn the_cue_card_and_the_draft_have_the_documented_fields() {
    let dir = library();
    let d = dir.path();
    let heading = "talkprep cue ID --json";
    let card = run(d, &["cue", ID, "--json"], 0);
    let t = tables(heading);
    assert_shape(heading, &card, &t[0]);
    let sections = card["sections"].as_array().unwrap();
    assert!(sections.len() > 3);
    let mut kinds = BTreeSet::new();
    for section in sections {
        assert_shape("cue section", section, &t[1]);
        for entry in section["entries"].as_array().unwrap() {
            assert_shape("cue entry", entry, &t[2]);
            kinds.insert(entry["kind"].as_str().unwrap().to_owned());
        }
    }
    assert!(
        kinds.contains("quote") && kinds.contains("item"),
        "{kinds:?}"
    );

    let heading = "talkprep draft ID --format json";
    let draft = run(d, &["draft", ID, "--format", "json"], 0);
    let t = tables(heading);
    assert_shape(heading, &draft, &t[0]);
    assert_shape("draft tone", &draft["tone"], &t[1]);
}

#[test]
fn tone_and_its_findings_have_the_documented_fields() {
    let dir = TempDir::new().unwrap();
    let heading = "talkprep tone TEXT --json";
    let report = run(
        dir.path(),
        &[
            "tone",
            "--json",
            "You NEVER pay on time. Thanks for your patience.",
        ],
        1,
    );
    let t = tables(heading);
    assert_shape(heading, &report, &t[0]);
    let findings = report["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings
        .iter()
        .chain(report["strengths"].as_array().unwrap())
    {
        assert_shape("finding", f, &t[1]);
    }
    let out = talkprep(dir.path())
        .args(["tone", "--jsonl", "-"])
        .write_stdin("Hello there, Dana.\nYou never answer.\n")
        .output()
        .unwrap();
    for (i, line) in String::from_utf8(out.stdout).unwrap().lines().enumerate() {
        let value: Value = serde_json::from_str(line).unwrap();
        assert_shape(heading, &value, &t[0]);
        assert_eq!(value["line"], i + 1);
    }
}

#[test]
fn playbook_validate_says_valid_or_lists_its_problems() {
    let dir = TempDir::new().unwrap();
    let heading = "talkprep playbook validate [FILE] --json";
    let t = tables(heading);
    let valid = run(dir.path(), &["playbook", "validate", "--json"], 0);
    assert_shape(heading, &valid, &t[0]);
    assert_eq!(valid["valid"], true);
    assert_eq!(valid["file"], Value::Null);
    assert!(valid["scenarios"].as_u64().unwrap() >= 19);

    let bad = dir.path().join("mine.json");
    std::fs::write(
        &bad,
        r#"{"schema_version": 1, "lang": "en", "scenarios": [{"id": "Bad Id", "title": "", "summary": "s", "openers": ["Hi {name}"]}]}"#,
    )
    .unwrap();
    let invalid = run(
        dir.path(),
        &["playbook", "validate", "--json", bad.to_str().unwrap()],
        1,
    );
    assert_shape(heading, &invalid, &t[0]);
    assert_eq!(invalid["valid"], false);
    let problems = invalid["problems"].as_array().unwrap();
    assert!(problems.len() >= 3, "{invalid:#}");
    for p in problems {
        assert_shape("problem", p, &t[1]);
    }
    assert!(
        problems
            .iter()
            .any(|p| p["path"] == "scenarios[0].openers[0]")
    );

    std::fs::write(&bad, "{\n  \"schema_version\": 1,,\n}").unwrap();
    let broken = run(
        dir.path(),
        &["playbook", "validate", "--json", bad.to_str().unwrap()],
        1,
    );
    assert_eq!(broken["problems"][0]["line"], 2, "{broken:#}");
    assert_shape("problem", &broken["problems"][0], &t[1]);
}

#[test]
fn every_section_of_the_document_is_checked_here() {
    let checked = [
        "talkprep list --json",
        "talkprep scenarios --json",
        "talkprep due --json",
        "talkprep cue ID --json",
        "talkprep draft ID --format json",
        "talkprep tone TEXT --json",
        "talkprep playbook validate [FILE] --json",
        "talkprep trash list --json",
        "talkprep flags list --json",
    ];
    let documented: Vec<&str> = DOC
        .lines()
        .filter_map(|l| l.strip_prefix("## `"))
        .filter_map(|l| l.strip_suffix('`'))
        .collect();
    assert_eq!(documented, checked);
}
