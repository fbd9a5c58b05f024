//! File-system primitives: private folders, crash-safe writes and renames, names set aside.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::error::StoreError;

/// Prefix of talkprep's temporary files, `.talkprep-<name>.<random>.tmp`; no sheet id starts
/// with a dot, and no other program is expected to use this prefix. Only files named so are
/// ever cleaned up.
pub(crate) const TEMP_PREFIX: &str = ".talkprep-";
/// Suffix of temporary files.
pub(crate) const TEMP_SUFFIX: &str = ".tmp";
/// Middle of an export's temporary name, `.talkprep-export.<pid>.<random>.tmp`: exports are
/// written outside the data folder, without the store's lock, so leftovers are recognised by
/// the process id of their writer, and removed once that process is gone.
const EXPORT_TAG: &str = "export.";

/// Creates `dir` (and missing parents) with mode 0700. An existing folder loses any group or
/// other access it has, and is otherwise left as it is (a user's 0500 stays 0500); a link
/// is not followed to change its target.
pub(crate) fn private_dir(dir: &Path) -> Result<(), StoreError> {
    if let Ok(meta) = fs::symlink_metadata(dir) {
        if meta.file_type().is_symlink() || !meta.is_dir() {
            return if dir.is_dir() {
                Ok(())
            } else {
                Err(StoreError::io("create the folder", dir)(io::Error::from(
                    io::ErrorKind::AlreadyExists,
                )))
            };
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = meta.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                return set_mode(dir, mode & 0o700);
            }
        }
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(StoreError::io("create the folder", dir))?;
    // The mode given is masked by the umask: make it exactly 0700.
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

/// Whether an error means the folder cannot be written (read-only mount, no permission).
pub(crate) fn is_read_only(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::ReadOnlyFilesystem | io::ErrorKind::PermissionDenied
    )
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
    let stem = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = stem.strip_suffix(".json").unwrap_or(&stem);
    write_atomic_named(dir, target, bytes, &format!("{TEMP_PREFIX}{stem}."))
}

/// Like [`write_atomic`] for a file outside the data folder: the temporary file is
/// `.talkprep-export.<pid>.<random>.tmp`, and leftovers of dead writers in `dir` are removed
/// first, so a killed export never leaves a hidden copy of a sheet behind for long.
pub(crate) fn write_export(dir: &Path, target: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    remove_dead_exports(dir);
    let prefix = format!("{TEMP_PREFIX}{EXPORT_TAG}{}.", std::process::id());
    write_atomic_named(dir, target, bytes, &prefix)
}

/// Removes `.talkprep-export.<pid>.*.tmp` files of `dir` whose writer is no longer running.
/// Best effort: a folder that cannot be read is left alone.
fn remove_dead_exports(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(export_temp_pid) else {
            continue;
        };
        if !process_alive(pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The writer's process id in an export's temporary name.
pub(crate) fn export_temp_pid(name: &str) -> Option<u32> {
    let rest = name
        .strip_prefix(TEMP_PREFIX)?
        .strip_prefix(EXPORT_TAG)?
        .strip_suffix(TEMP_SUFFIX)?;
    rest.split_once('.')?.0.parse().ok()
}

/// Whether a process with this id exists (always true where that cannot be known).
fn process_alive(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return true;
        };
        // SAFETY: kill with signal 0 sends nothing; it only checks that the process exists.
        let alive = unsafe { libc::kill(pid, 0) } == 0;
        alive || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

fn write_atomic_named(
    dir: &Path,
    target: &Path,
    bytes: &[u8],
    prefix: &str,
) -> Result<(), StoreError> {
    let mut tmp = tempfile::Builder::new()
        .prefix(prefix)
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

/// Removes talkprep's own temporary files (`.talkprep-*.tmp`, not exports') left by a
/// writer that died mid-save, and returns them. Call only under the write lock, when no
/// writer can be using one. Files named otherwise are never touched.
pub(crate) fn remove_stale_temps(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let entries = fs::read_dir(dir).map_err(StoreError::io("read the folder", dir))?;
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !is_temp_name(name) || export_temp_pid(name).is_some() {
            continue;
        }
        let path = entry.path();
        if !fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
            continue;
        }
        match fs::remove_file(&path) {
            Ok(()) => removed.push(path),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::io("remove the leftover", &path)(e)),
        }
    }
    Ok(removed)
}

/// Reads a sheet or review file of at most `limit` bytes, mapping "not there" to `Ok(None)`.
///
/// Only regular files (or links to them) are read: a FIFO, a device or a folder is refused
/// with [`StoreError::NotRegular`] without opening it for a blocking read, and a file larger
/// than `limit` with [`StoreError::TooLarge`].
pub(crate) fn read_if_exists(path: &Path, limit: u64) -> Result<Option<Vec<u8>>, StoreError> {
    match read_limited(path, limit) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(StoreError::Io { reason, .. }) if reason.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Reads at most `limit` bytes of the regular file `path` (see [`read_if_exists`]).
pub(crate) fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, StoreError> {
    use std::io::Read;
    let meta = fs::metadata(path).map_err(StoreError::io("read", path))?;
    if !meta.is_file() {
        return Err(StoreError::NotRegular {
            path: path.to_path_buf(),
        });
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path).map_err(StoreError::io("read", path))?;
    // Swapped for something else between the two looks: check what was opened.
    let meta = file.metadata().map_err(StoreError::io("read", path))?;
    if !meta.is_file() {
        return Err(StoreError::NotRegular {
            path: path.to_path_buf(),
        });
    }
    let too_large = || StoreError::TooLarge {
        path: path.to_path_buf(),
        limit,
    };
    if meta.len() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(StoreError::io("read", path))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
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
    fn export_temps_of_dead_writers_are_removed_others_kept() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.md");
        // A pid that cannot exist (above pid_max), and our own, running.
        let dead = dir.path().join(".talkprep-export.4194999.abc123.tmp");
        let alive = dir.path().join(format!(
            ".talkprep-export.{}.abc123.tmp",
            std::process::id()
        ));
        let foreign = dir.path().join(".other.tmp");
        for p in [&dead, &alive, &foreign] {
            fs::write(p, "x").unwrap();
        }
        write_export(dir.path(), &target, b"text").unwrap();
        assert!(!dead.exists());
        assert!(alive.exists() && foreign.exists());
        assert_eq!(fs::read(&target).unwrap(), b"text");
    }

    #[test]
    fn temp_names() {
        assert!(is_temp_name(".talkprep-a-1.abc123.tmp"));
        assert!(!is_temp_name(".abc123.tmp"));
        assert!(!is_temp_name("abc.json"));
        assert!(!is_temp_name(".abc.json"));
    }
}
