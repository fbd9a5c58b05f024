//! Reading every file of a store folder: the walk shared by listing sheets and reviews.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use crate::sheet::SheetId;

use super::error::StoreError;
use super::list::Refused;
use super::lock::WriteLock;
use super::{Store, fsio};

/// What the contents of one `<id>.json` file turned out to be.
pub(super) enum Found<T, E> {
    /// A readable item.
    Item(Box<T>),
    /// Left in place and reported: from a newer talkprep, or not matching its file name.
    Refused(StoreError),
    /// Not an item at all: to be set aside.
    Corrupt(E),
}

/// Everything a walk over one folder found.
pub(super) struct Scan<T, E> {
    /// Readable items, in file name order.
    pub items: Vec<T>,
    /// Files set aside: where each was, where it is now, and why it is not an item.
    pub set_aside: Vec<(PathBuf, PathBuf, E)>,
    /// Files left in place but not listed.
    pub refused: Vec<Refused>,
}

impl Store {
    /// Reads every `*.json` file of `dir` and hands its id and bytes to `parse`.
    ///
    /// A file that looks corrupt is read again under the store's write lock (a writer may have
    /// just replaced it) and, if it still is, moved aside to `<name>.corrupt-<stamp>`; when
    /// that move fails, `move_failed` turns the file, the reason and the move's error into the
    /// refusal reported. A badly named or unreadable file is refused; one removed since the
    /// folder was read is skipped. Fails only if the folder cannot be read or the lock taken.
    pub(super) fn scan<T, E>(
        &self,
        dir: &Path,
        parse: impl Fn(&Path, &SheetId, &[u8]) -> Found<T, E>,
        move_failed: impl Fn(PathBuf, E, StoreError) -> StoreError,
    ) -> Result<Scan<T, E>, StoreError> {
        let mut scan = Scan {
            items: Vec::new(),
            set_aside: Vec::new(),
            refused: Vec::new(),
        };
        let read = |path: &Path| -> Option<Found<T, E>> {
            let id = match id_from_path(path) {
                Ok(id) => id,
                Err(e) => return Some(Found::Refused(e)),
            };
            match fs::read(path) {
                Ok(bytes) => Some(parse(path, &id, &bytes)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(e) => Some(Found::Refused(StoreError::io("read", path)(e))),
            }
        };
        let mut lock: Option<WriteLock> = None;
        for path in json_files(dir)? {
            let found = match read(&path) {
                Some(Found::Corrupt(_)) => {
                    if lock.is_none() {
                        lock = Some(self.write_lock()?);
                    }
                    read(&path)
                }
                other => other,
            };
            match found {
                None => {}
                Some(Found::Item(item)) => scan.items.push(*item),
                Some(Found::Refused(error)) => scan.refused.push(Refused { path, error }),
                Some(Found::Corrupt(error)) => match self.set_aside(&path) {
                    Ok(moved_to) => scan.set_aside.push((path, moved_to, error)),
                    Err(move_error) => scan.refused.push(Refused {
                        path: path.clone(),
                        error: move_failed(path, error, move_error),
                    }),
                },
            }
        }
        drop(lock);
        Ok(scan)
    }
}

/// Files set aside, then files refused, one line each.
pub(super) fn problem_lines(quarantined: &[impl fmt::Display], refused: &[Refused]) -> Vec<String> {
    quarantined
        .iter()
        .map(ToString::to_string)
        .chain(refused.iter().map(ToString::to_string))
        .collect()
}

/// Paths of the visible `*.json` entries of `dir` that are files (or links to files),
/// sorted by name.
pub(super) fn json_files(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let entries = fs::read_dir(dir).map_err(StoreError::io("read the folder", dir))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(StoreError::io("read the folder", dir))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || !name.ends_with(".json") || fsio::is_temp_name(&name) {
            continue;
        }
        let path = entry.path();
        if path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    Ok(paths)
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
        source,
    })
}
