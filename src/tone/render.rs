//! A plain-text rendering of a report, for the CLI and for logs.
//!
//! It uses only symbols and data (rule ids, category ids, the rulebook's messages), so it needs no
//! translation:
//!
//! ```text
//! [[We need to talk]]. [[You NEVER]] pay on time[[!!!]] {{Thanks}}
//! warn alarm 'We need to talk': message -> suggestion
//! + thanks 'Thanks': message
//! = 20/100 hostile
//!   60
//!   -12 alarm 'We need to talk'
//!   ...
//! ```
//!
//! Problems are wrapped in `[[ ]]`, strengths in `{{ }}` (unless they overlap a problem).

use std::fmt::Write as _;

use super::compile::rulebook;
use super::lang::Lang;
use super::report::{Finding, Label, Report, Severity};

fn severity_code(s: Severity) -> &'static str {
    match s {
        Severity::Info => "info",
        Severity::Warn => "warn",
        Severity::High => "high",
    }
}

fn label_code(l: Label) -> &'static str {
    match l {
        Label::Warm => "warm",
        Label::Neutral => "neutral",
        Label::Tense => "tense",
        Label::Hostile => "hostile",
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
pub fn render_plain(text: &str, report: &Report) -> String {
    let mut out = marked(text, report);
    out.push('\n');
    for f in &report.findings {
        let _ = write!(
            out,
            "{} {} '{}': {}",
            severity_code(f.severity),
            f.category,
            f.matched,
            f.message
        );
        if !f.suggestion.is_empty() {
            let _ = write!(out, " -> {}", f.suggestion);
        }
        out.push('\n');
    }
    for s in &report.strengths {
        let _ = writeln!(out, "+ {} '{}': {}", s.category, s.matched, s.message);
    }
    let _ = writeln!(out, "= {}/100 {}", report.score, label_code(report.label));
    let sum: i32 = report.arithmetic.iter().map(|s| s.points).sum();
    let base = report
        .lang
        .parse::<Lang>()
        .map_or(i32::from(report.score) - sum, |l| rulebook(l).scoring.base);
    let _ = writeln!(out, "  {base}");
    for step in &report.arithmetic {
        let _ = writeln!(
            out,
            "  {:+} {} '{}'",
            step.points, step.category, step.matched
        );
    }
    let _ = writeln!(out, "  = {}", report.score);
    out
}

#[cfg(test)]
mod tests {
    use super::super::check;
    use super::*;

    #[test]
    fn renders_marks_lines_and_arithmetic() {
        let text = "We need to talk. You NEVER pay on time!!!";
        let r = check(text, Lang::En);
        let out = render_plain(text, &r);
        let first = out.lines().next().unwrap_or_default();
        assert_eq!(
            first,
            "[[We need to talk]]. [[You NEVER]] pay on time[[!!!]]"
        );
        assert!(out.contains("high blame 'You NEVER': "), "{out}");
        assert!(out.contains(" -> "), "{out}");
        assert!(out.contains("  -18 blame 'You NEVER'"), "{out}");
        assert!(out.contains(&format!("= {}/100 hostile", r.score)), "{out}");
    }

    #[test]
    fn marks_strengths_and_multibyte_text() {
        let text = "🙂 Merci — thanks, ça va?";
        let r = check(text, Lang::En);
        let out = render_plain(text, &r);
        assert!(
            out.starts_with("{{🙂}} Merci — {{thanks}}, ça va?\n"),
            "{out}"
        );
    }
}
