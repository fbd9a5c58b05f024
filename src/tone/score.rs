//! From resolved matches to a [`Report`]: points with diminishing returns, score, label.

use std::collections::HashMap;
use std::sync::Arc;

use super::check::Hit;
use super::compile::Compiled;
use super::report::{Finding, Label, Report, ScoreStep, Severity};
use super::rulebook::{Bands, Kind};

/// The label of a score in these bands.
pub fn label_for(score: u8, bands: Bands) -> Label {
    let s = i32::from(score);
    if s >= bands.warm {
        Label::Warm
    } else if s >= bands.neutral {
        Label::Neutral
    } else if s >= bands.tense {
        Label::Tense
    } else {
        Label::Hostile
    }
}

/// Builds the report from matches sorted in text order.
pub(crate) fn build_report(c: &Compiled, text: &str, hits: &[Hit]) -> Report {
    let book = c.rulebook();
    let scoring = &book.scoring;
    let repeats = repeat_ranks(c, hits);
    let mut bonus = 0;
    let mut total = scoring.base;
    let strengths = hits
        .iter()
        .filter(|h| c.kind(h.rule) == Kind::Strength)
        .count();
    let warned = hits.iter().any(|h| {
        c.kind(h.rule) == Kind::Problem
            && c.rule(h.rule).severity.unwrap_or(Severity::Info) >= Severity::Warn
    });
    let max_bonus = match scoring.wrapped_bonus {
        Some(w) if warned => w.min(scoring.max_bonus),
        _ => scoring.max_bonus,
    };
    let mut shared: HashMap<(usize, &str), SharedTexts, Fnv> =
        HashMap::with_capacity_and_hasher(hits.len().min(1024), Fnv::default());
    let mut report = Report {
        lang: book.lang.clone(),
        score: 0,
        label: Label::Neutral,
        findings: Vec::with_capacity(hits.len() - strengths),
        strengths: Vec::with_capacity(strengths),
        arithmetic: Vec::with_capacity(hits.len()),
    };
    for (h, &repeat) in hits.iter().zip(&repeats) {
        let rule = c.rule(h.rule);
        let kind = c.kind(h.rule);
        let ci = c.category_index(h.rule);
        let free = c.category_free(ci);
        let mut points = if repeat < free {
            0
        } else {
            decayed(rule.weight, c.category_decay(ci), repeat - free)
        };
        if kind == Kind::Strength {
            points = points.min(max_bonus - bonus).max(0);
            bonus += points;
        } else {
            points = -points;
        }
        let texts = c.texts(h.rule);
        // A long text repeats the same matches: share their texts instead of allocating again.
        let words = &text[h.byte_start..h.byte_end];
        let (matched, message, suggestion) = shared
            .entry((h.rule, words))
            .or_insert_with(|| {
                let quote = |s: &Arc<str>, templated: bool| -> Arc<str> {
                    if templated {
                        s.replace("{match}", words).into()
                    } else {
                        s.clone()
                    }
                };
                (
                    Arc::from(words),
                    quote(&texts.message, texts.message_quotes),
                    quote(&texts.suggestion, texts.suggestion_quotes),
                )
            })
            .clone();
        if points != 0 {
            total += points;
            report.arithmetic.push(ScoreStep {
                points,
                category: texts.category.clone(),
                label: texts.label.clone(),
                matched: matched.clone(),
            });
        }
        let finding = Finding {
            rule: texts.id.clone(),
            category: texts.category.clone(),
            severity: match kind {
                Kind::Problem => rule.severity.unwrap_or(Severity::Info),
                Kind::Strength => Severity::Info,
            },
            start: h.start,
            end: h.end,
            message,
            suggestion,
            rewrite: texts.rewrite.clone(),
            matched,
        };
        match kind {
            Kind::Problem => report.findings.push(finding),
            Kind::Strength => report.strengths.push(finding),
        }
    }
    report.score = total.clamp(0, 100) as u8;
    report.label = label_for(report.score, scoring.bands);
    report
}

/// FNV-1a: the keys are short (a rule index and a few words), hashed once per match, and need
/// no protection against crafted collisions.
#[derive(Clone, Copy)]
pub(crate) struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> Self {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

pub(crate) type Fnv = std::hash::BuildHasherDefault<FnvHasher>;

/// The matched words, message and suggestion of a finding, shared by its repeats.
type SharedTexts = (Arc<str>, Arc<str>, Arc<str>);

/// For each hit, how many heavier (or equally heavy, earlier) hits of its category come before it
/// in the ranking: the heaviest match of a category counts in full, the next one `decay` times
/// as much, and so on.
fn repeat_ranks(c: &Compiled, hits: &[Hit]) -> Vec<i32> {
    // Bucket the hits by category (a rule without one gets a bucket of its own at the end),
    // then rank each bucket by weight; the stable sort keeps text order among equals.
    let categories = c.rulebook().categories.len();
    let bucket_of = |rule: usize| c.category_index(rule).min(categories);
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); categories + 1];
    for (i, h) in hits.iter().enumerate() {
        buckets[bucket_of(h.rule)].push(i);
    }
    let mut ranks = vec![0; hits.len()];
    for bucket in &mut buckets {
        bucket.sort_by_key(|&i| std::cmp::Reverse(c.rule(hits[i].rule).weight));
        for (rank, &i) in bucket.iter().enumerate() {
            ranks[i] = i32::try_from(rank).unwrap_or(i32::MAX);
        }
    }
    ranks
}

/// `weight × decay^repeat`, rounded.
fn decayed(weight: i32, decay: f64, repeat: i32) -> i32 {
    if repeat == 0 {
        return weight;
    }
    if repeat > 64 {
        return if decay >= 1.0 { weight } else { 0 };
    }
    (f64::from(weight) * decay.powi(repeat)).min(100.0).round() as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands() {
        let b = Bands {
            warm: 70,
            neutral: 45,
            tense: 25,
        };
        assert_eq!(label_for(100, b), Label::Warm);
        assert_eq!(label_for(70, b), Label::Warm);
        assert_eq!(label_for(69, b), Label::Neutral);
        assert_eq!(label_for(45, b), Label::Neutral);
        assert_eq!(label_for(44, b), Label::Tense);
        assert_eq!(label_for(24, b), Label::Hostile);
        assert_eq!(label_for(0, b), Label::Hostile);
    }

    #[test]
    fn decay() {
        assert_eq!(decayed(10, 0.5, 0), 10);
        assert_eq!(decayed(10, 0.5, 1), 5);
        assert_eq!(decayed(10, 0.5, 3), 1);
        assert_eq!(decayed(10, 0.5, 10), 0);
        assert_eq!(decayed(10, 0.5, i32::MAX), 0);
    }
}
