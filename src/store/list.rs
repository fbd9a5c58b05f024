//! Listing live sheets, setting unreadable files aside.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::sheet::{Sheet, SheetError, SheetId, from_json_bytes};

use super::error::{StoreError, shown};
use super::scan::{Found, problem_lines};
use super::{Store, check_id};

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

impl Listing {
    /// Every problem as one line, for a status bar or standard error.
    pub fn problems(&self) -> Vec<String> {
        problem_lines(&self.quarantined, &self.refused)
    }
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

impl Store {
    /// Reads every live sheet, newest `updated` first.
    ///
    /// A file that is not a sheet is moved aside to `<name>.corrupt-<stamp>` and reported in
    /// [`Listing::quarantined`]; a sheet from a newer talkprep stays put and is reported in
    /// [`Listing::refused`]. Hidden files, temporary files and files not ending in `.json`
    /// are ignored. Fails only if the folder cannot be read or the store's write lock (needed
    /// to move a file aside) cannot be taken.
    pub fn list(&self) -> Result<Listing, StoreError> {
        let scan = self.scan(&self.sheets, parse_sheet, |path, error, move_error| {
            StoreError::SetAsideFailed {
                path,
                error,
                source: Box::new(move_error),
            }
        })?;
        let mut listing = Listing {
            sheets: scan.items,
            quarantined: scan
                .set_aside
                .into_iter()
                .map(|(path, moved_to, error)| Quarantined {
                    path,
                    moved_to,
                    error,
                })
                .collect(),
            refused: scan.refused,
        };
        sort_newest_first(&mut listing.sheets);
        Ok(listing)
    }
}

/// Newest `updated` first, then by id so the order is stable.
pub(super) fn sort_newest_first(sheets: &mut [Sheet]) {
    sheets.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
}

fn parse_sheet(path: &Path, id: &SheetId, bytes: &[u8]) -> Found<Sheet, SheetError> {
    match from_json_bytes(bytes) {
        Ok(sheet) => match check_id(path, id.as_str(), &sheet) {
            Ok(()) => Found::Item(Box::new(sheet)),
            Err(e) => Found::Refused(e),
        },
        Err(source @ SheetError::NewerVersion { .. }) => Found::Refused(StoreError::Sheet {
            path: path.to_path_buf(),
            source,
        }),
        Err(error) => Found::Corrupt(error),
    }
}
