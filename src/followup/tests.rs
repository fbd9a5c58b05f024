use crate::i18n::Lang;
use jiff::Timestamp;
use jiff::civil::{Date, date};
use jiff::tz::{Offset, TimeZone};

use super::*;
use crate::sheet::{Debrief, FollowUp, Outcome, Owner, Sheet, SheetId};

fn warsaw() -> TimeZone {
    TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").unwrap()
}

fn new_york() -> TimeZone {
    TimeZone::posix("EST5EDT,M3.2.0,M11.1.0").unwrap()
}

fn auckland() -> TimeZone {
    TimeZone::posix("NZST-12NZDT,M9.5.0,M4.1.0/3").unwrap()
}

fn ts(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn follow_up(what: &str, owner: Owner, due: Option<Date>, done: bool) -> FollowUp {
    FollowUp {
        what: what.to_owned(),
        owner,
        due,
        done,
        id: String::new(),
    }
}

fn sheet(id: &str, client: &str, follow_ups: Vec<FollowUp>) -> Sheet {
    let mut sheet = Sheet::new(SheetId::parse(id).unwrap(), ts("2026-11-20T09:00:00Z"));
    sheet.client = client.to_owned();
    sheet.scenario = "unpaid-invoice".to_owned();
    sheet.follow_ups = follow_ups;
    sheet
}

fn ids(items: &[DueItem]) -> Vec<(String, usize, i32)> {
    items
        .iter()
        .map(|i| (i.sheet_id.clone(), i.index, i.days_late))
        .collect()
}

#[test]
fn today_follows_the_users_time_zone() {
    // 23:30 UTC on 31 December is already New Year's Day in Warsaw, still the 31st in New York.
    let now = ts("2026-12-31T23:30:00Z");
    assert_eq!(today_in(&warsaw(), now), date(2027, 1, 1));
    assert_eq!(today_in(&TimeZone::UTC, now), date(2026, 12, 31));
    assert_eq!(today_in(&new_york(), now), date(2026, 12, 31));
    // Early morning UTC is still yesterday in New York.
    let morning = ts("2026-03-01T03:00:00Z");
    assert_eq!(today_in(&new_york(), morning), date(2026, 2, 28));
    assert_eq!(today_in(&auckland(), morning), date(2026, 3, 1));
    // The extremes: UTC+14 and UTC-12 are two calendar days apart for an hour every day.
    let kiritimati = TimeZone::fixed(Offset::constant(14));
    let baker = TimeZone::fixed(Offset::constant(-12));
    let noon = ts("2026-06-15T11:30:00Z");
    assert_eq!(today_in(&kiritimati, noon), date(2026, 6, 16));
    assert_eq!(today_in(&baker, noon), date(2026, 6, 14));
}

#[test]
fn due_today_is_due_not_overdue_and_yesterday_is_overdue() {
    let sheets = [sheet(
        "20261120-acme-a1b2",
        "Acme Ltd",
        vec![
            follow_up("today", Owner::Me, Some(date(2026, 11, 25)), false),
            follow_up("yesterday", Owner::Client, Some(date(2026, 11, 24)), false),
            follow_up("tomorrow", Owner::Me, Some(date(2026, 11, 26)), false),
        ],
    )];
    let items = due_items(&sheets, date(2026, 11, 25), 0);
    assert_eq!(
        ids(&items),
        [
            ("20261120-acme-a1b2".to_owned(), 1, 1),
            ("20261120-acme-a1b2".to_owned(), 0, 0),
        ]
    );
    assert!(items[0].is_overdue());
    assert!(!items[1].is_overdue());
    assert_eq!(items[0].what, "yesterday");
    assert_eq!(items[0].owner, Owner::Client);
    assert_eq!(items[0].client, "Acme Ltd");
    assert_eq!(items[0].scenario, "unpaid-invoice");
}

#[test]
fn the_same_follow_up_is_due_in_warsaw_while_new_york_still_has_a_day() {
    let sheets = [sheet(
        "20261120-acme-a1b2",
        "Acme Ltd",
        vec![follow_up(
            "send the quote",
            Owner::Me,
            Some(date(2027, 1, 1)),
            false,
        )],
    )];
    let now = ts("2026-12-31T23:30:00Z");
    let in_warsaw = due_items(&sheets, today_in(&warsaw(), now), 0);
    assert_eq!(in_warsaw.len(), 1);
    assert_eq!(in_warsaw[0].days_late, 0);
    assert!(due_items(&sheets, today_in(&new_york(), now), 0).is_empty());
    let week = due_items(&sheets, today_in(&new_york(), now), 7);
    assert_eq!(week[0].days_late, -1);
}

#[test]
fn done_undated_and_blank_follow_ups_are_never_due() {
    let sheets = [sheet(
        "20261120-acme-a1b2",
        "Acme Ltd",
        vec![
            follow_up("done", Owner::Me, Some(date(2026, 1, 1)), true),
            follow_up("no date", Owner::Me, None, false),
            follow_up(" \n\u{1b}", Owner::Me, Some(date(2026, 1, 1)), false),
        ],
    )];
    assert!(due_items(&sheets, date(2026, 11, 25), 10_000).is_empty());
}

#[test]
fn sorted_most_overdue_first_across_sheets() {
    let sheets = [
        sheet(
            "20261120-acme-a1b2",
            "Acme Ltd",
            vec![
                follow_up("a", Owner::Me, Some(date(2026, 11, 27)), false),
                follow_up("b", Owner::Me, Some(date(2026, 11, 20)), false),
            ],
        ),
        sheet(
            "20261101-bolt-c3d4",
            "Bolt",
            vec![
                follow_up("c", Owner::Client, Some(date(2026, 11, 20)), false),
                follow_up("d", Owner::Me, Some(date(2026, 11, 25)), false),
                follow_up("e", Owner::Me, Some(date(2026, 12, 31)), false),
            ],
        ),
    ];
    let items = due_items(&sheets, date(2026, 11, 25), 2);
    let order: Vec<&str> = items.iter().map(|i| i.what.as_str()).collect();
    assert_eq!(order, ["c", "b", "d", "a"]);
    let late: Vec<i32> = items.iter().map(|i| i.days_late).collect();
    assert_eq!(late, [5, 5, 0, -2]);
}

#[test]
fn days_late_counts_across_month_year_and_leap_day() {
    let cases = [
        // (due, today, days_late)
        (date(2026, 12, 31), date(2027, 1, 1), 1),
        (date(2026, 1, 31), date(2026, 3, 1), 29),
        (date(2028, 2, 28), date(2028, 3, 1), 2),
        (date(2028, 2, 29), date(2028, 2, 29), 0),
        (date(2028, 2, 29), date(2029, 2, 28), 365),
        (date(2027, 2, 28), date(2028, 2, 29), 366),
        (date(2026, 4, 30), date(2026, 5, 1), 1),
    ];
    for (due, today, late) in cases {
        let sheets = [sheet(
            "20261120-acme-a1b2",
            "Acme Ltd",
            vec![follow_up("x", Owner::Me, Some(due), false)],
        )];
        let items = due_items(&sheets, today, 0);
        assert_eq!(items.len(), 1, "{due} on {today}");
        assert_eq!(items[0].days_late, late, "{due} on {today}");
    }
}

#[test]
fn horizon_reaches_over_month_and_year_ends() {
    let sheets = [sheet(
        "20261120-acme-a1b2",
        "Acme Ltd",
        vec![
            follow_up("new year", Owner::Me, Some(date(2027, 1, 2)), false),
            follow_up("leap day", Owner::Me, Some(date(2028, 2, 29)), false),
        ],
    )];
    assert!(due_items(&sheets, date(2026, 12, 30), 2).is_empty());
    assert_eq!(due_items(&sheets, date(2026, 12, 30), 3)[0].days_late, -3);
    let feb = due_items(&sheets, date(2028, 2, 28), 1);
    assert_eq!(feb.len(), 2);
    assert_eq!(feb[1].days_late, -1);
    // Absurd horizons neither panic nor overflow.
    assert_eq!(due_items(&sheets, date(2026, 1, 1), i32::MAX).len(), 2);
    assert!(due_items(&sheets, date(2026, 1, 1), i32::MIN).is_empty());
    assert_eq!(due_items(&sheets, Date::MAX, i32::MAX).len(), 2);
}

#[test]
fn negative_horizon_keeps_only_the_long_overdue() {
    let sheets = [sheet(
        "20261120-acme-a1b2",
        "Acme Ltd",
        vec![
            follow_up("old", Owner::Me, Some(date(2026, 11, 1)), false),
            follow_up("recent", Owner::Me, Some(date(2026, 11, 24)), false),
        ],
    )];
    let items = due_items(&sheets, date(2026, 11, 25), -7);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].what, "old");
}

#[test]
fn debrief_is_offered_once_the_conversation_is_over_and_unwritten() {
    let mut s = sheet("20261120-acme-a1b2", "Acme Ltd", Vec::new());
    let at = date(2026, 11, 25).at(16, 30, 0, 0);
    assert!(!debrief_offered(&s, at), "no date, no debrief");
    s.when = Some(at);
    assert!(!debrief_offered(&s, date(2026, 11, 25).at(16, 0, 0, 0)));
    assert!(!debrief_offered(&s, date(2026, 11, 25).at(16, 59, 0, 0)));
    assert!(debrief_offered(&s, date(2026, 11, 25).at(17, 0, 0, 0)));
    assert!(debrief_offered(&s, date(2027, 1, 1).at(9, 0, 0, 0)));

    s.debrief = Some(Debrief::default());
    assert!(
        debrief_offered(&s, date(2026, 11, 26).at(9, 0, 0, 0)),
        "a blank debrief is none"
    );
    s.debrief = Some(Debrief {
        outcome: Some(Outcome::Partly),
        ..Debrief::default()
    });
    assert!(!debrief_offered(&s, date(2026, 11, 26).at(9, 0, 0, 0)));
    s.debrief = Some(Debrief {
        learned: "Ask for the PO number first.".to_owned(),
        ..Debrief::default()
    });
    assert!(!debrief_offered(&s, date(2026, 11, 26).at(9, 0, 0, 0)));
}

#[test]
fn a_day_only_conversation_gets_its_debrief_the_next_day() {
    let mut s = sheet("20261120-acme-a1b2", "Acme Ltd", Vec::new());
    s.when = Some(date(2028, 2, 29).at(0, 0, 0, 0));
    assert!(!debrief_offered(&s, date(2028, 2, 29).at(23, 59, 0, 0)));
    assert!(debrief_offered(&s, date(2028, 3, 1).at(0, 0, 0, 0)));
}

#[test]
fn due_items_serialise_for_scripts() {
    let sheets = [sheet(
        "20261120-acme-a1b2",
        "Acme Ltd",
        vec![follow_up(
            "send the quote",
            Owner::Me,
            Some(date(2026, 11, 20)),
            false,
        )],
    )];
    let items = due_items(&sheets, date(2026, 11, 23), 0);
    let json = serde_json::to_value(&items).unwrap();
    assert_eq!(
        json,
        serde_json::json!([{
            "sheet_id": "20261120-acme-a1b2",
            "client": "Acme Ltd",
            "scenario": "unpaid-invoice",
            "index": 0,
            "what": "send the quote",
            "owner": "me",
            "due": "2026-11-20",
            "days_late": 3
        }])
    );
}

#[test]
fn status_and_owner_in_words() {
    let cat = crate::i18n::catalog(Lang::En);
    let sheets = [sheet(
        "20261120-acme-a1b2",
        "Acme Ltd",
        vec![
            follow_up("a", Owner::Client, Some(date(2026, 11, 22)), false),
            follow_up("b", Owner::Me, Some(date(2026, 11, 25)), false),
            follow_up("c", Owner::Me, Some(date(2026, 11, 27)), false),
        ],
    )];
    let items = due_items(&sheets, date(2026, 11, 25), 7);
    let words: Vec<(String, &str)> = items
        .iter()
        .map(|i| (i.status(cat), i.owner_label(cat)))
        .collect();
    assert_eq!(
        words,
        [
            ("3 days overdue".to_owned(), "client"),
            ("due today".to_owned(), "you"),
            ("in 2 days".to_owned(), "you"),
        ]
    );
}

proptest::proptest! {
    #[test]
    fn any_sheets_any_day_any_horizon(
        sheets in proptest::collection::vec(crate::sheet::arb::sheet(), 0..4),
        (y, m, d) in (-9999i16..=9999, 1i8..=12, 1i8..=28),
        horizon in proptest::prelude::any::<i32>(),
    ) {
        let today = date(y, m, d);
        let items = due_items(&sheets, today, horizon);
        for pair in items.windows(2) {
            proptest::prop_assert!(pair[0].due <= pair[1].due);
            proptest::prop_assert!(pair[0].days_late >= pair[1].days_late);
        }
        for item in &items {
            let sheet = sheets.iter().find(|s| s.id == item.sheet_id).unwrap();
            let f = &sheet.follow_ups[item.index];
            proptest::prop_assert!(!f.done && !is_blank(f));
            proptest::prop_assert_eq!(f.due, Some(item.due));
            proptest::prop_assert_eq!(item.days_late, (today - item.due).get_days());
        }
        if horizon >= 0 {
            let open_and_late = sheets
                .iter()
                .flat_map(|s| &s.follow_ups)
                .filter(|f| !f.done && !is_blank(f) && f.due.is_some_and(|d| d <= today))
                .count();
            proptest::prop_assert!(items.len() >= open_and_late);
        }
    }
}
