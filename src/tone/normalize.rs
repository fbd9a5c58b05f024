//! The normalised text the rules match against, with a map back to the original.
//!
//! Normalising folds case, strips diacritics (`să` → `sa`, `zapłacić` → `zaplacic`), joins words
//! split by an inner apostrophe or hyphen (`don't` → `dont`, `est-il` → `estil`) while
//! remembering the join as a *soft boundary*, and collapses every other run of non-word
//! characters into one separator: a space inside a sentence, a line feed between sentences, so
//! a phrase never matches across a sentence end.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Bytes per checkpoint of the byte-to-char map.
const CHAR_BLOCK: usize = 16;

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Separator between words of the same sentence.
pub const WORD_SEP: u8 = b' ';
/// Separator between words of different sentences.
pub const SENTENCE_SEP: u8 = b'\n';

/// One word of the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// Start byte in the normalised text.
    pub start: u32,
    /// End byte (exclusive) in the normalised text.
    pub end: u32,
    /// Whether the word starts a sentence (first word, or after `. ! ? ; : …` or a line break).
    pub sentence_start: bool,
}

/// A normalised text and the way back to the original.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    text: String,
    /// Char counts at every [`CHAR_BLOCK`]-th byte of the original, to turn bytes into chars.
    char_marks: Vec<u32>,
    /// Per normalised byte: the original byte index of that char.
    src_byte: Vec<u32>,
    /// Sorted normalised byte offsets where an apostrophe or hyphen was removed.
    soft: Vec<u32>,
    words: Vec<Word>,
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' | '\u{2032}' | '\u{02BB}'
    )
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn ends_sentence(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | ';'
            | ':'
            | '\u{2026}'
            | '\n'
            | '\r'
            | '\u{FF01}'
            | '\u{FF1F}'
            | '\u{3002}'
    )
}

/// Appends the folded form of a word character.
fn fold_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let special = match c {
        'ł' | 'Ł' => "l",
        'ß' | 'ẞ' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ø' | 'Ø' => "o",
        'đ' | 'Đ' => "d",
        'ı' => "i",
        'ħ' | 'Ħ' => "h",
        _ => "",
    };
    if !special.is_empty() {
        out.push_str(special);
        return;
    }
    for lower in c.to_lowercase() {
        decompose_compatible(lower, |d| {
            if !is_combining_mark(d) {
                for l in d.to_lowercase() {
                    out.push(l);
                }
            }
        });
    }
}

impl Normalized {
    /// Normalises `text`.
    pub fn new(text: &str) -> Self {
        let mut n = Normalized {
            text: String::with_capacity(text.len()),
            char_marks: Vec::with_capacity(text.len() / CHAR_BLOCK + 1),
            src_byte: Vec::with_capacity(text.len()),
            soft: Vec::new(),
            words: Vec::new(),
        };
        let mut in_word = false;
        let mut pending_sentence = true;
        let mut prev_word_char = false;
        let mut chars = text.char_indices().peekable();
        while let Some((bi, c)) = chars.next() {
            let word_char = if c.is_ascii() {
                c.is_ascii_alphanumeric()
            } else if is_combining_mark(c) || c == '\u{00AD}' || c == '\u{200D}' {
                // Diacritics typed as separate marks, soft hyphens, joiners: part of the word.
                continue;
            } else {
                c.is_alphanumeric()
            };
            if word_char {
                if !in_word {
                    if !n.words.is_empty() {
                        let sep = if pending_sentence {
                            SENTENCE_SEP
                        } else {
                            WORD_SEP
                        };
                        n.push_byte(sep, bi);
                    }
                    n.words.push(Word {
                        start: n.text.len() as u32,
                        end: 0,
                        sentence_start: pending_sentence,
                    });
                    pending_sentence = false;
                    in_word = true;
                }
                if c.is_ascii() {
                    n.push_byte(c.to_ascii_lowercase() as u8, bi);
                } else {
                    let before = n.text.len();
                    fold_into(c, &mut n.text);
                    for _ in before..n.text.len() {
                        n.src_byte.push(bi as u32);
                    }
                }
                prev_word_char = true;
                continue;
            }
            if prev_word_char
                && (is_apostrophe(c) || is_hyphen(c))
                && chars.peek().is_some_and(|(_, d)| d.is_alphanumeric())
            {
                let at = n.text.len() as u32;
                if n.soft.last() != Some(&at) {
                    n.soft.push(at);
                }
                prev_word_char = false;
                continue;
            }
            if in_word {
                n.close_word();
                in_word = false;
            }
            prev_word_char = false;
            if ends_sentence(c) {
                pending_sentence = true;
            }
        }
        if in_word {
            n.close_word();
        }
        let mut chars_before = 0u32;
        for block in text.as_bytes().chunks(CHAR_BLOCK) {
            n.char_marks.push(chars_before);
            chars_before += block.iter().filter(|&&b| !is_continuation(b)).count() as u32;
        }
        n
    }

    /// The char offset of an original byte offset (on a char boundary).
    fn char_of(&self, original: &str, byte: usize) -> usize {
        let block = byte / CHAR_BLOCK;
        let Some(&mark) = self.char_marks.get(block) else {
            return original.chars().count();
        };
        let from = block * CHAR_BLOCK;
        let within = original.as_bytes()[from..byte]
            .iter()
            .filter(|&&b| !is_continuation(b));
        mark as usize + within.count()
    }

    fn push_byte(&mut self, b: u8, bi: usize) {
        self.text.push(b as char);
        self.src_byte.push(bi as u32);
    }

    fn close_word(&mut self) {
        let end = self.text.len() as u32;
        if let Some(w) = self.words.last_mut() {
            w.end = end;
        }
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

    /// Original byte offset of the char that normalised byte `at` came from.
    pub fn src_byte(&self, at: usize) -> usize {
        self.src_byte[at] as usize
    }

    /// Whether an apostrophe or hyphen was removed at this normalised byte offset.
    pub fn is_soft(&self, at: usize) -> bool {
        self.soft.binary_search(&(at as u32)).is_ok()
    }

    /// Soft boundaries strictly inside `w`.
    pub fn soft_in(&self, w: &Word) -> &[u32] {
        let lo = self.soft.partition_point(|&s| s <= w.start);
        let hi = self.soft.partition_point(|&s| s < w.end);
        &self.soft[lo..hi]
    }

    /// Index of the word containing normalised byte `at`, if any.
    pub fn word_at(&self, at: usize) -> Option<usize> {
        let at = at as u32;
        let i = self.words.partition_point(|w| w.start <= at);
        let i = i.checked_sub(1)?;
        (at < self.words[i].end).then_some(i)
    }

    /// Original (start char, end char, start byte, end byte) of normalised bytes `start..end`.
    ///
    /// `start < end <= text().len()` must hold.
    pub fn original_span(
        &self,
        original: &str,
        start: usize,
        end: usize,
    ) -> (usize, usize, usize, usize) {
        // A word can normalise to nothing (a lone combining mark): give it an empty span.
        if end <= start || end > self.src_byte.len() {
            let bs = self
                .src_byte
                .get(start)
                .map_or(original.len(), |b| *b as usize);
            let cs = self.char_of(original, bs);
            return (cs, cs, bs, bs);
        }
        let bs = self.src_byte[start] as usize;
        let last = self.src_byte[end - 1] as usize;
        let be = last + original[last..].chars().next().map_or(0, char::len_utf8);
        let cs = self.char_of(original, bs);
        let ce = self.char_of(original, last) + 1;
        (cs, ce, bs, be)
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
        let (cs, ce, bs, be) = n.original_span(text, 3, 8);
        assert_eq!((cs, ce), (6, 11));
        assert_eq!(&text[bs..be], "NEVER");
        let (cs, ce, _, _) = n.original_span(text, 0, 2);
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
