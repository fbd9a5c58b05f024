//! Prep sheet schema v1: everything a user prepares for one conversation.
//!
//! Field order is the JSON key order, so files diff and sync well. Every section defaults, so a
//! sheet written by hand or by an older build with fewer fields still loads.

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::playbook::GoalKind;
use crate::tone::Report;

/// Fields of a JSON object this build does not know (written by a newer talkprep, or by
/// another tool), kept as read and written back after the known ones on every save.
///
/// Filled and written by the codec ([`crate::sheet::from_json`], [`crate::sheet::to_json`]),
/// not by serde: the typed parse keeps its line and column in errors.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Unknown(pub serde_json::Map<String, serde_json::Value>);

impl Unknown {
    /// Whether nothing unknown was read.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The sheet schema version this build reads and writes.
///
/// 2 added [`Sheet::message`]; a sheet of schema 1 reads as one without a message yet
/// ([`crate::sheet::from_json`] migrates it).
pub const SHEET_SCHEMA_VERSION: u32 = 2;

/// One prep sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sheet {
    /// Must be at most [`SHEET_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Safe file name stem, see [`crate::sheet::SheetId`].
    pub id: String,
    /// When the sheet was first saved.
    pub created: Timestamp,
    /// When the sheet was last saved.
    pub updated: Timestamp,
    /// Playbook language the sheet was prepared in.
    #[serde(default)]
    pub lang: Lang,
    /// Scenario id from the playbook.
    #[serde(default)]
    pub scenario: String,
    /// The client (or subcontractor) the conversation is with.
    #[serde(default)]
    pub client: String,
    /// How the user addresses them in a greeting ("Marta", "Madame Leroy", "Pani Anno").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address: String,
    /// What the conversation is about, in a few words; fills `{topic}` in openers.
    #[serde(default)]
    pub topic: String,
    /// How the conversation will happen.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// When the conversation is planned, in local wall-clock time.
    #[serde(default)]
    pub when: Option<DateTime>,
    /// What happened.
    #[serde(default)]
    pub facts: Facts,
    /// Whether it is worth it and how heated the user feels.
    #[serde(default)]
    pub stakes: Stakes,
    /// What the user wants out of it.
    #[serde(default)]
    pub goal: Goal,
    /// Offers ready if the first ask is refused.
    #[serde(default)]
    pub fallbacks: Vec<String>,
    /// The first sentence.
    #[serde(default)]
    pub opener: Opener,
    /// The whole message (email, chat) or the talk track (call, video, in person), built from
    /// the sheet and edited by the person; `None` until it is first built.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<MessageDraft>,
    /// When, where and how.
    #[serde(default)]
    pub logistics: LogisticsPlan,
    /// Rehearsals run on this sheet.
    #[serde(default)]
    pub rehearsals: Vec<Rehearsal>,
    /// Replies the user wrote to push-backs while rehearsing, by push-back text.
    #[serde(default)]
    pub my_replies: Vec<MyReply>,
    /// How the call went.
    #[serde(default)]
    pub debrief: Option<Debrief>,
    /// Promises and next steps.
    #[serde(default)]
    pub follow_ups: Vec<FollowUp>,
    /// Fields this build does not know, written back unchanged.
    #[serde(skip)]
    pub unknown: Unknown,
}

/// How the conversation happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A phone call.
    Call,
    /// A video call.
    Video,
    /// Face to face.
    InPerson,
    /// An email.
    Email,
    /// A chat or text message.
    Message,
}

impl Channel {
    /// Every channel, in the order the wizard offers them.
    pub const ALL: [Channel; 5] = [
        Channel::Call,
        Channel::Video,
        Channel::InPerson,
        Channel::Email,
        Channel::Message,
    ];

    /// The id used in JSON and in the UI string catalogue.
    pub fn id(self) -> &'static str {
        match self {
            Channel::Call => "call",
            Channel::Video => "video",
            Channel::InPerson => "in_person",
            Channel::Email => "email",
            Channel::Message => "message",
        }
    }
}

/// The facts, step 2.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Facts {
    /// What happened.
    #[serde(default)]
    pub what_happened: String,
    /// Who did what.
    #[serde(default)]
    pub who_did_what: String,
    /// Evidence held: emails, time tracking, invoices.
    #[serde(default)]
    pub evidence: String,
    /// What it costs the user.
    #[serde(default)]
    pub cost: String,
    /// The user's own part in it.
    #[serde(default)]
    pub my_part: String,
    /// How it could be repaired.
    #[serde(default)]
    pub repair: String,
    /// Fields this build does not know, written back unchanged.
    #[serde(skip)]
    pub unknown: Unknown,
}

/// How long the relationship is expected to last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    /// A single job.
    OneOff,
    /// A few months.
    Short,
    /// A long-term account.
    Long,
}

impl Relationship {
    /// Every kind, in display order.
    pub const ALL: [Relationship; 3] = [
        Relationship::OneOff,
        Relationship::Short,
        Relationship::Long,
    ];

    /// The id used in JSON and in the UI string catalogue.
    pub fn id(self) -> &'static str {
        match self {
            Relationship::OneOff => "one_off",
            Relationship::Short => "short",
            Relationship::Long => "long",
        }
    }
}

/// The stakes, step 3.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Stakes {
    /// One-off, short or long.
    #[serde(default)]
    pub relationship: Option<Relationship>,
    /// What the relationship is worth, in the user's words.
    #[serde(default)]
    pub worth: String,
    /// Ids from the playbook's `twelve_month.wont_matter` the user ticked.
    #[serde(default)]
    pub wont_matter: Vec<String>,
    /// Ids from the playbook's `twelve_month.will_matter` the user ticked.
    #[serde(default)]
    pub will_matter: Vec<String>,
    /// How heated the user feels, 0 to 10.
    #[serde(default)]
    pub heat: Option<u8>,
    /// Fields this build does not know, written back unchanged.
    #[serde(skip)]
    pub unknown: Unknown,
}

/// The goal, step 4.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Goal {
    /// The broad outcome.
    #[serde(default)]
    pub kind: Option<GoalKind>,
    /// The outcome in words.
    #[serde(default)]
    pub outcome: String,
    /// What the user stands firm on.
    #[serde(default)]
    pub firm_on: String,
    /// Where the user can give.
    #[serde(default)]
    pub can_give: String,
    /// Fields this build does not know, written back unchanged.
    #[serde(skip)]
    pub unknown: Unknown,
}

/// The opening line, step 6.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Opener {
    /// The line as the user will say it.
    #[serde(default)]
    pub text: String,
    /// The last tone report on `text`.
    #[serde(default)]
    pub tone: Option<Report>,
    /// The user's own words, kept when a playbook opener was made the sheet's opener during a
    /// rehearsal; empty while `text` is the user's own.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub yours: String,
    /// Fields this build does not know, written back unchanged.
    #[serde(skip)]
    pub unknown: Unknown,
}

/// The message or talk track, the step after the opener.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MessageDraft {
    /// When the next step is due, as typed ("Friday", "12/12"); fills `{date}`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub next_by: String,
    /// The email's subject line (empty for other channels).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subject: String,
    /// The message, or the talk track.
    #[serde(default)]
    pub body: String,
    /// Whether `body` is a talk track (built for a call, video or meeting).
    #[serde(default)]
    pub spoken: bool,
    /// Whether the person changed the text after it was built: rebuilding then asks first.
    #[serde(default)]
    pub edited: bool,
    /// Fields this build does not know, written back unchanged.
    #[serde(skip)]
    pub unknown: Unknown,
}

/// Logistics, step 7.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LogisticsPlan {
    /// The moment chosen (end of day, morning...).
    #[serde(default)]
    pub moment: String,
    /// The place chosen.
    #[serde(default)]
    pub place: String,
    /// Anything else.
    #[serde(default)]
    pub notes: String,
    /// How long the conversation should take, in minutes, as typed ("45"); empty or unreadable
    /// means the default for the channel ([`Sheet::conversation_minutes`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub minutes: String,
    /// Fields this build does not know, written back unchanged.
    #[serde(skip)]
    pub unknown: Unknown,
}

/// One rehearsal session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rehearsal {
    /// When it started.
    pub at: Timestamp,
    /// Push-back rounds played.
    #[serde(default)]
    pub rounds: u32,
    /// Timed runs of the opener, in milliseconds.
    #[serde(default)]
    pub times_ms: Vec<u64>,
}

/// A reply the user wrote to a push-back while rehearsing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyReply {
    /// The push-back, as the playbook words it.
    pub pushback: String,
    /// The user's reply.
    pub reply: String,
}

/// How the call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Resolved.
    Resolved,
    /// Partly resolved.
    Partly,
    /// Not resolved.
    NotResolved,
    /// The relationship ended.
    PartedWays,
}

impl Outcome {
    /// Every outcome, in display order.
    pub const ALL: [Outcome; 4] = [
        Outcome::Resolved,
        Outcome::Partly,
        Outcome::NotResolved,
        Outcome::PartedWays,
    ];

    /// The id used in JSON and in the UI string catalogue.
    pub fn id(self) -> &'static str {
        match self {
            Outcome::Resolved => "resolved",
            Outcome::Partly => "partly",
            Outcome::NotResolved => "not_resolved",
            Outcome::PartedWays => "parted_ways",
        }
    }
}

impl Owner {
    /// Both owners, in display order.
    pub const ALL: [Owner; 2] = [Owner::Me, Owner::Client];

    /// The id used in JSON and in the UI string catalogue.
    pub fn id(self) -> &'static str {
        match self {
            Owner::Me => "me",
            Owner::Client => "client",
        }
    }
}

/// The debrief after the call.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Debrief {
    /// How it ended.
    #[serde(default)]
    pub outcome: Option<Outcome>,
    /// How it went against the goal.
    #[serde(default)]
    pub against_goal: String,
    /// What went well.
    #[serde(default)]
    pub went_well: String,
    /// What did not.
    #[serde(default)]
    pub went_badly: String,
    /// What the user learned.
    #[serde(default)]
    pub learned: String,
    /// What the user would change.
    #[serde(default)]
    pub would_change: String,
    /// Fields this build does not know, written back unchanged.
    #[serde(skip)]
    pub unknown: Unknown,
}

/// Who owes a follow-up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    /// The user.
    #[default]
    Me,
    /// The client.
    Client,
}

/// A promise or next step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    /// What was promised.
    pub what: String,
    /// Who owes it.
    pub owner: Owner,
    /// When it is due.
    #[serde(default)]
    pub due: Option<Date>,
    /// Whether it is done.
    #[serde(default)]
    pub done: bool,
    /// Stable id within the sheet, for calendar UIDs that survive edits to the list. Follow-ups
    /// saved before ids existed are numbered by position when read ([`number_follow_ups`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
}

impl FollowUp {
    /// A new, open follow-up with an id made from `now` that no follow-up in `existing` has.
    pub fn new(
        what: String,
        owner: Owner,
        due: Option<Date>,
        now: Timestamp,
        existing: &[FollowUp],
    ) -> FollowUp {
        let mut n = now.as_millisecond().unsigned_abs();
        while existing.iter().any(|f| f.id == format!("t{n:x}")) {
            n += 1;
        }
        FollowUp {
            what,
            owner,
            due,
            done: false,
            id: format!("t{n:x}"),
        }
    }
}

/// Gives every follow-up without an id its position as id (`"0"`, `"1"`...), which is what
/// calendar UIDs were made from before ids were kept, so events imported earlier still match.
pub fn number_follow_ups(follow_ups: &mut [FollowUp]) {
    let taken: Vec<String> = follow_ups.iter().map(|f| f.id.clone()).collect();
    for (i, f) in follow_ups.iter_mut().enumerate() {
        if f.id.is_empty() && !taken.contains(&i.to_string()) {
            f.id = i.to_string();
        }
    }
}

/// Minutes a conversation over `channel` takes when the sheet does not say.
pub fn default_minutes(channel: Option<Channel>) -> u32 {
    match channel {
        Some(Channel::InPerson) => 60,
        Some(Channel::Video) => 45,
        Some(Channel::Email) => 20,
        Some(Channel::Message) => 15,
        Some(Channel::Call) | None => 30,
    }
}

impl Sheet {
    /// How long the conversation takes: the minutes typed on the sheet (5 to 480), else the
    /// default for its channel.
    pub fn conversation_minutes(&self) -> u32 {
        self.logistics
            .minutes
            .trim()
            .trim_end_matches(|c: char| c.is_alphabetic() || c.is_whitespace() || c == '.')
            .parse::<u32>()
            .ok()
            .filter(|m| (5..=480).contains(m))
            .unwrap_or_else(|| default_minutes(self.channel))
    }
}
