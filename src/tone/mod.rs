//! The tone checker: rules compiled from the bundled rulebooks into findings and a score.

mod normalize;
mod pattern;
mod report;
mod rulebook;

pub use normalize::{Normalized, Word, normalize_word};
pub use pattern::{Elem, MAX_GAP, MIN_STEM, Pattern, PatternError};
pub use report::*;
pub use rulebook::*;
