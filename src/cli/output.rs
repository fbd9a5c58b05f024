//! What several commands share: opening the store, reporting files that could not be read, and
//! writing a result to standard output or to a file.

use std::io::Write;
use std::path::Path;
use talkprep::settings::Settings;

use anyhow::{Context as _, Result, bail};

use talkprep::i18n::Catalog;
use talkprep::sanitize::single_line;
use talkprep::store::Store;

/// Opens the data folder, saying which one when it cannot.
pub(super) fn open_store(ctx: &Settings) -> Result<Store> {
    Store::open(ctx.data_dir.clone())
        .with_context(|| format!("cannot open the data folder {}", ctx.data_dir.display()))
}

/// Reports each problem a listing met (files set aside or left unread) on standard error.
pub(super) fn warn_problems(problems: impl IntoIterator<Item = String>) {
    for problem in problems {
        eprintln!("talkprep: {}", single_line(&problem));
    }
}

/// Writes `text` to standard output, or to `output`: never over an existing file unless
/// `force`, and then says where it went on standard error.
pub(super) fn write_result(
    text: &str,
    output: Option<&Path>,
    force: bool,
    cat: &'static Catalog,
) -> Result<()> {
    let Some(path) = output else {
        std::io::stdout().write_all(text.as_bytes())?;
        return Ok(());
    };
    if path.exists() && !force {
        bail!(
            "{} already exists: pass --force to overwrite it, or choose another file",
            path.display()
        );
    }
    talkprep::store::write_file(path, text.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))?;
    eprintln!(
        "{}",
        cat.fill("review.exported", &[("path", &path.display().to_string())])
    );
    Ok(())
}
