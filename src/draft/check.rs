//! The tone of a whole message, judged sentence by sentence: one tense sentence in a long,
//! friendly email must still be seen, not averaged away.

use unicode_segmentation::UnicodeSegmentation;

use crate::i18n::Lang;
use crate::tone::{Finding, Label, Report, check};

/// What the tone checker found in a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageReport {
    /// The label of the sentence that lands worst (warm when every sentence is warm).
    pub label: Label,
    /// That sentence's score, 0 to 100.
    pub score: u8,
    /// Problems, in text order; offsets are characters into the whole message.
    pub findings: Vec<Finding>,
    /// Things already good, in text order, offsets as for findings.
    pub strengths: Vec<Finding>,
    /// How many sentences were checked.
    pub sentences: usize,
    /// The worst sentence, as written, when any is tense or hostile.
    pub worst: Option<String>,
}

fn rank(label: Label) -> u8 {
    match label {
        Label::Warm => 0,
        Label::Neutral => 1,
        Label::Tense => 2,
        Label::Hostile => 3,
    }
}

/// The reports of sentences already checked, so an edit re-checks only the sentence it
/// changed: a keystroke in a long message costs one sentence, not the whole text.
#[derive(Debug, Clone, Default)]
pub struct SentenceCache {
    lang: Option<Lang>,
    reports: std::collections::HashMap<String, Report>,
}

/// Sentences kept at most; past it the cache starts again (a message is rarely this long).
const CACHED_SENTENCES: usize = 4_096;

impl SentenceCache {
    fn report(&mut self, sentence: &str, lang: Lang) -> Report {
        if self.lang != Some(lang) || self.reports.len() >= CACHED_SENTENCES {
            self.reports.clear();
            self.lang = Some(lang);
        }
        self.reports
            .entry(sentence.to_owned())
            .or_insert_with(|| check(sentence, lang))
            .clone()
    }
}

/// The text a message's tone is checked on: the subject line, when there is one, then the
/// body (finding offsets count from the subject's first character).
pub fn checked_text(subject: &str, body: &str) -> String {
    if subject.trim().is_empty() {
        body.to_owned()
    } else {
        format!("{subject}\n{body}")
    }
}

/// Checks each sentence of `text` (each line, cut at sentence ends) in `lang`.
pub fn check_message(text: &str, lang: Lang) -> MessageReport {
    check_message_with(text, lang, &mut SentenceCache::default())
}

/// [`check_message`], reusing the reports in `cache` of sentences checked before.
pub fn check_message_with(text: &str, lang: Lang, cache: &mut SentenceCache) -> MessageReport {
    let mut report = MessageReport {
        label: Label::Warm,
        score: 100,
        findings: Vec::new(),
        strengths: Vec::new(),
        sentences: 0,
        worst: None,
    };
    let mut worst_rank = 0;
    for (offset, sentence) in sentences(text) {
        let found = cache.report(sentence, lang);
        report.sentences += 1;
        let shift = |mut f: Finding| {
            f.start += offset;
            f.end += offset;
            f
        };
        report
            .findings
            .extend(found.findings.into_iter().map(shift));
        report
            .strengths
            .extend(found.strengths.into_iter().map(shift));
        let r = rank(found.label);
        if r > worst_rank || (r == worst_rank && found.score < report.score) {
            worst_rank = r;
            report.label = found.label;
            report.score = found.score;
            if r >= rank(Label::Tense) {
                report.worst = Some(sentence.trim().to_owned());
            }
        }
    }
    if report.sentences == 0 {
        let blank = check("", lang);
        report.label = blank.label;
        report.score = blank.score;
    }
    report
}

/// The sentences of `text` with letters in them, each with its offset in characters.
fn sentences(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut chars_before = 0;
    for line in text.split_inclusive('\n') {
        let mut at = chars_before;
        for sentence in line.split_sentence_bounds() {
            if sentence.chars().any(char::is_alphabetic) {
                out.push((at, sentence));
            }
            at += sentence.chars().count();
        }
        chars_before += line.chars().count();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_hostile_sentence_in_a_friendly_message_is_seen() {
        let text = "Hi Marta,\n\nI hope you are well. Thank you for the update.\n\n\
                    You NEVER pay on time!!!\n\nBest regards,";
        let report = check_message(text, Lang::En);
        assert!(
            matches!(report.label, Label::Tense | Label::Hostile),
            "{report:?}"
        );
        assert!(report.worst.as_deref().unwrap().contains("NEVER"));
        let f = report
            .findings
            .iter()
            .find(|f| f.matched.to_lowercase().contains("never"))
            .expect("a finding on 'never'");
        let quoted: String = text.chars().skip(f.start).take(f.end - f.start).collect();
        assert_eq!(quoted, &*f.matched, "offsets point into the whole text");
    }

    #[test]
    fn a_calm_message_stays_calm() {
        let text = "Hi Marta,\n\nCould you let me know when the payment will be made?\n\n\
                    I value working with you.\n\nBest regards,";
        let report = check_message(text, Lang::En);
        assert!(
            matches!(report.label, Label::Warm | Label::Neutral),
            "{report:?}"
        );
        assert!(report.worst.is_none());
        assert!(report.sentences >= 3);
    }

    #[test]
    fn the_cache_gives_what_a_fresh_check_gives() {
        let mut cache = SentenceCache::default();
        let first = "Hi Marta,\n\nYou NEVER pay on time!!!\n\nThanks.";
        let edited = "Hi Marta,\n\nYou NEVER pay on time!!! Sorry.\n\nThanks a lot.";
        for text in [first, edited, first] {
            assert_eq!(
                check_message_with(text, Lang::En, &mut cache),
                check_message(text, Lang::En)
            );
        }
        assert_eq!(
            check_message_with(first, Lang::Fr, &mut cache),
            check_message(first, Lang::Fr),
            "another language starts afresh"
        );
    }

    #[test]
    fn empty_text_is_judged_as_the_checker_judges_nothing() {
        let report = check_message(" \n\n", Lang::Fr);
        assert_eq!(report.sentences, 0);
        assert_eq!(report.label, check("", Lang::Fr).label);
    }
}
