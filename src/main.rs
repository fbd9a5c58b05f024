//! The `talkprep` binary: parse arguments, run a command or the app, exit with a clear code.

use std::process::ExitCode;

use clap::Parser;
use talkprep::cli::{self, Cli, Command, Context, Outcome};
use talkprep::tui::Start;

fn main() -> ExitCode {
    restore_default_sigpipe();
    let args = Cli::parse();
    // For `tone`, --lang names the language of the text (and may be `auto`), not the interface.
    if let Some(Command::Tone(tone)) = &args.command {
        return exit(cli::run_tone(tone, args.lang.as_deref()));
    }
    let ctx = match Context::resolve(
        args.lang.as_deref(),
        args.data_dir.as_deref(),
        args.playbook.as_deref(),
    ) {
        Ok(ctx) => ctx,
        Err(err) => return fail(&err),
    };
    let result = match args.command {
        Some(Command::Rehearse { id }) => talkprep::tui::run_at(&ctx, Start::Rehearse(id)),
        // `talkprep flags [--client NAME]` opens the app on the red-flag checklist.
        Some(cli::Command::Flags(cli::FlagsArgs {
            command: None,
            client,
        })) => talkprep::tui::run_at(&ctx, talkprep::tui::Start::Flags { client }),
        Some(command) => cli::run(&ctx, command),
        None => talkprep::tui::run(&ctx),
    };
    exit(result)
}

fn exit(result: anyhow::Result<Outcome>) -> ExitCode {
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

/// Lets `talkprep list | head` end quietly: a closed pipe ends the process, as it does for other
/// command-line tools, instead of making `println!` panic.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread exists; SIG_DFL is a valid handler.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
