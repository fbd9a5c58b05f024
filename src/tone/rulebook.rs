//! Rulebook schema v1 (`assets/tone/<lang>.json`) and its validation.
//!
//! The format is documented for rulebook authors in `assets/tone/README.md`. Validation errors
//! name the rule id (and the pattern) so a typo is easy to find.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::pattern::{Pattern, PatternError};
use super::report::Severity;

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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Stable id, the same in every language, e.g. `blame`.
    pub id: String,
    /// Problem or strength.
    pub kind: Kind,
    /// Display name in the rulebook's language.
    pub label: String,
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
    /// A run of at least `min` (3) exclamation marks.
    ExclamationRun,
    /// A run mixing `?` and `!`, or `‽`.
    Interrobang,
    /// A run of at least `min` (2) question marks.
    QuestionRun,
    /// A smiling emoticon or emoji (`:)`, `:-)`, `;)`, `:D`, `🙂`, `😊`, `👍`…); `min` is ignored.
    Smiley,
}

impl StructuralKind {
    /// The threshold used when `min` is not given.
    pub fn default_min(self) -> u32 {
        match self {
            Self::CapsWord => 5,
            Self::CapsText => 8,
            Self::ExclamationRun => 3,
            Self::Interrobang => 2,
            Self::QuestionRun => 2,
            Self::Smiley => 1,
        }
    }
}

/// Why a rulebook was rejected.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum RulebookError {
    /// Not valid JSON or not the expected shape.
    #[error("rulebook is not valid: {0}")]
    Json(String),
    /// Wrong schema version.
    #[error("rulebook schema_version {found} is not supported (expected {expected})")]
    Version {
        /// What the file says.
        found: u32,
        /// What this build reads.
        expected: u32,
    },
    /// A problem with the rulebook as a whole.
    #[error("rulebook '{lang}': {reason}")]
    Book {
        /// The rulebook's language.
        lang: String,
        /// What is wrong.
        reason: String,
    },
    /// A problem with one category.
    #[error("category '{id}': {reason}")]
    Category {
        /// Category id.
        id: String,
        /// What is wrong.
        reason: String,
    },
    /// A problem with one rule.
    #[error("rule '{id}': {reason}")]
    Rule {
        /// Rule id.
        id: String,
        /// What is wrong.
        reason: String,
    },
    /// A pattern that does not parse.
    #[error("rule '{id}', pattern '{pattern}': {source}")]
    Pattern {
        /// Rule id.
        id: String,
        /// The pattern as written.
        pattern: String,
        /// What is wrong.
        source: PatternError,
    },
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

    /// Checks everything the JSON shape alone cannot.
    pub fn validate(&self) -> Result<(), RulebookError> {
        if self.schema_version != RULEBOOK_SCHEMA_VERSION {
            return Err(RulebookError::Version {
                found: self.schema_version,
                expected: RULEBOOK_SCHEMA_VERSION,
            });
        }
        let book = |reason: String| RulebookError::Book {
            lang: self.lang.clone(),
            reason,
        };
        if self.lang.is_empty() || !self.lang.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(book("lang must be a lower-case code such as 'en'".into()));
        }
        let s = &self.scoring;
        let b = s.bands;
        if !(0..=100).contains(&s.base) {
            return Err(book(format!("scoring.base {} is not within 0-100", s.base)));
        }
        if !(100 >= b.warm && b.warm > b.neutral && b.neutral > b.tense && b.tense >= 0) {
            return Err(book(
                "scoring.bands must satisfy 100 >= warm > neutral > tense >= 0".into(),
            ));
        }
        if !(0.0..=1.0).contains(&s.decay) {
            return Err(book(format!("scoring.decay {} is not within 0-1", s.decay)));
        }
        if s.max_bonus < 0 {
            return Err(book("scoring.max_bonus must not be negative".into()));
        }
        let mut cats = HashSet::new();
        for c in &self.categories {
            if c.id.is_empty() || c.label.trim().is_empty() {
                return Err(RulebookError::Category {
                    id: c.id.clone(),
                    reason: "id and label must not be empty".into(),
                });
            }
            if !cats.insert(c.id.as_str()) {
                return Err(RulebookError::Category {
                    id: c.id.clone(),
                    reason: "declared twice".into(),
                });
            }
        }
        let mut ids = HashSet::new();
        for r in &self.rules {
            if !ids.insert(r.id.as_str()) {
                return Err(rule_err(r, "id used twice".into()));
            }
            self.validate_rule(r)?;
        }
        Ok(())
    }

    fn validate_rule(&self, r: &Rule) -> Result<(), RulebookError> {
        let prefix = format!("{}.", self.lang);
        if !r.id.starts_with(&prefix) || r.id.len() == prefix.len() {
            return Err(rule_err(r, format!("id must start with '{prefix}'")));
        }
        let Some(cat) = self.category(&r.category) else {
            return Err(rule_err(r, format!("unknown category '{}'", r.category)));
        };
        if !(1..=60).contains(&r.weight) {
            return Err(rule_err(
                r,
                format!("weight {} is not within 1-60", r.weight),
            ));
        }
        if r.message.trim().is_empty() {
            return Err(rule_err(r, "message must not be empty".into()));
        }
        if cat.kind == Kind::Problem {
            if r.severity.is_none() {
                return Err(rule_err(
                    r,
                    "problems need a severity (info, warn, high)".into(),
                ));
            }
            if r.suggestion.trim().is_empty() {
                return Err(rule_err(r, "problems need a suggestion".into()));
            }
        }
        match (&r.structural, r.patterns.is_empty()) {
            (Some(_), false) => {
                return Err(rule_err(
                    r,
                    "give either patterns or structural, not both".into(),
                ));
            }
            (None, true) => {
                return Err(rule_err(r, "give patterns or a structural detector".into()));
            }
            (Some(st), true) => {
                if st.min == Some(0) {
                    return Err(rule_err(r, "structural min must be at least 1".into()));
                }
            }
            (None, false) => {
                for p in &r.patterns {
                    Pattern::parse(p).map_err(|source| RulebookError::Pattern {
                        id: r.id.clone(),
                        pattern: p.clone(),
                        source,
                    })?;
                }
            }
        }
        if r.examples.hit.is_empty() || r.examples.miss.is_empty() {
            return Err(rule_err(
                r,
                "needs at least one hit and one miss example".into(),
            ));
        }
        Ok(())
    }
}

fn rule_err(r: &Rule, reason: String) -> RulebookError {
    RulebookError::Rule {
        id: r.id.clone(),
        reason,
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
