//! The playbook in effect for a command, with an error that says what to do.

use anyhow::{Context as _, Result, anyhow, bail};
use talkprep::playbook::Playbook;
use talkprep::settings::Settings;

/// The playbook in effect: bundled, extended by the user's file.
pub(crate) fn playbook(settings: &Settings) -> Result<Playbook> {
    if let Some(file) = &settings.playbook_file
        && let Ok(meta) = std::fs::metadata(file)
    {
        let name = super::output::shown(file);
        if !meta.is_file() {
            bail!(
                "the playbook {name} is not a regular file (a pipe, a device or a folder): \
                 give a playbook file, or move it away to use the bundled one"
            );
        }
        let limit = super::output::MAX_PLAYBOOK_BYTES;
        if meta.len() > limit {
            bail!(
                "the playbook {name} is larger than {} MiB, the most talkprep reads for a \
                 playbook: trim it, or move it away to use the bundled one",
                limit >> 20
            );
        }
    }
    settings
        .playbook()
        // The error's own text once (its cause repeats it), with the file name on one line.
        .map_err(|e| {
            let text = e.to_string();
            anyhow!(match &settings.playbook_file {
                Some(file) =>
                    text.replace(&file.display().to_string(), &super::output::shown(file)),
                None => text,
            })
        })
        .with_context(|| match &settings.playbook_file {
            Some(file) => format!(
                "the playbook {} could not be used: fix it, or move it away to use the bundled one",
                super::output::shown(file)
            ),
            None => "the bundled playbook is broken: please report this".to_owned(),
        })
}
