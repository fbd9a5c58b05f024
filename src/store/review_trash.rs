//! Deleting a red-flag review (into `<data>/trash/reviews/`) and bringing it back.

use std::path::PathBuf;

use crate::sheet::SheetId;

use super::Store;
use super::error::StoreError;

impl Store {
    /// Where the trashed review `id` is (or would be).
    pub fn review_trash_path(&self, id: &SheetId) -> PathBuf {
        self.trash.join("reviews").join(id.file_name())
    }

    /// The reviews in the trash as (id, client), the client blank when the file cannot be
    /// read; older copies set aside are not listed.
    pub fn trashed_reviews(&self) -> Vec<(String, String)> {
        let Ok(scan) = self.scan(
            &self.trash.join("reviews"),
            super::MAX_REVIEW_BYTES,
            super::reviews::parse_review,
        ) else {
            return Vec::new();
        };
        let unreadable = scan
            .unreadable
            .iter()
            .map(|(path, _)| path)
            .chain(scan.refused.iter().map(|refused| &refused.path))
            .filter_map(|path| super::scan::id_from_path(path).ok())
            .map(|id| (id.as_str().to_owned(), String::new()));
        let mut found: Vec<(String, String)> = scan
            .items
            .into_iter()
            .map(|review| (review.id, review.client))
            .chain(unreadable)
            .collect();
        found.sort();
        found
    }

    /// Moves the review `id` to the trash and returns its new path. An older trashed copy
    /// with this id is kept as `<id>.json.<stamp>` beside it.
    pub fn delete_review(&self, id: &SheetId) -> Result<PathBuf, StoreError> {
        let from = self.review_path(id);
        let to = self.review_trash_path(id);
        self.move_to_trash(id, from, to, |id, path| StoreError::ReviewNotFound {
            id,
            path,
        })
    }

    /// Moves the trashed review `id` back and returns its path; refuses if a live review with
    /// this id exists.
    pub fn restore_review(&self, id: &SheetId) -> Result<PathBuf, StoreError> {
        let from = self.review_trash_path(id);
        let to = self.review_path(id);
        self.move_from_trash(
            id,
            from,
            to,
            "delete or rename the live review first, then restore",
        )
    }
}
