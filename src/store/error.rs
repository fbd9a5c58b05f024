//! What can go wrong in the store, each message naming the file and what to do.

use std::io;
use std::path::{Path, PathBuf};

use crate::flags::ReviewError;
use crate::i18n::{Message, io_message};
use crate::sheet::{IdError, SheetError, SheetId, sanitize};

/// A store operation failed. Its words are [`StoreError::message`].
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The operating system refused a file operation.
    Io {
        /// What was being done, e.g. `read`, `create the folder`.
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The error from the operating system.
        reason: io::Error,
    },
    /// A sheet file could not be read as a sheet (syntax, newer schema, invalid fields).
    Sheet {
        /// The file.
        path: PathBuf,
        /// What is wrong with its text.
        reason: SheetError,
    },
    /// Text given to [`crate::store::Store::import_text`] is not a sheet.
    Import {
        /// What is wrong with it.
        reason: SheetError,
    },
    /// No live sheet with this id.
    NotFound {
        /// The id asked for.
        id: SheetId,
        /// Where it would be.
        path: PathBuf,
    },
    /// No trashed sheet with this id.
    NotInTrash {
        /// The id asked for.
        id: SheetId,
        /// Where it would be.
        path: PathBuf,
    },
    /// A live sheet with this id exists already.
    Exists {
        /// The id.
        id: SheetId,
        /// The live sheet's file.
        path: PathBuf,
        /// What to do about it.
        hint: &'static str,
    },
    /// Saving would replace a sheet written by a newer talkprep.
    WouldOverwriteNewer {
        /// The existing file.
        path: PathBuf,
        /// Its `schema_version`.
        found: u64,
        /// What this build reads.
        supported: u32,
    },
    /// The file holds a sheet whose `id` is not its file name.
    IdMismatch {
        /// The file.
        path: PathBuf,
        /// The id the file name gives.
        expected: String,
        /// The id inside.
        found: String,
    },
    /// A `.json` file in the sheets folder whose name is not a sheet id.
    BadFileName {
        /// The file.
        path: PathBuf,
        /// Why the name is not an id.
        reason: IdError,
    },
    /// A sheet to save carries an id that is not a safe file name.
    BadId {
        /// The id on the sheet.
        id: String,
        /// The sheets folder.
        dir: PathBuf,
        /// Why it is not an id.
        reason: IdError,
    },
    /// A file that is not a sheet could not be moved aside either.
    SetAsideFailed {
        /// The file.
        path: PathBuf,
        /// Why it is not a sheet.
        error: SheetError,
        /// Why it could not be moved.
        reason: Box<StoreError>,
    },
    /// A review file could not be read as a red-flag review.
    Review {
        /// The file.
        path: PathBuf,
        /// What is wrong with its text.
        reason: ReviewError,
    },
    /// No review with this id.
    ReviewNotFound {
        /// The id asked for.
        id: SheetId,
        /// Where it would be.
        path: PathBuf,
    },
    /// A file that is not a review could not be moved aside either.
    ReviewSetAsideFailed {
        /// The file.
        path: PathBuf,
        /// Why it is not a review.
        error: ReviewError,
        /// Why it could not be moved.
        reason: Box<StoreError>,
    },
    /// The path is not a regular file (a FIFO, a device, a folder): never read.
    NotRegular {
        /// The path.
        path: PathBuf,
    },
    /// The file is larger than talkprep reads.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit, in bytes.
        limit: u64,
    },
    /// Another talkprep held the store's write lock for longer than this one waits.
    StoreBusy {
        /// The lock file.
        path: PathBuf,
    },
    /// An unreadable file is in the way but changed moments ago: something is writing it.
    BeingWritten {
        /// The file.
        path: PathBuf,
    },
    /// No quarantined file with this name.
    NotQuarantined {
        /// The name asked for.
        name: String,
        /// Where it was looked for.
        dir: PathBuf,
    },
    /// Another talkprep holds the sheet's lock.
    Busy {
        /// The lock file.
        path: PathBuf,
    },
}

impl StoreError {
    /// What to tell the user, by catalogue key: the same facts as the English `Display`, in
    /// words a shell can show in any language.
    pub fn message(&self) -> Message {
        let path = |p: &Path| shown(p);
        match self {
            StoreError::Io {
                path: p, reason, ..
            } => Message::new(io_advice(reason))
                .with("path", path(p))
                .with_message("detail", io_message(reason)),
            StoreError::Sheet { path: p, reason } => Message::new("error.store.sheet")
                .with("path", path(p))
                .with_message("detail", reason.message()),
            StoreError::Import { reason } => {
                Message::new("error.store.import").with_message("detail", reason.message())
            }
            StoreError::NotFound { id, .. } => {
                Message::new("error.store.not_found").with("id", id.as_str())
            }
            StoreError::NotInTrash { id, .. } => {
                Message::new("error.store.not_in_trash").with("id", id.as_str())
            }
            StoreError::Exists { id, .. } => {
                Message::new("error.store.exists").with("id", id.as_str())
            }
            StoreError::WouldOverwriteNewer {
                path: p,
                found,
                supported,
            } => Message::new("error.store.newer")
                .with("path", path(p))
                .with("found", found.to_string())
                .with("supported", supported.to_string()),
            StoreError::IdMismatch {
                path: p,
                expected,
                found,
            } => Message::new("error.store.id_mismatch")
                .with("path", path(p))
                .with("expected", sanitize(expected))
                .with("found", sanitize(found)),
            StoreError::BadFileName { path: p, .. } => {
                Message::new("error.store.bad_file_name").with("path", path(p))
            }
            StoreError::BadId { id, reason, .. } => Message::new("error.store.bad_id")
                .with("id", sanitize(id))
                .with_message("detail", reason.message()),
            StoreError::SetAsideFailed { path: p, .. }
            | StoreError::ReviewSetAsideFailed { path: p, .. } => {
                Message::new("error.store.set_aside_failed").with("path", path(p))
            }
            StoreError::Review { path: p, reason } => Message::new("error.store.review")
                .with("path", path(p))
                .with_message("detail", reason.message()),
            StoreError::ReviewNotFound { id, .. } => {
                Message::new("error.store.review_not_found").with("id", id.as_str())
            }
            StoreError::NotRegular { path: p } => {
                Message::new("error.store.not_regular").with("path", path(p))
            }
            StoreError::TooLarge { path: p, limit } => Message::new("error.store.too_large")
                .with("path", path(p))
                .with_message("limit", size_words(*limit)),
            StoreError::StoreBusy { .. } => Message::new("error.store.store_busy"),
            StoreError::BeingWritten { path: p } => {
                Message::new("error.store.being_written").with("path", path(p))
            }
            StoreError::NotQuarantined { name, .. } => {
                Message::new("error.store.not_quarantined").with("name", sanitize(name))
            }
            StoreError::Busy { .. } => Message::new("error.store.busy"),
        }
    }

    /// An [`StoreError::Io`] for `path`, for use with `map_err`.
    pub(crate) fn io(action: &'static str, path: &Path) -> impl FnOnce(io::Error) -> StoreError {
        let path = path.to_path_buf();
        move |reason| StoreError::Io {
            action,
            path,
            reason,
        }
    }
}

/// The message for a failed file operation, with what to do about it by the error's kind.
fn io_advice(error: &io::Error) -> &'static str {
    match error.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => "error.store.io_full",
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            "error.store.io_denied"
        }
        io::ErrorKind::NotFound => "error.store.io_missing",
        _ => "error.store.io",
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

/// A size in words: `16 MiB`, `512 bytes`.
pub(crate) fn size_words(bytes: u64) -> Message {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        Message::new("size.mib").with("n", (bytes >> 20).to_string())
    } else {
        Message::new("size.bytes").with("n", bytes.to_string())
    }
}

/// A path as shown to people: no control characters, whatever the file name holds.
pub(crate) fn shown(path: &Path) -> String {
    sanitize(&path.display().to_string())
}
