//! `completions SHELL` and `man`: the command tree, in the user's language, for the shell.

use anyhow::Result;
use clap::CommandFactory;
use talkprep::i18n::catalog;
use talkprep::settings::Settings;

use super::output::out_raw;
use super::{Cli, Outcome};

/// `talkprep completions bash|zsh|fish|powershell|elvish`: a completion script on standard
/// output (for example `talkprep completions bash > ~/.local/share/bash-completion/completions/talkprep`).
pub(crate) fn completions(ctx: &Settings, shell: clap_complete::Shell) -> Result<Outcome> {
    let mut cmd = super::help::localized(Cli::command(), catalog(ctx.lang));
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "talkprep", &mut script);
    out_raw(&String::from_utf8_lossy(&script))?;
    Ok(Outcome::Ok)
}

/// `talkprep man`: the manual page (roff) on standard output (`talkprep man | man -l -`).
pub(crate) fn man(ctx: &Settings) -> Result<Outcome> {
    let cmd = super::help::localized(Cli::command(), catalog(ctx.lang));
    let mut page = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut page)?;
    out_raw(&String::from_utf8_lossy(&page))?;
    Ok(Outcome::Ok)
}
