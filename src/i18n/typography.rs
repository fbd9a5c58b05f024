//! Punctuation that differs between languages, from the catalogue: quote marks, the colon and
//! its spacing, the percent sign, and whether a colon is followed by a capital.
//!
//! French puts a no-break space before `:` and inside `« »`, Polish and Romanian open quotes
//! low (`„…”`) and go on in lower case after a colon; code never writes these by hand.

use super::Catalog;

impl Catalog {
    /// `text` between the language's quote marks: “text”, « text », „text”.
    pub fn quote(&'static self, text: &str) -> String {
        self.fill("typo.quote", &[("text", text)])
    }

    /// `label` and `text` joined by the language's colon ("Goal: …", « Objectif : … »).
    pub fn colon(&'static self, label: &str, text: &str) -> String {
        self.fill("typo.colon", &[("label", label), ("text", text)])
    }

    /// A label followed by the language's colon, for text that follows in another span or on
    /// the next line: "Goal: ", « Objectif : ».
    pub fn label(&'static self, label: &str) -> String {
        self.colon(label, "")
    }

    /// Like [`Catalog::colon`], for our own sentences after the colon: in languages that go on
    /// in lower case after a colon, their first letter is lowered. Never use it on what the
    /// person typed, where the capital may be a name.
    pub fn colon_sentence(&'static self, label: &str, text: &str) -> String {
        self.colon(label, &self.after_colon(text))
    }

    /// Our own sentence as it goes on after a colon shown elsewhere (in another span): its
    /// first letter lowered in languages that want it so. Never for what the person typed.
    pub fn after_colon(&'static self, text: &str) -> String {
        if self.get("typo.after_colon") == "lower" {
            lower_first(text)
        } else {
            text.to_owned()
        }
    }

    /// A percentage, `n` out of 100: "40%", « 40 % ».
    pub fn percent(&'static self, n: impl std::fmt::Display) -> String {
        self.fill("typo.percent", &[("n", &n.to_string())])
    }
}

/// A language's punctuation as plain strings, for renderings made after the catalogue is out
/// of reach (an [`crate::export::Outline`] turned into Markdown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Punctuation {
    /// What goes between a label and its text: ": ", "\u{a0}: ".
    pub colon: String,
    /// The opening quote mark, with its space where the language wants one.
    pub open_quote: String,
    /// The closing quote mark.
    pub close_quote: String,
}

impl Punctuation {
    /// The punctuation of `cat`'s language.
    pub fn of(cat: &'static Catalog) -> Punctuation {
        const MARK: &str = "\u{1}";
        let quoted = cat.quote(MARK);
        let (open, close) = quoted.split_once(MARK).unwrap_or(("\"", "\""));
        Punctuation {
            colon: cat.colon("", ""),
            open_quote: open.to_owned(),
            close_quote: close.to_owned(),
        }
    }

    /// `label` and its colon: "Goal:", « Objectif : » (no space after). A label that is a
    /// sentence of its own (a push-back heard in rehearsal) keeps its own closing mark, so no
    /// "paying.:" is ever written.
    pub fn label(&self, label: &str) -> String {
        if label.trim_end().ends_with(['.', '?', '!', ':', '…']) {
            return label.trim_end().to_owned();
        }
        format!("{label}{}", self.colon.trim_end())
    }

    /// `text` between quote marks.
    pub fn quote(&self, text: &str) -> String {
        format!("{}{text}{}", self.open_quote, self.close_quote)
    }
}

/// `text` with its first letter in lower case, unless the first word is all capitals (an
/// acronym such as "PDF") .
fn lower_first(text: &str) -> String {
    let first_word = text.split_whitespace().next().unwrap_or_default();
    let letters: Vec<char> = first_word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return text.to_owned();
    }
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, catalog};

    #[test]
    fn quotes_follow_the_language() {
        assert_eq!(catalog(Lang::En).quote("hi"), "“hi”");
        assert_eq!(catalog(Lang::Fr).quote("salut"), "«\u{a0}salut\u{a0}»");
        assert_eq!(catalog(Lang::Pl).quote("cześć"), "„cześć”");
        assert_eq!(catalog(Lang::Ro).quote("salut"), "„salut”");
    }

    #[test]
    fn colons_and_percent_follow_the_language() {
        assert_eq!(catalog(Lang::En).colon("Goal", "paid"), "Goal: paid");
        assert_eq!(
            catalog(Lang::Fr).colon("Objectif", "payé"),
            "Objectif\u{a0}: payé"
        );
        assert_eq!(catalog(Lang::Fr).percent(40), "40\u{a0}%");
        assert_eq!(catalog(Lang::Pl).percent(40), "40%");
        assert_eq!(
            catalog(Lang::Pl).colon_sentence("Cel", "Zapłata"),
            "Cel: zapłata"
        );
        assert_eq!(
            catalog(Lang::En).colon_sentence("Goal", "Paid"),
            "Goal: Paid"
        );
        assert_eq!(
            catalog(Lang::Ro).colon_sentence("Notă", "PDF trimis"),
            "Notă: PDF trimis"
        );
    }
}
