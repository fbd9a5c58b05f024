//! Giving a new sheet the id its client's name makes (`20261201-sheet-3f9a` becomes
//! `20261201-marta-kowalski-3f9a`), never over an edit made elsewhere.

use std::path::PathBuf;

use crate::sheet::{Sheet, SheetId, to_json};

use super::error::StoreError;
use super::version::Version;
use super::{MAX_SHEET_BYTES, Store, fsio};

impl Store {
    /// Saves `sheet` as `new_id` and removes its file under its present id, which must still
    /// be the version `expected` (or absent, if it was never saved). Returns the new file and
    /// its version, or `None` when it did not rename: the new id is taken, or the file changed
    /// or went away since it was loaded; save it under its present id then
    /// ([`Store::save_versioned`] says which).
    ///
    /// The new file is written first, so a crash between the two steps leaves the sheet under
    /// both names, never under neither.
    pub fn save_renamed(
        &self,
        sheet: &Sheet,
        expected: Option<&Version>,
        new_id: &SheetId,
    ) -> Result<Option<(PathBuf, Version)>, StoreError> {
        let old_id = self.id_of(sheet)?;
        let old_path = self.sheet_path(&old_id);
        let new_path = self.sheet_path(new_id);
        let _lock = self.write_lock()?;
        if old_id == *new_id || fsio::occupied(&new_path) {
            return Ok(None);
        }
        let current = fsio::read_if_exists(&old_path, MAX_SHEET_BYTES)?;
        let untouched = match (&current, expected) {
            (None, None) => true,
            (Some(bytes), Some(expected)) => expected.same_content(&Version::of_bytes(bytes, None)),
            (None, Some(_)) | (Some(_), None) => false,
        };
        if !untouched {
            return Ok(None);
        }
        let mut renamed = sheet.clone();
        renamed.id = new_id.as_str().to_owned();
        let text = to_json(&renamed);
        fsio::write_atomic(&self.sheets, &new_path, text.as_bytes())?;
        if current.is_some() {
            std::fs::remove_file(&old_path).map_err(StoreError::io("remove", &old_path))?;
            fsio::sync_dir(&self.sheets)?;
        }
        let modified = std::fs::metadata(&new_path).and_then(|m| m.modified()).ok();
        Ok(Some((
            new_path,
            Version::of_bytes(text.as_bytes(), modified),
        )))
    }
}
