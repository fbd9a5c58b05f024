//! What every command needs: the language, the playbook in effect and the data folder.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use directories::ProjectDirs;

use crate::playbook::{self, LANGUAGES, Playbook};

/// Settings resolved from flags, environment and platform folders.
#[derive(Debug, Clone)]
pub struct Context {
    /// The language in effect.
    pub lang: String,
    /// Where sheets are kept.
    pub data_dir: PathBuf,
    /// The user's playbook file, if any.
    pub playbook_file: Option<PathBuf>,
}

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "talkprep")
}

/// The language from `--lang`, else `TALKPREP_LANG`, else `LANG`/`LC_ALL`, else English.
fn resolve_lang(flag: Option<&str>) -> Result<String> {
    if let Some(lang) = flag {
        let lang = lang.trim().to_ascii_lowercase();
        if LANGUAGES.contains(&lang.as_str()) {
            return Ok(lang);
        }
        bail!(
            "unknown language '{}': use one of en, fr, pl, ro",
            crate::sanitize::single_line(&lang)
        );
    }
    for var in ["TALKPREP_LANG", "LC_ALL", "LANG"] {
        if let Ok(value) = std::env::var(var) {
            let code = value.get(..2).unwrap_or("").to_ascii_lowercase();
            if LANGUAGES.contains(&code.as_str()) {
                return Ok(code);
            }
        }
    }
    Ok("en".to_owned())
}

impl Context {
    /// Resolves the settings; fails on an unknown language or when no data folder can be found.
    pub fn resolve(
        lang: Option<&str>,
        data_dir: Option<&Path>,
        playbook_file: Option<&Path>,
    ) -> Result<Context> {
        let lang = resolve_lang(lang)?;
        let dirs = project_dirs();
        let data_dir = match (data_dir, &dirs) {
            (Some(dir), _) => dir.to_path_buf(),
            (None, Some(dirs)) => dirs.data_dir().to_path_buf(),
            (None, None) => bail!(
                "cannot find a home folder for talkprep's data: pass --data-dir DIR or set TALKPREP_DATA_DIR"
            ),
        };
        let playbook_file = match playbook_file {
            Some(file) => Some(file.to_path_buf()),
            None => dirs
                .map(|d| d.config_dir().join("playbook.json"))
                .filter(|p| p.is_file()),
        };
        Ok(Context {
            lang,
            data_dir,
            playbook_file,
        })
    }

    /// The playbook in effect: bundled, extended by the user's file.
    pub fn playbook(&self) -> Result<Playbook> {
        playbook::load(&self.lang, self.playbook_file.as_deref()).with_context(|| {
            match &self.playbook_file {
                Some(file) => format!(
                    "the playbook {} could not be used: fix it, or move it away to use the bundled one",
                    file.display()
                ),
                None => "the bundled playbook is broken: please report this".to_owned(),
            }
        })
    }
}
