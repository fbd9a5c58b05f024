//! Every field of a prep sheet, declared once: which step shows it, its words in the
//! catalogue, how it is edited, how it reads from and writes to a [`Sheet`], whether progress
//! counts it and how exports show it. The wizard's form, its sync to the sheet, progress, the
//! outline behind every export and the catalogue test all read [`FIELDS`].
//!
//! Adding a text field is one row here plus its words in `assets/ui/<lang>.ftl`.

use super::model::{Channel, Outcome, Owner, Relationship, Sheet};
use super::step::Step;
use crate::playbook::{Choice, GoalKind, Playbook};

/// Which field: what the form's controls are keyed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldId {
    /// Filters the scenario list (typed, not kept).
    ScenarioFilter,
    /// The scenario list.
    Scenario,
    /// The client's name.
    Client,
    /// How the user addresses the client in a greeting.
    Address,
    /// What the talk is about.
    Topic,
    /// Call, video, in person...
    Channel,
    /// Date and time of the talk.
    When,
    /// What happened.
    FactWhat,
    /// Who did what.
    FactWho,
    /// The evidence.
    FactEvidence,
    /// The cost.
    FactCost,
    /// The user's own part.
    FactMyPart,
    /// How it could be repaired.
    FactRepair,
    /// One-off, short, long.
    Relationship,
    /// What it is worth.
    Worth,
    /// What will not matter in 12 months.
    WontMatter,
    /// What will.
    WillMatter,
    /// How heated the user feels.
    Heat,
    /// The scenario's goals.
    GoalKind,
    /// The outcome in words.
    Outcome,
    /// What the user stands firm on.
    FirmOn,
    /// Where the user can give.
    CanGive,
    /// The scenario's fallback offers.
    FallbackIdeas,
    /// First fallback offer.
    Fallback1,
    /// Second fallback offer.
    Fallback2,
    /// The scenario's openers.
    OpenerIdeas,
    /// The opening line.
    Opener,
    /// When the message's next step is due.
    MessageNextBy,
    /// The email's subject line.
    MessageSubject,
    /// The whole message, or the talk track.
    MessageBody,
    /// Suggested moments.
    MomentIdeas,
    /// The moment chosen.
    Moment,
    /// The place chosen.
    Place,
    /// Logistics notes.
    LogNotes,
    /// How long the conversation should take, in minutes.
    Minutes,
    /// How the call ended.
    CallOutcome,
    /// How it went against the goal.
    AgainstGoal,
    /// What went well.
    WentWell,
    /// What did not.
    WentBadly,
    /// What the user learned.
    Learned,
    /// What the user would change.
    WouldChange,
    /// The follow-ups; ticked ones are done.
    FollowUps,
    /// A new follow-up: what.
    NewFollowWhat,
    /// A new follow-up: who owes it.
    NewFollowOwner,
    /// A new follow-up: due date.
    NewFollowDue,
}

/// How a field is edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// One line of text.
    Line,
    /// Several lines of text.
    Multi,
    /// A list to move in and pick from.
    List,
    /// A short row of choices, side by side.
    Row,
    /// A level from 0 to 10.
    Scale,
}

/// One of a few fixed values a field can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// How the talk happens.
    Channel(Channel),
    /// How long the relationship is.
    Relationship(Relationship),
    /// How the call ended.
    Outcome(Outcome),
    /// Who owes a follow-up.
    Owner(Owner),
}

impl Pick {
    /// Catalogue key of the value's name.
    pub fn label_key(self) -> String {
        match self {
            Pick::Channel(c) => format!("channel.{}", c.id()),
            Pick::Relationship(r) => format!("relationship.{}", r.id()),
            Pick::Outcome(o) => format!("outcome.{}", o.id()),
            Pick::Owner(o) => format!("owner.{}", o.id()),
        }
    }
}

const CHANNELS: [Pick; 5] = [
    Pick::Channel(Channel::Call),
    Pick::Channel(Channel::Video),
    Pick::Channel(Channel::InPerson),
    Pick::Channel(Channel::Email),
    Pick::Channel(Channel::Message),
];
const RELATIONSHIPS: [Pick; 3] = [
    Pick::Relationship(Relationship::ALL[0]),
    Pick::Relationship(Relationship::ALL[1]),
    Pick::Relationship(Relationship::ALL[2]),
];
const OUTCOMES: [Pick; 4] = [
    Pick::Outcome(Outcome::Resolved),
    Pick::Outcome(Outcome::Partly),
    Pick::Outcome(Outcome::NotResolved),
    Pick::Outcome(Outcome::PartedWays),
];
/// Who can owe a follow-up, for the new follow-up's row (a draft until it is added).
pub const OWNERS: [Pick; 2] = [Pick::Owner(Owner::Me), Pick::Owner(Owner::Client)];

/// A suggestion from the playbook: the text it puts in the field it fills, and for a goal the
/// kind of outcome it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// What is shown and written into the field.
    pub text: String,
    /// The goal's kind, for the scenario's goals.
    pub goal_kind: Option<GoalKind>,
}

/// What a field holds on the sheet, and how to read and write it.
#[derive(Clone, Copy)]
pub enum Value {
    /// Free text.
    Text {
        /// Reads it.
        get: fn(&Sheet) -> &str,
        /// Writes it.
        set: fn(&mut Sheet, String),
    },
    /// The conversation's date and time, typed in words the app reads.
    When,
    /// A level from 0 to 10, or none.
    Level {
        /// Reads it.
        get: fn(&Sheet) -> Option<u8>,
        /// Writes it.
        set: fn(&mut Sheet, Option<u8>),
    },
    /// One of a few fixed values, or none.
    One {
        /// The values offered, in order.
        options: &'static [Pick],
        /// Reads it.
        get: fn(&Sheet) -> Option<Pick>,
        /// Writes it.
        set: fn(&mut Sheet, Option<Pick>),
    },
    /// Playbook choices ticked, by id.
    Ticks {
        /// The choices offered.
        options: fn(&Playbook) -> &[Choice],
        /// Reads the ids ticked.
        get: fn(&Sheet) -> &[String],
        /// Writes them.
        set: fn(&mut Sheet, Vec<String>),
    },
    /// The scenario, one of the playbook's.
    Scenario,
    /// Suggestions from the playbook; choosing one writes it into the first empty field of
    /// `fills` (the last one when all are answered).
    Suggestions {
        /// The suggestions for this sheet.
        list: fn(&Playbook, &Sheet) -> Vec<Suggestion>,
        /// The fields a chosen suggestion fills.
        fills: &'static [FieldId],
    },
    /// The scenario's goals: choosing one sets the goal's kind and fills the outcome.
    Goals,
    /// The follow-ups, ticked when done.
    FollowUps,
    /// Typed in the form and acted on there (a filter, a follow-up being written); not on the
    /// sheet.
    Draft(Draft),
}

/// What a draft field is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Draft {
    /// Filters the scenario list.
    ScenarioFilter,
    /// A new follow-up: what.
    FollowUpWhat,
    /// A new follow-up: who owes it, one of [`OWNERS`].
    FollowUpOwner,
    /// A new follow-up: when it is due.
    FollowUpDue,
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = match self {
            Value::Text { .. } => "Text",
            Value::When => "When",
            Value::Level { .. } => "Level",
            Value::One { .. } => "One",
            Value::Ticks { .. } => "Ticks",
            Value::Scenario => "Scenario",
            Value::Suggestions { .. } => "Suggestions",
            Value::Goals => "Goals",
            Value::FollowUps => "FollowUps",
            Value::Draft(_) => "Draft",
        };
        f.write_str(name)
    }
}

impl Value {
    /// Whether `sheet` has an answer here.
    pub fn is_answered(&self, sheet: &Sheet) -> bool {
        match self {
            Value::Text { get, .. } => !get(sheet).trim().is_empty(),
            Value::When => sheet.when.is_some(),
            Value::Level { get, .. } => get(sheet).is_some(),
            Value::One { get, .. } => get(sheet).is_some(),
            Value::Ticks { get, .. } => !get(sheet).is_empty(),
            Value::Scenario => !sheet.scenario.trim().is_empty(),
            Value::Goals => sheet.goal.kind.is_some(),
            Value::FollowUps => !sheet.follow_ups.is_empty(),
            Value::Suggestions { .. } | Value::Draft(_) => false,
        }
    }
}

/// How exports show a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// Not in exports (a filter, a list of suggestions, a draft, or shown elsewhere).
    No,
    /// As a labelled answer, under this catalogue key.
    Labelled(&'static str),
    /// As a list item.
    Item,
    /// As a line to say aloud, with the tone report under it.
    Quote,
}

/// One field of the sheet.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// Which field.
    pub id: FieldId,
    /// The step that shows it.
    pub step: Step,
    /// Catalogue key of its label.
    pub label: &'static str,
    /// Catalogue key of the hint shown while it is empty.
    pub placeholder: Option<&'static str>,
    /// How it is edited.
    pub input: Input,
    /// What it holds.
    pub value: Value,
    /// How exports show it.
    pub shown: Shown,
    /// Whether answering it counts towards its step being filled.
    pub counts: bool,
    /// Whether its step needs it to count as filled.
    pub required: bool,
    /// Whether the step shows it for this sheet (the subject line only for an email).
    pub applies: fn(&Sheet) -> bool,
}

impl Field {
    /// Whether the step shows this field for `sheet`.
    pub fn applies_to(&self, sheet: &Sheet) -> bool {
        (self.applies)(sheet)
    }
}

fn always(_: &Sheet) -> bool {
    true
}

fn is_email(sheet: &Sheet) -> bool {
    crate::draft::Kind::of(sheet.channel) == crate::draft::Kind::Email
}

fn message_text(sheet: &Sheet, get: fn(&super::model::MessageDraft) -> &str) -> &str {
    sheet.message.as_ref().map_or("", get)
}

/// Writes the person's own words into the message, marking it edited when they differ from
/// what was there: a rebuild then asks before it replaces them.
fn set_message_text(
    sheet: &mut Sheet,
    value: String,
    field: fn(&mut super::model::MessageDraft) -> &mut String,
) {
    let message = sheet.message.get_or_insert_default();
    let slot = field(message);
    if *slot != value {
        *slot = value;
        message.edited = true;
    }
}

impl Field {
    /// The field with this id.
    pub fn get(id: FieldId) -> &'static Field {
        FIELDS
            .iter()
            .find(|f| f.id == id)
            // Every FieldId has a row: `every_field_id_has_one_row` checks it.
            .unwrap_or(&FIELDS[0])
    }
}

fn set_fallback(sheet: &mut Sheet, slot: usize, value: String) {
    while sheet.fallbacks.len() <= slot {
        sheet.fallbacks.push(String::new());
    }
    sheet.fallbacks[slot] = value;
    while sheet.fallbacks.last().is_some_and(|f| f.trim().is_empty()) {
        sheet.fallbacks.pop();
    }
}

fn fallback(sheet: &Sheet, slot: usize) -> &str {
    sheet.fallbacks.get(slot).map_or("", String::as_str)
}

fn debrief_text(sheet: &Sheet, get: fn(&super::model::Debrief) -> &str) -> &str {
    sheet.debrief.as_ref().map_or("", get)
}

fn openers(playbook: &Playbook, sheet: &Sheet) -> Vec<Suggestion> {
    playbook
        .scenario(&sheet.scenario)
        .map(|s| {
            s.openers
                .iter()
                .map(|o| Suggestion {
                    text: crate::playbook::fill_placeholders(o, sheet),
                    goal_kind: None,
                })
                .collect()
        })
        .unwrap_or_default()
}

fn fallbacks(playbook: &Playbook, sheet: &Sheet) -> Vec<Suggestion> {
    playbook
        .scenario(&sheet.scenario)
        .map(|s| {
            s.fallbacks
                .iter()
                .map(|f| Suggestion {
                    text: f.clone(),
                    goal_kind: None,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The moment planned in step 1, in words, as the one suggestion for "when": the playbook's
/// timing advice is shown beside the step, never pasted in as a moment.
fn moments(_playbook: &Playbook, sheet: &Sheet) -> Vec<Suggestion> {
    let cat = crate::i18n::catalog(sheet.lang);
    sheet
        .when
        .map(|when| Suggestion {
            text: crate::export::when_in_words(when, cat),
            goal_kind: None,
        })
        .into_iter()
        .collect()
}

/// The scenario's goals, as suggestions that carry their kind.
pub fn goals(playbook: &Playbook, sheet: &Sheet) -> Vec<Suggestion> {
    playbook
        .scenario(&sheet.scenario)
        .map(|s| {
            s.goals
                .iter()
                .map(|g| Suggestion {
                    text: g.text.clone(),
                    goal_kind: Some(g.kind),
                })
                .collect()
        })
        .unwrap_or_default()
}

macro_rules! text {
    ($($path:tt)+) => {
        Value::Text {
            get: |s| &s.$($path)+,
            set: |s, v| s.$($path)+ = v,
        }
    };
}

macro_rules! debrief {
    ($name:ident) => {
        Value::Text {
            get: |s| debrief_text(s, |d| &d.$name),
            set: |s, v| s.debrief.get_or_insert_default().$name = v,
        }
    };
}

const fn row(id: FieldId, step: Step, label: &'static str, input: Input, value: Value) -> Field {
    Field {
        id,
        step,
        label,
        placeholder: None,
        input,
        value,
        shown: Shown::No,
        counts: false,
        required: false,
        applies: always,
    }
}

const fn only_if(mut field: Field, applies: fn(&Sheet) -> bool) -> Field {
    field.applies = applies;
    field
}

const fn hint(mut field: Field, placeholder: &'static str) -> Field {
    field.placeholder = Some(placeholder);
    field
}

const fn shown(mut field: Field, how: Shown) -> Field {
    field.shown = how;
    field
}

/// Shown under its own label, and counted towards its step.
const fn answer(field: Field) -> Field {
    let label = field.label;
    counted(shown(field, Shown::Labelled(label)))
}

const fn counted(mut field: Field) -> Field {
    field.counts = true;
    field
}

const fn required(mut field: Field) -> Field {
    field.required = true;
    field
}

use FieldId as F;
use Input::{Line, List, Multi, Row, Scale};

/// Every field, in the order of the steps and, within a step, of focus.
#[rustfmt::skip]
pub static FIELDS: [Field; 45] = [
    // Step 1: scenario and who.
    hint(row(F::ScenarioFilter, Step::Who, "field.scenario_filter", Line, Value::Draft(Draft::ScenarioFilter)), "field.scenario_filter.placeholder"),
    required(row(F::Scenario, Step::Who, "field.scenario", List, Value::Scenario)),
    hint(required(counted(row(F::Client, Step::Who, "field.client", Line, text!(client)))), "field.client.placeholder"),
    hint(row(F::Address, Step::Who, "field.address", Line, text!(address)), "field.address.placeholder"),
    row(F::Topic, Step::Who, "field.topic", Line, text!(topic)),
    row(F::Channel, Step::Who, "field.channel", Row, Value::One {
        options: &CHANNELS,
        get: |s| s.channel.map(Pick::Channel),
        set: |s, v| s.channel = match v { Some(Pick::Channel(c)) => Some(c), _ => None },
    }),
    hint(row(F::When, Step::Who, "field.when", Line, Value::When), "field.when.placeholder"),
    // Step 2: the facts.
    hint(answer(row(F::FactWhat, Step::Facts, "facts.what_happened", Multi, text!(facts.what_happened))), "facts.what_happened.placeholder"),
    hint(answer(row(F::FactWho, Step::Facts, "facts.who_did_what", Multi, text!(facts.who_did_what))), "facts.who_did_what.placeholder"),
    hint(answer(row(F::FactEvidence, Step::Facts, "facts.evidence", Multi, text!(facts.evidence))), "facts.evidence.placeholder"),
    hint(answer(row(F::FactCost, Step::Facts, "facts.cost", Multi, text!(facts.cost))), "facts.cost.placeholder"),
    hint(answer(row(F::FactMyPart, Step::Facts, "facts.my_part", Multi, text!(facts.my_part))), "facts.my_part.placeholder"),
    hint(answer(row(F::FactRepair, Step::Facts, "facts.repair", Multi, text!(facts.repair))), "facts.repair.placeholder"),
    // Step 3: the stakes.
    counted(shown(row(F::Relationship, Step::Stakes, "stakes.relationship", Row, Value::One {
        options: &RELATIONSHIPS,
        get: |s| s.stakes.relationship.map(Pick::Relationship),
        set: |s, v| s.stakes.relationship = match v { Some(Pick::Relationship(r)) => Some(r), _ => None },
    }), Shown::Labelled("export.relationship"))),
    hint(answer(row(F::Worth, Step::Stakes, "stakes.worth", Line, text!(stakes.worth))), "stakes.worth.placeholder"),
    shown(row(F::WontMatter, Step::Stakes, "stakes.wont_matter", List, Value::Ticks {
        options: |p| &p.twelve_month.wont_matter,
        get: |s| &s.stakes.wont_matter,
        set: |s, v| s.stakes.wont_matter = v,
    }), Shown::Labelled("stakes.wont_matter")),
    shown(row(F::WillMatter, Step::Stakes, "stakes.will_matter", List, Value::Ticks {
        options: |p| &p.twelve_month.will_matter,
        get: |s| &s.stakes.will_matter,
        set: |s, v| s.stakes.will_matter = v,
    }), Shown::Labelled("stakes.will_matter")),
    counted(shown(row(F::Heat, Step::Stakes, "stakes.heat", Scale, Value::Level {
        get: |s| s.stakes.heat,
        set: |s, v| s.stakes.heat = v,
    }), Shown::Labelled("export.heat"))),
    // Step 4: the goal.
    counted(shown(row(F::GoalKind, Step::Goal, "field.goal_ideas", List, Value::Goals), Shown::Labelled("goal.kind"))),
    hint(answer(row(F::Outcome, Step::Goal, "goal.outcome", Multi, text!(goal.outcome))), "goal.outcome.placeholder"),
    hint(shown(row(F::FirmOn, Step::Goal, "goal.firm_on", Multi, text!(goal.firm_on)), Shown::Labelled("goal.firm_on")), "goal.firm_on.placeholder"),
    hint(shown(row(F::CanGive, Step::Goal, "goal.can_give", Multi, text!(goal.can_give)), Shown::Labelled("goal.can_give")), "goal.can_give.placeholder"),
    // Step 5: the fallback.
    row(F::FallbackIdeas, Step::Fallback, "field.fallback_ideas", List, Value::Suggestions { list: fallbacks, fills: &[F::Fallback1, F::Fallback2] }),
    hint(counted(shown(row(F::Fallback1, Step::Fallback, "field.fallback1", Multi, Value::Text {
        get: |s| fallback(s, 0),
        set: |s, v| set_fallback(s, 0, v),
    }), Shown::Item)), "field.fallback1.placeholder"),
    hint(counted(shown(row(F::Fallback2, Step::Fallback, "field.fallback2", Multi, Value::Text {
        get: |s| fallback(s, 1),
        set: |s, v| set_fallback(s, 1, v),
    }), Shown::Item)), "field.fallback2.placeholder"),
    // Step 6: the opener.
    row(F::OpenerIdeas, Step::Opener, "field.opener_ideas", List, Value::Suggestions { list: openers, fills: &[F::Opener] }),
    hint(counted(shown(row(F::Opener, Step::Opener, "field.opener", Multi, text!(opener.text)), Shown::Quote)), "field.opener.placeholder"),
    // Step 7: the message, or the talk track.
    hint(row(F::MessageNextBy, Step::Message, "field.message_next_by", Line, Value::Text {
        get: |s| message_text(s, |m| &m.next_by),
        set: |s, v| s.message.get_or_insert_default().next_by = v,
    }), "field.message_next_by.placeholder"),
    only_if(row(F::MessageSubject, Step::Message, "field.message_subject", Line, Value::Text {
        get: |s| message_text(s, |m| &m.subject),
        set: |s, v| set_message_text(s, v, |m| &mut m.subject),
    }), is_email),
    row(F::MessageBody, Step::Message, "field.message_body", Multi, Value::Text {
        get: |s| message_text(s, |m| &m.body),
        set: |s, v| set_message_text(s, v, |m| &mut m.body),
    }),
    // Step 8: logistics.
    row(F::MomentIdeas, Step::Logistics, "field.moment_ideas", List, Value::Suggestions { list: moments, fills: &[F::Moment] }),
    hint(answer(row(F::Moment, Step::Logistics, "logistics.moment", Line, text!(logistics.moment))), "logistics.moment.placeholder"),
    hint(answer(row(F::Place, Step::Logistics, "logistics.place", Line, text!(logistics.place))), "logistics.place.placeholder"),
    hint(answer(row(F::Minutes, Step::Logistics, "logistics.minutes", Line, text!(logistics.minutes))), "logistics.minutes.placeholder"),
    hint(answer(row(F::LogNotes, Step::Logistics, "logistics.notes", Multi, text!(logistics.notes))), "logistics.notes.placeholder"),
    // After the call.
    shown(row(F::CallOutcome, Step::Debrief, "debrief.outcome", Row, Value::One {
        options: &OUTCOMES,
        get: |s| s.debrief.as_ref().and_then(|d| d.outcome).map(Pick::Outcome),
        set: |s, v| s.debrief.get_or_insert_default().outcome = match v { Some(Pick::Outcome(o)) => Some(o), _ => None },
    }), Shown::Labelled("debrief.outcome")),
    shown(row(F::AgainstGoal, Step::Debrief, "debrief.against_goal", Multi, debrief!(against_goal)), Shown::Labelled("debrief.against_goal")),
    shown(row(F::WentWell, Step::Debrief, "debrief.went_well", Multi, debrief!(went_well)), Shown::Labelled("debrief.went_well")),
    shown(row(F::WentBadly, Step::Debrief, "debrief.went_badly", Multi, debrief!(went_badly)), Shown::Labelled("debrief.went_badly")),
    shown(row(F::Learned, Step::Debrief, "debrief.learned", Multi, debrief!(learned)), Shown::Labelled("debrief.learned")),
    shown(row(F::WouldChange, Step::Debrief, "debrief.would_change", Multi, debrief!(would_change)), Shown::Labelled("debrief.would_change")),
    hint(row(F::FollowUps, Step::Debrief, "field.follow_ups", List, Value::FollowUps), "field.follow_ups.placeholder"),
    row(F::NewFollowWhat, Step::Debrief, "field.new_follow_what", Line, Value::Draft(Draft::FollowUpWhat)),
    row(F::NewFollowOwner, Step::Debrief, "field.new_follow_owner", Row, Value::Draft(Draft::FollowUpOwner)),
    row(F::NewFollowDue, Step::Debrief, "field.new_follow_due", Line, Value::Draft(Draft::FollowUpDue)),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, catalog};

    /// Every field id, listed through an exhaustive match so a new variant cannot be missed.
    fn is_listed(id: FieldId) -> bool {
        match id {
            F::ScenarioFilter | F::Scenario | F::Client | F::Address | F::Topic => true,
            F::Channel | F::When => true,
            F::FactWhat | F::FactWho | F::FactEvidence | F::FactCost | F::FactMyPart => true,
            F::FactRepair | F::Relationship | F::Worth | F::WontMatter | F::WillMatter => true,
            F::Heat | F::GoalKind | F::Outcome | F::FirmOn | F::CanGive => true,
            F::FallbackIdeas | F::Fallback1 | F::Fallback2 | F::OpenerIdeas | F::Opener => true,
            F::MessageNextBy | F::MessageSubject | F::MessageBody => true,
            F::MomentIdeas | F::Moment | F::Place | F::LogNotes | F::CallOutcome => true,
            F::Minutes => true,
            F::AgainstGoal | F::WentWell | F::WentBadly | F::Learned | F::WouldChange => true,
            F::FollowUps | F::NewFollowWhat | F::NewFollowOwner | F::NewFollowDue => true,
        }
    }

    #[test]
    fn every_field_id_has_one_row() {
        const VARIANTS: usize = 45;
        let mut seen = Vec::new();
        for field in &FIELDS {
            assert!(is_listed(field.id));
            assert!(!seen.contains(&field.id), "{:?} twice", field.id);
            seen.push(field.id);
            assert_eq!(Field::get(field.id).id, field.id);
        }
        assert_eq!(seen.len(), VARIANTS, "a FieldId without a row");
    }

    #[test]
    fn rows_follow_the_steps_in_order() {
        let steps: Vec<usize> = FIELDS.iter().map(|f| f.step.index()).collect();
        assert!(steps.windows(2).all(|w| w[0] <= w[1]), "{steps:?}");
    }

    #[test]
    fn every_word_the_table_names_exists_in_every_language() {
        let mut keys: Vec<String> = Vec::new();
        for field in &FIELDS {
            keys.push(field.label.to_owned());
            keys.extend(field.placeholder.map(str::to_owned));
            if let Shown::Labelled(key) = field.shown {
                keys.push(key.to_owned());
            }
            if let Value::One { options, .. } = field.value {
                keys.extend(options.iter().map(|p| p.label_key()));
            }
        }
        keys.extend(OWNERS.iter().map(|p| p.label_key()));
        keys.extend(GoalKind::ALL.iter().map(|k| k.label_key()));
        keys.extend(Step::ALL.iter().map(|s| s.title_key().to_owned()));
        for lang in Lang::ALL {
            let cat = catalog(lang);
            for key in &keys {
                assert!(cat.try_get(key).is_some(), "{lang}: no {key}");
            }
        }
    }

    #[test]
    fn text_fields_write_what_they_read() {
        let mut sheet = Sheet::new(
            crate::sheet::SheetId::parse("t-1").unwrap(),
            jiff::Timestamp::UNIX_EPOCH,
        );
        for field in &FIELDS {
            if let Value::Text { get, set } = field.value {
                let text = format!("answer for {:?}", field.id);
                set(&mut sheet, text.clone());
                assert_eq!(get(&sheet), text, "{:?}", field.id);
                assert!(field.value.is_answered(&sheet));
            }
        }
    }
}
