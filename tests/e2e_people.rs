//! End to end, one run per person talkprep serves, in a real terminal (tmux) at 80x24:
//! the coach's own sentence survives a promoted template and an undo, the VA's verdict can be
//! found again, corrected and deleted, and the solopreneur's greeting uses the form of address.

#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;

use tmux::{import, start, tmux_available};

fn sheet_file(data: &Path, id: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(data.join("sheets").join(format!("{id}.json"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_coach_edits_her_own_opener_promotes_a_template_undoes_it_and_keeps_her_words() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::TempDir::new().unwrap();
    import(
        data.path(),
        Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/sheet.json"
        )),
    );
    let own = "Hi Acme Ltd, can you help me understand where invoice 2026-031 stands?";
    let t = start("coach", data.path(), 80, 24);
    t.wait_for("Acme Ltd");
    t.keys(&["Down", "C-p"]);
    t.wait_for("1 of");
    // Her own words, edited in place: "Kendra" is typed (k, d, n, r inside a word).
    t.keys(&["e"]);
    t.wait_for("keeps it");
    t.type_text(" Thanks, Kendra.");
    t.keys(&["Enter"]);
    t.wait_for("Kendra.");
    // On to a playbook opener, made the sheet's opener, then undone.
    t.keys(&["v"]);
    let mut promoted = false;
    for _ in 0..8 {
        if t.screen().contains("from the playbook") {
            t.keys(&["p"]);
            t.wait_for("yours stays as variation 1");
            promoted = true;
            break;
        }
        t.keys(&["v"]);
    }
    assert!(promoted, "a playbook opener to promote:\n{}", t.screen());
    t.keys(&["C-z"]);
    t.wait_for("Switched back");
    t.keys(&["Escape"]);
    t.wait_for("rehearse aloud");
    // Reopened: her sentence, edited, is variation 1 and the sheet's opener.
    t.keys(&["Down", "C-p"]);
    let screen = t.wait_for("1 of");
    assert!(screen.contains("Thanks, Kendra."), "{screen}");
    t.keys(&["Escape"]);
    t.wait_for("rehearse aloud");
    t.keys(&["C-q"]);
    let sheet = sheet_file(data.path(), "20261120-acme-a1b2");
    assert_eq!(
        sheet["opener"]["text"],
        format!("{own} Thanks, Kendra."),
        "{sheet}"
    );
}

#[test]
fn the_va_finds_her_verdict_again_corrects_it_deletes_it_and_brings_it_back() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::TempDir::new().unwrap();
    let t = start("va", data.path(), 80, 24);
    t.wait_for("Start a new prep");
    // A first client, reviewed and left as it is.
    t.keys(&["C-r"]);
    t.wait_for("Red-flag review");
    t.type_text("Kasia Nowak");
    t.keys(&["Enter", "Space", "Enter"]);
    t.wait_for("Verdict for Kasia Nowak");
    t.wait_for("saved");
    t.keys(&["Escape", "Escape"]);
    t.wait_for("◇ Kasia Nowak");
    t.keys(&["C-r"]);
    t.wait_for("Red-flag review");
    t.type_text("Dorota Quinn-Rask");
    t.keys(&["Enter", "Space", "Down", "Space", "Enter"]);
    t.wait_for("Verdict for Dorota Quinn-Rask");
    t.wait_for("saved");
    t.keys(&["Escape", "Escape"]);
    let home = t.wait_for("◇ Dorota Quinn-Rask");
    assert!(home.contains("score"), "{home}");

    // Reopened from home: the same review, corrected with one more tick.
    t.keys(&["Down", "Enter"]);
    t.wait_for("Verdict for Dorota Quinn-Rask");
    t.keys(&["Escape"]);
    t.wait_for("Checklist");
    t.keys(&["Down", "Down", "Space", "Enter"]);
    t.wait_for("Verdict for Dorota Quinn-Rask");
    t.keys(&["C-s"]);
    t.wait_for("saved");
    let reviews = || {
        std::fs::read_dir(data.path().join("reviews"))
            .unwrap()
            .count()
    };
    // "saved" may still be on screen from the first save: give the second one its moment.
    for _ in 0..40 {
        if reviews() == 2 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(reviews(), 2, "corrected, not a third review");

    // Deleted from the verdict, back with Ctrl-Z on home; the other client's stays.
    t.keys(&["Delete"]);
    let home = t.wait_for("Review moved to the trash");
    assert_eq!(reviews(), 1);
    assert!(home.contains("◇ Kasia Nowak"), "{home}");
    t.keys(&["C-z"]);
    t.wait_for("Review brought back");
    assert_eq!(reviews(), 2);
    let file = std::fs::read_dir(data.path().join("reviews"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("dorota"))
        .expect("Dorota's review");
    let review: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    assert_eq!(review["ticked"].as_array().unwrap().len(), 3, "{review}");
    t.keys(&["C-q"]);
}

#[test]
fn the_solopreneurs_opener_and_cue_card_greet_with_the_form_of_address() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::TempDir::new().unwrap();
    let t = start("solo", data.path(), 80, 24);
    t.wait_for("Start a new prep");
    t.keys(&["Enter"]);
    t.wait_for("Step 1");
    t.type_text("unpaid");
    t.keys(&["Enter"]);
    t.type_text("Marta Kowalski (Brightleaf Studio)");
    t.keys(&["Tab"]);
    t.type_text("Marta");
    // On to the opener step: the sheet takes the client's name as its id.
    for _ in 0..5 {
        t.keys(&["NPage"]);
    }
    t.wait_for("Step 6 of 10");
    let screen = t.wait_for("Hi Marta, I hope");
    assert!(!screen.contains("Hi Marta Kowalski"), "{screen}");
    // The whole message, from the sheet: greeting on its line, opener, sign-off.
    t.keys(&["Enter", "NPage"]);
    let message = t.wait_for("Step 7 of 10: Message");
    assert!(message.contains("│Hi Marta,"), "{message}");
    assert!(
        message.contains("I hope things are going well"),
        "{message}"
    );
    t.keys(&["NPage", "NPage"]);
    t.wait_for("Step 9 of 10");
    t.keys(&["k"]);
    let card = t.wait_for("During the call with");
    assert!(card.contains("“Hi Marta, I hope"), "{card}");
    t.keys(&["Escape"]);
    t.wait_for("Step 9 of 10");
    t.keys(&["Escape"]);
    if !t.screen().contains("Start a new prep") {
        t.keys(&["Escape"]);
    }
    t.wait_for("Start a new prep");
    t.keys(&["C-q"]);
    let ids: Vec<String> = std::fs::read_dir(data.path().join("sheets"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    assert_eq!(ids.len(), 1, "{ids:?}");
    assert!(ids[0].contains("-marta-kowalski-"), "{ids:?}");
}

/// A long answer written in the person's own editor: Ctrl-O hands the field over, the app
/// comes back when the editor closes, with what it left in the field and on the sheet.
#[test]
fn a_long_answer_is_written_in_the_persons_own_editor() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::TempDir::new().unwrap();
    let editor = data.path().join("editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nprintf '%s\\n' 'Kendra said the invoice got lost in her inbox.' >> \"$1\"\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let t = tmux::start_with(
        "editor",
        data.path(),
        80,
        24,
        &[("VISUAL", editor.to_str().unwrap())],
    );
    t.wait_for("Start a new prep");
    t.keys(&["Enter"]);
    t.wait_for("Step 1");
    t.type_text("unpaid");
    t.keys(&["Enter"]);
    t.type_text("Kendra Quinn");
    t.keys(&["NPage"]);
    t.wait_for("Step 2 of 10");
    t.type_text("Invoice 044 is unpaid.");
    t.keys(&["C-o"]);
    let screen = t.wait_for("Read back from your editor");
    assert!(screen.contains("got lost"), "{screen}");
    assert!(screen.contains("Step 2 of 10"), "the app is back: {screen}");
    t.keys(&["C-s"]);
    t.wait_for("· saved");
    t.keys(&["C-q"]);
    // The app has ended (and saved) before its files are read.
    for _ in 0..100 {
        if !t.alive() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let ids: Vec<String> = std::fs::read_dir(data.path().join("sheets"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| {
            e.file_name()
                .to_string_lossy()
                .trim_end_matches(".json")
                .to_owned()
        })
        .filter(|n| n.contains("kendra"))
        .collect();
    let sheet = sheet_file(data.path(), &ids[0]);
    assert_eq!(
        sheet["facts"]["what_happened"],
        "Invoice 044 is unpaid.\nKendra said the invoice got lost in her inbox."
    );
}
