//! Rulebooks compiled once into an Aho-Corasick automaton over their pattern anchors.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

use aho_corasick::MatchKind;
use aho_corasick::dfa::DFA;

use super::lang::Lang;
use super::normalize::normalize_word;
use super::pattern::Pattern;
use super::report::Severity;
use super::rulebook::{Kind, Rule, Rulebook, RulebookError, Structural};

/// A pattern of a rule, parsed.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// Index of the rule in the rulebook.
    pub rule: usize,
    /// The parsed pattern.
    pub pattern: Pattern,
}

/// The texts of a rule that every finding of it repeats, allocated once.
#[derive(Debug, Clone)]
pub(crate) struct RuleTexts {
    pub id: Arc<str>,
    pub category: Arc<str>,
    pub message: Arc<str>,
    pub suggestion: Arc<str>,
}

/// A validated rulebook, ready to check texts.
#[derive(Debug, Clone)]
pub struct Compiled {
    book: Rulebook,
    /// Problem or strength, per rule index.
    kinds: Vec<Kind>,
    /// Index of the rule's category, per rule index.
    category_index: Vec<usize>,
    /// Per rule index: its place when overlapping matches compete (most severe, then
    /// heaviest, then first listed), 0 first.
    precedence: Vec<u32>,
    /// Per rule index: its shared texts.
    texts: Vec<RuleTexts>,
    /// Automaton (a DFA, used directly so the search loop is monomorphised) over the distinct
    /// anchor texts.
    pub(crate) ac: DFA,
    /// Per automaton pattern id: the rule patterns sharing that anchor.
    pub(crate) anchors: Vec<Vec<Entry>>,
    /// Structural rules: (rule index, detector).
    pub(crate) structural: Vec<(usize, Structural)>,
    /// Normalised detection words.
    pub(crate) detect_words: HashSet<String>,
    /// Lower-cased detection letters.
    pub(crate) detect_letters: Vec<char>,
}

impl Compiled {
    /// Validates and compiles a rulebook.
    pub fn new(book: Rulebook) -> Result<Self, RulebookError> {
        book.validate()?;
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut anchors: Vec<Vec<Entry>> = Vec::new();
        let mut structural = Vec::new();
        let mut kinds = Vec::with_capacity(book.rules.len());
        let mut category_index = Vec::with_capacity(book.rules.len());
        for (ri, rule) in book.rules.iter().enumerate() {
            let kind = book
                .category(&rule.category)
                .map_or(Kind::Problem, |c| c.kind);
            kinds.push(kind);
            let ci = book.categories.iter().position(|c| c.id == rule.category);
            category_index.push(ci.unwrap_or(usize::MAX));
            if let Some(st) = rule.structural {
                structural.push((ri, st));
            }
            for src in &rule.patterns {
                let pattern = Pattern::parse(src).map_err(|source| RulebookError::Pattern {
                    id: rule.id.clone(),
                    pattern: src.clone(),
                    source,
                })?;
                let text = pattern.anchor_text();
                let next = ids.len();
                let id = *ids.entry(text).or_insert(next);
                if id == anchors.len() {
                    anchors.push(Vec::new());
                }
                anchors[id].push(Entry { rule: ri, pattern });
            }
        }
        let precedence = precedence(&book, &kinds);
        let rule_texts = book
            .rules
            .iter()
            .map(|r| RuleTexts {
                id: r.id.as_str().into(),
                category: r.category.as_str().into(),
                message: r.message.as_str().into(),
                suggestion: r.suggestion.as_str().into(),
            })
            .collect();
        let mut texts = vec![String::new(); ids.len()];
        for (t, i) in ids {
            texts[i] = t;
        }
        let ac = aho_corasick::dfa::Builder::new()
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .map_err(|e| RulebookError::Book {
                lang: book.lang.clone(),
                reason: format!("cannot compile the patterns: {e}"),
            })?;
        let detect_words = book
            .detect
            .words
            .iter()
            .filter_map(|w| normalize_word(w))
            .collect();
        let detect_letters = book
            .detect
            .letters
            .chars()
            .flat_map(char::to_lowercase)
            .collect();
        Ok(Compiled {
            book,
            kinds,
            category_index,
            precedence,
            texts: rule_texts,
            ac,
            anchors,
            structural,
            detect_words,
            detect_letters,
        })
    }

    /// Parses, validates and compiles a rulebook from JSON.
    pub fn from_json(json: &str) -> Result<Self, RulebookError> {
        Self::new(Rulebook::from_json(json)?)
    }

    /// The rulebook this was compiled from.
    pub fn rulebook(&self) -> &Rulebook {
        &self.book
    }

    /// The rule at an index.
    pub(crate) fn rule(&self, i: usize) -> &Rule {
        &self.book.rules[i]
    }

    /// The shared texts of the rule at an index.
    pub(crate) fn texts(&self, i: usize) -> &RuleTexts {
        &self.texts[i]
    }

    /// Index of the category of the rule at an index.
    pub(crate) fn category_index(&self, i: usize) -> usize {
        self.category_index[i]
    }

    /// Where the rule at an index ranks when overlapping matches compete (lower wins).
    pub(crate) fn precedence(&self, i: usize) -> u32 {
        self.precedence[i]
    }

    /// Whether the rule at an index is a problem or a strength.
    pub(crate) fn kind(&self, i: usize) -> Kind {
        self.kinds[i]
    }
}

/// Each rule's rank among competing overlapping matches: most severe first (strengths rank as
/// `info`), then the heaviest, then the rule listed first.
fn precedence(book: &Rulebook, kinds: &[Kind]) -> Vec<u32> {
    let severity = |i: usize| match kinds[i] {
        Kind::Strength => Severity::Info,
        Kind::Problem => book.rules[i].severity.unwrap_or(Severity::Info),
    };
    let mut order: Vec<usize> = (0..book.rules.len()).collect();
    order.sort_by_key(|&i| {
        (
            std::cmp::Reverse(severity(i)),
            std::cmp::Reverse(book.rules[i].weight),
            i,
        )
    });
    let mut rank = vec![0; order.len()];
    for (place, i) in order.into_iter().enumerate() {
        rank[i] = place as u32;
    }
    rank
}

/// The JSON source of a bundled rulebook.
pub fn bundled_json(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../assets/tone/en.json"),
        Lang::Fr => include_str!("../../assets/tone/fr.json"),
        Lang::Pl => include_str!("../../assets/tone/pl.json"),
        Lang::Ro => include_str!("../../assets/tone/ro.json"),
    }
}

/// The bundled rulebook of a language, compiled on first use and cached for the process.
pub fn compiled(lang: Lang) -> &'static Compiled {
    static CACHE: [OnceLock<Compiled>; 4] = [const { OnceLock::new() }; 4];
    let slot = match lang {
        Lang::En => &CACHE[0],
        Lang::Fr => &CACHE[1],
        Lang::Pl => &CACHE[2],
        Lang::Ro => &CACHE[3],
    };
    slot.get_or_init(|| match Compiled::from_json(bundled_json(lang)) {
        Ok(c) => c,
        // Invariant: the bundled rulebooks are compiled into the binary and every one of them
        // is validated and compiled by the tests (`bundled_rulebooks_compile`), so this cannot
        // happen in a tested build.
        Err(e) => panic!("bundled tone rulebook '{}' is invalid: {e}", lang.code()),
    })
}

/// The bundled rulebook of a language.
pub fn rulebook(lang: Lang) -> &'static Rulebook {
    compiled(lang).rulebook()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_rulebooks_compile() {
        for lang in Lang::ALL {
            let c = Compiled::from_json(bundled_json(lang));
            assert!(c.is_ok(), "{}: {:?}", lang.code(), c.err());
            assert_eq!(rulebook(lang).lang, lang.code());
        }
    }
}
