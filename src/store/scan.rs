//! Reading every file of a store folder: the walk shared by listing sheets and reviews.
//!
//! Reading never moves, removes or locks anything: a file that cannot be read is reported,
//! and set aside later, if it stays so, by a command that writes ([`Store::tidy`]).

use std::fs;
use std::path::{Path, PathBuf};

use crate::sheet::SheetId;

use super::error::StoreError;
use super::list::Refused;
use super::{Store, fsio};

/// What the contents of one `<id>.json` file turned out to be.
pub(super) enum Found<T, E> {
    /// A readable item.
    Item(Box<T>),
    /// Left in place and reported: from a newer talkprep, or not matching its file name.
    Refused(StoreError),
    /// Not an item at all: reported, and set aside by a writer once it stays so.
    Corrupt(E),
}

/// Everything a walk over one folder found.
pub(super) struct Scan<T, E> {
    /// Readable items, in file name order.
    pub items: Vec<T>,
    /// Files that are not items: where each is and why.
    pub unreadable: Vec<(PathBuf, E)>,
    /// Files left in place but not listed.
    pub refused: Vec<Refused>,
}

impl Store {
    /// Reads every `*.json` file of `dir` (at most `limit` bytes each) and hands its id and
    /// bytes to `parse`. A badly named, unreadable, oversized or non-regular file is
    /// refused; one removed since the folder was read is skipped. Fails only if the folder
    /// exists and cannot be read.
    pub(super) fn scan<T, E>(
        &self,
        dir: &Path,
        limit: u64,
        parse: impl Fn(&Path, &SheetId, &[u8]) -> Found<T, E>,
    ) -> Result<Scan<T, E>, StoreError> {
        let mut scan = Scan {
            items: Vec::new(),
            unreadable: Vec::new(),
            refused: Vec::new(),
        };
        for path in json_files(dir)? {
            let id = match id_from_path(&path) {
                Ok(id) => id,
                Err(error) => {
                    scan.refused.push(Refused { path, error });
                    continue;
                }
            };
            let found = match fsio::read_if_exists(&path, limit) {
                Ok(Some(bytes)) => parse(&path, &id, &bytes),
                Ok(None) => continue,
                Err(e) => Found::Refused(e),
            };
            match found {
                Found::Item(item) => scan.items.push(*item),
                Found::Refused(error) => scan.refused.push(Refused { path, error }),
                Found::Corrupt(error) => scan.unreadable.push((path, error)),
            }
        }
        Ok(scan)
    }
}

/// Unreadable files, then files refused, one line each.
pub(super) fn problem_lines<E: super::list::ReadError>(
    unreadable: &[super::list::Unreadable<E>],
    refused: &[Refused],
) -> Vec<crate::i18n::Message> {
    unreadable
        .iter()
        .map(super::list::Unreadable::message)
        .chain(refused.iter().map(|r| r.error.message()))
        .collect()
}

/// One visible `*.json` entry of a store folder.
pub(super) struct JsonEntry {
    /// Where it is.
    pub path: PathBuf,
    /// Its file name.
    pub name: String,
    /// What one look at it gave (a link followed), or `None` when that failed: reading it
    /// then says why.
    pub meta: Option<fs::Metadata>,
}

/// The visible `*.json` entries of `dir` that are not folders, sorted by name, each looked at
/// once (relative to the folder, no walk down the whole path) and never opened, so a FIFO is
/// reported by the read, not waited on. A folder that does not exist has none.
pub(super) fn json_entries(dir: &Path) -> Result<Vec<JsonEntry>, StoreError> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io("read the folder", dir)(e)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(StoreError::io("read the folder", dir))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || !name.ends_with(".json") || fsio::is_temp_name(&name) {
            continue;
        }
        let meta = match entry.metadata() {
            Ok(meta) if meta.file_type().is_symlink() => fs::metadata(entry.path()).ok(),
            Ok(meta) => Some(meta),
            Err(_) => None,
        };
        if meta.as_ref().is_some_and(fs::Metadata::is_dir) {
            continue;
        }
        let path = entry.path();
        if meta.is_none() && !fsio::occupied(&path) {
            continue;
        }
        found.push(JsonEntry {
            path,
            name: name.into_owned(),
            meta,
        });
    }
    found.sort_unstable_by(|a, b| a.name.cmp(&b.name));
    Ok(found)
}

/// Paths of the visible `*.json` entries of `dir` that are not folders, sorted by name (see
/// [`json_entries`]).
pub(super) fn json_files(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    Ok(json_entries(dir)?.into_iter().map(|e| e.path).collect())
}

/// The id a `<id>.json` file name gives.
pub(super) fn id_from_path(path: &Path) -> Result<SheetId, StoreError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".json").unwrap_or(&name);
    SheetId::parse(stem).map_err(|source| StoreError::BadFileName {
        path: path.to_path_buf(),
        reason: source,
    })
}
