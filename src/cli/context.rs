//! The playbook in effect for a command, with an error that says what to do.

use anyhow::{Context as _, Result};
use talkprep::playbook::Playbook;
use talkprep::settings::Settings;

/// The playbook in effect: bundled, extended by the user's file.
pub(crate) fn playbook(settings: &Settings) -> Result<Playbook> {
    settings
        .playbook()
        .with_context(|| match &settings.playbook_file {
            Some(file) => format!(
                "the playbook {} could not be used: fix it, or move it away to use the bundled one",
                file.display()
            ),
            None => "the bundled playbook is broken: please report this".to_owned(),
        })
}
