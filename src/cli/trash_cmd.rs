//! `trash list` and `trash empty`: what was deleted, and deleting it for good.

use std::time::Duration;

use anyhow::Result;
use serde::Serialize;
use talkprep::i18n::catalog;
use talkprep::sanitize::single_line;
use talkprep::settings::Settings;

use super::Outcome;
use super::output::{open_store, open_store_to_write, out, outln, printed_json_or_empty};

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    client: Option<&'a str>,
    updated: Option<String>,
    error: Option<String>,
}

/// `talkprep trash list [--json]`: the sheets in the trash, most recently updated first.
pub(crate) fn list(ctx: &Settings, json: bool) -> Result<Outcome> {
    let entries = open_store(ctx)?.list_trash()?;
    let rows: Vec<Row> = entries
        .iter()
        .map(|entry| match &entry.sheet {
            Ok(sheet) => Row {
                id: entry.id.as_str(),
                client: Some(&sheet.client),
                updated: Some(sheet.updated.to_string()),
                error: None,
            },
            Err(error) => Row {
                id: entry.id.as_str(),
                client: None,
                updated: None,
                error: Some(error.to_string()),
            },
        })
        .collect();
    let cat = catalog(ctx.lang);
    if printed_json_or_empty(&rows, json, cat, "cli.trash_none")? {
        return Ok(Outcome::Ok);
    }
    let mut text = String::new();
    for row in rows {
        let what = match (&row.client, &row.error) {
            (Some(client), _) => single_line(client),
            (None, Some(error)) => {
                cat.fill("cli.trash_unreadable", &[("error", &single_line(error))])
            }
            (None, None) => String::new(),
        };
        let updated = row
            .updated
            .as_deref()
            .and_then(|u| u.get(..10))
            .unwrap_or("");
        text.push_str(&format!("{:<28} {:<10}  {what}\n", row.id, updated));
    }
    text.push_str(cat.get("cli.trash_hint"));
    text.push('\n');
    out(&text)?;
    Ok(Outcome::Ok)
}

/// `talkprep trash empty [--older-than DAYS]`: removes trashed sheets for good.
pub(crate) fn empty(ctx: &Settings, older_than_days: Option<u32>) -> Result<Outcome> {
    let age = older_than_days.map(|days| Duration::from_secs(u64::from(days) * 86_400));
    let removed = open_store_to_write(ctx)?.empty_trash(age)?;
    outln(&catalog(ctx.lang).fill("cli.trash_emptied", &[("n", &removed.len().to_string())]))?;
    Ok(Outcome::Ok)
}
