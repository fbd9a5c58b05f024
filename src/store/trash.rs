//! The trash: delete, restore, list, empty.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use crate::sheet::{Sheet, SheetError, SheetId, from_json_bytes};

use super::error::StoreError;
use super::scan::{id_from_path, json_files};
use super::{Store, fsio};

/// A sheet in the trash.
#[derive(Debug)]
pub struct TrashEntry {
    /// Its id (from the file name).
    pub id: SheetId,
    /// Its file, `<data>/trash/<id>.json`.
    pub path: PathBuf,
    /// The sheet, or why it cannot be read.
    pub sheet: Result<Sheet, SheetError>,
}

impl Store {
    /// Moves the live sheet `id` to the trash and returns its new path.
    ///
    /// If the trash already holds a sheet with this id, that older copy is kept as
    /// `<id>.json.<stamp>` beside it.
    pub fn delete(&self, id: &SheetId) -> Result<PathBuf, StoreError> {
        let from = self.sheet_path(id);
        let to = self.trash_path(id);
        self.move_to_trash(id, from, to, |id, path| StoreError::NotFound { id, path })
    }

    /// Moves the file `from` (the item `id`) to `to` in a trash folder under the write lock,
    /// keeping an older copy at `to` aside as `<id>.json.<stamp>`; `missing` says why when
    /// `from` is not there.
    pub(super) fn move_to_trash(
        &self,
        id: &SheetId,
        from: PathBuf,
        to: PathBuf,
        missing: impl FnOnce(SheetId, PathBuf) -> StoreError,
    ) -> Result<PathBuf, StoreError> {
        let _lock = self.write_lock()?;
        if !fsio::occupied(&from) {
            return Err(missing(id.clone(), from));
        }
        let dir = to.parent().unwrap_or(&self.trash).to_path_buf();
        fsio::private_dir(&dir)?;
        if fsio::occupied(&to) {
            let aside = fsio::free_aside_path(&dir, &id.file_name(), "", self.now());
            fsio::rename_synced(&to, &aside)?;
        }
        fsio::rename_synced(&from, &to)?;
        Ok(to)
    }

    /// Moves the trashed sheet `id` back among the live sheets and returns its path.
    ///
    /// Refuses if a live sheet with this id exists.
    pub fn restore(&self, id: &SheetId) -> Result<PathBuf, StoreError> {
        let from = self.trash_path(id);
        let to = self.sheet_path(id);
        self.move_from_trash(
            id,
            from,
            to,
            "delete or rename the live sheet first, then restore",
        )
    }

    /// Moves the trashed file `from` (the item `id`) back to `to` under the write lock;
    /// refuses when `to` is taken, with `hint` on what to do.
    pub(super) fn move_from_trash(
        &self,
        id: &SheetId,
        from: PathBuf,
        to: PathBuf,
        hint: &'static str,
    ) -> Result<PathBuf, StoreError> {
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
                hint,
            });
        }
        if let Some(dir) = to.parent() {
            fsio::private_dir(dir)?;
        }
        fsio::rename_synced(&from, &to)?;
        Ok(to)
    }

    /// Every sheet in the trash, most recently updated first; unreadable ones last, by id.
    ///
    /// Older copies (`<id>.json.<stamp>`) are not listed; they stay in the folder for manual
    /// recovery. Nothing is moved or changed.
    pub fn list_trash(&self) -> Result<Vec<TrashEntry>, StoreError> {
        let mut entries = Vec::new();
        for path in json_files(&self.trash)? {
            // A file whose name is not an id cannot be restored by id: skip it.
            let Ok(id) = id_from_path(&path) else {
                continue;
            };
            let sheet = match fsio::read_limited(&path, super::MAX_SHEET_BYTES) {
                Ok(bytes) => from_json_bytes(&bytes),
                Err(e) => Err(SheetError::Invalid {
                    at: None,
                    detail: e.message(),
                }),
            };
            entries.push(TrashEntry { id, path, sheet });
        }
        entries.sort_by(|a, b| match (&a.sheet, &b.sheet) {
            (Ok(x), Ok(y)) => y.updated.cmp(&x.updated).then_with(|| a.id.cmp(&b.id)),
            (Ok(_), Err(_)) => std::cmp::Ordering::Less,
            (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
            (Err(_), Err(_)) => a.id.cmp(&b.id),
        });
        Ok(entries)
    }

    /// Removes for good every sheet in the trash, with the older copies kept beside them
    /// (`<id>.json.<stamp>`), or only those last changed more than `older_than` ago. Returns
    /// the files removed. Other files in the folder are left alone.
    pub fn empty_trash(&self, older_than: Option<Duration>) -> Result<Vec<PathBuf>, StoreError> {
        if !self.trash.is_dir() {
            return Ok(Vec::new());
        }
        let _lock = self.write_lock()?;
        let cutoff = older_than.and_then(|age| SystemTime::now().checked_sub(age));
        let entries = std::fs::read_dir(&self.trash)
            .map_err(StoreError::io("read the folder", &self.trash))?;
        let mut removed = Vec::new();
        for entry in entries {
            let entry = entry.map_err(StoreError::io("read the folder", &self.trash))?;
            let name = entry.file_name();
            if !is_trashed_sheet_name(&name.to_string_lossy()) {
                continue;
            }
            let path = entry.path();
            let Ok(meta) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            if !meta.is_file() {
                continue;
            }
            if let Some(cutoff) = cutoff
                && meta.modified().is_ok_and(|changed| changed > cutoff)
            {
                continue;
            }
            std::fs::remove_file(&path).map_err(StoreError::io("remove", &path))?;
            removed.push(path);
        }
        fsio::sync_dir(&self.trash)?;
        removed.sort();
        Ok(removed)
    }
}

/// `<id>.json` or an older copy `<id>.json.<stamp>`, where `<id>` is a sheet id.
fn is_trashed_sheet_name(name: &str) -> bool {
    let stem = match name.split_once(".json") {
        Some((stem, "")) => stem,
        Some((stem, rest)) if rest.starts_with('.') && rest.len() > 1 => stem,
        _ => return false,
    };
    !name.starts_with('.') && SheetId::parse(stem).is_ok()
}
