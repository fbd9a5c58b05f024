//! Listing live sheets, setting unreadable files aside.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use crate::sheet::{Sheet, SheetError, SheetId, from_json_bytes};

use super::error::{StoreError, shown};
use super::lock::WriteLock;
use super::{Store, check_id, fsio};

/// Every live sheet, and every file in the sheets folder that could not be listed.
#[derive(Debug, Default)]
pub struct Listing {
    /// Readable sheets, most recently updated first (ties by id).
    pub sheets: Vec<Sheet>,
    /// Files that were not sheets (bad JSON, invalid fields) and have been moved aside.
    pub quarantined: Vec<Quarantined>,
    /// Files left where they are but not listed: from a newer talkprep, with a file name
    /// that is not an id or not the sheet's id, unreadable, or impossible to move aside.
    pub refused: Vec<Refused>,
}

/// A file set aside because it is not a sheet.
#[derive(Debug)]
pub struct Quarantined {
    /// Where it was.
    pub path: PathBuf,
    /// Where it is now, `<name>.corrupt-<stamp>`.
    pub moved_to: PathBuf,
    /// Why it is not a sheet, with line and column.
    pub error: SheetError,
}

/// A file not listed, left in place.
#[derive(Debug)]
pub struct Refused {
    /// The file.
    pub path: PathBuf,
    /// Why, naming the file and what to do.
    pub error: StoreError,
}

impl fmt::Display for Quarantined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}; it was moved aside to {}",
            shown(&self.path),
            self.error,
            shown(&self.moved_to)
        )
    }
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

/// What one `*.json` file turned out to be.
enum Found {
    Sheet(Box<Sheet>),
    Refused(StoreError),
    Corrupt(SheetError),
    /// Removed by another process since the folder was read.
    Gone,
}

impl Store {
    /// Reads every live sheet, newest `updated` first.
    ///
    /// A file that is not a sheet is moved aside to `<name>.corrupt-<stamp>` and reported in
    /// [`Listing::quarantined`]; a sheet from a newer talkprep stays put and is reported in
    /// [`Listing::refused`]. Hidden files, temporary files and files not ending in `.json`
    /// are ignored. Fails only if the folder cannot be read or the store's write lock (needed
    /// to move a file aside) cannot be taken.
    pub fn list(&self) -> Result<Listing, StoreError> {
        let mut listing = Listing::default();
        let mut lock: Option<WriteLock> = None;
        for path in json_files(&self.sheets)? {
            let found = match examine(&path) {
                // Re-read under the write lock: a writer may have just replaced the file.
                Found::Corrupt(_) => {
                    if lock.is_none() {
                        lock = Some(self.write_lock()?);
                    }
                    examine(&path)
                }
                other => other,
            };
            match found {
                Found::Gone => {}
                Found::Sheet(sheet) => listing.sheets.push(*sheet),
                Found::Refused(error) => listing.refused.push(Refused { path, error }),
                Found::Corrupt(error) => match self.set_aside(&path) {
                    Ok(moved_to) => listing.quarantined.push(Quarantined {
                        path,
                        moved_to,
                        error,
                    }),
                    Err(move_error) => listing.refused.push(Refused {
                        path: path.clone(),
                        error: StoreError::SetAsideFailed {
                            path,
                            error,
                            source: Box::new(move_error),
                        },
                    }),
                },
            }
        }
        drop(lock);
        sort_newest_first(&mut listing.sheets);
        Ok(listing)
    }
}

/// Newest `updated` first, then by id so the order is stable.
pub(super) fn sort_newest_first(sheets: &mut [Sheet]) {
    sheets.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
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

fn examine(path: &Path) -> Found {
    let id = match id_from_path(path) {
        Ok(id) => id,
        Err(e) => return Found::Refused(e),
    };
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Found::Gone,
        Err(e) => return Found::Refused(StoreError::io("read", path)(e)),
    };
    match from_json_bytes(&bytes) {
        Ok(sheet) => match check_id(path, id.as_str(), &sheet) {
            Ok(()) => Found::Sheet(Box::new(sheet)),
            Err(e) => Found::Refused(e),
        },
        Err(source @ SheetError::NewerVersion { .. }) => Found::Refused(StoreError::Sheet {
            path: path.to_path_buf(),
            source,
        }),
        Err(error) => Found::Corrupt(error),
    }
}
