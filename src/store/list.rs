//! Listing live sheets, setting unreadable files aside.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::i18n::Message;
use crate::sheet::{Sheet, SheetError, SheetId, from_json_bytes};

use super::error::{StoreError, shown};
use super::scan::{Found, problem_lines};
use super::{MAX_SHEET_BYTES, Store, check_id};

/// Every live sheet, and every file in the sheets folder that could not be listed.
#[derive(Debug, Default)]
pub struct Listing {
    /// Readable sheets, most recently updated first (ties by id).
    pub sheets: Vec<Sheet>,
    /// Files that are not sheets (bad JSON, invalid fields), left where they are.
    pub unreadable: Vec<Unreadable>,
    /// Files left where they are but not listed: from a newer talkprep, with a file name
    /// that is not an id or not the sheet's id, too large, not a regular file, unreadable.
    pub refused: Vec<Refused>,
}

impl Listing {
    /// Every problem as one line, for a status bar or standard error.
    pub fn problems(&self) -> Vec<Message> {
        problem_lines(&self.unreadable, &self.refused)
    }
}

/// A file that is not a sheet (or not a review), reported and left in place.
#[derive(Debug)]
pub struct Unreadable<E = SheetError> {
    /// The file.
    pub path: PathBuf,
    /// Why it is not a sheet, with line and column.
    pub error: E,
}

/// A file not listed, left in place.
#[derive(Debug)]
pub struct Refused {
    /// The file.
    pub path: PathBuf,
    /// Why, naming the file and what to do.
    pub error: StoreError,
}

/// The errors of files that could not be read: sheets' and reviews'.
pub trait ReadError {
    /// What is wrong, by catalogue key.
    fn why(&self) -> Message;
}

impl ReadError for SheetError {
    fn why(&self) -> Message {
        self.message()
    }
}

impl ReadError for crate::flags::ReviewError {
    fn why(&self) -> Message {
        self.message()
    }
}

impl<E: ReadError> Unreadable<E> {
    /// What to tell the user: the file, what is wrong, and that it is left in place.
    pub fn message(&self) -> Message {
        Message::new("store.unreadable")
            .with("path", shown(&self.path))
            .with_message("detail", self.error.why())
    }
}

impl<E: ReadError> fmt::Display for Unreadable<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl Store {
    /// Reads every live sheet, newest `updated` first. Moves, locks and writes nothing.
    ///
    /// A file that is not a sheet is reported in [`Listing::unreadable`]; a sheet from a newer
    /// talkprep, or a file too large or not regular, in [`Listing::refused`]. Hidden files,
    /// temporary files and files not ending in `.json` are ignored. Fails only if the folder
    /// exists and cannot be read.
    pub fn list(&self) -> Result<Listing, StoreError> {
        let scan = self.scan(&self.sheets, MAX_SHEET_BYTES, parse_sheet)?;
        let mut listing = Listing {
            sheets: scan.items,
            unreadable: scan
                .unreadable
                .into_iter()
                .map(|(path, error)| Unreadable { path, error })
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

pub(super) fn parse_sheet(path: &Path, id: &SheetId, bytes: &[u8]) -> Found<Sheet, SheetError> {
    match from_json_bytes(bytes) {
        Ok(sheet) => match check_id(path, id.as_str(), &sheet) {
            Ok(()) => Found::Item(Box::new(sheet)),
            Err(e) => Found::Refused(e),
        },
        Err(source @ SheetError::NewerVersion { .. }) => Found::Refused(StoreError::Sheet {
            path: path.to_path_buf(),
            reason: source,
        }),
        Err(error) => Found::Corrupt(error),
    }
}
