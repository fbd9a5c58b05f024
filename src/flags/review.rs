//! One red-flag review of one client on one day, and its JSON form.

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::score::{Verdict, score};
use crate::i18n::{Lang, Message, json_message};
use crate::playbook::RedFlags;
use crate::sheet::{SheetId, Unknown, sanitize, unknown_fields};

/// The review schema version this build reads and writes.
pub const REVIEW_SCHEMA_VERSION: u32 = 1;

/// A red-flag review: which items were ticked for a client on a day, with notes, and the
/// verdict they gave. Field order is the JSON key order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// Must be at most [`REVIEW_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Safe file name stem (same rules as a sheet id); empty until first saved.
    pub id: String,
    /// The client reviewed, as typed.
    pub client: String,
    /// When the review was first saved.
    pub created: Timestamp,
    /// The day of the review, in the reviewer's time zone.
    pub date: Date,
    /// Playbook language the review was made in.
    #[serde(default)]
    pub lang: Lang,
    /// Ticked item ids, in playbook order.
    #[serde(default)]
    pub ticked: Vec<String>,
    /// Notes by item id ("3 calls on Sunday"); empty notes are not kept.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    /// Sum of the ticked weights when the review was saved.
    #[serde(default)]
    pub score: u32,
    /// The verdict band's id when the review was saved.
    #[serde(default)]
    pub band: String,
    /// Whether an extreme item was ticked.
    #[serde(default)]
    pub extreme: bool,
    /// Steps of the redirection plan done, as 0-based indices into the playbook's plan.
    #[serde(default)]
    pub plan_done: Vec<usize>,
    /// Whether the reviewer works with a team (the plan's team wording) or alone.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub team: bool,
    /// Fields this build does not know, kept as read and written back after the known ones.
    #[serde(skip)]
    pub unknown: Unknown,
}

impl Review {
    /// A new, empty review of `client`, not yet saved (no id), made at `now` on `date`.
    pub fn new(client: &str, lang: Lang, now: Timestamp, date: Date) -> Review {
        Review {
            schema_version: REVIEW_SCHEMA_VERSION,
            id: String::new(),
            client: client.to_owned(),
            created: now,
            date,
            lang,
            ticked: Vec::new(),
            notes: BTreeMap::new(),
            score: 0,
            band: String::new(),
            extreme: false,
            plan_done: Vec::new(),
            team: false,
            unknown: Unknown::default(),
        }
    }

    /// Gives a review that has none an id, its creation time and its day (system time zone);
    /// a review already saved keeps them.
    pub fn assign_identity(&mut self, now: Timestamp) {
        if self.id.is_empty() {
            self.id = SheetId::generate(&self.client, now).into();
            self.created = now;
            self.date = now.to_zoned(TimeZone::system()).date();
        }
    }

    /// The verdict of the ticked items under `flags`.
    pub fn verdict<'a>(&self, flags: &'a RedFlags) -> Verdict<'a> {
        score(flags, &self.ticked)
    }

    /// Recomputes `score`, `band` and `extreme` from the ticked items, puts the ticks in
    /// playbook order and drops empty notes.
    pub fn rescore(&mut self, flags: &RedFlags) {
        let verdict = self.verdict(flags);
        self.score = verdict.total;
        self.band = verdict.band_id().to_owned();
        self.extreme = verdict.extreme_hit;
        let ticked = std::mem::take(&mut self.ticked);
        self.ticked = flags
            .items
            .iter()
            .filter(|item| ticked.contains(&item.id))
            .map(|item| item.id.clone())
            .collect();
        // Keep ticks the playbook no longer knows, after the known ones.
        for id in ticked {
            if !self.ticked.contains(&id) {
                self.ticked.push(id);
            }
        }
        self.notes.retain(|_, note| !note.trim().is_empty());
    }

    /// The note on an item, if any.
    pub fn note(&self, item_id: &str) -> Option<&str> {
        self.notes.get(item_id).map(String::as_str)
    }

    /// Whether an item is ticked.
    pub fn is_ticked(&self, item_id: &str) -> bool {
        self.ticked.iter().any(|t| t == item_id)
    }
}

/// Why a text is not a review this build can read. Its words are [`ReviewError::message`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReviewError {
    /// Not JSON, or not UTF-8 text.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column, in bytes.
        column: usize,
        /// What the parser found.
        detail: Message,
    },
    /// Written by a newer talkprep.
    NewerVersion {
        /// `schema_version` in the file.
        found: u64,
        /// [`REVIEW_SCHEMA_VERSION`].
        supported: u32,
    },
    /// JSON, but not a valid review.
    Invalid {
        /// What is wrong.
        detail: Message,
    },
}

impl ReviewError {
    /// What to tell the user, by catalogue key.
    pub fn message(&self) -> Message {
        match self {
            ReviewError::Syntax {
                line,
                column,
                detail,
            } => crate::sheet::syntax_message(*line, *column, detail),
            ReviewError::NewerVersion { found, supported } => Message::new("error.review.newer")
                .with("found", found.to_string())
                .with("supported", supported.to_string()),
            ReviewError::Invalid { detail } => {
                Message::new("error.review.invalid").with_message("detail", detail.clone())
            }
        }
    }
}

impl std::fmt::Display for ReviewError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

/// The canonical text of a review: pretty JSON, keys in model order, a trailing newline.
pub fn review_to_json(review: &Review) -> String {
    // Invariant: a Review holds only strings, integers, bools, a string-keyed map and jiff
    // values, which always serialize.
    let mut text = if review.unknown.is_empty() {
        serde_json::to_string_pretty(review).expect("a Review always serializes")
    } else {
        let mut value = serde_json::to_value(review).expect("a Review always serializes");
        if let Some(map) = value.as_object_mut() {
            for (k, v) in &review.unknown.0 {
                map.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
        serde_json::to_string_pretty(&value).expect("a JSON value always serializes")
    };
    text.push('\n');
    text
}

/// Parses and checks a review: JSON syntax, then `schema_version`, then the fields and id.
pub fn review_from_json(bytes: &[u8]) -> Result<Review, ReviewError> {
    let text = std::str::from_utf8(bytes).map_err(|e| ReviewError::Syntax {
        line: 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count(),
        column: 1,
        detail: Message::new("error.file.not_utf8"),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| ReviewError::Syntax {
        line: e.line().max(1),
        column: e.column().max(1),
        detail: json_message(&bare(&e)),
    })?;
    if let Some(found) = value.get("schema_version").and_then(Value::as_u64)
        && found > u64::from(REVIEW_SCHEMA_VERSION)
    {
        return Err(ReviewError::NewerVersion {
            found,
            supported: REVIEW_SCHEMA_VERSION,
        });
    }
    let mut review: Review =
        serde_json::from_value(value.clone()).map_err(|e| ReviewError::Invalid {
            detail: json_message(&bare(&e)),
        })?;
    if let Ok(known) = serde_json::to_value(&review) {
        review.unknown = unknown_fields(&value, &known);
    }
    if let Err(e) = SheetId::parse(&review.id) {
        return Err(ReviewError::Invalid {
            detail: Message::new("error.file.bad_id")
                .with("id", sanitize(&review.id))
                .with_message("detail", e.message()),
        });
    }
    Ok(review)
}

fn bare(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let tail = format!(" at line {} column {}", e.line(), e.column());
    sanitize(full.strip_suffix(&tail).unwrap_or(&full))
}
