//! The features the learned layer reads from a text: its words, word pairs and word stems, the
//! categories the rules found, and a few marks. Training and checking both call [`visit`], so
//! a model always sees the features it was trained on.

use super::super::normalize::{Normalized, Word};

/// How many words of a text the learned layer reads: an opener is a few dozen; a long text is
/// judged on its opening, and the rules still read the whole of it.
pub(crate) const MAX_WORDS: usize = 600;

/// Words at least this many chars long also count by their first [`STEM_CHARS`] chars, so an
/// inflected form (`zapłaciła`, `payées`) weighs like the forms seen in training.
const STEM_FROM: usize = 7;
const STEM_CHARS: usize = 5;

/// How a word is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Lower case (or no letters).
    Plain,
    /// A capital first letter.
    Capitalised,
    /// Two or more letters, all capitals.
    Capitals,
}

/// What a feature's weight is attributed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Attribution {
    /// The word at this index of [`Normalized::words`].
    Word(usize),
    /// The word at this index and the next one.
    Pair(usize),
    /// The text as a whole (a rule category already reported on its own words, or a mark).
    Whole,
}

/// A category the rules reported, for the features: its id and whether it is a strength.
pub(crate) struct RuleCategory<'a> {
    pub id: &'a str,
    pub strength: bool,
}

/// Calls `f` with each feature of the text (repeats included) and what it is attributed to.
/// The key is only valid during the call.
pub(crate) fn visit<'a>(
    text: &str,
    n: &Normalized,
    categories: impl IntoIterator<Item = RuleCategory<'a>>,
    mut f: impl FnMut(&str, Attribution),
) {
    let mut key = String::with_capacity(48);
    let words = n.words();
    let count = words.len().min(MAX_WORDS);
    let shape = |w: &Word| -> Shape {
        let src = &text[w.src_start as usize..w.src_end as usize];
        let mut letters = src.chars().filter(|c| c.is_alphabetic());
        match letters.next() {
            Some(c) if c.is_uppercase() => {
                let mut rest = letters.peekable();
                if rest.peek().is_some() && rest.all(char::is_uppercase) {
                    Shape::Capitals
                } else {
                    Shape::Capitalised
                }
            }
            _ => Shape::Plain,
        }
    };
    // A capitalised word inside a sentence is most often a name: one token for all of them, so
    // no name weighs on its own.
    let tokens: Vec<(&str, Shape)> = words[..count]
        .iter()
        .map(|w| {
            let t = n.word_text(w);
            let s = shape(w);
            let token = if t.bytes().any(|b| b.is_ascii_digit()) {
                "#"
            } else if !w.sentence_start && s == Shape::Capitalised {
                "@name"
            } else {
                t
            };
            (token, s)
        })
        .collect();
    for (i, &(t, s)) in tokens.iter().enumerate() {
        key.clear();
        key.push_str("w:");
        key.push_str(t);
        f(&key, Attribution::Word(i));
        if t.len() >= STEM_FROM && t.chars().count() >= STEM_FROM {
            key.clear();
            key.push_str("s:");
            key.extend(t.chars().take(STEM_CHARS));
            f(&key, Attribution::Word(i));
        }
        if s == Shape::Capitals {
            f("x:capitals", Attribution::Word(i));
        }
        if let Some(&(next, _)) = tokens.get(i + 1)
            && !words[i + 1].sentence_start
        {
            key.clear();
            key.push_str("b:");
            key.push_str(t);
            key.push(' ');
            key.push_str(next);
            f(&key, Attribution::Pair(i));
        }
    }
    for c in categories {
        key.clear();
        key.push_str(if c.strength { "g:" } else { "c:" });
        key.push_str(c.id);
        f(&key, Attribution::Whole);
    }
    let head = match words.get(MAX_WORDS) {
        Some(w) => &text[..w.src_start as usize],
        None => text,
    };
    for (mark, present) in [
        ("x:?", head.contains(['?', '¿'])),
        ("x:!", head.contains('!')),
        (
            "x:??",
            head.contains("??") || head.contains("?!") || head.contains("!?"),
        ),
        ("x:!!", head.contains("!!")),
        ("x:...", head.contains("...") || head.contains('…')),
        ("x:quote", head.contains(['"', '“', '”', '„', '«', '»'])),
        ("x:emoji", head.chars().any(|c| c as u32 >= 0x1F300)),
    ] {
        if present {
            f(mark, Attribution::Whole);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<(String, Attribution)> {
        let n = Normalized::new(text);
        let mut out = Vec::new();
        let cats = [RuleCategory {
            id: "blame",
            strength: false,
        }];
        visit(text, &n, cats, |k, a| out.push((k.to_string(), a)));
        out
    }

    #[test]
    fn words_pairs_stems_categories_and_marks() {
        let k = keys("Thanks for finally paying. Really?");
        let names: Vec<&str> = k.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            names,
            [
                "w:thanks",
                "b:thanks for",
                "w:for",
                "b:for finally",
                "w:finally",
                "s:final",
                "b:finally paying",
                "w:paying",
                "w:really",
                "c:blame",
                "x:?"
            ]
        );
        assert_eq!(k[6].1, Attribution::Pair(2));
        assert_eq!(k[8].1, Attribution::Word(4));
    }

    #[test]
    fn numbers_are_one_token_and_diacritics_fold() {
        let names: Vec<String> = keys("Faktura 1200 zł")
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert!(names.contains(&"w:#".to_string()), "{names:?}");
        assert!(names.contains(&"b:faktura #".to_string()), "{names:?}");
        assert!(names.contains(&"w:zl".to_string()), "{names:?}");
    }

    #[test]
    fn a_long_text_is_read_up_to_the_cap() {
        let text = "word ".repeat(MAX_WORDS + 50) + "!";
        let words = keys(&text)
            .iter()
            .filter(|(k, _)| k.starts_with("w:"))
            .count();
        assert_eq!(words, MAX_WORDS);
        assert!(!keys(&text).iter().any(|(k, _)| k == "x:!"));
    }
}
