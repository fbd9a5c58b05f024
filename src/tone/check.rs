//! Checking a text: phrase and structural matches, overlap resolution, then the score.

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
        let shape = structural::Shape::new(text);
        for &(rule, st) in &self.structural {
            let min = st.min.unwrap_or_else(|| st.kind.default_min());
            for s in structural::detect(text, &n, &shape, st.kind, min) {
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
        cands.sort_unstable_by_key(|h| {
            (
                std::cmp::Reverse(h.end - h.start),
                std::cmp::Reverse(self.severity(h.rule)),
                std::cmp::Reverse(self.rule(h.rule).weight),
                h.rule,
                h.start,
            )
        });
        let Some(len) = cands.iter().map(|h| h.end).max() else {
            return cands;
        };
        let mut taken = vec![false; len];
        let mut out = Vec::with_capacity(cands.len());
        for h in cands {
            let span = &mut taken[h.start..h.end];
            if !span.iter().any(|&t| t) {
                span.fill(true);
                out.push(h);
            }
        }
        out
    }
}
