//! A plain-text rendering of a report, for the CLI, in the interface's words.
//!
//! ```text
//! [[We need to talk]]. [[You NEVER]] pay on time[[!!!]] {{Thanks}}
//! careful · Alarm “We need to talk”: message → Try: suggestion
//! + Thanks “Thanks”: message
//! = Tone: hostile 20/100 · 3 findings
//!   60
//!   -12 Alarm “We need to talk”
//!   ...
//! ```
//!
//! Problems are wrapped in `[[ ]]`, strengths in `{{ }}` (unless they overlap a problem). The
//! severities, labels, quotes and colons come from the catalogue; the category names and the
//! messages from the rulebook of the text's language.

use std::fmt::Write as _;

use super::compile::rulebook;
use super::lang::Lang;
use super::report::{Finding, Label, Report, Severity};
use crate::i18n::Catalog;

fn severity_key(s: Severity) -> &'static str {
    match s {
        Severity::Info => "tone.severity.info",
        Severity::Warn => "tone.severity.warn",
        Severity::High => "tone.severity.high",
    }
}

fn label_key(l: Label) -> &'static str {
    match l {
        Label::Warm => "tone.label.warm",
        Label::Neutral => "tone.label.neutral",
        Label::Tense => "tone.label.tense",
        Label::Hostile => "tone.label.hostile",
    }
}

/// Merged, sorted char intervals covered by the findings.
fn merged(findings: &[Finding]) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = findings.iter().map(|f| (f.start, f.end)).collect();
    spans.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (s, e) in spans {
        match out.last_mut() {
            Some(last) if s < last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// The text with problems in `[[ ]]` and strengths in `{{ }}`.
fn marked(text: &str, report: &Report) -> String {
    let problems = merged(&report.findings);
    // Both lists are sorted and the problems do not overlap each other, so one walk along
    // the problems finds which strengths touch one.
    let mut p = 0;
    let strengths: Vec<(usize, usize)> = merged(&report.strengths)
        .into_iter()
        .filter(|&(s, e)| {
            while p < problems.len() && problems[p].1 <= s {
                p += 1;
            }
            problems.get(p).is_none_or(|&(ps, _)| ps >= e)
        })
        .collect();
    let mut marks: Vec<(usize, &str)> = Vec::new();
    for (s, e) in problems {
        marks.push((s, "[["));
        marks.push((e, "]]"));
    }
    for (s, e) in strengths {
        marks.push((s, "{{"));
        marks.push((e, "}}"));
    }
    // Closing marks sort before opening ones at the same offset.
    marks.sort_by_key(|&(at, m)| (at, !m.ends_with(']') && !m.ends_with('}')));
    let mut out = String::with_capacity(text.len() + marks.len() * 2);
    let mut next = marks.iter().peekable();
    let count = text.chars().count();
    for (i, c) in text.chars().chain(std::iter::once('\0')).enumerate() {
        while let Some((_, m)) = next.next_if(|&&(at, _)| at <= i) {
            out.push_str(m);
        }
        if i < count {
            out.push(c);
        }
    }
    out
}

/// The text with matches marked, one line per finding and strength, the score and label, then
/// the arithmetic from the base score.
pub fn render_plain(text: &str, report: &Report, cat: &'static Catalog) -> String {
    let lang = report.lang.parse::<Lang>().ok();
    let category = |id: &str| lang.map_or_else(|| id.to_owned(), |l| super::category_label(l, id));
    let mut out = marked(text, report);
    out.push('\n');
    let mut learned_said = false;
    for f in &report.findings {
        // The learned layer's findings share one message that quotes all their words.
        if f.is_learned() && std::mem::replace(&mut learned_said, true) {
            continue;
        }
        let what = if f.is_learned() {
            category(&f.category)
        } else {
            format!("{} {}", category(&f.category), cat.quote(&f.matched))
        };
        let _ = write!(
            out,
            "{} · {}",
            cat.get(severity_key(f.severity)),
            cat.colon_sentence(&what, &f.message)
        );
        if !f.suggestion.is_empty() {
            let _ = write!(
                out,
                " {}",
                cat.fill(
                    "tone.try_line",
                    &[("suggestion", &cat.after_colon(&f.suggestion))]
                )
            );
        }
        out.push('\n');
    }
    for s in &report.strengths {
        let what = format!("{} {}", category(&s.category), cat.quote(&s.matched));
        let _ = writeln!(out, "+ {}", cat.colon_sentence(&what, &s.message));
    }
    let summary = cat.fill(
        "tone.summary",
        &[
            ("label", cat.get(label_key(report.label))),
            ("score", &report.score.to_string()),
            ("findings", &report.findings.len().to_string()),
        ],
    );
    let _ = writeln!(out, "= {summary}");
    let sum: i32 = report.arithmetic.iter().map(|s| s.points).sum();
    let base = report
        .lang
        .parse::<Lang>()
        .map_or(i32::from(report.score) - sum, |l| rulebook(l).scoring.base);
    let _ = writeln!(out, "  {base}");
    for step in &report.arithmetic {
        let _ = writeln!(
            out,
            "  {:+} {} {}",
            step.points,
            category(&step.category),
            cat.quote(&step.matched)
        );
    }
    let _ = writeln!(out, "  = {}", report.score);
    out
}

#[cfg(test)]
mod tests {
    use super::super::check;
    use super::*;
    use crate::i18n::catalog;

    #[test]
    fn renders_marks_lines_and_arithmetic() {
        let text = "We need to talk. You NEVER pay on time!!!";
        let r = check(text, Lang::En);
        let out = render_plain(text, &r, catalog(Lang::En));
        let first = out.lines().next().unwrap_or_default();
        assert_eq!(
            first,
            "[[We need to talk]]. [[You NEVER]] pay on time[[!!!]]"
        );
        let blame = super::super::category_label(Lang::En, "blame");
        assert!(
            out.contains(&format!("strong · {blame} “You NEVER”: ")),
            "{out}"
        );
        assert!(out.contains(" → Try: "), "{out}");
        assert!(out.contains(&format!("  -18 {blame} “You NEVER”")), "{out}");
        assert!(
            out.contains(&format!("= Tone: hostile {}/100", r.score)),
            "{out}"
        );
        let fr = render_plain(text, &r, catalog(Lang::Fr));
        assert!(fr.contains("«\u{a0}You NEVER\u{a0}»"), "{fr}");
        assert!(fr.contains("hostile"), "{fr}");
    }

    #[test]
    fn marks_strengths_and_multibyte_text() {
        let text = "🙂 Merci — thanks, ça va?";
        let r = check(text, Lang::En);
        let out = render_plain(text, &r, catalog(Lang::En));
        assert!(
            out.starts_with("{{🙂}} Merci — {{thanks}}, ça va?\n"),
            "{out}"
        );
    }
}
