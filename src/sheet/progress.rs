//! How complete a sheet is, step by step.

use super::model::Sheet;

/// The wizard's steps that hold answers, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// Scenario, client, channel and date.
    Who,
    /// What happened.
    Facts,
    /// Whether it is worth it.
    Stakes,
    /// The outcome wanted.
    Goal,
    /// Offers ready.
    Fallback,
    /// The first sentence.
    Opener,
    /// When and where.
    Logistics,
}

impl Part {
    /// Every part, in wizard order.
    pub const ALL: [Part; 7] = [
        Part::Who,
        Part::Facts,
        Part::Stakes,
        Part::Goal,
        Part::Fallback,
        Part::Opener,
        Part::Logistics,
    ];

    /// Whether `sheet` has an answer for this part.
    pub fn is_filled(self, sheet: &Sheet) -> bool {
        let has = |s: &str| !s.trim().is_empty();
        match self {
            Part::Who => has(&sheet.scenario) && has(&sheet.client),
            Part::Facts => {
                let f = &sheet.facts;
                [
                    &f.what_happened,
                    &f.who_did_what,
                    &f.evidence,
                    &f.cost,
                    &f.my_part,
                    &f.repair,
                ]
                .iter()
                .any(|s| has(s))
            }
            Part::Stakes => {
                let s = &sheet.stakes;
                s.relationship.is_some() || has(&s.worth) || s.heat.is_some()
            }
            Part::Goal => sheet.goal.kind.is_some() || has(&sheet.goal.outcome),
            Part::Fallback => sheet.fallbacks.iter().any(|f| has(f)),
            Part::Opener => has(&sheet.opener.text),
            Part::Logistics => {
                let l = &sheet.logistics;
                has(&l.moment) || has(&l.place) || has(&l.notes)
            }
        }
    }
}

/// The share of parts answered, 0 to 100.
pub fn percent_complete(sheet: &Sheet) -> u8 {
    let filled = Part::ALL.iter().filter(|p| p.is_filled(sheet)).count();
    // At most 7 of 7, so the result is at most 100 and fits in u8.
    (filled * 100 / Part::ALL.len()) as u8
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
            serde_json::Value::Object(map) => map.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = String::new();
    if let Ok(value) = serde_json::to_value(sheet) {
        walk(&value, &mut out);
    }
    out
}
