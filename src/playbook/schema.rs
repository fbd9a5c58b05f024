//! Playbook schema v1: every scenario, opener, checklist item and tip a user reads.
//!
//! The types are plain serde data. `deny_unknown_fields` turns a typo in a custom playbook into a
//! clear error instead of a silently ignored section.

use serde::{Deserialize, Serialize};

use crate::sheet::Channel;

/// The playbook schema version this build reads and writes.
pub const PLAYBOOK_SCHEMA_VERSION: u32 = 1;

/// A whole playbook in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Playbook {
    /// Must equal [`PLAYBOOK_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Language code: `en`, `fr`, `pl` or `ro`.
    pub lang: String,
    /// Who the conversations are with: freelancer, coach, VA, agency...
    #[serde(default)]
    pub roles: Vec<Role>,
    /// The conversations talkprep prepares.
    #[serde(default)]
    pub scenarios: Vec<Scenario>,
    /// Reminders shown before the wizard's steps (business not personal, know the facts...).
    #[serde(default)]
    pub before: Vec<Tip>,
    /// The 12-month view: what will not matter and what will.
    #[serde(default)]
    pub twelve_month: TwelveMonth,
    /// Red-flag checklist: groups, weighted items and verdict bands.
    #[serde(default)]
    pub red_flags: RedFlags,
    /// The four strategies for a difficult client.
    #[serde(default)]
    pub strategies: Vec<Strategy>,
    /// The internal four-step redirection plan.
    #[serde(default)]
    pub redirection_plan: Vec<Tip>,
    /// When and how to end a relationship.
    #[serde(default)]
    pub breaking_point: Vec<Tip>,
    /// When, where and over which channel to hold the talk.
    #[serde(default)]
    pub logistics: Logistics,
    /// Cues for listening during the call.
    #[serde(default)]
    pub listening_cues: Vec<Tip>,
    /// Questions that turn the talk to the future once emotions cool.
    #[serde(default)]
    pub future_questions: Vec<String>,
    /// Questions for the debrief after the call.
    #[serde(default)]
    pub debrief_questions: Vec<String>,
    /// Advice for after the call (cool down, reflect, keep promises).
    #[serde(default)]
    pub after: Vec<Tip>,
    /// The words around every written message and talk track: greeting, sign-off, closes.
    #[serde(default)]
    pub drafting: Drafting,
}

/// A kind of person who has these conversations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Stable id referenced by [`Scenario::fits`], e.g. `va`.
    pub id: String,
    /// Display name, e.g. "Virtual assistant".
    pub name: String,
}

/// A titled piece of advice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tip {
    /// Short headline.
    pub title: String,
    /// One or two sentences.
    pub detail: String,
    /// The channels this advice suits; empty means every channel.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    /// The same advice worded for someone who works with a team, when `detail` is worded for
    /// one person working alone; empty when the same words fit both.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub team_detail: String,
}

impl Tip {
    /// The advice worded for someone working alone, or with a team.
    pub fn detail_for(&self, team: bool) -> &str {
        if team && !self.team_detail.is_empty() {
            &self.team_detail
        } else {
            &self.detail
        }
    }

    /// Whether this advice suits `channel` (any advice suits a talk whose channel is not chosen).
    pub fn fits(&self, channel: Option<Channel>) -> bool {
        fits(&self.channels, channel)
    }
}

/// Whether something marked for `channels` suits `channel`.
fn fits(channels: &[Channel], channel: Option<Channel>) -> bool {
    channel.is_none_or(|c| channels.is_empty() || channels.contains(&c))
}

/// One difficult conversation and everything needed to prepare it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Stable id, lowercase letters, digits and hyphens (`unpaid-invoice`).
    pub id: String,
    /// Short title.
    pub title: String,
    /// One-line summary.
    pub summary: String,
    /// Role ids this scenario fits.
    #[serde(default)]
    pub fits: Vec<String>,
    /// A suggested value for `{topic}` when the user has not written one.
    #[serde(default)]
    pub topic_hint: String,
    /// Questions that help the user collect the facts.
    #[serde(default)]
    pub fact_prompts: Vec<String>,
    /// Suggested outcomes.
    #[serde(default)]
    pub goals: Vec<GoalOption>,
    /// Offers to have ready if the first ask is refused.
    #[serde(default)]
    pub fallbacks: Vec<String>,
    /// Opening lines; may use placeholders such as `{client}` and `{topic}`.
    #[serde(default)]
    pub openers: Vec<String>,
    /// Likely push-back with a calm reply.
    #[serde(default)]
    pub pushbacks: Vec<Pushback>,
    /// Phrases to avoid, each with the reason.
    #[serde(default)]
    pub avoid: Vec<Avoid>,
    /// Scenario-specific advice.
    #[serde(default)]
    pub tips: Vec<String>,
    /// The connecting sentences of the message or talk track built from a sheet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<MessageTemplate>,
}

/// The sentences that carry a scenario's message (email or chat) and talk track (call, video,
/// in person) from the sheet's answers to a next step. Each may use `{address}`, `{client}`
/// and `{topic}`; `next_step` also `{date}`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageTemplate {
    /// The email's subject line.
    pub subject: String,
    /// Where things stand, said when the sheet has no facts of its own.
    pub facts: String,
    /// The ask or proposal.
    pub ask: String,
    /// The open question of the talk track.
    pub question: String,
    /// Leads into the fallback offers, listed after it.
    pub offer: String,
    /// The next step, with `{date}`.
    pub next_step: String,
    /// The next step when no date is set.
    pub next_step_open: String,
    /// This scenario's own greeting, when the language's does not fit it (a register closer
    /// than the playbook's usual one, for someone you hire).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub greeting: Option<String>,
    /// This scenario's own sign-off, likewise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_off: Option<String>,
    /// This scenario's own closes, likewise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close: Option<Closes>,
}

impl MessageTemplate {
    /// Every sentence with its JSON key, in the order a message uses them.
    pub fn sentences(&self) -> [(&'static str, &str); 7] {
        [
            ("subject", &self.subject),
            ("facts", &self.facts),
            ("ask", &self.ask),
            ("question", &self.question),
            ("offer", &self.offer),
            ("next_step", &self.next_step),
            ("next_step_open", &self.next_step_open),
        ]
    }
}

/// The words shared by every message and talk track in a language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Drafting {
    /// The greeting line, with `{address}` ("Hi {address},").
    #[serde(default)]
    pub greeting: String,
    /// The sign-off of an email ("Best regards,"); the mail client adds the signature.
    #[serde(default)]
    pub sign_off: String,
    /// The talk track's reminder to stop, listen and let a silence work.
    #[serde(default)]
    pub listen: String,
    /// The courteous close, by the goal's kind.
    #[serde(default)]
    pub close: Closes,
    /// The template for a scenario that has none (a user's own scenario).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback: Option<MessageTemplate>,
}

/// A close for each kind of goal: a message that keeps the client ends differently from one
/// that parts ways.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closes {
    /// Keep working together; also the close when no goal is chosen.
    #[serde(default)]
    pub keep: String,
    /// New terms.
    #[serde(default)]
    pub renegotiate: String,
    /// Another package.
    #[serde(default)]
    pub move_package: String,
    /// A pause.
    #[serde(default)]
    pub pause: String,
    /// Parting ways.
    #[serde(default)]
    pub part_ways: String,
}

impl Closes {
    /// The close for `kind` (the one for keeping, when none is chosen).
    pub fn for_goal(&self, kind: Option<GoalKind>) -> &str {
        match kind {
            None | Some(GoalKind::Keep) => &self.keep,
            Some(GoalKind::Renegotiate) => &self.renegotiate,
            Some(GoalKind::MovePackage) => &self.move_package,
            Some(GoalKind::Pause) => &self.pause,
            Some(GoalKind::PartWays) => &self.part_ways,
        }
    }

    /// Every close with its JSON key.
    pub fn all(&self) -> [(&'static str, &str); 5] {
        [
            ("keep", &self.keep),
            ("renegotiate", &self.renegotiate),
            ("move_package", &self.move_package),
            ("pause", &self.pause),
            ("part_ways", &self.part_ways),
        ]
    }
}

/// The broad outcome a user wants from the conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalKind {
    /// Keep working together on the current terms.
    Keep,
    /// Keep working together on new terms.
    Renegotiate,
    /// Move the client to another package or programme.
    MovePackage,
    /// Pause, leaving the door open.
    Pause,
    /// End the relationship.
    PartWays,
}

impl GoalKind {
    /// Catalogue key of the kind's name.
    pub fn label_key(self) -> String {
        format!("goal_kind.{}", self.id())
    }

    /// Every goal kind, in the order the wizard offers them.
    pub const ALL: [GoalKind; 5] = [
        GoalKind::Keep,
        GoalKind::Renegotiate,
        GoalKind::MovePackage,
        GoalKind::Pause,
        GoalKind::PartWays,
    ];

    /// The id used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            GoalKind::Keep => "keep",
            GoalKind::Renegotiate => "renegotiate",
            GoalKind::MovePackage => "move_package",
            GoalKind::Pause => "pause",
            GoalKind::PartWays => "part_ways",
        }
    }
}

/// A suggested goal for a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalOption {
    /// The broad outcome.
    pub kind: GoalKind,
    /// The goal in words.
    pub text: String,
}

/// Something the client is likely to say, and a calm reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pushback {
    /// denial, deflection, emotion, counter_accusation, bargaining, stalling...
    pub kind: String,
    /// What the client says.
    pub says: String,
    /// A calm reply.
    pub reply: String,
    /// The channels this push-back can come up in; empty means every channel.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
}

impl Pushback {
    /// Whether this push-back can come up in a talk over `channel`.
    pub fn fits(&self, channel: Option<Channel>) -> bool {
        fits(&self.channels, channel)
    }
}

/// The kinds of push-back every scenario covers, in the order the playbook lists them.
pub const PUSHBACK_KINDS: [&str; 8] = [
    "denial",
    "stalling",
    "bargaining",
    "deflection",
    "emotion",
    "minimising",
    "counter_accusation",
    "silence",
];

/// A phrase to avoid and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Avoid {
    /// The phrase.
    pub phrase: String,
    /// Why it lands badly.
    pub why: String,
}

/// A tickable choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable id stored on sheets.
    pub id: String,
    /// Display label.
    pub label: String,
}

/// The 12-month view.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TwelveMonth {
    /// Things that will not matter in a year (scoring points, being right...).
    #[serde(default)]
    pub wont_matter: Vec<Choice>,
    /// Things that will (the relationship, reputation, long-term profit...).
    #[serde(default)]
    pub will_matter: Vec<Choice>,
}

/// The red-flag checklist.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlags {
    /// The scenario an exit prep starts on, when the verdict is to part ways.
    #[serde(default)]
    pub exit_scenario: String,
    /// Groups: communication, expectations, money, respect, fit.
    #[serde(default)]
    pub groups: Vec<Choice>,
    /// The items.
    #[serde(default)]
    pub items: Vec<FlagItem>,
    /// Verdict bands, ascending by `min_score`.
    #[serde(default)]
    pub bands: Vec<Band>,
}

/// One red-flag checklist item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagItem {
    /// Stable id.
    pub id: String,
    /// Group id.
    pub group: String,
    /// What the flag is.
    pub title: String,
    /// What it looks like in practice.
    pub hint: String,
    /// How much it weighs.
    pub weight: u32,
    /// Extreme items (insults, threats, abuse) go straight to the last band.
    #[serde(default)]
    pub extreme: bool,
}

/// A verdict band.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// Stable id: `clear`, `pink`, `red`, `breaking`.
    pub id: String,
    /// The lowest total that falls in this band.
    pub min_score: u32,
    /// Verdict headline.
    pub title: String,
    /// What to do next.
    pub advice: String,
}

/// One of the four strategies for a difficult client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Strategy {
    /// Stable id.
    pub id: String,
    /// Title.
    pub title: String,
    /// One-line summary.
    pub summary: String,
    /// Concrete steps.
    #[serde(default)]
    pub steps: Vec<String>,
}

/// Logistics advice.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Logistics {
    /// When to hold the talk.
    #[serde(default)]
    pub timing: Vec<Tip>,
    /// Where to hold it.
    #[serde(default)]
    pub place: Vec<Tip>,
    /// Which channel to use.
    #[serde(default)]
    pub channel: Vec<Tip>,
}
