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

/// A conversation time in words, e.g. "Tuesday 25 November 2026, 14:00"; a day without a
/// time (kept as midnight) is said without one: "Tuesday 25 November 2026".
pub fn when_in_words(when: DateTime, cat: &'static Catalog) -> String {
    let day_name = cat.get(&weekday_key(when.date().weekday().to_monday_zero_offset()));
    let month_name = cat.get(&month_key(when.month()));
    let all_day = when.time() == jiff::civil::Time::midnight();
    cat.fill(
        if all_day {
            "when.format_day"
        } else {
            "when.format"
        },
        &[
            ("weekday", day_name),
            ("day", &when.day().to_string()),
            ("month", month_name),
            ("year", &when.year().to_string()),
            ("time", &format!("{:02}:{:02}", when.hour(), when.minute())),
        ],
    )
}

#[cfg(test)]
mod when_tests {
    use super::when_in_words;
    use crate::i18n::{Lang, catalog};

    #[test]
    fn a_day_without_a_time_is_said_without_one() {
        let day = jiff::civil::date(2026, 12, 1);
        let en = catalog(Lang::En);
        assert_eq!(
            when_in_words(day.at(0, 0, 0, 0), en),
            "Tuesday 1 December 2026"
        );
        assert_eq!(
            when_in_words(day.at(9, 30, 0, 0), en),
            "Tuesday 1 December 2026, 09:30"
        );
        assert_eq!(
            when_in_words(day.at(0, 0, 0, 0), catalog(Lang::Fr)),
            "mardi 1er décembre 2026"
        );
    }
}
