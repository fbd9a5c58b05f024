//! The prep sheet: its model, ids, JSON codec and schema version checks.

mod blank;
mod codec;
mod id;
mod model;
mod progress;
mod when;

pub use codec::{
    MAX_HEAT, SheetError, decode_utf8, from_json, from_json_bytes, sanitize, to_json,
    unknown_fields,
};
pub use id::{IdError, MAX_ID_LEN, SheetId, slug};
pub use model::*;
pub use progress::{Part, all_text, percent_complete};
pub use when::{WhenError, format_when, parse_when};

#[cfg(test)]
pub(crate) mod arb;
