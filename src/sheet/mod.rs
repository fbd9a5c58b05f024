//! The prep sheet: its model, ids and schema version checks.

mod model;

pub use model::*;
