//! The conversation and its follow-ups as an iCalendar file (RFC 5545) any calendar app
//! imports.
//!
//! The conversation is an event at its local time in the user's time zone, as long as the sheet
//! says (else the channel's default), written in UTC so every app places it right without a
//! time-zone definition; a conversation with a date only is an all-day event. Each follow-up
//! with a due date is an all-day event. Every event that is still ahead carries a reminder
//! (VALARM): [`REMINDER_MINUTES`] before a conversation, at [`REMINDER_HOUR`] on the day of an
//! all-day one. UIDs come from the sheet id and each follow-up's own id, so importing the file
//! again updates the events rather than adding copies, even after the list was edited; DTSTAMP
//! is the sheet's last save, so the same sheet always gives the same file.

use chrono::{NaiveDate, TimeDelta, Utc};
use icalendar::{Alarm, Calendar, Class, Component, Event, EventLike, Property, Trigger};
use jiff::Timestamp;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;

use crate::followup::is_blank;
use crate::i18n::Catalog;
use crate::playbook::Playbook;
use crate::sanitize::{multiline, single_line};
use crate::sheet::{Owner, Sheet};

/// The PRODID of every calendar talkprep writes.
pub const PRODID: &str = "-//talkprep//talkprep//EN";

/// The UID of a sheet's conversation event.
pub fn conversation_uid(sheet_id: &str) -> String {
    format!("{sheet_id}-conversation@talkprep")
}

/// The UID of a follow-up with id `follow_up_id` (follow-ups saved before ids existed are
/// numbered by position when read, which is what their UIDs were made from).
pub fn follow_up_uid(sheet_id: &str, follow_up_id: &str) -> String {
    format!("{sheet_id}-follow-up-{follow_up_id}@talkprep")
}

/// Minutes before a timed conversation that the calendar reminds the user.
pub const REMINDER_MINUTES: i64 = 15;

/// The hour of the day on which an all-day item (a follow-up, a conversation with no time)
/// reminds the user.
pub const REMINDER_HOUR: i64 = 9;

/// Whether [`calendar`] has anything to write: a conversation date, or a follow-up with a due
/// date (between the years 1 and 9999, the range iCalendar can write).
pub fn has_calendar_items(sheet: &Sheet) -> bool {
    sheet.when.is_some_and(|w| writable(w.date()))
        || sheet
            .follow_ups
            .iter()
            .any(|f| f.due.is_some_and(writable) && !is_blank(f))
}

/// Whether iCalendar can hold `day` as a date, or as a time on it in any time zone: its four-digit
/// years start at 0000, and a follow-up's all-day end is the next day.
fn writable(day: Date) -> bool {
    (jiff::civil::date(1, 1, 2)..=jiff::civil::date(9999, 12, 30)).contains(&day)
}

/// `sheet` as an iCalendar file (CRLF line endings): the conversation, when it has a date, and
/// every follow-up with a due date, done ones marked as such (blank ones are left out). `tz` is the user's time zone, in
/// which the sheet's wall-clock `when` is read. A sheet without either gives a calendar with no
/// events; check [`has_calendar_items`] first.
pub fn calendar(
    sheet: &Sheet,
    playbook: &Playbook,
    cat: &'static Catalog,
    tz: &TimeZone,
) -> String {
    let client = single_line(sheet.client.trim());
    let client = if client.is_empty() {
        cat.get("sheet.no_client").to_owned()
    } else {
        client
    };
    let stamp = utc(sheet.updated);
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"));

    if let Some(when) = sheet.when.filter(|w| writable(w.date())) {
        let scenario = playbook
            .scenario(&sheet.scenario)
            .map(|s| single_line(s.title.trim()))
            .unwrap_or_default();
        let summary = if scenario.is_empty() {
            cat.fill("ics.conversation", &[("client", &client)])
        } else {
            cat.fill(
                "ics.conversation_about",
                &[("client", &client), ("scenario", &scenario)],
            )
        };
        let mut event = Event::new();
        event
            .uid(&conversation_uid(&sheet.id))
            .timestamp(stamp)
            .last_modified(stamp)
            .created(utc(sheet.created))
            .class(Class::Private)
            .summary(&summary)
            .description(&conversation_description(sheet, cat));
        let placed = if when.time() == Time::midnight() {
            all_day(&mut event, when.date());
            event.alarm(reminder(
                &summary,
                on_the_day(),
                &conversation_uid(&sheet.id),
                stamp,
            ));
            true
        } else if let Ok(start) = when.to_zoned(tz.clone()) {
            // The wall-clock time as the user's time zone reads it; a time skipped by a
            // daylight-saving change moves forward, as clocks do.
            let start = utc(start.timestamp());
            let minutes = i64::from(sheet.conversation_minutes());
            event
                .starts(start)
                .ends(start + TimeDelta::minutes(minutes))
                .alarm(reminder(
                    &summary,
                    Trigger::before_start(TimeDelta::minutes(REMINDER_MINUTES)),
                    &conversation_uid(&sheet.id),
                    stamp,
                ));
            true
        } else {
            // Only at the very edges of the years jiff supports (-9999, 9999): an event
            // without a start would be invalid, so there is none.
            false
        };
        let place = single_line(sheet.logistics.place.trim());
        if !place.is_empty() {
            event.location(&place);
        }
        if placed {
            cal.push(event.done());
        }
    }

    for (index, follow_up) in sheet.follow_ups.iter().enumerate() {
        // Ids are given when a sheet is read; a sheet built in memory may still lack one.
        let id = if follow_up.id.is_empty() {
            index.to_string()
        } else {
            follow_up.id.clone()
        };
        let Some(due) = follow_up.due.filter(|d| writable(*d)) else {
            continue;
        };
        if is_blank(follow_up) {
            continue;
        }
        let what = single_line(follow_up.what.trim());
        let key = match follow_up.owner {
            Owner::Me => "ics.follow_up.me",
            Owner::Client => "ics.follow_up.client",
        };
        let mut summary = cat.fill(key, &[("client", &client), ("what", &what)]);
        if follow_up.done {
            summary = cat.fill("ics.follow_up.done", &[("summary", &summary)]);
        }
        let description = cat.fill(
            "ics.follow_up.description",
            &[("client", &client), ("id", &sheet.id)],
        );
        let mut event = Event::new();
        event
            .uid(&follow_up_uid(&sheet.id, &id))
            .timestamp(stamp)
            .last_modified(stamp)
            .class(Class::Private)
            .summary(&summary)
            .description(&description)
            .append_property(Property::new("TRANSP", "TRANSPARENT"));
        all_day(&mut event, due);
        if !follow_up.done {
            event.alarm(reminder(
                &summary,
                on_the_day(),
                &follow_up_uid(&sheet.id, &id),
                stamp,
            ));
        }
        cal.push(event.done());
    }
    cal.to_string()
}

/// The opener and the goal, one labelled paragraph each, and how to open the cue card.
fn conversation_description(sheet: &Sheet, cat: &'static Catalog) -> String {
    let mut parts = Vec::new();
    for (key, text) in [
        ("cue.opener", &sheet.opener.text),
        ("cue.goal", &sheet.goal.outcome),
        ("cue.firm_on", &sheet.goal.firm_on),
    ] {
        let text = multiline(text.trim());
        if !text.is_empty() {
            parts.push(cat.colon(cat.get(key), &text));
        }
    }
    parts.push(cat.fill("ics.cue_hint", &[("id", &sheet.id)]));
    parts.join("\n\n")
}

/// A display reminder for the event `event_uid`, with a UID and DTSTAMP of its own made from the
/// event's, so the same sheet still gives the same file.
fn reminder(
    summary: &str,
    trigger: Trigger,
    event_uid: &str,
    stamp: chrono::DateTime<Utc>,
) -> Alarm {
    let mut alarm = Alarm::display(summary, trigger);
    alarm.uid(&format!("alarm-{event_uid}")).timestamp(stamp);
    alarm
}

/// A reminder at [`REMINDER_HOUR`] on the day of an all-day event.
fn on_the_day() -> Trigger {
    Trigger::from(TimeDelta::hours(REMINDER_HOUR))
}

/// An all-day event on `day`: DTSTART that day, DTEND the next (RFC 5545 ends are exclusive).
fn all_day(event: &mut Event, day: Date) {
    let start = naive(day);
    event.starts(start).ends(start.succ_opt().unwrap_or(start));
}

/// A jiff date as chrono's. chrono's range (about ±262,000 years) covers jiff's (±9999), so
/// the fallback is never used.
fn naive(day: Date) -> NaiveDate {
    NaiveDate::from_ymd_opt(
        i32::from(day.year()),
        u32::from(day.month().unsigned_abs()),
        u32::from(day.day().unsigned_abs()),
    )
    .unwrap_or_default()
}

/// A jiff timestamp as chrono's UTC date-time, to the second (iCalendar has no fractions),
/// no earlier than the year 1 (iCalendar has no negative years). chrono's range covers jiff's,
/// so the fallback is never used.
fn utc(ts: Timestamp) -> chrono::DateTime<Utc> {
    /// 0001-01-01T00:00:00Z.
    const YEAR_ONE: i64 = -62_135_596_800;
    let seconds = ts.as_millisecond().div_euclid(1000).max(YEAR_ONE);
    chrono::DateTime::from_timestamp(seconds, 0).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use std::str::FromStr;

    use icalendar::{CalendarComponent, CalendarDateTime, DatePerhapsTime};
    use jiff::civil::date;

    use super::*;
    use crate::i18n::catalog;
    use crate::sheet::{FollowUp, SheetId};

    fn warsaw() -> TimeZone {
        TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").unwrap()
    }

    fn new_york() -> TimeZone {
        TimeZone::posix("EST5EDT,M3.2.0,M11.1.0").unwrap()
    }

    fn playbook() -> &'static Playbook {
        static PLAYBOOK: std::sync::OnceLock<Playbook> = std::sync::OnceLock::new();
        PLAYBOOK.get_or_init(|| crate::playbook::bundled("en").unwrap())
    }

    fn sheet() -> Sheet {
        let mut s = Sheet::new(
            SheetId::parse("20261120-acme-a1b2").unwrap(),
            "2026-11-20T09:15:00Z".parse().unwrap(),
        );
        s.updated = "2026-11-20T09:40:30.5Z".parse().unwrap();
        s.client = "Acme Ltd".to_owned();
        s.scenario = "unpaid-invoice".to_owned();
        s.when = Some(date(2026, 11, 25).at(16, 30, 0, 0));
        s.opener.text =
            "Hi Acme Ltd, can you help me understand where invoice 2026-031 stands?".to_owned();
        s.goal.outcome = "Paid this month; a clear date for the next invoices.".to_owned();
        s.logistics.place = "Their office".to_owned();
        s.follow_ups = vec![
            FollowUp {
                what: "send the revised quote".to_owned(),
                owner: Owner::Me,
                due: Some(date(2026, 12, 31)),
                done: false,
                id: "0".to_owned(),
            },
            FollowUp {
                what: "pay the second instalment".to_owned(),
                owner: Owner::Client,
                due: Some(date(2028, 2, 29)),
                done: false,
                id: "1".to_owned(),
            },
            FollowUp {
                what: "thank them".to_owned(),
                owner: Owner::Me,
                due: None,
                done: false,
                id: "2".to_owned(),
            },
            FollowUp {
                what: "recap email".to_owned(),
                owner: Owner::Me,
                due: Some(date(2026, 11, 25)),
                done: true,
                id: "t19a2b3c4d5e".to_owned(),
            },
        ];
        s
    }

    fn events(text: &str) -> Vec<Event> {
        let cal = icalendar::Calendar::from_str(text).unwrap();
        cal.components
            .into_iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .collect()
    }

    fn utc_at(text: &str) -> DatePerhapsTime {
        let ts: Timestamp = text.parse().unwrap();
        DatePerhapsTime::DateTime(CalendarDateTime::Utc(utc(ts)))
    }

    fn day(y: i16, m: i8, d: i8) -> DatePerhapsTime {
        DatePerhapsTime::Date(naive(date(y, m, d)))
    }

    #[test]
    fn conversation_event_round_trips_field_by_field() {
        let text = calendar(&sheet(), playbook(), catalog(Lang::En), &warsaw());
        let cal = icalendar::Calendar::from_str(&text).unwrap();
        assert_eq!(cal.property_value("VERSION"), Some("2.0"));
        assert_eq!(cal.property_value("PRODID"), Some(PRODID));
        let events = events(&text);
        assert_eq!(events.len(), 4, "conversation and three dated follow-ups");
        let talk = &events[0];
        assert_eq!(
            talk.get_uid(),
            Some("20261120-acme-a1b2-conversation@talkprep")
        );
        assert_eq!(
            talk.get_summary(),
            Some("Conversation with Acme Ltd: Unpaid invoice")
        );
        // 16:30 in Warsaw in November (CET, UTC+1) is 15:30 UTC; thirty minutes long.
        assert_eq!(talk.get_start(), Some(utc_at("2026-11-25T15:30:00Z")));
        assert_eq!(talk.get_end(), Some(utc_at("2026-11-25T16:00:00Z")));
        // DTSTAMP is the sheet's last save, to the second.
        assert_eq!(
            talk.get_timestamp(),
            Some(utc("2026-11-20T09:40:30Z".parse().unwrap()))
        );
        assert_eq!(
            talk.get_created(),
            Some(utc("2026-11-20T09:15:00Z".parse().unwrap()))
        );
        assert_eq!(talk.get_class(), Some(Class::Private));
        assert_eq!(talk.get_location(), Some("Their office"));
        let description = talk.get_description().unwrap();
        assert!(
            description.starts_with(
                "Open with: Hi Acme Ltd, can you help me understand where invoice 2026-031 \
                 stands?\n\nYour goal: Paid this month; a clear date for the next invoices."
            ),
            "{description}"
        );
        assert!(description.ends_with("talkprep cue 20261120-acme-a1b2"));
    }

    #[test]
    fn follow_ups_are_all_day_events_with_stable_uids() {
        let text = calendar(&sheet(), playbook(), catalog(Lang::En), &warsaw());
        let events = events(&text);
        let quote = &events[1];
        assert_eq!(
            quote.get_uid(),
            Some("20261120-acme-a1b2-follow-up-0@talkprep")
        );
        assert_eq!(
            quote.get_summary(),
            Some("You promised Acme Ltd: send the revised quote")
        );
        // All-day, and the exclusive end crosses the year.
        assert_eq!(quote.get_start(), Some(day(2026, 12, 31)));
        assert_eq!(quote.get_end(), Some(day(2027, 1, 1)));
        assert_eq!(quote.property_value("TRANSP"), Some("TRANSPARENT"));
        assert!(text.contains("DTSTART;VALUE=DATE:20261231\r\n"));

        let instalment = &events[2];
        assert_eq!(
            instalment.get_uid(),
            Some("20261120-acme-a1b2-follow-up-1@talkprep")
        );
        assert_eq!(
            instalment.get_summary(),
            Some("Acme Ltd promised you: pay the second instalment")
        );
        assert_eq!(instalment.get_start(), Some(day(2028, 2, 29)));
        assert_eq!(instalment.get_end(), Some(day(2028, 3, 1)));

        // The undated follow-up at index 2 has no event; the next keeps index 3.
        let recap = &events[3];
        assert_eq!(
            recap.get_uid(),
            Some("20261120-acme-a1b2-follow-up-t19a2b3c4d5e@talkprep")
        );
        assert_eq!(
            recap.get_summary(),
            Some("Done: You promised Acme Ltd: recap email")
        );
        assert_eq!(recap.get_start(), Some(day(2026, 11, 25)));
        for event in &events[1..] {
            assert_eq!(
                event.get_timestamp(),
                Some(utc("2026-11-20T09:40:30Z".parse().unwrap()))
            );
            assert!(event.get_description().unwrap().contains("Acme Ltd"));
        }
    }

    fn alarms(text: &str) -> Vec<String> {
        let cal = icalendar::Calendar::from_str(text).unwrap();
        cal.components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .map(|e| {
                e.components()
                    .iter()
                    .filter_map(|a| a.property_value("TRIGGER").map(str::to_owned))
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .collect()
    }

    #[test]
    fn open_items_carry_a_reminder_and_done_ones_none() {
        let text = calendar(&sheet(), playbook(), catalog(Lang::En), &warsaw());
        assert_eq!(
            alarms(&text),
            ["-PT900S", "PT32400S", "PT32400S", ""],
            "15 minutes before the talk, 09:00 on the day of an open follow-up, none once done"
        );
        assert!(text.contains("BEGIN:VALARM\r\n") || text.contains("BEGIN:VALARM\r\nDTSTAMP"));
        assert!(text.contains("ACTION:DISPLAY"));
    }

    #[test]
    fn the_talk_lasts_what_the_sheet_says_else_the_channels_default() {
        let end =
            |s: &Sheet| events(&calendar(s, playbook(), catalog(Lang::En), &warsaw()))[0].get_end();
        let mut s = sheet();
        assert_eq!(
            end(&s),
            Some(utc_at("2026-11-25T16:00:00Z")),
            "30 minutes by default"
        );
        s.channel = Some(crate::sheet::Channel::InPerson);
        assert_eq!(
            end(&s),
            Some(utc_at("2026-11-25T16:30:00Z")),
            "an hour in person"
        );
        s.logistics.minutes = "45 min".to_owned();
        assert_eq!(end(&s), Some(utc_at("2026-11-25T16:15:00Z")));
        s.logistics.minutes = "forever".to_owned();
        assert_eq!(
            end(&s),
            Some(utc_at("2026-11-25T16:30:00Z")),
            "unreadable: the default"
        );
    }

    #[test]
    fn uids_follow_the_follow_up_not_its_place_in_the_list() {
        let s = sheet();
        let uid_of = |s: &Sheet, what: &str| {
            events(&calendar(s, playbook(), catalog(Lang::En), &warsaw()))
                .into_iter()
                .find(|e| e.get_summary().unwrap_or_default().ends_with(what))
                .and_then(|e| e.get_uid().map(str::to_owned))
        };
        let before = uid_of(&s, "pay the second instalment");
        let mut edited = s.clone();
        edited.follow_ups.remove(0);
        edited.follow_ups[0].what = "pay the second instalment".to_owned();
        assert_eq!(uid_of(&edited, "pay the second instalment"), before);
        // A sheet saved before ids existed reads back with ids by position: the UIDs it had.
        let mut old = crate::sheet::to_json(&s);
        for id in ["0", "1", "2", "t19a2b3c4d5e"] {
            old = old.replace(&format!("\"id\": \"{id}\""), "\"legacy\": true");
        }
        let read = crate::sheet::from_json(&old).unwrap();
        assert_eq!(
            read.follow_ups
                .iter()
                .map(|f| f.id.as_str())
                .collect::<Vec<_>>(),
            ["0", "1", "2", "3"]
        );
        // A new follow-up takes an id no other has.
        let added = crate::sheet::FollowUp::new(
            "call back".to_owned(),
            Owner::Me,
            None,
            "2026-11-20T09:15:00Z".parse().unwrap(),
            &read.follow_ups,
        );
        assert!(added.id.starts_with('t') && read.follow_ups.iter().all(|f| f.id != added.id));
    }

    #[test]
    fn the_same_sheet_gives_the_same_file() {
        let a = calendar(&sheet(), playbook(), catalog(Lang::En), &warsaw());
        let b = calendar(&sheet(), playbook(), catalog(Lang::En), &warsaw());
        assert_eq!(a, b);
        assert!(a.ends_with("END:VCALENDAR\r\n"));
        for line in a.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
            assert!(!line.contains('\n'), "{line}");
        }
    }

    #[test]
    fn wall_clock_time_is_read_in_the_users_zone() {
        let mut s = sheet();
        // Summer time in Warsaw (UTC+2).
        s.when = Some(date(2026, 7, 1).at(9, 0, 0, 0));
        let text = calendar(&s, playbook(), catalog(Lang::En), &warsaw());
        assert_eq!(
            events(&text)[0].get_start(),
            Some(utc_at("2026-07-01T07:00:00Z"))
        );
        // New York in winter (UTC-5): 21:30 on the 25th is 02:30 UTC on the 26th.
        s.when = Some(date(2026, 11, 25).at(21, 30, 0, 0));
        let text = calendar(&s, playbook(), catalog(Lang::En), &new_york());
        assert_eq!(
            events(&text)[0].get_start(),
            Some(utc_at("2026-11-26T02:30:00Z"))
        );
        assert_eq!(
            events(&text)[0].get_end(),
            Some(utc_at("2026-11-26T03:00:00Z"))
        );
        // UTC itself.
        let text = calendar(&s, playbook(), catalog(Lang::En), &TimeZone::UTC);
        assert_eq!(
            events(&text)[0].get_start(),
            Some(utc_at("2026-11-25T21:30:00Z"))
        );
    }

    #[test]
    fn a_time_skipped_by_daylight_saving_moves_forward() {
        let mut s = sheet();
        // 02:30 does not exist in Warsaw on 29 March 2026: clocks jump from 02:00 to 03:00.
        s.when = Some(date(2026, 3, 29).at(2, 30, 0, 0));
        let text = calendar(&s, playbook(), catalog(Lang::En), &warsaw());
        assert_eq!(
            events(&text)[0].get_start(),
            Some(utc_at("2026-03-29T01:30:00Z"))
        );
        // 02:30 happens twice on 25 October 2026: the first (summer time) is taken.
        s.when = Some(date(2026, 10, 25).at(2, 30, 0, 0));
        let text = calendar(&s, playbook(), catalog(Lang::En), &warsaw());
        assert_eq!(
            events(&text)[0].get_start(),
            Some(utc_at("2026-10-25T00:30:00Z"))
        );
    }

    #[test]
    fn a_conversation_with_a_date_only_is_an_all_day_event() {
        let mut s = sheet();
        s.when = Some(date(2026, 12, 31).at(0, 0, 0, 0));
        let text = calendar(&s, playbook(), catalog(Lang::En), &warsaw());
        let talk = &events(&text)[0];
        assert_eq!(talk.get_start(), Some(day(2026, 12, 31)));
        assert_eq!(talk.get_end(), Some(day(2027, 1, 1)));
    }

    #[test]
    fn awkward_text_survives_the_round_trip_and_control_characters_do_not() {
        let mut s = sheet();
        s.client = "Bolt, Nut; \\Co\x1b[31m".to_owned();
        s.scenario = "no-such-scenario".to_owned();
        s.opener.text = "Line one,\r\nline two; \"quoted\"\u{7}".to_owned();
        s.follow_ups[0].what = "send it\nnow".to_owned();
        let text = calendar(&s, playbook(), catalog(Lang::En), &warsaw());
        assert!(!text.contains('\x1b') && !text.contains('\u{7}'));
        let events = events(&text);
        assert_eq!(
            events[0].get_summary(),
            Some("Conversation with Bolt, Nut; \\Co[31m")
        );
        assert!(
            events[0]
                .get_description()
                .unwrap()
                .starts_with("Open with: Line one,\nline two; \"quoted\"\n\n")
        );
        assert_eq!(
            events[1].get_summary(),
            Some("You promised Bolt, Nut; \\Co[31m: send it now")
        );
    }

    #[test]
    fn dates_beyond_what_icalendar_can_write_are_left_out() {
        let mut s = sheet();
        s.when = Some(date(-44, 3, 15).at(12, 0, 0, 0));
        s.updated = "-000044-03-15T12:00:00Z".parse().unwrap();
        s.follow_ups.truncate(1);
        s.follow_ups[0].due = Some(date(9999, 12, 31));
        assert!(!has_calendar_items(&s));
        let text = calendar(&s, playbook(), catalog(Lang::En), &warsaw());
        assert!(events(&text).is_empty());
        s.follow_ups[0].due = Some(date(9999, 12, 30));
        let text = calendar(&s, playbook(), catalog(Lang::En), &warsaw());
        let events = events(&text);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].get_end(), Some(day(9999, 12, 31)));
        assert!(text.contains("DTSTAMP:00010101T000000Z\r\n"), "{text}");
    }

    #[test]
    fn nothing_to_schedule_without_a_date_or_a_dated_follow_up() {
        let mut s = sheet();
        assert!(has_calendar_items(&s));
        s.when = None;
        assert!(has_calendar_items(&s));
        for f in &mut s.follow_ups {
            f.due = None;
        }
        assert!(!has_calendar_items(&s));
        let text = calendar(&s, playbook(), catalog(Lang::En), &warsaw());
        assert!(events(&text).is_empty());
        s.when = Some(date(2026, 11, 25).at(16, 30, 0, 0));
        assert!(has_calendar_items(&s));
        assert_eq!(
            events(&calendar(&s, playbook(), catalog(Lang::En), &warsaw())).len(),
            1
        );
    }

    proptest::proptest! {
        #[test]
        fn any_sheet_gives_a_calendar_that_parses_back(sheet in crate::sheet::arb::sheet()) {
            let cat = catalog(Lang::En);
            let text = calendar(&sheet, playbook(), cat, &warsaw());
            for line in text.split_terminator("\r\n") {
                // icalendar 0.16 folds at 75 octets but lets the last continuation line reach
                // 76 with its leading space (RFC 5545 says SHOULD NOT exceed 75; apps cope).
                proptest::prop_assert!(line.len() <= 76, "{:?}", line);
                // RFC 5545 text may hold tabs, and nothing else below a space.
                proptest::prop_assert!(
                    !line.chars().any(|c| c.is_control() && c != '\t'),
                    "{:?}",
                    line
                );
            }
            let events = events(&text);
            let dated: Vec<(usize, &crate::sheet::FollowUp)> = sheet
                .follow_ups
                .iter()
                .enumerate()
                .filter(|(_, f)| f.due.is_some_and(writable) && !is_blank(f))
                .collect();
            let talks = events.len() - dated.len();
            proptest::prop_assert_eq!(talks, usize::from(sheet.when.is_some_and(|w| writable(w.date()))));
            proptest::prop_assert_eq!(has_calendar_items(&sheet), !events.is_empty());
            for event in &events {
                proptest::prop_assert!(event.get_start().is_some());
                proptest::prop_assert!(event.get_end().is_some());
                proptest::prop_assert_eq!(event.get_timestamp(), Some(utc(sheet.updated)));
            }
            for (event, (_, f)) in events[talks..].iter().zip(dated) {
                let uid = follow_up_uid(&sheet.id, &f.id);
                proptest::prop_assert_eq!(event.get_uid(), Some(uid.as_str()));
                proptest::prop_assert_eq!(event.get_start(), f.due.map(|d| DatePerhapsTime::Date(naive(d))));
                // icalendar's parser unescapes `\\` before `\n`, so a backslash the user typed
                // before an `n` reads back as a newline; the file itself is right.
                if !f.what.contains('\\') {
                    let summary = event.get_summary().unwrap_or_default();
                    proptest::prop_assert!(summary.ends_with(&single_line(f.what.trim())), "{:?}", summary);
                }
            }
        }
    }

    #[test]
    fn a_sheet_without_a_client_or_place_still_reads_well() {
        let mut s = sheet();
        s.client = "  ".to_owned();
        s.logistics.place = String::new();
        let text = calendar(&s, playbook(), catalog(Lang::En), &warsaw());
        let events = events(&text);
        assert_eq!(
            events[0].get_summary(),
            Some("Conversation with (no client yet): Unpaid invoice")
        );
        assert_eq!(events[0].get_location(), None);
    }
}
