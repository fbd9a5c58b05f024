//! Non-interactive commands for scripts and people who live in the shell.

pub(crate) mod after_cmd;
pub(crate) mod answer_cmd;
mod args;
mod context;
pub(crate) mod draft_cmd;
mod error;
mod help;
mod named;
mod parse;
pub(crate) mod plain;

pub(crate) use context::playbook;
pub(crate) mod flags_cmd;
mod output;
pub(crate) mod playbook_cmd;
pub(crate) mod quarantine_cmd;
pub(crate) mod sheets;
pub(crate) mod shell_cmd;
pub(crate) mod tone_cmd;
pub(crate) mod trash_cmd;

pub(crate) use args::{
    Cli, Command, DraftArgs, DraftFormat, ExportArgs, FlagsArgs, FlagsCommand, Format, NewArgs,
    PlaybookCommand, QuarantineCommand, SetArgs, ToneArgs, TrashCommand,
};
pub(crate) use error::{describe, said};
pub(crate) use named::live_sheet;
pub(crate) use parse::{Parsed, parse};

/// How a command ended, short of an error (errors exit 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Success: exit 0.
    Ok,
    /// A check found problems: exit 1.
    CheckFailed,
}
