//! The tone report: what the checker found, why, and the arithmetic behind the score.
//!
//! Its JSON shape is a public contract (`talkprep tone --json`) and is stored on sheets.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// How badly a finding lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look.
    Info,
    /// Likely to put the other person on the defensive.
    Warn,
    /// Likely to derail the conversation.
    High,
}

/// The overall label derived from the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    /// Inviting and calm.
    Warm,
    /// Neither warm nor tense.
    Neutral,
    /// Likely to raise defences.
    Tense,
    /// Likely to start a fight.
    Hostile,
}

/// One matched rule: a problem (finding) or something already good (strength).
///
/// The texts are shared (`Arc<str>`): a long text can match the same rule thousands of times,
/// and every finding of a rule points at the same id, category, message and suggestion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Rule id from the rulebook.
    pub rule: Arc<str>,
    /// Category id, e.g. `blame`, `thanks`.
    pub category: Arc<str>,
    /// How badly it lands (strengths are `info`).
    pub severity: Severity,
    /// Start, as a character offset into the checked text.
    pub start: usize,
    /// End (exclusive), as a character offset.
    pub end: usize,
    /// The matched text, as written.
    #[serde(rename = "match")]
    pub matched: Arc<str>,
    /// Why it lands badly, or why it works.
    pub message: Arc<str>,
    /// A warmer way to say it (empty for strengths).
    #[serde(default)]
    pub suggestion: Arc<str>,
    /// A drop-in phrase that can replace the matched words (see [`super::apply_suggestion`]);
    /// `None` when the suggestion is advice only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rewrite: Option<Arc<str>>,
}

impl Finding {
    /// Whether the learned layer reported it (its message quotes all of its spans).
    pub fn is_learned(&self) -> bool {
        &*self.category == super::learned::LEARNED_CATEGORY
    }
}

/// One line of the score's arithmetic, e.g. `-15 blame: 'you never'`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreStep {
    /// Signed points.
    pub points: i32,
    /// Category id.
    pub category: Arc<str>,
    /// The category's label in the rulebook's language, e.g. `Reproche` (empty in reports
    /// stored before labels were recorded; see [`Report::breakdown`]).
    #[serde(default)]
    pub label: Arc<str>,
    /// The matched text.
    #[serde(rename = "match")]
    pub matched: Arc<str>,
}

/// The whole report for one text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Language the text was checked in.
    pub lang: String,
    /// 0 to 100, higher is warmer.
    pub score: u8,
    /// Label derived from the score.
    pub label: Label,
    /// Problems, in text order.
    pub findings: Vec<Finding>,
    /// Things already good, in text order.
    pub strengths: Vec<Finding>,
    /// The arithmetic from the base score to `score`.
    #[serde(default)]
    pub arithmetic: Vec<ScoreStep>,
}

/// One line of a score breakdown for display: `+5 Acknowledge 'I see'`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakdownLine {
    /// Signed points.
    pub points: i32,
    /// The category's localised label.
    pub label: String,
    /// The words that earned or cost the points.
    pub matched: String,
}

impl std::fmt::Display for BreakdownLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:+} {} '{}'", self.points, self.label, self.matched)
    }
}

impl Label {
    /// The catalogue key of the label's name (`tone.label.warm`).
    pub fn key(self) -> &'static str {
        match self {
            Label::Warm => "tone.label.warm",
            Label::Neutral => "tone.label.neutral",
            Label::Tense => "tone.label.tense",
            Label::Hostile => "tone.label.hostile",
        }
    }
}

impl Report {
    /// Whether any finding has a drop-in rewrite that [`super::apply_suggestion`] can apply:
    /// the UI shows its "apply rewrite" hint only then.
    pub fn has_rewrite(&self) -> bool {
        self.findings.iter().any(|f| f.rewrite.is_some())
    }

    /// Each distinct finding once (same rule, same words ignoring case), with how many times
    /// the text holds it: the strongest first, then in text order. A long text that repeats
    /// one phrase reads as one finding "×N", not N of them. The learned layer's findings are
    /// one reason over several spans, so they come once, counted once.
    pub fn distinct_findings(&self) -> Vec<(&Finding, usize)> {
        let mut seen: std::collections::HashMap<(&str, String), usize> =
            std::collections::HashMap::new();
        let mut distinct: Vec<(&Finding, usize)> = Vec::new();
        for f in &self.findings {
            let learned = f.is_learned();
            let key = (
                &*f.rule,
                if learned {
                    String::new()
                } else {
                    f.matched.to_lowercase()
                },
            );
            match seen.get(&key) {
                Some(_) if learned => {}
                Some(&at) => distinct[at].1 += 1,
                None => {
                    seen.insert(key, distinct.len());
                    distinct.push((f, 1));
                }
            }
        }
        // Stable: equal severities keep text order.
        distinct.sort_by_key(|(f, _)| std::cmp::Reverse(f.severity));
        distinct
    }

    /// The first finding with a drop-in rewrite, in text order.
    pub fn first_rewrite(&self) -> Option<&Finding> {
        self.findings.iter().find(|f| f.rewrite.is_some())
    }

    /// The base score of the rulebook the report was made with.
    pub fn base(&self) -> i32 {
        let sum: i32 = self.arithmetic.iter().map(|s| s.points).sum();
        match self.lang.parse::<super::Lang>() {
            Ok(lang) => super::rulebook(lang).scoring.base,
            Err(_) => i32::from(self.score) - sum,
        }
    }

    /// The score's arithmetic with localised category labels instead of ids, for display:
    /// every point of the score next to the words that earned or cost it.
    pub fn breakdown(&self) -> Vec<BreakdownLine> {
        let lang = self.lang.parse::<super::Lang>().ok();
        self.arithmetic
            .iter()
            .map(|s| BreakdownLine {
                points: s.points,
                label: if !s.label.is_empty() {
                    s.label.to_string()
                } else if let Some(lang) = lang {
                    super::category_label(lang, &s.category)
                } else {
                    s.category.to_string()
                },
                matched: s.matched.to_string(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::tone::{Lang, check};

    #[test]
    fn a_phrase_said_many_times_is_one_distinct_finding() {
        let once = "You never answer my emails. ";
        let report = check(&once.repeat(40), Lang::En);
        let single = check(once, Lang::En);
        assert!(report.findings.len() >= 40, "{}", report.findings.len());
        let distinct = report.distinct_findings();
        assert_eq!(distinct.len(), single.findings.len(), "{distinct:?}");
        assert!(
            distinct.iter().all(|(_, times)| *times == 40),
            "{distinct:?}"
        );
        // The strongest first.
        assert!(
            distinct
                .windows(2)
                .all(|w| w[0].0.severity >= w[1].0.severity)
        );
    }
}
