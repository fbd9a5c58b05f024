//! The command line, as clap derives it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use talkprep::i18n::lang_from_tag;
use talkprep::tone::LangChoice;

/// `auto`, a language code or a locale tag (`fr`, `fr-FR`, `fr_FR.UTF-8`).
fn parse_lang(value: &str) -> Result<LangChoice, String> {
    if value.trim().eq_ignore_ascii_case("auto") {
        return Ok(LangChoice::Auto);
    }
    lang_from_tag(value)
        .map(LangChoice::Fixed)
        .ok_or_else(|| "use one of en, fr, pl, ro, or a tag such as fr-FR".to_owned())
}

/// Prepare a difficult client conversation in ten minutes: the facts, the goal, a fallback
/// offer, and an opening line whose tone is checked as you type. Run with no command to open
/// the app.
#[derive(Debug, Parser)]
#[command(name = "talkprep", version, max_term_width = 100)]
pub(crate) struct Cli {
    /// Where sheets are kept (default: the platform's data folder).
    #[arg(long, global = true, env = "TALKPREP_DATA_DIR", value_name = "DIR")]
    pub(crate) data_dir: Option<PathBuf>,

    /// A playbook file that extends the bundled one (default: playbook.json in the config folder).
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) playbook: Option<PathBuf>,

    /// Language of the playbook and interface: en, fr, pl or ro, or a locale tag such as fr-FR
    /// (default: TALKPREP_LANG, then LC_ALL, LC_MESSAGES, LANG, else en). For `tone`, the
    /// language of the text, or auto (its default) to detect it.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub(crate) lang: Option<LangChoice>,

    /// What to do; none opens the app.
    #[command(subcommand)]
    pub(crate) command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// List the playbook's scenarios.
    Scenarios {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// List saved sheets, newest first.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// Only sheets whose client, scenario or any answer contains TEXT (case-insensitive).
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
    },
    /// Print a sheet.
    Show {
        /// The sheet's id (see `talkprep list`).
        id: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Txt)]
        format: Format,
    },
    /// Write a sheet to a file or to standard output.
    Export(ExportArgs),
    /// Print the sheet's cue card, to keep open during the call.
    Cue {
        /// The sheet's id.
        id: String,
    },
    /// List open follow-ups due today or overdue, across all sheets.
    ///
    /// One line per follow-up, most overdue first, dated in the system time zone (TZ). Nothing
    /// is printed, and the exit code is 0, when nothing is due: it fits a morning shell prompt.
    Due {
        /// Print JSON instead of lines.
        #[arg(long)]
        json: bool,
        /// Also list what falls due in the next N days.
        #[arg(long, value_name = "N", default_value_t = 0)]
        days: u16,
    },
    /// Check a sheet file (or `-` for standard input) and store it.
    Import {
        /// The sheet file, or `-` for standard input.
        file: PathBuf,
    },
    /// Move a sheet to the trash.
    Delete {
        /// The sheet's id.
        id: String,
    },
    /// Bring a sheet back from the trash.
    Restore {
        /// The sheet's id.
        id: String,
    },
    /// See what is in the trash, or delete it for good.
    #[command(subcommand)]
    Trash(TrashCommand),
    /// See the files set aside because they could not be read, or put one back.
    #[command(subcommand)]
    Quarantine(QuarantineCommand),
    /// Rehearse a sheet's opener against the client's likely push-back (opens the app).
    Rehearse {
        /// The sheet's id (see `talkprep list`).
        id: String,
    },
    /// Check or export playbooks.
    #[command(subcommand)]
    Playbook(PlaybookCommand),
    /// Check the tone of a text: which words land badly, why, and a warmer way to say it.
    ///
    /// Here `--lang` is the language of the text: en, fr, pl, ro, or auto (the default) to
    /// detect it. Exits 1 when a finding reaches --fail-on.
    Tone(ToneArgs),
    /// Red-flag reviews of clients: open the checklist, or list, show and export reviews.
    Flags(FlagsArgs),
}

/// Arguments of `tone`.
#[derive(Debug, Args)]
pub(crate) struct ToneArgs {
    /// Print one JSON object.
    #[arg(long, conflicts_with = "jsonl")]
    pub(crate) json: bool,
    /// Check every input line on its own and print one JSON object per line.
    #[arg(long)]
    pub(crate) jsonl: bool,
    /// The lowest severity that makes the command exit 1.
    #[arg(long, value_enum, default_value_t = super::tone_cmd::FailOn::Warn)]
    pub(crate) fail_on: super::tone_cmd::FailOn,
    /// Read the text from FILE.
    #[arg(short, long, value_name = "FILE", conflicts_with = "text")]
    pub(crate) file: Option<PathBuf>,
    /// The text to check, or `-` for standard input (also used when no text is given and input is piped).
    pub(crate) text: Vec<String>,
}

/// Arguments of `export`.
#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// The sheet's id.
    pub(crate) id: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub(crate) format: Format,
    /// The file to write (default: standard output).
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Overwrite FILE if it exists.
    #[arg(long)]
    pub(crate) force: bool,
}

/// Arguments of `flags`: with no subcommand, the app opens on the red-flag checklist.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct FlagsArgs {
    /// Open the checklist with this client's name filled in.
    #[arg(long, value_name = "NAME")]
    pub(crate) client: Option<String>,
    /// What to do; none opens the checklist in the app.
    #[command(subcommand)]
    pub(crate) command: Option<FlagsCommand>,
}

/// `flags` subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum FlagsCommand {
    /// List reviewed clients with their latest review: date, score, verdict and trend.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Print every review of a client, oldest first.
    Show {
        /// The client's name (case and accents do not matter).
        client: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Write a client's latest review as Markdown: every item with its note, the verdict and
    /// what to do next.
    Export {
        /// The client's name (case and accents do not matter).
        client: String,
        /// The file to write (default: standard output).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Overwrite FILE if it exists.
        #[arg(long)]
        force: bool,
    },
}

/// `trash` subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum TrashCommand {
    /// List the sheets in the trash, most recently updated first.
    List {
        /// Print JSON instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// Remove the sheets in the trash for good (and the older copies kept beside them).
    Empty {
        /// Only those last changed more than DAYS days ago.
        #[arg(long, value_name = "DAYS")]
        older_than: Option<u32>,
    },
}

/// `quarantine` subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum QuarantineCommand {
    /// List the sheet and review files set aside because they could not be read.
    List {
        /// Print JSON instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// Put a file set aside back under its own name (never over another file).
    Restore {
        /// The name shown by `talkprep quarantine list`.
        name: String,
    },
}

/// `playbook` subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum PlaybookCommand {
    /// Check a playbook file (default: the one in effect) and report every problem.
    Validate {
        /// The file to check, or `-` for standard input.
        file: Option<PathBuf>,
    },
    /// Print the bundled playbook, a starting point for your own.
    Export,
}

/// Sheet output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Markdown.
    Md,
    /// Plain text.
    Txt,
    /// The sheet's JSON, exactly as stored.
    Json,
    /// iCalendar: the conversation and every dated follow-up, for any calendar app.
    Ics,
}
