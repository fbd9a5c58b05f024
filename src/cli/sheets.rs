//! `list`, `show`, `export`, `import`, `delete` and `restore`.

use std::path::Path;
use talkprep::settings::Settings;

use anyhow::Result;
use serde::Serialize;

use super::error::said;
use super::output::Input;
use super::output::{
    Kind, clean, open_store, open_store_to_write, out, out_json, out_raw, outln, read_input,
    warn_problems, write_result,
};
use super::{ExportArgs, Format, Outcome};
use talkprep::i18n::{Message, catalog};
use talkprep::sheet::{Sheet, SheetId};
use talkprep::store::Store;

/// Loads the sheet a command names (an id, a unique start of one, or a client's name).
pub(super) fn load_named(store: &Store, query: &str) -> Result<Sheet> {
    let id = super::named::live_sheet(store, query)?;
    Ok(store.load(&id)?)
}

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    client: &'a str,
    scenario: &'a str,
    scenario_title: &'a str,
    when: Option<String>,
    /// `when` as the user's language writes it, for the table (JSON keeps ISO 8601).
    #[serde(skip)]
    local_when: Option<String>,
    updated: String,
    complete: u8,
}

/// A wall-clock time on the sheet as RFC 3339, with the offset of the system time zone at that
/// moment (`2026-11-25T16:30:00+01:00`); a time skipped by a clock change moves forward.
fn rfc3339_local(when: jiff::civil::DateTime) -> String {
    match when.to_zoned(jiff::tz::TimeZone::system()) {
        Ok(zoned) => zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => when.strftime("%Y-%m-%dT%H:%M:%S").to_string(),
    }
}

/// `talkprep list [--json] [--search TEXT]`.
pub(crate) fn list(ctx: &Settings, json: bool, search: Option<&str>) -> Result<Outcome> {
    let store = open_store(ctx)?;
    let playbook = super::context::playbook(ctx)?;
    let listing = store.summaries()?;
    warn_problems(listing.problems(), ctx);
    let query = search.unwrap_or("");
    let folded = talkprep::search::fold(query);
    let rows: Vec<Row> = listing
        .summaries
        .iter()
        .filter(|s| {
            let title = playbook
                .scenario(&s.scenario)
                .map_or("", |sc| sc.title.as_str());
            s.matches(&folded, &talkprep::search::fold(title))
        })
        .map(|s| Row {
            id: &s.id,
            client: &s.client,
            scenario: &s.scenario,
            scenario_title: playbook
                .scenario(&s.scenario)
                .map_or("", |sc| sc.title.as_str()),
            when: s.when.map(rfc3339_local),
            local_when: s
                .when
                .map(|w| talkprep::i18n::format_when(w, catalog(ctx.lang))),
            updated: s.updated.to_string(),
            complete: s.percent_complete(),
        })
        .collect();
    if json {
        out_json(&rows)?;
        return Ok(Outcome::Ok);
    }
    if rows.is_empty() {
        // "No sheets yet" would be wrong when files are there but could not be read.
        let cat = catalog(ctx.lang);
        let text = if !listing.summaries.is_empty() {
            cat.fill(
                "cli.no_match",
                &[(
                    "search",
                    &cat.quote(&talkprep::sanitize::single_line(query)),
                )],
            )
        } else if !listing.problems().is_empty() {
            cat.get("cli.no_readable_sheets").to_owned()
        } else {
            cat.get("cli.no_sheets").to_owned()
        };
        outln(&text)?;
        return Ok(Outcome::Ok);
    }
    let cat = catalog(ctx.lang);
    let id_width = rows.iter().map(|r| r.id.len()).max().unwrap_or(2);
    let when_width = rows
        .iter()
        .filter_map(|r| r.local_when.as_deref())
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(1);
    let mut text = String::new();
    for r in &rows {
        let client = talkprep::sanitize::single_line(r.client);
        let title = talkprep::sanitize::single_line(r.scenario_title);
        let when = r.local_when.as_deref().unwrap_or("-");
        let pad = when_width.saturating_sub(unicode_width::UnicodeWidthStr::width(when));
        text.push_str(&format!(
            "{:id_width$}  {}  {when}{}  {client}  {title}\n",
            r.id,
            cat.percent(format!("{:>3}", r.complete)),
            " ".repeat(pad),
        ));
    }
    out(&text)?;
    Ok(Outcome::Ok)
}

/// The sheet rendered in `format`; JSON is the stored file, byte for byte.
fn render(ctx: &Settings, store: &Store, id: &SheetId, format: Format) -> Result<String> {
    let sheet = store.load(id)?;
    Ok(match format {
        Format::Json => store.load_raw(id)?,
        Format::Ics => super::after_cmd::ics(ctx, &sheet)?,
        Format::Md | Format::Txt => {
            let playbook = super::context::playbook_in(ctx, sheet.lang)?;
            let cat = catalog(sheet.lang);
            let outline = talkprep::export::outline(&sheet, &playbook, cat);
            if format == Format::Md {
                talkprep::export::markdown(&outline)
            } else {
                talkprep::export::plain(&outline)
            }
        }
    })
}

/// `talkprep show ID [--format md|txt|json]`.
pub(crate) fn show(ctx: &Settings, id: &str, format: Format) -> Result<Outcome> {
    let store = open_store(ctx)?;
    let text = render(ctx, &store, &super::named::live_sheet(&store, id)?, format)?;
    out_raw(&clean(&text, kind_of(format)))?;
    Ok(Outcome::Ok)
}

/// How text in `format` is made inert.
fn kind_of(format: Format) -> Kind {
    match format {
        Format::Json => Kind::Json,
        Format::Ics => Kind::Ics,
        Format::Md | Format::Txt => Kind::Text,
    }
}

/// The format `export` writes: the one asked for, else the one the output file's extension
/// names (`x.ics` is a calendar), else Markdown.
fn export_format(args: &ExportArgs) -> Format {
    let by_extension =
        super::output::extension_of(args.output.as_deref()).and_then(|ext| match ext.as_str() {
            "md" | "markdown" => Some(Format::Md),
            "txt" | "text" => Some(Format::Txt),
            "json" => Some(Format::Json),
            "ics" => Some(Format::Ics),
            _ => None,
        });
    args.format.or(by_extension).unwrap_or(Format::Md)
}

/// `talkprep export ID [--format md|txt|json|ics] [-o FILE] [--force]`.
pub(crate) fn export(ctx: &Settings, args: &ExportArgs) -> Result<Outcome> {
    let store = open_store(ctx)?;
    let format = export_format(args);
    let text = render(
        ctx,
        &store,
        &super::named::live_sheet(&store, &args.id)?,
        format,
    )?;
    write_result(
        &text,
        kind_of(format),
        args.output.as_deref(),
        args.force,
        catalog(ctx.lang),
    )?;
    Ok(Outcome::Ok)
}

/// `talkprep import FILE|-`.
pub(crate) fn import(ctx: &Settings, file: &Path) -> Result<Outcome> {
    let store = open_store_to_write(ctx)?;
    let (name, text) = read_input(file, talkprep::store::MAX_SHEET_BYTES, Input::Sheet)?;
    let sheet = store.import_text(&text).map_err(|e| match e {
        // The text itself is wrong: say which file, then what is wrong with it.
        talkprep::store::StoreError::Import { reason } => said(
            Message::new("cli.error.not_imported")
                .with("name", name.as_str())
                .with_message("detail", reason.message()),
        ),
        other => anyhow::Error::new(other),
    })?;
    outln(&catalog(ctx.lang).fill("cli.imported", &[("id", &sheet.id)]))?;
    Ok(Outcome::Ok)
}

/// `talkprep delete ID`.
pub(crate) fn delete(ctx: &Settings, id: &str) -> Result<Outcome> {
    let store = open_store_to_write(ctx)?;
    let id = super::named::live_sheet(&store, id)?;
    store.delete(&id)?;
    outln(&catalog(ctx.lang).fill("cli.deleted", &[("id", id.as_str())]))?;
    Ok(Outcome::Ok)
}

/// `talkprep restore ID`.
pub(crate) fn restore(ctx: &Settings, id: &str) -> Result<Outcome> {
    let store = open_store_to_write(ctx)?;
    let id = super::named::trashed_sheet(&store, id)?;
    store.restore(&id)?;
    outln(&catalog(ctx.lang).fill("cli.restored", &[("id", id.as_str())]))?;
    Ok(Outcome::Ok)
}
