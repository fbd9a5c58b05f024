//! `talkprep tone`: check the tone of a text, for people and for scripts.

use std::io::{IsTerminal, Read};

use anyhow::{Context as _, Result, anyhow, bail};
use serde_json::{Value, json};

use super::{Outcome, ToneArgs};
use crate::tone::{LangChoice, Report, Severity, check, render_plain};

/// The report as the documented JSON object: lang, score, label, findings, strengths.
fn to_json(report: &Report, line: Option<usize>) -> Value {
    let mut object = json!({
        "lang": report.lang,
        "score": report.score,
        "label": report.label,
        "findings": report.findings,
        "strengths": report.strengths,
    });
    if let (Some(line), Some(map)) = (line, object.as_object_mut()) {
        map.insert("line".to_owned(), json!(line));
    }
    object
}

fn read_input(args: &ToneArgs) -> Result<String> {
    if let Some(file) = &args.file {
        return std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()));
    }
    let from_stdin =
        args.text.as_slice() == ["-"] || (args.text.is_empty() && !std::io::stdin().is_terminal());
    if from_stdin {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read standard input")?;
        return Ok(text);
    }
    if args.text.is_empty() {
        bail!("nothing to check: give the text, -f FILE, or - to read standard input");
    }
    Ok(args.text.join(" "))
}

/// Runs `talkprep tone`; exits 1 when a finding reaches `--fail-on`.
pub fn run(args: &ToneArgs, lang: Option<&str>) -> Result<Outcome> {
    let choice: LangChoice = match lang {
        Some(code) => code.parse().map_err(|_| {
            anyhow!(
                "unknown language '{}': use en, fr, pl, ro or auto",
                crate::sanitize::single_line(code)
            )
        })?,
        None => LangChoice::Auto,
    };
    let fail_on = args.fail_on.severity();
    let text = read_input(args)?;
    let mut failed = false;
    let mut judge = |report: &Report| {
        failed |= report.findings.iter().any(|f| f.severity >= fail_on);
    };
    if args.jsonl {
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let report = check(line, choice.resolve(line));
            judge(&report);
            println!("{}", to_json(&report, Some(i + 1)));
        }
    } else {
        let report = check(&text, choice.resolve(&text));
        judge(&report);
        if args.json {
            println!("{}", serde_json::to_string_pretty(&to_json(&report, None))?);
        } else {
            print!(
                "{}",
                crate::sanitize::multiline(&render_plain(&text, &report))
            );
        }
    }
    Ok(if failed {
        Outcome::CheckFailed
    } else {
        Outcome::Ok
    })
}

/// The `--fail-on` levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    /// Any finding.
    Info,
    /// Findings of severity warn or high.
    Warn,
    /// Only high findings.
    High,
}

impl FailOn {
    fn severity(self) -> Severity {
        match self {
            FailOn::Info => Severity::Info,
            FailOn::Warn => Severity::Warn,
            FailOn::High => Severity::High,
        }
    }
}
