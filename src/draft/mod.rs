//! From a filled sheet to words that can be sent or said: the whole message for an email or a
//! chat, or a talk track for a call, a video or a meeting.
//!
//! The structure and the connecting sentences come from the playbook (each scenario's
//! [`MessageTemplate`] and the language's [`crate::playbook::Drafting`]); the facts, the
//! opener and the fallback offers are the person's own answers. The result is checked
//! sentence by sentence ([`check_message`]) and can be written as an email file ([`eml`]).

mod check;
mod compose;
pub mod eml;
mod length;

pub use check::{MessageReport, SentenceCache, check_message, check_message_with, checked_text};
pub use compose::{Composed, compose, current};
pub use length::{Length, length};

use crate::sheet::Channel;

/// What kind of text a channel needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An email: subject, greeting, paragraphs, sign-off.
    Email,
    /// A chat or text message: no subject, no sign-off.
    Chat,
    /// A call, a video or a meeting: a talk track to follow, not a text to send.
    Talk,
}

impl Kind {
    /// The kind a channel needs; a sheet with no channel yet gets an email.
    pub fn of(channel: Option<Channel>) -> Kind {
        match channel {
            Some(Channel::Call | Channel::Video | Channel::InPerson) => Kind::Talk,
            Some(Channel::Message) => Kind::Chat,
            Some(Channel::Email) | None => Kind::Email,
        }
    }

    /// Whether it is said rather than sent.
    pub fn is_spoken(self) -> bool {
        self == Kind::Talk
    }

    /// The id used in JSON: `email`, `chat` or `talk`.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Email => "email",
            Kind::Chat => "chat",
            Kind::Talk => "talk",
        }
    }
}
