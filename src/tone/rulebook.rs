//! Rulebook schema v1 (`assets/tone/<lang>.json`) and its validation.
//!
//! The format is documented for rulebook authors in `assets/tone/README.md`. Validation errors
//! name the rule id (and the pattern) so a typo is easy to find.

use serde::{Deserialize, Serialize};

use super::report::Severity;
pub use super::validate::RulebookError;

/// The rulebook schema version this build reads.
pub const RULEBOOK_SCHEMA_VERSION: u32 = 1;

/// A whole rulebook for one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rulebook {
    /// Must equal [`RULEBOOK_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Language code, e.g. `en`.
    pub lang: String,
    /// The language's own name, e.g. `Français`.
    pub name: String,
    /// Base score, bands and diminishing returns.
    pub scoring: Scoring,
    /// Hints for automatic language detection.
    pub detect: DetectHints,
    /// Words that negate what follows them: a strength right after one is cancelled.
    #[serde(default)]
    pub negation: Negation,
    /// Categories, in display order.
    pub categories: Vec<Category>,
    /// Problems and strengths.
    pub rules: Vec<Rule>,
}

/// How matches turn into a score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// Score of a text with no match.
    pub base: i32,
    /// Lower bounds of the label bands.
    pub bands: Bands,
    /// Diminishing returns factor (0–1) for repeats.
    pub decay: f64,
    /// Cap on the total points strengths may add.
    pub max_bonus: i32,
    /// Cap on the strengths' points when the text also has a problem of severity warn or high:
    /// courtesy wrapped around a jab does not buy it back (default: `max_bonus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wrapped_bonus: Option<i32>,
}

/// Lower bounds of the label bands: `score >= warm` is warm, and so on; below `tense` is hostile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bands {
    /// Lowest warm score.
    pub warm: i32,
    /// Lowest neutral score.
    pub neutral: i32,
    /// Lowest tense score.
    pub tense: i32,
}

/// Language detection hints.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetectHints {
    /// Letters typical of the language (each occurrence scores 3).
    #[serde(default)]
    pub letters: String,
    /// Frequent function words (each whole-word occurrence scores 1).
    #[serde(default)]
    pub words: Vec<String>,
}

/// Negation: a strength match with one of `words` among the `scope` words before it, in the same
/// sentence, is not reported ("I don't understand why…" earns no credit for "understand").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Negation {
    /// Negating words, written like patterns (`not`, `dont`, `nie`, `nu`); a word also counts
    /// before an apostrophe or hyphen (`n'ai`, `n-am`).
    #[serde(default)]
    pub words: Vec<String>,
    /// How many words before a strength are looked at (default 3).
    #[serde(default)]
    pub scope: Option<u32>,
}

impl Negation {
    /// The scope used when none is given.
    pub const DEFAULT_SCOPE: u32 = 3;
}

/// Whether a category marks a problem or a strength.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Lowers the score.
    Problem,
    /// Raises the score.
    Strength,
}

/// A category of rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Stable id, the same in every language, e.g. `blame`.
    pub id: String,
    /// Problem or strength.
    pub kind: Kind,
    /// Display name in the rulebook's language.
    pub label: String,
    /// Diminishing returns for this category instead of `scoring.decay`; `1` makes every
    /// repeat count in full (stacked hedges), above 1 makes each repeat cost more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decay: Option<f64>,
    /// How many matches of this category are free (reported, 0 points) before the next ones
    /// count: one hedge is fine, the second and third cost (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free: Option<u32>,
}

/// One rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Unique id starting with `<lang>.`.
    pub id: String,
    /// A declared category id.
    pub category: String,
    /// Required for problems; strengths are always reported as `info`.
    #[serde(default)]
    pub severity: Option<Severity>,
    /// Points (1–60) taken off (problem) or added (strength).
    pub weight: i32,
    /// Phrase patterns (see the README's pattern syntax).
    #[serde(default)]
    pub patterns: Vec<String>,
    /// A structural detector instead of patterns.
    #[serde(default)]
    pub structural: Option<Structural>,
    /// Why it lands badly, or why it works.
    pub message: String,
    /// A warmer way to say it (required for problems).
    #[serde(default)]
    pub suggestion: String,
    /// A drop-in phrase replacing the matched words, when that reads correctly.
    #[serde(default)]
    pub replacement: Option<String>,
    /// The rule is not reported when the word right before the match is one of these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless_before: Vec<String>,
    /// The rule is not reported when the word right after the match is one of these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless_after: Vec<String>,
    /// Texts the rule must and must not fire on.
    pub examples: Examples,
}

/// A rule's own test cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    /// The rule must be reported on each of these.
    pub hit: Vec<String>,
    /// The rule must not be reported on any of these.
    pub miss: Vec<String>,
}

/// A structural (shape-based) detector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Structural {
    /// Which detector.
    pub kind: StructuralKind,
    /// Its threshold; see [`StructuralKind`] for the default.
    #[serde(default)]
    pub min: Option<u32>,
}

/// The structural detectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StructuralKind {
    /// An all-capitals word of at least `min` (5) letters, or 3+ consecutive capital words.
    CapsWord,
    /// Mostly capitals overall, with at least `min` (8) letters.
    CapsText,
    /// Only the runs of 3+ consecutive all-capitals words (`PAY ME NOW`); `min` as for
    /// `caps_word` (ignored for runs).
    CapsRun,
    /// A run of at least `min` (3) exclamation marks.
    ExclamationRun,
    /// A run mixing `?` and `!`, or `‽`.
    Interrobang,
    /// A run of at least `min` (2) question marks.
    QuestionRun,
    /// A smiling emoticon or emoji (`:)`, `:-)`, `;)`, `:D`, `🙂`, `😊`, `👍`…); `min` is ignored.
    Smiley,
    /// Scare quotes: one or two lower-case words in quotes in the middle of a sentence
    /// (`thanks for 'forgetting'`, « "occupé" »); `min` is ignored.
    ScareQuotes,
    /// An eye-roll or annoyed emoji (🙄 😒 😤 🤦 😑 🤨 😠 😡 🖕); `min` is ignored.
    EyeRoll,
    /// The learned layer (`assets/tone/model/<lang>.json`): reported on the words that weigh
    /// most when the text as a whole reads as tense and no rule said so; the rule's `weight`
    /// caps the points it takes. `min` is ignored.
    Learned,
}

impl StructuralKind {
    /// The threshold used when `min` is not given.
    pub fn default_min(self) -> u32 {
        match self {
            Self::CapsWord | Self::CapsRun => 5,
            Self::CapsText => 8,
            Self::ExclamationRun => 3,
            Self::Interrobang => 2,
            Self::QuestionRun => 2,
            Self::Smiley | Self::ScareQuotes | Self::EyeRoll | Self::Learned => 1,
        }
    }
}

impl Rulebook {
    /// Parses and validates a rulebook from JSON.
    pub fn from_json(json: &str) -> Result<Self, RulebookError> {
        let book: Rulebook =
            serde_json::from_str(json).map_err(|e| RulebookError::Json(e.to_string()))?;
        book.validate()?;
        Ok(book)
    }

    /// The category with this id.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_english_is_valid() {
        let book = Rulebook::from_json(include_str!("../../assets/tone/en.json"));
        assert!(book.is_ok(), "{book:?}");
    }

    #[test]
    fn errors_name_the_rule() {
        let json = include_str!("../../assets/tone/en.json").replacen(
            "\"weight\": 12,",
            "\"weight\": 0,",
            1,
        );
        let err = Rulebook::from_json(&json).unwrap_err();
        assert_eq!(
            err.to_string(),
            "rule 'en.alarm.need_to_talk': weight 0 is not within 1-60"
        );
    }
}
