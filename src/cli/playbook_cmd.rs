//! `scenarios`, `playbook validate` and `playbook export`.

use std::io::Read;
use std::path::Path;

use anyhow::{Context as _, Result};
use serde::Serialize;

use super::{Context, Outcome};
use crate::i18n::catalog;
use crate::playbook::{self, Playbook, Scope};

#[derive(Serialize)]
struct ScenarioRow<'a> {
    id: &'a str,
    title: &'a str,
    summary: &'a str,
    fits: &'a [String],
}

/// `talkprep scenarios [--json]`.
pub fn scenarios(ctx: &Context, json: bool) -> Result<Outcome> {
    let playbook = ctx.playbook()?;
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
pub fn validate(ctx: &Context, file: Option<&Path>) -> Result<Outcome> {
    let cat = catalog(&ctx.lang);
    let checked: Playbook = match file {
        None => ctx.playbook()?,
        Some(path) if path == Path::new("-") => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .context("cannot read the playbook from standard input")?;
            let fragment = playbook::parse(Path::new("<stdin>"), &text, Scope::Fragment)?;
            let lang = fragment.lang.clone();
            merged_check(&lang, fragment, Path::new("<stdin>"))?
        }
        Some(path) => {
            let fragment = playbook::read_file(path)?;
            let lang = fragment.lang.clone();
            playbook::load(&lang, Some(path))?;
            merged_check(&lang, fragment, path)?
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

/// Checks that `fragment` also works on top of the bundled playbook of its language.
fn merged_check(lang: &str, fragment: Playbook, name: &Path) -> Result<Playbook> {
    let base = playbook::bundled(lang)?;
    let merged = playbook::merge(base, fragment);
    let problems = playbook::validate(&merged, Scope::Whole);
    if problems.is_empty() {
        Ok(merged)
    } else {
        Err(playbook::PlaybookError::Invalid {
            file: name.to_path_buf(),
            problems,
        }
        .into())
    }
}

/// `talkprep playbook export`: the bundled playbook for the language in effect.
pub fn export(ctx: &Context) -> Result<Outcome> {
    print!("{}", playbook::bundled_text(&ctx.lang)?);
    Ok(Outcome::Ok)
}
