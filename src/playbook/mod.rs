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

/// `template` with `{client}` and `{topic}` filled; an empty value leaves a readable gap
/// marker in the catalogue's language (`[client]`, `[sujet]`, `[temat]`).
pub fn fill_placeholders(
    template: &str,
    client: &str,
    topic: &str,
    cat: &'static crate::i18n::Catalog,
) -> String {
    let client = if client.trim().is_empty() {
        cat.get("placeholder.client")
    } else {
        client.trim()
    };
    let topic = if topic.trim().is_empty() {
        cat.get("placeholder.topic")
    } else {
        topic.trim()
    };
    template
        .replace("{client}", client)
        .replace("{topic}", topic)
}

#[cfg(test)]
mod tests;
