//! Due and overdue follow-ups, and the debrief prompt.

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp};
use serde::Serialize;

use crate::i18n::Catalog;
use crate::sheet::{Debrief, FollowUp, Owner, Sheet, Summary};

/// How long a conversation is assumed to last, in minutes: the calendar event's length, and
/// how long after the start the debrief is offered.
pub const CONVERSATION_MINUTES: i64 = 30;

/// The widest horizon [`due_items`] accepts, in days (about 10,000 years); larger values are
/// clamped so date arithmetic never overflows.
const MAX_HORIZON_DAYS: i32 = 3_650_000;

/// One open follow-up with a due date, as the home screen and `talkprep due` list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DueItem {
    /// The sheet it belongs to.
    pub sheet_id: String,
    /// The sheet's client.
    pub client: String,
    /// The sheet's scenario id.
    pub scenario: String,
    /// Its position in the sheet's `follow_ups`.
    pub index: usize,
    /// What was promised.
    pub what: String,
    /// Who owes it.
    pub owner: Owner,
    /// When it is due.
    pub due: Date,
    /// Days past the due date: positive when overdue, 0 when due today, negative for the days
    /// left.
    pub days_late: i32,
}

impl DueItem {
    /// Past its due date (due today is not overdue).
    pub fn is_overdue(&self) -> bool {
        self.days_late > 0
    }

    /// How due it is, in words: "overdue 3d", "due today", "in 2d".
    pub fn status(&self, cat: &'static Catalog) -> String {
        match self.days_late {
            0 => cat.get("due.today").to_owned(),
            late if late > 0 => cat.fill("due.overdue", &[("days", &late.to_string())]),
            early => cat.fill("due.soon", &[("days", &early.unsigned_abs().to_string())]),
        }
    }

    /// Who owes it, in words: "you" or "client".
    pub fn owner_label(&self, cat: &'static Catalog) -> &'static str {
        cat.get(match self.owner {
            Owner::Me => "owner.me",
            Owner::Client => "owner.client",
        })
    }
}

/// The open (not done, not blank) follow-ups of `sheets` due on or before `today + horizon_days`, most
/// overdue first, then by due date, sheet id and position.
///
/// `horizon_days` 0 lists what is due today or overdue; 7 adds the coming week. A negative
/// horizon lists only what is at least that many days overdue.
pub fn due_items<S: Tracked>(sheets: &[S], today: Date, horizon_days: i32) -> Vec<DueItem> {
    let horizon = horizon_days.clamp(-MAX_HORIZON_DAYS, MAX_HORIZON_DAYS);
    let last = today.saturating_add(Span::new().days(horizon));
    let mut items: Vec<DueItem> = sheets
        .iter()
        .flat_map(|sheet| {
            sheet
                .follow_ups()
                .iter()
                .enumerate()
                .filter(|(_, f)| !f.done && !is_blank(f))
                .filter_map(move |(index, f)| {
                    let due = f.due?;
                    (due <= last).then(|| DueItem {
                        sheet_id: sheet.id().to_owned(),
                        client: sheet.client().to_owned(),
                        scenario: sheet.scenario().to_owned(),
                        index,
                        what: f.what.clone(),
                        owner: f.owner,
                        due,
                        // Between two civil dates the span is in days and never overflows.
                        days_late: (today - due).get_days(),
                    })
                })
        })
        .collect();
    items.sort_by(|a, b| {
        a.due
            .cmp(&b.due)
            .then_with(|| a.sheet_id.cmp(&b.sheet_id))
            .then_with(|| a.index.cmp(&b.index))
    });
    items
}

/// What follow-ups and debriefs are worked out from: a whole sheet, or its [`Summary`] in a
/// list.
pub trait Tracked {
    /// The sheet's id.
    fn id(&self) -> &str;
    /// The client's name.
    fn client(&self) -> &str;
    /// The scenario id.
    fn scenario(&self) -> &str;
    /// When the conversation is.
    fn when(&self) -> Option<DateTime>;
    /// Whether the debrief holds anything.
    fn debriefed(&self) -> bool;
    /// Every follow-up, in the sheet's order.
    fn follow_ups(&self) -> &[FollowUp];
}

impl Tracked for Sheet {
    fn id(&self) -> &str {
        &self.id
    }
    fn client(&self) -> &str {
        &self.client
    }
    fn scenario(&self) -> &str {
        &self.scenario
    }
    fn when(&self) -> Option<DateTime> {
        self.when
    }
    fn debriefed(&self) -> bool {
        self.debrief.as_ref().is_some_and(|d| !is_blank_debrief(d))
    }
    fn follow_ups(&self) -> &[FollowUp] {
        &self.follow_ups
    }
}

impl Tracked for Summary {
    fn id(&self) -> &str {
        &self.id
    }
    fn client(&self) -> &str {
        &self.client
    }
    fn scenario(&self) -> &str {
        &self.scenario
    }
    fn when(&self) -> Option<DateTime> {
        self.when
    }
    fn debriefed(&self) -> bool {
        self.debriefed
    }
    fn follow_ups(&self) -> &[FollowUp] {
        &self.follow_ups
    }
}

/// The user's local date at `now` in `tz`: at 23:30 UTC it is already tomorrow in Warsaw.
pub fn today_in(tz: &TimeZone, now: Timestamp) -> Date {
    now.to_zoned(tz.clone()).date()
}

/// Whether a debrief should be offered: the conversation is over and nothing has been written
/// about it yet.
///
/// A conversation with a time is over [`CONVERSATION_MINUTES`] after it starts. One with a date
/// only (stored as midnight) is over when that day is: the debrief is offered from the next
/// morning, the moment the playbook suggests for reflecting. A debrief with every field blank
/// counts as none.
pub fn debrief_offered<S: Tracked>(sheet: &S, now_local: DateTime) -> bool {
    let Some(when) = sheet.when() else {
        return false;
    };
    if sheet.debriefed() {
        return false;
    }
    if when.time() == jiff::civil::Time::midnight() {
        now_local.date() > when.date()
    } else {
        let over = when.saturating_add(Span::new().minutes(CONVERSATION_MINUTES));
        now_local >= over
    }
}

/// True when no field of the debrief holds anything.
pub fn is_blank_debrief(debrief: &Debrief) -> bool {
    debrief.outcome.is_none()
        && [
            &debrief.against_goal,
            &debrief.went_well,
            &debrief.went_badly,
            &debrief.learned,
            &debrief.would_change,
        ]
        .iter()
        .all(|text| text.trim().is_empty())
}

/// True when a follow-up says nothing (a row started in the app and left empty): it is never
/// due, and never goes in a calendar.
pub fn is_blank(follow_up: &FollowUp) -> bool {
    crate::sanitize::single_line(&follow_up.what)
        .trim()
        .is_empty()
}
