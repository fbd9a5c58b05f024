//! The learned weights of a language (`assets/tone/model/<lang>.json`), as stored and as used.

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use serde::{Deserialize, Serialize};

use super::super::lang::Lang;
use super::super::score::FnvHasher;

/// The model file schema version this build reads.
pub const MODEL_SCHEMA_VERSION: u32 = 1;

/// A model file as stored: written by `examples/tone_train.rs`, never by hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    /// Must equal [`MODEL_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Language code, e.g. `en`.
    pub lang: String,
    /// How the file was made, for whoever opens it.
    #[serde(default)]
    pub about: String,
    /// The labelled files it was trained on, with their line counts.
    #[serde(default)]
    pub trained_on: BTreeMap<String, usize>,
    /// Out-of-fold hits and false alarms on the training data, at `threshold`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_validation: Option<CrossValidation>,
    /// The intercept of the logistic regression.
    pub bias: f64,
    /// The probability from which a text reads as tense.
    pub threshold: f64,
    /// Feature key to weight (see `features.rs` for the keys).
    pub weights: BTreeMap<String, f64>,
}

/// Out-of-fold figures at the chosen threshold.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrossValidation {
    /// Share of bad openers at or above the threshold.
    pub hits: f64,
    /// Share of fine openers at or above the threshold.
    pub false_alarms: f64,
}

/// Why a model file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    /// Not valid JSON of the expected shape.
    #[error("tone model: {0}")]
    Json(String),
    /// Valid JSON with values the checker cannot use.
    #[error("tone model '{lang}': {reason}")]
    Invalid {
        /// The file's language.
        lang: String,
        /// What is wrong.
        reason: String,
    },
}

/// A model ready to score texts.
#[derive(Debug, Clone)]
pub struct Model {
    pub(crate) bias: f64,
    /// The probability from which a text reads as tense.
    pub(crate) threshold: f64,
    /// Feature key, by its 64-bit hash ([`key_hash`]), to (index, weight); the index dedups a
    /// feature seen twice in one text. Keyed by hash alone so a lookup never follows a pointer
    /// to compare strings (a check does one per word and word pair); a collision between two
    /// keys of a file is refused when it is loaded.
    pub(crate) weights: HashMap<u64, (u32, f64), BuildHasherDefault<Prehashed>>,
}

impl Model {
    /// Parses and checks a model file.
    pub fn from_json(json: &str) -> Result<Self, ModelError> {
        let file: ModelFile =
            serde_json::from_str(json).map_err(|e| ModelError::Json(e.to_string()))?;
        Self::new(&file)
    }

    /// Checks a parsed model file and builds the lookup table.
    pub fn new(file: &ModelFile) -> Result<Self, ModelError> {
        let invalid = |reason: String| ModelError::Invalid {
            lang: file.lang.clone(),
            reason,
        };
        if file.schema_version != MODEL_SCHEMA_VERSION {
            return Err(invalid(format!(
                "schema_version {} is not {MODEL_SCHEMA_VERSION}",
                file.schema_version
            )));
        }
        if !(file.threshold > 0.0 && file.threshold < 1.0) {
            return Err(invalid(format!(
                "threshold {} is not between 0 and 1",
                file.threshold
            )));
        }
        if !file.bias.is_finite() {
            return Err(invalid("bias is not a number".into()));
        }
        let mut weights = HashMap::with_capacity_and_hasher(file.weights.len(), Default::default());
        for (i, (key, &w)) in file.weights.iter().enumerate() {
            if !w.is_finite() {
                return Err(invalid(format!("weight of '{key}' is not a number")));
            }
            if weights.insert(key_hash(key), (i as u32, w)).is_some() {
                return Err(invalid(format!("'{key}' has the hash of another key")));
            }
        }
        Ok(Model {
            bias: file.bias,
            threshold: file.threshold,
            weights,
        })
    }

    /// How many features carry a weight.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// Whether no feature carries a weight.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

/// The 64-bit FNV-1a hash a feature key is looked up by.
pub(crate) fn key_hash(key: &str) -> u64 {
    let mut h = FnvHasher::default();
    h.write(key.as_bytes());
    h.finish()
}

/// A hasher for keys that are hashes already.
#[derive(Default)]
pub(crate) struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used; fold anything else in rather than drop it.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The JSON source of a bundled model.
pub fn bundled_model_json(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../../assets/tone/model/en.json"),
        Lang::Fr => include_str!("../../../assets/tone/model/fr.json"),
        Lang::Pl => include_str!("../../../assets/tone/model/pl.json"),
        Lang::Ro => include_str!("../../../assets/tone/model/ro.json"),
    }
}

/// The logistic function.
pub(crate) fn probability(logit: f64) -> f64 {
    1.0 / (1.0 + (-logit.clamp(-40.0, 40.0)).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_models_load() {
        for lang in Lang::ALL {
            let m = Model::from_json(bundled_model_json(lang));
            assert!(m.is_ok(), "{}: {:?}", lang.code(), m.err());
        }
    }

    #[test]
    fn bad_files_say_why() {
        let json = r#"{"schema_version":1,"lang":"en","bias":0,"threshold":1.5,"weights":{}}"#;
        assert_eq!(
            Model::from_json(json).unwrap_err().to_string(),
            "tone model 'en': threshold 1.5 is not between 0 and 1"
        );
        assert!(matches!(
            Model::from_json("{").unwrap_err(),
            ModelError::Json(_)
        ));
    }
}
