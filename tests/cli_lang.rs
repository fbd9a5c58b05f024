//! Every command in French, Polish and Romanian: help, results and errors, checked for English
//! words that must not be there (`tests/data/english_words.txt`). JSON output is a contract
//! for scripts and is left out.

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use jiff::Timestamp;
use talkprep::flags::Review;
use talkprep::i18n::Lang;
use talkprep::store::Store;

#[path = "support/english.rs"]
mod english;

/// What the command printed, both streams.
fn run(data: &Path, lang: Lang, args: &[&str], stdin: Option<&str>) -> String {
    let mut cmd = cargo_bin_cmd!("talkprep");
    cmd.env_remove("TALKPREP_DATA_DIR")
        .env("LANG", "C")
        .arg("--data-dir")
        .arg(data)
        .arg("--lang")
        .arg(lang.code())
        .args(args)
        .current_dir(data);
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    let out = cmd.output().unwrap();
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn fixture(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => include_str!("data/sheet.fr.json"),
        Lang::Pl => include_str!("data/sheet.pl.json"),
        Lang::Ro => include_str!("data/sheet.ro.json"),
        Lang::En => include_str!("data/sheet.json"),
    }
}

/// A text to check for each language, with findings.
fn hard_text(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Vous ne payez JAMAIS à temps !!! Merci.",
        Lang::Pl => "Nigdy nie płacisz na czas!!! Dziękuję.",
        Lang::Ro => "Nu plătiți NICIODATĂ la timp!!! Mulțumesc.",
        Lang::En => "You NEVER pay on time!!!",
    }
}

const SUBCOMMANDS: [&[&str]; 27] = [
    &[],
    &["new"],
    &["set"],
    &["draft"],
    &["scenarios"],
    &["list"],
    &["show"],
    &["export"],
    &["cue"],
    &["due"],
    &["import"],
    &["delete"],
    &["restore"],
    &["trash"],
    &["trash", "list"],
    &["trash", "empty"],
    &["quarantine"],
    &["quarantine", "list"],
    &["quarantine", "restore"],
    &["rehearse"],
    &["playbook"],
    &["playbook", "validate"],
    &["playbook", "export"],
    &["tone"],
    &["flags"],
    &["flags", "show"],
    &["flags", "export"],
];

#[test]
fn no_english_word_in_any_command_in_french_polish_or_romanian() {
    let mut problems = Vec::new();
    for lang in [Lang::Fr, Lang::Pl, Lang::Ro] {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path();
        let sheet = talkprep::sheet::from_json(fixture(lang)).unwrap();
        let id = sheet.id.clone();
        std::fs::write(data.join("mine.json"), fixture(lang)).unwrap();
        std::fs::write(data.join("broken.json"), "{\"schema_version\": 1,").unwrap();
        std::fs::write(data.join("exists.md"), "").unwrap();
        let store = Store::open(data.to_path_buf()).unwrap();
        let playbook = talkprep::playbook::bundled(lang.code()).unwrap();
        let now: Timestamp = "2026-11-23T12:00:00Z".parse().unwrap();
        let mut review = Review::new(&sheet.client, lang, now, jiff::civil::date(2026, 11, 23));
        review.ticked = vec!["pays-late".into(), "never-satisfied".into()];
        review.rescore(&playbook.red_flags);
        review.assign_identity(now);
        store.save_review(&review).unwrap();

        let mut outputs: Vec<(String, String)> = Vec::new();
        let mut say = |args: &[&str], stdin: Option<&str>| {
            outputs.push((args.join(" "), run(data, lang, args, stdin)));
        };
        for sub in SUBCOMMANDS {
            let mut args = sub.to_vec();
            args.push("--help");
            say(&args, None);
        }
        say(&["help", "list"], None);
        say(&["import", "mine.json"], None);
        say(&["import", "mine.json"], None);
        for args in [
            vec!["scenarios"],
            vec!["list"],
            vec!["list", "--search", "2026"],
            vec!["show", &id],
            vec!["show", &id, "--format", "md"],
            vec!["export", &id, "-o", "out.md"],
            vec!["export", &id, "-o", "exists.md"],
            vec!["export", &id, "--format", "ics", "-o", "out.ics"],
            vec!["cue", &id],
            vec!["draft", &id],
            vec!["draft", &id, "--format", "eml", "-o", "out.eml"],
            vec!["set", &id, "topic", ""],
            vec!["set", &id, "channel", "fax"],
            vec!["set", &id, "nie.ma", "x"],
            vec!["new", "--scenario", "unpaid-invoice", "--client", "Zoë"],
            vec!["new", "--scenario", "nie-ma"],
            vec!["due", "--days", "3650"],
            vec!["flags", "list"],
            vec!["flags", "show", &sheet.client],
            vec!["flags", "export", &sheet.client],
            vec!["flags", "show", "Nikt Nikogo"],
            vec!["trash", "list"],
            vec!["quarantine", "list"],
            vec!["quarantine", "restore", "zadne.json"],
            vec!["playbook", "validate"],
            vec!["playbook", "validate", "broken.json"],
            vec!["playbook", "validate", "brak.json"],
            vec!["tone", hard_text(lang)],
            vec!["tone", ""],
            vec!["show", "nope"],
            vec!["show", "Not An Id"],
            vec!["show", &id, "--format", "pdf"],
            vec!["lst"],
            vec!["list", "--jsn"],
            vec!["due", "--days", "x"],
            vec!["tone", "--json", "--jsonl", "x"],
            vec!["flags", "export"],
            vec!["import", "."],
            vec!["import", "broken.json"],
            vec!["delete", &id],
            vec!["delete", &id],
            vec!["trash", "list"],
            vec!["restore", &id],
            vec!["restore", &id],
            vec!["delete", &id],
            vec!["trash", "empty"],
            vec!["trash", "empty"],
        ] {
            say(&args, None);
        }
        say(&["tone", "-"], Some(hard_text(lang)));
        say(&["import", "-"], Some("not json"));
        for (args, text) in outputs {
            let found = english::english_words(&text);
            if !found.is_empty() {
                problems.push(format!("{lang} `talkprep {args}`: {found:?}\n{text}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
