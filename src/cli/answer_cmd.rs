//! `talkprep new` and `talkprep set`: creating and filling a sheet without the app, for
//! scripts and for people who prefer a plain line of input to a screen of boxes.

use std::io::Read;
use std::path::Path;

use anyhow::Result;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use talkprep::i18n::{Message, catalog};
use talkprep::playbook::Playbook;
use talkprep::settings::Settings;
use talkprep::sheet::{Sheet, SheetId, answer};
use talkprep::store::{SaveOutcome, Store};

use super::output::{Input, open_store_to_write, out_json, outln, read_input};
use super::{NewArgs, Outcome, SetArgs, said};
use talkprep::store::MAX_SHEET_BYTES as MAX_SHEET_INPUT;

/// `talkprep new --scenario ID [--client NAME] [--channel C] [--when W] [--topic T]
/// [--answers FILE] [--json]`: a new sheet, its id printed.
pub(crate) fn new(ctx: &Settings, args: &NewArgs) -> Result<Outcome> {
    let store = open_store_to_write(ctx)?;
    let playbook = super::context::playbook(ctx)?;
    let now = Timestamp::now();
    let today = talkprep::followup::today_in(&TimeZone::system(), now);
    let client = args.client.as_deref().unwrap_or("");
    let mut sheet = Sheet::new(SheetId::generate(client, now), now);
    sheet.lang = ctx.lang;
    let given = [
        ("scenario", Some(args.scenario.as_str())),
        ("client", args.client.as_deref()),
        ("channel", args.channel.as_deref()),
        ("when", args.when.as_deref()),
        ("topic", args.topic.as_deref()),
    ];
    for (name, value) in given {
        if let Some(value) = value {
            apply(&mut sheet, name, value, &playbook, today)?;
        }
    }
    if let Some(file) = &args.answers {
        apply_all(&mut sheet, file, &playbook, today)?;
    }
    let id = save(&store, &sheet, None)?;
    if args.json {
        out_json(&serde_json::json!({ "id": id.as_str() }))?;
    } else {
        outln(id.as_str())?;
    }
    Ok(Outcome::Ok)
}

/// `talkprep set ID FIELD VALUE` (VALUE `-` reads standard input) or `talkprep set ID --answers
/// FILE`: answers fields of a sheet, saved only over the version read.
pub(crate) fn set(ctx: &Settings, args: &SetArgs) -> Result<Outcome> {
    let store = open_store_to_write(ctx)?;
    let id = super::named::live_sheet(&store, &args.id)?;
    // Not while the app has it open: its next save would meet this one as a conflict.
    let _lock = store.try_lock_sheet(&id)?;
    let loaded = store.load_versioned(&id)?;
    let mut sheet = loaded.sheet;
    let playbook = super::context::playbook_in(ctx, sheet.lang)?;
    let now = Timestamp::now();
    let today = talkprep::followup::today_in(&TimeZone::system(), now);
    match (&args.answers, &args.field, &args.value) {
        (Some(file), _, _) => apply_all(&mut sheet, file, &playbook, today)?,
        (None, Some(field), Some(value)) => {
            let value = if value == "-" {
                read_stdin()?
            } else {
                value.clone()
            };
            apply(&mut sheet, field, &value, &playbook, today)?;
        }
        // clap requires FIELD and VALUE without --answers.
        _ => return Err(said(Message::new("cli.error.set_what"))),
    }
    sheet.updated = now;
    let saved = save(&store, &sheet, Some(&loaded.version))?;
    outln(&catalog(ctx.lang).fill("cli.set_done", &[("id", saved.as_str())]))?;
    Ok(Outcome::Ok)
}

fn apply(
    sheet: &mut Sheet,
    name: &str,
    value: &str,
    playbook: &Playbook,
    today: jiff::civil::Date,
) -> Result<()> {
    answer(sheet, name, value, playbook, today).map_err(|e| said(e.message()))
}

/// Every field of a JSON object `{"field": "value", ...}` in `file` (`-` for standard input);
/// numbers are taken as their text. Nothing is saved when one is wrong.
fn apply_all(
    sheet: &mut Sheet,
    file: &Path,
    playbook: &Playbook,
    today: jiff::civil::Date,
) -> Result<()> {
    let (name, text) = read_input(file, MAX_SHEET_INPUT, Input::Sheet)?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
        said(
            Message::new("cli.error.answers_not_json")
                .with("name", name.as_str())
                .with("line", e.line().to_string())
                .with("column", e.column().to_string()),
        )
    })?;
    let Some(fields) = value.as_object() else {
        return Err(said(
            Message::new("cli.error.answers_not_object").with("name", name.as_str()),
        ));
    };
    for (field, value) in fields {
        let text = match value {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => String::new(),
            other => other.to_string(),
        };
        apply(sheet, field, &text, playbook, today)?;
    }
    Ok(())
}

fn read_stdin() -> Result<String> {
    let mut text = String::new();
    std::io::stdin()
        .take(MAX_SHEET_INPUT)
        .read_to_string(&mut text)
        .map_err(|e| {
            said(
                Message::new("cli.error.stdin")
                    .with_message("detail", talkprep::i18n::io_message(&e)),
            )
        })?;
    Ok(text.strip_suffix('\n').unwrap_or(&text).to_owned())
}

/// Saves `sheet` over `expected` (none: a new file) and returns the id it was saved under: its
/// own, or a conflict copy's when the file changed meanwhile (said on standard error).
fn save(
    store: &Store,
    sheet: &Sheet,
    expected: Option<&talkprep::store::Version>,
) -> Result<SheetId> {
    match store.save_versioned(sheet, expected, false)? {
        SaveOutcome::Saved { .. } => Ok(SheetId::parse(&sheet.id)?),
        SaveOutcome::Conflict { copy_id, .. } => {
            eprintln!(
                "talkprep: {}",
                super::describe(
                    &said(Message::new("cli.set_conflict").with("copy", copy_id.as_str())),
                    catalog(sheet.lang)
                )
            );
            Ok(copy_id)
        }
        SaveOutcome::DeletedElsewhere { .. } => Err(said(
            Message::new("cli.set_deleted").with("id", sheet.id.as_str()),
        )),
    }
}
