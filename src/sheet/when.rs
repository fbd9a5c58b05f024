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

/// Like [`parse_when`], and also the forms people type in `lang`: day first in French, Polish
/// and Romanian (`25.11.2026`, `25/11/2026`, `25-11`), English day-first forms only when the day
/// cannot be a month (`25/11`, never `12/02`); a date without a year is its next coming day
/// from `today`; times as `14:30`, and in French `14h30` or `14h`.
pub fn parse_when_in(
    text: &str,
    lang: crate::i18n::Lang,
    today: Date,
) -> Result<Option<DateTime>, WhenError> {
    if let Ok(found) = parse_when(text) {
        return Ok(found);
    }
    let text = text.trim();
    let (date_part, time_part) = match text.split_once([' ', 'T']) {
        Some((d, t)) => (d.trim(), Some(t.trim())),
        None => (text, None),
    };
    let date = local_date(date_part, lang, today).ok_or(WhenError)?;
    let time = match time_part {
        None | Some("") => Time::midnight(),
        Some(t) => local_time(t, lang).ok_or(WhenError)?,
    };
    Ok(Some(date.to_datetime(time)))
}

fn local_date(text: &str, lang: crate::i18n::Lang, today: Date) -> Option<Date> {
    let parts: Vec<&str> = text.trim_end_matches('.').split(['.', '/', '-']).collect();
    let number = |s: &str| s.parse::<i16>().ok();
    let (day, month, year) = match parts.as_slice() {
        [d, m] => (number(d)?, number(m)?, None),
        [d, m, y] => (number(d)?, number(m)?, Some(number(y)?)),
        _ => return None,
    };
    // In English 02/12 could be either order; only a day above 12 says which.
    if lang == crate::i18n::Lang::En && day <= 12 {
        return None;
    }
    let month = i8::try_from(month).ok()?;
    let day = i8::try_from(day).ok()?;
    match year {
        Some(year) => {
            let year = if (0..100).contains(&year) {
                2000 + year
            } else {
                year
            };
            Date::new(year, month, day).ok()
        }
        None => {
            let this_year = Date::new(today.year(), month, day).ok();
            match this_year {
                Some(date) if date >= today => Some(date),
                _ => Date::new(today.year() + 1, month, day).ok(),
            }
        }
    }
}

fn local_time(text: &str, lang: crate::i18n::Lang) -> Option<Time> {
    let (hour, minute) = match text.split_once(':') {
        Some((h, m)) => (h, m),
        None if lang == crate::i18n::Lang::Fr => match text.split_once(['h', 'H']) {
            Some((h, "")) => (h, "0"),
            Some((h, m)) => (h, m),
            None => return None,
        },
        None => return None,
    };
    Time::new(hour.parse().ok()?, minute.parse().ok()?, 0, 0).ok()
}

/// The text could not be read as a date and time. Its words are [`WhenError::message`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub struct WhenError;

impl WhenError {
    /// What to tell the user, by catalogue key.
    pub fn message(self) -> crate::i18n::Message {
        crate::i18n::Message::new("error.when")
    }
}

impl std::fmt::Display for WhenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

/// The value written back the way [`parse_when`] reads it.
pub fn format_when(when: DateTime) -> String {
    if when.time() == Time::midnight() {
        when.date().to_string()
    } else {
        format!("{} {:02}:{:02}", when.date(), when.hour(), when.minute())
    }
}

/// The value written back in the order people of `lang` type it, so that [`parse_when_in`]
/// reads it again: `25/11/2026 16:30` in French, `25.11.2026 16:30` in Polish and Romanian,
/// `2026-11-25 16:30` in English (where `11/25` and `25/11` would be ambiguous).
pub fn format_when_in(when: DateTime, lang: crate::i18n::Lang) -> String {
    use crate::i18n::Lang;
    let date = when.date();
    let day = match lang {
        Lang::En => return format_when(when),
        Lang::Fr => format!("{:02}/{:02}/{}", date.day(), date.month(), date.year()),
        Lang::Pl | Lang::Ro => format!("{:02}.{:02}.{}", date.day(), date.month(), date.year()),
    };
    if when.time() == Time::midnight() {
        day
    } else {
        format!("{day} {:02}:{:02}", when.hour(), when.minute())
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
    fn reads_the_local_order() {
        use crate::i18n::Lang;
        let today = date(2026, 12, 1);
        let at = |y, m, d, h, min| Ok(Some(date(y, m, d).at(h, min, 0, 0)));
        assert_eq!(
            parse_when_in("25.11.2026 14:30", Lang::Pl, today),
            at(2026, 11, 25, 14, 30)
        );
        assert_eq!(
            parse_when_in("2.12", Lang::Ro, today),
            at(2026, 12, 2, 0, 0)
        );
        assert_eq!(
            parse_when_in("03/12 16h30", Lang::Fr, today),
            at(2026, 12, 3, 16, 30)
        );
        assert_eq!(
            parse_when_in("3/12/26 16h", Lang::Fr, today),
            at(2026, 12, 3, 16, 0)
        );
        // A day already past this year is next year's.
        assert_eq!(
            parse_when_in("15.01", Lang::Pl, today),
            at(2027, 1, 15, 0, 0)
        );
        // English: 12/02 could be either; 25/11 cannot.
        assert_eq!(parse_when_in("12/02", Lang::En, today), Err(WhenError));
        assert_eq!(
            parse_when_in("25/11/2026", Lang::En, today),
            at(2026, 11, 25, 0, 0)
        );
        // ISO works everywhere; nonsense nowhere.
        assert_eq!(
            parse_when_in("2026-12-03 09:00", Lang::Ro, today),
            at(2026, 12, 3, 9, 0)
        );
        for bad in [
            "next friday",
            "30.02.2026",
            "2026-02-30 10:00",
            "1.2.3.4",
            "32.12",
        ] {
            assert_eq!(parse_when_in(bad, Lang::Fr, today), Err(WhenError), "{bad}");
        }
    }

    #[test]
    fn formats_round_trip() {
        for text in ["2026-11-25 09:05", "2026-11-25"] {
            let parsed = parse_when(text).unwrap().unwrap();
            assert_eq!(format_when(parsed), text);
        }
    }

    #[test]
    fn written_back_in_the_local_order_and_read_again() {
        use crate::i18n::Lang;
        let today = jiff::civil::date(2026, 11, 1);
        for when in [
            jiff::civil::date(2026, 11, 25).at(16, 30, 0, 0),
            jiff::civil::date(2027, 2, 3).at(0, 0, 0, 0),
            jiff::civil::date(2026, 12, 1).at(9, 5, 0, 0),
        ] {
            for lang in Lang::ALL {
                let text = format_when_in(when, lang);
                assert_eq!(
                    parse_when_in(&text, lang, today),
                    Ok(Some(when)),
                    "{lang}: {text}"
                );
            }
        }
        let when = jiff::civil::date(2026, 11, 25).at(16, 30, 0, 0);
        assert_eq!(format_when_in(when, Lang::Fr), "25/11/2026 16:30");
        assert_eq!(format_when_in(when, Lang::Pl), "25.11.2026 16:30");
    }
}
