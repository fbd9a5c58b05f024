//! A rulebook's own examples as tests: every rule fires on its `hit`s, never on its `miss`es.

use super::compile::Compiled;

/// A rule example that does not behave as declared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    /// Rule id.
    pub rule: String,
    /// `true` for a `hit` example that did not fire, `false` for a `miss` example that did.
    pub expected_hit: bool,
    /// The example text.
    pub text: String,
}

impl std::fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.expected_hit {
            write!(
                f,
                "rule '{}' does not fire on its hit example {:?}",
                self.rule, self.text
            )
        } else {
            write!(
                f,
                "rule '{}' fires on its miss example {:?}",
                self.rule, self.text
            )
        }
    }
}

impl Compiled {
    /// Whether the rule with this id is reported (as a finding or strength) on `text`.
    pub fn fires(&self, rule_id: &str, text: &str) -> bool {
        let r = self.check(text);
        r.findings
            .iter()
            .chain(&r.strengths)
            .any(|f| &*f.rule == rule_id)
    }

    /// Every rule example that does not behave as declared (empty when the rulebook is sound).
    /// The learned rule's examples are checked only once a model is attached.
    pub fn example_failures(&self) -> Vec<ExampleFailure> {
        let mut out = Vec::new();
        let learned_unchecked = self.learned().is_none();
        for (ri, rule) in self.rulebook().rules.iter().enumerate() {
            if learned_unchecked && self.learned_rule == Some(ri) {
                continue;
            }
            for (expected_hit, texts) in [(true, &rule.examples.hit), (false, &rule.examples.miss)]
            {
                for text in texts {
                    if self.fires(&rule.id, text) != expected_hit {
                        out.push(ExampleFailure {
                            rule: rule.id.clone(),
                            expected_hit,
                            text: text.clone(),
                        });
                    }
                }
            }
        }
        out
    }
}
