//! Follow-ups after the call: what is due or overdue across every sheet, "today" in the user's
//! own time zone, and when to offer a debrief.
//!
//! Plain data in, plain data out: the home screen and `talkprep due` both read [`due_items`].

mod due;

pub use due::{
    CONVERSATION_MINUTES, DueItem, Tracked, debrief_offered, due_items, is_blank, is_blank_debrief,
    today_in,
};

#[cfg(test)]
mod tests;
