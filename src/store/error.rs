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
    #[error(
        "could not {action} {}: {source}; check that the folder exists and that you may \
         read and write it",
        shown(path)
    )]
    Io {
        /// What was being done, e.g. `read`, `create the folder`.
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The error from the operating system.
        #[source]
        source: io::Error,
    },
    /// A sheet file could not be read as a sheet (syntax, newer schema, invalid fields).
    #[error("{}: {source}", shown(path))]
    Sheet {
        /// The file.
        path: PathBuf,
        /// What is wrong with its text.
        #[source]
        source: SheetError,
    },
    /// Text given to [`crate::store::Store::import_text`] is not a sheet.
    #[error("the imported text is {source}")]
    Import {
        /// What is wrong with it.
        #[source]
        source: SheetError,
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
        "{}: the file name is not a sheet id ({source}); rename the file",
        shown(path)
    )]
    BadFileName {
        /// The file.
        path: PathBuf,
        /// Why the name is not an id.
        #[source]
        source: IdError,
    },
    /// A sheet to save carries an id that is not a safe file name.
    #[error("cannot save the sheet {:?} in {}: {source}", sanitize(id), shown(dir))]
    BadId {
        /// The id on the sheet.
        id: String,
        /// The sheets folder.
        dir: PathBuf,
        /// Why it is not an id.
        #[source]
        source: IdError,
    },
    /// A file that is not a sheet could not be moved aside either.
    #[error(
        "{}: {error}; moving it aside failed too ({source}): move or fix the file by hand",
        shown(path)
    )]
    SetAsideFailed {
        /// The file.
        path: PathBuf,
        /// Why it is not a sheet.
        error: SheetError,
        /// Why it could not be moved.
        #[source]
        source: Box<StoreError>,
    },
    /// A review file could not be read as a red-flag review.
    #[error("{}: {source}", shown(path))]
    Review {
        /// The file.
        path: PathBuf,
        /// What is wrong with its text.
        #[source]
        source: ReviewError,
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
        "{}: {error}; moving it aside failed too ({source}): move or fix the file by hand",
        shown(path)
    )]
    ReviewSetAsideFailed {
        /// The file.
        path: PathBuf,
        /// Why it is not a review.
        error: ReviewError,
        /// Why it could not be moved.
        #[source]
        source: Box<StoreError>,
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
                path: p, source, ..
            } => Message::new("error.store.io")
                .with("path", path(p))
                .with("detail", detail(source)),
            StoreError::Sheet { path: p, source } => Message::new("error.store.sheet")
                .with("path", path(p))
                .with("detail", detail(source)),
            StoreError::Import { source } => {
                Message::new("error.store.import").with("detail", detail(source))
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
            StoreError::BadId { id, source, .. } => Message::new("error.store.bad_id")
                .with("id", sanitize(id))
                .with("detail", detail(source)),
            StoreError::SetAsideFailed { path: p, .. }
            | StoreError::ReviewSetAsideFailed { path: p, .. } => {
                Message::new("error.store.set_aside_failed").with("path", path(p))
            }
            StoreError::Review { path: p, source } => Message::new("error.store.review")
                .with("path", path(p))
                .with("detail", detail(source)),
            StoreError::ReviewNotFound { id, .. } => {
                Message::new("error.store.review_not_found").with("id", id.as_str())
            }
            StoreError::Busy { .. } => Message::new("error.store.busy"),
        }
    }

    /// An [`StoreError::Io`] for `path`, for use with `map_err`.
    pub(crate) fn io(action: &'static str, path: &Path) -> impl FnOnce(io::Error) -> StoreError {
        let path = path.to_path_buf();
        move |source| StoreError::Io {
            action,
            path,
            source,
        }
    }
}

/// A path as shown to people: no control characters, whatever the file name holds.
pub(crate) fn shown(path: &Path) -> String {
    sanitize(&path.display().to_string())
}
