//! The reliability promises as a user meets them on the command line: bounded and clear on
//! bad input, read-only folders readable, other programs' files untouched, unknown fields
//! kept, errors said once.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use assert_cmd::cargo::cargo_bin_cmd;
use predicates::prelude::*;
use tempfile::TempDir;

const SHEET: &str = include_str!("data/sheet.json");
const ID: &str = "20261120-acme-a1b2";

fn cmd(data: &Path) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("talkprep");
    cmd.arg("--data-dir")
        .arg(data)
        .arg("--lang")
        .arg("en")
        .env_remove("TALKPREP_DATA_DIR");
    cmd
}

fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin!("talkprep").to_path_buf()
}

fn with_sheet() -> TempDir {
    let dir = TempDir::new().unwrap();
    cmd(dir.path())
        .args(["import", "-"])
        .write_stdin(SHEET)
        .assert()
        .success();
    dir
}

/// Runs `args` with a timeout; the exit code and standard error.
fn run_with_timeout(data: &Path, args: &[&str], secs: u64) -> (Option<i32>, String) {
    let mut child = std::process::Command::new(bin())
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
            return (status.code(), err);
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("talkprep {args:?} hung for {secs} s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_stdout_exits_2_with_a_message_not_a_panic() {
    let dir = with_sheet();
    let commands: [&[&str]; 9] = [
        &["show", ID],
        &["list"],
        &["list", "--json"],
        &["cue", ID],
        &["scenarios"],
        &["playbook", "export"],
        &["flags", "list"],
        &["due", "--json"],
        &["export", ID],
    ];
    for args in commands {
        let out = std::process::Command::new(bin())
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("Could not write to standard output"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_a_sheet_hangs_nothing() {
    let dir = with_sheet();
    let fifo = dir.path().join("sheets").join("20261121-fifo-0000.json");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let (code, err) = run_with_timeout(dir.path(), &["show", "20261121-fifo-0000"], 10);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("not a regular file"), "{err}");
    let (code, err) = run_with_timeout(dir.path(), &["list"], 10);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("not a regular file"), "{err}");
    // Writers (which tidy the folder first) do not hang on it either.
    let (code, err) = run_with_timeout(dir.path(), &["delete", ID], 10);
    assert_eq!(code, Some(0), "{err}");
}

#[cfg(unix)]
#[test]
fn inputs_are_bounded_with_the_file_and_the_limit_named() {
    let dir = with_sheet();
    let zero = dir.path().join("sheets").join("20261121-zero-0000.json");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let (code, err) = run_with_timeout(dir.path(), &["show", "20261121-zero-0000"], 20);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("20261121-zero-0000.json"), "{err}");
    let (code, err) = run_with_timeout(dir.path(), &["import", "/dev/zero"], 20);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("/dev/zero") && err.contains("16 MiB"), "{err}");
    let big = vec![b' '; 17 << 20];
    cmd(dir.path())
        .args(["import", "-"])
        .write_stdin(big)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin> is larger than 16 MiB"));
    let playbook = dir.path().join("huge-playbook.json");
    std::fs::File::create(&playbook)
        .unwrap()
        .set_len(33 << 20)
        .unwrap();
    cmd(dir.path())
        .arg("--playbook")
        .arg(&playbook)
        .arg("scenarios")
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("huge-playbook.json").and(predicate::str::contains("32 MiB")),
        );
}

#[test]
fn ranges_are_checked_at_load_naming_the_field() {
    let dir = TempDir::new().unwrap();
    let hot = SHEET.replace("\"heat\": 4", "\"heat\": 255");
    cmd(dir.path())
        .args(["import", "-"])
        .write_stdin(hot)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("stakes.heat").and(predicate::str::contains("0 to 10")));
}

#[test]
fn an_import_error_is_said_once() {
    let dir = TempDir::new().unwrap();
    let out = cmd(dir.path())
        .args(["import", "-"])
        .write_stdin("{\"schema_version\": 1,, }")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.matches("not valid JSON").count(), 1, "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("line 1, column"), "{err}");
}

#[test]
fn unknown_fields_survive_import_and_export() {
    let dir = TempDir::new().unwrap();
    let text = SHEET.replacen(
        "  \"facts\": {\n",
        "  \"budget\": {\"amount\": 1800},\n  \"facts\": {\n    \"attachments\": [\"mail.eml\"],\n",
        1,
    );
    cmd(dir.path())
        .args(["import", "-"])
        .write_stdin(text)
        .assert()
        .success();
    let out = cmd(dir.path())
        .args(["export", ID, "--format", "json"])
        .output()
        .unwrap();
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["budget"]["amount"], 1800);
    assert_eq!(value["facts"]["attachments"][0], "mail.eml");
}

#[test]
fn an_old_sheet_round_trips_byte_for_byte() {
    let dir = with_sheet();
    let out = cmd(dir.path())
        .args(["export", ID, "--format", "json"])
        .output()
        .unwrap();
    // Schema 1 is read as schema 2, which only adds the message: nothing else moves.
    let migrated = SHEET.replacen("\"schema_version\": 1,", "\"schema_version\": 2,", 1);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), migrated);
}

#[test]
fn other_programs_temp_files_are_never_touched() {
    let dir = with_sheet();
    let sheets = dir.path().join("sheets");
    let theirs = [
        sheets.join(".syncthing.20261120-acme-a1b2.json.tmp"),
        sheets.join(".my-notes.tmp"),
    ];
    for path in &theirs {
        std::fs::write(path, "theirs").unwrap();
    }
    let ours = sheets.join(".talkprep-20261120-acme-a1b2.Ab12Cd.tmp");
    std::fs::write(&ours, "{half").unwrap();
    for args in [&["list"][..], &["show", ID], &["due"], &["export", ID]] {
        cmd(dir.path()).args(args).assert().success();
        assert!(
            ours.exists(),
            "{args:?} removed a temp file while only reading"
        );
    }
    cmd(dir.path()).args(["trash", "empty"]).assert().success();
    assert!(!ours.exists(), "a writer leaves its own leftovers");
    for path in &theirs {
        assert_eq!(std::fs::read_to_string(path).unwrap(), "theirs");
    }
}

#[test]
fn a_killed_exports_leftover_is_removed_by_the_next_export() {
    let dir = with_sheet();
    let out = TempDir::new().unwrap();
    // A process id above the kernel's maximum: that writer is certainly gone.
    let leftover = out.path().join(".talkprep-export.4194999.Zz9Yy8.tmp");
    let foreign = out.path().join(".report.md.tmp");
    std::fs::write(&leftover, SHEET).unwrap();
    std::fs::write(&foreign, "theirs").unwrap();
    cmd(dir.path())
        .args(["export", ID, "-o"])
        .arg(out.path().join("acme.md"))
        .assert()
        .success();
    assert!(!leftover.exists());
    assert!(foreign.exists());
    let names: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

/// A data folder the user cannot write (a backup, a read-only mount): simulated by running as
/// `nobody` on root's folder, where permission bits are enforced.
#[cfg(target_os = "linux")]
#[test]
fn a_read_only_data_folder_is_readable() {
    // SAFETY: getuid has no preconditions.
    if unsafe { libc_getuid() } != 0 || which("setpriv").is_none() {
        eprintln!("skipped: needs root and setpriv(1)");
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let dir = with_sheet();
    let set = |path: &Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    set(dir.path(), 0o755);
    for sub in ["sheets", "trash", "locks"] {
        set(&dir.path().join(sub), 0o755);
    }
    let file = dir.path().join("sheets").join(format!("{ID}.json"));
    set(&file, 0o644);
    let before = std::fs::read(&file).unwrap();
    let modes = || {
        ["", "sheets", "trash", "locks"].map(|s| {
            std::fs::metadata(dir.path().join(s))
                .unwrap()
                .permissions()
                .mode()
        })
    };
    let modes_before = modes();
    for args in [
        &["list"][..],
        &["show", ID],
        &["due"],
        &["export", ID],
        &["cue", ID],
    ] {
        let out = std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(bin())
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {err}");
        // `due` prints nothing when nothing is due.
        assert!(args[0] == "due" || !out.stdout.is_empty(), "{args:?}");
    }
    assert_eq!(std::fs::read(&file).unwrap(), before);
    assert_eq!(modes(), modes_before, "a reader changed permissions");
    // A writer says clearly why it cannot.
    let out = std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(bin())
        .arg("--data-dir")
        .arg(dir.path())
        .args(["delete", ID])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("may write"), "{err}");
}

#[cfg(target_os = "linux")]
unsafe extern "C" {
    #[link_name = "getuid"]
    fn libc_getuid() -> u32;
}

fn which(name: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(name))
            .find(|p| p.is_file())
    })
}

#[test]
fn a_list_of_only_unreadable_files_does_not_say_there_are_none() {
    let dir = TempDir::new().unwrap();
    cmd(dir.path())
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("No saved sheets yet"));
    std::fs::write(
        dir.path().join("sheets").join("20261121-bad-0000.json"),
        "{",
    )
    .unwrap();
    cmd(dir.path())
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("No sheet could be listed"))
        .stderr(predicate::str::contains("20261121-bad-0000.json"));
}
