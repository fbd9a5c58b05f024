//! `list`, `show`, `export`, `import`, `delete` and `restore`.

use std::io::Read;
use std::path::Path;
use talkprep::settings::Settings;

use anyhow::{Context as _, Result, anyhow, bail};
use serde::Serialize;

use super::output::{open_store, warn_problems, write_result};
use super::{ExportArgs, Format, Outcome};
use talkprep::i18n::catalog;
use talkprep::sheet::{Sheet, SheetId, all_text, percent_complete};
use talkprep::store::Store;

pub(super) fn parse_id(id: &str) -> Result<SheetId> {
    SheetId::parse(id).map_err(|e| anyhow!("{e}: see 'talkprep list' for the ids"))
}

/// Loads a sheet, turning "not found" into a message that says what to do.
pub(super) fn load(store: &Store, id: &SheetId) -> Result<Sheet> {
    if !store.sheet_path(id).exists() {
        bail!(
            "no sheet with id '{}': see 'talkprep list' for the ids",
            id.as_str()
        );
    }
    Ok(store.load(id)?)
}

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    client: &'a str,
    scenario: &'a str,
    scenario_title: &'a str,
    when: Option<String>,
    updated: String,
    complete: u8,
}

/// `talkprep list [--json] [--search TEXT]`.
pub(crate) fn list(ctx: &Settings, json: bool, search: Option<&str>) -> Result<Outcome> {
    let store = open_store(ctx)?;
    let playbook = super::context::playbook(ctx)?;
    let listing = store.list()?;
    warn_problems(listing.problems());
    let query = search.unwrap_or("");
    let rows: Vec<Row> = listing
        .sheets
        .iter()
        .filter(|s| {
            let title = playbook
                .scenario(&s.scenario)
                .map_or("", |sc| sc.title.as_str());
            talkprep::search::contains_all(&format!("{title} {}", all_text(s)), query)
        })
        .map(|s| Row {
            id: &s.id,
            client: &s.client,
            scenario: &s.scenario,
            scenario_title: playbook
                .scenario(&s.scenario)
                .map_or("", |sc| sc.title.as_str()),
            when: s.when.map(talkprep::sheet::format_when),
            updated: s.updated.strftime("%Y-%m-%d %H:%M").to_string(),
            complete: percent_complete(s),
        })
        .collect();
    if json {
        println!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(Outcome::Ok);
    }
    if rows.is_empty() {
        println!("{}", catalog(ctx.lang).get("cli.no_sheets"));
        return Ok(Outcome::Ok);
    }
    let id_width = rows.iter().map(|r| r.id.len()).max().unwrap_or(2);
    for r in &rows {
        let client = talkprep::sanitize::single_line(r.client);
        println!(
            "{:id_width$}  {:>3}%  {:16}  {}  {}",
            r.id,
            r.complete,
            r.when.as_deref().unwrap_or("-"),
            client,
            r.scenario_title
        );
    }
    Ok(Outcome::Ok)
}

/// The sheet rendered in `format`; JSON is the stored file, byte for byte.
fn render(ctx: &Settings, store: &Store, id: &SheetId, format: Format) -> Result<String> {
    let sheet = load(store, id)?;
    Ok(match format {
        Format::Json => store.load_raw(id)?,
        Format::Ics => super::after_cmd::ics(ctx, &sheet)?,
        Format::Md | Format::Txt => {
            let playbook = super::context::playbook(ctx)?;
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
    let text = render(ctx, &store, &parse_id(id)?, format)?;
    let text = if matches!(format, Format::Json | Format::Ics) {
        text
    } else {
        talkprep::sanitize::multiline(&text)
    };
    print!("{text}");
    Ok(Outcome::Ok)
}

/// `talkprep export ID [--format md|txt|json] [-o FILE] [--force]`.
pub(crate) fn export(ctx: &Settings, args: &ExportArgs) -> Result<Outcome> {
    let store = open_store(ctx)?;
    let text = render(ctx, &store, &parse_id(&args.id)?, args.format)?;
    write_result(&text, args.output.as_deref(), args.force, catalog(ctx.lang))?;
    Ok(Outcome::Ok)
}

/// `talkprep import FILE|-`.
pub(crate) fn import(ctx: &Settings, file: &Path) -> Result<Outcome> {
    let store = open_store(ctx)?;
    let (name, text) = if file == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read standard input")?;
        ("<stdin>".to_owned(), text)
    } else {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        (file.display().to_string(), text)
    };
    let sheet = store
        .import_text(&text)
        .with_context(|| format!("{name} was not imported"))?;
    println!(
        "{}",
        catalog(ctx.lang).fill("cli.imported", &[("id", &sheet.id)])
    );
    Ok(Outcome::Ok)
}

/// `talkprep delete ID`.
pub(crate) fn delete(ctx: &Settings, id: &str) -> Result<Outcome> {
    let store = open_store(ctx)?;
    let id = parse_id(id)?;
    if !store.sheet_path(&id).exists() {
        bail!(
            "no sheet with id '{}': see 'talkprep list' for the ids",
            id.as_str()
        );
    }
    store.delete(&id)?;
    println!(
        "{}",
        catalog(ctx.lang).fill("cli.deleted", &[("id", id.as_str())])
    );
    Ok(Outcome::Ok)
}

/// `talkprep restore ID`.
pub(crate) fn restore(ctx: &Settings, id: &str) -> Result<Outcome> {
    let store = open_store(ctx)?;
    let id = parse_id(id)?;
    if !store.trash_path(&id).exists() {
        bail!(
            "no sheet with id '{}' in the trash: see 'talkprep trash list'",
            id.as_str()
        );
    }
    store.restore(&id)?;
    println!(
        "{}",
        catalog(ctx.lang).fill("cli.restored", &[("id", id.as_str())])
    );
    Ok(Outcome::Ok)
}
