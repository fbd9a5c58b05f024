//! Rulebooks compiled once into an Aho-Corasick automaton over their pattern anchors.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

use aho_corasick::MatchKind;
use aho_corasick::nfa::contiguous::NFA;

use super::lang::Lang;
use super::learned::{Model, bundled_model_json};
use super::normalize::normalize_word;
use super::pattern::Pattern;
use super::report::Severity;
use super::rulebook::{Kind, Rule, Rulebook, RulebookError, Structural, StructuralKind};

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
    /// The category's localised label.
    pub label: Arc<str>,
    /// Whether the message / suggestion quote the match (`{match}`).
    pub message_quotes: bool,
    pub suggestion_quotes: bool,
    /// The drop-in rewrite, if the rule has one.
    pub rewrite: Option<Arc<str>>,
    /// Normalised words that cancel the rule right before / right after the match.
    pub unless_before: Vec<String>,
    pub unless_after: Vec<String>,
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
    /// Automaton over the distinct anchor texts, used directly so the search loop is
    /// monomorphised. A contiguous NFA, not a DFA: it builds in a fraction of the time (a
    /// one-sentence `talkprep tone` spent a third of its run building the DFA) and searches
    /// nearly as fast.
    pub(crate) ac: NFA,
    /// Per automaton pattern id: the rule patterns sharing that anchor.
    pub(crate) anchors: Vec<Vec<Entry>>,
    /// Structural rules: (rule index, detector).
    pub(crate) structural: Vec<(usize, Structural)>,
    /// Normalised negation words.
    pub(crate) negators: HashSet<String, super::score::Fnv>,
    /// How many words before a strength negation reaches.
    pub(crate) negation_scope: usize,
    /// Diminishing returns per category index.
    pub(crate) category_decay: Vec<f64>,
    /// Free matches per category index.
    pub(crate) category_free: Vec<u32>,
    /// The index of the rule that reports the learned layer, if the rulebook has one.
    pub(crate) learned_rule: Option<usize>,
    /// The learned weights, once attached ([`Compiled::with_model`]).
    pub(crate) model: Option<Model>,
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
        let mut learned_rule = None;
        for (ri, rule) in book.rules.iter().enumerate() {
            let kind = book
                .category(&rule.category)
                .map_or(Kind::Problem, |c| c.kind);
            kinds.push(kind);
            let ci = book.categories.iter().position(|c| c.id == rule.category);
            category_index.push(ci.unwrap_or(usize::MAX));
            match rule.structural {
                Some(st) if st.kind == StructuralKind::Learned => learned_rule = Some(ri),
                Some(st) => structural.push((ri, st)),
                None => {}
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
                label: book
                    .category(&r.category)
                    .map_or(r.category.as_str(), |c| c.label.as_str())
                    .into(),
                rewrite: r.replacement.as_deref().map(Into::into),
                message_quotes: r.message.contains("{match}"),
                suggestion_quotes: r.suggestion.contains("{match}"),
                unless_before: r
                    .unless_before
                    .iter()
                    .filter_map(|w| normalize_word(w))
                    .collect(),
                unless_after: r
                    .unless_after
                    .iter()
                    .filter_map(|w| normalize_word(w))
                    .collect(),
            })
            .collect();
        let mut texts = vec![String::new(); ids.len()];
        for (t, i) in ids {
            texts[i] = t;
        }
        let ac = aho_corasick::nfa::contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .map_err(|e| RulebookError::Book {
                lang: book.lang.clone(),
                reason: format!("cannot compile the patterns: {e}"),
            })?;
        let negators = book
            .negation
            .words
            .iter()
            .filter_map(|w| normalize_word(w))
            .collect();
        let negation_scope =
            book.negation
                .scope
                .unwrap_or(super::rulebook::Negation::DEFAULT_SCOPE) as usize;
        let category_decay = book
            .categories
            .iter()
            .map(|c| c.decay.unwrap_or(book.scoring.decay))
            .collect();
        let category_free = book
            .categories
            .iter()
            .map(|c| c.free.unwrap_or(0))
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
            negators,
            negation_scope,
            category_decay,
            category_free,
            learned_rule,
            model: None,
        })
    }

    /// Attaches learned weights: from then on a text the model reads as tense, which no rule
    /// labelled so, is reported through the rulebook's `learned` rule (a rulebook without one
    /// ignores the model).
    pub fn with_model(mut self, model: Model) -> Self {
        self.model = Some(model);
        self
    }

    /// The learned layer, when both the model and the rule reporting it are there.
    pub(crate) fn learned(&self) -> Option<(&Model, usize)> {
        Some((self.model.as_ref()?, self.learned_rule?))
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

    /// The localised label of a category id (the id itself if the rulebook has no such
    /// category).
    pub fn category_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.book.category(id).map_or(id, |c| c.label.as_str())
    }

    /// Diminishing returns of the category at an index.
    pub(crate) fn category_decay(&self, ci: usize) -> f64 {
        self.category_decay
            .get(ci)
            .copied()
            .unwrap_or(self.book.scoring.decay)
    }

    /// Free matches of the category at an index.
    pub(crate) fn category_free(&self, ci: usize) -> i32 {
        self.category_free.get(ci).map_or(0, |&f| f as i32)
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

/// The bundled rulebook of a language with its learned weights, compiled on first use and
/// cached for the process.
pub fn compiled(lang: Lang) -> &'static Compiled {
    CACHE[lang_index(lang)].get_or_init(|| {
        // Invariant: the bundled rulebooks and models are compiled into the binary and every
        // one of them is loaded by the tests (`bundled_rulebooks_compile`,
        // `bundled_models_load`), so neither panic can happen in a tested build.
        let rules = match Compiled::from_json(bundled_json(lang)) {
            Ok(c) => c,
            Err(e) => panic!("bundled tone rulebook '{}' is invalid: {e}", lang.code()),
        };
        match Model::from_json(bundled_model_json(lang)) {
            Ok(m) => rules.with_model(m),
            Err(e) => panic!("bundled tone model '{}' is invalid: {e}", lang.code()),
        }
    })
}

static CACHE: [OnceLock<Compiled>; 4] = [const { OnceLock::new() }; 4];

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Fr => 1,
        Lang::Pl => 2,
        Lang::Ro => 3,
    }
}

/// Whether the bundled rulebook of `lang` has been compiled in this process (rulebooks compile
/// lazily, on first use; language detection alone compiles none).
pub fn is_compiled(lang: Lang) -> bool {
    CACHE[lang_index(lang)].get().is_some()
}

/// The localised label of a category in the bundled rulebook of `lang`, e.g.
/// `category_label(Lang::Fr, "blame")` is `"Reproche"`; the id itself if unknown.
pub fn category_label(lang: Lang, id: &str) -> String {
    compiled(lang).category_label(id).to_string()
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
