//! Checking a text: phrase and structural matches, overlap resolution, then the score.

use std::collections::BTreeMap;

use super::compile::Compiled;
use super::matcher::phrase_hits;
use super::normalize::Normalized;
use super::report::{Report, Severity};
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
    /// Checks `text` against this rulebook.
    pub fn check(&self, text: &str) -> Report {
        let n = Normalized::new(text);
        let phrases: Vec<Hit> = phrase_hits(self, &n)
            .into_iter()
            .map(|h| {
                let (start, end, byte_start, byte_end) = n.original_span(text, h.start, h.end);
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
        for &(rule, st) in &self.structural {
            let min = st.min.unwrap_or_else(|| st.kind.default_min());
            for s in structural::detect(text, &n, st.kind, min) {
                let hit = Hit {
                    rule,
                    start: s.start,
                    end: s.end,
                    byte_start: s.byte_start,
                    byte_end: s.byte_end,
                };
                match st.kind {
                    StructuralKind::CapsWord | StructuralKind::CapsText => caps.push(hit),
                    _ => hits.push(hit),
                }
            }
        }
        hits.extend(self.resolve(caps));
        hits.sort_by_key(|h| (h.start, h.end, h.rule));
        build_report(self, text, &hits)
    }

    /// Severity used to rank overlapping matches (strengths rank as `info`).
    pub(crate) fn severity(&self, rule: usize) -> Severity {
        match self.kind(rule) {
            Kind::Strength => Severity::Info,
            Kind::Problem => self.rule(rule).severity.unwrap_or(Severity::Info),
        }
    }

    /// Keeps one match per overlapping group: the longest, then the most severe, the heaviest,
    /// the rule listed first.
    fn resolve(&self, mut cands: Vec<Hit>) -> Vec<Hit> {
        cands.sort_by(|a, b| {
            (b.end - b.start)
                .cmp(&(a.end - a.start))
                .then_with(|| self.severity(b.rule).cmp(&self.severity(a.rule)))
                .then_with(|| self.rule(b.rule).weight.cmp(&self.rule(a.rule).weight))
                .then_with(|| a.rule.cmp(&b.rule))
                .then_with(|| a.start.cmp(&b.start))
        });
        // Accepted intervals are disjoint, so sorted by start they are sorted by end too.
        let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
        let mut out = Vec::new();
        for h in cands {
            let clash = taken
                .range(..h.end)
                .next_back()
                .is_some_and(|(_, &end)| end > h.start);
            if !clash {
                taken.insert(h.start, h.end);
                out.push(h);
            }
        }
        out
    }
}
