//! Smiles, found from the shape of the text: emoticons and smiling emoji.

use super::structural::Span;

pub(crate) fn is_smiley_emoji(c: char) -> bool {
    // ☺ ❤ 😀-😊 😍 😌 🙂 🤗 👍 🙏 🤝 🥰 👋
    matches!(
        c as u32,
        0x263A | 0x2764 | 0x1F600
            ..=0x1F60A
                | 0x1F60C
                | 0x1F60D
                | 0x1F642
                | 0x1F917
                | 0x1F44D
                | 0x1F64F
                | 0x1F91D
                | 0x1F970
                | 0x1F44B
    )
}

/// Smiling emoticons (`:)`, `:-)`, `;)`, `:D`, `=)`, `:]`, `:P`, `^^`) and emoji, looked for at
/// the candidate positions (char, byte) found by `Shape::new`.
pub(crate) fn smileys(text: &str, candidates: &[(usize, usize)]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut next_free = 0;
    for &(ci, bi) in candidates {
        if ci < next_free {
            continue; // inside the previous smiley ("^^")
        }
        let Some(c) = text[bi..].chars().next() else {
            continue;
        };
        let emoji = is_smiley_emoji(c);
        let rest = &text[bi + c.len_utf8()..];
        let len = if emoji {
            1
        } else if matches!(c, ':' | ';' | '=') {
            let mut after = rest.chars();
            let first = after.next();
            let (nose, mouth) = if first == Some('-') {
                (1, after.next())
            } else {
                (0, first)
            };
            if matches!(mouth, Some(')' | 'D' | ']' | 'P' | 'p' | '3')) {
                2 + nose
            } else {
                0
            }
        } else if c == '^' && rest.starts_with('^') {
            2
        } else {
            0
        };
        if len == 0 {
            continue;
        }
        // An emoticon glued to a word ("Re:Design", "note:P1") is punctuation, not a smile.
        let byte_len = if emoji { c.len_utf8() } else { len };
        let before = text[..bi].chars().next_back();
        let last = text[bi..bi + byte_len].chars().next_back();
        let next = text[bi + byte_len..].chars().next();
        let letter_mouth = last.is_some_and(char::is_alphanumeric);
        let glued = !emoji
            && (next.is_some_and(char::is_alphanumeric)
                || (letter_mouth && before.is_some_and(char::is_alphanumeric)));
        if !glued {
            out.push(Span {
                start: ci,
                end: ci + len,
                byte_start: bi,
                byte_end: bi + byte_len,
            });
            next_free = ci + len;
        }
    }
    out
}
