//! Errors of the commands, said in the user's language.
//!
//! A command fails with a [`Said`] (a catalogue message of its own) or with a core error that
//! carries its message (`StoreError`, `PlaybookError`...); [`describe`] renders either in the
//! catalogue's language, so no English reaches a French, Polish or Romanian user.

use std::fmt;

use talkprep::flags::ReviewError;
use talkprep::i18n::{Catalog, Message, io_message};
use talkprep::playbook::PlaybookError;
use talkprep::settings::SettingsError;
use talkprep::sheet::{IdError, SheetError};
use talkprep::store::StoreError;

/// A command's own error, as a catalogue message.
#[derive(Debug)]
pub(crate) struct Said(pub(crate) Message);

impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Said {}

/// An error that says `message`.
pub(crate) fn said(message: Message) -> anyhow::Error {
    anyhow::Error::new(Said(message))
}

/// The error in the catalogue's language.
pub(crate) fn describe(err: &anyhow::Error, cat: &'static Catalog) -> String {
    if let Some(Said(message)) = err.downcast_ref::<Said>() {
        return message.render(cat);
    }
    if let Some(e) = err.downcast_ref::<StoreError>() {
        return e.message().render(cat);
    }
    if let Some(e) = err.downcast_ref::<PlaybookError>() {
        return e.render(cat);
    }
    if let Some(e) = err.downcast_ref::<SheetError>() {
        return e.message().render(cat);
    }
    if let Some(e) = err.downcast_ref::<ReviewError>() {
        return e.message().render(cat);
    }
    if let Some(e) = err.downcast_ref::<IdError>() {
        return e.message().render(cat);
    }
    if let Some(e) = err.downcast_ref::<SettingsError>() {
        return e.message().render(cat);
    }
    if let Some(e) = err.downcast_ref::<std::io::Error>() {
        return io_message(e).render(cat);
    }
    // Not reached by the commands (each error above is all they raise); kept whole if it is.
    format!("{err:#}")
}
