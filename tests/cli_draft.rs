//! `talkprep draft`: the message out of the app, as text, as an email file a mail client opens,
//! and as JSON; a talk track for a call.

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use predicates::prelude::*;
use tempfile::TempDir;

const SHEET: &str = include_str!("data/sheet.json");
const SHEET_FR: &str = include_str!("data/sheet.fr.json");
const ID: &str = "20261120-acme-a1b2";

fn talkprep(data: &Path) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("talkprep");
    cmd.arg("--data-dir")
        .arg(data)
        .env_remove("TALKPREP_DATA_DIR")
        .env_remove("TALKPREP_LANG")
        .env("LANG", "C");
    cmd
}

/// A data folder holding `text` as the fixture's sheet, on `channel`.
fn with(text: &str, channel: &str) -> TempDir {
    let dir = TempDir::new().unwrap();
    let sheets = dir.path().join("sheets");
    std::fs::create_dir_all(&sheets).unwrap();
    let text = text.replace(
        "\"channel\": \"video\"",
        &format!("\"channel\": \"{channel}\""),
    );
    assert!(text.contains(&format!("\"channel\": \"{channel}\"")));
    let id = serde_json::from_str::<serde_json::Value>(&text).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    std::fs::write(sheets.join(format!("{id}.json")), text).unwrap();
    dir
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

#[test]
fn an_email_prints_with_its_subject_greeting_and_sign_off() {
    let dir = with(SHEET, "email");
    let text = stdout(talkprep(dir.path()).args(["draft", "acme"]));
    assert!(
        text.starts_with("Subject: About invoice 2026-031\n\nHi,\n\n"),
        "{text}"
    );
    assert!(
        text.contains("\n- Two instalments, 15 and 30 November.\n"),
        "{text}"
    );
    assert!(text.trim_end().ends_with("Best regards,"), "{text}");
}

#[test]
fn an_eml_file_is_read_back_by_a_mail_parser() {
    let dir = with(SHEET, "email");
    let out = dir.path().join("reminder.eml");
    talkprep(dir.path())
        .args(["draft", ID, "-o"])
        .arg(&out)
        .assert()
        .success();
    let bytes = std::fs::read(&out).unwrap();
    let mail = mailparse::parse_mail(&bytes).unwrap();
    let header = |name: &str| {
        mail.headers
            .iter()
            .find(|h| h.get_key().eq_ignore_ascii_case(name))
            .map(mailparse::MailHeader::get_value)
    };
    assert_eq!(header("Subject").as_deref(), Some("About invoice 2026-031"));
    assert!(header("Date").is_some_and(|d| mailparse::dateparse(&d).is_ok()));
    assert!(header("From").is_none() && header("To").is_none());
    assert_eq!(mail.ctype.charset.to_lowercase(), "utf-8");
    let body = mail.get_body().unwrap().replace("\r\n", "\n");
    let text = stdout(talkprep(dir.path()).args(["draft", ID]));
    let printed_body = text.split_once("\n\n").unwrap().1;
    assert_eq!(body.trim_end(), printed_body.trim_end());
    // Written once, it is not replaced without --force.
    talkprep(dir.path())
        .args(["draft", ID, "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--force"));
}

#[test]
fn a_french_email_is_in_french_with_its_accents_intact() {
    let dir = with(SHEET_FR, "email");
    let text = stdout(talkprep(dir.path()).args(["draft", "atelier"]));
    assert!(text.starts_with("Objet\u{a0}: "), "{text}");
    assert!(text.contains("Bonjour,\n\n"), "{text}");
    assert!(
        !text.contains("Bonjour,\n\nBonjour"),
        "the opener's greeting is not repeated: {text}"
    );
    let eml = stdout(talkprep(dir.path()).args(["draft", "atelier", "--format", "eml"]));
    let mail = mailparse::parse_mail(eml.as_bytes()).unwrap();
    assert!(mail.get_body().unwrap().contains("Bien cordialement,"));
}

#[test]
fn json_gives_the_message_its_length_and_its_tone() {
    let dir = with(SHEET, "message");
    let text = stdout(talkprep(dir.path()).args(["draft", ID, "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["talkprep_json"], 1);
    assert_eq!(v["kind"], "chat");
    assert_eq!(v["subject"], "");
    assert_eq!(v["edited"], false);
    assert!(v["words"].as_u64().unwrap() > 30);
    assert_eq!(v["minutes"], 1);
    assert!(v["tone"]["sentences"].as_u64().unwrap() >= 5);
    let body: Vec<char> = v["body"].as_str().unwrap().chars().collect();
    for f in v["tone"]["findings"].as_array().unwrap() {
        let (start, end) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
        let quoted: String = body[start as usize..end as usize].iter().collect();
        assert_eq!(
            quoted,
            f["match"].as_str().unwrap(),
            "offsets in characters"
        );
    }
}

#[test]
fn a_call_gets_its_talk_track_and_no_email() {
    let dir = with(SHEET, "call");
    let text = stdout(talkprep(dir.path()).args(["draft", ID]));
    assert!(text.starts_with("1. Open: "), "{text}");
    assert!(text.contains("4. Listen: "), "{text}");
    talkprep(dir.path())
        .args(["draft", ID, "--format", "eml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("talk track is not an email"));
}

#[test]
fn the_message_as_edited_in_the_app_is_the_one_printed() {
    let edited = SHEET.replace(
        "  \"logistics\": {",
        "  \"message\": {\n    \"subject\": \"Invoice 2026-031\",\n    \"body\": \"Hi Sam,\\n\\nMy own words.\",\n    \"spoken\": false,\n    \"edited\": true\n  },\n  \"logistics\": {",
    );
    assert_ne!(edited, SHEET);
    let dir = with(&edited, "email");
    let text = stdout(talkprep(dir.path()).args(["draft", ID]));
    assert_eq!(
        text,
        "Subject: Invoice 2026-031\n\nHi Sam,\n\nMy own words.\n"
    );
}

#[test]
fn a_sheet_that_is_not_there_says_so() {
    let dir = with(SHEET, "email");
    talkprep(dir.path())
        .args(["draft", "nobody"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nobody"));
}

#[test]
fn exports_carry_the_message_or_the_talk_track() {
    let dir = with(SHEET, "email");
    let md = stdout(talkprep(dir.path()).args(["export", ID, "--format", "md"]));
    let at = md.find("## Message").expect("a message section");
    let opener = md.find("## Opener").expect("the opener section");
    let logistics = md.find("## Logistics").expect("the logistics section");
    assert!(opener < at && at < logistics, "after the opener: {md}");
    assert!(md.contains("**Subject:** About invoice 2026-031"), "{md}");
    assert!(md.contains("Hi,  \n") || md.contains("Hi,\n"), "{md}");
    let txt = stdout(talkprep(dir.path()).args(["export", ID, "--format", "txt"]));
    assert!(txt.contains("\n  Best regards,\n"), "{txt}");
    let call = with(SHEET, "call");
    let md = stdout(talkprep(call.path()).args(["export", ID, "--format", "md"]));
    assert!(md.contains("## Talk track\n\n1. Open: "), "{md}");
    let card = stdout(talkprep(call.path()).args(["cue", ID]));
    assert!(card.contains("Then say"), "{card}");
    let card = stdout(talkprep(dir.path()).args(["cue", ID]));
    assert!(
        !card.contains("Then say"),
        "no talk track for an email: {card}"
    );
}
