//! The `talkprep` binary: parse arguments, pick the command or the app, exit with a clear code.
//!
//! The domain lives in the `talkprep` library; `cli` (commands for scripts and the shell) and
//! `tui` (the interactive app) are the binary's private shells over it.

mod cli;
mod tui;

use std::process::ExitCode;

use cli::{
    Command, FlagsArgs, FlagsCommand, Outcome, Parsed, PlaybookCommand, QuarantineCommand,
    TrashCommand, after_cmd, flags_cmd, playbook_cmd, quarantine_cmd, sheets, tone_cmd, trash_cmd,
};
use talkprep::settings::Settings;
use talkprep::tone::LangChoice;
use tui::Start;

fn main() -> ExitCode {
    restore_default_sigpipe();
    let args = match cli::parse() {
        Parsed::Run(args) => args,
        Parsed::Exit(code) => return ExitCode::from(code),
    };
    let interface_lang = match args.lang {
        Some(LangChoice::Fixed(lang)) => Some(lang),
        Some(LangChoice::Auto) | None => None,
    };
    let settings = match Settings::resolve(
        interface_lang,
        args.data_dir.as_deref(),
        args.playbook.as_deref(),
    ) {
        Ok(settings) => settings,
        Err(err) => {
            let lang = talkprep::settings::resolve_lang(interface_lang);
            return fail(&err.into(), lang);
        }
    };
    let Some(command) = args.command else {
        if args.plain || settings.plain {
            for warning in &settings.warnings {
                eprintln!(
                    "talkprep: {}",
                    warning.render(talkprep::i18n::catalog(settings.lang))
                );
            }
            return exit(cli::plain::run(&settings), settings.lang);
        }
        // The app says what was wrong with the configuration on its own status line.
        return exit(tui::run(&settings, Start::Home), settings.lang);
    };
    for warning in &settings.warnings {
        let text = warning.render(talkprep::i18n::catalog(settings.lang));
        eprintln!("talkprep: {}", talkprep::sanitize::single_line(&text));
    }
    let ctx = &settings;
    let result = match command {
        Command::Scenarios { json } => playbook_cmd::scenarios(ctx, json),
        Command::Playbook(PlaybookCommand::Validate { file, json }) => {
            playbook_cmd::validate(ctx, file.as_deref(), json)
        }
        Command::Playbook(PlaybookCommand::Export) => playbook_cmd::export(ctx),
        Command::List { json, search } => sheets::list(ctx, json, search.as_deref()),
        Command::Show { id, format } => sheets::show(ctx, &id, format),
        Command::Export(export) => sheets::export(ctx, &export),
        Command::Draft(draft) => cli::draft_cmd::draft(ctx, &draft),
        Command::New(new) => cli::answer_cmd::new(ctx, &new),
        Command::Set(set) => cli::answer_cmd::set(ctx, &set),
        Command::Cue { id, json } => after_cmd::cue(ctx, &id, json),
        Command::Due { json, days } => after_cmd::due(ctx, json, days),
        Command::Import { file } => sheets::import(ctx, &file),
        Command::Delete { id } => sheets::delete(ctx, &id),
        Command::Restore { id } => sheets::restore(ctx, &id),
        Command::Trash(TrashCommand::List { json }) => trash_cmd::list(ctx, json),
        Command::Trash(TrashCommand::Empty { older_than }) => trash_cmd::empty(ctx, older_than),
        Command::Quarantine(QuarantineCommand::List { json }) => quarantine_cmd::list(ctx, json),
        Command::Quarantine(QuarantineCommand::Restore { name }) => {
            quarantine_cmd::restore(ctx, &name)
        }
        // For `tone`, --lang names the language of the text (and may be `auto`).
        Command::Tone(tone) => tone_cmd::run(&tone, args.lang.unwrap_or_default(), ctx.lang),
        Command::Rehearse { id } => tui::run(ctx, Start::Rehearse(id)),
        Command::Flags(FlagsArgs {
            command: None,
            client,
        }) => tui::run(ctx, Start::Flags { client }),
        Command::Flags(FlagsArgs {
            command: Some(FlagsCommand::List { json }),
            ..
        }) => flags_cmd::list(ctx, json),
        Command::Flags(FlagsArgs {
            command: Some(FlagsCommand::Show { client, json }),
            ..
        }) => flags_cmd::show(ctx, &client, json),
        Command::Flags(FlagsArgs {
            command:
                Some(FlagsCommand::Export {
                    client,
                    output,
                    force,
                }),
            ..
        }) => flags_cmd::export(ctx, &client, output.as_deref(), force),
        Command::Flags(FlagsArgs {
            command: Some(FlagsCommand::Delete { id }),
            ..
        }) => flags_cmd::delete(ctx, &id),
        Command::Flags(FlagsArgs {
            command: Some(FlagsCommand::Restore { id }),
            ..
        }) => flags_cmd::restore(ctx, &id),
        Command::Completions { shell } => cli::shell_cmd::completions(ctx, shell),
        Command::Man => cli::shell_cmd::man(ctx),
        Command::Config { default, path } => cli::shell_cmd::config(ctx, default, path),
    };
    exit(result, ctx.lang)
}

fn exit(result: anyhow::Result<Outcome>, lang: talkprep::i18n::Lang) -> ExitCode {
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::CheckFailed) => ExitCode::from(1),
        Err(err) => fail(&err, lang),
    }
}

/// Prints the error in the user's language, cleaned of control characters, and returns exit
/// code 2.
fn fail(err: &anyhow::Error, lang: talkprep::i18n::Lang) -> ExitCode {
    let text = cli::describe(err, talkprep::i18n::catalog(lang));
    eprintln!("talkprep: {}", talkprep::sanitize::multiline(&text));
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
