//! Reading the command line in the user's language: help from the catalogue (see `help`), and
//! clap's errors said again in words from the catalogue, with exit code 2.

use std::ffi::OsString;
use std::io::Write;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{CommandFactory, FromArgMatches};
use talkprep::i18n::{Catalog, Lang, catalog, lang_from_tag};
use talkprep::settings::resolve_lang;

use super::Cli;
use super::help::localized;

/// What the command line asks for, or how the process ends when it asks for help or is wrong.
pub(crate) enum Parsed {
    /// Run this.
    Run(Box<Cli>),
    /// Help or the version was printed, or an error: exit with this code.
    Exit(u8),
}

/// The language the person asked for on the command line (`--lang fr`, `--lang=pl-PL`), else
/// from the environment: known before clap runs, so that its help and errors use it.
fn interface_lang(args: &[OsString]) -> Lang {
    let mut flag = None;
    let mut rest = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = rest.next() {
        if arg == "--" {
            break;
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            flag = lang_from_tag(value).or(flag);
        } else if arg == "--lang" {
            flag = rest.next().and_then(|v| lang_from_tag(&v)).or(flag);
        }
    }
    resolve_lang(flag)
}

/// `talkprep help [COMMAND...]` is read as `talkprep COMMAND... --help`, as people expect.
fn help_as_flag(mut args: Vec<OsString>) -> Vec<OsString> {
    if args.get(1).is_some_and(|a| a == "help") {
        args.remove(1);
        args.push("--help".into());
    }
    args
}

/// Parses the process's arguments.
pub(crate) fn parse() -> Parsed {
    parse_from(std::env::args_os().collect())
}

/// Parses `args` (the program name first).
pub(crate) fn parse_from(args: Vec<OsString>) -> Parsed {
    let cat = catalog(interface_lang(&args));
    let args = help_as_flag(args);
    let mut cmd = localized(Cli::command(), cat);
    let matches = cmd
        .try_get_matches_from_mut(args.clone())
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match matches {
        Ok(cli) => Parsed::Run(Box::new(cli)),
        Err(err) => Parsed::Exit(report(&err, &mut command_named(&cmd, &args), cat)),
    }
}

/// The (sub)command the arguments name: `talkprep trash empty --x` is about `trash empty`.
fn command_named(cmd: &clap::Command, args: &[OsString]) -> clap::Command {
    let mut current = cmd;
    for name in args.iter().skip(1).map(|a| a.to_string_lossy()) {
        if name.starts_with('-') {
            continue;
        }
        // Anything else is an option's value (`--data-dir DIR`) or a positional argument.
        if let Some(sub) = current.find_subcommand(name.as_ref()) {
            current = sub;
        }
    }
    current.clone()
}

/// Prints help, the version or an error, and gives the exit code.
fn report(err: &clap::Error, cmd: &mut clap::Command, cat: &'static Catalog) -> u8 {
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let text = err.render().to_string();
            let _ = writeln!(std::io::stdout(), "{}", text.trim_end());
            0
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = write!(std::io::stderr(), "{}", err.render());
            2
        }
        _ => {
            let text = explain(err, cat);
            let usage = usage_of(cmd, cat);
            let _ = writeln!(
                std::io::stderr(),
                "talkprep: {}\n\n{usage}",
                talkprep::sanitize::multiline(&text)
            );
            2
        }
    }
}

fn context(err: &clap::Error, kind: ContextKind) -> Option<&str> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s.as_str()),
        ContextValue::Strings(v) => v.first().map(String::as_str),
        _ => None,
    }
}

fn strings(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// The error in the catalogue's words.
fn explain(err: &clap::Error, cat: &'static Catalog) -> String {
    let q = |s: &str| cat.quote(s);
    let arg = context(err, ContextKind::InvalidArg)
        .map(|a| q(a.split(' ').next().unwrap_or(a)))
        .unwrap_or_default();
    let value = context(err, ContextKind::InvalidValue)
        .map(q)
        .unwrap_or_default();
    let mut text = match err.kind() {
        ErrorKind::UnknownArgument => cat.fill("cli.error.unknown_argument", &[("arg", &arg)]),
        ErrorKind::InvalidSubcommand => cat.fill(
            "cli.error.unknown_command",
            &[(
                "command",
                &context(err, ContextKind::InvalidSubcommand)
                    .map(q)
                    .unwrap_or_default(),
            )],
        ),
        ErrorKind::InvalidValue => {
            let mut text = cat.fill(
                "cli.error.invalid_value",
                &[("value", &value), ("arg", &arg)],
            );
            let valid = strings(err, ContextKind::ValidValue);
            if !valid.is_empty() {
                text.push(' ');
                text.push_str(&cat.fill(
                    "cli.error.possible_values",
                    &[("values", &valid.join(", "))],
                ));
            }
            text
        }
        ErrorKind::ValueValidation if arg.contains("--lang") => {
            cat.fill("cli.error.bad_lang", &[("value", &value)])
        }
        ErrorKind::ValueValidation => cat.fill(
            "cli.error.not_a_number",
            &[("value", &value), ("arg", &arg)],
        ),
        ErrorKind::MissingRequiredArgument => cat.fill(
            "cli.error.missing_argument",
            &[(
                "arg",
                &strings(err, ContextKind::InvalidArg)
                    .iter()
                    .map(|a| q(a))
                    .collect::<Vec<_>>()
                    .join(", "),
            )],
        ),
        ErrorKind::MissingSubcommand => cat.get("cli.error.missing_command").to_owned(),
        ErrorKind::ArgumentConflict => cat.fill(
            "cli.error.conflict",
            &[
                ("arg", &arg),
                (
                    "other",
                    &context(err, ContextKind::PriorArg)
                        .map(q)
                        .unwrap_or_default(),
                ),
            ],
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            cat.fill("cli.error.unexpected_value", &[("value", &value)])
        }
        ErrorKind::NoEquals | ErrorKind::TooFewValues => {
            cat.fill("cli.error.missing_value", &[("arg", &arg)])
        }
        ErrorKind::InvalidUtf8 => cat.get("cli.error.bad_utf8").to_owned(),
        _ => cat.get("cli.error.other").to_owned(),
    };
    let suggested = strings(err, ContextKind::SuggestedArg)
        .into_iter()
        .chain(strings(err, ContextKind::SuggestedSubcommand))
        .next();
    if let Some(suggestion) = suggested {
        text.push(' ');
        text.push_str(&cat.fill("cli.error.did_you_mean", &[("suggestion", &q(&suggestion))]));
    }
    text
}

/// The usage line of the command the error is about, and how to read its help.
fn usage_of(cmd: &mut clap::Command, cat: &'static Catalog) -> String {
    let line = super::help::usage_line(cmd);
    let command: Vec<&str> = line
        .split_whitespace()
        .take_while(|word| !word.starts_with(['[', '<', '-']))
        .collect();
    format!(
        "{} {line}\n{}",
        cat.get("cli.heading.usage"),
        cat.fill("cli.error.try_help", &[("command", &command.join(" "))])
    )
}
