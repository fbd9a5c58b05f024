//! Store tests, one file per job; shared helpers here.

mod import;
mod index;
mod list;
mod lock;
mod props;
mod reliability;
mod rename;
mod reviews;
mod save;
mod trash;

use std::fs;
use std::path::Path;

use jiff::Timestamp;
use tempfile::TempDir;

use super::Store;
use crate::sheet::{Sheet, SheetId};

/// The fixed time used for names set aside.
pub(super) const NOW: &str = "2026-11-23T10:30:00Z";

fn fixed_now() -> Timestamp {
    NOW.parse().unwrap()
}

/// A store in a fresh temporary folder, with a fixed clock.
pub(super) fn store() -> (TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("data"))
        .unwrap()
        .with_clock(fixed_now);
    (dir, store)
}

pub(super) fn id(text: &str) -> SheetId {
    SheetId::parse(text).unwrap()
}

/// A sheet `id` updated `secs` after the epoch.
pub(super) fn sheet(id_text: &str, secs: i64) -> Sheet {
    let mut sheet = Sheet::new(id(id_text), Timestamp::from_second(secs).unwrap());
    sheet.client = format!("client of {id_text}");
    sheet
}

/// Names in `dir`, sorted.
pub(super) fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
pub(super) fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}
