//! Shouting detected from the shape of the text: capitals and punctuation runs, no word list.

use super::normalize::Normalized;
use super::rulebook::StructuralKind;
use super::smiley::{is_smiley_emoji, smileys};

/// A structural match in original character and byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    /// Start char.
    pub start: usize,
    /// End char (exclusive).
    pub end: usize,
    /// Start byte.
    pub byte_start: usize,
    /// End byte (exclusive).
    pub byte_end: usize,
}

/// Shortest run of consecutive capital words that counts as shouting.
const CAPS_RUN: usize = 3;

/// What one pass over the text learns, shared by all structural rules of a check.
pub(crate) struct Shape {
    /// Runs of `!`/`?`, with what they contain.
    runs: Vec<(Span, Punct)>,
    /// Upper- and lower-case letters in the whole text.
    cases: (usize, usize),
    /// Where a smiley may start (char, byte): `:` `;` `=` `^` and smiling emoji.
    smiley_at: Vec<(usize, usize)>,
    /// Eye-roll and annoyed emoji.
    eye_rolls: Vec<Span>,
}

impl Shape {
    /// Scans `text` once: letter cases, smiley candidates and `!`/`?` runs.
    ///
    /// ASCII letters are counted in a pass of their own; the loop only stops at bytes that can
    /// matter (`! ? : ; = ^` and non-ASCII chars), and char offsets come from `n`.
    pub(crate) fn new(text: &str, n: &Normalized) -> Self {
        let bytes = text.as_bytes();
        let mut shape = Shape {
            runs: Vec::new(),
            cases: ascii_cases(bytes),
            smiley_at: Vec::new(),
            eye_rolls: Vec::new(),
        };
        let notable =
            |b: &u8| !b.is_ascii() || matches!(b, b'!' | b'?' | b':' | b';' | b'=' | b'^');
        let mut cur: Option<(Span, Punct)> = None;
        let mut bi = 0;
        while let Some(skipped) = bytes[bi..].iter().position(notable) {
            if skipped > 0 {
                shape.runs.extend(cur.take());
            }
            bi += skipped;
            // `bi` is on a char boundary: it stops on ASCII bytes and lead bytes only.
            let c = text[bi..].chars().next().unwrap_or('\u{FFFD}');
            let len = c.len_utf8();
            if !c.is_ascii() {
                shape.cases.0 += usize::from(c.is_uppercase());
                shape.cases.1 += usize::from(c.is_lowercase());
            }
            if is_eye_roll(c) {
                let ci = n.char_of(text, bi);
                shape.eye_rolls.push(Span {
                    start: ci,
                    end: ci + 1,
                    byte_start: bi,
                    byte_end: bi + len,
                });
            }
            if matches!(c, ':' | ';' | '=' | '^') || is_smiley_emoji(c) {
                shape.smiley_at.push((n.char_of(text, bi), bi));
            }
            match punct_kind(c) {
                None => shape.runs.extend(cur.take()),
                Some(kind) => {
                    let (span, p) = cur.get_or_insert_with(|| {
                        let ci = n.char_of(text, bi);
                        let span = Span {
                            start: ci,
                            end: ci,
                            byte_start: bi,
                            byte_end: bi,
                        };
                        (span, Punct::default())
                    });
                    span.end += 1;
                    span.byte_end = bi + len;
                    match kind {
                        0 => p.bangs += 1,
                        1 => p.questions += 1,
                        _ => p.interrobang = true,
                    }
                }
            }
            bi += len;
        }
        shape.runs.extend(cur);
        shape
    }
}

/// Upper- and lower-case ASCII letters in `bytes`, counted in blocks small enough for byte
/// counters, which the compiler turns into vector instructions.
fn ascii_cases(bytes: &[u8]) -> (usize, usize) {
    let (mut upper, mut lower) = (0, 0);
    for block in bytes.chunks(255) {
        let (mut u, mut l) = (0u8, 0u8);
        for &b in block {
            u += u8::from(b.wrapping_sub(b'A') < 26);
            l += u8::from(b.wrapping_sub(b'a') < 26);
        }
        upper += usize::from(u);
        lower += usize::from(l);
    }
    (upper, lower)
}

/// 0 for `!`, 1 for `?`, 2 for an interrobang, `None` otherwise.
fn punct_kind(c: char) -> Option<u8> {
    match c {
        '!' | '\u{FF01}' | '\u{00A1}' => Some(0),
        '?' | '\u{FF1F}' | '\u{00BF}' => Some(1),
        '\u{203D}' | '\u{2048}' | '\u{2049}' => Some(2),
        _ => None,
    }
}

/// Where a structural detector fires in `text`.
pub(crate) fn detect(
    text: &str,
    n: &Normalized,
    shape: &Shape,
    kind: StructuralKind,
    min: u32,
) -> Vec<Span> {
    let min = min as usize;
    let runs = |keep: &dyn Fn(&Punct) -> bool| -> Vec<Span> {
        shape
            .runs
            .iter()
            .filter(|(_, p)| keep(p))
            .map(|(s, _)| *s)
            .collect()
    };
    match kind {
        StructuralKind::CapsWord if shape.cases.0 > 0 => caps_words(text, n, min),
        StructuralKind::CapsRun if shape.cases.0 > 0 => {
            // Runs only: a single word cannot reach `usize::MAX` capitals.
            caps_words(text, n, usize::MAX)
        }
        StructuralKind::CapsText => caps_text(text, shape.cases, min).into_iter().collect(),
        StructuralKind::ExclamationRun => {
            runs(&|c| c.bangs >= min && c.questions == 0 && !c.interrobang)
        }
        StructuralKind::Interrobang => runs(&|c| c.interrobang || (c.bangs > 0 && c.questions > 0)),
        StructuralKind::QuestionRun => {
            runs(&|c| c.questions >= min && c.bangs == 0 && !c.interrobang)
        }
        StructuralKind::Smiley => smileys(text, &shape.smiley_at),
        StructuralKind::EyeRoll => shape.eye_rolls.clone(),
        StructuralKind::ScareQuotes => scare_quotes(text, n),
        StructuralKind::CapsWord | StructuralKind::CapsRun | StructuralKind::Learned => Vec::new(),
    }
}

/// 🙄 😒 😤 🤦 😑 🤨 😠 😡 🖕 😾 🤬
fn is_eye_roll(c: char) -> bool {
    matches!(
        c as u32,
        0x1F644
            | 0x1F612
            | 0x1F624
            | 0x1F926
            | 0x1F611
            | 0x1F928
            | 0x1F620
            | 0x1F621
            | 0x1F595
            | 0x1F63E
            | 0x1F92C
    )
}

fn is_open_quote(c: char) -> bool {
    matches!(
        c,
        '\'' | '"' | '\u{2018}' | '\u{201C}' | '\u{00AB}' | '\u{201E}' | '\u{2039}' | '\u{201A}'
    )
}

fn is_close_quote(c: char) -> bool {
    matches!(
        c,
        '\'' | '"' | '\u{2019}' | '\u{201D}' | '\u{00BB}' | '\u{203A}' | '\u{201C}'
    )
}

/// Longest quoted word counted as scare quotes, in chars.
const SCARE_MAX: usize = 24;

/// One lower-case word in quotes, in the middle of a sentence: `thanks for 'forgetting' to`,
/// `votre « urgence »`. A quote after `:` (reported speech), a capitalised word (a page or
/// product name) or several words (a quotation) do not count.
fn scare_quotes(text: &str, n: &Normalized) -> Vec<Span> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(off) = bytes[from..]
        .iter()
        .position(|&b| b == b'\'' || b == b'"' || b >= 0xC2)
    {
        let at = from + off;
        let Some(open) = text[at..].chars().next() else {
            break;
        };
        from = at + open.len_utf8();
        if !is_open_quote(open) {
            continue;
        }
        // Before: a space after a word of the same sentence.
        let before = text[..at].trim_end_matches([' ', '\u{a0}', '\u{202f}']);
        if before.len() == at {
            continue;
        }
        let Some(prev) = before.chars().last() else {
            continue;
        };
        if !(prev.is_alphanumeric() || prev == ',') {
            continue;
        }
        // Inside: optional space (French), one word starting lower-case, optional space.
        let rest = &text[from..];
        let inner_start = rest.len() - rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']).len();
        let word_part = &rest[inner_start..];
        let Some(first) = word_part.chars().next() else {
            continue;
        };
        if !first.is_lowercase() {
            continue;
        }
        let mut len = 0;
        let mut close_at = None;
        let mut chars = word_part.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            len += 1;
            if len > SCARE_MAX {
                break;
            }
            if c.is_alphabetic() {
                continue;
            }
            let next = chars.peek().map(|&(_, c)| c);
            if is_close_quote(c) && !next.is_some_and(char::is_alphabetic) {
                close_at = Some((i, c));
                break;
            }
            if matches!(c, '\'' | '\u{2019}' | '-') && next.is_some_and(char::is_alphabetic) {
                continue;
            }
            if matches!(c, ' ' | '\u{a0}' | '\u{202f}')
                && chars
                    .peek()
                    .is_some_and(|&(_, c)| is_close_quote(c) && c != '\'')
            {
                continue;
            }
            break;
        }
        let Some((i, close)) = close_at else {
            continue;
        };
        let end = from + inner_start + i + close.len_utf8();
        let start_c = n.char_of(text, at);
        out.push(Span {
            start: start_c,
            end: n.char_of(text, end),
            byte_start: at,
            byte_end: end,
        });
        from = end;
    }
    out
}

/// Upper- and lower-case letters in a string.
fn case_counts(s: &str) -> (usize, usize) {
    s.chars().fold((0, 0), |(u, l), c| {
        (
            u + usize::from(c.is_uppercase()),
            l + usize::from(c.is_lowercase()),
        )
    })
}

fn caps_words(text: &str, n: &Normalized, min: usize) -> Vec<Span> {
    let mut out = Vec::new();
    // (first span, last span, capital words in the run)
    let mut run: Option<(Span, Span, usize)> = None;
    let flush = |run: &mut Option<(Span, Span, usize)>, out: &mut Vec<Span>| {
        if let Some((a, b, count)) = run.take()
            && count >= CAPS_RUN
        {
            out.push(Span {
                start: a.start,
                end: b.end,
                byte_start: a.byte_start,
                byte_end: b.byte_end,
            });
        }
    };
    for (wi, w) in n.words().iter().enumerate() {
        if w.sentence_start {
            flush(&mut run, &mut out);
        }
        if w.end <= w.start {
            continue;
        }
        // Cheap rejection first: an all-capitals word starts with a capital.
        let first = text[w.src_start as usize..].chars().next();
        if !first.is_some_and(char::is_uppercase) {
            flush(&mut run, &mut out);
            continue;
        }
        let (start, end, bs, be) =
            n.span_in_words(text, (w.start as usize, wi), (w.end as usize, wi));
        let span = Span {
            start,
            end,
            byte_start: bs,
            byte_end: be,
        };
        let (upper, lower) = case_counts(&text[bs..be]);
        if lower > 0 || upper == 0 {
            flush(&mut run, &mut out);
            continue;
        }
        if upper >= min {
            out.push(span);
        }
        if upper < 2 {
            // "I", "A": neither shouting nor a break in a run.
            continue;
        }
        run = Some(match run {
            Some((a, _, count)) => (a, span, count + 1),
            None => (span, span, 1),
        });
    }
    flush(&mut run, &mut out);
    out
}

fn caps_text(text: &str, (upper, lower): (usize, usize), min: usize) -> Option<Span> {
    if upper < min || upper * 10 < (upper + lower) * 7 {
        return None;
    }
    let mut first = None;
    let mut last = None;
    for (ci, (bi, c)) in text.char_indices().enumerate() {
        if c.is_uppercase() {
            first.get_or_insert((ci, bi));
            last = Some((ci, bi + c.len_utf8()));
        }
    }
    let ((start, byte_start), (end_ci, byte_end)) = (first?, last?);
    Some(Span {
        start,
        end: end_ci + 1,
        byte_start,
        byte_end,
    })
}

/// What a punctuation run contains.
#[derive(Debug, Default, Clone, Copy)]
struct Punct {
    bangs: usize,
    questions: usize,
    interrobang: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str, kind: StructuralKind, min: u32) -> Vec<(usize, usize)> {
        let n = Normalized::new(text);
        detect(text, &n, &Shape::new(text, &n), kind, min)
            .iter()
            .map(|s| (s.start, s.end))
            .collect()
    }

    #[test]
    fn capitals() {
        assert_eq!(
            spans("You NEVER pay", StructuralKind::CapsWord, 5),
            vec![(4, 9)]
        );
        assert_eq!(
            spans("Send the PDF ASAP", StructuralKind::CapsWord, 5),
            vec![]
        );
        assert_eq!(
            spans("I said PAY ME NOW.", StructuralKind::CapsWord, 5),
            vec![(7, 17)]
        );
        assert_eq!(
            spans("WHERE IS MY MONEY", StructuralKind::CapsText, 8),
            vec![(0, 17)]
        );
        assert_eq!(
            spans("Where is the NASA file", StructuralKind::CapsText, 8),
            vec![]
        );
        assert_eq!(
            spans("ÎNCETAȚI ACUM", StructuralKind::CapsWord, 5),
            vec![(0, 8)]
        );
    }

    #[test]
    fn punctuation() {
        assert_eq!(
            spans("Pay!!! Now!", StructuralKind::ExclamationRun, 3),
            vec![(3, 6)]
        );
        assert_eq!(
            spans("Where?! Really!?", StructuralKind::Interrobang, 2),
            vec![(5, 7), (14, 16)]
        );
        assert_eq!(
            spans("Any news?? Ok?", StructuralKind::QuestionRun, 2),
            vec![(8, 10)]
        );
        assert_eq!(spans("Hmm?!", StructuralKind::QuestionRun, 2), vec![]);
    }

    #[test]
    fn smileys() {
        let k = StructuralKind::Smiley;
        assert_eq!(
            spans("Thanks :) see you ;-) 🙂", k, 1),
            vec![(7, 9), (18, 21), (22, 23)]
        );
        assert_eq!(spans("Re:Design, note:P1, time: 10:30 (see)", k, 1), vec![]);
        assert_eq!(spans("ok :D", k, 1), vec![(3, 5)]);
    }
}
