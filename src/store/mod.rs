//! Where sheets live on disk: atomic save, list, lock, trash, quarantine.
//!
//! Layout under the data folder (folders 0700, files 0600 on unix):
//!
//! ```text
//! <data>/sheets/<id>.json                      live sheets
//! <data>/sheets/<id>.json.corrupt-<stamp>      unreadable files set aside by a writing command
//! <data>/sheets/<id>-conflict-<stamp>.json     the user's version when the file changed on
//!                                              disk since it was loaded (a sheet of its own)
//! <data>/sheets/.talkprep-<id>.<random>.tmp    a save in progress (removed by `tidy` if left)
//! <data>/trash/<id>.json                       deleted sheets, restorable
//! <data>/trash/<id>.json.<stamp>               older trashed copies of the same id
//! <data>/locks/                                advisory lock files
//! <data>/reviews/<id>.json                     red-flag reviews (see `reviews.rs`)
//! <data>/sheets.index                          a summary of each sheet, a cache that may
//!                                              be deleted (see `index.rs`)
//! ```
//!
//! `<stamp>` is a UTC time like `20261123T103000Z`, with `-2`, `-3`... added if taken. No file
//! the store cannot read is ever deleted; it is reported, and set aside only by a command that
//! writes, once it has stayed unchanged for a while ([`Store::tidy`]). Reading (`open`,
//! `list`, `load`) never moves, removes, creates or chmods a file inside an existing folder,
//! so a read-only copy of a data folder can be read.
//!
//! # Concurrency, for the app
//!
//! - Open a sheet with [`Store::load_versioned`]; keep the [`Version`] it returns.
//! - Hold [`Store::try_lock_sheet`] while editing; on [`StoreError::Busy`], open it read-only
//!   or tell the user it is open in another talkprep. The lock never blocks, and the
//!   operating system drops it when its holder dies.
//! - Save with [`Store::save_versioned`] and the version last loaded or saved. It never
//!   overwrites a file changed on disk since then, and never re-creates one deleted since
//!   then unless asked: read the [`SaveOutcome`]. Reviews are saved the same way with
//!   [`Store::save_review_versioned`] (conflict copies `<id>-conflict-<stamp>` in `reviews/`).
//! - Every method that writes takes the store-wide write lock with a bounded wait
//!   ([`Store::with_lock_wait`], 2 s by default) and fails with [`StoreError::StoreBusy`]
//!   after it; nothing here blocks without a bound.

mod error;
mod fsio;
mod index;
mod list;
mod lock;
mod recovered;
mod rename;
mod review_trash;
mod reviews;
mod save;
mod scan;
mod tidy;
mod trash;
mod version;

#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;

use crate::sheet::{Sheet, SheetId, decode_utf8, from_json};

pub use error::StoreError;
pub use index::SummaryListing;
pub use list::{Listing, ReadError, Refused, Unreadable};
pub use lock::SheetLock;
pub use recovered::{Rescued, RescuedReview};
pub use reviews::ReviewListing;
pub use tidy::{QuarantineEntry, QuarantineKind, Quarantined, Tidied};
pub use trash::TrashEntry;
pub use version::{Loaded, SaveOutcome, Version};

/// The largest sheet file read (16 MiB): far above any sheet typed by hand.
pub const MAX_SHEET_BYTES: u64 = 16 << 20;
/// The largest review file read (16 MiB).
pub const MAX_REVIEW_BYTES: u64 = 16 << 20;
/// How long the write lock is waited for by default.
pub const DEFAULT_LOCK_WAIT: Duration = Duration::from_secs(2);
/// How long an unreadable file must have stayed unchanged before a writing command sets it
/// aside: a sync tool or an editor may be writing it in place.
pub const SETTLE_TIME: Duration = Duration::from_secs(60);

/// The sheets of one data folder.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    sheets: PathBuf,
    trash: PathBuf,
    locks: PathBuf,
    clock: fn() -> Timestamp,
    lock_wait: Duration,
    settle: Duration,
}

impl Store {
    /// Opens the store in `data_dir`, creating it and its folders (0700) if needed.
    ///
    /// Idempotent, and takes no lock. An existing data folder keeps its permissions; the
    /// store's own folders (`sheets`, `trash`, `locks`) lose any group or other access they
    /// have. In a folder that cannot be written (a read-only mount, a backup), opening still
    /// succeeds so sheets can be read; writes then fail with a clear error. Leftovers of a
    /// talkprep that died mid-save are removed by [`Store::tidy`], not here.
    pub fn open(data_dir: PathBuf) -> Result<Store, StoreError> {
        fsio::ensure_dir(&data_dir)?;
        let store = Store {
            sheets: data_dir.join("sheets"),
            trash: data_dir.join("trash"),
            locks: data_dir.join("locks"),
            root: data_dir,
            clock: Timestamp::now,
            lock_wait: DEFAULT_LOCK_WAIT,
            settle: SETTLE_TIME,
        };
        for dir in [&store.sheets, &store.trash, &store.locks] {
            match fsio::private_dir(dir) {
                Ok(()) => {}
                // Reading a read-only folder must still work.
                Err(StoreError::Io { reason, .. }) if fsio::is_read_only(&reason) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(store)
    }

    /// Waits at most `wait` for the store's write lock in every method that writes (2 s by
    /// default); the UI thread may want less.
    pub fn with_lock_wait(mut self, wait: Duration) -> Store {
        self.lock_wait = wait;
        self
    }

    /// Sets aside unreadable files only once unchanged for `settle` (60 s by default).
    pub fn with_settle_time(mut self, settle: Duration) -> Store {
        self.settle = settle;
        self
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
    /// [`StoreError::Busy`] if another talkprep is editing it. Same as
    /// [`Store::try_lock_sheet`].
    pub fn lock_sheet(&self, id: &SheetId) -> Result<SheetLock, StoreError> {
        self.try_lock_sheet(id)
    }

    /// Marks the sheet `id` as being edited by this process until the returned lock is
    /// dropped. Never waits: [`StoreError::Busy`] at once if another process (or another
    /// handle in this one) holds it. The lock is an OS file lock on `<data>/locks/<id>.lock`,
    /// released by the operating system when its holder dies, so a crash never leaves a
    /// sheet locked. Advisory: saving does not require it. On file systems that cannot lock,
    /// it always succeeds.
    pub fn try_lock_sheet(&self, id: &SheetId) -> Result<SheetLock, StoreError> {
        if !self.locks.is_dir() {
            fsio::private_dir(&self.locks)?;
        }
        SheetLock::try_acquire(self.locks.join(format!("{id}.lock")))
    }

    fn read_checked(&self, id: &SheetId) -> Result<(Sheet, String), StoreError> {
        let path = self.sheet_path(id);
        let Some(bytes) = fsio::read_if_exists(&path, MAX_SHEET_BYTES)? else {
            return Err(StoreError::NotFound {
                id: id.clone(),
                path,
            });
        };
        let parsed = decode_utf8(&bytes).and_then(|text| Ok((from_json(text)?, text)));
        let (sheet, text) = parsed.map_err(|source| StoreError::Sheet {
            path: path.clone(),
            reason: source,
        })?;
        check_id(&path, id.as_str(), &sheet)?;
        Ok((sheet, text.to_owned()))
    }

    /// The store-wide write lock, waited for at most `lock_wait`.
    pub(crate) fn write_lock(&self) -> Result<lock::WriteLock, StoreError> {
        lock::WriteLock::acquire(&self.locks, self.lock_wait)
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
///
/// The temporary file is `.talkprep-export.<pid>.<random>.tmp`; one left by an export that
/// was killed is removed by the next export into the same folder once its process is gone.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    fsio::write_export(dir, path, bytes)
}
