//! A new, empty sheet.

use crate::i18n::Lang;
use jiff::Timestamp;

use super::id::SheetId;
use super::model::{SHEET_SCHEMA_VERSION, Sheet};

impl Sheet {
    /// An empty sheet with this id, created and updated `now`, in English, at the current
    /// schema version.
    pub fn new(id: SheetId, now: Timestamp) -> Sheet {
        Sheet {
            schema_version: SHEET_SCHEMA_VERSION,
            id: id.into(),
            created: now,
            updated: now,
            lang: Lang::En,
            scenario: String::new(),
            client: String::new(),
            address: String::new(),
            topic: String::new(),
            channel: None,
            when: None,
            facts: Default::default(),
            stakes: Default::default(),
            goal: Default::default(),
            fallbacks: Vec::new(),
            opener: Default::default(),
            message: None,
            logistics: Default::default(),
            rehearsals: Vec::new(),
            my_replies: Vec::new(),
            debrief: None,
            follow_ups: Vec::new(),
            unknown: Default::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_sheet_is_current_and_empty() {
        let now = Timestamp::from_second(1_800_000_000).unwrap();
        let sheet = Sheet::new(SheetId::parse("a-1").unwrap(), now);
        assert_eq!(sheet.schema_version, SHEET_SCHEMA_VERSION);
        assert_eq!(sheet.id, "a-1");
        assert_eq!((sheet.created, sheet.updated), (now, now));
        assert_eq!(sheet.lang, Lang::En);
        // Same as a minimal file with every section defaulted.
        let minimal = format!(
            r#"{{"schema_version": 1, "id": "a-1", "created": "{now}", "updated": "{now}"}}"#
        );
        assert_eq!(crate::sheet::from_json(&minimal).unwrap(), sheet);
    }
}
