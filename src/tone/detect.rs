//! Language detection: a simple, explainable vote of typical letters and function words, that
//! falls back to a language the caller knows (the sheet's or the interface's) when the text does
//! not say clearly.
//!
//! Each bundled rulebook lists letters typical of its language (`ă ș ț` for Romanian, `ł ą ę`
//! for Polish, `é è ç` for French; each occurrence scores 3) and frequent function words (each
//! whole-word occurrence scores 1, also as a part of a hyphenated or elided word: `pouvez-vous`).
//! Letters only count in words that do not start with a capital, so a name (`Zoë`, `Hélène`,
//! `Łukasz`) does not flip the language; all-capital words (`NICIODATĂ`) still count.
//!
//! Only the detection hints are read (from the rulebook JSON), so detecting a language compiles
//! no rulebook: [`super::check_auto`] compiles only the language it picks.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::compile::bundled_json;
use super::lang::Lang;
use super::normalize::{Normalized, normalize_word};
use super::rulebook::DetectHints;

/// How much of a long text is looked at.
const DETECT_CHARS: usize = 10_000;

/// Least evidence for a language to be picked over the fallback.
const MIN_EVIDENCE: u32 = 2;

/// A detected language and how sure the detection is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    /// The language to check the text in.
    pub lang: Lang,
    /// 0 (no evidence, or too close to call) to 1 (clear and plentiful evidence).
    pub confidence: f32,
    /// Whether `lang` is the caller's fallback because the evidence was too weak or mixed.
    pub fell_back: bool,
}

#[derive(Deserialize)]
struct DetectOnly {
    detect: DetectHints,
}

/// The detection hints of every language in one table: each letter and word with the set of
/// languages (a bit per [`Lang::ALL`] index) it points to.
struct Table {
    letters: Vec<(char, u8)>,
    words: HashMap<String, u8>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table {
            letters: Vec::new(),
            words: HashMap::new(),
        };
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            // Invariant: the bundled rulebooks are valid (tested); a broken one detects nothing.
            let hints = serde_json::from_str::<DetectOnly>(bundled_json(lang))
                .map(|d| d.detect)
                .unwrap_or_default();
            let bit = 1u8 << i;
            for c in hints.letters.chars().flat_map(char::to_lowercase) {
                match t.letters.iter_mut().find(|(l, _)| *l == c) {
                    Some((_, mask)) => *mask |= bit,
                    None => t.letters.push((c, bit)),
                }
            }
            for w in hints.words.iter().filter_map(|w| normalize_word(w)) {
                *t.words.entry(w).or_default() |= bit;
            }
        }
        t
    })
}

fn add(scores: &mut [u32; 4], mask: u8, points: u32) {
    for (i, s) in scores.iter_mut().enumerate() {
        if mask & (1 << i) != 0 {
            *s += points;
        }
    }
}

/// The evidence per language, in [`Lang::ALL`] order.
pub fn detect_scores(text: &str) -> [(Lang, u32); 4] {
    let cut = text
        .char_indices()
        .nth(DETECT_CHARS)
        .map_or(text.len(), |(b, _)| b);
    let text = &text[..cut];
    let n = Normalized::new(text);
    let t = table();
    let mut scores = [0u32; 4];
    for w in n.words() {
        let src = &text[w.src_start as usize..w.src_end as usize];
        if !src.is_ascii() {
            let first_upper = src.chars().next().is_some_and(char::is_uppercase);
            let all_caps = first_upper && src.chars().all(|c| !c.is_lowercase());
            if !first_upper || (all_caps && src.chars().count() > 1) {
                for ch in src
                    .chars()
                    .filter(|c| !c.is_ascii())
                    .flat_map(char::to_lowercase)
                {
                    if let Some((_, mask)) = t.letters.iter().find(|(l, _)| *l == ch) {
                        add(&mut scores, *mask, 3);
                    }
                }
            }
        }
        let word = n.word_text(w);
        if let Some(&mask) = t.words.get(word) {
            add(&mut scores, mask, 1);
        } else {
            // The parts of `pouvez-vous`, `n'avez`, `s-a`.
            let soft = n.soft_in(w);
            if !soft.is_empty() {
                let mut from = w.start as usize;
                for b in soft.iter().map(|&b| b as usize).chain([w.end as usize]) {
                    if let Some(&mask) = t.words.get(&n.text()[from..b]) {
                        add(&mut scores, mask, 1);
                    }
                    from = b;
                }
            }
        }
    }
    let mut out = [(Lang::En, 0); 4];
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        out[i] = (lang, scores[i]);
    }
    out
}

/// The language of `text`, or `fallback` when the text is too short or too mixed to say.
///
/// A language is picked only with at least 2 points of evidence, 2 points ahead of the
/// runner-up and half as much again; otherwise the fallback is used (`fell_back`), so a short
/// note in the sheet's language, a name with an accent or a line mixing two languages is
/// checked with the rules the user expects.
pub fn detect_with_fallback(text: &str, fallback: Lang) -> Detection {
    let scores = detect_scores(text);
    let mut ranked = scores;
    // Highest first; on a tie the fallback first, then `Lang::ALL` order.
    ranked.sort_by_key(|&(l, s)| (std::cmp::Reverse(s), l != fallback, l));
    let (best, b) = ranked[0];
    let s = ranked[1].1;
    let fall = Detection {
        lang: fallback,
        confidence: 0.0,
        fell_back: true,
    };
    if b < MIN_EVIDENCE || best == fallback && b == 0 {
        return fall;
    }
    if best != fallback && (b < s + 2 || 2 * b < 3 * s) {
        return fall;
    }
    let margin = (b - s) as f32 / b as f32;
    let amount = (b as f32 / 8.0).min(1.0);
    Detection {
        lang: best,
        confidence: margin * amount,
        fell_back: false,
    }
}

/// The most likely language of `text`; English when there is no clear evidence.
pub fn detect(text: &str) -> Lang {
    detect_with_fallback(text, Lang::En).lang
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_four_languages() {
        assert_eq!(
            detect("Can you help me understand what happened with the invoice?"),
            Lang::En
        );
        assert_eq!(
            detect("Pouvez-vous m'aider à comprendre ce qui s'est passé avec la facture ?"),
            Lang::Fr
        );
        assert_eq!(
            detect("Czy możesz mi pomóc zrozumieć, co się stało z fakturą?"),
            Lang::Pl
        );
        assert_eq!(
            detect("Poți să mă ajuți să înțeleg ce s-a întâmplat cu factura?"),
            Lang::Ro
        );
        assert_eq!(
            detect("Poti sa ma ajuti sa inteleg ce s-a intamplat cu factura?"),
            Lang::Ro
        );
        assert_eq!(
            detect("Czy mozesz mi pomoc zrozumiec, co sie stalo z faktura?"),
            Lang::Pl
        );
        assert_eq!(detect(""), Lang::En);
        assert_eq!(detect("12345 !!!"), Lang::En);
    }

    #[test]
    fn short_texts_and_names_do_not_flip_it() {
        assert_eq!(detect("Hi Zoë, you never answer my emails"), Lang::En);
        assert_eq!(detect("Hélène, can you send the file?"), Lang::En);
        assert_eq!(detect("Facture en retard"), Lang::Fr);
        assert_eq!(detect("Pouvez-vous me rappeler demain ?"), Lang::Fr);
        assert_eq!(detect("Putem vorbi maine?"), Lang::Ro);
        let d = detect_with_fallback("OK", Lang::Pl);
        assert_eq!((d.lang, d.fell_back, d.confidence), (Lang::Pl, true, 0.0));
        let d = detect_with_fallback("Dzień dobry, czy możemy porozmawiać o fakturze?", Lang::En);
        assert_eq!(d.lang, Lang::Pl);
        assert!(!d.fell_back && d.confidence > 0.5, "{d:?}");
        // Mixed: the fallback wins.
        let d = detect_with_fallback("Merci, thanks", Lang::Ro);
        assert!(d.fell_back, "{d:?}");
    }
}
