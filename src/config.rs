//! The user's configuration file, `config.toml`: what a person sets once instead of passing
//! flags every time. Every key is optional; flags and the environment win over it.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::i18n::{Lang, Message, io_message, lang_from_tag};

/// The documented default file, every key commented out (`talkprep config --default`).
pub const DEFAULT_CONFIG: &str = include_str!("../assets/config.toml");

/// The most a configuration file may hold.
const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// What the file sets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// The interface's language.
    pub lang: Option<Lang>,
    /// Where sheets and reviews are kept (`~/` is the home folder).
    pub data_dir: Option<PathBuf>,
    /// A playbook file that extends the bundled one.
    pub playbook: Option<PathBuf>,
    /// Whether the app takes the mouse.
    pub mouse: Option<bool>,
    /// The app's theme: `terminal`, `dark`, `light`, `high_contrast` or `plain`.
    pub theme: Option<String>,
    /// Plain mode: questions and answers in plain lines, for screen readers.
    pub plain: Option<bool>,
    /// The `[keys]` table: actions given keys of the person's own, in file order.
    pub keys: Vec<KeyOverride>,
}

/// One line of the `[keys]` table: `save = ["ctrl-w"]`. The app checks the action and the
/// keys, since they are its own, and names the line when one is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyOverride {
    /// The action, as `assets/keys.toml` names it (`save`, `next_step`).
    pub action: String,
    /// Its keys, first shown in hints (`ctrl-w`, `alt-n`, `f5`).
    pub keys: Vec<String>,
    /// The line it is on, 1-based.
    pub line: usize,
}

/// The themes `theme` takes (the app's `assets/themes.toml`, and `plain`).
pub const THEMES: [&str; 5] = ["terminal", "dark", "light", "high_contrast", "plain"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    lang: Option<String>,
    data_dir: Option<String>,
    playbook: Option<String>,
    mouse: Option<bool>,
    theme: Option<String>,
    plain: Option<bool>,
    #[serde(default)]
    keys: std::collections::BTreeMap<String, KeysValue>,
}

/// One key or several.
#[derive(Deserialize)]
#[serde(untagged)]
enum KeysValue {
    One(String),
    Many(Vec<String>),
}

/// Why the configuration file could not be used. Its words are [`ConfigError::message`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// The file exists but could not be read.
    #[error("{file}: cannot be read")]
    Unreadable {
        /// The file.
        file: PathBuf,
        /// Why.
        detail: Message,
    },
    /// The file is not valid TOML, or has a key or a value talkprep does not take.
    #[error("{file}:{line}: {detail}")]
    Invalid {
        /// The file.
        file: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        detail: Message,
    },
}

impl ConfigError {
    /// What to tell the user, by catalogue key.
    pub fn message(&self) -> Message {
        match self {
            ConfigError::Unreadable { file, detail } => Message::new("config.unreadable")
                .with(
                    "file",
                    crate::sanitize::single_line(&file.display().to_string()),
                )
                .with_message("detail", detail.clone()),
            ConfigError::Invalid {
                file,
                line,
                column,
                detail,
            } => Message::new("config.invalid")
                .with(
                    "file",
                    crate::sanitize::single_line(&file.display().to_string()),
                )
                .with("line", line.to_string())
                .with("column", column.to_string())
                .with_message("detail", detail.clone()),
        }
    }
}

/// Where the configuration is read from: `TALKPREP_CONFIG`, else `config.toml` in the
/// platform's config folder.
pub fn config_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("TALKPREP_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    directories::ProjectDirs::from("", "", "talkprep").map(|d| d.config_dir().join("config.toml"))
}

/// The configuration in effect for this process, read once from [`config_path`]: the
/// language is needed before the command line is parsed, the rest after it.
pub fn in_effect() -> &'static Result<Config, ConfigError> {
    static READ: std::sync::OnceLock<Result<Config, ConfigError>> = std::sync::OnceLock::new();
    READ.get_or_init(|| {
        let home = directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf());
        match config_path() {
            Some(path) => load(&path, home.as_deref()),
            None => Ok(Config::default()),
        }
    })
}

/// Reads the configuration at `path`; a file that does not exist is an empty configuration.
pub fn load(path: &Path, home: Option<&Path>) -> Result<Config, ConfigError> {
    let text = match std::fs::File::open(path) {
        Ok(file) => {
            let mut text = String::new();
            use std::io::Read;
            file.take(MAX_CONFIG_BYTES)
                .read_to_string(&mut text)
                .map_err(|e| ConfigError::Unreadable {
                    file: path.to_path_buf(),
                    detail: io_message(&e),
                })?;
            text
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => {
            return Err(ConfigError::Unreadable {
                file: path.to_path_buf(),
                detail: io_message(&e),
            });
        }
    };
    parse(&text, path, home)
}

/// The configuration in `text` (read from `file`, named in errors).
pub fn parse(text: &str, file: &Path, home: Option<&Path>) -> Result<Config, ConfigError> {
    let invalid = |offset: usize, detail: Message| {
        let before = &text[..offset.min(text.len())];
        ConfigError::Invalid {
            file: file.to_path_buf(),
            line: before.matches('\n').count() + 1,
            column: before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1,
            detail,
        }
    };
    let parsed: File = toml::from_str(text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        invalid(at, explain(text, at, e.message()))
    })?;
    let lang = match parsed.lang {
        None => None,
        Some(tag) => Some(lang_from_tag(&tag).ok_or_else(|| {
            invalid(
                text.find("lang").unwrap_or(0),
                Message::new("config.bad_lang").with("value", crate::sanitize::single_line(&tag)),
            )
        })?),
    };
    if let Some(theme) = parsed.theme.as_deref()
        && !THEMES.contains(&theme)
    {
        return Err(invalid(
            text.find("theme").unwrap_or(0),
            Message::new("config.bad_theme")
                .with("value", crate::sanitize::single_line(theme))
                .with("themes", THEMES.join(", ")),
        ));
    }
    let path = |value: Option<String>| value.map(|v| expand_home(&v, home));
    Ok(Config {
        lang,
        data_dir: path(parsed.data_dir),
        playbook: path(parsed.playbook),
        mouse: parsed.mouse,
        theme: parsed.theme,
        plain: parsed.plain,
        keys: key_overrides(text, parsed.keys),
    })
}

/// The keys a configuration file takes.
const KEYS: [&str; 7] = [
    "lang", "data_dir", "playbook", "mouse", "theme", "plain", "keys",
];

/// The `[keys]` table in file order, each with its line.
fn key_overrides(
    text: &str,
    table: std::collections::BTreeMap<String, KeysValue>,
) -> Vec<KeyOverride> {
    let section = text.find("[keys]").unwrap_or(0);
    let mut found: Vec<KeyOverride> = table
        .into_iter()
        .map(|(action, value)| {
            let keys = match value {
                KeysValue::One(key) => vec![key],
                KeysValue::Many(keys) => keys,
            };
            let at = text[section..]
                .lines()
                .scan(section, |offset, line| {
                    let here = *offset;
                    *offset += line.len() + 1;
                    Some((here, line))
                })
                .find(|(_, line)| {
                    line.trim_start().starts_with(&format!("{action} "))
                        || line.trim_start().starts_with(&format!("{action}="))
                })
                .map_or(section, |(offset, _)| offset);
            KeyOverride {
                action,
                keys,
                line: text[..at].matches('\n').count() + 1,
            }
        })
        .collect();
    found.sort_by_key(|k| k.line);
    found
}

/// The parser's complaint at byte `at` of `text` in our words: an unknown key, a value of the
/// wrong kind, or a line that is not TOML.
fn explain(text: &str, at: usize, parser_said: &str) -> Message {
    let line_start = text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or("");
    let key = line.split('=').next().unwrap_or("").trim();
    let key = crate::sanitize::single_line(key);
    if parser_said.starts_with("unknown field") {
        Message::new("config.unknown_key")
            .with("key", key)
            .with("keys", KEYS.join(", "))
    } else if KEYS.contains(&key.as_str()) && line.contains('=') {
        Message::new("config.bad_value").with("key", key)
    } else {
        Message::new("config.not_toml")
    }
}

/// `~/x` with the home folder written out.
fn expand_home(path: &str, home: Option<&Path>) -> PathBuf {
    match (path.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Config, ConfigError> {
        parse(
            text,
            Path::new("config.toml"),
            Some(Path::new("/home/marta")),
        )
    }

    #[test]
    fn the_default_file_is_valid_and_sets_nothing() {
        assert_eq!(read(DEFAULT_CONFIG), Ok(Config::default()));
    }

    #[test]
    fn every_key_is_read() {
        let config = read(
            "lang = \"fr-FR\"\ndata_dir = \"~/preps\"\nplaybook = \"/x/p.json\"\nmouse = false\n",
        )
        .unwrap();
        assert_eq!(config.lang, Some(Lang::Fr));
        assert_eq!(config.data_dir, Some(PathBuf::from("/home/marta/preps")));
        assert_eq!(config.playbook, Some(PathBuf::from("/x/p.json")));
        assert_eq!(config.mouse, Some(false));
    }

    #[test]
    fn a_wrong_key_or_value_names_its_line() {
        let e = read("mouse = true\nthem = \"dark\"\n").unwrap_err();
        let ConfigError::Invalid { line, detail, .. } = &e else {
            panic!("{e:?}")
        };
        assert_eq!(*line, 2, "{detail}");
        assert!(
            detail
                .render(crate::i18n::catalog(Lang::En))
                .contains("them"),
            "{detail:?}"
        );
        let e = read("\n\nmouse = \"yes\"\n").unwrap_err();
        assert!(matches!(e, ConfigError::Invalid { line: 3, .. }), "{e:?}");
        let e = read("lang = \"klingon\"\n").unwrap_err();
        assert!(e.message().to_string().contains("klingon"), "{e:?}");
        let e = read("lang = \n").unwrap_err();
        assert!(matches!(e, ConfigError::Invalid { line: 1, .. }), "{e:?}");
    }

    #[test]
    fn the_keys_table_keeps_each_line() {
        let config =
            read("mouse = true\n\n[keys]\nsave = \"ctrl-w\"\nnext_step = [\"alt-n\", \"f5\"]\n")
                .unwrap();
        assert_eq!(
            config.keys,
            [
                KeyOverride {
                    action: "save".into(),
                    keys: vec!["ctrl-w".into()],
                    line: 4
                },
                KeyOverride {
                    action: "next_step".into(),
                    keys: vec!["alt-n".into(), "f5".into()],
                    line: 5
                },
            ]
        );
    }

    #[test]
    fn a_missing_file_is_an_empty_configuration() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            load(&dir.path().join("none.toml"), None),
            Ok(Config::default())
        );
    }
}
