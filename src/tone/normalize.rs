//! The normalised text the rules match against, with a map back to the original.
//!
//! Normalising folds case, strips diacritics (`să` → `sa`, `zapłacić` → `zaplacic`), joins words
//! split by an inner apostrophe or hyphen (`don't` → `dont`, `est-il` → `estil`) while
//! remembering the join as a *soft boundary*, and collapses every other run of non-word
//! characters into one separator: a space inside a sentence, a line feed between sentences, so
//! a phrase never matches across a sentence end.

use unicode_normalization::char::is_combining_mark;

use super::chars::{
    chars_in, ends_sentence, fold_into, folded_len, is_apostrophe, is_hyphen, is_silent_in_word,
};

/// Bytes per checkpoint of the byte-to-char map.
const CHAR_BLOCK: usize = 32;

/// Separator between words of the same sentence.
pub(super) const WORD_SEP: u8 = b' ';
/// Separator between words of different sentences.
pub(super) const SENTENCE_SEP: u8 = b'\n';

/// One word of the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// Start byte in the normalised text.
    pub start: u32,
    /// End byte (exclusive) in the normalised text.
    pub end: u32,
    /// Start byte in the original text.
    pub src_start: u32,
    /// End byte (exclusive) in the original text, marks typed after the last letter included.
    pub src_end: u32,
    /// Whether the word starts a sentence (first word, or after `. ! ? ; : …` or a line break).
    pub sentence_start: bool,
}

/// A normalised text and the way back to the original.
///
/// The way back is kept per word (its original byte range); an offset inside a word is found
/// by folding that word's characters again, which is cheap because only matches ask for it.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    text: String,
    /// Char counts at every [`CHAR_BLOCK`]-th byte of the original, to turn bytes into chars.
    char_marks: Vec<u32>,
    /// Sorted normalised byte offsets where an apostrophe or hyphen was removed.
    soft: Vec<u32>,
    /// The same offsets as a bit set, for constant-time [`Normalized::is_soft`].
    soft_bits: Vec<u64>,
    words: Vec<Word>,
}

impl Normalized {
    /// Normalises `text`.
    pub fn new(text: &str) -> Self {
        let mut n = Normalized {
            text: String::with_capacity(text.len()),
            char_marks: Vec::with_capacity(text.len() / CHAR_BLOCK + 1),
            soft: Vec::new(),
            soft_bits: Vec::new(),
            words: Vec::with_capacity(text.len() / 6),
        };
        let bytes = text.as_bytes();
        let mut in_word = false;
        let mut pending_sentence = true;
        let mut prev_word_char = false;
        let mut bi = 0;
        while bi < bytes.len() {
            let b = bytes[bi];
            if b.is_ascii_alphanumeric() {
                if !in_word {
                    n.open_word(bi, pending_sentence);
                    pending_sentence = false;
                    in_word = true;
                }
                // A run of ASCII letters and digits is copied and lower-cased in one go.
                let run = bytes[bi..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .unwrap_or(bytes.len() - bi);
                let at = n.text.len();
                n.text.push_str(&text[bi..bi + run]);
                n.text[at..].make_ascii_lowercase();
                prev_word_char = true;
                bi += run;
                continue;
            }
            let c = if b.is_ascii() {
                char::from(b)
            } else {
                // `bi` is always on a char boundary: it only ever advances by whole chars.
                text[bi..].chars().next().unwrap_or('\u{FFFD}')
            };
            let next = bi + c.len_utf8();
            if !c.is_ascii() {
                if is_silent_in_word(c) {
                    bi = next;
                    continue;
                }
                if c.is_alphanumeric() {
                    if !in_word {
                        n.open_word(bi, pending_sentence);
                        pending_sentence = false;
                        in_word = true;
                    }
                    fold_into(c, &mut n.text);
                    prev_word_char = true;
                    bi = next;
                    continue;
                }
            }
            if prev_word_char
                && (is_apostrophe(c) || is_hyphen(c))
                && text[next..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
            {
                n.mark_soft(n.text.len());
                prev_word_char = false;
                bi = next;
                continue;
            }
            if in_word {
                n.close_word(bi);
                in_word = false;
            }
            prev_word_char = false;
            if ends_sentence(c) {
                pending_sentence = true;
            }
            bi = next;
        }
        if in_word {
            n.close_word(bytes.len());
        }
        let mut chars_before = 0u32;
        for block in bytes.chunks(CHAR_BLOCK) {
            n.char_marks.push(chars_before);
            chars_before += chars_in(block);
        }
        n
    }

    fn open_word(&mut self, src: usize, sentence_start: bool) {
        if !self.words.is_empty() {
            let sep = if sentence_start {
                SENTENCE_SEP
            } else {
                WORD_SEP
            };
            self.text.push(char::from(sep));
        }
        self.words.push(Word {
            start: self.text.len() as u32,
            end: 0,
            src_start: src as u32,
            src_end: 0,
            sentence_start,
        });
    }

    fn close_word(&mut self, src: usize) {
        let end = self.text.len() as u32;
        if let Some(w) = self.words.last_mut() {
            w.end = end;
            w.src_end = src as u32;
        }
    }

    fn mark_soft(&mut self, at: usize) {
        if self.soft.last() == Some(&(at as u32)) {
            return;
        }
        self.soft.push(at as u32);
        let (word, bit) = (at / 64, at % 64);
        if self.soft_bits.len() <= word {
            self.soft_bits.resize(word + 1, 0);
        }
        self.soft_bits[word] |= 1 << bit;
    }

    /// The char offset of an original byte offset (on a char boundary).
    pub(crate) fn char_of(&self, original: &str, byte: usize) -> usize {
        let block = byte / CHAR_BLOCK;
        let Some(&mark) = self.char_marks.get(block) else {
            return original.chars().count();
        };
        let from = block * CHAR_BLOCK;
        mark as usize + chars_in(&original.as_bytes()[from..byte]) as usize
    }

    /// The normalised text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The words, in order.
    pub fn words(&self) -> &[Word] {
        &self.words
    }

    /// The normalised text of a word.
    pub fn word_text(&self, w: &Word) -> &str {
        &self.text[w.start as usize..w.end as usize]
    }

    /// Whether an apostrophe or hyphen was removed at this normalised byte offset.
    pub fn is_soft(&self, at: usize) -> bool {
        self.soft_bits
            .get(at / 64)
            .is_some_and(|bits| bits & (1 << (at % 64)) != 0)
    }

    /// Soft boundaries strictly inside `w`.
    pub fn soft_in(&self, w: &Word) -> &[u32] {
        if self.soft.is_empty() {
            return &[];
        }
        let lo = self.soft.partition_point(|&s| s <= w.start);
        let hi = self.soft.partition_point(|&s| s < w.end);
        &self.soft[lo..hi]
    }

    /// Original byte offset of normalised byte `at` of word `wi`, as the start of a span
    /// (`end == false`: where the char that made byte `at` begins) or as its end (`end == true`:
    /// where the char that made byte `at - 1` ends).
    fn src_of(&self, original: &str, wi: usize, at: usize, end: bool) -> usize {
        let Some(w) = self.words.get(wi) else {
            return original.len();
        };
        let (start, stop) = (w.start as usize, w.end as usize);
        if at <= start {
            return w.src_start as usize;
        }
        if at >= stop {
            return w.src_end as usize;
        }
        let src = &original[w.src_start as usize..w.src_end as usize];
        let target = at - start;
        let mut made = 0;
        let mut scratch = String::new();
        for (off, c) in src.char_indices() {
            let len = folded_len(c, &mut scratch);
            if len == 0 {
                continue;
            }
            if end && made < target && target <= made + len {
                return w.src_start as usize + off + c.len_utf8();
            }
            if !end && made <= target && target < made + len {
                return w.src_start as usize + off;
            }
            made += len;
        }
        w.src_end as usize
    }

    /// Original (start char, end char, start byte, end byte) of normalised bytes
    /// `start..end`, where `start` lies in word `first` and `end` in word `last` (as their end
    /// or inside them). A word that normalised to nothing (a lone combining mark) gives an
    /// empty span.
    pub fn span_in_words(
        &self,
        original: &str,
        (start, first): (usize, usize),
        (end, last): (usize, usize),
    ) -> (usize, usize, usize, usize) {
        let bs = self.src_of(original, first, start, false);
        let be = self.src_of(original, last, end, true).max(bs);
        (
            self.char_of(original, bs),
            self.char_of(original, be),
            bs,
            be,
        )
    }
}

/// Normalises one pattern word (or detection word); `None` if it is not a single word.
pub fn normalize_word(word: &str) -> Option<String> {
    let allowed =
        |c: char| c.is_alphanumeric() || is_combining_mark(c) || is_apostrophe(c) || is_hyphen(c);
    let starts_ok = word.chars().next().is_some_and(char::is_alphanumeric);
    let ends_ok = word
        .chars()
        .last()
        .is_some_and(|c| !is_apostrophe(c) && !is_hyphen(c));
    if !word.chars().all(allowed) || !starts_ok || !ends_ok {
        return None;
    }
    let n = Normalized::new(word);
    match n.words() {
        [w] if n.word_text(w).len() == n.text().len() => Some(n.text),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_quotes() {
        let n = Normalized::new("Să ZAPŁACIĆ, don’t l'argent est-il");
        assert_eq!(n.text(), "sa zaplacic dont largent estil");
        assert!(n.is_soft("sa zaplacic don".len()));
        assert!(n.is_soft("sa zaplacic dont l".len()));
    }

    #[test]
    fn sentences_get_their_own_separator() {
        let n = Normalized::new("Hi. Why? ok -- fine");
        assert_eq!(n.text(), "hi\nwhy\nok fine");
        let starts: Vec<bool> = n.words().iter().map(|w| w.sentence_start).collect();
        assert_eq!(starts, vec![true, true, true, false]);
    }

    #[test]
    fn decomposed_marks_stay_in_the_word() {
        let n = Normalized::new("sa\u{0306}la\u{0306}");
        assert_eq!(n.text(), "sala");
        assert_eq!(n.words().len(), 1);
    }

    #[test]
    fn maps_back_to_char_offsets() {
        let text = "🙂 Ça, NEVER";
        let n = Normalized::new(text);
        assert_eq!(n.text(), "ca never");
        let (cs, ce, bs, be) = n.span_in_words(text, (3, 1), (8, 1));
        assert_eq!((cs, ce), (6, 11));
        assert_eq!(&text[bs..be], "NEVER");
        let (cs, ce, _, _) = n.span_in_words(text, (0, 0), (2, 0));
        assert_eq!((cs, ce), (2, 4));
    }

    #[test]
    fn pattern_words() {
        assert_eq!(normalize_word("Don't").as_deref(), Some("dont"));
        assert_eq!(normalize_word("zapłac").as_deref(), Some("zaplac"));
        assert_eq!(normalize_word("a,b"), None);
        assert_eq!(normalize_word("a b"), None);
        assert_eq!(normalize_word("why?"), None);
        assert_eq!(normalize_word("'em"), None);
    }
}
