//! `talkprep flags list|show|export` on reviews saved the way the app saves them.

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use jiff::Timestamp;
use predicates::prelude::*;
use talkprep::flags::Review;
use talkprep::i18n::Lang;
use talkprep::store::Store;

fn cmd(data: &Path) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("talkprep");
    cmd.arg("--data-dir").arg(data).arg("--lang").arg("en");
    cmd
}

/// Reviews `client`, ticking `ids`, and saves the review as the app does (rescored, given its
/// identity at `now`). The app's side, Enter saving what was ticked, is tested in the binary.
fn review_in_app(store: &Store, client: &str, ids: &[&str], now: &str) {
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let now = now.parse::<Timestamp>().unwrap();
    let mut review = Review::new(client, Lang::En, now, jiff::civil::Date::default());
    review.ticked = ids.iter().map(|id| (*id).to_owned()).collect();
    review.rescore(&playbook.red_flags);
    review.assign_identity(now);
    store.save_review(&review).unwrap();
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
    // A review's id names its client's history too.
    let id = reviews[0]["id"].as_str().unwrap().to_owned();
    let by_id = cmd(&data)
        .args(["flags", "show", &id, "--json"])
        .assert()
        .success();
    assert_eq!(
        json(&by_id.get_output().stdout)["reviews"],
        shown["reviews"]
    );
    cmd(&data)
        .args(["flags", "show", "zoe cafe"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("2 Nov 2026: score 8")
                .and(predicate::str::contains("9 Nov 2026: score 3"))
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
fn a_unique_start_of_the_name_finds_the_client_and_two_matches_ask_for_more() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = Store::open(data.clone()).unwrap();
    review_in_app(
        &store,
        "Dana Kowalczyk",
        &["pays-late"],
        "2026-11-02T12:00:00Z",
    );
    review_in_app(
        &store,
        "Danuta Nowak",
        &["pays-late"],
        "2026-11-03T12:00:00Z",
    );
    let out = cmd(&data)
        .args(["flags", "show", "kowal", "--json"])
        .assert()
        .success();
    assert_eq!(json(&out.get_output().stdout)["client"], "Dana Kowalczyk");
    cmd(&data)
        .args(["flags", "show", "dan"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "More than one client matches dan: Dana Kowalczyk, Danuta Nowak",
        ));
    cmd(&data)
        .args(["flags", "export", "nowak"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Danuta Nowak"));
}

#[test]
fn an_unknown_client_exits_2_and_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    cmd(&data)
        .args(["flags", "show", "Nobody"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no red-flag review of Nobody"));
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

#[test]
fn a_review_is_deleted_by_a_unique_start_of_its_id_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = Store::open(data.clone()).unwrap();
    review_in_app(&store, "Dana Reyes", &["pays-late"], "2026-11-02T12:00:00Z");
    review_in_app(
        &store,
        "Dana Reyes",
        &["never-satisfied"],
        "2026-11-09T12:00:00Z",
    );
    let ids: Vec<String> = store
        .list_reviews()
        .unwrap()
        .reviews
        .iter()
        .map(|r| r.id.clone())
        .collect();
    assert_eq!(ids.len(), 2);
    let shown = cmd(&data)
        .args(["flags", "show", "dana"])
        .assert()
        .success();
    let shown = String::from_utf8(shown.get_output().stdout.clone()).unwrap();
    assert!(
        ids.iter().all(|id| shown.contains(id.as_str())),
        "show lists the ids: {shown}"
    );
    // The start of a review's id names its client's history too.
    cmd(&data)
        .args(["flags", "show", &ids[0][..10]])
        .assert()
        .success()
        .stdout(predicate::str::contains("Dana Reyes"));

    // "2026" starts both: refused, naming them, nothing moved.
    cmd(&data)
        .args(["flags", "delete", "2026"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains(ids[0].as_str())
                .and(predicate::str::contains(ids[1].as_str())),
        );
    let first = &ids[0];
    let prefix = &first[..first.len() - 2];
    cmd(&data)
        .args(["flags", "delete", prefix])
        .assert()
        .success()
        .stdout(predicate::str::contains("talkprep flags restore"));
    assert_eq!(store.list_reviews().unwrap().reviews.len(), 1);
    cmd(&data)
        .args(["flags", "delete", "nothing-like-it"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("talkprep flags show"));
    cmd(&data)
        .args(["flags", "restore", prefix])
        .assert()
        .success();
    assert_eq!(store.list_reviews().unwrap().reviews.len(), 2);
}
