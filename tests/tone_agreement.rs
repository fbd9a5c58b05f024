//! The tone checker agrees with the app's own content, in all four languages, read from the
//! bundled playbooks (`assets/playbook/<lang>.json`, edited in parallel, so nothing is
//! hard-coded here):
//!
//! - every phrase to avoid (`scenarios[].avoid[].phrase`) is labelled tense or hostile;
//! - every line the app suggests (openers with `{client}` and `{topic}` filled in, calm replies
//!   to pushbacks, fallbacks, future questions, and example lines quoted in the listening cues
//!   and strategies) is warm or neutral, with no finding at warn or above.

use talkprep::tone::{Label, Lang, Report, Severity, check};

#[path = "support/playbook_lines.rs"]
mod playbook_lines;

fn brief(r: &Report) -> String {
    let steps: Vec<String> = r
        .arithmetic
        .iter()
        .map(|s| format!("{:+} {} '{}'", s.points, s.category, s.matched))
        .collect();
    format!("{:?} {} [{}]", r.label, r.score, steps.join(", "))
}

fn agree(lang: Lang) {
    let lines = playbook_lines::lines(lang.code());
    assert!(
        lines.avoid.len() >= 30 && lines.suggested.len() >= 60,
        "{lang}: the playbook should have phrases to avoid and suggested lines"
    );
    let mut problems = Vec::new();
    let mut avoid_ok = 0;
    for l in &lines.avoid {
        let r = check(&l.text, lang);
        if matches!(r.label, Label::Tense | Label::Hostile) {
            avoid_ok += 1;
        } else {
            problems.push(format!(
                "phrase to avoid passes: {} {:?} => {}",
                l.place,
                l.text,
                brief(&r)
            ));
        }
    }
    let mut suggested_ok = 0;
    for l in &lines.suggested {
        let r = check(&l.text, lang);
        let warn = r.findings.iter().find(|f| f.severity >= Severity::Warn);
        if matches!(r.label, Label::Warm | Label::Neutral) && warn.is_none() {
            suggested_ok += 1;
        } else {
            problems.push(format!(
                "suggested line flagged: {} {:?} => {}",
                l.place,
                l.text,
                brief(&r)
            ));
        }
    }
    eprintln!(
        "{lang} playbook agreement: {avoid_ok}/{} phrases to avoid labelled tense or hostile, \
         {suggested_ok}/{} suggested lines warm or neutral without a warning",
        lines.avoid.len(),
        lines.suggested.len()
    );
    assert!(problems.is_empty(), "{lang}:\n{}", problems.join("\n"));
}

#[test]
fn english_playbook_agrees() {
    agree(Lang::En);
}

#[test]
fn french_playbook_agrees() {
    agree(Lang::Fr);
}

#[test]
fn polish_playbook_agrees() {
    agree(Lang::Pl);
}

#[test]
fn romanian_playbook_agrees() {
    agree(Lang::Ro);
}

#[test]
fn quoted_example_lines_are_found() {
    assert_eq!(
        playbook_lines::quoted(
            "Say: «\u{a0}Si je comprends bien, c’est la date\u{a0}?\u{a0}» then wait."
        ),
        vec!["Si je comprends bien, c’est la date\u{a0}?".to_string()]
    );
    assert_eq!(
        playbook_lines::quoted("Powtórz: „Czyli największym zmartwieniem jest termin?” i czekaj."),
        vec!["Czyli największym zmartwieniem jest termin?".to_string()]
    );
}
