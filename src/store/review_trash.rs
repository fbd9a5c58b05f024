//! Deleting a red-flag review (into `<data>/trash/reviews/`) and bringing it back.

use std::path::PathBuf;

use crate::sheet::SheetId;

use super::error::StoreError;
use super::{Store, fsio};

impl Store {
    /// Where the trashed review `id` is (or would be).
    pub fn review_trash_path(&self, id: &SheetId) -> PathBuf {
        self.trash.join("reviews").join(id.file_name())
    }

    /// Moves the review `id` to the trash and returns its new path. An older trashed copy
    /// with this id is kept as `<id>.json.<stamp>` beside it.
    pub fn delete_review(&self, id: &SheetId) -> Result<PathBuf, StoreError> {
        let from = self.review_path(id);
        let to = self.review_trash_path(id);
        let _lock = self.write_lock()?;
        if !fsio::occupied(&from) {
            return Err(StoreError::ReviewNotFound {
                id: id.clone(),
                path: from,
            });
        }
        let dir = self.trash.join("reviews");
        fsio::private_dir(&dir)?;
        if fsio::occupied(&to) {
            let aside = fsio::free_aside_path(&dir, &id.file_name(), "", self.now());
            fsio::rename_synced(&to, &aside)?;
        }
        fsio::rename_synced(&from, &to)?;
        Ok(to)
    }

    /// Moves the trashed review `id` back and returns its path; refuses if a live review with
    /// this id exists.
    pub fn restore_review(&self, id: &SheetId) -> Result<PathBuf, StoreError> {
        let from = self.review_trash_path(id);
        let to = self.review_path(id);
        let _lock = self.write_lock()?;
        if !fsio::occupied(&from) {
            return Err(StoreError::NotInTrash {
                id: id.clone(),
                path: from,
            });
        }
        if fsio::occupied(&to) {
            return Err(StoreError::Exists {
                id: id.clone(),
                path: to,
                hint: "delete or rename the live review first, then restore",
            });
        }
        fsio::private_dir(&self.reviews_dir())?;
        fsio::rename_synced(&from, &to)?;
        Ok(to)
    }
}
