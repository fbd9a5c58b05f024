//! Driving the built binary in a real terminal (tmux), shared by the end-to-end tests.
//!
//! Uses `TALKPREP_E2E_BIN` when set (CI points it at the release binary), else the test build.
//! Without tmux a test says so and stops, unless `TALKPREP_REQUIRE_TMUX` is set (CI sets it).

#![allow(dead_code)]

use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

pub(crate) struct Tmux {
    pub(crate) socket: String,
    pub(crate) session: String,
}

impl Tmux {
    pub(crate) fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub(crate) fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.run(&["send-keys", "-t", &self.session, key]);
            sleep(Duration::from_millis(60));
        }
    }

    pub(crate) fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", &self.session, "-l", text]);
        sleep(Duration::from_millis(120));
    }

    pub(crate) fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", &self.session])
    }

    pub(crate) fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "never saw {text:?} on:\n{screen}"
            );
            sleep(Duration::from_millis(100));
        }
    }

    pub(crate) fn alive(&self) -> bool {
        Command::new("tmux")
            .args(["-L", &self.socket, "has-session", "-t", &self.session])
            .output()
            .is_ok_and(|o| o.status.success())
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

pub(crate) fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("TALKPREP_REQUIRE_TMUX").is_none(),
            "tmux is required here (TALKPREP_REQUIRE_TMUX is set) but was not found"
        );
        eprintln!("SKIPPED: tmux is not installed, so the end-to-end test did not run");
    }
    found
}

/// Imports `file` into the data folder `data` with the binary under test.
pub(crate) fn import(data: &Path, file: &Path) {
    let bin = std::env::var("TALKPREP_E2E_BIN")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_talkprep").to_owned());
    let import = Command::new(&bin)
        .arg("--data-dir")
        .arg(data)
        .arg("import")
        .arg(file)
        .output()
        .unwrap();
    assert!(import.status.success(), "{import:?}");
}

pub(crate) fn start(name: &str, data: &Path, width: u16, height: u16) -> Tmux {
    start_with(name, data, width, height, &[])
}

/// [`start`] with more variables in the app's environment (`EDITOR=…`).
pub(crate) fn start_with(
    name: &str,
    data: &Path,
    width: u16,
    height: u16,
    vars: &[(&str, &str)],
) -> Tmux {
    let bin = std::env::var("TALKPREP_E2E_BIN")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_talkprep").to_owned());
    let tmux = Tmux {
        socket: format!("talkprep-e2e-{}-{name}", std::process::id()),
        session: format!("e2e-{name}"),
    };
    let extra: String = vars.iter().map(|(k, v)| format!("{k}='{v}' ")).collect();
    let command = format!(
        "env TALKPREP_DATA_DIR='{}' NO_COLOR=1 LANG=C {extra}'{}'",
        data.display(),
        bin
    );
    tmux.run(&[
        "new-session",
        "-d",
        "-s",
        &tmux.session,
        "-x",
        &width.to_string(),
        "-y",
        &height.to_string(),
        &command,
    ]);
    tmux
}
