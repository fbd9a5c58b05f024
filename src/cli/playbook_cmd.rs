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

/// `talkprep playbook validate [FILE|-]`: 0 when valid; 1 when the playbook was read and the
/// check found problems (every one listed, on standard error); 2 when it could not be read.
pub(crate) fn validate(ctx: &Settings, file: Option<&Path>, json: bool) -> Result<Outcome> {
    let cat = catalog(ctx.lang);
    let shown_file = file.map(super::output::shown);
    let result: Result<Playbook> = match file {
        None => super::context::playbook(ctx),
        Some(path) => {
            let (name, text) = read_input(path, MAX_PLAYBOOK_BYTES, Input::Playbook)?;
            // The name as shown (one line), so messages naming it forge no lines.
            playbook::check_extension(Path::new(&name), &text).map_err(anyhow::Error::from)
        }
    };
    let checked = match result {
        Ok(checked) => checked,
        Err(err) if found_problems(&err) && json => {
            out_json(&Validation::failed(shown_file, &err, cat))?;
            return Ok(Outcome::CheckFailed);
        }
        Err(err) if found_problems(&err) => {
            let text = super::describe(&err, cat);
            eprintln!("talkprep: {}", talkprep::sanitize::multiline(&text));
            return Ok(Outcome::CheckFailed);
        }
        Err(err) => return Err(err),
    };
    if json {
        out_json(&Validation {
            file: shown_file,
            valid: true,
            lang: Some(single_line(&checked.lang)),
            scenarios: Some(checked.scenarios.len()),
            problems: Vec::new(),
        })?;
        return Ok(Outcome::Ok);
    }
    outln(&cat.fill(
        "cli.playbook_valid",
        &[
            ("scenarios", &checked.scenarios.len().to_string()),
            ("lang", &single_line(&checked.lang)),
        ],
    ))?;
    Ok(Outcome::Ok)
}

/// `playbook validate --json`.
#[derive(serde::Serialize)]
struct Validation {
    /// The file checked, as named; `null` for the playbook in effect.
    file: Option<String>,
    valid: bool,
    /// The playbook's language, when it was read.
    lang: Option<String>,
    /// How many scenarios it holds, when it was read.
    scenarios: Option<usize>,
    problems: Vec<ProblemJson>,
}

/// One problem: where (a JSON path, or a line and column for a syntax error) and what, in the
/// interface's language.
#[derive(serde::Serialize)]
struct ProblemJson {
    /// A JSON path such as `scenarios[3].openers`; empty for a syntax error.
    path: String,
    /// 1-based line and column of a syntax error.
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
    message: String,
}

impl Validation {
    fn failed(
        file: Option<String>,
        err: &anyhow::Error,
        cat: &'static talkprep::i18n::Catalog,
    ) -> Validation {
        let problems = match err.downcast_ref::<playbook::PlaybookError>() {
            Some(playbook::PlaybookError::Invalid { problems, .. }) => problems
                .iter()
                .map(|p| ProblemJson {
                    path: p.path.clone(),
                    line: None,
                    column: None,
                    message: single_line(&p.message.render(cat)),
                })
                .collect(),
            Some(playbook::PlaybookError::Syntax { line, column, .. }) => vec![ProblemJson {
                path: String::new(),
                line: Some(*line),
                column: Some(*column),
                message: single_line(&super::describe(err, cat)),
            }],
            _ => vec![ProblemJson {
                path: String::new(),
                line: None,
                column: None,
                message: single_line(&super::describe(err, cat)),
            }],
        };
        Validation {
            file,
            valid: false,
            lang: None,
            scenarios: None,
            problems,
        }
    }
}

/// Whether `err` is the check's own finding (the text is not a valid playbook), not a failure
/// to read it.
fn found_problems(err: &anyhow::Error) -> bool {
    matches!(
        err.downcast_ref::<playbook::PlaybookError>(),
        Some(
            playbook::PlaybookError::Syntax { .. }
                | playbook::PlaybookError::Invalid { .. }
                | playbook::PlaybookError::UnknownLanguage(_)
        )
    )
}

/// `talkprep playbook export`: the bundled playbook for the language in effect.
pub(crate) fn export(ctx: &Settings) -> Result<Outcome> {
    out(playbook::bundled_text(ctx.lang.code())?)?;
    Ok(Outcome::Ok)
}
