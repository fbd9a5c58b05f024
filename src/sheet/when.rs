//! Reading the conversation's date and time as people type it.

use jiff::civil::{Date, DateTime, Time};

/// Parses `2026-11-25 14:00`, `2026-11-25T14:00`, `2026-11-25 9:30` or `2026-11-25` (midnight,
/// shown as a day only). Blank text is `Ok(None)`; anything else is `Err` with nothing kept.
pub fn parse_when(text: &str) -> Result<Option<DateTime>, WhenError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (date_part, time_part) = match text.split_once(['T', ' ']) {
        Some((d, t)) => (d.trim(), Some(t.trim())),
        None => (text, None),
    };
    let date: Date = date_part.parse().map_err(|_| WhenError)?;
    let time = match time_part {
        None | Some("") => Time::midnight(),
        Some(t) => {
            let (h, m) = t.split_once(':').ok_or(WhenError)?;
            let hour: i8 = h.parse().map_err(|_| WhenError)?;
            let minute: i8 = m.parse().map_err(|_| WhenError)?;
            Time::new(hour, minute, 0, 0).map_err(|_| WhenError)?
        }
    };
    Ok(Some(date.to_datetime(time)))
}

/// The text could not be read as a date and time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("write the date as YYYY-MM-DD, optionally followed by a time as HH:MM")]
pub struct WhenError;

/// The value written back the way [`parse_when`] reads it.
pub fn format_when(when: DateTime) -> String {
    if when.time() == Time::midnight() {
        when.date().to_string()
    } else {
        format!("{} {:02}:{:02}", when.date(), when.hour(), when.minute())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn reads_common_forms() {
        let at = date(2026, 11, 25).at(14, 0, 0, 0);
        assert_eq!(parse_when("2026-11-25 14:00"), Ok(Some(at)));
        assert_eq!(parse_when(" 2026-11-25T14:00 "), Ok(Some(at)));
        assert_eq!(
            parse_when("2026-11-25"),
            Ok(Some(date(2026, 11, 25).at(0, 0, 0, 0)))
        );
        assert_eq!(parse_when(""), Ok(None));
    }

    #[test]
    fn refuses_nonsense() {
        for bad in [
            "tomorrow",
            "2026-13-01",
            "2026-11-25 25:00",
            "2026-02-30",
            "2026-11-25 9",
        ] {
            assert_eq!(parse_when(bad), Err(WhenError), "{bad}");
        }
    }

    #[test]
    fn formats_round_trip() {
        for text in ["2026-11-25 09:05", "2026-11-25"] {
            let parsed = parse_when(text).unwrap().unwrap();
            assert_eq!(format_when(parsed), text);
        }
    }
}
