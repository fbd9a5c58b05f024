//! What can go wrong in the store, each message naming the file and what to do.

use std::io;
use std::path::{Path, PathBuf};

use crate::flags::ReviewError;
use crate::i18n::Message;
use crate::sheet::{IdError, SheetError, SheetId, sanitize};

/// A store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The operating system refused a file operation.
    #[error("could not {action} {}: {reason}; {}", shown(path), io_advice(reason))]
    Io {
        /// What was being done, e.g. `read`, `create the folder`.
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The error from the operating system.
        reason: io::Error,
    },
    /// A sheet file could not be read as a sheet (syntax, newer schema, invalid fields).
    #[error("{}: {reason}", shown(path))]
    Sheet {
        /// The file.
        path: PathBuf,
        /// What is wrong with its text.
        reason: SheetError,
    },
    /// Text given to [`crate::store::Store::import_text`] is not a sheet.
    #[error("the imported text is {reason}")]
    Import {
        /// What is wrong with it.
        reason: SheetError,
    },
    /// No live sheet with this id.
    #[error(
        "there is no sheet {id} (looked for {}): check the id in the list of sheets, \
         or restore it from the trash",
        shown(path)
    )]
    NotFound {
        /// The id asked for.
        id: SheetId,
        /// Where it would be.
        path: PathBuf,
    },
    /// No trashed sheet with this id.
    #[error(
        "there is no sheet {id} in the trash (looked for {}): see 'talkprep trash list' for what is \
         there",
        shown(path)
    )]
    NotInTrash {
        /// The id asked for.
        id: SheetId,
        /// Where it would be.
        path: PathBuf,
    },
    /// A live sheet with this id exists already.
    #[error("a sheet with id {id} already exists at {}: {hint}", shown(path))]
    Exists {
        /// The id.
        id: SheetId,
        /// The live sheet's file.
        path: PathBuf,
        /// What to do about it.
        hint: &'static str,
    },
    /// Saving would replace a sheet written by a newer talkprep.
    #[error(
        "not saving over {}: it was written by a newer talkprep (schema {found}, this build \
         reads up to {supported}); update talkprep, or save under another id",
        shown(path)
    )]
    WouldOverwriteNewer {
        /// The existing file.
        path: PathBuf,
        /// Its `schema_version`.
        found: u64,
        /// What this build reads.
        supported: u32,
    },
    /// The file holds a sheet whose `id` is not its file name.
    #[error(
        "{} holds the sheet {found:?}, not {expected}: rename the file to match its id, \
         or set its \"id\" to {expected:?}",
        shown(path)
    )]
    IdMismatch {
        /// The file.
        path: PathBuf,
        /// The id the file name gives.
        expected: String,
        /// The id inside.
        found: String,
    },
    /// A `.json` file in the sheets folder whose name is not a sheet id.
    #[error(
        "{}: the file name is not a sheet id ({reason}); rename the file",
        shown(path)
    )]
    BadFileName {
        /// The file.
        path: PathBuf,
        /// Why the name is not an id.
        reason: IdError,
    },
    /// A sheet to save carries an id that is not a safe file name.
    #[error("cannot save the sheet {:?} in {}: {reason}", sanitize(id), shown(dir))]
    BadId {
        /// The id on the sheet.
        id: String,
        /// The sheets folder.
        dir: PathBuf,
        /// Why it is not an id.
        reason: IdError,
    },
    /// A file that is not a sheet could not be moved aside either.
    #[error(
        "{}: {error}; moving it aside failed too ({reason}): move or fix the file by hand",
        shown(path)
    )]
    SetAsideFailed {
        /// The file.
        path: PathBuf,
        /// Why it is not a sheet.
        error: SheetError,
        /// Why it could not be moved.
        reason: Box<StoreError>,
    },
    /// A review file could not be read as a red-flag review.
    #[error("{}: {reason}", shown(path))]
    Review {
        /// The file.
        path: PathBuf,
        /// What is wrong with its text.
        reason: ReviewError,
    },
    /// No review with this id.
    #[error(
        "there is no review {id} (looked for {}): see 'talkprep flags list' for the clients \
         reviewed",
        shown(path)
    )]
    ReviewNotFound {
        /// The id asked for.
        id: SheetId,
        /// Where it would be.
        path: PathBuf,
    },
    /// A file that is not a review could not be moved aside either.
    #[error(
        "{}: {error}; moving it aside failed too ({reason}): move or fix the file by hand",
        shown(path)
    )]
    ReviewSetAsideFailed {
        /// The file.
        path: PathBuf,
        /// Why it is not a review.
        error: ReviewError,
        /// Why it could not be moved.
        reason: Box<StoreError>,
    },
    /// The path is not a regular file (a FIFO, a device, a folder): never read.
    #[error(
        "{} is not a regular file (a pipe, a device or a folder), so talkprep does not read \
         it: move it out of the folder",
        shown(path)
    )]
    NotRegular {
        /// The path.
        path: PathBuf,
    },
    /// The file is larger than talkprep reads.
    #[error(
        "{} is larger than {}, the most talkprep reads for this kind of file: it is not a \
         sheet made by talkprep; move it out of the folder or trim it",
        shown(path),
        size_words(*limit)
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit, in bytes.
        limit: u64,
    },
    /// Another talkprep held the store's write lock for longer than this one waits.
    #[error(
        "another talkprep is busy writing in this data folder (lock {}): try again in a \
         moment; if it stays busy, close the other talkprep",
        shown(path)
    )]
    StoreBusy {
        /// The lock file.
        path: PathBuf,
    },
    /// An unreadable file is in the way but changed moments ago: something is writing it.
    #[error(
        "not saving over {}: it cannot be read as a sheet and changed less than a minute ago, \
         so another program may be writing it; try again in a minute",
        shown(path)
    )]
    BeingWritten {
        /// The file.
        path: PathBuf,
    },
    /// No quarantined file with this name.
    #[error(
        "there is no quarantined file {:?} in {}: see 'talkprep quarantine list' for the names",
        sanitize(name),
        shown(dir)
    )]
    NotQuarantined {
        /// The name asked for.
        name: String,
        /// Where it was looked for.
        dir: PathBuf,
    },
    /// Another talkprep holds the sheet's lock.
    #[error(
        "the sheet behind {} is open in another talkprep: close it there, then try again",
        shown(path)
    )]
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
        let detail = |e: &dyn std::fmt::Display| sanitize(&e.to_string());
        match self {
            StoreError::Io {
                path: p, reason, ..
            } => Message::new("error.store.io")
                .with("path", path(p))
                .with("detail", detail(reason)),
            StoreError::Sheet { path: p, reason } => Message::new("error.store.sheet")
                .with("path", path(p))
                .with("detail", detail(reason)),
            StoreError::Import { reason } => {
                Message::new("error.store.import").with("detail", detail(reason))
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
                .with("detail", detail(reason)),
            StoreError::SetAsideFailed { path: p, .. }
            | StoreError::ReviewSetAsideFailed { path: p, .. } => {
                Message::new("error.store.set_aside_failed").with("path", path(p))
            }
            StoreError::Review { path: p, reason } => Message::new("error.store.review")
                .with("path", path(p))
                .with("detail", detail(reason)),
            StoreError::ReviewNotFound { id, .. } => {
                Message::new("error.store.review_not_found").with("id", id.as_str())
            }
            StoreError::NotRegular { path: p } => {
                Message::new("error.store.not_regular").with("path", path(p))
            }
            StoreError::TooLarge { path: p, limit } => Message::new("error.store.too_large")
                .with("path", path(p))
                .with("limit", size_words(*limit)),
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

/// What to do about an operating system error, by its kind.
fn io_advice(error: &io::Error) -> &'static str {
    match error.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
            "free some disk space, then try again"
        }
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            "check that you may write there (the folder may be read-only)"
        }
        io::ErrorKind::NotFound => "check that the folder exists",
        _ => "check that the folder exists and that you may read and write it",
    }
}

/// `16 MiB`.
pub(crate) fn size_words(bytes: u64) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

/// A path as shown to people: no control characters, whatever the file name holds.
pub(crate) fn shown(path: &Path) -> String {
    sanitize(&path.display().to_string())
}
