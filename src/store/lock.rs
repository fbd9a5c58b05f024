//! Advisory locks (std `File::lock`, i.e. `flock` on unix, `LockFileEx` on Windows).
//!
//! - The write lock `<data>/locks/.store.lock` is held for the few milliseconds of each change
//!   (save, import, move to or from the trash, quarantine), so two talkprep processes never
//!   interleave their checks and renames.
//! - A [`SheetLock`] on `<data>/locks/<id>.lock` marks a sheet as open for editing, so a second
//!   talkprep can refuse to edit the same sheet at the same time.
//!
//! The operating system drops a lock when its holder dies, so a crash never leaves one behind.
//! Lock files are never deleted (deleting a lock file races with its next opener).

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::error::StoreError;

/// Name of the store-wide write lock; no sheet id starts with a dot.
const WRITE_LOCK: &str = ".store.lock";

/// The store-wide write lock, released on drop.
#[derive(Debug)]
pub(crate) struct WriteLock {
    _file: File,
    /// False when the file system cannot lock (some network mounts): writes still happen, but
    /// nothing that assumes exclusivity (such as removing leftover temporary files) may.
    pub(crate) exclusive: bool,
}

impl WriteLock {
    /// Takes the write lock of the store whose lock folder is `locks`, waiting at most
    /// `wait` for another holder; [`StoreError::StoreBusy`] after that. Never blocks without
    /// a bound, so it is safe on a UI thread (with a short `wait`).
    pub(crate) fn acquire(locks: &Path, wait: Duration) -> Result<WriteLock, StoreError> {
        let path = locks.join(WRITE_LOCK);
        let file = open_lock_file(&path)?;
        let deadline = Instant::now() + wait;
        let mut pause = Duration::from_millis(2);
        let exclusive = loop {
            match file.try_lock() {
                Ok(()) => break true,
                Err(TryLockError::WouldBlock) => {
                    let now = Instant::now();
                    if now >= deadline {
                        return Err(StoreError::StoreBusy { path });
                    }
                    std::thread::sleep(pause.min(deadline - now));
                    pause = (pause * 2).min(Duration::from_millis(50));
                }
                Err(TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {
                    break false;
                }
                Err(TryLockError::Error(e)) => return Err(StoreError::io("lock", &path)(e)),
            }
        };
        Ok(WriteLock {
            _file: file,
            exclusive,
        })
    }
}

/// A sheet held open for editing by this process; dropping it lets others edit the sheet.
#[derive(Debug)]
pub struct SheetLock {
    _file: File,
    path: PathBuf,
}

impl SheetLock {
    /// Tries to take the lock at `path`; [`StoreError::Busy`] if another holder has it.
    pub(crate) fn try_acquire(path: PathBuf) -> Result<SheetLock, StoreError> {
        let file = open_lock_file(&path)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(StoreError::Busy { path }),
            Err(TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {}
            Err(TryLockError::Error(e)) => return Err(StoreError::io("lock", &path)(e)),
        }
        Ok(SheetLock { _file: file, path })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

fn open_lock_file(path: &Path) -> Result<File, StoreError> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // A lock file that is a link is refused, not followed to create or open its target.
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    options
        .open(path)
        .map_err(StoreError::io("open the lock file", path))
}
