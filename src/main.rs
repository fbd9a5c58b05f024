//! The `talkprep` binary: parse arguments, run a command or the app, exit with a clear code.

use std::process::ExitCode;

use clap::Parser;
use talkprep::cli::{self, Cli, Context, Outcome};

fn main() -> ExitCode {
    let args = Cli::parse();
    let ctx = match Context::resolve(
        args.lang.as_deref(),
        args.data_dir.as_deref(),
        args.playbook.as_deref(),
    ) {
        Ok(ctx) => ctx,
        Err(err) => return fail(&err),
    };
    let result = match args.command {
        // `talkprep flags [--client NAME]` opens the app on the red-flag checklist.
        Some(cli::Command::Flags(cli::FlagsArgs {
            command: None,
            client,
        })) => talkprep::tui::run_at(&ctx, talkprep::tui::Start::Flags { client }),
        Some(command) => cli::run(&ctx, command),
        None => talkprep::tui::run(&ctx),
    };
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::CheckFailed) => ExitCode::from(1),
        Err(err) => fail(&err),
    }
}

/// Prints the error chain, cleaned of control characters, and returns exit code 2.
fn fail(err: &anyhow::Error) -> ExitCode {
    let text = talkprep::sanitize::multiline(&format!("{err:#}"));
    eprintln!("talkprep: {text}");
    ExitCode::from(2)
}
