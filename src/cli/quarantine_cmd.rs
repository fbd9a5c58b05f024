//! `quarantine list` and `quarantine restore`: the files set aside because they could not be
//! read (`<name>.corrupt-<stamp>`), and putting one back.

use anyhow::Result;
use serde::Serialize;
use talkprep::i18n::catalog;
use talkprep::settings::Settings;
use talkprep::store::QuarantineKind;

use super::Outcome;
use super::output::{open_store, open_store_to_write, out, outln, printed_json_or_empty, shown};

#[derive(Serialize)]
struct Row {
    name: String,
    kind: &'static str,
    path: String,
    restores_to: String,
    bytes: u64,
    modified: Option<String>,
}

/// `talkprep quarantine list [--json]`: sheets first, then reviews, by name. Reads only.
pub(crate) fn list(ctx: &Settings, json: bool) -> Result<Outcome> {
    let entries = open_store(ctx)?.quarantine()?;
    let rows: Vec<Row> = entries
        .iter()
        .map(|e| Row {
            name: e.name.clone(),
            kind: match e.kind {
                QuarantineKind::Sheet => "sheet",
                QuarantineKind::Review => "review",
            },
            path: e.path.display().to_string(),
            restores_to: e.restores_to.display().to_string(),
            bytes: e.len,
            modified: e.modified.map(|t| t.to_string()),
        })
        .collect();
    let cat = catalog(ctx.lang);
    if printed_json_or_empty(&rows, json, cat, "cli.quarantine_none")? {
        return Ok(Outcome::Ok);
    }
    let width = rows
        .iter()
        .map(|r| r.name.chars().count())
        .max()
        .unwrap_or(0);
    let mut text = String::new();
    for (row, entry) in rows.iter().zip(&entries) {
        let kind = match entry.kind {
            QuarantineKind::Sheet => cat.get("cli.quarantine_sheet"),
            QuarantineKind::Review => cat.get("cli.quarantine_review"),
        };
        let when = row
            .modified
            .as_deref()
            .and_then(|m| m.get(..16))
            .unwrap_or("");
        text.push_str(&format!(
            "{:width$}  {kind:<8}  {when:<16}  {:>9} B\n",
            talkprep::sanitize::single_line(&row.name),
            row.bytes
        ));
    }
    text.push_str(cat.get("cli.quarantine_hint"));
    text.push('\n');
    out(&text)?;
    Ok(Outcome::Ok)
}

/// `talkprep quarantine restore NAME`: back under its own name, never over another file.
pub(crate) fn restore(ctx: &Settings, name: &str) -> Result<Outcome> {
    let store = open_store_to_write(ctx)?;
    let path = store.restore_quarantined(name)?;
    outln(&catalog(ctx.lang).fill("cli.quarantine_restored", &[("path", &shown(&path))]))?;
    Ok(Outcome::Ok)
}
