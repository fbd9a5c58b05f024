//! Saving and importing sheets.

use std::path::{Path, PathBuf};

use crate::sheet::{Sheet, SheetError, SheetId, from_json, from_json_bytes, to_json};

use super::error::StoreError;
use super::{MAX_SHEET_BYTES, Store, check_id, fsio};

impl Store {
    /// Writes `sheet` to `<data>/sheets/<id>.json` as canonical JSON, crash-safely, and returns
    /// the path. The sheet is written as given: bump `updated` before calling.
    ///
    /// Refuses to replace a file written by a newer talkprep. An existing file this build
    /// cannot read as this sheet (bad JSON, another id) is set aside as
    /// `<id>.json.corrupt-<stamp>` first, never lost, once it has stayed unchanged for the
    /// settle time; before that the save fails with [`StoreError::BeingWritten`].
    ///
    /// This save does not check that the file is still the one loaded: an edit made
    /// elsewhere since is overwritten. The app should use [`Store::save_versioned`].
    pub fn save(&self, sheet: &Sheet) -> Result<PathBuf, StoreError> {
        let id = self.id_of(sheet)?;
        let path = self.sheet_path(&id);
        let _lock = self.write_lock()?;
        self.clear_way(&id, &path)?;
        fsio::write_atomic(&self.sheets, &path, to_json(sheet).as_bytes())?;
        Ok(path)
    }

    /// Adds a sheet from JSON text (an export, a backup) and returns it.
    ///
    /// The text is checked like a file on disk. A sheet with the same id must not exist yet.
    /// Canonical text is stored byte for byte, so exporting it again gives the same bytes;
    /// other text (different spacing, a byte-order mark, unknown fields) is stored canonically.
    pub fn import_text(&self, text: &str) -> Result<Sheet, StoreError> {
        let sheet = from_json(text).map_err(|source| StoreError::Import { reason: source })?;
        // from_json has checked the id already; this only turns it into a SheetId.
        let id = self.id_of(&sheet)?;
        let path = self.sheet_path(&id);
        let _lock = self.write_lock()?;
        if fsio::occupied(&path) {
            return Err(StoreError::Exists {
                id,
                path,
                hint: "delete or rename that sheet first, or change the \"id\" in the \
                       imported file",
            });
        }
        let canonical = to_json(&sheet);
        let bytes = if canonical == text {
            text.as_bytes()
        } else {
            canonical.as_bytes()
        };
        fsio::write_atomic(&self.sheets, &path, bytes)?;
        Ok(sheet)
    }

    /// The sheet's id, if it is a safe file name.
    pub(super) fn id_of(&self, sheet: &Sheet) -> Result<SheetId, StoreError> {
        SheetId::parse(&sheet.id).map_err(|source| StoreError::BadId {
            id: sheet.id.clone(),
            dir: self.sheets.clone(),
            reason: source,
        })
    }

    /// Makes way for a new `<id>.json` at `path`. Call with the write lock held.
    fn clear_way(&self, id: &SheetId, path: &Path) -> Result<(), StoreError> {
        let Some(bytes) = fsio::read_if_exists(path, MAX_SHEET_BYTES)? else {
            return Ok(());
        };
        let readable = match from_json_bytes(&bytes) {
            Ok(existing) => check_id(path, id.as_str(), &existing).is_ok(),
            Err(SheetError::NewerVersion { found, supported }) => {
                return Err(StoreError::WouldOverwriteNewer {
                    path: path.to_path_buf(),
                    found,
                    supported,
                });
            }
            Err(_) => false,
        };
        if !readable {
            if !self.settled(path, &bytes) {
                return Err(StoreError::BeingWritten {
                    path: path.to_path_buf(),
                });
            }
            self.set_aside(path)?;
        }
        Ok(())
    }

    /// Moves an unreadable sheet file to a free `<name>.corrupt-<stamp>` beside it and
    /// returns the new path. Call with the write lock held.
    pub(super) fn set_aside(&self, path: &Path) -> Result<PathBuf, StoreError> {
        let dir = path.parent().unwrap_or(&self.sheets);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let aside = fsio::free_aside_path(dir, &name, "corrupt-", self.now());
        fsio::rename_synced(path, &aside)?;
        Ok(aside)
    }
}
