//! Language detection: a simple, explainable vote of typical letters and function words.
//!
//! Each bundled rulebook lists letters typical of its language (`ă ș ț` for Romanian, `ł ą ę`
//! for Polish, `é è ç` for French; each occurrence scores 3) and frequent function words (each
//! whole-word occurrence scores 1). The highest score wins; a tie or no evidence means English.

use super::compile::compiled;
use super::lang::Lang;
use super::normalize::Normalized;

/// How much of a long text is looked at.
const DETECT_CHARS: usize = 10_000;

/// The evidence per language, in [`Lang::ALL`] order.
pub fn detect_scores(text: &str) -> [(Lang, u32); 4] {
    let cut = text
        .char_indices()
        .nth(DETECT_CHARS)
        .map_or(text.len(), |(b, _)| b);
    let text = &text[..cut];
    let n = Normalized::new(text);
    Lang::ALL.map(|lang| {
        let c = compiled(lang);
        let mut score = 0u32;
        for ch in text.chars().flat_map(char::to_lowercase) {
            if c.detect_letters.contains(&ch) {
                score += 3;
            }
        }
        for w in n.words() {
            if c.detect_words.contains(n.word_text(w)) {
                score += 1;
            }
        }
        (lang, score)
    })
}

/// The most likely language of `text`; English when there is no evidence or a tie with it.
pub fn detect(text: &str) -> Lang {
    let scores = detect_scores(text);
    let mut best = (Lang::En, 0);
    for (lang, score) in scores {
        if score > best.1 {
            best = (lang, score);
        }
    }
    best.0
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
}
