//! The rulebooks' own examples and the labelled set of openers.

use talkprep::tone::{Lang, compiled};

#[test]
fn every_rule_fires_on_its_hits_and_not_on_its_misses() {
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        failures.extend(
            compiled(lang)
                .example_failures()
                .into_iter()
                .map(|f| format!("{lang}: {f}")),
        );
    }
    assert!(
        failures.is_empty(),
        "{} failing examples:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
