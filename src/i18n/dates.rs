//! Dates and times as people of each language write them: "25 Nov 2026", « 25/11/2026 »,
//! "25.11.2026", with the pattern in the catalogue (`date.short`, `date.time`).

use jiff::civil::{Date, DateTime};

use super::Catalog;

/// A day in the language's short style: "5 Nov 2026", "05/11/2026", "05.11.2026".
pub fn format_date(date: Date, cat: &'static Catalog) -> String {
    let month_name = cat.get(&format!("month_short.{}", date.month()));
    cat.fill(
        "date.short",
        &[
            ("day", &date.day().to_string()),
            ("dd", &format!("{:02}", date.day())),
            ("mm", &format!("{:02}", date.month())),
            ("mon", month_name),
            ("year", &date.year().to_string()),
        ],
    )
}

/// A day and time in the language's short style: "5 Nov 2026, 14:05", "05.11.2026, 14:05".
pub fn format_date_time(when: DateTime, cat: &'static Catalog) -> String {
    cat.fill(
        "date.time",
        &[
            ("date", &format_date(when.date(), cat)),
            ("time", &format!("{:02}:{:02}", when.hour(), when.minute())),
        ],
    )
}

/// A conversation time as short as it can be said: the day alone when no time was given
/// (midnight is how an all-day date is kept), else the day and the time.
pub fn format_when(when: DateTime, cat: &'static Catalog) -> String {
    if when.time() == jiff::civil::Time::midnight() {
        format_date(when.date(), cat)
    } else {
        format_date_time(when, cat)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, catalog};
    use jiff::civil::date;

    #[test]
    fn each_language_writes_dates_its_own_way() {
        let day = date(2026, 11, 5);
        assert_eq!(format_date(day, catalog(Lang::En)), "5 Nov 2026");
        assert_eq!(format_date(day, catalog(Lang::Fr)), "05/11/2026");
        assert_eq!(format_date(day, catalog(Lang::Pl)), "05.11.2026");
        assert_eq!(format_date(day, catalog(Lang::Ro)), "05.11.2026");
        let when = day.at(9, 5, 0, 0);
        assert_eq!(
            format_date_time(when, catalog(Lang::En)),
            "5 Nov 2026, 09:05"
        );
        assert_eq!(
            format_date_time(when, catalog(Lang::Fr)),
            "05/11/2026 09:05"
        );
    }
}
