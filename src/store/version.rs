//! Optimistic concurrency: what was loaded, and saves that never overwrite a change made
//! elsewhere (another talkprep, an editor, a sync tool) since.

use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::flags::{Review, review_to_json};
use crate::sheet::{Sheet, SheetId, to_json};

use super::error::StoreError;
use super::{MAX_REVIEW_BYTES, MAX_SHEET_BYTES, Store, fsio};

/// What a sheet file held when the store last read or wrote it: its size, modification time
/// and a hash of its bytes.
///
/// Two versions are the same file content when [`Version::same_content`] says so (size and
/// hash; the modification time alone is not trusted, a `touch` is not an edit). Only
/// meaningful within one run of talkprep: the hash is not stored anywhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// Size in bytes.
    pub len: u64,
    /// Last modification time, where the file system gives one.
    pub modified: Option<SystemTime>,
    /// Hash of the bytes.
    pub hash: u64,
}

impl Version {
    /// The version of `bytes`, modified at `modified`.
    pub fn of_bytes(bytes: &[u8], modified: Option<SystemTime>) -> Version {
        // FNV-1a: stable, no keys, fast enough for files of a few megabytes.
        let mut hasher = Fnv(0xcbf2_9ce4_8422_2325);
        hasher.write(bytes);
        Version {
            len: bytes.len() as u64,
            modified,
            hash: hasher.finish(),
        }
    }

    /// Whether both describe the same bytes.
    pub fn same_content(&self, other: &Version) -> bool {
        self.len == other.len && self.hash == other.hash
    }
}

struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A sheet with the version of the file it was read from.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The sheet.
    pub sheet: Sheet,
    /// What the file held; pass it to [`Store::save_versioned`].
    pub version: Version,
}

/// What [`Store::save_versioned`] did. Only `Saved` wrote the live file.
#[derive(Debug, Clone)]
#[must_use = "a conflict or a deletion elsewhere must be shown to the user"]
pub enum SaveOutcome {
    /// The sheet was written to its file.
    Saved {
        /// The file.
        path: PathBuf,
        /// What the file holds now: the version to pass to the next save.
        version: Version,
    },
    /// The file had changed on disk since it was loaded (or, for a new sheet, a file with
    /// that id appeared). It was left untouched, and the sheet was written beside it as a
    /// sheet of its own, `<id>-conflict-<stamp>`, listed like any other. Keep editing the
    /// copy (`copy_id`, `copy_version`), and tell the user both exist.
    Conflict {
        /// The live file, untouched.
        path: PathBuf,
        /// The copy written.
        copy: PathBuf,
        /// The copy's id (also set inside it).
        copy_id: SheetId,
        /// The copy's version, for the next save of the copy.
        copy_version: Version,
    },
    /// The file was deleted (or moved to the trash) since it was loaded. Nothing was
    /// written: ask the user, then save again with `recreate` set to bring it back.
    DeletedElsewhere {
        /// Where it was.
        path: PathBuf,
    },
}

impl Store {
    /// Reads the live sheet `id` and the version of the bytes it was read from.
    pub fn load_versioned(&self, id: &SheetId) -> Result<Loaded, StoreError> {
        let path = self.sheet_path(id);
        let (sheet, text) = self.read_checked(id)?;
        let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
        Ok(Loaded {
            sheet,
            version: Version::of_bytes(text.as_bytes(), modified),
        })
    }

    /// Saves `sheet` only over the file it was loaded from.
    ///
    /// - `expected` is the version last loaded or saved, or `None` for a sheet never saved.
    /// - The file still holds `expected` (or, for `None`, does not exist): the sheet is
    ///   written crash-safely, [`SaveOutcome::Saved`] with the new version.
    /// - The file holds anything else (edited elsewhere, replaced by a sync tool, written by
    ///   a newer talkprep, unreadable): it is left untouched and the sheet is written as a
    ///   new sheet `<id>-conflict-<stamp>`, [`SaveOutcome::Conflict`].
    /// - The file is gone: [`SaveOutcome::DeletedElsewhere`] and nothing written, unless
    ///   `recreate`, which writes it again.
    ///
    /// Takes the write lock with a bounded wait ([`StoreError::StoreBusy`] after it). The
    /// sheet is written as given: bump `updated` before calling.
    pub fn save_versioned(
        &self,
        sheet: &Sheet,
        expected: Option<&Version>,
        recreate: bool,
    ) -> Result<SaveOutcome, StoreError> {
        let id = self.id_of(sheet)?;
        let path = self.sheet_path(&id);
        let copy = |copy_id: &SheetId| {
            let mut copied = sheet.clone();
            copied.id = copy_id.as_str().to_owned();
            to_json(&copied)
        };
        let versioned = Versioned {
            dir: &self.sheets,
            id: &id,
            path,
            text: to_json(sheet),
            limit: MAX_SHEET_BYTES,
        };
        self.write_versioned(versioned, expected, recreate, copy)
    }

    /// Saves `review` only over the file it was loaded from (or last saved to), like
    /// [`Store::save_versioned`] for sheets: a review file changed elsewhere since is left
    /// untouched and the review is written beside it as `<id>-conflict-<stamp>`; one deleted
    /// elsewhere is written again only if `recreate`. The review must have an id (see
    /// [`crate::flags::Review::assign_identity`]).
    pub fn save_review_versioned(
        &self,
        review: &Review,
        expected: Option<&Version>,
        recreate: bool,
    ) -> Result<SaveOutcome, StoreError> {
        let (dir, id) = self.review_dir_for(review)?;
        let copy = |copy_id: &SheetId| {
            let mut copied = review.clone();
            copied.id = copy_id.as_str().to_owned();
            review_to_json(&copied)
        };
        let versioned = Versioned {
            dir: &dir,
            id: &id,
            path: self.review_path(&id),
            text: review_to_json(review),
            limit: MAX_REVIEW_BYTES,
        };
        self.write_versioned(versioned, expected, recreate, copy)
    }

    /// Writes `item.text` over `item.path` only if the file still holds `expected`, else a
    /// conflict copy beside it whose text `copy` gives for the copy's id.
    fn write_versioned(
        &self,
        item: Versioned<'_>,
        expected: Option<&Version>,
        recreate: bool,
        copy: impl Fn(&SheetId) -> String,
    ) -> Result<SaveOutcome, StoreError> {
        let Versioned {
            dir,
            id,
            path,
            text,
            limit,
        } = item;
        let _lock = self.write_lock()?;
        let current = fsio::read_if_exists(&path, limit)?;
        let may_write = match (&current, expected) {
            (None, None) => true,
            (None, Some(_)) => {
                if !recreate {
                    return Ok(SaveOutcome::DeletedElsewhere { path });
                }
                true
            }
            (Some(bytes), Some(expected)) => expected.same_content(&Version::of_bytes(bytes, None)),
            // A new item whose file appeared meanwhile: fine only if identical.
            (Some(bytes), None) => bytes.as_slice() == text.as_bytes(),
        };
        if may_write {
            fsio::write_atomic(dir, &path, text.as_bytes())?;
            let version = self.version_written(&path, text.as_bytes());
            return Ok(SaveOutcome::Saved { path, version });
        }
        let (copy_id, copy_path) = free_conflict_id(dir, id, self.now());
        let copy_text = copy(&copy_id);
        fsio::write_atomic(dir, &copy_path, copy_text.as_bytes())?;
        let copy_version = self.version_written(&copy_path, copy_text.as_bytes());
        Ok(SaveOutcome::Conflict {
            path,
            copy: copy_path,
            copy_id,
            copy_version,
        })
    }

    fn version_written(&self, path: &std::path::Path, bytes: &[u8]) -> Version {
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        Version::of_bytes(bytes, modified)
    }
}

/// What [`Store::write_versioned`] writes: the file of `id` in `dir`, at most `limit` bytes
/// when read back.
struct Versioned<'a> {
    dir: &'a Path,
    id: &'a SheetId,
    path: PathBuf,
    text: String,
    limit: u64,
}

/// A free id `<id>-conflict-<stamp>` in `dir` (shortening `<id>` to fit), and its path. Call
/// with the write lock held.
fn free_conflict_id(dir: &Path, id: &SheetId, now: jiff::Timestamp) -> (SheetId, PathBuf) {
    let stamp = fsio::stamp(now).to_ascii_lowercase();
    let mut n = 1u32;
    loop {
        let tail = if n == 1 {
            format!("-conflict-{stamp}")
        } else {
            format!("-conflict-{stamp}-{n}")
        };
        let room = crate::sheet::MAX_ID_LEN.saturating_sub(tail.len());
        let base: String = id.as_str().chars().take(room).collect();
        let base = base.trim_end_matches('-');
        let candidate = SheetId::parse(&format!("{base}{tail}"))
            .or_else(|_| SheetId::parse(&format!("sheet{tail}")))
            .expect("letters, digits and inner hyphens make an id");
        let path = dir.join(candidate.file_name());
        if !fsio::occupied(&path) {
            return (candidate, path);
        }
        n += 1;
    }
}
