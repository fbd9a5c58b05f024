//! The playbook writer's loop: checks playbook files read at run time (no rebuild after editing
//! them) against the schema and its validation, the coverage rules of every channel and kind of
//! push-back, and the tone checker's agreement with every line the app suggests.
//!
//! ```text
//! cargo run --release --example playbook_lint -- assets/playbook/fr.json [more files...]
//! ```
//!
//! The language is read from the file's `lang` field. Exits 1 when anything is wrong.

use std::path::Path;
use std::process::ExitCode;

use talkprep::playbook::{Scope, parse_json, validate};
use talkprep::tone::{Label, Lang, Severity, check};

#[path = "../tests/support/playbook_lines.rs"]
mod playbook_lines;
#[path = "../tests/support/playbook_rules.rs"]
mod playbook_rules;

fn lint(path: &str) -> Vec<String> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => return vec![format!("cannot read: {e}")],
    };
    let playbook = match parse_json(Path::new(path), &text) {
        Ok(p) => p,
        Err(e) => return vec![format!("does not load: {e}")],
    };
    let mut out: Vec<String> = validate(&playbook, Scope::Whole)
        .iter()
        .map(|p| format!("invalid: {p:?}"))
        .collect();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    out.extend(playbook_rules::problems(&value));
    let Ok(lang) = playbook.lang.parse::<Lang>() else {
        out.push(format!("unknown lang {:?}", playbook.lang));
        return out;
    };
    let lines = playbook_lines::lines_from(path, lang.code());
    for l in &lines.avoid {
        let r = check(&l.text, lang);
        if !matches!(r.label, Label::Tense | Label::Hostile) {
            out.push(format!(
                "tone: phrase to avoid reads {:?}: {} {:?}",
                r.label, l.place, l.text
            ));
        }
    }
    for l in &lines.suggested {
        let r = check(&l.text, lang);
        let warn = r.findings.iter().find(|f| f.severity >= Severity::Warn);
        if !matches!(r.label, Label::Warm | Label::Neutral) || warn.is_some() {
            let why: Vec<String> = r
                .arithmetic
                .iter()
                .map(|s| format!("{:+} {} '{}'", s.points, s.category, s.matched))
                .collect();
            out.push(format!(
                "tone: suggested line reads {:?} [{}]: {} {:?}",
                r.label,
                why.join(", "),
                l.place,
                l.text
            ));
        }
    }
    out
}

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: playbook_lint FILE.json...");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for path in &paths {
        let problems = lint(path);
        if problems.is_empty() {
            println!("{path}: ok");
        } else {
            failed = true;
            println!("{path}: {} problems", problems.len());
            for p in problems {
                println!("  {p}");
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
