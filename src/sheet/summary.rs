//! What a list of sheets shows of each one, without the whole sheet: the library on the home
//! screen, `talkprep list` and `talkprep due`. The store keeps one per sheet in its index, so
//! listing 10,000 sheets reads one file instead of 10,000.

use jiff::Timestamp;
use jiff::civil::DateTime;
use serde::{Deserialize, Serialize};

use super::{FollowUp, Sheet, Step, all_text};
use crate::i18n::Lang;

/// How many characters of the goal and the opener a summary keeps for the home preview.
pub const PREVIEW_CHARS: usize = 600;

/// One sheet as a list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The sheet's id.
    pub id: String,
    /// The playbook language of the sheet.
    pub lang: Lang,
    /// The client's name.
    pub client: String,
    /// The scenario id.
    pub scenario: String,
    /// When the conversation is.
    pub when: Option<DateTime>,
    /// Last saved.
    pub updated: Timestamp,
    /// Which of [`Step::ANSWERED`] are answered, one bit each in that order.
    pub filled: u8,
    /// How many timed rehearsals the sheet holds.
    pub rehearsals: usize,
    /// Whether the debrief holds anything.
    pub debriefed: bool,
    /// The start of the goal's outcome (at most [`PREVIEW_CHARS`] characters).
    pub outcome: String,
    /// The start of the opener (at most [`PREVIEW_CHARS`] characters).
    pub opener: String,
    /// Every follow-up, done or not, in the sheet's order.
    pub follow_ups: Vec<FollowUp>,
    /// Every word the user wrote in the sheet, folded ([`crate::search::fold`]) for filtering:
    /// never the tone checker's messages, never the scenario's title (which depends on the
    /// playbook and is matched beside it).
    pub search: String,
}

impl Summary {
    /// The summary of `sheet`.
    pub fn of(sheet: &Sheet) -> Summary {
        let filled = Step::ANSWERED
            .iter()
            .enumerate()
            .filter(|(_, step)| step.is_filled(sheet))
            .fold(0u8, |bits, (i, _)| bits | 1 << i);
        Summary {
            id: sheet.id.clone(),
            lang: sheet.lang,
            client: sheet.client.clone(),
            scenario: sheet.scenario.clone(),
            when: sheet.when,
            updated: sheet.updated,
            filled,
            rehearsals: sheet.rehearsals.len(),
            debriefed: sheet
                .debrief
                .as_ref()
                .is_some_and(|d| !crate::followup::is_blank_debrief(d)),
            outcome: preview(&sheet.goal.outcome),
            opener: preview(&sheet.opener.text),
            follow_ups: sheet.follow_ups.clone(),
            search: crate::search::fold(&all_text(sheet)),
        }
    }

    /// Whether the sheet answers `step` (see [`Step::is_filled`]); steps that hold no answers
    /// never are.
    pub fn is_filled(&self, step: Step) -> bool {
        Step::ANSWERED
            .iter()
            .position(|s| *s == step)
            .is_some_and(|i| self.filled & (1 << i) != 0)
    }

    /// How much of the prep is answered, 0 to 100, as [`super::percent_complete`] says.
    pub fn percent_complete(&self) -> u8 {
        super::progress::percent_of(self.filled.count_ones() as usize)
    }

    /// Whether every word of `folded_query` is in the sheet's text or in its scenario's
    /// title, both folded ([`crate::search::fold`]) by the caller, which can fold each title
    /// once for many sheets. A blank query matches every sheet.
    pub fn matches(&self, folded_query: &str, folded_title: &str) -> bool {
        folded_query
            .split_whitespace()
            .all(|word| self.search.contains(word) || folded_title.contains(word))
    }
}

/// The first [`PREVIEW_CHARS`] characters of `text`.
fn preview(text: &str) -> String {
    match text.char_indices().nth(PREVIEW_CHARS) {
        Some((end, _)) => text[..end].to_owned(),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::{SheetId, percent_complete};

    fn sheet() -> Sheet {
        let mut sheet = Sheet::new(
            SheetId::parse("20261120-zoe-a1b2").unwrap(),
            Timestamp::from_second(1_800_000_000).unwrap(),
        );
        sheet.client = "Zoë Łukasik".into();
        sheet.facts.what_happened = "Invoice 12 is 40 days late".into();
        sheet.opener.text = "é".repeat(PREVIEW_CHARS + 10);
        sheet
    }

    #[test]
    fn a_summary_agrees_with_its_sheet() {
        let sheet = sheet();
        let summary = Summary::of(&sheet);
        assert_eq!(summary.percent_complete(), percent_complete(&sheet));
        for step in Step::ALL {
            assert_eq!(summary.is_filled(step), step.is_filled(&sheet), "{step:?}");
        }
        assert_eq!(summary.opener.chars().count(), PREVIEW_CHARS);
        assert!(summary.search.contains("zoe lukasik"), "{}", summary.search);
    }

    #[test]
    fn matching_takes_every_word_from_the_text_or_the_title() {
        let summary = Summary::of(&sheet());
        assert!(summary.matches("", ""));
        assert!(summary.matches("zoe invoice", ""));
        assert!(summary.matches("zoe unpaid", "unpaid invoice"));
        assert!(!summary.matches("zoe unpaid", "scope creep"));
    }

    #[test]
    fn the_checkers_words_are_not_searched() {
        let mut sheet = sheet();
        sheet.opener.text = "Hello Zoë".into();
        sheet.opener.tone = Some(crate::tone::check("You never pay, idiot", Lang::En));
        assert!(!Summary::of(&sheet).search.contains("idiot"));
    }
}
