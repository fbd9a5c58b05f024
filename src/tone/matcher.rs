//! Phrase matching: anchors found by the automaton, then checked word by word.

use aho_corasick::Input;
use aho_corasick::automaton::{Automaton, OverlappingState};

use super::compile::{Compiled, Entry};
use super::normalize::{Normalized, SENTENCE_SEP, WORD_SEP};
use super::pattern::{Elem, MAX_GAP};

/// A rule matched over normalised bytes `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawHit {
    /// Rule index.
    pub rule: usize,
    /// Normalised start byte.
    pub start: usize,
    /// Normalised end byte (exclusive).
    pub end: usize,
    /// Index of the word `start` lies in.
    pub first_word: usize,
    /// Index of the word `end` lies in (or ends).
    pub last_word: usize,
}

fn is_sep(b: u8) -> bool {
    b == WORD_SEP || b == SENTENCE_SEP
}

/// Every phrase match of every rule, before overlap resolution, in no particular order.
pub(crate) fn phrase_hits(c: &Compiled, n: &Normalized) -> Vec<RawHit> {
    let text = n.text().as_bytes();
    let mut hits = Vec::with_capacity(n.words().len() / 4);
    let input = Input::new(n.text());
    let mut state = OverlappingState::start();
    let mut cursor = WordCursor::default();
    // The automaton is built unanchored with standard semantics, which overlapping search supports,
    // so the search cannot fail; if it ever did, we would report no phrase match.
    while c.ac.try_find_overlapping(&input, &mut state).is_ok() {
        let Some(m) = state.get_match() else {
            break;
        };
        let (s, e) = (m.start(), m.end());
        let starts_word = s == 0 || is_sep(text[s - 1]) || n.is_soft(s);
        if !starts_word {
            continue;
        }
        let ends_word = e == text.len() || is_sep(text[e]) || n.is_soft(e);
        for entry in &c.anchors[m.pattern().as_usize()] {
            if let Some(((start, first_word), (end, last_word))) =
                verify(n, &mut cursor, entry, s, e, ends_word)
            {
                hits.push(RawHit {
                    rule: entry.rule,
                    start,
                    end,
                    first_word,
                    last_word,
                });
            }
        }
    }
    // Unsorted, possibly with duplicates: overlap resolution sorts and dedups them anyway.
    hits
}

/// Finds the word holding a normalised offset, walking from the word found last: the
/// automaton reports matches in text order, so the walk is short.
#[derive(Debug, Default)]
struct WordCursor {
    at: usize,
}

impl WordCursor {
    fn word_at(&mut self, n: &Normalized, at: usize) -> Option<usize> {
        let words = n.words();
        let at = u32::try_from(at).ok()?;
        let mut i = self.at.min(words.len().checked_sub(1)?);
        while i > 0 && words[i].start > at {
            i -= 1;
        }
        while i + 1 < words.len() && words[i + 1].start <= at {
            i += 1;
        }
        self.at = i;
        let w = &words[i];
        (w.start <= at && at < w.end).then_some(i)
    }
}

/// A normalised offset and the index of the word it lies in.
type Place = (usize, usize);

/// Checks the rest of a pattern around an anchor found at `s..e`; returns where the full match
/// starts and ends.
fn verify(
    n: &Normalized,
    cursor: &mut WordCursor,
    entry: &Entry,
    s: usize,
    e: usize,
    ends_word: bool,
) -> Option<(Place, Place)> {
    let p = &entry.pattern;
    let prefix = p.anchor_is_prefix();
    if !prefix && !ends_word {
        return None;
    }
    let words = n.words();
    let first = cursor.word_at(n, s)?;
    let last = cursor.word_at(n, e - 1)?;
    let (before, after) = (&p.elems[..p.anchor.0], &p.elems[p.anchor.1..]);
    let from = seq(n, before, first, false)?;
    let to = seq(n, after, last, true)?;
    if p.sentence_start && !words[from].sentence_start {
        return None;
    }
    let start = if before.is_empty() {
        s
    } else {
        words[from].start as usize
    };
    let end = if !after.is_empty() || prefix {
        words[to].end as usize
    } else {
        e
    };
    Some(((start, from), (end, to)))
}

/// The next word in a direction, if it is in the same sentence.
fn step(n: &Normalized, from: usize, fwd: bool) -> Option<usize> {
    let words = n.words();
    let to = if fwd {
        from.checked_add(1)?
    } else {
        from.checked_sub(1)?
    };
    let later = if fwd { to } else { from };
    let w = words.get(later)?;
    (!w.sentence_start && to < words.len()).then_some(to)
}

/// Matches `elems` word by word away from word `prev` (forwards from the first element, or
/// backwards from the last one); returns the last word matched.
fn seq(n: &Normalized, elems: &[Elem], prev: usize, fwd: bool) -> Option<usize> {
    let split = if fwd {
        elems.split_first()
    } else {
        elems.split_last()
    };
    let Some((e, rest)) = split else {
        return Some(prev);
    };
    match e {
        Elem::Gap => {
            let mut cur = prev;
            for k in 0..=MAX_GAP {
                if k > 0 {
                    cur = step(n, cur, fwd)?;
                }
                if let Some(end) = seq(n, rest, cur, fwd) {
                    return Some(end);
                }
            }
            None
        }
        Elem::Any => seq(n, rest, step(n, prev, fwd)?, fwd),
        Elem::Word(_) | Elem::Prefix(_) => {
            let next = step(n, prev, fwd)?;
            if word_matches(n, next, e) {
                seq(n, rest, next, fwd)
            } else {
                None
            }
        }
    }
}

/// Whether word `i` matches a word or stem element, also after an elided prefix (`l'argent`).
fn word_matches(n: &Normalized, i: usize, e: &Elem) -> bool {
    let w = &n.words()[i];
    let text = n.word_text(w);
    let ok = |t: &str| match e {
        Elem::Word(x) => t == x,
        Elem::Prefix(x) => t.starts_with(x.as_str()),
        Elem::Any | Elem::Gap => true,
    };
    ok(text)
        || n.soft_in(w)
            .iter()
            .any(|&b| ok(&text[(b - w.start) as usize..]))
}
