//! The learned layer: weights over a text's words, word pairs and the rules' categories,
//! trained on labelled openers (`examples/tone_train.rs`), that report a text reading as tense
//! as a whole when no rule said so, on the words that weighed most.
//!
//! It only ever lowers a warm or neutral score into the tense band, and each point it takes is
//! attributed to quoted words (one finding and one score step per span), so the score stays
//! explainable. Its texts (message, suggestion, category) are the rulebook's `learned` rule.

mod features;
mod model;

pub use model::{
    CrossValidation, MODEL_SCHEMA_VERSION, Model, ModelError, ModelFile, bundled_model_json,
};

use std::sync::Arc;

use super::check::Hit;
use super::compile::Compiled;
use super::normalize::Normalized;
use super::report::{Finding, Label, Report, ScoreStep};
use super::rulebook::Kind;
use super::score::label_for;
use features::{Attribution, RuleCategory, visit};
use model::probability;

/// The category of the learned rule: its findings are one reason quoted over several spans.
pub const LEARNED_CATEGORY: &str = "wording";

/// Texts shorter than this many words are left to the rules: a few words are too little
/// evidence for weights learned over whole openers ("Facture en retard").
pub const LEARNED_MIN_WORDS: usize = 5;
/// At most this many spans are quoted as the reason.
const MAX_SPANS: usize = 3;
/// A word must carry at least this much of the sum to be quoted…
const MIN_CONTRIBUTION: f64 = 0.05;
/// …and at least this share of the heaviest word's weight, so a faint word is not quoted
/// beside the one that decided.
const MIN_SHARE_OF_TOP: f64 = 0.4;
/// How far into the tense band a sure reading goes, below its top.
const MAX_DEPTH: f64 = 12.0;

/// The categories of the rules' matches, as features.
fn categories<'a>(c: &'a Compiled, hits: &'a [Hit]) -> impl Iterator<Item = RuleCategory<'a>> {
    hits.iter().map(|h| RuleCategory {
        id: &c.texts(h.rule).category,
        strength: c.kind(h.rule) == Kind::Strength,
    })
}

/// The distinct features of a text given the rules' matches, for training.
pub(crate) fn feature_keys(c: &Compiled, text: &str, n: &Normalized, hits: &[Hit]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    visit(text, n, categories(c, hits), |k, _| out.push(k.to_string()));
    out.sort_unstable();
    out.dedup();
    out
}

/// The model's probability that a text reads as tense, with each word's share of the sum.
fn weigh(model: &Model, c: &Compiled, text: &str, n: &Normalized, hits: &[Hit]) -> (f64, Vec<f64>) {
    let mut seen = vec![0u64; model.weights.len().div_ceil(64)];
    let mut contribution = vec![0.0; n.words().len().min(features::MAX_WORDS)];
    let mut sum = model.bias;
    visit(text, n, categories(c, hits), |key, at| {
        let Some(&(index, weight)) = model.weights.get(&model::key_hash(key)) else {
            return;
        };
        let (slot, bit) = (index as usize / 64, 1u64 << (index % 64));
        if seen[slot] & bit != 0 {
            return;
        }
        seen[slot] |= bit;
        sum += weight;
        match at {
            Attribution::Word(i) => contribution[i] += weight,
            Attribution::Pair(i) => {
                contribution[i] += weight / 2.0;
                contribution[i + 1] += weight / 2.0;
            }
            Attribution::Whole => {}
        }
    });
    (probability(sum), contribution)
}

/// The spans (first word, last word, weight) quoted as the reason: the heaviest words,
/// neighbours joined, in text order.
fn spans(n: &Normalized, contribution: &[f64]) -> Vec<(usize, usize, f64)> {
    let mut order: Vec<usize> = (0..contribution.len())
        .filter(|&i| contribution[i] >= MIN_CONTRIBUTION)
        .collect();
    order.sort_by(|&a, &b| contribution[b].total_cmp(&contribution[a]).then(a.cmp(&b)));
    order.truncate(MAX_SPANS);
    if let Some(&top) = order.first() {
        let floor = contribution[top] * MIN_SHARE_OF_TOP;
        order.retain(|&i| contribution[i] >= floor);
    }
    order.sort_unstable();
    let words = n.words();
    let mut out: Vec<(usize, usize, f64)> = Vec::new();
    for i in order {
        match out.last_mut() {
            Some(last) if last.1 + 1 == i && !words[i].sentence_start => {
                last.1 = i;
                last.2 += contribution[i];
            }
            _ => out.push((i, i, contribution[i])),
        }
    }
    out
}

/// Splits `total` points over `shares` in proportion (largest remainders), each share at
/// least 1 point; `total` must be at least the number of shares.
fn split_points(total: i32, shares: &[f64]) -> Vec<i32> {
    let spare = total - shares.len() as i32;
    let sum: f64 = shares.iter().sum();
    let exact: Vec<f64> = shares
        .iter()
        .map(|s| f64::from(spare.max(0)) * s / sum)
        .collect();
    let mut points: Vec<i32> = exact.iter().map(|e| 1 + e.floor() as i32).collect();
    let mut order: Vec<usize> = (0..shares.len()).collect();
    order.sort_by(|&a, &b| (exact[b] - exact[b].floor()).total_cmp(&(exact[a] - exact[a].floor())));
    let left = total - points.iter().sum::<i32>();
    for &i in order.iter().take(left.max(0) as usize) {
        points[i] += 1;
    }
    points
}

/// Adds the learned finding to a warm or neutral report whose text the model reads as tense.
pub(crate) fn apply(
    c: &Compiled,
    (model, rule): (&Model, usize),
    text: &str,
    n: &Normalized,
    hits: &[Hit],
    report: &mut Report,
) {
    if matches!(report.label, Label::Tense | Label::Hostile) || n.words().len() < LEARNED_MIN_WORDS
    {
        return;
    }
    let (p, contribution) = weigh(model, c, text, n, hits);
    if p < model.threshold {
        return;
    }
    let mut spans = spans(n, &contribution);
    if spans.is_empty() {
        return;
    }
    let bands = c.rulebook().scoring.bands;
    let sureness = ((p - model.threshold) / (1.0 - model.threshold)).clamp(0.0, 1.0);
    let target = bands.neutral - 1 - (sureness * MAX_DEPTH).round() as i32;
    let needed = (i32::from(report.score) - target).clamp(1, c.rule(rule).weight);
    if spans.len() > needed as usize {
        // Fewer points than spans: quote the heaviest.
        spans.sort_by(|a, b| b.2.total_cmp(&a.2));
        spans.truncate(needed as usize);
        spans.sort_by_key(|s| s.0);
    }
    let shares: Vec<f64> = spans.iter().map(|s| s.2).collect();
    let texts = c.texts(rule);
    let severity = c.rule(rule).severity.unwrap_or(super::Severity::Warn);
    let words = n.words();
    let span_text = |&(first, last, _): &(usize, usize, f64)| {
        (
            words[first].src_start as usize,
            words[last].src_end as usize,
        )
    };
    // Every finding's message quotes all the spans, in order, so the reasons read as one.
    let all: String = spans
        .iter()
        .map(|s| {
            let (bs, be) = span_text(s);
            &text[bs..be]
        })
        .collect::<Vec<_>>()
        .join(" … ");
    let quote = |s: &Arc<str>, templated: bool| -> Arc<str> {
        if templated {
            s.replace("{match}", &all).into()
        } else {
            s.clone()
        }
    };
    let message = quote(&texts.message, texts.message_quotes);
    let suggestion = quote(&texts.suggestion, texts.suggestion_quotes);
    for (span, points) in spans.iter().zip(split_points(needed, &shares)) {
        let (bs, be) = span_text(span);
        let matched: Arc<str> = text[bs..be].into();
        report.arithmetic.push(ScoreStep {
            points: -points,
            category: texts.category.clone(),
            label: texts.label.clone(),
            matched: matched.clone(),
        });
        report.findings.push(Finding {
            rule: texts.id.clone(),
            category: texts.category.clone(),
            severity,
            start: n.char_of(text, bs),
            end: n.char_of(text, be),
            message: message.clone(),
            suggestion: suggestion.clone(),
            rewrite: None,
            matched,
        });
        report.score = report.score.saturating_sub(points.unsigned_abs() as u8);
    }
    report.findings.sort_by_key(|f| (f.start, f.end));
    report.label = label_for(report.score, bands);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tone::{Lang, bundled_json};

    /// The English rules with a model that only knows "circus", "lately" and, faintly, "a circus".
    fn circus() -> Compiled {
        let model = Model::from_json(
            r#"{"schema_version":1,"lang":"en","bias":-3,"threshold":0.5,
                "weights":{"w:circus":4.0,"w:lately":2.0,"b:a circus":0.4}}"#,
        )
        .unwrap();
        Compiled::from_json(bundled_json(Lang::En))
            .unwrap()
            .with_model(model)
    }

    #[test]
    fn the_weightiest_words_are_quoted_and_carry_every_point() {
        let text = "This project has turned into a circus lately.";
        let r = circus().check(text);
        assert_eq!(r.label, Label::Tense, "{r:#?}");
        let learned: Vec<&Finding> = r
            .findings
            .iter()
            .filter(|f| &*f.rule == "en.wording.learned")
            .collect();
        let quoted: Vec<&str> = learned.iter().map(|f| &*f.matched).collect();
        assert_eq!(quoted, ["circus lately"], "{r:#?}");
        let chars: Vec<char> = text.chars().collect();
        let f = learned[0];
        assert_eq!(
            chars[f.start..f.end].iter().collect::<String>(),
            "circus lately"
        );
        assert!(f.message.contains("'circus lately'"), "{}", f.message);
        let two = circus().check("Lately this project has turned into a circus.");
        let messages: Vec<&str> = two.findings.iter().map(|f| &*f.message).collect();
        assert!(
            messages.len() == 2 && messages.iter().all(|m| m.contains("'Lately … circus'")),
            "{messages:?}"
        );
        let distinct = two.distinct_findings();
        assert_eq!(distinct.len(), 1, "one reason over two spans");
        assert_eq!(distinct[0].1, 1);
        assert!(f.rewrite.is_none());
        let steps: i32 = r.arithmetic.iter().map(|s| s.points).sum();
        assert_eq!(i32::from(r.score), r.base() + steps, "{r:#?}");
        assert!(r.arithmetic.iter().any(|s| &*s.category == "wording"));
    }

    #[test]
    fn no_model_no_learned_finding() {
        let rules = Compiled::from_json(bundled_json(Lang::En)).unwrap();
        let r = rules.check("This project has turned into a circus lately.");
        assert!(r.findings.iter().all(|f| &*f.category != "wording"));
        assert!(rules.example_failures().is_empty());
    }

    #[test]
    fn short_texts_and_texts_the_rules_flag_are_left_alone() {
        let c = circus();
        let short = c.check("What a circus.");
        assert!(short.findings.iter().all(|f| &*f.category != "wording"));
        let rules_only = Compiled::from_json(bundled_json(Lang::En)).unwrap();
        let text = "You NEVER pay on time, this is a circus!!!";
        assert_eq!(c.check(text), rules_only.check(text));
    }

    #[test]
    fn points_split_in_proportion_and_add_up() {
        assert_eq!(split_points(10, &[1.0, 1.0]), vec![5, 5]);
        assert_eq!(split_points(11, &[3.0, 1.0]), vec![8, 3]);
        assert_eq!(split_points(3, &[0.1, 0.1, 5.0]), vec![1, 1, 1]);
        assert_eq!(split_points(7, &[0.5, 0.2, 0.3]).iter().sum::<i32>(), 7);
    }
}
