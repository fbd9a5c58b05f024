//! File-system primitives: private folders, crash-safe writes and renames, names set aside.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::error::StoreError;

/// Prefix of temporary files; no sheet id starts with a dot.
pub(crate) const TEMP_PREFIX: &str = ".";
/// Suffix of temporary files.
pub(crate) const TEMP_SUFFIX: &str = ".tmp";

/// Creates `dir` (and missing parents) with mode 0700, and tightens it to 0700 if it exists.
pub(crate) fn private_dir(dir: &Path) -> Result<(), StoreError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(StoreError::io("create the folder", dir))?;
    set_mode(dir, 0o700)
}

/// Creates `dir` and missing parents with mode 0700 without touching an existing folder.
pub(crate) fn ensure_dir(dir: &Path) -> Result<(), StoreError> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(StoreError::io("create the folder", dir))
}

/// Sets unix permission bits; does nothing elsewhere.
pub(crate) fn set_mode(path: &Path, mode: u32) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode))
            .map_err(StoreError::io("set permissions on", path))?;
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}

/// Replaces `target` (in folder `dir`) with `bytes`, never leaving it half-written.
///
/// The bytes go to a temporary file in the same folder, are flushed and synced, made 0600, and
/// renamed over `target`; then the folder itself is synced so the rename survives a crash.
pub(crate) fn write_atomic(dir: &Path, target: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(StoreError::io("create a temporary file in", dir))?;
    let tmp_path = tmp.path().to_path_buf();
    let write = |tmp: &mut tempfile::NamedTempFile| -> io::Result<()> {
        tmp.write_all(bytes)?;
        tmp.flush()?;
        tmp.as_file().sync_all()
    };
    write(&mut tmp).map_err(StoreError::io("write", &tmp_path))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(fs::Permissions::from_mode(0o600))
            .map_err(StoreError::io("set permissions on", &tmp_path))?;
    }
    tmp.persist(target)
        .map_err(|e| StoreError::io("replace", target)(e.error))?;
    sync_dir(dir)
}

/// Renames `from` to `to` and syncs both folders. The caller checks `to` is free.
pub(crate) fn rename_synced(from: &Path, to: &Path) -> Result<(), StoreError> {
    fs::rename(from, to).map_err(StoreError::io("move", from))?;
    let from_dir = from.parent().unwrap_or(Path::new("."));
    let to_dir = to.parent().unwrap_or(Path::new("."));
    sync_dir(to_dir)?;
    if from_dir != to_dir {
        sync_dir(from_dir)?;
    }
    Ok(())
}

/// Makes renames in `dir` durable (unix); a no-op elsewhere.
pub(crate) fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(StoreError::io("sync the folder", dir))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// `20261123T103000Z`: a UTC time fit for a file name.
pub(crate) fn stamp(now: Timestamp) -> String {
    now.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// A free path `<dir>/<name>.<tag><stamp>`, adding `-2`, `-3`... if that is taken.
///
/// Only free at the time of asking: call it while holding the store's write lock.
pub(crate) fn free_aside_path(dir: &Path, name: &str, tag: &str, now: Timestamp) -> PathBuf {
    let base = format!("{name}.{tag}{}", stamp(now));
    let mut candidate = dir.join(&base);
    let mut n = 2u32;
    while fs::symlink_metadata(&candidate).is_ok() {
        candidate = dir.join(format!("{base}-{n}"));
        n += 1;
    }
    candidate
}

/// Whether `name` is one of our temporary files.
pub(crate) fn is_temp_name(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
}

/// Removes temporary files left by a writer that died mid-save. Call only under the write
/// lock, when no writer can be using one.
pub(crate) fn remove_stale_temps(dir: &Path) -> Result<(), StoreError> {
    let entries = fs::read_dir(dir).map_err(StoreError::io("read the folder", dir))?;
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name.to_str().is_some_and(is_temp_name) {
            let path = entry.path();
            match fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(StoreError::io("remove the leftover", &path)(e)),
            }
        }
    }
    Ok(())
}

/// Reads a file, mapping "not there" to `Ok(None)`.
pub(crate) fn read_if_exists(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(StoreError::io("read", path)(e)),
    }
}

/// Whether anything (file, folder, even a dangling link) is at `path`.
pub(crate) fn occupied(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn stamps_are_utc_and_compact() {
        assert_eq!(stamp(ts("2026-11-23T10:30:00.5Z")), "20261123T103000Z");
        assert_eq!(stamp(ts("2026-11-23T11:30:00+01:00")), "20261123T103000Z");
    }

    #[test]
    fn aside_paths_never_collide() {
        let dir = tempfile::tempdir().unwrap();
        let now = ts("2026-11-23T10:30:00Z");
        let first = free_aside_path(dir.path(), "a.json", "corrupt-", now);
        assert_eq!(first, dir.path().join("a.json.corrupt-20261123T103000Z"));
        fs::write(&first, "x").unwrap();
        let second = free_aside_path(dir.path(), "a.json", "corrupt-", now);
        assert_eq!(second, dir.path().join("a.json.corrupt-20261123T103000Z-2"));
        fs::write(&second, "x").unwrap();
        let third = free_aside_path(dir.path(), "a.json", "corrupt-", now);
        assert_eq!(third, dir.path().join("a.json.corrupt-20261123T103000Z-3"));
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.json");
        write_atomic(dir.path(), &target, b"one").unwrap();
        write_atomic(dir.path(), &target, b"two").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().flatten().collect();
        assert_eq!(names.len(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&target).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn temp_names() {
        assert!(is_temp_name(".abc123.tmp"));
        assert!(!is_temp_name("abc.json"));
        assert!(!is_temp_name(".abc.json"));
    }
}
