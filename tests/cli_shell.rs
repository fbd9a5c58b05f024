//! `talkprep completions SHELL` and `talkprep man`: generated without error, for every shell,
//! in the user's language.

use assert_cmd::cargo::cargo_bin_cmd;
use predicates::prelude::*;

fn talkprep() -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("talkprep");
    cmd.env_remove("TALKPREP_DATA_DIR").env("LANG", "C");
    cmd
}

#[test]
fn a_completion_script_for_every_shell_names_the_commands() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        talkprep()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(
                predicate::str::contains("talkprep")
                    .and(predicate::str::contains("rehearse"))
                    .and(predicate::str::contains("flags")),
            );
    }
    talkprep()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bash"));
}

#[test]
fn the_manual_page_is_roff_in_the_users_language() {
    talkprep()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(".ie").and(predicate::str::contains(".TH talkprep 1")));
    talkprep()
        .args(["--lang", "fr", "man"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Afficher cette aide."));
}
