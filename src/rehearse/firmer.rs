//! A firmer version of the user's own opener: the softeners that bury the ask taken out, as
//! whole phrases listed per language in `assets/rehearse/firmer.toml`.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::i18n::Lang;

/// One softener and what takes its place.
#[derive(Debug, Clone, Deserialize)]
struct Pair {
    from: String,
    to: String,
}

/// A softener folded for matching, and its replacement.
type Folded = (Vec<char>, String);

/// The pairs of each language, their `from` already folded for matching.
static PAIRS: LazyLock<HashMap<String, Vec<Folded>>> = LazyLock::new(|| {
    let parsed: HashMap<String, Vec<Pair>> =
        toml::from_str(include_str!("../../assets/rehearse/firmer.toml")).unwrap_or_default();
    parsed
        .into_iter()
        .map(|(lang, pairs)| {
            let folded = pairs
                .into_iter()
                .map(|p| (p.from.chars().map(fold_char).collect(), p.to))
                .collect();
            (lang, folded)
        })
        .collect()
});

/// `text` with every listed softener of `lang` taken out, or `None` when it has none.
///
/// "I'm sorry to bother you, but I just wanted to ask about the invoice." becomes "I wanted
/// to ask about the invoice." The sentence keeps its capital letter.
pub fn firmer(text: &str, lang: Lang) -> Option<String> {
    let pairs = PAIRS.get(lang.code())?;
    let mut chars: Vec<char> = text.chars().collect();
    for (from, to) in pairs {
        while let Some(at) = find(&chars, from) {
            let starts_sentence = chars[..at]
                .iter()
                .rev()
                .find(|c| !c.is_whitespace())
                .is_none_or(|c| matches!(c, '.' | '!' | '?'));
            let capital = chars[at].is_uppercase();
            let mut replacement: Vec<char> = to.chars().collect();
            chars.splice(at..at + from.len(), replacement.drain(..));
            if starts_sentence
                && capital
                && let Some(first) = chars.get_mut(at)
            {
                *first = first.to_uppercase().next().unwrap_or(*first);
            }
        }
    }
    let out = tidy(&chars.into_iter().collect::<String>());
    (out != text).then_some(out)
}

/// Where `pattern` (folded) occurs in `chars` on word boundaries, ignoring case and the
/// kind of apostrophe.
fn find(chars: &[char], pattern: &[char]) -> Option<usize> {
    if pattern.is_empty() || pattern.len() > chars.len() {
        return None;
    }
    let wordy = |c: char| c.is_alphanumeric();
    (0..=chars.len() - pattern.len()).find(|&at| {
        let same = chars[at..at + pattern.len()]
            .iter()
            .zip(pattern)
            .all(|(c, p)| fold_char(*c) == *p);
        let before_ok = !wordy(pattern[0]) || at == 0 || !wordy(chars[at - 1]);
        let end = at + pattern.len();
        let after_ok =
            !pattern.last().is_some_and(|c| wordy(*c)) || end == chars.len() || !wordy(chars[end]);
        same && before_ok && after_ok
    })
}

/// One character folded for matching: lower case, one kind of apostrophe.
fn fold_char(c: char) -> char {
    match c {
        '’' | 'ʼ' | '‘' => '\'',
        // Only a one-to-one lowering keeps positions in step with the text.
        c => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            }
        }
    }
}

/// Spaces left by a removal: doubled, or before punctuation.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        if matches!(c, ',' | '.' | '?' | '!') && out.ends_with(' ') {
            out.pop();
        }
        out.push(c);
    }
    out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_pairs_load_for_every_language() {
        for lang in Lang::ALL {
            assert!(
                PAIRS.get(lang.code()).is_some_and(|p| p.len() >= 8),
                "{lang:?}"
            );
        }
    }

    #[test]
    fn english_softeners_go_and_the_sentence_stays_whole() {
        let cases = [
            (
                "I'm sorry to bother you, but I just wanted to ask about invoice 12.",
                "I wanted to ask about invoice 12.",
            ),
            (
                "Hi Kendra, could you maybe settle the invoice this week, if that’s okay?",
                "Hi Kendra, could you settle the invoice this week?",
            ),
            (
                "Sorry to bother you, but could we talk on Friday?",
                "Could we talk on Friday?",
            ),
        ];
        for (soft, firm) in cases {
            assert_eq!(firmer(soft, Lang::En).as_deref(), Some(firm), "{soft}");
        }
    }

    #[test]
    fn words_inside_other_words_and_plain_openers_are_left_alone() {
        for text in [
            "Could we settle invoice 12 by Friday?",
            "It is not just the invoice: the files are late too.",
            "I justified the quote in my last email.",
        ] {
            assert_eq!(firmer(text, Lang::En), None, "{text}");
        }
    }

    #[test]
    fn french_polish_and_romanian_softeners_go() {
        let cases = [
            (
                Lang::Fr,
                "Désolée de vous déranger, mais je voulais juste parler de la facture, si cela ne vous dérange pas.",
                "Je voulais parler de la facture.",
            ),
            (
                Lang::Pl,
                "Przepraszam, że przeszkadzam, ale chciałam tylko zapytać o fakturę, jeśli to nie problem.",
                "Chciałam zapytać o fakturę.",
            ),
            (
                Lang::Ro,
                "Îmi pare rău că vă deranjez, dar voiam doar să vă întreb de factură, dacă nu vă deranjează.",
                "Voiam să vă întreb de factură.",
            ),
        ];
        for (lang, soft, firm) in cases {
            assert_eq!(firmer(soft, lang).as_deref(), Some(firm), "{soft}");
        }
    }
}
