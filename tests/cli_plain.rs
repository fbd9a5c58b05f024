//! Plain mode end to end through standard input, as a screen-reader user (or a script) goes:
//! a whole prep, the message kept, a red-flag review, and the debrief with a follow-up. What it
//! prints is plain lines: no box drawing, no escape sequences.

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use tempfile::TempDir;

fn plain(data: &Path, input: &str) -> String {
    let out = cargo_bin_cmd!("talkprep")
        .arg("--data-dir")
        .arg(data)
        .args(["--lang", "en", "--plain"])
        .env_remove("TALKPREP_DATA_DIR")
        .env("TALKPREP_CONFIG", data.join("none.toml"))
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn only_sheet(data: &Path) -> serde_json::Value {
    let entry = std::fs::read_dir(data.join("sheets"))
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().ends_with(".json"))
        .expect("a sheet was saved");
    serde_json::from_str(&std::fs::read_to_string(entry.path()).unwrap()).unwrap()
}

/// One answer per line, in the order plain mode asks.
fn lines(answers: &[&str]) -> String {
    answers.iter().map(|a| format!("{a}\n")).collect()
}

#[test]
fn a_whole_prep_from_start_to_end_in_plain_lines() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let input = lines(&[
        "1",                // new prep
        "unpaid",           // scenario, by words of its title
        "Kendra Quinn",     // client
        "",                 // how you address them: the suggestion
        "invoice 2026-044", // topic
        "email",            // channel
        "2026-12-08 10:00", // when
        "Invoice 2026-044 for EUR 1,800 was due on 17 November.",
        "",
        "",
        "",
        "",
        "", // the other facts
        "long",
        "Two years of work",
        "6", // stakes
        "1",
        "",
        "",
        "", // goal: the first suggestion, outcome kept, firm on, can give
        "1",
        "",           // fallback 1 from the list, no second
        "1",          // opener: the first suggestion
        "2026-12-11", // message: next step by
        ".",          // keep the message
        "",
        "",
        "",
        "", // logistics
        "q",
    ]);
    let out = plain(d, &input);
    assert!(
        !out.contains('┌') && !out.contains('\u{1b}'),
        "plain lines only:\n{out}"
    );
    assert!(out.contains("Step 1 of 8: Scenario and who"), "{out}");
    assert!(out.contains("Chosen: Unpaid invoice."), "{out}");
    assert!(
        out.contains("Tone: warm"),
        "the opener's tone is said:\n{out}"
    );
    assert!(out.contains("Subject: About invoice 2026-044"), "{out}");
    assert!(out.contains("Could you reply by 11 December 2026"), "{out}");
    assert!(!out.contains("-key_"), "no key names of the app:\n{out}");
    let sheet = only_sheet(d);
    assert_eq!(sheet["client"], "Kendra Quinn");
    assert_eq!(sheet["channel"], "email");
    assert_eq!(sheet["stakes"]["heat"], 6);
    assert_eq!(sheet["goal"]["kind"], "keep");
    assert_eq!(
        sheet["fallbacks"][0],
        "Split the balance into two or three instalments with fixed dates."
    );
    assert!(
        sheet["opener"]["text"]
            .as_str()
            .unwrap()
            .starts_with("Hi Kendra")
    );
    assert!(
        sheet["message"]["body"]
            .as_str()
            .unwrap()
            .starts_with("Hi Kendra,\n\n")
    );
    assert_eq!(sheet["message"]["edited"], false);
    let id = sheet["id"].as_str().unwrap().to_owned();
    assert!(id.contains("kendra-quinn"), "{id}");

    // After the call, in plain lines too.
    let input = lines(&[
        "4",
        "kendra", // after the call, which prep
        "partly",
        "Paid half",
        "She listened",
        "",
        "",
        "", // outcome and the debrief fields
        "Send the split invoice",
        "2026-12-15",
        "", // a follow-up, then no more
        "q",
    ]);
    let out = plain(d, &input);
    assert!(out.contains("Step 1 of 1: After the call"), "{out}");
    let sheet = only_sheet(d);
    assert_eq!(sheet["debrief"]["outcome"], "partly");
    assert_eq!(sheet["follow_ups"][0]["what"], "Send the split invoice");
    assert_eq!(sheet["follow_ups"][0]["due"], "2026-12-15");
}

#[test]
fn a_red_flag_review_asks_each_item_and_says_the_verdict() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let count = playbook.red_flags.items.len();
    let mut answers = vec!["3", "Dorota Quinn"];
    // Yes to every item: the last band.
    answers.extend(std::iter::repeat_n("y", count));
    answers.push("q");
    let out = plain(d, &lines(&answers));
    assert!(out.contains("Verdict: "), "{out}");
    let last = playbook.red_flags.bands.last().unwrap();
    assert!(out.contains(&last.title), "{out}");
    let reviews: Vec<_> = std::fs::read_dir(d.join("reviews")).unwrap().collect();
    assert_eq!(reviews.len(), 1);
}

#[test]
fn the_end_of_the_input_ends_plain_mode_with_what_was_answered_saved() {
    let dir = TempDir::new().unwrap();
    let d = dir.path();
    let out = plain(d, "1\nunpaid\nDana Reyes\n");
    assert!(out.contains("Done."), "{out}");
    assert_eq!(only_sheet(d)["client"], "Dana Reyes");
}
