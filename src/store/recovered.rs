//! Typing rescued when the app was ended with a sheet or a red-flag review it could not save
//! (`<data>/recovered/<id>-<stamp>.json`, `<data>/recovered/reviews/<id>-<stamp>.json`), and
//! bringing it back at the next start.

use std::path::{Path, PathBuf};

use crate::flags::{Review, ReviewError, review_from_json};
use crate::sheet::{Sheet, SheetError, from_json_bytes};

use super::error::StoreError;
use super::scan::json_files;
use super::version::SaveOutcome;
use super::{MAX_REVIEW_BYTES, MAX_SHEET_BYTES, Store, fsio};

/// A rescued sheet waiting to be brought back.
#[derive(Debug)]
pub struct Rescued {
    /// The file in `<data>/recovered/`.
    pub path: PathBuf,
    /// The sheet in it, or why it cannot be read.
    pub sheet: Result<Sheet, SheetError>,
}

/// A rescued red-flag review waiting to be brought back.
#[derive(Debug)]
pub struct RescuedReview {
    /// The file in `<data>/recovered/reviews/`.
    pub path: PathBuf,
    /// The review in it, or why it cannot be read.
    pub review: Result<Review, ReviewError>,
}

impl Store {
    /// The folder where the app keeps red-flag reviews it could not save.
    pub fn recovered_reviews_dir(&self) -> PathBuf {
        self.recovered_dir().join("reviews")
    }

    /// The rescued reviews waiting to be brought back, oldest file name first.
    pub fn rescued_reviews(&self) -> Result<Vec<RescuedReview>, StoreError> {
        let found = rescued_files(&self.recovered_reviews_dir(), MAX_REVIEW_BYTES, |detail| {
            ReviewError::Invalid { detail }
        })?;
        Ok(found
            .into_iter()
            .map(|(path, bytes)| RescuedReview {
                review: bytes.and_then(|bytes| review_from_json(&bytes)),
                path,
            })
            .collect())
    }

    /// Brings a rescued review back among the reviews, never over another version (a copy
    /// beside it when they differ), and removes the rescued file.
    pub fn bring_back_review(&self, rescued: &RescuedReview) -> Result<SaveOutcome, StoreError> {
        let review = rescued
            .review
            .clone()
            .map_err(|reason| StoreError::Review {
                path: rescued.path.clone(),
                reason,
            })?;
        let outcome = self.save_review_versioned(&review, None, false)?;
        remove_rescued(&rescued.path)?;
        Ok(outcome)
    }

    /// The folder where the app keeps typing it could not save.
    pub fn recovered_dir(&self) -> PathBuf {
        self.root.join("recovered")
    }

    /// The rescued sheets waiting to be brought back, oldest file name first.
    pub fn rescued(&self) -> Result<Vec<Rescued>, StoreError> {
        let found = rescued_files(&self.recovered_dir(), MAX_SHEET_BYTES, |detail| {
            SheetError::Invalid { at: None, detail }
        })?;
        Ok(found
            .into_iter()
            .map(|(path, bytes)| Rescued {
                sheet: bytes.and_then(|bytes| from_json_bytes(&bytes)),
                path,
            })
            .collect())
    }

    /// Brings a rescued sheet back among the sheets, never over another version: when the
    /// saved sheet differs, the rescued one becomes a copy beside it
    /// ([`SaveOutcome::Conflict`]). The rescued file is removed once its sheet is stored.
    pub fn bring_back(&self, rescued: &Rescued) -> Result<SaveOutcome, StoreError> {
        let sheet = rescued.sheet.clone().map_err(|reason| StoreError::Sheet {
            path: rescued.path.clone(),
            reason,
        })?;
        let outcome = self.save_versioned(&sheet, None, false)?;
        remove_rescued(&rescued.path)?;
        Ok(outcome)
    }
}

/// A rescued file and its bytes, or why they cannot be read.
type RescuedFile<E> = (PathBuf, Result<Vec<u8>, E>);

/// Each rescued file of `dir` (at most `limit` bytes) and its bytes, or why they cannot be
/// read, said by `unreadable` (as a sheet's or a review's error).
fn rescued_files<E>(
    dir: &Path,
    limit: u64,
    unreadable: fn(crate::i18n::Message) -> E,
) -> Result<Vec<RescuedFile<E>>, StoreError> {
    Ok(json_files(dir)?
        .into_iter()
        .map(|path| {
            let bytes = fsio::read_limited(&path, limit).map_err(|e| unreadable(e.message()));
            (path, bytes)
        })
        .collect())
}

/// Removes a rescued file once what it held is stored.
fn remove_rescued(path: &Path) -> Result<(), StoreError> {
    std::fs::remove_file(path).map_err(StoreError::io("remove", path))
}
