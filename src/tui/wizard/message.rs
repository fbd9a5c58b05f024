//! The message step's state: the draft built from the sheet, kept in step with it until the
//! person edits it, and its tone checked sentence by sentence.

use super::Wizard;
use crate::tui::form::{Control, FieldId};
use talkprep::draft::{Kind, MessageReport, check_message_with, compose};
use talkprep::playbook::Playbook;

impl Wizard {
    /// Builds the message from the sheet's latest answers, unless the person edited it for this
    /// kind of channel: their words are never replaced without asking ([`Wizard::rebuild_message`]).
    pub(crate) fn prepare_message(&mut self, playbook: &Playbook) {
        let spoken = Kind::of(self.sheet.channel).is_spoken();
        let keep = self
            .sheet
            .message
            .as_ref()
            .is_some_and(|m| m.edited && m.spoken == spoken && !m.body.trim().is_empty());
        if !keep {
            self.rebuild_message(playbook);
        }
    }

    /// Builds the message again from the sheet, replacing what the fields hold (each field
    /// keeps the text it replaced one undo away).
    pub(crate) fn rebuild_message(&mut self, playbook: &Playbook) {
        let built = compose(&self.sheet, playbook, self.today);
        let message = self.sheet.message.get_or_insert_default();
        message.subject = built.subject;
        message.body = built.body;
        message.spoken = built.kind.is_spoken();
        message.edited = false;
        let (subject, body) = (message.subject.clone(), message.body.clone());
        for (id, text) in [
            (FieldId::MessageSubject, subject),
            (FieldId::MessageBody, body),
        ] {
            if let Some(field) = self.control_mut(id).and_then(Control::as_text_mut) {
                field.set_value(&text);
                field.cursor_to_start();
            }
        }
        self.recheck_message();
    }

    /// Shows the message from its greeting, not from where a cursor at its end would scroll.
    pub(crate) fn show_message_from_start(&mut self) {
        if let Some(field) = self
            .control_mut(FieldId::MessageBody)
            .and_then(Control::as_text_mut)
        {
            field.cursor_to_start();
        }
    }

    /// Whether the person has changed the message since it was built.
    pub(crate) fn message_edited(&self) -> bool {
        self.sheet.message.as_ref().is_some_and(|m| m.edited)
    }

    /// Re-runs the tone check on the subject and the message, and highlights what it found.
    pub(crate) fn recheck_message(&mut self) {
        let Some(message) = &self.sheet.message else {
            self.message_tone = None;
            return;
        };
        let text = talkprep::draft::checked_text(&message.subject, &message.body);
        let report = check_message_with(&text, self.sheet.lang, &mut self.message_cache);
        let phrases = highlighted(&report);
        for id in [FieldId::MessageSubject, FieldId::MessageBody] {
            if let Some(field) = self.control_mut(id).and_then(Control::as_text_mut) {
                field.highlight(&phrases);
            }
        }
        self.message_tone = Some(report);
    }
}

/// Each phrase found once, in lower case (the highlight ignores case).
fn highlighted(report: &MessageReport) -> Vec<String> {
    report
        .findings
        .iter()
        .map(|f| f.matched.to_lowercase())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect()
}
