//! Waiting for input while watching for a terminal that has gone away.
//!
//! crossterm 0.29 never returns from `event::poll` once its terminal is gone: a hung-up tty
//! stays readable while `read` returns nothing, and crossterm retries at once, forever
//! (crossterm-rs/crossterm#793). The event loop would then spin at full CPU and never see the
//! hang-up signal. So the loop first waits on standard input itself, here, and only asks
//! crossterm for events when the terminal is still there.

use std::time::Duration;

/// What waiting on the terminal's input found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Input {
    /// Bytes are waiting: crossterm can read them.
    Ready,
    /// Nothing arrived in time (or a signal came first).
    Idle,
    /// The terminal hung up or the input is no longer valid.
    Gone,
}

/// A pipe that signals write to, so that a long wait ends as soon as one arrives (terminate,
/// hang-up, a resized window), and that work done on another thread writes to when it is
/// ready ([`Waker`]).
#[cfg(unix)]
pub(crate) struct Wake {
    read: std::os::unix::net::UnixStream,
    write: std::os::unix::net::UnixStream,
}

/// Ends the event loop's wait from another thread.
#[derive(Debug)]
pub(crate) struct Waker {
    #[cfg(unix)]
    write: Option<std::os::unix::net::UnixStream>,
}

impl Waker {
    /// Ends the wait now (or the next one, if the loop is busy).
    pub(crate) fn wake(&self) {
        #[cfg(unix)]
        if let Some(write) = &self.write {
            use std::io::Write;
            // A full pipe already holds a wake-up: nothing is lost.
            let _ = (&*write).write(&[1]);
        }
    }
}

#[cfg(unix)]
impl Wake {
    /// Registers `signals` to wake the wait.
    pub(crate) fn on(signals: &[i32]) -> std::io::Result<Wake> {
        let (read, write) = std::os::unix::net::UnixStream::pair()?;
        read.set_nonblocking(true)?;
        for &signal in signals {
            signal_hook::low_level::pipe::register(signal, write.try_clone()?)?;
        }
        write.set_nonblocking(true)?;
        Ok(Wake { read, write })
    }

    /// A [`Waker`] for another thread.
    pub(crate) fn waker(&self) -> Waker {
        Waker {
            write: self.write.try_clone().ok(),
        }
    }

    fn drain(&self) {
        use std::io::Read;
        let mut buf = [0u8; 64];
        while matches!((&self.read).read(&mut buf), Ok(n) if n > 0) {}
    }
}

/// Waits up to `timeout` for input on standard input, or for a signal.
#[cfg(unix)]
pub(crate) fn wait(timeout: Duration, wake: &Wake) -> Input {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};

    let stdin = std::io::stdin();
    let mut fds = [
        PollFd::new(&stdin, PollFlags::IN),
        PollFd::new(&wake.read, PollFlags::IN),
    ];
    let timeout = Timespec {
        tv_sec: timeout.as_secs().try_into().unwrap_or(i64::MAX),
        tv_nsec: timeout.subsec_nanos().into(),
    };
    match poll(&mut fds, Some(&timeout)) {
        Ok(0) | Err(_) => Input::Idle,
        Ok(_) => {
            if !fds[1].revents().is_empty() {
                wake.drain();
            }
            match fds[0].revents() {
                revents if revents.is_empty() => Input::Idle,
                revents => classify(revents),
            }
        }
    }
}

#[cfg(unix)]
fn classify(revents: rustix::event::PollFlags) -> Input {
    use rustix::event::PollFlags;
    if revents.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
        Input::Gone
    } else {
        Input::Ready
    }
}

/// Elsewhere there is nothing to register: crossterm waits.
#[cfg(not(unix))]
pub(crate) struct Wake;

#[cfg(not(unix))]
impl Wake {
    /// Nothing to register off Unix.
    pub(crate) fn on(_signals: &[i32]) -> std::io::Result<Wake> {
        Ok(Wake)
    }

    /// A [`Waker`] for another thread; crossterm's own wait is short here.
    pub(crate) fn waker(&self) -> Waker {
        Waker {}
    }
}

/// Elsewhere crossterm's own wait is used; `Ready` lets it do the waiting.
#[cfg(not(unix))]
pub(crate) fn wait(_timeout: Duration, _wake: &Wake) -> Input {
    Input::Ready
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use rustix::event::PollFlags;

    #[test]
    fn a_hang_up_means_gone_even_with_bytes_to_read() {
        assert_eq!(classify(PollFlags::IN), Input::Ready);
        assert_eq!(classify(PollFlags::IN | PollFlags::HUP), Input::Gone);
        assert_eq!(classify(PollFlags::ERR), Input::Gone);
        assert_eq!(classify(PollFlags::NVAL), Input::Gone);
    }
}
