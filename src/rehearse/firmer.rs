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

/// A softener folded for matching, its replacement, and whether it opens a sentence (written
/// with a capital), so it is taken out only where one starts.
type Folded = (Vec<char>, String, bool);

/// The pairs of each language, their `from` already folded for matching.
static PAIRS: LazyLock<HashMap<String, Vec<Folded>>> = LazyLock::new(|| {
    let parsed: HashMap<String, Vec<Pair>> =
        toml::from_str(include_str!("../../assets/rehearse/firmer.toml")).unwrap_or_default();
    parsed
        .into_iter()
        .map(|(lang, pairs)| {
            let mut folded: Vec<Folded> = pairs
                .into_iter()
                .map(|p| {
                    let opens_sentence = p.from.chars().next().is_some_and(char::is_uppercase);
                    (
                        p.from.chars().map(fold_char).collect(),
                        p.to,
                        opens_sentence,
                    )
                })
                .collect();
            // Longer phrases first: "je suis désolé de vous déranger" before "désolé de…".
            folded.sort_by_key(|f| std::cmp::Reverse(f.0.len()));
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
    for (from, to, opens_sentence) in pairs {
        let mut from_at = 0;
        while let Some(at) = find(&chars, from, from_at, *opens_sentence) {
            let starts_sentence = clause_starts_at(&chars, at, &['.', '!', '?']);
            let capital = chars[at].is_uppercase();
            let replacement: Vec<char> = to.chars().collect();
            let end = at + replacement.len();
            chars.splice(at..at + from.len(), replacement);
            if starts_sentence
                && capital
                && let Some(first) = chars.get_mut(at)
            {
                *first = first.to_uppercase().next().unwrap_or(*first);
            }
            close_gap(&mut chars, at, end, lang);
            // On after what was put in: a replacement is never taken out again.
            from_at = end.min(chars.len());
        }
    }
    let out: String = chars.into_iter().collect();
    let out = out.trim().to_owned();
    (out != text).then_some(out)
}

/// Where `pattern` (folded) next occurs in `chars` from `from_at`, on word boundaries,
/// ignoring case and the kind of apostrophe. A pattern that opens a sentence matches only where
/// a sentence or clause starts; one that starts with a comma and does not end with one only
/// before punctuation or the end, so the words after it are never left hanging.
fn find(chars: &[char], pattern: &[char], from_at: usize, opens_sentence: bool) -> Option<usize> {
    if pattern.is_empty() || pattern.len() > chars.len() {
        return None;
    }
    let wordy = |c: char| c.is_alphanumeric();
    let trailing_clause = pattern[0] == ',' && pattern.last() != Some(&',');
    (from_at..=chars.len() - pattern.len()).find(|&at| {
        let same = chars[at..at + pattern.len()]
            .iter()
            .zip(pattern)
            .all(|(c, p)| fold_char(*c) == *p);
        if !same {
            return false;
        }
        let end = at + pattern.len();
        let before_ok = !wordy(pattern[0]) || at == 0 || !wordy(chars[at - 1]);
        let after_ok =
            !pattern.last().is_some_and(|c| wordy(*c)) || end == chars.len() || !wordy(chars[end]);
        let opens_ok =
            !opens_sentence || clause_starts_at(chars, at, &['.', '!', '?', ',', ';', ':']);
        let closes_ok = !trailing_clause
            || chars[end..]
                .iter()
                .find(|c| !c.is_whitespace())
                .is_none_or(|c| c.is_ascii_punctuation());
        before_ok && after_ok && opens_ok && closes_ok
    })
}

/// Whether `at` is the start of the text or comes (past spaces) after one of `marks`.
fn clause_starts_at(chars: &[char], at: usize, marks: &[char]) -> bool {
    chars[..at]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .is_none_or(|c| marks.contains(c))
}

/// Tidies the spaces where `at..end` was put in place of a phrase: two spaces become one, and
/// a space left before a comma or a full stop goes (French keeps its space before ? and !).
fn close_gap(chars: &mut Vec<char>, at: usize, end: usize, lang: Lang) {
    let mut end = end;
    while end < chars.len() && end > 0 && chars[end] == ' ' && chars[end - 1] == ' ' {
        chars.remove(end);
    }
    let tight: &[char] = if lang == Lang::Fr {
        &[',', '.']
    } else {
        &[',', '.', '?', '!']
    };
    if end > 0 && end < chars.len() && chars[end - 1] == ' ' && tight.contains(&chars[end]) {
        chars.remove(end - 1);
        end -= 1;
    }
    if at == end && at > 0 && at < chars.len() && chars[at - 1] == ' ' && chars[at] == ' ' {
        chars.remove(at);
    }
}

/// One character folded for matching: lower case, one kind of apostrophe.
fn fold_char(c: char) -> char {
    match c {
        '’' | 'ʼ' | '‘' => '\'',
        // Romanian typed with the cedilla letters many keyboards give.
        'ş' | 'Ş' => 'ș',
        'ţ' | 'Ţ' => 'ț',
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
    fn the_traps_a_native_reader_found_stay_shut() {
        let cases = [
            // A longer apology is taken out whole, not cut in the middle.
            (
                Lang::Fr,
                "Je suis désolé de vous déranger, mais pourriez-vous régler la facture ?",
                Some("Pourriez-vous régler la facture ?"),
            ),
            (
                Lang::En,
                "So sorry to bother you, but could we talk?",
                Some("Could we talk?"),
            ),
            // In the middle of a sentence, with its commas.
            (
                Lang::Fr,
                "Je vous propose, si cela ne vous dérange pas, de décaler la réunion.",
                Some("Je vous propose de décaler la réunion."),
            ),
            // Followed by its complement: left alone, or the sentence would break.
            (
                Lang::Fr,
                "Je règle la facture, si ça ne vous dérange pas d'attendre lundi.",
                None,
            ),
            (
                Lang::Pl,
                "Zadzwonię jutro, jeśli to nie problem dla Pani.",
                None,
            ),
            // "Not only" keeps its meaning.
            (
                Lang::Pl,
                "Nie tylko chciałam przypomnieć o fakturze, ale też o umowie.",
                None,
            ),
            (
                Lang::Ro,
                "Nu doar voiam să vă reamintesc de factură, ci și de contract.",
                None,
            ),
            // A quantifier is kept as one.
            (
                Lang::Fr,
                "J'aurais besoin d'un petit peu de temps.",
                Some("J'aurais besoin d'un peu de temps."),
            ),
            (Lang::En, "Could you give me a little bit of time?", None),
            // French keeps its space before ? and !.
            (
                Lang::Fr,
                "Bonjour ! Pourriez-vous peut-être régler la facture ?",
                Some("Bonjour ! Pourriez-vous régler la facture ?"),
            ),
            // Romanian typed with cedillas.
            (
                Lang::Ro,
                "Bună ziua, aţi putea cumva să trimiteţi plata?",
                Some("Bună ziua, ați putea să trimiteţi plata?"),
            ),
        ];
        for (lang, text, want) in cases {
            assert_eq!(firmer(text, lang).as_deref(), want, "{text}");
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
