//! `config.toml`: read at start, flags and the environment over it, a bad file said with its
//! line while the command goes on with the defaults, and `talkprep config`.

use assert_cmd::cargo::cargo_bin_cmd;
use predicates::prelude::*;
use tempfile::TempDir;

fn talkprep(config: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("talkprep");
    cmd.env("TALKPREP_CONFIG", config)
        .env_remove("TALKPREP_DATA_DIR")
        .env_remove("TALKPREP_LANG")
        .env("LANG", "C");
    cmd
}

#[test]
fn the_data_folder_and_the_language_come_from_the_file() {
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("preps");
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "lang = \"fr\"\ndata_dir = \"{}\"\nmouse = false\n",
            data.display()
        ),
    )
    .unwrap();
    let sheets = data.join("sheets");
    std::fs::create_dir_all(&sheets).unwrap();
    std::fs::write(
        sheets.join("20261120-acme-a1b2.json"),
        include_str!("data/sheet.json"),
    )
    .unwrap();
    talkprep(&config)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("Acme Ltd"));
    // French, from the file: the help speaks it.
    talkprep(&config)
        .args(["list", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Lister les fiches"));
    // A flag wins over the file.
    talkprep(&config)
        .args(["--lang", "en", "list", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("List saved sheets"));
    let elsewhere = dir.path().join("other");
    talkprep(&config)
        .arg("--data-dir")
        .arg(&elsewhere)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("Acme").not());
}

#[test]
fn a_bad_file_is_said_with_its_line_and_the_defaults_apply() {
    let dir = TempDir::new().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "mouse = true\ncolours = \"dark\"\n").unwrap();
    let data = dir.path().join("data");
    talkprep(&config)
        .arg("--data-dir")
        .arg(&data)
        .arg("list")
        .assert()
        .success()
        .stderr(
            predicate::str::contains("config.toml")
                .and(predicate::str::contains("line 2"))
                .and(predicate::str::contains("colours"))
                .and(predicate::str::contains("defaults")),
        );
}

#[test]
fn config_prints_its_path_and_a_default_file_that_reads_back() {
    let dir = TempDir::new().unwrap();
    let config = dir.path().join("mine.toml");
    talkprep(&config)
        .args(["config", "--path"])
        .assert()
        .success()
        .stdout(predicate::str::contains("mine.toml"));
    talkprep(&config)
        .arg("config")
        .assert()
        .success()
        .stdout(predicate::str::contains("not there"));
    let out = talkprep(&config)
        .args(["config", "--default"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for key in [
        "lang", "data_dir", "playbook", "mouse", "theme", "plain", "save",
    ] {
        assert!(
            text.contains(&format!("# {key} = ")),
            "{key} documented:\n{text}"
        );
    }
    // Uncommented, the defaults it shows are a valid file.
    let uncommented: String = text
        .lines()
        .filter_map(|l| l.strip_prefix("# "))
        .filter(|l| l.contains(" = ") || l.starts_with('['))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&config, uncommented).unwrap();
    talkprep(&config)
        .arg("config")
        .assert()
        .success()
        .stdout(predicate::str::contains("read"))
        .stderr(predicate::str::is_empty());
}
