//! The playbook in effect for a command, with an error that says what to do.

use anyhow::Result;
use talkprep::i18n::Message;
use talkprep::playbook::Playbook;
use talkprep::settings::Settings;

use super::error::said;

/// The playbook in effect: bundled, extended by the user's file.
pub(crate) fn playbook(settings: &Settings) -> Result<Playbook> {
    if let Some(file) = &settings.playbook_file
        && let Ok(meta) = std::fs::metadata(file)
    {
        let name = super::output::shown(file);
        if !meta.is_file() {
            return Err(said(
                Message::new("cli.error.playbook_not_regular").with("name", name),
            ));
        }
        let limit = super::output::MAX_PLAYBOOK_BYTES;
        if meta.len() > limit {
            return Err(said(
                Message::new("cli.error.playbook_too_large")
                    .with("name", name)
                    .with("limit", (limit >> 20).to_string()),
            ));
        }
    }
    let cat = talkprep::i18n::catalog(settings.lang);
    settings.playbook().map_err(|e| {
        // The error names the file itself; the file name on one line.
        let detail = match &settings.playbook_file {
            Some(file) => e
                .render(cat)
                .replace(&file.display().to_string(), &super::output::shown(file)),
            None => e.render(cat),
        };
        said(match &settings.playbook_file {
            Some(file) => Message::new("cli.error.playbook_unusable")
                .with("name", super::output::shown(file))
                .with("detail", detail),
            None => Message::new("cli.error.bundled_broken").with("detail", detail),
        })
    })
}

/// The playbook a sheet written in `lang` reads: the one in effect when that is the interface
/// language, else the user's file for `lang` over the bundled one, else the bundled one alone
/// (a user file in the interface language does not extend another language's playbook).
pub(crate) fn playbook_in(settings: &Settings, lang: talkprep::i18n::Lang) -> Result<Playbook> {
    if lang == settings.lang {
        return playbook(settings);
    }
    let in_lang = Settings {
        lang,
        ..settings.clone()
    };
    match in_lang.playbook() {
        Ok(found) => Ok(found),
        Err(_) => playbook(&Settings {
            playbook_file: None,
            ..in_lang
        }),
    }
}
