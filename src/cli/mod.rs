//! Non-interactive commands for scripts and people who live in the shell.

mod after_cmd;
mod args;
mod context;
mod flags_cmd;
mod output;
mod playbook_cmd;
mod sheets;
mod tone_cmd;

pub use args::{
    Cli, Command, ExportArgs, FlagsArgs, FlagsCommand, Format, PlaybookCommand, ToneArgs,
};
pub use context::Context;
pub use tone_cmd::run as run_tone;

use anyhow::Result;

/// How a command ended, short of an error (errors exit 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Success: exit 0.
    Ok,
    /// A check found problems: exit 1.
    CheckFailed,
}

/// Runs a subcommand.
pub fn run(ctx: &Context, command: Command) -> Result<Outcome> {
    match command {
        Command::Scenarios { json } => playbook_cmd::scenarios(ctx, json),
        Command::Playbook(PlaybookCommand::Validate { file }) => {
            playbook_cmd::validate(ctx, file.as_deref())
        }
        Command::Playbook(PlaybookCommand::Export) => playbook_cmd::export(ctx),
        Command::List { json, search } => sheets::list(ctx, json, search.as_deref()),
        Command::Show { id, format } => sheets::show(ctx, &id, format),
        Command::Export(args) => sheets::export(ctx, &args),
        Command::Cue { id } => after_cmd::cue(ctx, &id),
        Command::Due { json, days } => after_cmd::due(ctx, json, days),
        Command::Import { file } => sheets::import(ctx, &file),
        Command::Delete { id } => sheets::delete(ctx, &id),
        Command::Restore { id } => sheets::restore(ctx, &id),
        Command::Tone(args) => tone_cmd::run(&args, None),
        Command::Rehearse { .. } => anyhow::bail!("'rehearse' opens the app: run it in a terminal"),
        Command::Flags(args) => flags_cmd::run(ctx, args),
    }
}
