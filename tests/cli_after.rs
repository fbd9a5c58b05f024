//! `talkprep due`, `talkprep cue` and `talkprep export --format ics`, driven as a user would, on
//! a temporary data folder.

use std::path::Path;
use std::str::FromStr;

use assert_cmd::cargo::cargo_bin_cmd;
use icalendar::{CalendarComponent, CalendarDateTime, Component, DatePerhapsTime};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use predicates::prelude::*;
use serde_json::{Value, json};
use tempfile::TempDir;

const SHEET: &str = include_str!("data/sheet.json");
const SHEET_ID: &str = "20261120-acme-a1b2";
const AFTER_ID: &str = "20261120-acme-c3d4";

fn talkprep(data: &Path, tz: &str) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("talkprep");
    cmd.arg("--data-dir")
        .arg(data)
        .arg("--lang")
        .arg("en")
        .env_remove("TALKPREP_DATA_DIR")
        .env("LANG", "C")
        .env("TZ", tz);
    cmd
}

/// Today's date in the IANA zone `tz`, as the binary will see it.
fn today(tz: &str) -> Date {
    Timestamp::now().to_zoned(TimeZone::get(tz).unwrap()).date()
}

fn import(data: &Path, sheet: &Value) {
    talkprep(data, "UTC")
        .args(["import", "-"])
        .write_stdin(serde_json::to_string_pretty(sheet).unwrap())
        .assert()
        .success();
}

/// The fixture sheet after the call: a debrief and follow-ups due relative to `today`.
fn after_sheet(today: Date) -> Value {
    let mut sheet: Value = serde_json::from_str(SHEET).unwrap();
    sheet["id"] = json!(AFTER_ID);
    sheet["debrief"] = json!({
        "outcome": "partly",
        "against_goal": "Half paid now, the rest promised.",
        "went_well": "I stayed calm.",
        "went_badly": "",
        "learned": "Ask for the PO number first.",
        "would_change": ""
    });
    sheet["follow_ups"] = json!([
        {"what": "send the revised quote", "owner": "me",
         "due": (today - 3.days()).to_string(), "done": false},
        {"what": "pay the second instalment", "owner": "client",
         "due": today.to_string(), "done": false},
        {"what": "check in", "owner": "me",
         "due": (today + 5.days()).to_string(), "done": false},
        {"what": "thank them", "owner": "me", "due": null, "done": false},
        {"what": "recap email", "owner": "me",
         "due": (today - 10.days()).to_string(), "done": true}
    ]);
    sheet
}

fn due_json(data: &Path, tz: &str, days: &str) -> Vec<Value> {
    let out = talkprep(data, tz)
        .args(["due", "--json", "--days", days])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn due_lists_overdue_first_then_due_today() {
    let dir = TempDir::new().unwrap();
    let data = dir.path();
    import(data, &serde_json::from_str(SHEET).unwrap());
    import(data, &after_sheet(today("UTC")));

    let items = due_json(data, "UTC", "0");
    assert_eq!(items.len(), 2, "{items:?}");
    assert_eq!(items[0]["sheet_id"], AFTER_ID);
    assert_eq!(items[0]["client"], "Acme Ltd");
    assert_eq!(items[0]["scenario"], "unpaid-invoice");
    assert_eq!(items[0]["index"], 0);
    assert_eq!(items[0]["what"], "send the revised quote");
    assert_eq!(items[0]["owner"], "me");
    assert_eq!(items[0]["days_late"], 3);
    assert_eq!(items[0]["days_until"], -3);
    assert_eq!(items[0]["overdue"], true);
    assert_eq!(items[0]["due_today"], false);
    assert_eq!(items[1]["index"], 1);
    assert_eq!(items[1]["owner"], "client");
    assert_eq!(items[1]["days_late"], 0);
    assert_eq!(items[1]["days_until"], 0);
    assert_eq!(
        (&items[1]["overdue"], &items[1]["due_today"]),
        (&false.into(), &true.into())
    );
    assert_eq!(items[1]["due"], today("UTC").to_string());

    let week = due_json(data, "UTC", "7");
    assert_eq!(week.len(), 3);
    assert_eq!(week[2]["what"], "check in");
    assert_eq!(week[2]["days_late"], -5);
    assert_eq!(week[2]["days_until"], 5, "due in five days");
    assert_eq!(week[2]["overdue"], false);

    talkprep(data, "UTC")
        .arg("due")
        .assert()
        .success()
        .stdout(format!(
            "3 days overdue  Acme Ltd  you: send the revised quote  ({AFTER_ID})\n\
             due today       Acme Ltd  client: pay the second instalment  ({AFTER_ID})\n"
        ));
}

#[test]
fn due_prints_nothing_and_succeeds_when_nothing_is_due() {
    let dir = TempDir::new().unwrap();
    let data = dir.path();
    talkprep(data, "UTC")
        .arg("due")
        .assert()
        .success()
        .stdout("")
        .stderr("");
    import(data, &serde_json::from_str(SHEET).unwrap());
    talkprep(data, "UTC")
        .arg("due")
        .assert()
        .success()
        .stdout("");
    talkprep(data, "UTC")
        .args(["due", "--json"])
        .assert()
        .success()
        .stdout("[]\n");
    talkprep(data, "UTC")
        .args(["due", "--days", "-1"])
        .assert()
        .code(2);
}

#[test]
fn due_reads_today_in_the_users_time_zone() {
    // UTC+14 and UTC-12 are always one or two calendar days apart.
    let east = "Pacific/Kiritimati";
    let west = "Etc/GMT+12";
    let dir = TempDir::new().unwrap();
    let data = dir.path();
    let mut sheet = after_sheet(today(east));
    sheet["follow_ups"] = json!([
        {"what": "send the revised quote", "owner": "me",
         "due": today(east).to_string(), "done": false}
    ]);
    import(data, &sheet);

    let items = due_json(data, east, "0");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["days_late"], 0, "due today is due, not overdue");

    assert!(
        due_json(data, west, "0").is_empty(),
        "still yesterday out west"
    );
    let gap = (today(east) - today(west)).get_days();
    assert!((1..=2).contains(&gap));
    let items = due_json(data, west, "2");
    assert_eq!(items[0]["days_late"], -gap);
}

#[test]
fn cue_prints_a_card_80_columns_wide() {
    let dir = TempDir::new().unwrap();
    let data = dir.path();
    import(data, &serde_json::from_str(SHEET).unwrap());
    let out = talkprep(data, "UTC")
        .args(["cue", SHEET_ID])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("During the call with Acme Ltd\n"),
        "{text}"
    );
    for needle in [
        "Open with",
        "“Hi Acme Ltd, can you help me understand where invoice",
        "Paid this month, and a clear date for the next invoices.",
        "The full amount is owed.",
        "Two instalments, 15 and 30 November.",
        "While they talk",
        "Ask, then listen",
        "What do you think our next step should be?",
        "If it gets heated",
        "Where you can give  Two instalments.",
        "Key facts",
        "1,800 EUR outstanding",
    ] {
        assert!(text.contains(needle), "{needle} missing in:\n{text}");
    }
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");

    talkprep(data, "UTC")
        .args(["cue", "20990101-nobody-0000"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("talkprep list"));
}

fn utc(text: &str) -> DatePerhapsTime {
    let seconds = text.parse::<Timestamp>().unwrap().as_second();
    DatePerhapsTime::DateTime(CalendarDateTime::Utc(
        chrono::DateTime::from_timestamp(seconds, 0).unwrap(),
    ))
}

fn day(date: Date) -> DatePerhapsTime {
    DatePerhapsTime::Date(
        chrono::NaiveDate::from_ymd_opt(date.year().into(), date.month() as u32, date.day() as u32)
            .unwrap(),
    )
}

#[test]
fn export_ics_writes_the_call_and_every_dated_follow_up() {
    let dir = TempDir::new().unwrap();
    let data = dir.path();
    let today = today("UTC");
    import(data, &after_sheet(today));
    let file = data.join("acme.ics");
    talkprep(data, "Europe/Warsaw")
        .args(["export", AFTER_ID, "--format", "ics", "-o"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains("acme.ics"));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("\r\n"));

    let cal = icalendar::Calendar::from_str(&text).unwrap();
    let events: Vec<_> = cal
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), 5, "the call and four dated follow-ups");

    let talk = events[0];
    assert_eq!(
        talk.get_uid(),
        Some("20261120-acme-c3d4-conversation@talkprep")
    );
    assert_eq!(
        talk.get_summary(),
        Some("Conversation with Acme Ltd: Unpaid invoice")
    );
    // 16:30 on 25 November in Warsaw is 15:30 UTC.
    assert_eq!(talk.get_start(), Some(utc("2026-11-25T15:30:00Z")));
    // A video call with no length on the sheet lasts the channel's default, 45 minutes.
    assert_eq!(talk.get_end(), Some(utc("2026-11-25T16:15:00Z")));
    assert_eq!(
        talk.get_timestamp().map(|t| t.to_rfc3339()),
        Some("2026-11-20T09:40:00+00:00".to_owned())
    );
    assert!(
        talk.get_description()
            .unwrap()
            .contains("Hi Acme Ltd, can you help me understand where invoice 2026-031 stands?")
    );

    let quote = events[1];
    assert_eq!(
        quote.get_uid(),
        Some("20261120-acme-c3d4-follow-up-0@talkprep")
    );
    assert_eq!(
        quote.get_summary(),
        Some("You promised Acme Ltd: send the revised quote")
    );
    assert_eq!(quote.get_start(), Some(day(today - 3.days())));
    assert_eq!(quote.get_end(), Some(day(today - 2.days())));
    let instalment = events[2];
    assert_eq!(
        instalment.get_summary(),
        Some("Acme Ltd promised you: pay the second instalment")
    );
    assert_eq!(
        events[4].get_uid(),
        Some("20261120-acme-c3d4-follow-up-4@talkprep"),
        "the undated follow-up leaves a gap, never a shifted UID"
    );

    // Exporting again gives the same file, so calendars update instead of duplicating.
    talkprep(data, "Europe/Warsaw")
        .args(["show", AFTER_ID, "--format", "ics"])
        .assert()
        .success()
        .stdout(text);
}

#[test]
fn export_ics_refuses_a_sheet_with_nothing_to_schedule() {
    let dir = TempDir::new().unwrap();
    let data = dir.path();
    let mut sheet: Value = serde_json::from_str(SHEET).unwrap();
    sheet["when"] = Value::Null;
    import(data, &sheet);
    let file = data.join("nothing.ics");
    talkprep(data, "UTC")
        .args(["export", SHEET_ID, "--format", "ics", "-o"])
        .arg(&file)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("nothing to put in a calendar"));
    assert!(!file.exists());
}

#[test]
fn text_and_markdown_exports_carry_the_debrief_and_follow_ups() {
    let dir = TempDir::new().unwrap();
    let data = dir.path();
    let today = today("UTC");
    import(data, &after_sheet(today));
    let markdown = talkprep(data, "UTC")
        .args(["export", AFTER_ID, "--format", "md"])
        .output()
        .unwrap();
    let markdown = String::from_utf8(markdown.stdout).unwrap();
    for needle in [
        "## After the call",
        "**Outcome:** Partly resolved",
        "**What you learned:** Ask for the PO number first.",
        "## Follow-ups",
        &format!(
            "- [ ] send the revised quote (you, due {})",
            (today - 3.days()).strftime("%-d %b %Y")
        ),
        &format!(
            "- [ ] pay the second instalment (client, due {})",
            today.strftime("%-d %b %Y")
        ),
        "- [ ] thank them (you)",
        "- [x] recap email (you, due",
    ] {
        assert!(
            markdown.contains(needle),
            "{needle} missing in:\n{markdown}"
        );
    }
    talkprep(data, "UTC")
        .args(["show", AFTER_ID])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("After the call\n--------------")
                .and(predicate::str::contains("* [ ] check in (you, due")),
        );
    talkprep(data, "UTC")
        .args(["export", AFTER_ID, "--format", "json"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("\"follow_ups\": [").and(predicate::str::contains(
                "\"learned\": \"Ask for the PO number first.\"",
            )),
        );
}
