//! The steps of a prep, in order: each fills a part of the sheet, then the review and, after
//! the call, the debrief.

use super::fields::{FIELDS, Field};
use super::model::Sheet;

/// A step of the prep wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// Scenario, client, channel, date.
    Who,
    /// What happened.
    Facts,
    /// Is it worth it; how heated.
    Stakes,
    /// The outcome wanted.
    Goal,
    /// Offers ready.
    Fallback,
    /// The first sentence, tone checked.
    Opener,
    /// The whole message for a written channel, or the talk track for a spoken one.
    Message,
    /// When and where.
    Logistics,
    /// Everything on one page.
    Review,
    /// After the call: how it went, and the promises to keep.
    Debrief,
}

impl Step {
    /// Every step, in order: the nine steps of the prep, then the debrief after the call.
    pub const ALL: [Step; 10] = [
        Step::Who,
        Step::Facts,
        Step::Stakes,
        Step::Goal,
        Step::Fallback,
        Step::Opener,
        Step::Message,
        Step::Logistics,
        Step::Review,
        Step::Debrief,
    ];

    /// The steps that hold the prep's answers, the ones progress counts.
    pub const ANSWERED: [Step; 7] = [
        Step::Who,
        Step::Facts,
        Step::Stakes,
        Step::Goal,
        Step::Fallback,
        Step::Opener,
        Step::Logistics,
    ];

    /// The steps of the prep itself, numbered and shown in the progress bar.
    pub const PREP: usize = 9;

    /// Position, 0-based.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The next step, if any.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    /// The previous step, if any.
    pub fn prev(self) -> Option<Step> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Step::ALL.get(i).copied())
    }

    /// Catalogue key of the step's title.
    pub fn title_key(self) -> &'static str {
        match self {
            Step::Who => "step.who",
            Step::Facts => "step.facts",
            Step::Stakes => "step.stakes",
            Step::Goal => "step.goal",
            Step::Fallback => "step.fallback",
            Step::Opener => "step.opener",
            Step::Message => "step.message",
            Step::Logistics => "step.logistics",
            Step::Review => "step.review",
            Step::Debrief => "step.debrief",
        }
    }

    /// The step's fields, in focus order.
    pub fn fields(self) -> impl Iterator<Item = &'static Field> + Clone {
        FIELDS.iter().filter(move |f| f.step == self)
    }

    /// Whether progress counts this step (it holds answers of the prep).
    pub fn holds_answers(self) -> bool {
        Step::ANSWERED.contains(&self)
    }

    /// Whether `sheet` answers this step: every required field is answered, and at least one
    /// field that counts. Steps that hold no answers are never filled.
    pub fn is_filled(self, sheet: &Sheet) -> bool {
        if !self.holds_answers() {
            return false;
        }
        self.fields()
            .all(|f| !f.required || f.value.is_answered(sheet))
            && self
                .fields()
                .any(|f| f.counts && f.value.is_answered(sheet))
    }
}
