//! The prep sheet: its model, ids and schema version checks.

mod model;
mod progress;
mod when;

pub use model::*;
pub use progress::{Part, all_text, percent_complete};
pub use when::{WhenError, format_when, parse_when};
