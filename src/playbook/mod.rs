//! The playbook: scenarios, openers, checklists and tips, bundled per language and
//! extendable by a user file.

mod error;
mod load;
mod merge;
pub use merge::merge;
mod schema;
mod validate;

pub use error::{PlaybookError, Problem};
pub use load::{LANGUAGES, bundled, bundled_text, check_extension, load, parse, parse_json};
pub use schema::*;
pub use validate::{PLACEHOLDERS, Scope, validate};

impl Playbook {
    /// The scenario with this id.
    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }
}

/// `template` filled from `sheet`: `{address}` with how the user greets the client (the form
/// they typed, else one suggested from the name), `{client}` with the client field, `{topic}`
/// with the topic. An empty value leaves a readable gap marker in the sheet's language
/// (`[name]`, `[client]`, `[sujet]`, `[temat]`).
pub fn fill_placeholders(template: &str, sheet: &crate::sheet::Sheet) -> String {
    let cat = crate::i18n::catalog(sheet.lang);
    let or_gap = |value: &str, gap: &str| {
        let value = value.trim();
        if value.is_empty() {
            cat.get(gap).to_owned()
        } else {
            value.to_owned()
        }
    };
    let address = crate::sheet::greeting_name(sheet).unwrap_or_default();
    template
        .replace("{address}", &or_gap(&address, "placeholder.address"))
        .replace("{client}", &or_gap(&sheet.client, "placeholder.client"))
        .replace("{topic}", &or_gap(&sheet.topic, "placeholder.topic"))
}

#[cfg(test)]
mod tests;
