//! Hostile text stays inert: every command and format, on a sheet, a review and a user
//! playbook full of escape sequences, prints and writes no ESC, BEL, C1 control, NUL, bidi
//! override or line separator, and file names with newlines forge no extra lines.

use std::path::{Path, PathBuf};

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::{Value, json};
use tempfile::TempDir;

const SHEET: &str = include_str!("data/sheet.json");
const ID: &str = "20261120-acme-a1b2";
const EVIL_ID: &str = "20261121-evil-0001";

/// Clear screen, window title, clipboard write, bell, one-byte CSI and OSC, right-to-left
/// override and isolate, line and paragraph separators, NUL, CR, DEL.
const PAYLOAD: &str = "X\u{1b}[2J\u{1b}]0;PWNED-TITLE\u{7}\u{1b}]52;c;ZWNobyBwd25lZA==\u{7}\u{9b}31m\u{9d}0;T\u{9c}\u{202e}0001 sewo\u{2066}i\u{2069}\u{2028}L2\u{2029}P\0N\rC\u{7f}D";

fn cmd(data: &Path) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("talkprep");
    cmd.arg("--data-dir")
        .arg(data)
        .arg("--lang")
        .arg("en")
        .env_remove("TALKPREP_DATA_DIR");
    cmd
}

/// What is wrong with `bytes`, if anything: the first forbidden character and where.
fn hostile(bytes: &[u8], allow_cr: bool) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    for (i, c) in text.char_indices() {
        let bad = match c {
            '\n' | '\t' => false,
            '\r' => !allow_cr,
            c if c.is_control() => true, // C0, DEL, C1
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}' => true,
            _ => false,
        };
        if bad {
            let from = text[..i].char_indices().rev().nth(20).map_or(0, |(j, _)| j);
            let to = text[i..]
                .char_indices()
                .nth(20)
                .map_or(text.len(), |(j, _)| i + j);
            return Some(format!("U+{:04X} in {:?}", u32::from(c), &text[from..to]));
        }
    }
    None
}

/// A data folder with a plain sheet, a sheet and a review full of the payload, and a user
/// playbook whose scenario titles, summaries and red-flag band carry it.
fn hostile_store() -> (TempDir, PathBuf) {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    cmd(&data)
        .args(["import", "-"])
        .write_stdin(SHEET)
        .assert()
        .success();

    let mut sheet: Value = serde_json::from_str(SHEET).unwrap();
    let p = |s: &str| format!("{s} {PAYLOAD}");
    sheet["id"] = json!(EVIL_ID);
    sheet["scenario"] = json!("evil-scenario");
    for key in ["client", "topic"] {
        sheet[key] = json!(p(key));
    }
    for section in ["facts", "goal", "logistics"] {
        let keys: Vec<String> = sheet[section]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        for key in keys {
            if sheet[section][&key].is_string() && key != "kind" {
                sheet[section][&key] = json!(p(&key));
            }
        }
    }
    sheet["stakes"]["worth"] = json!(p("worth"));
    sheet["fallbacks"] = json!([p("fallback")]);
    sheet["opener"]["text"] = json!(p("opener"));
    sheet["my_replies"] = json!([{"pushback": p("pushback"), "reply": p("reply")}]);
    sheet["debrief"] =
        json!({"outcome": "partly", "went_well": p("went well"), "learned": p("learned")});
    sheet["follow_ups"] = json!([
        {"what": p("send"), "owner": "me", "due": "2026-11-01", "done": false},
        {"what": p("pay"), "owner": "client", "due": "2026-11-02", "done": false}
    ]);
    cmd(&data)
        .args(["import", "-"])
        .write_stdin(serde_json::to_string_pretty(&sheet).unwrap())
        .assert()
        .success();

    let reviews = data.join("reviews");
    std::fs::create_dir_all(&reviews).unwrap();
    let review = json!({
        "schema_version": 1,
        "id": "20261102-evil-0002",
        "client": p("client"),
        "created": "2026-11-02T10:00:00Z",
        "date": "2026-11-02",
        "lang": "en",
        "ticked": ["pays-late", p("unknown-item")],
        "notes": {"pays-late": p("note")},
        "score": 3,
        "band": p("band"),
        "extreme": false,
        "plan_done": []
    });
    std::fs::write(
        reviews.join("20261102-evil-0002.json"),
        serde_json::to_string_pretty(&review).unwrap(),
    )
    .unwrap();

    let playbook = json!({
        "schema_version": 1,
        "lang": "en",
        "scenarios": [{
            "id": "evil-scenario",
            "title": p("title"),
            "summary": p("summary"),
            "fits": ["freelancer"],
            "openers": ["Hi {client}, can we talk about {topic}?"]
        }]
    });
    let file = dir.path().join("playbook.json");
    std::fs::write(&file, serde_json::to_string_pretty(&playbook).unwrap()).unwrap();
    (dir, file)
}

#[test]
fn no_command_lets_hostile_text_reach_the_terminal_or_a_file() {
    let (dir, playbook) = hostile_store();
    let data = dir.path().join("data");
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let mut runs: Vec<Vec<String>> = Vec::new();
    let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
    for id in [ID, EVIL_ID] {
        for format in ["md", "txt", "json", "ics"] {
            runs.push(s(&["show", id, "--format", format]));
            runs.push(s(&["export", id, "--format", format]));
            let file = out_dir.join(format!("{id}.{format}"));
            runs.push(s(&[
                "export",
                id,
                "--format",
                format,
                "-o",
                file.to_str().unwrap(),
            ]));
        }
        runs.push(s(&["cue", id]));
    }
    for extra in [&[][..], &["--json"][..], &["--search", "evil"][..]] {
        let mut run = s(&["list"]);
        run.extend(s(extra));
        runs.push(run);
    }
    runs.push(s(&["due"]));
    runs.push(s(&["due", "--json"]));
    runs.push(s(&["scenarios"]));
    runs.push(s(&["scenarios", "--json"]));
    runs.push(s(&["flags", "list"]));
    runs.push(s(&["flags", "list", "--json"]));
    let review = "20261102-evil-0002";
    runs.push(s(&["flags", "show", review]));
    runs.push(s(&["flags", "show", review, "--json"]));
    runs.push(s(&["flags", "export", review]));
    let review_md = out_dir.join("review.md");
    runs.push(s(&[
        "flags",
        "export",
        "20261102-evil-0002",
        "-o",
        review_md.to_str().unwrap(),
    ]));
    let must_succeed = runs.len();
    // Hostile names in arguments and file names, echoed in errors and messages.
    let evil_name = out_dir.join("\u{1b}]0;NAME\u{7}\ntalkprep: imported as 20261120-fake-0000.md");
    runs.push(vec![
        "export".into(),
        ID.into(),
        "-o".into(),
        evil_name.to_str().unwrap().into(),
    ]);
    runs.push(vec!["import".into(), evil_name.to_str().unwrap().into()]);
    runs.push(s(&["show", "\u{1b}[2Jbad\u{9b}"]));
    // Arguments cannot hold NUL.
    let arg = PAYLOAD.replace('\0', "");
    runs.push(s(&["flags", "show", &arg]));
    runs.push(s(&["quarantine", "restore", &arg]));

    let mut failures = Vec::new();
    for (i, run) in runs.iter().enumerate() {
        let output = cmd(&data)
            .arg("--playbook")
            .arg(&playbook)
            .args(run)
            .output()
            .unwrap();
        let ics = run.iter().any(|a| a == "ics");
        if let Some(what) = hostile(&output.stdout, ics) {
            failures.push(format!("{run:?} stdout: {what}"));
        }
        if let Some(what) = hostile(&output.stderr, false) {
            failures.push(format!("{run:?} stderr: {what}"));
        }
        let stderr = String::from_utf8_lossy(&output.stderr);
        if stderr
            .lines()
            .filter(|l| l.starts_with("talkprep: imported as"))
            .count()
            > 0
        {
            failures.push(format!("{run:?} stderr forged a line: {stderr}"));
        }
        if i < must_succeed && !output.status.success() {
            failures.push(format!("{run:?} failed: {stderr}"));
        }
        if output.status.code() == Some(101) {
            failures.push(format!("{run:?} panicked: {stderr}"));
        }
    }
    for entry in std::fs::read_dir(&out_dir).unwrap() {
        let path = entry.unwrap().path();
        let ics = path.extension().is_some_and(|e| e == "ics");
        if let Some(what) = hostile(&std::fs::read(&path).unwrap(), ics) {
            failures.push(format!("{}: {what}", path.display()));
        }
    }
    // The JSON written is still the same data: escapes, not losses.
    let exported = std::fs::read_to_string(out_dir.join(format!("{EVIL_ID}.json"))).unwrap();
    let value: Value = serde_json::from_str(&exported).unwrap();
    assert!(value["client"].as_str().unwrap().contains('\u{9b}'));
    assert!(
        failures.is_empty(),
        "{} leaks:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_hostile_sheet_is_still_readable_text() {
    let (dir, playbook) = hostile_store();
    let data = dir.path().join("data");
    let output = cmd(&data)
        .arg("--playbook")
        .arg(&playbook)
        .args(["export", EVIL_ID])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).unwrap();
    // The visible parts of the payload survive; only the controls are gone.
    assert!(text.contains("client X[2J]0;PWNED-TITLE]52;c;"), "{text}");
}

#[test]
fn file_names_with_newlines_forge_no_lines_in_errors() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    let evil = dir
        .path()
        .join("x\u{1b}]0;T\u{7}\ntalkprep: imported as 20261120-fake-0000.json");
    std::fs::write(&evil, "{ bad").unwrap();
    let runs: [Vec<std::ffi::OsString>; 3] = [
        vec!["--playbook".into(), evil.clone().into(), "list".into()],
        vec!["playbook".into(), "validate".into(), evil.clone().into()],
        vec!["import".into(), evil.clone().into()],
    ];
    for run in runs {
        let out = cmd(&data).args(&run).output().unwrap();
        // `playbook validate` read the file and found it broken: a failed check, exit 1.
        let code = if run[0] == "playbook" { 1 } else { 2 };
        assert_eq!(out.status.code(), Some(code), "{run:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{run:?}: {err}");
        assert!(hostile(&out.stderr, false).is_none(), "{run:?}: {err:?}");
    }
}
