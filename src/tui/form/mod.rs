//! Form controls: text fields, lists and the scale, each identified by what it edits.

mod choice;
mod text;

pub(crate) use choice::{Item, Mode, PickList, Scale};
pub(crate) use text::TextField;

/// What a control edits or offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum ControlId {
    /// Filters the scenario list.
    ScenarioFilter,
    /// The scenario list.
    Scenario,
    /// The client's name.
    Client,
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
    /// Suggested moments.
    MomentIdeas,
    /// The moment chosen.
    Moment,
    /// The place chosen.
    Place,
    /// Logistics notes.
    LogNotes,
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
    /// A new follow-up: due date; Enter adds it.
    NewFollowDue,
}

impl ControlId {
    /// Catalogue key of the control's label.
    pub(crate) fn label_key(self) -> &'static str {
        use ControlId::*;
        match self {
            ScenarioFilter => "field.scenario_filter",
            Scenario => "field.scenario",
            Client => "field.client",
            Topic => "field.topic",
            Channel => "field.channel",
            When => "field.when",
            FactWhat => "facts.what_happened",
            FactWho => "facts.who_did_what",
            FactEvidence => "facts.evidence",
            FactCost => "facts.cost",
            FactMyPart => "facts.my_part",
            FactRepair => "facts.repair",
            Relationship => "stakes.relationship",
            Worth => "stakes.worth",
            WontMatter => "stakes.wont_matter",
            WillMatter => "stakes.will_matter",
            Heat => "stakes.heat",
            GoalKind => "field.goal_ideas",
            Outcome => "goal.outcome",
            FirmOn => "goal.firm_on",
            CanGive => "goal.can_give",
            FallbackIdeas => "field.fallback_ideas",
            Fallback1 => "field.fallback1",
            Fallback2 => "field.fallback2",
            OpenerIdeas => "field.opener_ideas",
            Opener => "field.opener",
            MomentIdeas => "field.moment_ideas",
            Moment => "logistics.moment",
            Place => "logistics.place",
            LogNotes => "logistics.notes",
            CallOutcome => "debrief.outcome",
            AgainstGoal => "debrief.against_goal",
            WentWell => "debrief.went_well",
            WentBadly => "debrief.went_badly",
            Learned => "debrief.learned",
            WouldChange => "debrief.would_change",
            FollowUps => "field.follow_ups",
            NewFollowWhat => "field.new_follow_what",
            NewFollowOwner => "field.new_follow_owner",
            NewFollowDue => "field.new_follow_due",
        }
    }
}

/// The editing part of a control.
#[derive(Debug, Clone)]
pub(crate) enum Widget {
    /// Free text.
    Text(Box<TextField>),
    /// A list or row of choices.
    Pick(PickList),
    /// A 0-to-10 scale.
    Scale(Scale),
}

/// A focusable control.
#[derive(Debug, Clone)]
pub(crate) struct Control {
    /// What it edits.
    pub(crate) id: ControlId,
    /// How it edits.
    pub(crate) widget: Widget,
}

impl Control {
    /// A multi-line text control.
    pub(crate) fn text(id: ControlId, value: &str) -> Control {
        Control {
            id,
            widget: Widget::Text(Box::new(TextField::new(value, false))),
        }
    }

    /// A one-line text control.
    pub(crate) fn line(id: ControlId, value: &str) -> Control {
        Control {
            id,
            widget: Widget::Text(Box::new(TextField::new(value, true))),
        }
    }

    /// A list control.
    pub(crate) fn pick(id: ControlId, list: PickList) -> Control {
        Control {
            id,
            widget: Widget::Pick(list),
        }
    }

    /// Whether this control takes typed characters.
    pub(crate) fn is_text(&self) -> bool {
        matches!(self.widget, Widget::Text(_))
    }

    /// The text field, if this is one.
    pub(crate) fn as_text(&self) -> Option<&TextField> {
        match &self.widget {
            Widget::Text(field) => Some(field),
            _ => None,
        }
    }

    /// The text field, mutably, if this is one.
    pub(crate) fn as_text_mut(&mut self) -> Option<&mut TextField> {
        match &mut self.widget {
            Widget::Text(field) => Some(field),
            _ => None,
        }
    }

    /// The list, if this is one.
    pub(crate) fn as_pick(&self) -> Option<&PickList> {
        match &self.widget {
            Widget::Pick(list) => Some(list),
            _ => None,
        }
    }
}
