//! The tone checker: rules compiled from the bundled rulebooks into findings and a score.
//!
//! ```
//! use talkprep::tone::{Label, Lang, check};
//!
//! let report = check("We need to talk. You NEVER pay on time!!!", Lang::En);
//! assert_eq!(report.label, Label::Hostile);
//! let report = check("Can you help me understand what happened with the invoice?", Lang::En);
//! assert_eq!(report.label, Label::Warm);
//! ```
//!
//! Rules live in `assets/tone/<lang>.json` (format: `assets/tone/README.md`). Each language's
//! rulebook is validated and compiled once into an Aho-Corasick automaton ([`compiled`]); a
//! check normalises the text ([`Normalized`]), finds phrase and structural matches, keeps one
//! match per overlapping group, and scores what is left ([`Report::arithmetic`]).

mod apply;
mod chars;
mod check;
mod compile;
mod detect;
mod lang;
mod learned;
mod matcher;
mod normalize;
mod pattern;
mod render;
mod report;
mod rulebook;
mod score;
mod selftest;
mod smiley;
mod structural;
mod validate;

pub use apply::apply_suggestion;
pub use compile::{Compiled, bundled_json, category_label, compiled, is_compiled, rulebook};
pub use detect::{Detection, detect, detect_scores, detect_with_fallback};
pub use lang::{Lang, LangChoice, UnknownLang};
pub use learned::{
    CrossValidation, LEARNED_CATEGORY, LEARNED_MIN_WORDS, MODEL_SCHEMA_VERSION, Model, ModelError,
    ModelFile, bundled_model_json,
};
pub use normalize::{Normalized, Word, normalize_word};
pub use pattern::{Elem, MAX_GAP, MIN_STEM, Pattern, PatternError};
pub use render::render_plain;
pub use report::*;
pub use rulebook::*;
pub use score::label_for;
pub use selftest::ExampleFailure;

/// Checks `text` with the bundled rulebook of `lang`.
pub fn check(text: &str, lang: Lang) -> Report {
    compiled(lang).check(text)
}

/// Checks `text` in the language [`detect`] picks for it (English when unclear).
pub fn check_auto(text: &str) -> Report {
    check(text, detect(text))
}

/// Checks `text` in the language it is written in, or in `fallback` (the sheet's or the
/// interface's language) when the text is too short or mixed to tell; only that language's
/// rulebook is compiled. Returns the detection too, so the UI can say which rules it used.
pub fn check_detected(text: &str, fallback: Lang) -> (Report, Detection) {
    let d = detect_with_fallback(text, fallback);
    (check(text, d.lang), d)
}
