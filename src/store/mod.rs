//! Where sheets live on disk: atomic save, list, lock, trash, quarantine.
//!
//! Layout under the data folder (folders 0700, files 0600 on unix):
//!
//! ```text
//! <data>/sheets/<id>.json                      live sheets
//! <data>/sheets/<id>.json.corrupt-<stamp>      unreadable files set aside by `list` or `save`
//! <data>/trash/<id>.json                       deleted sheets, restorable
//! <data>/trash/<id>.json.<stamp>               older trashed copies of the same id
//! <data>/locks/                                advisory lock files
//! <data>/reviews/<id>.json                     red-flag reviews (see `reviews.rs`)
//! ```
//!
//! `<stamp>` is a UTC time like `20261123T103000Z`, with `-2`, `-3`... added if taken. No file
//! the store cannot read is ever deleted; it is set aside and reported.

mod error;
mod fsio;
mod list;
mod lock;
mod reviews;
mod save;
mod scan;
mod trash;

#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::sheet::{Sheet, SheetId, decode_utf8, from_json};

pub use error::StoreError;
pub use list::{Listing, Quarantined, Refused};
pub use lock::SheetLock;
pub use reviews::{ReviewListing, ReviewQuarantined};
pub use trash::TrashEntry;

/// The sheets of one data folder.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    sheets: PathBuf,
    trash: PathBuf,
    locks: PathBuf,
    clock: fn() -> Timestamp,
}

impl Store {
    /// Opens the store in `data_dir`, creating it and its folders (0700) if needed.
    ///
    /// Idempotent. An existing data folder keeps its permissions; the store's own folders
    /// (`sheets`, `trash`, `locks`) are set to 0700. Temporary files left by a talkprep that died mid-save are removed.
    pub fn open(data_dir: PathBuf) -> Result<Store, StoreError> {
        fsio::ensure_dir(&data_dir)?;
        let store = Store {
            sheets: data_dir.join("sheets"),
            trash: data_dir.join("trash"),
            locks: data_dir.join("locks"),
            root: data_dir,
            clock: Timestamp::now,
        };
        for dir in [&store.sheets, &store.trash, &store.locks] {
            fsio::private_dir(dir)?;
        }
        let lock = store.write_lock()?;
        if lock.exclusive {
            fsio::remove_stale_temps(&store.sheets)?;
            fsio::remove_stale_temps(&store.trash)?;
        }
        Ok(store)
    }

    /// The data folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The folder of live sheets.
    pub fn sheets_dir(&self) -> &Path {
        &self.sheets
    }

    /// The trash folder.
    pub fn trash_dir(&self) -> &Path {
        &self.trash
    }

    /// Where the live sheet `id` is (or would be).
    pub fn sheet_path(&self, id: &SheetId) -> PathBuf {
        self.sheets.join(id.file_name())
    }

    /// Where the trashed sheet `id` is (or would be).
    pub fn trash_path(&self, id: &SheetId) -> PathBuf {
        self.trash.join(id.file_name())
    }

    /// Reads the live sheet `id`.
    pub fn load(&self, id: &SheetId) -> Result<Sheet, StoreError> {
        self.read_checked(id).map(|(sheet, _)| sheet)
    }

    /// The exact text of the live sheet `id`, after checking it is a sheet this build reads;
    /// for exports that must match the file byte for byte.
    pub fn load_raw(&self, id: &SheetId) -> Result<String, StoreError> {
        self.read_checked(id).map(|(_, text)| text)
    }

    /// Marks the sheet `id` as being edited by this process until the lock is dropped;
    /// [`StoreError::Busy`] if another talkprep is editing it. Advisory: `save` does not
    /// require it.
    pub fn lock_sheet(&self, id: &SheetId) -> Result<SheetLock, StoreError> {
        SheetLock::try_acquire(self.locks.join(format!("{id}.lock")))
    }

    fn read_checked(&self, id: &SheetId) -> Result<(Sheet, String), StoreError> {
        let path = self.sheet_path(id);
        let Some(bytes) = fsio::read_if_exists(&path)? else {
            return Err(StoreError::NotFound {
                id: id.clone(),
                path,
            });
        };
        let parsed = decode_utf8(&bytes).and_then(|text| Ok((from_json(text)?, text)));
        let (sheet, text) = parsed.map_err(|source| StoreError::Sheet {
            path: path.clone(),
            source,
        })?;
        check_id(&path, id.as_str(), &sheet)?;
        Ok((sheet, text.to_owned()))
    }

    fn write_lock(&self) -> Result<lock::WriteLock, StoreError> {
        lock::WriteLock::acquire(&self.locks)
    }

    fn now(&self) -> Timestamp {
        (self.clock)()
    }

    /// Uses `clock` instead of the system clock for names set aside.
    #[cfg(test)]
    pub(crate) fn with_clock(mut self, clock: fn() -> Timestamp) -> Store {
        self.clock = clock;
        self
    }
}

/// [`StoreError::IdMismatch`] unless the sheet in `path` carries the id its name gives.
fn check_id(path: &Path, expected: &str, sheet: &Sheet) -> Result<(), StoreError> {
    if sheet.id == expected {
        Ok(())
    } else {
        Err(StoreError::IdMismatch {
            path: path.to_path_buf(),
            expected: expected.to_owned(),
            found: sheet.id.clone(),
        })
    }
}

/// Writes `bytes` to `path` crash-safely (temporary file beside it, fsync, rename), for
/// exports outside the data folder. Replaces an existing file; callers decide whether they may.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    fsio::write_atomic(dir, path, bytes)
}
