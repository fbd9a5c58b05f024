//! How complete a sheet is, step by step.

use super::model::Sheet;
use super::step::Step;

/// The share of the prep's steps answered, 0 to 100.
pub fn percent_complete(sheet: &Sheet) -> u8 {
    percent_of(Step::ANSWERED.iter().filter(|s| s.is_filled(sheet)).count())
}

/// `filled` of the [`Step::ANSWERED`] steps as a percentage, 0 to 100.
pub(crate) fn percent_of(filled: usize) -> u8 {
    // At most 7 of 7, so the result is at most 100 and fits in u8.
    (filled.min(Step::ANSWERED.len()) * 100 / Step::ANSWERED.len()) as u8
}

/// Every piece of text in a sheet, space-separated, for searching: client, topic, scenario id
/// and every answer, but no JSON keys.
pub fn all_text(sheet: &Sheet) -> String {
    fn walk(value: &serde_json::Value, out: &mut String) {
        match value {
            serde_json::Value::String(s) => {
                out.push_str(s);
                out.push(' ');
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            // The opener's last tone report holds the checker's words, not the user's.
            serde_json::Value::Object(map) => map
                .iter()
                .filter(|(key, _)| key.as_str() != "tone")
                .for_each(|(_, v)| walk(v, out)),
            _ => {}
        }
    }
    let mut out = String::new();
    if let Ok(value) = serde_json::to_value(sheet) {
        walk(&value, &mut out);
    }
    out
}
