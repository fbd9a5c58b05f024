//! Checking a text: phrase and structural matches, overlap resolution, then the score.

use super::compile::Compiled;
use super::matcher::phrase_hits;
use super::normalize::Normalized;
use super::report::Report;
use super::rulebook::{Kind, StructuralKind};
use super::score::build_report;
use super::structural;

/// A match in original offsets, before or after overlap resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Rule index.
    pub rule: usize,
    /// Start char.
    pub start: usize,
    /// End char (exclusive).
    pub end: usize,
    /// Start byte.
    pub byte_start: usize,
    /// End byte (exclusive).
    pub byte_end: usize,
}

impl Compiled {
    /// Checks `text` against this rulebook (and its learned weights, if attached).
    pub fn check(&self, text: &str) -> Report {
        let n = Normalized::new(text);
        let hits = self.rule_hits(text, &n);
        let mut report = build_report(self, text, &hits);
        if let Some(learned) = self.learned() {
            super::learned::apply(self, learned, text, &n, &hits, &mut report);
        }
        report
    }

    /// The distinct features the learned layer reads from `text` (word, pair, stem, rule
    /// category and mark keys, see `assets/tone/README.md`): what `examples/tone_train.rs`
    /// trains on.
    pub fn learned_features(&self, text: &str) -> Vec<String> {
        let n = Normalized::new(text);
        let hits = self.rule_hits(text, &n);
        super::learned::feature_keys(self, text, &n, &hits)
    }

    /// The rules' matches after overlap resolution, sorted in text order.
    fn rule_hits(&self, text: &str, n: &Normalized) -> Vec<Hit> {
        let phrases: Vec<Hit> = phrase_hits(self, n)
            .into_iter()
            .filter(|h| !self.cancelled(n, h.rule, h.first_word, h.last_word))
            .map(|h| {
                let (start, end, byte_start, byte_end) =
                    n.span_in_words(text, (h.start, h.first_word), (h.end, h.last_word));
                Hit {
                    rule: h.rule,
                    start,
                    end,
                    byte_start,
                    byte_end,
                }
            })
            .collect();
        let mut hits = self.resolve(phrases);
        let mut caps = Vec::new();
        let shape = structural::Shape::new(text, n);
        for &(rule, st) in &self.structural {
            let min = st.min.unwrap_or_else(|| st.kind.default_min());
            let has_context = {
                let t = self.texts(rule);
                !t.unless_before.is_empty() || !t.unless_after.is_empty()
            };
            for s in structural::detect(text, n, &shape, st.kind, min) {
                if has_context && self.structural_cancelled(n, rule, s.byte_start, s.byte_end) {
                    continue;
                }
                let hit = Hit {
                    rule,
                    start: s.start,
                    end: s.end,
                    byte_start: s.byte_start,
                    byte_end: s.byte_end,
                };
                match st.kind {
                    StructuralKind::CapsWord
                    | StructuralKind::CapsText
                    | StructuralKind::CapsRun => caps.push(hit),
                    _ => hits.push(hit),
                }
            }
        }
        hits.extend(self.resolve(caps));
        hits.sort_by_key(|h| (h.start, h.end, h.rule));
        hits
    }

    /// Whether a phrase match of `rule` over words `first..=last` is cancelled by its context:
    /// a word its rule lists in `unless_before`/`unless_after` right next to it, or, for a
    /// strength, a negation word among the few words before it in the same sentence.
    fn cancelled(&self, n: &Normalized, rule: usize, first: usize, last: usize) -> bool {
        let words = n.words();
        let texts = self.texts(rule);
        let part_in = |i: usize, set: &dyn Fn(&str) -> bool| {
            let w = &words[i];
            let t = n.word_text(w);
            set(t)
                || n.soft_in(w)
                    .first()
                    .is_some_and(|&b| set(&n.text()[w.start as usize..b as usize]))
        };
        if !texts.unless_before.is_empty()
            && first > 0
            && !words[first].sentence_start
            && part_in(first - 1, &|t| texts.unless_before.iter().any(|u| u == t))
        {
            return true;
        }
        if !texts.unless_after.is_empty()
            && last + 1 < words.len()
            && !words[last + 1].sentence_start
        {
            let w = &words[last + 1];
            let t = n.word_text(w);
            if texts.unless_after.iter().any(|u| u == t) {
                return true;
            }
        }
        if self.kind(rule) == Kind::Strength && !self.negators.is_empty() {
            let mut i = first;
            for _ in 0..self.negation_scope {
                if i == 0 || words[i].sentence_start {
                    break;
                }
                i -= 1;
                if part_in(i, &|t| self.negators.contains(t)) {
                    return true;
                }
            }
        }
        false
    }

    /// Whether a structural match over original bytes `start..end` is cancelled by a word its
    /// rule lists in `unless_before` (the word before it) or `unless_after` (the word after).
    fn structural_cancelled(&self, n: &Normalized, rule: usize, start: usize, end: usize) -> bool {
        let words = n.words();
        let texts = self.texts(rule);
        let before = words.partition_point(|w| (w.src_end as usize) <= start);
        if before > 0 {
            let t = n.word_text(&words[before - 1]);
            if texts.unless_before.iter().any(|u| u == t) {
                return true;
            }
        }
        let after = words.partition_point(|w| (w.src_start as usize) < end);
        if let Some(w) = words.get(after) {
            let t = n.word_text(w);
            if texts.unless_after.iter().any(|u| u == t) {
                return true;
            }
        }
        false
    }

    /// Keeps one match per overlapping group: the longest, then the most severe, the heaviest,
    /// the rule listed first. Returns the kept matches in text order.
    ///
    /// Matches compete only with those they overlap, directly or through a chain, so the text
    /// is cut into such clusters and only a cluster of two or more is ranked: the same result as
    /// ranking every match at once, without sorting them all by rank.
    fn resolve(&self, mut cands: Vec<Hit>) -> Vec<Hit> {
        cands.sort_unstable_by_key(|h| (h.start, h.end, h.rule));
        cands.dedup();
        let mut out = Vec::with_capacity(cands.len());
        let mut taken = CharSet::default();
        let mut from = 0;
        while from < cands.len() {
            let mut reach = cands[from].end;
            let mut to = from + 1;
            while to < cands.len() && cands[to].start < reach {
                reach = reach.max(cands[to].end);
                to += 1;
            }
            let cluster = &mut cands[from..to];
            if let [only] = cluster {
                out.push(*only);
            } else {
                let base = cluster[0].start;
                cluster.sort_unstable_by_key(|h| {
                    (
                        std::cmp::Reverse(h.end - h.start),
                        self.precedence(h.rule),
                        h.start,
                    )
                });
                taken.reset(reach - base);
                let first_kept = out.len();
                for h in cluster.iter() {
                    let local = h.start - base..h.end - base;
                    if !taken.any(local.clone()) {
                        taken.fill(local);
                        out.push(*h);
                    }
                }
                out[first_kept..].sort_unstable_by_key(|h| (h.start, h.end, h.rule));
            }
            from = to;
        }
        out
    }
}

/// A set of char offsets, one bit each.
#[derive(Default)]
struct CharSet(Vec<u64>);

impl CharSet {
    /// Empties the set and makes room for offsets below `len`.
    fn reset(&mut self, len: usize) {
        self.0.clear();
        self.0.resize(len.div_ceil(64), 0);
    }

    fn any(&self, range: std::ops::Range<usize>) -> bool {
        range
            .into_iter()
            .any(|i| self.0[i / 64] & (1 << (i % 64)) != 0)
    }

    fn fill(&mut self, range: std::ops::Range<usize>) {
        for i in range {
            self.0[i / 64] |= 1 << (i % 64);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tone::{Lang, compiled};
    use proptest::prelude::*;

    /// The plain definition: rank every match at once, keep each one that overlaps nothing kept.
    fn resolve_by_ranking_all(c: &Compiled, mut cands: Vec<Hit>) -> Vec<Hit> {
        cands.sort_by_key(|h| (h.start, h.end, h.rule));
        cands.dedup();
        cands.sort_by_key(|h| {
            (
                std::cmp::Reverse(h.end - h.start),
                c.precedence(h.rule),
                h.start,
            )
        });
        let mut kept: Vec<Hit> = Vec::new();
        for h in cands {
            if kept
                .iter()
                .all(|k| h.end <= k.start || k.end <= h.start || h.start == h.end)
            {
                kept.push(h);
            }
        }
        kept.sort_by_key(|h| (h.start, h.end, h.rule));
        kept
    }

    proptest! {
        #[test]
        fn clusters_give_the_same_result_as_ranking_everything(
            spans in proptest::collection::vec((0usize..60, 0usize..8, 0usize..40), 0..40)
        ) {
            let c = compiled(Lang::En);
            let rules = c.rulebook().rules.len();
            let hits: Vec<Hit> = spans
                .into_iter()
                .map(|(start, len, rule)| Hit {
                    rule: rule % rules,
                    start,
                    end: start + len,
                    byte_start: start,
                    byte_end: start + len,
                })
                .collect();
            prop_assert_eq!(c.resolve(hits.clone()), resolve_by_ranking_all(c, hits));
        }
    }
}
