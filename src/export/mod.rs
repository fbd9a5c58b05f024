//! Renderings of a sheet: Markdown, plain text, JSON, the cue card and a calendar.

pub mod cue;
pub mod ics;
mod outline;
mod render;

use jiff::civil::DateTime;

pub use cue::{cue_card, cue_text};
pub use ics::{calendar, has_calendar_items};
pub use outline::{Entry, Outline, Section, outline};
pub use render::{markdown, plain};

use crate::i18n::Catalog;

/// Catalogue key of a weekday's name, Monday 0.
pub fn weekday_key(monday_zero: i8) -> String {
    format!("weekday.{monday_zero}")
}

/// Catalogue key of a month's name, January 1.
pub fn month_key(month: i8) -> String {
    format!("month.{month}")
}

/// A conversation time in words, e.g. "Tuesday 25 November 2026, 14:00".
pub fn when_in_words(when: DateTime, cat: &'static Catalog) -> String {
    let day_name = cat.get(&weekday_key(when.date().weekday().to_monday_zero_offset()));
    let month_name = cat.get(&month_key(when.month()));
    cat.fill(
        "when.format",
        &[
            ("weekday", day_name),
            ("day", &when.day().to_string()),
            ("month", month_name),
            ("year", &when.year().to_string()),
            ("time", &format!("{:02}:{:02}", when.hour(), when.minute())),
        ],
    )
}
