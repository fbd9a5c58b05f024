//! `talkprep draft ID`: the sheet's message (or talk track) out of the app, as text, as an
//! email file a mail client opens as a draft, or as JSON.

use anyhow::Result;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::Serialize;
use talkprep::draft::{Composed, Kind, check_message, current, eml, length};
use talkprep::i18n::{Message, catalog};
use talkprep::settings::Settings;
use talkprep::sheet::Sheet;
use talkprep::tone::{Finding, Label};

use super::output::{Kind as Clean, open_store, write_result};
use super::sheets::load_named;
use super::{DraftArgs, DraftFormat, Outcome, said};

/// `talkprep draft ID [--format txt|eml|json] [-o FILE] [--force]`.
pub(crate) fn draft(ctx: &Settings, args: &DraftArgs) -> Result<Outcome> {
    let store = open_store(ctx)?;
    let sheet = load_named(&store, &args.id)?;
    let playbook = super::context::playbook_in(ctx, sheet.lang)?;
    let now = Timestamp::now();
    let today = talkprep::followup::today_in(&TimeZone::system(), now);
    let draft = current(&sheet, &playbook, today);
    let format = format_of(args);
    let (text, clean) = match format {
        DraftFormat::Txt => (as_text(&draft, &sheet), Clean::Text),
        DraftFormat::Eml => {
            if draft.kind == Kind::Talk {
                return Err(said(
                    Message::new("cli.error.draft_spoken").with("id", sheet.id.as_str()),
                ));
            }
            (
                eml::eml(&draft.subject, &draft.body, now, &sheet.id),
                Clean::Ics,
            )
        }
        DraftFormat::Json => {
            let json = serde_json::to_string_pretty(&super::output::versioned(&DraftJson::new(
                &draft, &sheet,
            ))?)?;
            (format!("{json}\n"), Clean::Json)
        }
    };
    write_result(
        &text,
        clean,
        args.output.as_deref(),
        args.force,
        catalog(ctx.lang),
    )?;
    Ok(Outcome::Ok)
}

/// The format asked for, else the one the output file's extension names, else text.
fn format_of(args: &DraftArgs) -> DraftFormat {
    let by_extension =
        super::output::extension_of(args.output.as_deref()).and_then(|ext| match ext.as_str() {
            "eml" => Some(DraftFormat::Eml),
            "json" => Some(DraftFormat::Json),
            "txt" | "text" => Some(DraftFormat::Txt),
            _ => None,
        });
    args.format.or(by_extension).unwrap_or(DraftFormat::Txt)
}

/// The message as text: an email starts with its subject line, in the sheet's language.
fn as_text(draft: &Composed, sheet: &Sheet) -> String {
    let mut text = String::new();
    if !draft.subject.trim().is_empty() {
        let cat = catalog(sheet.lang);
        text.push_str(&cat.fill("draft.subject_line", &[("subject", &draft.subject)]));
        text.push_str("\n\n");
    }
    text.push_str(draft.body.trim_end());
    text.push('\n');
    text
}

/// `draft --format json`.
#[derive(Serialize)]
struct DraftJson<'a> {
    id: &'a str,
    /// The sheet's language, the message's too.
    lang: &'static str,
    /// `email`, `chat` or `talk`.
    kind: &'static str,
    /// Whether the person edited it (else it is built from the sheet as it is now).
    edited: bool,
    /// Empty for a chat message and a talk track.
    subject: &'a str,
    body: &'a str,
    words: usize,
    /// Reading time for a message, speaking time for a talk track, in whole minutes.
    minutes: u64,
    tone: ToneJson,
}

/// The message's tone, judged sentence by sentence.
#[derive(Serialize)]
struct ToneJson {
    /// The label of the sentence that lands worst.
    label: Label,
    /// That sentence's score, 0 to 100.
    score: u8,
    sentences: usize,
    /// Offsets (`start`, `end`) count Unicode characters from 0, in `subject` + "\n" + `body`
    /// for an email, in `body` otherwise, like `talkprep tone --json`.
    findings: Vec<Finding>,
}

impl<'a> DraftJson<'a> {
    fn new(draft: &'a Composed, sheet: &'a Sheet) -> DraftJson<'a> {
        let checked = talkprep::draft::checked_text(&draft.subject, &draft.body);
        let report = check_message(&checked, sheet.lang);
        let length = length(&draft.body, draft.kind.is_spoken());
        DraftJson {
            id: &sheet.id,
            lang: sheet.lang.code(),
            kind: draft.kind.id(),
            edited: sheet
                .message
                .as_ref()
                .is_some_and(|m| m.edited && m.spoken == draft.kind.is_spoken()),
            subject: &draft.subject,
            body: &draft.body,
            words: length.words,
            minutes: length.minutes,
            tone: ToneJson {
                label: report.label,
                score: report.score,
                sentences: report.sentences,
                findings: report.findings,
            },
        }
    }
}
