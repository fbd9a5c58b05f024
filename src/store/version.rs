//! Optimistic concurrency: what was loaded, and saves that never overwrite a change made
//! elsewhere (another talkprep, an editor, a sync tool) since.

use std::hash::Hasher;
use std::path::PathBuf;
use std::time::SystemTime;

use crate::sheet::{Sheet, SheetId, to_json};

use super::error::StoreError;
use super::{MAX_SHEET_BYTES, Store, fsio};

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
        let text = to_json(sheet);
        let _lock = self.write_lock()?;
        let current = fsio::read_if_exists(&path, MAX_SHEET_BYTES)?;
        let may_write = match (&current, expected) {
            (None, None) => true,
            (None, Some(_)) => {
                if !recreate {
                    return Ok(SaveOutcome::DeletedElsewhere { path });
                }
                true
            }
            (Some(bytes), Some(expected)) => expected.same_content(&Version::of_bytes(bytes, None)),
            // A new sheet whose file appeared meanwhile: fine only if identical.
            (Some(bytes), None) => bytes.as_slice() == text.as_bytes(),
        };
        if may_write {
            fsio::write_atomic(&self.sheets, &path, text.as_bytes())?;
            let version = self.version_written(&path, text.as_bytes());
            return Ok(SaveOutcome::Saved { path, version });
        }
        let (copy_id, copy) = self.free_conflict_id(&id);
        let mut copied = sheet.clone();
        copied.id = copy_id.as_str().to_owned();
        let copy_text = to_json(&copied);
        fsio::write_atomic(&self.sheets, &copy, copy_text.as_bytes())?;
        let copy_version = self.version_written(&copy, copy_text.as_bytes());
        Ok(SaveOutcome::Conflict {
            path,
            copy,
            copy_id,
            copy_version,
        })
    }

    fn version_written(&self, path: &std::path::Path, bytes: &[u8]) -> Version {
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        Version::of_bytes(bytes, modified)
    }

    /// A free id `<id>-conflict-<stamp>` (shortening `<id>` to fit), and its path. Call with
    /// the write lock held.
    fn free_conflict_id(&self, id: &SheetId) -> (SheetId, PathBuf) {
        let stamp = fsio::stamp(self.now()).to_ascii_lowercase();
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
            let path = self.sheet_path(&candidate);
            if !fsio::occupied(&path) {
                return (candidate, path);
            }
            n += 1;
        }
    }
}
