//! Killing talkprep in the middle of saves never leaves a half-written sheet.
//!
//! The parent test re-runs this test binary as a child that saves (and trashes and restores)
//! sheets with growing text in a loop, kills it at a random moment, and checks every sheet
//! file on disk is whole. Thirty rounds.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use rand::Rng;
use talkprep::sheet::{Sheet, SheetId, from_json_bytes};
use talkprep::store::Store;

const CHILD_ENV: &str = "TALKPREP_CRASH_CHILD";
const IDS: [&str; 3] = ["crash-a", "crash-b", "crash-c"];
const ROUNDS: usize = 30;

/// The child: does nothing in a normal test run; when started by the parent, saves forever.
#[test]
fn crash_child() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let dir = PathBuf::from(dir);
    let store = Store::open(dir.join("data")).unwrap();
    let ids: Vec<SheetId> = IDS.iter().map(|s| SheetId::parse(s).unwrap()).collect();
    let mut sheets: Vec<Sheet> = ids
        .iter()
        .map(|id| Sheet::new(id.clone(), Timestamp::now()))
        .collect();
    // Every sheet exists once before the parent may kill us.
    for sheet in &sheets {
        store.save(sheet).unwrap();
    }
    fs::write(dir.join("ready"), "").unwrap();
    let chunk = "Zoë said \"no\" —\nagain\t😀 東京 \\ ";
    for i in 0usize.. {
        let k = i % sheets.len();
        let sheet = &mut sheets[k];
        sheet.updated = Timestamp::now();
        sheet.facts.what_happened = chunk.repeat(1 + (i * 37) % 4000);
        sheet.fallbacks.push(format!("offer {i}"));
        if sheet.fallbacks.len() > 50 {
            sheet.fallbacks.clear();
        }
        store.save(sheet).unwrap();
        if i % 5 == 4 {
            store.delete(&ids[k]).unwrap();
            store.restore(&ids[k]).unwrap();
        }
    }
}

/// Every `*.json` in `dir` parses and carries the id its name gives; returns how many.
fn check_whole(dir: &Path) -> usize {
    let mut count = 0;
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".json") else {
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let bytes = fs::read(&path).unwrap();
        let sheet = from_json_bytes(&bytes)
            .unwrap_or_else(|e| panic!("{} is not whole: {e}", path.display()));
        assert_eq!(sheet.id, stem);
        count += 1;
    }
    count
}

fn temp_files(dir: &Path) -> usize {
    fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            let name = e.as_ref().unwrap().file_name();
            let name = name.to_string_lossy();
            name.starts_with(".talkprep-") && name.ends_with(".tmp")
        })
        .count()
}

#[test]
fn killed_mid_save_leaves_every_sheet_whole() {
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut rng = rand::rng();
    let mut interrupted_writes = 0;
    for round in 0..ROUNDS {
        let ready = dir.path().join("ready");
        let _ = fs::remove_file(&ready);
        let mut child = Command::new(&exe)
            .args(["crash_child", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        // Not a timing assertion: only a guard so a broken child cannot hang the suite.
        let started = Instant::now();
        while !ready.exists() {
            if let Some(status) = child.try_wait().unwrap() {
                panic!("round {round}: child exited early with {status}");
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "round {round}: child never got ready"
            );
            sleep(Duration::from_millis(1));
        }
        sleep(Duration::from_micros(rng.random_range(0..30_000)));
        child.kill().unwrap();
        child.wait().unwrap();

        let data = dir.path().join("data");
        interrupted_writes += temp_files(&data.join("sheets"));
        let live = check_whole(&data.join("sheets"));
        let trashed = check_whole(&data.join("trash"));
        // A kill between delete and restore leaves a sheet in the trash; none is ever lost.
        assert!(
            live + trashed >= IDS.len(),
            "round {round}: a sheet is missing"
        );
        let store = Store::open(data).unwrap();
        // What a writing command does first: clear what the killed writer left.
        store.tidy().unwrap();
        let listing = store.list().unwrap();
        assert!(
            listing.unreadable.is_empty() && listing.refused.is_empty(),
            "round {round}: {listing:?}"
        );
        // Put trashed sheets back so the next child can save them all.
        for id in IDS {
            let id = SheetId::parse(id).unwrap();
            if !store.sheet_path(&id).exists() && store.trash_path(&id).exists() {
                store.restore(&id).unwrap();
            }
        }
    }
    // Tidying cleared what the killed writers left.
    assert_eq!(temp_files(&dir.path().join("data").join("sheets")), 0);
    eprintln!("{interrupted_writes} of {ROUNDS} kills interrupted a write");
}
