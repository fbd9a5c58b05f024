//! The user interface's words, per language, from `assets/ui/<lang>.json`.
//!
//! Every label, hint and message the screens and the CLI show lives in those files; code refers
//! to it by key. A key missing in a language falls back to English, then to the key itself, so a
//! gap is visible but never fatal.

mod lang;
mod message;

pub use lang::{Lang, lang_from_tag};
pub use message::Message;

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// A catalogue of interface texts in one language.
#[derive(Debug)]
pub struct Catalog {
    lang: Lang,
    texts: HashMap<String, String>,
}

fn parse(lang: Lang, text: &str) -> Catalog {
    // The bundled catalogues are checked by a test; a broken one degrades to showing keys.
    let texts = serde_json::from_str(text).unwrap_or_default();
    Catalog { lang, texts }
}

/// A missing key shown as itself. Each distinct key is kept once for the life of the process,
/// so the memory is bounded by the number of keys in the code (a test keeps it at zero).
fn missing_key(key: &str) -> &'static str {
    static MISSING: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let Ok(mut seen) = MISSING.lock() else {
        return "?";
    };
    if let Some(known) = seen.iter().find(|k| **k == key) {
        return known;
    }
    let leaked: &'static str = Box::leak(key.to_owned().into_boxed_str());
    seen.push(leaked);
    leaked
}

/// The catalogue for `lang`.
pub fn catalog(lang: Lang) -> &'static Catalog {
    static EN: OnceLock<Catalog> = OnceLock::new();
    static FR: OnceLock<Catalog> = OnceLock::new();
    static PL: OnceLock<Catalog> = OnceLock::new();
    static RO: OnceLock<Catalog> = OnceLock::new();
    match lang {
        Lang::Fr => FR.get_or_init(|| parse(lang, include_str!("../../assets/ui/fr.json"))),
        Lang::Pl => PL.get_or_init(|| parse(lang, include_str!("../../assets/ui/pl.json"))),
        Lang::Ro => RO.get_or_init(|| parse(lang, include_str!("../../assets/ui/ro.json"))),
        Lang::En => EN.get_or_init(|| parse(lang, include_str!("../../assets/ui/en.json"))),
    }
}

impl Catalog {
    /// The language of this catalogue.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text for `key` in this language or English, if there is one.
    pub fn try_get(&'static self, key: &str) -> Option<&'static str> {
        self.texts
            .get(key)
            .or_else(|| catalog(Lang::En).texts.get(key))
            .map(String::as_str)
    }

    /// The text for `key`, falling back to English and then to the key.
    pub fn get(&'static self, key: &str) -> &'static str {
        if let Some(text) = self.texts.get(key) {
            return text;
        }
        if self.lang != Lang::En
            && let Some(text) = catalog(Lang::En).texts.get(key)
        {
            return text;
        }
        missing_key(key)
    }

    /// The text for `key` with each `{name}` replaced by its value.
    pub fn fill(&'static self, key: &str, values: &[(&str, &str)]) -> String {
        let mut text = self.get(key).to_owned();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }

    /// A copy of this catalogue with every text passed through `f`, e.g. to write the keys
    /// in force into sentences that name them.
    pub fn with_each_text(&self, f: impl Fn(&str) -> String) -> Catalog {
        Catalog {
            lang: self.lang,
            texts: self
                .texts
                .iter()
                .map(|(key, text)| (key.clone(), f(text)))
                .collect(),
        }
    }

    /// Every key in this catalogue.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.texts.keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests;
