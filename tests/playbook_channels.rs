//! Every bundled playbook covers each channel and each kind of push-back (rules in
//! `support/playbook_rules.rs`), in all four languages.

#[path = "support/playbook_rules.rs"]
mod playbook_rules;

fn check(lang: &str) {
    let path = format!("{}/assets/playbook/{lang}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let v: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let problems = playbook_rules::problems(&v);
    assert!(problems.is_empty(), "{path}:\n{}", problems.join("\n"));
}

#[test]
fn english_covers_every_channel_and_kind() {
    check("en");
}

#[test]
fn french_covers_every_channel_and_kind() {
    check("fr");
}

#[test]
fn polish_covers_every_channel_and_kind() {
    check("pl");
}

#[test]
fn romanian_covers_every_channel_and_kind() {
    check("ro");
}

#[test]
fn the_rules_catch_a_thin_playbook() {
    let v = serde_json::json!({
        "scenarios": [{"id": "x", "openers": ["Hi {client}, about {topic}."],
                       "pushbacks": [{"kind": "denial", "says": "No.", "reply": "I see."}]}],
        "listening_cues": [{"title": "t", "detail": "d", "channels": ["video", "fax"]}],
    });
    let p = playbook_rules::problems(&v);
    for want in [
        "x: 1 push-backs",
        "x: no silence push-back",
        "x pushbacks[0]: no channels",
        "x: 0 push-backs fit email",
        "no opener greets",
        "whole client field",
        "listening_cues[0]: unknown channel \"fax\"",
        "listening_cues: 0 fit call",
    ] {
        assert!(
            p.iter().any(|l| l.contains(want)),
            "{want} missing in {p:#?}"
        );
    }
}
