//! The prep wizard's state: the sheet being prepared, the step, and that step's controls.

mod build;
mod message;
mod sync;

pub(crate) use build::controls_for;
pub(crate) use sync::{add_follow_up, apply_choice, edit_follow_up, store_control};

use talkprep::playbook::Playbook;
use talkprep::sheet::Sheet;
pub(crate) use talkprep::sheet::Step;

use super::form::{Control, FieldId, TextField};

/// The follow-up written in step 9's fields and not yet in the list: a new one, or the
/// changes to one being edited.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct FollowUpDraft {
    /// What is to be done, as typed.
    pub(crate) what: String,
    /// The due date as typed.
    pub(crate) due: String,
    /// Who does it.
    pub(crate) owner: talkprep::sheet::Owner,
    /// The id of the follow-up being edited; `None` for a new one.
    pub(crate) editing: Option<String>,
}

/// A prep in progress.
#[derive(Debug, Clone)]
pub(crate) struct Wizard {
    /// The sheet; controls write through to it on every change.
    pub(crate) sheet: Sheet,
    /// The step shown.
    pub(crate) step: Step,
    /// The step's controls, in focus order.
    pub(crate) controls: Vec<Control>,
    /// Index of the focused control.
    pub(crate) focus: usize,
    /// The date as typed, kept while it does not parse yet.
    pub(crate) when_input: String,
    /// The follow-up being written in step 9's fields, kept across redraws and step changes.
    pub(crate) follow_up_draft: FollowUpDraft,
    /// Follow-ups deleted from the list, with where they were, most recent last: undo puts
    /// them back.
    pub(crate) removed_follow_ups: Vec<(usize, talkprep::sheet::FollowUp)>,
    /// Lines scrolled on the review page.
    pub(crate) review_scroll: u16,
    /// Lines scrolled in the side panel (tips, or the tone panel on the opener step).
    pub(crate) side_scroll: u16,
    /// Esc was pressed in a text field: the next Esc leaves for home, any other key goes on.
    pub(crate) leaving: bool,
    /// Today, for dates typed without a year (the event loop's clock, via `update`).
    pub(crate) today: jiff::civil::Date,
    /// The person was told the date cannot be read: the next step change goes ahead.
    pub(crate) told_bad_date: bool,
    /// The last suggestion chosen replaced text the person had written.
    pub(crate) replaced: bool,
    /// Another talkprep has this sheet open: it is shown, never written.
    pub(crate) read_only: bool,
    /// The sheet was deleted elsewhere: the next save writes it again only when asked.
    pub(crate) deleted_elsewhere: bool,
    /// The export path being typed, when the export prompt is open.
    pub(crate) export_prompt: Option<TextField>,
    /// Whether the sheet has changes not yet saved.
    pub(crate) dirty: bool,
    /// The tone of the message step's text, sentence by sentence (worked out per edit).
    pub(crate) message_tone: Option<talkprep::draft::MessageReport>,
    /// The tone of each sentence of the message checked so far: a keystroke re-checks one.
    pub(crate) message_cache: talkprep::draft::SentenceCache,
    /// The person was told a rebuild replaces their edits: the next rebuild key goes ahead.
    pub(crate) confirm_rebuild: bool,
    /// When (app clock, ms) the last edit happened, or a failed save asked to retry.
    pub(crate) last_edit_ms: u64,
    /// Counts edits, so a save that finishes knows whether newer edits are still unsaved.
    pub(crate) edit_seq: u64,
    /// When an edit not yet saved is saved even if the typing goes on (app clock, ms).
    pub(crate) save_by_ms: Option<u64>,
    /// Whether the sheet exists on disk.
    pub(crate) on_disk: bool,
    /// A sheet made in this window, whose blank id (`yyyymmdd-sheet-xxxx`) takes the client's
    /// name once the person moves on from typing it; false once named, or for a sheet opened.
    pub(crate) names_itself: bool,
}

impl Wizard {
    /// A wizard on `sheet`, at `step`.
    pub(crate) fn new(sheet: Sheet, step: Step, on_disk: bool, playbook: &Playbook) -> Wizard {
        let when_input = sheet
            .when
            .map(|when| talkprep::sheet::format_when_in(when, sheet.lang))
            .unwrap_or_default();
        let sheet_date = sheet.updated.to_zoned(jiff::tz::TimeZone::UTC).date();
        let mut wizard = Wizard {
            sheet,
            step,
            controls: Vec::new(),
            focus: 0,
            when_input,
            follow_up_draft: FollowUpDraft::default(),
            removed_follow_ups: Vec::new(),
            review_scroll: 0,
            side_scroll: 0,
            leaving: false,
            // Until the clock says otherwise (update sets it from the event loop's clock).
            today: sheet_date,
            told_bad_date: false,
            replaced: false,
            read_only: false,
            deleted_elsewhere: false,
            export_prompt: None,
            dirty: false,
            message_tone: None,
            message_cache: Default::default(),
            confirm_rebuild: false,
            last_edit_ms: 0,
            edit_seq: 0,
            save_by_ms: None,
            on_disk,
            names_itself: !on_disk,
        };
        wizard.enter(step, playbook);
        wizard
    }

    /// Shows `step`, rebuilding its controls from the sheet.
    pub(crate) fn enter(&mut self, step: Step, playbook: &Playbook) {
        self.step = step;
        if step == Step::Message {
            let before = self.sheet.message.clone();
            self.prepare_message(playbook);
            // A message built or brought up to date is part of the sheet: saved with it, so
            // exports and other windows read the words shown here.
            if self.sheet.message != before && !self.read_only {
                self.dirty = true;
                self.edit_seq += 1;
            }
        }
        self.controls = controls_for(step, self, playbook);
        self.focus = first_focus(step, &self.controls);
        self.review_scroll = 0;
        self.side_scroll = 0;
        self.recheck_tone();
        if step == Step::Message {
            self.show_message_from_start();
            self.recheck_message();
        }
    }

    /// Records an edit made at `now_ms`.
    pub(crate) fn touch(&mut self, now_ms: u64) {
        self.dirty = true;
        self.edit_seq += 1;
        self.last_edit_ms = now_ms;
        // Steady typing never pauses long enough for the debounce: save at least this often.
        self.save_by_ms
            .get_or_insert(now_ms + crate::tui::update::SAVE_AT_LEAST_EVERY_MS);
    }

    /// The focused control.
    pub(crate) fn focused(&self) -> Option<&Control> {
        self.controls.get(self.focus)
    }

    /// The control with this id.
    pub(crate) fn control_mut(&mut self, id: FieldId) -> Option<&mut Control> {
        self.controls.iter_mut().find(|c| c.id == id)
    }

    /// Re-runs the tone checker on the opener and highlights what it found.
    /// The report lives on the sheet only (`sheet.opener.tone`), where exports read it too.
    pub(crate) fn recheck_tone(&mut self) {
        self.sheet.opener.tone = if self.sheet.opener.text.trim().is_empty() {
            None
        } else {
            Some(talkprep::tone::check(
                &self.sheet.opener.text,
                self.sheet.lang,
            ))
        };
        // Each phrase once (the highlight ignores case): a long opener that repeats one
        // phrase must not compile a pattern of thousands of copies on every key.
        let phrases: Vec<String> = self
            .sheet
            .opener
            .tone
            .as_ref()
            .map(|r| {
                r.findings
                    .iter()
                    .map(|f| f.matched.to_lowercase())
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .collect()
            })
            .unwrap_or_default();
        if let Some(field) = self
            .control_mut(FieldId::Opener)
            .and_then(Control::as_text_mut)
        {
            field.highlight(&phrases);
        }
    }
}

/// Where focus starts on a step: the first empty text field after any list that is already
/// answered, so a returning user lands where they left off.
fn first_focus(step: Step, controls: &[Control]) -> usize {
    if step == Step::Message {
        return controls
            .iter()
            .position(|c| c.id == FieldId::MessageBody)
            .unwrap_or(0);
    }
    if step == Step::Opener
        && let Some(i) = controls.iter().position(|c| c.id == FieldId::Opener)
    {
        let empty = controls[i]
            .as_text()
            .is_some_and(|t| t.value().trim().is_empty());
        return if empty { 0 } else { i };
    }
    if step == Step::Who {
        let has_scenario = controls
            .iter()
            .find(|c| c.id == FieldId::Scenario)
            .and_then(Control::as_pick)
            .is_some_and(|p| p.chosen.iter().any(|c| *c));
        if has_scenario {
            return controls
                .iter()
                .position(|c| c.id == FieldId::Client)
                .unwrap_or(0);
        }
    }
    0
}
