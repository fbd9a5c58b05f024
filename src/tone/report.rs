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
}

/// One line of the score's arithmetic, e.g. `-15 blame: 'you never'`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreStep {
    /// Signed points.
    pub points: i32,
    /// Category id.
    pub category: Arc<str>,
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
