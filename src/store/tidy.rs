//! What only commands that write do: remove talkprep's own leftover temporary files, set
//! aside files that have stayed unreadable, and list or restore what was set aside.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use jiff::Timestamp;

use crate::flags::{ReviewError, review_from_json};
use crate::i18n::Message;
use crate::sheet::{SheetError, from_json_bytes};

use super::error::{StoreError, shown};
use super::scan::{id_from_path, json_files};
use super::{MAX_REVIEW_BYTES, MAX_SHEET_BYTES, Store, fsio};

/// The tag of files set aside: `<name>.corrupt-<stamp>`.
const CORRUPT_TAG: &str = "corrupt-";
/// How a review's quarantined file is named in [`QuarantineEntry::name`].
const REVIEWS_PREFIX: &str = "reviews/";

/// What [`Store::tidy`] did.
#[derive(Debug, Default)]
pub struct Tidied {
    /// talkprep's own temporary files removed (left by a writer that died).
    pub removed: Vec<PathBuf>,
    /// Files set aside because they stayed unreadable.
    pub quarantined: Vec<Quarantined>,
}

impl Tidied {
    /// One line per file set aside, for standard error or a status bar.
    pub fn problems(&self) -> Vec<Message> {
        self.quarantined.iter().map(Quarantined::message).collect()
    }
}

/// A file set aside because it is not a sheet or a review.
#[derive(Debug)]
pub struct Quarantined {
    /// Where it was.
    pub path: PathBuf,
    /// Where it is now, `<name>.corrupt-<stamp>`.
    pub moved_to: PathBuf,
    /// Why it is not a sheet or a review, with line and column.
    pub reason: Message,
}

impl Quarantined {
    /// What to tell the user: the file, why, and where it went.
    pub fn message(&self) -> Message {
        Message::new("store.quarantined")
            .with("path", shown(&self.path))
            .with_message("detail", self.reason.clone())
            .with("moved_to", shown(&self.moved_to))
    }
}

impl fmt::Display for Quarantined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// Whether a quarantined file was a sheet or a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuarantineKind {
    /// From `<data>/sheets`.
    Sheet,
    /// From `<data>/reviews`.
    Review,
}

/// A file set aside, as [`Store::quarantine`] lists it.
#[derive(Debug, Clone)]
pub struct QuarantineEntry {
    /// The name to pass to [`Store::restore_quarantined`]: the file name, with `reviews/`
    /// before it for a review.
    pub name: String,
    /// The file.
    pub path: PathBuf,
    /// Sheet or review.
    pub kind: QuarantineKind,
    /// Where restoring puts it back.
    pub restores_to: PathBuf,
    /// Size in bytes.
    pub len: u64,
    /// When it last changed.
    pub modified: Option<Timestamp>,
}

impl Store {
    /// Removes talkprep's own leftover temporary files (`.talkprep-*.tmp`) in the sheets,
    /// trash and reviews folders, and sets aside every sheet or review file that cannot be
    /// read and has stayed unchanged for the settle time (60 s by default, and the same bytes
    /// on a second read). For commands that write; reading commands only report.
    ///
    /// Files of other programs (a sync tool's `.x.tmp`) are never touched. On a file system
    /// that cannot lock, nothing is removed or moved.
    pub fn tidy(&self) -> Result<Tidied, StoreError> {
        // Sheets the index vouches for are readable: only the others are looked at again,
        // and the folder walk happens before the lock is taken.
        let sheets: Vec<PathBuf> = self
            .summaries()?
            .unreadable
            .into_iter()
            .map(|u| u.path)
            .collect();
        let lock = self.write_lock()?;
        let mut tidied = Tidied::default();
        if !lock.exclusive {
            return Ok(tidied);
        }
        let reviews = self.reviews_dir();
        for dir in [&self.sheets, &self.trash, &reviews, &self.root] {
            if dir.is_dir() {
                tidied.removed.extend(fsio::remove_stale_temps(dir)?);
            }
        }
        for (paths, limit, is_review) in [
            (sheets, MAX_SHEET_BYTES, false),
            (json_files(&reviews)?, MAX_REVIEW_BYTES, true),
        ] {
            for path in paths {
                if id_from_path(&path).is_err() {
                    continue;
                }
                // Too large, not regular, gone: left alone (listing reports them).
                let Ok(bytes) = fsio::read_limited(&path, limit) else {
                    continue;
                };
                let reason = if is_review {
                    match review_from_json(&bytes) {
                        Err(e @ (ReviewError::Syntax { .. } | ReviewError::Invalid { .. })) => {
                            Some(e.message())
                        }
                        _ => None,
                    }
                } else {
                    match from_json_bytes(&bytes) {
                        Err(e @ (SheetError::Syntax { .. } | SheetError::Invalid { .. })) => {
                            Some(e.message())
                        }
                        _ => None,
                    }
                };
                let Some(reason) = reason else { continue };
                if self.settled(&path, &bytes) {
                    let moved_to = self.set_aside(&path)?;
                    tidied.quarantined.push(Quarantined {
                        path,
                        moved_to,
                        reason,
                    });
                }
            }
        }
        Ok(tidied)
    }

    /// Whether `path` last changed longer than the settle time ago and still holds `bytes`.
    pub(super) fn settled(&self, path: &Path, bytes: &[u8]) -> bool {
        let old_enough = std::fs::metadata(path)
            .and_then(|m| m.modified())
            .is_ok_and(|changed| {
                SystemTime::now()
                    .duration_since(changed)
                    .is_ok_and(|age| age >= self.settle)
            });
        old_enough && fsio::read_limited(path, bytes.len() as u64).is_ok_and(|again| again == bytes)
    }

    /// Every file set aside (`<name>.corrupt-<stamp>`) in the sheets and reviews folders,
    /// sheets first, by name. Reads only folder entries.
    pub fn quarantine(&self) -> Result<Vec<QuarantineEntry>, StoreError> {
        let mut entries = Vec::new();
        for (dir, kind) in [
            (self.sheets.clone(), QuarantineKind::Sheet),
            (self.reviews_dir(), QuarantineKind::Review),
        ] {
            let listing = match std::fs::read_dir(&dir) {
                Ok(listing) => listing,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(StoreError::io("read the folder", &dir)(e)),
            };
            let mut found = Vec::new();
            for entry in listing {
                let entry = entry.map_err(StoreError::io("read the folder", &dir))?;
                let Ok(file) = entry.file_name().into_string() else {
                    continue;
                };
                let Some(original) = original_name(&file) else {
                    continue;
                };
                let path = entry.path();
                let Ok(meta) = std::fs::symlink_metadata(&path) else {
                    continue;
                };
                if !meta.is_file() {
                    continue;
                }
                let name = match kind {
                    QuarantineKind::Sheet => file.clone(),
                    QuarantineKind::Review => format!("{REVIEWS_PREFIX}{file}"),
                };
                found.push(QuarantineEntry {
                    name,
                    restores_to: dir.join(original),
                    path,
                    kind,
                    len: meta.len(),
                    modified: meta
                        .modified()
                        .ok()
                        .and_then(|t| Timestamp::try_from(t).ok()),
                });
            }
            found.sort_by(|a, b| a.name.cmp(&b.name));
            entries.extend(found);
        }
        Ok(entries)
    }

    /// Moves the quarantined file `name` (as [`Store::quarantine`] names it) back to its
    /// original name and returns that path. Never replaces a file: [`StoreError::Exists`] if
    /// the name is taken. If it still cannot be read, listing reports it again, and a writer
    /// sets it aside again once it has stayed so for the settle time.
    pub fn restore_quarantined(&self, name: &str) -> Result<PathBuf, StoreError> {
        let (dir, file) = match name.strip_prefix(REVIEWS_PREFIX) {
            Some(file) => (self.reviews_dir(), file),
            None => (self.sheets.clone(), name),
        };
        let not_found = || StoreError::NotQuarantined {
            name: name.to_owned(),
            dir: dir.clone(),
        };
        let Some(original) = original_name(file) else {
            return Err(not_found());
        };
        if file.contains(['/', '\\']) {
            return Err(not_found());
        }
        let from = dir.join(file);
        let to = dir.join(original);
        let _lock = self.write_lock()?;
        if !std::fs::symlink_metadata(&from).is_ok_and(|m| m.is_file()) {
            return Err(not_found());
        }
        if fsio::occupied(&to) {
            let id = id_from_path(&to)?;
            return Err(StoreError::Exists {
                id,
                path: to,
                hint: "delete, rename or move that file first, then restore",
            });
        }
        fsio::rename_synced(&from, &to)?;
        // Counts as just changed: the settle time starts again before a writer would set it
        // aside a second time, leaving time to fix it.
        if let Ok(file) = std::fs::File::options().write(true).open(&to) {
            let _ = file.set_modified(SystemTime::now());
        }
        Ok(to)
    }
}

/// `<id>.json` for `<id>.json.corrupt-<stamp>`, if `file` is named so.
fn original_name(file: &str) -> Option<&str> {
    if file.starts_with('.') {
        return None;
    }
    let at = file.find(&format!(".json.{CORRUPT_TAG}"))?;
    let original = &file[..at + ".json".len()];
    let stamp = &file[at + ".json.".len() + CORRUPT_TAG.len()..];
    (!stamp.is_empty() && !original.contains(['/', '\\'])).then_some(original)
}

#[cfg(test)]
mod tests {
    use super::original_name;

    #[test]
    fn quarantined_names() {
        assert_eq!(
            original_name("a-1.json.corrupt-20261123T103000Z"),
            Some("a-1.json")
        );
        assert_eq!(
            original_name("a-1.json.corrupt-20261123T103000Z-2"),
            Some("a-1.json")
        );
        assert_eq!(original_name("a-1.json"), None);
        assert_eq!(original_name(".x.json.corrupt-1"), None);
        assert_eq!(original_name("a-1.json.corrupt-"), None);
    }
}
