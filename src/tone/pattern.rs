//! The rule pattern syntax: words, `stem*`, `*` (one word), `~` (0–2 words), leading `^`.
//!
//! A pattern is matched in two steps: its longest run of literal words (the *anchor*) is found by
//! the Aho-Corasick automaton over the normalised text, then the other elements are checked word
//! by word around it (see `check.rs`).

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    /// A normalised word that must match a whole word.
    Word(String),
    /// A normalised stem: any word starting with it.
    Prefix(String),
    /// Exactly one word.
    Any,
    /// Zero to [`MAX_GAP`] words.
    Gap,
}

/// The longest gap `~` stands for.
pub const MAX_GAP: usize = 2;

/// Shortest stem allowed before `*`.
pub const MIN_STEM: usize = 3;

/// A parsed pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// Whether the first word must start a sentence (`^`).
    pub sentence_start: bool,
    /// The elements, in order.
    pub elems: Vec<Elem>,
    /// Index range (in `elems`) of the anchor: literal words, possibly ending with a stem.
    pub anchor: (usize, usize),
}

/// Why a pattern does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PatternError {
    /// Nothing but spaces.
    #[error("the pattern is empty")]
    Empty,
    /// No literal word to anchor the match.
    #[error("a pattern needs at least one word")]
    NoWord,
    /// `*` or `~` first or last.
    #[error("a pattern cannot start or end with '*' or '~'")]
    WildcardAtEdge,
    /// `^` somewhere other than first.
    #[error("'^' is only allowed as the first token")]
    CaretNotFirst,
    /// A token with punctuation or spaces in it.
    #[error("'{0}' is not a word (only letters, digits and inner ' or - are allowed)")]
    BadToken(String),
    /// A stem shorter than [`MIN_STEM`].
    #[error("stem '{0}' is too short for '*' (at least 3 letters)")]
    ShortStem(String),
}

impl Pattern {
    /// Parses a pattern as written in a rulebook.
    pub fn parse(src: &str) -> Result<Self, PatternError> {
        let mut tokens = src.split_whitespace().peekable();
        let mut sentence_start = false;
        if tokens.peek() == Some(&"^") {
            sentence_start = true;
            tokens.next();
        }
        let mut elems = Vec::new();
        for tok in tokens {
            let elem = match tok {
                "^" => return Err(PatternError::CaretNotFirst),
                "*" => Elem::Any,
                "~" => Elem::Gap,
                _ => match tok.strip_suffix('*') {
                    Some(stem) => {
                        let n = super::normalize::normalize_word(stem)
                            .ok_or_else(|| PatternError::BadToken(tok.to_string()))?;
                        if n.chars().count() < MIN_STEM {
                            return Err(PatternError::ShortStem(tok.to_string()));
                        }
                        Elem::Prefix(n)
                    }
                    None => Elem::Word(
                        super::normalize::normalize_word(tok)
                            .ok_or_else(|| PatternError::BadToken(tok.to_string()))?,
                    ),
                },
            };
            elems.push(elem);
        }
        let (Some(first), Some(last)) = (elems.first(), elems.last()) else {
            return Err(PatternError::Empty);
        };
        let wild = |e: &Elem| matches!(e, Elem::Any | Elem::Gap);
        if wild(first) || wild(last) {
            return Err(PatternError::WildcardAtEdge);
        }
        let anchor = best_anchor(&elems).ok_or(PatternError::NoWord)?;
        Ok(Pattern {
            sentence_start,
            elems,
            anchor,
        })
    }

    /// The anchor as it appears in the normalised text: its words joined by single spaces.
    pub fn anchor_text(&self) -> String {
        let mut s = String::new();
        for e in &self.elems[self.anchor.0..self.anchor.1] {
            if !s.is_empty() {
                s.push(' ');
            }
            match e {
                Elem::Word(w) | Elem::Prefix(w) => s.push_str(w),
                Elem::Any | Elem::Gap => {}
            }
        }
        s
    }

    /// Whether the anchor ends with a stem (no word boundary needed at its end).
    pub fn anchor_is_prefix(&self) -> bool {
        matches!(self.elems[self.anchor.1 - 1], Elem::Prefix(_))
    }
}

/// The longest run of words (optionally closed by one stem), by length of its text.
fn best_anchor(elems: &[Elem]) -> Option<(usize, usize)> {
    let mut best: Option<((usize, usize), usize)> = None;
    let mut i = 0;
    while i < elems.len() {
        let mut j = i;
        let mut len = 0;
        while let Some(e) = elems.get(j) {
            match e {
                Elem::Word(w) => {
                    len += w.len() + 1;
                    j += 1;
                }
                Elem::Prefix(w) => {
                    len += w.len() + 1;
                    j += 1;
                    break;
                }
                Elem::Any | Elem::Gap => break,
            }
        }
        if j > i {
            if best.is_none_or(|(_, l)| len > l) {
                best = Some(((i, j), len));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    best.map(|(r, _)| r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_anchors() {
        let p = Pattern::parse("^ you ~ never ever").unwrap();
        assert!(p.sentence_start);
        assert_eq!(p.anchor_text(), "never ever");
        let p = Pattern::parse("Don't * zapłac*").unwrap();
        assert_eq!(p.anchor_text(), "zaplac");
        assert!(p.anchor_is_prefix());
        let p = Pattern::parse("pay* right now").unwrap();
        assert_eq!(p.anchor_text(), "right now");
    }

    #[test]
    fn rejects_bad_patterns() {
        assert_eq!(Pattern::parse("  "), Err(PatternError::Empty));
        assert_eq!(Pattern::parse("* you"), Err(PatternError::WildcardAtEdge));
        assert_eq!(Pattern::parse("you ~"), Err(PatternError::WildcardAtEdge));
        assert_eq!(Pattern::parse("you ^ me"), Err(PatternError::CaretNotFirst));
        assert!(matches!(
            Pattern::parse("why?"),
            Err(PatternError::BadToken(_))
        ));
        assert!(matches!(
            Pattern::parse("ab*"),
            Err(PatternError::ShortStem(_))
        ));
    }
}
