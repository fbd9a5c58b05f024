//! The prep sheet: its model, ids, JSON codec and schema version checks.

mod address;
mod answer;
mod blank;
mod codec;
mod fields;
mod id;
mod model;
mod progress;
mod step;
mod summary;
mod when;

pub use address::{greeting_name, suggest_address};
pub use answer::{AnswerError, answer, answered, choices, settable_fields};
pub(crate) use codec::syntax_message;
pub use codec::{
    MAX_HEAT, SheetError, decode_utf8, from_json, from_json_bytes, sanitize, to_json,
    unknown_fields,
};
pub use fields::{
    Draft, FIELDS, Field, FieldId, Input, OWNERS, Pick, Shown, Suggestion, Value, goals,
};
pub use id::{IdError, MAX_ID_LEN, SheetId, slug};
pub use model::*;
pub use progress::{all_text, percent_complete};
pub use step::Step;
pub use summary::{PREVIEW_CHARS, Summary};
pub use when::{WhenError, format_when, format_when_in, parse_when, parse_when_in};

#[cfg(test)]
pub(crate) mod arb;
