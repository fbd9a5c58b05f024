//! The user interface's words, per language, from `assets/ui/<lang>.ftl`.
//!
//! Every label, hint and message the screens and the CLI show lives in those Fluent files; code
//! refers to it by key. Fluent brings the plural rules of each language (CLDR), so a message
//! with a count picks "1 plik / 2 pliki / 5 plików" itself. A key missing in a language falls
//! back to English, then to the key itself, so a gap is visible but never fatal.

mod catalog;
mod dates;
mod lang;
mod message;
mod problems;
mod refs;
mod typography;

pub use catalog::{Catalog, catalog};
pub use dates::{format_date, format_date_time, format_when};
pub use lang::{Lang, lang_from_tag};
pub use message::{Arg, Message};
pub use problems::{io_message, json_message};
pub use typography::Punctuation;

#[cfg(test)]
mod tests;
