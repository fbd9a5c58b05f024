//! `talkprep tone`: check the tone of a text, for people and for scripts.

use std::io::{IsTerminal, Read, Write};

use anyhow::Result;
use talkprep::i18n::{Message, io_message};

use super::error::said;
use serde::Serialize;

use super::{Outcome, ToneArgs};
use talkprep::tone::{Finding, Label, Lang, LangChoice, Report, Severity, check, render_plain};

/// The report as the documented JSON object: lang (and how it was chosen), score, label,
/// findings, strengths, and `line` for `--jsonl`. Borrowed, so a long report is written without
/// being copied.
#[derive(Serialize)]
struct JsonReport<'a> {
    /// [`super::output::JSON_VERSION`].
    talkprep_json: u32,
    lang: &'a str,
    /// `given` (--lang), `detected`, or `fallback` (too short or mixed to tell: the
    /// interface's language).
    lang_source: &'static str,
    /// How sure the detection was, 0 to 1 (1 when given).
    lang_confidence: f32,
    score: u8,
    label: Label,
    findings: &'a [Finding],
    strengths: &'a [Finding],
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
}

fn to_json(report: &Report, chosen: Chosen, line: Option<usize>) -> JsonReport<'_> {
    JsonReport {
        talkprep_json: super::output::JSON_VERSION,
        lang: &report.lang,
        lang_source: chosen.source,
        lang_confidence: chosen.confidence,
        score: report.score,
        label: report.label,
        findings: &report.findings,
        strengths: &report.strengths,
        line,
    }
}

fn read_input(args: &ToneArgs) -> Result<String> {
    let text = read_text(args)?;
    if text.trim().is_empty() {
        return Err(said(Message::new("cli.error.tone_empty")));
    }
    Ok(text)
}

/// The text from `-f FILE` (`-f -` is standard input), `-`, piped input, or the arguments.
fn read_text(args: &ToneArgs) -> Result<String> {
    let file = args
        .file
        .as_deref()
        .filter(|f| *f != std::path::Path::new("-"));
    if let Some(file) = file {
        return std::fs::read_to_string(file).map_err(|e| {
            said(
                Message::new("cli.error.read")
                    .with("name", super::output::shown(file))
                    .with_message("detail", io_message(&e)),
            )
        });
    }
    let from_stdin = args.file.is_some()
        || args.text.as_slice() == ["-"]
        || (args.text.is_empty() && !std::io::stdin().is_terminal());
    if from_stdin {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map_err(|e| {
            said(Message::new("cli.error.stdin").with_message("detail", io_message(&e)))
        })?;
        return Ok(text);
    }
    if args.text.is_empty() {
        return Err(said(Message::new("cli.error.tone_no_input")));
    }
    Ok(args.text.join(" "))
}

/// Runs `talkprep tone`; exits 1 when a finding reaches `--fail-on`.
/// `fallback` is the language short or mixed texts are checked in when `--lang auto` cannot
/// tell (the interface's: `TALKPREP_LANG`, then `LANG`…).
pub(crate) fn run(args: &ToneArgs, choice: LangChoice, fallback: Lang) -> Result<Outcome> {
    let fail_on = args.fail_on.severity();
    let text = read_input(args)?;
    let mut failed = false;
    let mut judge = |report: &Report| {
        failed |= report.findings.iter().any(|f| f.severity >= fail_on);
    };
    // One buffered writer: a long text can give thousands of lines.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.jsonl {
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let chosen = choose(choice, line, fallback);
            let report = check(line, chosen.lang);
            judge(&report);
            serde_json::to_writer(&mut out, &to_json(&report, chosen, Some(i + 1)))?;
            writeln!(out)?;
        }
    } else {
        let chosen = choose(choice, &text, fallback);
        let report = check(&text, chosen.lang);
        judge(&report);
        if args.json {
            serde_json::to_writer_pretty(&mut out, &to_json(&report, chosen, None))?;
            writeln!(out)?;
        } else {
            let plain = render_plain(&text, &report, talkprep::i18n::catalog(fallback));
            out.write_all(talkprep::sanitize::multiline(&plain).as_bytes())?;
        }
    }
    out.flush().map_err(|e| {
        said(Message::new("cli.error.stdout").with_message("detail", io_message(&e)))
    })?;
    Ok(if failed {
        Outcome::CheckFailed
    } else {
        Outcome::Ok
    })
}

/// The language a text is checked in, and how it was chosen.
#[derive(Debug, Clone, Copy)]
struct Chosen {
    lang: Lang,
    source: &'static str,
    confidence: f32,
}

fn choose(choice: LangChoice, text: &str, fallback: Lang) -> Chosen {
    match choice {
        LangChoice::Fixed(lang) => Chosen {
            lang,
            source: "given",
            confidence: 1.0,
        },
        LangChoice::Auto => {
            let found = talkprep::tone::detect_with_fallback(text, fallback);
            Chosen {
                lang: found.lang,
                source: if found.fell_back {
                    "fallback"
                } else {
                    "detected"
                },
                confidence: (found.confidence * 100.0).round() / 100.0,
            }
        }
    }
}

/// The `--fail-on` levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum FailOn {
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
