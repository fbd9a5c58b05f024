//! What every shell resolves before it runs: the interface language, the data folder and the
//! user's playbook file, from flags, the environment and the platform's folders.

use std::path::{Path, PathBuf};

use directories::ProjectDirs;
use thiserror::Error;

use crate::i18n::{Lang, lang_from_tag};
use crate::playbook::{self, Playbook, PlaybookError};

/// Settings resolved from flags, environment and platform folders.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The interface language.
    pub lang: Lang,
    /// Where sheets and reviews are kept.
    pub data_dir: PathBuf,
    /// The user's playbook file, if any.
    pub playbook_file: Option<PathBuf>,
    /// Whether the app takes the mouse (the configuration's `mouse`, on by default).
    pub mouse: bool,
    /// The app's theme by name (the configuration's `theme`); `None` for the default.
    pub theme: Option<String>,
    /// Whether `talkprep` with no command asks its questions in plain lines instead of
    /// opening the app (the configuration's `plain`, or `--plain`).
    pub plain: bool,
    /// The person's own keys (the configuration's `[keys]`), checked by the app.
    pub keys: Vec<crate::config::KeyOverride>,
    /// The configuration file read, for messages about its lines.
    pub config_file: Option<PathBuf>,
    /// What went wrong reading the configuration file: said once, and the defaults apply.
    pub warnings: Vec<crate::i18n::Message>,
}

/// Why settings could not be resolved. Its words are [`SettingsError::message`].
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SettingsError {
    /// Neither a flag nor the platform gives a data folder.
    NoDataDir,
}

impl SettingsError {
    /// What to tell the user, by catalogue key.
    pub fn message(&self) -> crate::i18n::Message {
        match self {
            SettingsError::NoDataDir => crate::i18n::Message::new("error.settings.no_data_dir"),
        }
    }
}

impl std::fmt::Display for SettingsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "talkprep")
}

/// The language from `flag`, else `TALKPREP_LANG`, else the configuration's `lang`, else
/// `LC_ALL`, `LC_MESSAGES`, `LANG`, else English. An environment value that names no language talkprep speaks is skipped, as other
/// programs do.
pub fn resolve_lang(flag: Option<Lang>) -> Lang {
    // A configuration that cannot be read is said by `Settings::resolve`, not here.
    let configured = crate::config::in_effect()
        .as_ref()
        .ok()
        .and_then(|config| config.lang);
    resolve_lang_with(flag, configured)
}

/// [`resolve_lang`] with the configuration's `lang` after `TALKPREP_LANG` and before the
/// locale: a setting made for talkprep wins over one made for every program.
fn resolve_lang_with(flag: Option<Lang>, configured: Option<Lang>) -> Lang {
    if let Some(lang) = flag {
        return lang;
    }
    let from = |var: &str| std::env::var(var).ok().and_then(|v| lang_from_tag(&v));
    from("TALKPREP_LANG")
        .or(configured)
        .or_else(|| ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(from))
        .unwrap_or_default()
}

impl Settings {
    /// Resolves the settings; fails when no data folder can be found.
    pub fn resolve(
        lang: Option<Lang>,
        data_dir: Option<&Path>,
        playbook_file: Option<&Path>,
    ) -> Result<Settings, SettingsError> {
        let (config, warnings) = match crate::config::in_effect() {
            Ok(config) => (config.clone(), Vec::new()),
            Err(e) => (crate::config::Config::default(), vec![e.message()]),
        };
        Settings::resolve_with(lang, data_dir, playbook_file, config, warnings)
    }

    /// [`Settings::resolve`] over a configuration already read: flags first, then the
    /// environment, then `config`, then the platform's defaults.
    pub fn resolve_with(
        lang: Option<Lang>,
        data_dir: Option<&Path>,
        playbook_file: Option<&Path>,
        config: crate::config::Config,
        warnings: Vec<crate::i18n::Message>,
    ) -> Result<Settings, SettingsError> {
        let lang = resolve_lang_with(lang, config.lang);
        let dirs = project_dirs();
        let data_dir = match (data_dir, config.data_dir, &dirs) {
            (Some(dir), _, _) => dir.to_path_buf(),
            (None, Some(dir), _) => dir,
            (None, None, Some(dirs)) => dirs.data_dir().to_path_buf(),
            (None, None, None) => return Err(SettingsError::NoDataDir),
        };
        let playbook_file = match (playbook_file, config.playbook) {
            (Some(file), _) => Some(file.to_path_buf()),
            (None, Some(file)) => Some(file),
            (None, None) => dirs
                .map(|d| d.config_dir().join("playbook.json"))
                .filter(|p| p.is_file()),
        };
        Ok(Settings {
            lang,
            data_dir,
            playbook_file,
            mouse: config.mouse.unwrap_or(true),
            theme: config.theme,
            plain: config.plain.unwrap_or(false),
            keys: config.keys,
            config_file: crate::config::config_path(),
            warnings,
        })
    }

    /// The playbook in effect: bundled, extended by the user's file.
    pub fn playbook(&self) -> Result<Playbook, PlaybookError> {
        playbook::load(self.lang.code(), self.playbook_file.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_wins_over_the_environment() {
        assert_eq!(resolve_lang(Some(Lang::Pl)), Lang::Pl);
    }
}
