//! Answering a sheet's field from text, by the field's name: what `talkprep new` and
//! `talkprep set` do for scripts and screen-reader users, through the same field table the
//! wizard reads.

use jiff::civil::Date;

use super::fields::{FIELDS, Field, FieldId, Pick, Value};
use super::model::Sheet;
use crate::i18n::Message;
use crate::playbook::{GoalKind, Playbook};

impl FieldId {
    /// The field's name on the command line, the sheet's JSON path where it has one
    /// (`facts.what_happened`, `goal.outcome`, `message.body`).
    pub fn name(self) -> &'static str {
        use FieldId as F;
        match self {
            F::ScenarioFilter => "scenario_filter",
            F::Scenario => "scenario",
            F::Client => "client",
            F::Address => "address",
            F::Topic => "topic",
            F::Channel => "channel",
            F::When => "when",
            F::FactWhat => "facts.what_happened",
            F::FactWho => "facts.who_did_what",
            F::FactEvidence => "facts.evidence",
            F::FactCost => "facts.cost",
            F::FactMyPart => "facts.my_part",
            F::FactRepair => "facts.repair",
            F::Relationship => "stakes.relationship",
            F::Worth => "stakes.worth",
            F::WontMatter => "stakes.wont_matter",
            F::WillMatter => "stakes.will_matter",
            F::Heat => "stakes.heat",
            F::GoalKind => "goal.kind",
            F::Outcome => "goal.outcome",
            F::FirmOn => "goal.firm_on",
            F::CanGive => "goal.can_give",
            F::FallbackIdeas => "fallback_ideas",
            F::Fallback1 => "fallbacks.1",
            F::Fallback2 => "fallbacks.2",
            F::OpenerIdeas => "opener_ideas",
            F::Opener => "opener",
            F::MessageNextBy => "message.next_by",
            F::MessageSubject => "message.subject",
            F::MessageBody => "message.body",
            F::MomentIdeas => "moment_ideas",
            F::Moment => "logistics.moment",
            F::Place => "logistics.place",
            F::LogNotes => "logistics.notes",
            F::Minutes => "logistics.minutes",
            F::CallOutcome => "debrief.outcome",
            F::AgainstGoal => "debrief.against_goal",
            F::WentWell => "debrief.went_well",
            F::WentBadly => "debrief.went_badly",
            F::Learned => "debrief.learned",
            F::WouldChange => "debrief.would_change",
            F::FollowUps => "follow_ups",
            F::NewFollowWhat => "new_follow_up.what",
            F::NewFollowOwner => "new_follow_up.owner",
            F::NewFollowDue => "new_follow_up.due",
        }
    }
}

/// Whether a field can be answered from one piece of text (lists of suggestions, ticks and
/// follow-ups cannot; they have commands or the app).
fn settable(field: &Field) -> bool {
    matches!(
        field.value,
        Value::Text { .. }
            | Value::When
            | Value::Level { .. }
            | Value::One { .. }
            | Value::Scenario
            | Value::Goals
    )
}

/// Every field a script can answer, in the order of the steps.
pub fn settable_fields() -> impl Iterator<Item = &'static Field> {
    FIELDS.iter().filter(|f| settable(f))
}

/// The values a field of fixed choices takes, by id (`call`, `email`...); empty for free text.
pub fn choices(field: &Field) -> Vec<&'static str> {
    match field.value {
        Value::One { options, .. } => options.iter().map(|p| pick_id(*p)).collect(),
        Value::Goals => GoalKind::ALL.iter().map(|k| k.id()).collect(),
        _ => Vec::new(),
    }
}

fn pick_id(pick: Pick) -> &'static str {
    match pick {
        Pick::Channel(c) => c.id(),
        Pick::Relationship(r) => r.id(),
        Pick::Outcome(o) => o.id(),
        Pick::Owner(o) => o.id(),
    }
}

/// What `field` holds on `sheet`, written as [`answer`] takes it: the text, the date, the
/// level, the choice's id; empty when unanswered or not settable.
pub fn answered(sheet: &Sheet, field: &Field) -> String {
    match field.value {
        Value::Text { get, .. } => get(sheet).to_owned(),
        Value::When => sheet.when.map(super::format_when).unwrap_or_default(),
        Value::Level { get, .. } => get(sheet).map(|l| l.to_string()).unwrap_or_default(),
        Value::One { get, .. } => get(sheet).map(pick_id).unwrap_or_default().to_owned(),
        Value::Goals => sheet
            .goal
            .kind
            .map(|k| k.id())
            .unwrap_or_default()
            .to_owned(),
        Value::Scenario => sheet.scenario.clone(),
        Value::Ticks { .. } | Value::Suggestions { .. } | Value::FollowUps | Value::Draft(_) => {
            String::new()
        }
    }
}

/// Why a field could not be answered. Its words are [`AnswerError::message`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    /// No field has this name.
    #[error("no field named {name}")]
    UnknownField {
        /// The name given.
        name: String,
    },
    /// The value does not fit the field.
    #[error("{name} cannot be {value}")]
    BadValue {
        /// The field's name.
        name: &'static str,
        /// The value given.
        value: String,
        /// What it takes, in words (`call, video, in_person, email, message`; `0 to 10`).
        expected: String,
    },
}

impl AnswerError {
    /// What to tell the user, by catalogue key.
    pub fn message(&self) -> Message {
        match self {
            AnswerError::UnknownField { name } => Message::new("answer.unknown_field")
                .with("name", crate::sanitize::single_line(name))
                .with(
                    "fields",
                    settable_fields()
                        .map(|f| format!("`{}`", f.id.name()))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            AnswerError::BadValue {
                name,
                value,
                expected,
            } => Message::new("answer.bad_value")
                .with("name", *name)
                .with("value", crate::sanitize::single_line(value))
                .with("expected", expected.as_str()),
        }
    }
}

/// Answers the field `name` of `sheet` with `value`, as the wizard would store it: text as
/// given, a date in the sheet's language (read against `today`), a level from 0 to 10, a choice
/// by its id, a scenario of `playbook`. An empty value clears the field.
pub fn answer(
    sheet: &mut Sheet,
    name: &str,
    value: &str,
    playbook: &Playbook,
    today: Date,
) -> Result<(), AnswerError> {
    let field = settable_fields()
        .find(|f| f.id.name() == name.trim())
        .ok_or_else(|| AnswerError::UnknownField {
            name: name.to_owned(),
        })?;
    let name = field.id.name();
    let trimmed = value.trim();
    let bad = |expected: String| AnswerError::BadValue {
        name,
        value: value.to_owned(),
        expected,
    };
    match field.value {
        Value::Text { set, .. } => set(sheet, value.to_owned()),
        Value::When => {
            sheet.when = super::parse_when_in(trimmed, sheet.lang, today)
                .map_err(|_| bad("2026-11-25 16:30".to_owned()))?;
        }
        Value::Level { set, .. } => {
            let level = match trimmed {
                "" => None,
                text => Some(
                    text.parse::<u8>()
                        .ok()
                        .filter(|n| *n <= super::MAX_HEAT)
                        .ok_or_else(|| bad(format!("0–{}", super::MAX_HEAT)))?,
                ),
            };
            set(sheet, level);
        }
        Value::One { options, set, .. } => {
            let pick = match trimmed {
                "" => None,
                text => Some(
                    options
                        .iter()
                        .copied()
                        .find(|p| pick_id(*p) == text)
                        .ok_or_else(|| bad(choices(field).join(", ")))?,
                ),
            };
            set(sheet, pick);
        }
        Value::Goals => {
            sheet.goal.kind = match trimmed {
                "" => None,
                text => Some(
                    GoalKind::ALL
                        .into_iter()
                        .find(|k| k.id() == text)
                        .ok_or_else(|| bad(choices(field).join(", ")))?,
                ),
            };
        }
        Value::Scenario => {
            if playbook.scenario(trimmed).is_none() {
                let ids: Vec<&str> = playbook.scenarios.iter().map(|s| s.id.as_str()).collect();
                return Err(bad(ids.join(", ")));
            }
            sheet.scenario = trimmed.to_owned();
        }
        // Not settable: filtered out above.
        Value::Ticks { .. } | Value::Suggestions { .. } | Value::FollowUps | Value::Draft(_) => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::{Channel, SheetId};

    fn sheet() -> Sheet {
        Sheet::new(
            SheetId::parse("20261201-sheet-0001").unwrap(),
            jiff::Timestamp::UNIX_EPOCH,
        )
    }

    fn playbook() -> Playbook {
        crate::playbook::bundled("en").unwrap()
    }

    #[test]
    fn every_field_has_its_own_name() {
        let mut names: Vec<&str> = FIELDS.iter().map(|f| f.id.name()).collect();
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count);
    }

    #[test]
    fn text_dates_levels_and_choices_are_answered_as_the_wizard_stores_them() {
        let (mut s, p) = (sheet(), playbook());
        let today = jiff::civil::date(2026, 12, 1);
        answer(&mut s, "scenario", "unpaid-invoice", &p, today).unwrap();
        answer(&mut s, "client", "Kendra Quinn", &p, today).unwrap();
        answer(&mut s, "channel", "email", &p, today).unwrap();
        answer(&mut s, "when", "2026-12-08 10:00", &p, today).unwrap();
        answer(&mut s, "stakes.heat", "7", &p, today).unwrap();
        answer(&mut s, "goal.kind", "keep", &p, today).unwrap();
        answer(
            &mut s,
            "facts.what_happened",
            "Line one\nLine two",
            &p,
            today,
        )
        .unwrap();
        answer(&mut s, "fallbacks.2", "A new date.", &p, today).unwrap();
        answer(&mut s, "message.body", "Hi Kendra,", &p, today).unwrap();
        assert_eq!(s.scenario, "unpaid-invoice");
        assert_eq!(s.client, "Kendra Quinn");
        assert_eq!(s.channel, Some(Channel::Email));
        assert_eq!(s.when, Some(jiff::civil::date(2026, 12, 8).at(10, 0, 0, 0)));
        assert_eq!(s.stakes.heat, Some(7));
        assert_eq!(s.goal.kind, Some(GoalKind::Keep));
        assert_eq!(s.facts.what_happened, "Line one\nLine two");
        assert_eq!(s.fallbacks, ["", "A new date."]);
        assert!(s.message.as_ref().unwrap().edited, "written by the person");
        let channel = settable_fields()
            .find(|f| f.id.name() == "channel")
            .unwrap();
        assert_eq!(answered(&s, channel), "email", "read back as it is written");
        answer(&mut s, "channel", "", &p, today).unwrap();
        assert_eq!(s.channel, None, "empty clears");
    }

    #[test]
    fn a_wrong_name_or_value_says_what_would_do() {
        let (mut s, p) = (sheet(), playbook());
        let today = jiff::civil::date(2026, 12, 1);
        let e = answer(&mut s, "facts.what", "x", &p, today).unwrap_err();
        let said = e.message().to_string();
        assert!(said.contains("facts.what_happened"), "{said}");
        let e = answer(&mut s, "channel", "fax", &p, today).unwrap_err();
        assert!(e.message().to_string().contains("in_person"), "{e:?}");
        assert!(answer(&mut s, "stakes.heat", "11", &p, today).is_err());
        assert!(answer(&mut s, "when", "32.13", &p, today).is_err());
        assert!(answer(&mut s, "scenario", "nope", &p, today).is_err());
        assert!(
            answer(&mut s, "follow_ups", "x", &p, today).is_err(),
            "not settable"
        );
        assert_eq!(s, sheet(), "nothing changed");
    }
}
