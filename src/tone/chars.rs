//! What a character is to the checker: how it folds (case, diacritics, a few letters by hand),
//! whether it joins or ends words and sentences, and how to count chars in UTF-8 bytes fast.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// How many chars start in a run of UTF-8 bytes (every byte but the `10xxxxxx` continuations),
/// eight bytes at a time.
pub(super) fn chars_in(bytes: &[u8]) -> u32 {
    const LOW: u64 = 0x0101_0101_0101_0101;
    let mut words = bytes.chunks_exact(8);
    let mut continuations = 0;
    for w in &mut words {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(w);
        let x = u64::from_le_bytes(eight);
        continuations += ((x >> 7) & !(x >> 6) & LOW).count_ones();
    }
    continuations += words
        .remainder()
        .iter()
        .filter(|&&b| is_continuation(b))
        .count() as u32;
    bytes.len() as u32 - continuations
}

/// Whether a UTF-8 byte continues a char (`10xxxxxx`).
pub(super) fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Apostrophes, straight, curly and look-alike: inside a word they join it (`don't`).
pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' | '\u{2032}' | '\u{02BB}'
    )
}

/// Hyphens that join a word inside it (`est-il`).
pub(super) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Punctuation and line breaks after which a new sentence starts.
pub(super) fn ends_sentence(c: char) -> bool {
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

/// Characters that belong to the word around them without adding anything to it: diacritics
/// typed as separate marks, soft hyphens, joiners.
pub(super) fn is_silent_in_word(c: char) -> bool {
    is_combining_mark(c) || c == '\u{00AD}' || c == '\u{200D}'
}

/// First and last char of the range whose folded forms are kept in a table: Latin-1 and
/// Latin Extended-A and -B, which covers the French, Polish and Romanian letters.
const TABLE_FIRST: u32 = 0x00C0;
const TABLE_LAST: u32 = 0x024F;

/// Folded forms of the chars in the table range, computed once by [`fold_slow`].
fn fold_table() -> &'static [String] {
    static TABLE: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (TABLE_FIRST..=TABLE_LAST)
            .map(|u| {
                let mut s = String::new();
                if let Some(c) = char::from_u32(u) {
                    fold_slow(c, &mut s);
                }
                s
            })
            .collect()
    })
}

/// Appends the folded form of a non-ASCII word character.
pub(super) fn fold_into(c: char, out: &mut String) {
    let u = c as u32;
    if (TABLE_FIRST..=TABLE_LAST).contains(&u) {
        out.push_str(&fold_table()[(u - TABLE_FIRST) as usize]);
    } else {
        fold_slow(c, out);
    }
}

/// Folds one char: a few letters by hand, the rest lower-cased and stripped of diacritics.
fn fold_slow(c: char, out: &mut String) {
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

/// How many normalised bytes a character inside a word turns into.
pub(super) fn folded_len(c: char, scratch: &mut String) -> usize {
    if c.is_ascii() {
        return usize::from(c.is_ascii_alphanumeric());
    }
    if is_silent_in_word(c) || !c.is_alphanumeric() {
        return 0;
    }
    scratch.clear();
    fold_into(c, scratch);
    scratch.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_chars_eight_bytes_at_a_time() {
        for text in [
            "",
            "abc",
            "zażółć gęślą jaźń 🙂 — ok",
            "🙂🙂🙂🙂🙂🙂🙂🙂🙂",
            "ăîșțâ ĂÎȘȚÂ x",
        ] {
            for cut in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let bytes = &text.as_bytes()[..cut];
                assert_eq!(
                    chars_in(bytes) as usize,
                    text[..cut].chars().count(),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn the_fold_table_agrees_with_folding_each_char() {
        for u in TABLE_FIRST..=TABLE_LAST {
            let c = char::from_u32(u).unwrap();
            let (mut fast, mut slow) = (String::new(), String::new());
            fold_into(c, &mut fast);
            fold_slow(c, &mut slow);
            assert_eq!(fast, slow, "{c:?}");
        }
    }
}
