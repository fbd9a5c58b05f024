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

/// `talkprep config [--default | --path]`: the default configuration with every key
/// explained, the file's path, or (with neither) where it is and whether it was read.
pub(crate) fn config(ctx: &Settings, default: bool, path: bool) -> Result<Outcome> {
    let file = talkprep::config::config_path();
    if default {
        super::output::out(talkprep::config::DEFAULT_CONFIG)?;
        return Ok(Outcome::Ok);
    }
    let shown = file
        .as_deref()
        .map(super::output::shown)
        .unwrap_or_else(|| "-".to_owned());
    if path {
        super::output::outln(&shown)?;
        return Ok(Outcome::Ok);
    }
    let cat = talkprep::i18n::catalog(ctx.lang);
    let state = if file.as_deref().is_some_and(std::path::Path::is_file) {
        cat.get("cli.config_found")
    } else {
        cat.get("cli.config_missing")
    };
    super::output::outln(&cat.fill(
        "cli.config_in_effect",
        &[("file", &shown), ("state", state)],
    ))?;
    Ok(Outcome::Ok)
}
