//! The command line's shape, as clap derives it. Its words (every about and argument help)
//! are in the catalogue, `cli.about.*` and `cli.arg.*`, written in at run time by `help`.

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
        // The words come from the catalogue (cli.error.bad_lang), chosen by `parse`.
        .ok_or_else(String::new)
}

/// The whole command line: options for every command, and the command (none opens the app).
#[derive(Debug, Parser)]
#[command(name = "talkprep", version, max_term_width = 100)]
pub(crate) struct Cli {
    #[arg(long, global = true, env = "TALKPREP_DATA_DIR", value_name = "DIR")]
    pub(crate) data_dir: Option<PathBuf>,

    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) playbook: Option<PathBuf>,

    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub(crate) lang: Option<LangChoice>,

    #[arg(long)]
    pub(crate) plain: bool,

    #[command(subcommand)]
    pub(crate) command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    Scenarios {
        #[arg(long)]
        json: bool,
    },
    List {
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
    },
    Show {
        id: String,
        #[arg(long, value_enum, value_name = "FORMAT", default_value_t = Format::Txt)]
        format: Format,
    },
    Export(ExportArgs),
    Draft(DraftArgs),
    New(NewArgs),
    Set(SetArgs),
    Cue {
        id: String,
        #[arg(long)]
        json: bool,
    },
    Due {
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "N", default_value_t = 0)]
        days: u16,
    },
    Import {
        file: PathBuf,
    },
    Delete {
        id: String,
    },
    Restore {
        id: String,
    },
    #[command(subcommand)]
    Trash(TrashCommand),
    #[command(subcommand)]
    Quarantine(QuarantineCommand),
    Rehearse {
        id: String,
    },
    #[command(subcommand)]
    Playbook(PlaybookCommand),
    Tone(ToneArgs),
    Flags(FlagsArgs),
    Completions {
        #[arg(value_enum, value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
    Man,
    Config {
        #[arg(long, conflicts_with = "path")]
        default: bool,
        #[arg(long)]
        path: bool,
    },
}

/// Arguments of `tone`.
#[derive(Debug, Args)]
pub(crate) struct ToneArgs {
    #[arg(long, conflicts_with = "jsonl")]
    pub(crate) json: bool,
    #[arg(long)]
    pub(crate) jsonl: bool,
    #[arg(long, value_enum, value_name = "LEVEL", default_value_t = super::tone_cmd::FailOn::Warn)]
    pub(crate) fail_on: super::tone_cmd::FailOn,
    #[arg(short, long, value_name = "FILE", conflicts_with = "text")]
    pub(crate) file: Option<PathBuf>,
    pub(crate) text: Vec<String>,
}

/// Arguments of `export`.
#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    pub(crate) id: String,
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub(crate) format: Option<Format>,
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    #[arg(long)]
    pub(crate) force: bool,
}

/// Arguments of `new`.
#[derive(Debug, Args)]
pub(crate) struct NewArgs {
    #[arg(long, value_name = "ID")]
    pub(crate) scenario: String,
    #[arg(long, value_name = "NAME")]
    pub(crate) client: Option<String>,
    #[arg(long, value_name = "CHANNEL")]
    pub(crate) channel: Option<String>,
    #[arg(long, value_name = "WHEN")]
    pub(crate) when: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub(crate) topic: Option<String>,
    #[arg(long, value_name = "FILE")]
    pub(crate) answers: Option<PathBuf>,
    #[arg(long)]
    pub(crate) json: bool,
}

/// Arguments of `set`.
#[derive(Debug, Args)]
pub(crate) struct SetArgs {
    pub(crate) id: String,
    #[arg(required_unless_present = "answers")]
    pub(crate) field: Option<String>,
    #[arg(required_unless_present = "answers")]
    pub(crate) value: Option<String>,
    #[arg(long, value_name = "FILE", conflicts_with_all = ["field", "value"])]
    pub(crate) answers: Option<PathBuf>,
}

/// Arguments of `draft`.
#[derive(Debug, Args)]
pub(crate) struct DraftArgs {
    pub(crate) id: String,
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub(crate) format: Option<DraftFormat>,
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    #[arg(long)]
    pub(crate) force: bool,
}

/// What `draft` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DraftFormat {
    /// The message as text (with its subject line for an email), or the talk track.
    Txt,
    /// An email file a mail client opens as a draft.
    Eml,
    /// The message, its length and its tone, as JSON.
    Json,
}

/// Arguments of `flags`: with no subcommand, the app opens on the red-flag checklist.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct FlagsArgs {
    #[arg(long, value_name = "NAME")]
    pub(crate) client: Option<String>,
    #[command(subcommand)]
    pub(crate) command: Option<FlagsCommand>,
}

/// `flags` subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum FlagsCommand {
    List {
        #[arg(long)]
        json: bool,
    },
    Show {
        client: String,
        #[arg(long)]
        json: bool,
    },
    Export {
        client: String,
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[arg(long)]
        force: bool,
    },
    Delete {
        id: String,
    },
    Restore {
        id: String,
    },
}

/// `trash` subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum TrashCommand {
    List {
        #[arg(long)]
        json: bool,
    },
    Empty {
        #[arg(long, value_name = "DAYS")]
        older_than: Option<u32>,
    },
}

/// `quarantine` subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum QuarantineCommand {
    List {
        #[arg(long)]
        json: bool,
    },
    Restore {
        name: String,
    },
}

/// `playbook` subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum PlaybookCommand {
    Validate {
        file: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    Export,
}

/// Sheet output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Md,
    Txt,
    Json,
    Ics,
}
