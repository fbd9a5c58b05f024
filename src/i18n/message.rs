//! Words for the user, as a catalogue key and the values that fill it: what the core hands a
//! shell, so that the shell can say it in the user's language.

use super::Catalog;

/// A message by catalogue key, with its `{ $name }` values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The catalogue key.
    pub key: &'static str,
    /// The values of its placeholders.
    pub args: Vec<(&'static str, Arg)>,
}

/// A value in a [`Message`]: text as it is, or another message said in the same language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Shown as it is (a file name, an id, a number).
    Text(String),
    /// Said in the catalogue's language, like the message around it.
    Message(Box<Message>),
}

impl Message {
    /// A message with no values yet.
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// The message with `{ $name }` filled by `value`.
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Message {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// The message with `{ $name }` filled by another message in the same language.
    pub fn with_message(mut self, name: &'static str, value: Message) -> Message {
        self.args.push((name, Arg::Message(Box::new(value))));
        self
    }

    /// The message in the catalogue's language.
    pub fn render(&self, cat: &'static Catalog) -> String {
        let values: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(text) => text.clone(),
                    Arg::Message(message) => message.render(cat),
                };
                (*name, value)
            })
            .collect();
        let args: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        cat.fill(self.key, &args)
    }
}

impl std::fmt::Display for Message {
    /// In English: for logs and tests; shells call [`Message::render`] with the user's
    /// catalogue.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(super::catalog(super::Lang::En)))
    }
}
