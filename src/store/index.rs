//! The index beside the sheets: `<data>/sheets.index` holds a [`Summary`] of every readable
//! sheet file, keyed by file name, size and modification time, so listing and searching read
//! one file instead of every sheet.
//!
//! The sheets stay the source of truth. A sheet whose size or time differs from its entry is
//! read again; an entry whose file is gone is dropped; a missing, unreadable or foreign index
//! is rebuilt from the sheets. Deleting the index is always safe. It is written crash-safely
//! like a sheet (temporary file, fsync, rename), only when something changed, and never when
//! the data folder cannot be written (a backup, a read-only mount): then it is simply not
//! kept. It is the one file a reading command may write, because it is only a cache.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::i18n::Message;
use crate::sheet::{SheetError, Summary};

use super::error::StoreError;
use super::list::{Refused, Unreadable, parse_sheet};
use super::scan::{Found, JsonEntry, id_from_path, json_entries, problem_lines};
use super::{MAX_SHEET_BYTES, Store, fsio};

/// The index's file name in the data folder.
const INDEX_NAME: &str = "sheets.index";
/// What the index file begins with: its name and the layout of what follows (a [`postcard`]
/// encoding of `IndexFile`, compact and quick to read); anything else means "rebuild".
const INDEX_MAGIC: &[u8] = b"talkprep sheets index 1\n";
/// The largest index read: 10,000 sheets of ordinary size take a few megabytes.
const MAX_INDEX_BYTES: u64 = 512 << 20;
/// A file changed this shortly before a scan may change again within the same tick of the
/// file system's clock without its time moving: its entry is not trusted, and it is read
/// again next time.
const RACY: Duration = Duration::from_secs(2);

/// Every live sheet as a list shows it, and every file that could not be listed.
#[derive(Debug, Default)]
pub struct SummaryListing {
    /// Readable sheets, most recently updated first (ties by id).
    pub summaries: Vec<Summary>,
    /// Files that are not sheets, left where they are.
    pub unreadable: Vec<Unreadable<SheetError>>,
    /// Files left where they are but not listed (see [`super::Listing::refused`]).
    pub refused: Vec<Refused>,
    /// How many sheet files were read because the index did not vouch for them.
    pub read: usize,
}

impl SummaryListing {
    /// Every problem as one line, for a status bar or standard error.
    pub fn problems(&self) -> Vec<Message> {
        problem_lines(&self.unreadable, &self.refused)
    }
}

#[derive(Serialize, Deserialize)]
struct IndexFile {
    /// When the scan that wrote it began, in nanoseconds since 1970.
    scanned_ns: i128,
    entries: Vec<Entry>,
}

#[derive(Clone, Serialize, Deserialize)]
struct Entry {
    file: String,
    len: u64,
    modified_ns: i128,
    summary: Summary,
}

impl Store {
    /// Where the index of the sheets is kept.
    pub fn index_path(&self) -> PathBuf {
        self.root.join(INDEX_NAME)
    }

    /// Every live sheet's [`Summary`], newest `updated` first, read through the index: only
    /// sheet files that changed since the index was written are read. Moves and locks
    /// nothing; writes nothing but the index, and that only when it changed and can be
    /// written. Problems are reported as [`Store::list`] reports them.
    pub fn summaries(&self) -> Result<SummaryListing, StoreError> {
        let scan_started = nanos(SystemTime::now());
        let (mut known, trusted_before) = match self.read_index() {
            Some(index) => (
                index
                    .entries
                    .into_iter()
                    .map(|e| (e.file.clone(), e))
                    .collect::<HashMap<_, _>>(),
                index.scanned_ns - RACY.as_nanos() as i128,
            ),
            None => (HashMap::new(), i128::MIN),
        };
        let had_index = trusted_before != i128::MIN;
        let mut listing = SummaryListing::default();
        let mut entries = Vec::new();
        let mut changed = !had_index;
        for JsonEntry { path, name, meta } in json_entries(&self.sheets)? {
            let id = match id_from_path(&path) {
                Ok(id) => id,
                Err(error) => {
                    listing.refused.push(Refused { path, error });
                    continue;
                }
            };
            let stat = meta.as_ref().and_then(|m| {
                let modified = nanos(m.modified().ok()?);
                m.is_file().then_some((m.len(), modified))
            });
            if let (Some((len, modified)), Some(entry)) = (stat, known.remove(&name))
                && entry.len == len
                && entry.modified_ns == modified
                && modified < trusted_before
            {
                entries.push(entry);
                continue;
            }
            changed = true;
            listing.read += 1;
            // The size and time were taken before the read: if the file changes meanwhile,
            // they will not match next time and it is read again.
            let found = match fsio::read_if_exists(&path, MAX_SHEET_BYTES) {
                Ok(Some(bytes)) => parse_sheet(&path, &id, &bytes),
                Ok(None) => continue,
                Err(e) => Found::Refused(e),
            };
            match (found, stat) {
                (Found::Item(sheet), Some((len, modified_ns))) => entries.push(Entry {
                    file: name,
                    len,
                    modified_ns,
                    summary: Summary::of(&sheet),
                }),
                (Found::Item(sheet), None) => listing.summaries.push(Summary::of(&sheet)),
                (Found::Refused(error), _) => listing.refused.push(Refused { path, error }),
                (Found::Corrupt(error), _) => listing.unreadable.push(Unreadable { path, error }),
            }
        }
        // Entries left over are files gone since.
        changed |= !known.is_empty();
        if changed {
            self.write_index(scan_started, &entries);
        }
        listing
            .summaries
            .extend(entries.into_iter().map(|e| e.summary));
        listing
            .summaries
            .sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
        Ok(listing)
    }

    /// The index as last written, or `None` when it is missing, unreadable or of another
    /// layout.
    fn read_index(&self) -> Option<IndexFile> {
        let bytes = fsio::read_if_exists(&self.index_path(), MAX_INDEX_BYTES).ok()??;
        postcard::from_bytes(bytes.strip_prefix(INDEX_MAGIC)?).ok()
    }

    /// Writes the index, crash-safely; a folder that cannot be written keeps none.
    fn write_index(&self, scanned_ns: i128, entries: &[Entry]) {
        let index = IndexFile {
            scanned_ns,
            entries: entries.to_vec(),
        };
        let Ok(bytes) = postcard::to_extend(&index, INDEX_MAGIC.to_vec()) else {
            return;
        };
        // Only a cache: a failure to write it costs speed, never data.
        let _ = fsio::write_atomic(&self.root, &self.index_path(), &bytes);
    }
}

/// Nanoseconds since 1970 (negative before).
fn nanos(time: SystemTime) -> i128 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => after.as_nanos() as i128,
        Err(before) => -(before.duration().as_nanos() as i128),
    }
}
