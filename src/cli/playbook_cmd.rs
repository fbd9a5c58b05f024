//! `scenarios`, `playbook validate` and `playbook export`.

use std::io::Read;
use std::path::Path;
use talkprep::settings::Settings;

use anyhow::{Context as _, Result};
use serde::Serialize;

use super::Outcome;
use talkprep::i18n::catalog;
use talkprep::playbook::{self, Playbook};

#[derive(Serialize)]
struct ScenarioRow<'a> {
    id: &'a str,
    title: &'a str,
    summary: &'a str,
    fits: &'a [String],
}

/// `talkprep scenarios [--json]`.
pub(crate) fn scenarios(ctx: &Settings, json: bool) -> Result<Outcome> {
    let playbook = super::context::playbook(ctx)?;
    if json {
        let rows: Vec<ScenarioRow> = playbook
            .scenarios
            .iter()
            .map(|s| ScenarioRow {
                id: &s.id,
                title: &s.title,
                summary: &s.summary,
                fits: &s.fits,
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&rows)?);
    } else {
        let width = playbook
            .scenarios
            .iter()
            .map(|s| s.id.len())
            .max()
            .unwrap_or(0);
        for s in &playbook.scenarios {
            println!("{:width$}  {}: {}", s.id, s.title, s.summary);
        }
    }
    Ok(Outcome::Ok)
}

/// `talkprep playbook validate [FILE|-]`: 0 when valid, 2 with every problem listed otherwise.
pub(crate) fn validate(ctx: &Settings, file: Option<&Path>) -> Result<Outcome> {
    let cat = catalog(ctx.lang);
    let checked: Playbook = match file {
        None => super::context::playbook(ctx)?,
        Some(path) => {
            let (name, text) = if path == Path::new("-") {
                let mut text = String::new();
                std::io::stdin()
                    .read_to_string(&mut text)
                    .context("cannot read the playbook from standard input")?;
                (Path::new("<stdin>"), text)
            } else {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("{}: cannot read the playbook", path.display()))?;
                (path, text)
            };
            playbook::check_extension(name, &text)?
        }
    };
    println!(
        "{}",
        cat.fill(
            "cli.playbook_valid",
            &[
                ("scenarios", &checked.scenarios.len().to_string()),
                ("lang", &checked.lang),
            ],
        )
    );
    Ok(Outcome::Ok)
}

/// `talkprep playbook export`: the bundled playbook for the language in effect.
pub(crate) fn export(ctx: &Settings) -> Result<Outcome> {
    print!("{}", playbook::bundled_text(ctx.lang.code())?);
    Ok(Outcome::Ok)
}
