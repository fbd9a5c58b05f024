//! `scenarios`, `playbook validate` and `playbook export`.

use std::path::Path;
use talkprep::settings::Settings;

use anyhow::Result;
use serde::Serialize;

use super::Outcome;
use super::output::{Input, MAX_PLAYBOOK_BYTES, out, out_json, outln, read_input};
use talkprep::i18n::catalog;
use talkprep::playbook::{self, Playbook};
use talkprep::sanitize::single_line;

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
    let cat = catalog(ctx.lang);
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
        out_json(&rows)?;
    } else {
        let width = playbook
            .scenarios
            .iter()
            .map(|s| s.id.len())
            .max()
            .unwrap_or(0);
        let mut text = String::new();
        for s in &playbook.scenarios {
            let line = cat.colon(&single_line(&s.title), &single_line(&s.summary));
            text.push_str(&format!("{:width$}  {line}\n", single_line(&s.id)));
        }
        out(&text)?;
    }
    Ok(Outcome::Ok)
}

/// `talkprep playbook validate [FILE|-]`: 0 when valid, 2 with every problem listed otherwise.
pub(crate) fn validate(ctx: &Settings, file: Option<&Path>) -> Result<Outcome> {
    let cat = catalog(ctx.lang);
    let checked: Playbook = match file {
        None => super::context::playbook(ctx)?,
        Some(path) => {
            let (name, text) = read_input(path, MAX_PLAYBOOK_BYTES, Input::Playbook)?;
            // The name as shown (one line), so messages naming it forge no lines.
            playbook::check_extension(Path::new(&name), &text)?
        }
    };
    outln(&cat.fill(
        "cli.playbook_valid",
        &[
            ("scenarios", &checked.scenarios.len().to_string()),
            ("lang", &single_line(&checked.lang)),
        ],
    ))?;
    Ok(Outcome::Ok)
}

/// `talkprep playbook export`: the bundled playbook for the language in effect.
pub(crate) fn export(ctx: &Settings) -> Result<Outcome> {
    out(playbook::bundled_text(ctx.lang.code())?)?;
    Ok(Outcome::Ok)
}
