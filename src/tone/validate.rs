//! Rulebook validation: everything the JSON shape alone cannot check, with errors that name the
//! rule id (and the pattern) so a typo is easy to find.

use std::collections::HashSet;

use super::pattern::{Pattern, PatternError};
use super::rulebook::{Kind, RULEBOOK_SCHEMA_VERSION, Rule, Rulebook};

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
            if c.decay.is_some_and(|d| !(0.0..=2.0).contains(&d)) {
                return Err(RulebookError::Category {
                    id: c.id.clone(),
                    reason: "decay must be within 0-2".into(),
                });
            }
            if !cats.insert(c.id.as_str()) {
                return Err(RulebookError::Category {
                    id: c.id.clone(),
                    reason: "declared twice".into(),
                });
            }
        }
        for w in &self.negation.words {
            if super::normalize::normalize_word(w).is_none() {
                return Err(book(format!("negation word '{w}' is not a single word")));
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
                if st.kind == super::rulebook::StructuralKind::Learned
                    && r.category != super::learned::LEARNED_CATEGORY
                {
                    return Err(rule_err(
                        r,
                        format!(
                            "a learned rule belongs in category '{}'",
                            super::learned::LEARNED_CATEGORY
                        ),
                    ));
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
        for w in r.unless_before.iter().chain(&r.unless_after) {
            if super::normalize::normalize_word(w).is_none() {
                return Err(rule_err(
                    r,
                    format!("unless word '{w}' is not a single word"),
                ));
            }
        }
        if r.replacement.is_some() {
            // A drop-in rewrite is only safe for a whole phrase, never a lone word whose
            // neighbours may not fit the replacement ("TOUJOURS pas" -> "Souvent pas").
            let lone = r.structural.is_some()
                || r.patterns.iter().any(|p| {
                    Pattern::parse(p).is_ok_and(|p| {
                        p.elems
                            .iter()
                            .filter(|e| matches!(e, super::pattern::Elem::Word(_)))
                            .count()
                            < 2
                            || p.elems.len()
                                != p.elems
                                    .iter()
                                    .filter(|e| matches!(e, super::pattern::Elem::Word(_)))
                                    .count()
                    })
                });
            if lone {
                return Err(rule_err(
                    r,
                    "a replacement needs patterns of two or more plain words (no stems or \
                     wildcards), so the rewrite replaces a whole phrase"
                        .into(),
                ));
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
