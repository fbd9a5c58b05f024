//! The command line's help in the user's language: clap's structure, the catalogue's words.
//!
//! Every about, argument help, heading and value name comes from `cli.*` messages at run time
//! (`cli.about.<path>`, `cli.arg.<path>.<id>`); the derive in `args.rs` carries no text, and a
//! test fails when a command or an argument has no message.

use clap::{Arg, ArgAction, Command};
use talkprep::i18n::Catalog;

/// The catalogue key of a command's about (`cli.about` for the root, `cli.about.trash.list`).
pub(super) fn about_key(path: &[&str]) -> String {
    key("cli.about", path)
}

/// The catalogue key of an argument's help (`cli.arg.lang`, `cli.arg.export.force`).
pub(super) fn arg_key(path: &[&str], id: &str) -> String {
    let mut key = key("cli.arg", path);
    key.push('.');
    key.push_str(id);
    key
}

fn key(prefix: &str, path: &[&str]) -> String {
    std::iter::once(prefix)
        .chain(path.iter().copied())
        .collect::<Vec<_>>()
        .join(".")
}

/// `cmd` (clap's tree for `talkprep`) with its help in the catalogue's language, built and
/// ready to parse.
pub(crate) fn localized(cmd: Command, cat: &'static Catalog) -> Command {
    let mut cmd = localize(cmd, &[], cat)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(cat.get("cli.arg.version"))
                .help_heading(cat.get("cli.heading.options")),
        )
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .global(true)
                .action(ArgAction::Help)
                .help(cat.get("cli.arg.help"))
                .help_heading(cat.get("cli.heading.options")),
        )
        .disable_version_flag(true);
    cmd.build();
    set_usage(&mut cmd, cat);
    cmd
}

fn localize(cmd: Command, path: &[&str], cat: &'static Catalog) -> Command {
    let about = cat.get(&about_key(path));
    let long = cat.try_get(&about_key(path).replacen("cli.about", "cli.long", 1));
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        cat.get("cli.heading.usage")
    );
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    let mut cmd = cmd
        .about(about)
        .help_template(template)
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .subcommand_help_heading(cat.get("cli.heading.commands"))
        .subcommand_value_name(cat.get("cli.usage.command"))
        .mut_args(|arg| localize_arg(arg, path, cat));
    if let Some(long) = long {
        cmd = cmd.long_about(format!("{about}\n\n{long}"));
    }
    // Command lines to copy, the same in every language (`cli.examples.<path>`).
    if let Some(examples) = cat.try_get(&key("cli.examples", path)) {
        let lines: String = examples.lines().map(|line| format!("\n  {line}")).collect();
        cmd = cmd.after_help(format!("\n{}{lines}", cat.get("cli.heading.examples")));
    }
    for name in names {
        let mut sub_path = path.to_vec();
        sub_path.push(&name);
        cmd = cmd.mut_subcommand(&name, |sub| localize(sub, &sub_path, cat));
    }
    cmd
}

fn localize_arg(arg: Arg, path: &[&str], cat: &'static Catalog) -> Arg {
    let id = arg.get_id().as_str().to_owned();
    // A global argument is declared on the root and keeps the root's words everywhere.
    let own_path = if arg.is_global_set() { &[][..] } else { path };
    let heading = if arg.is_positional() {
        "cli.heading.arguments"
    } else {
        "cli.heading.options"
    };
    let value_names: Vec<String> = arg
        .get_value_names()
        .map(|names| names.iter().map(|n| n.as_str().to_owned()).collect())
        .unwrap_or_else(|| vec![id.to_uppercase()]);
    let takes_value = arg.get_action().takes_values();
    let global = arg.is_global_set();
    let mut arg = arg
        .help(cat.get(&arg_key(own_path, &id)))
        .help_heading(cat.get(heading))
        .hide_env(true);
    if global {
        // The options every command shares come after the command's own.
        arg = arg.display_order(900);
    }
    if takes_value {
        // The catalogue's help names the values and the default in the reader's language.
        arg = arg.hide_possible_values(true).hide_default_value(true);
        let shown: Vec<&'static str> = value_names
            .iter()
            .map(|name| cat.get(&format!("cli.value_name.{name}")))
            .collect();
        arg = arg.value_names(shown);
    }
    arg
}

/// The usage line clap renders for `cmd`, without its English "Usage:" heading.
pub(super) fn usage_line(cmd: &mut Command) -> String {
    let usage = cmd.render_usage().to_string();
    usage
        .split_once(": ")
        .map_or(usage.as_str(), |(_, rest)| rest)
        .trim()
        .to_owned()
}

/// Clap writes usage lines with English words in them (`[OPTIONS]`, `<COMMAND>`); each
/// command gets its own line with the catalogue's words instead.
fn set_usage(cmd: &mut Command, cat: &'static Catalog) {
    let usage =
        usage_line(cmd).replace("[OPTIONS]", &format!("[{}]", cat.get("cli.usage.options")));
    *cmd = std::mem::take(cmd).override_usage(usage);
    for sub in cmd.get_subcommands_mut() {
        set_usage(sub, cat);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use talkprep::i18n::{Lang, catalog};

    fn walk(cmd: &Command, path: &mut Vec<String>, missing: &mut Vec<String>) {
        let en = catalog(Lang::En);
        let names: Vec<&str> = path.iter().map(String::as_str).collect();
        if en.try_get(&about_key(&names)).is_none() {
            missing.push(about_key(&names));
        }
        for arg in cmd.get_arguments() {
            let own: &[&str] = if arg.is_global_set() { &[] } else { &names };
            let key = arg_key(own, arg.get_id().as_str());
            if en.try_get(&key).is_none() {
                missing.push(key);
            }
            let shown = arg
                .get_action()
                .takes_values()
                .then(|| arg.get_value_names())
                .flatten();
            for name in shown.into_iter().flatten() {
                let key = format!("cli.value_name.{name}");
                if en.try_get(&key).is_none() {
                    missing.push(key);
                }
            }
        }
        for sub in cmd.get_subcommands() {
            path.push(sub.get_name().to_owned());
            walk(sub, path, missing);
            path.pop();
        }
    }

    #[test]
    fn every_command_and_argument_has_its_words() {
        let mut missing = Vec::new();
        walk(&crate::cli::Cli::command(), &mut Vec::new(), &mut missing);
        assert!(missing.is_empty(), "not in assets/ui/en.ftl: {missing:?}");
    }

    /// Every command's `--help` ends with command lines to copy.
    #[test]
    fn every_command_has_examples() {
        fn walk(cmd: &Command, path: &mut Vec<String>, missing: &mut Vec<String>) {
            for sub in cmd.get_subcommands() {
                path.push(sub.get_name().to_owned());
                let parts: Vec<&str> = path.iter().map(String::as_str).collect();
                let key = key("cli.examples", &parts);
                if catalog(Lang::En).try_get(&key).is_none() {
                    missing.push(key);
                }
                walk(sub, path, missing);
                path.pop();
            }
        }
        let mut missing = Vec::new();
        walk(&crate::cli::Cli::command(), &mut Vec::new(), &mut missing);
        assert!(missing.is_empty(), "no examples: {missing:?}");
    }

    #[test]
    fn help_is_in_the_language_asked_for() {
        for lang in Lang::ALL {
            let mut cmd = localized(crate::cli::Cli::command(), catalog(lang));
            let help = cmd.render_long_help().to_string();
            assert!(
                help.contains(catalog(lang).get("cli.about.list")),
                "{lang}: {help}"
            );
            let sub = cmd.find_subcommand_mut("export").unwrap();
            let help = sub.render_help().to_string();
            assert!(
                help.contains(catalog(lang).get("cli.arg.export.force")),
                "{lang}: {help}"
            );
        }
    }
}
