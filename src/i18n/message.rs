//! Words for the user, as a catalogue key and the values that fill it: what the core hands a
//! shell, so that the shell can say it in the user's language.

use super::Catalog;

/// A message by catalogue key, with its `{name}` values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The catalogue key.
    pub key: &'static str,
    /// The values of its placeholders.
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    /// A message with no values yet.
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// The message with `{name}` filled by `value`.
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The message in the catalogue's language.
    pub fn render(&self, cat: &'static Catalog) -> String {
        let args: Vec<(&str, &str)> = self.args.iter().map(|(n, v)| (*n, v.as_str())).collect();
        cat.fill(self.key, &args)
    }
}
