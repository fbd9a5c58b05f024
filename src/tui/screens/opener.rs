//! The opener step's panel: the live tone report and the scenario's phrases to avoid.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::tui::wizard::Wizard;
use talkprep::tone::{Label, Severity};

pub(crate) fn label_style(label: Label, theme: &Theme) -> Style {
    match label {
        Label::Warm => theme.good,
        Label::Neutral => Style::new(),
        Label::Tense => theme.warn,
        Label::Hostile => theme.bad,
    }
}

pub(crate) fn severity_key(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "tone.severity.info",
        Severity::Warn => "tone.severity.warn",
        Severity::High => "tone.severity.high",
    }
}

/// The tone in two lines, for a window too narrow for the panel: the label and score with
/// the number of findings, then the strongest finding's words, marked by a sign as well as a
/// colour.
pub(crate) fn summary(app: &App, w: &Wizard, width: usize) -> Vec<Line<'static>> {
    match &w.sheet.opener.tone {
        Some(report) => tone_summary(app, report.label, report.score, &report.findings, width),
        None => vec![Line::styled(
            crate::tui::widgets::wrap::fit_words(app.cat().get("tone.empty"), width),
            app.theme.muted,
        )],
    }
}

/// A tone in two lines fitted to `width`: the label and score with the number of findings,
/// then the strongest finding's words (the opener's, or a whole message's).
pub(crate) fn tone_summary(
    app: &App,
    label: Label,
    score: u8,
    findings: &[talkprep::tone::Finding],
    width: usize,
) -> Vec<Line<'static>> {
    let cat = app.cat();
    let fit = |text: String| crate::tui::widgets::wrap::fit_words(&text, width);
    let head = cat.fill(
        "tone.summary",
        &[
            ("label", cat.get(label.key())),
            ("score", &score.to_string()),
            ("findings", &findings.len().to_string()),
        ],
    );
    let mut lines = vec![Line::styled(fit(head), label_style(label, &app.theme))];
    if let Some(top) = findings.iter().max_by_key(|f| f.severity) {
        let what = format!(
            "{} {}",
            cat.get(severity_key(top.severity)),
            cat.quote(&top.matched)
        );
        let text = format!("✗ {}", cat.colon_sentence(&what, &top.message));
        lines.push(Line::styled(fit(text), app.theme.flagged));
    }
    lines
}

/// The lines of the tone panel.
pub(crate) fn panel(app: &App, w: &Wizard) -> Vec<Line<'static>> {
    let cat = app.cat();
    let theme = &app.theme;
    let mut lines = Vec::new();
    match &w.sheet.opener.tone {
        None => lines.push(Line::styled(cat.get("tone.empty"), theme.muted)),
        Some(report) => {
            let label_key = report.label.key();
            lines.push(Line::from(vec![
                Span::styled(format!("{} ", cat.get("tone.heading")), theme.title),
                Span::styled(
                    format!("{} {}/100", cat.get(label_key), report.score),
                    label_style(report.label, theme),
                ),
            ]));
            // The strongest first, so the one that matters most is never below the fold; a
            // phrase said many times is listed once, with how many times.
            for (f, times) in report.distinct_findings() {
                lines.push(Line::raw(""));
                let mut head = vec![
                    Span::styled(
                        format!("{} ", cat.get(severity_key(f.severity))),
                        theme.warn,
                    ),
                    Span::styled(cat.quote(&f.matched), theme.flagged),
                ];
                if times > 1 {
                    head.push(Span::styled(format!(" ×{times}"), theme.warn));
                }
                lines.push(Line::from(head));
                lines.push(Line::raw(f.message.to_string()));
                // Ctrl-T is offered only where a safe whole-phrase rewrite exists.
                if f.rewrite.is_some() {
                    lines.push(Line::styled(cat.get("tone.one_key"), theme.key));
                }
                if !f.suggestion.is_empty() {
                    lines.push(Line::styled(
                        cat.fill(
                            "tone.try_line",
                            &[("suggestion", &cat.after_colon(&f.suggestion))],
                        ),
                        theme.good,
                    ));
                }
            }
            if !report.strengths.is_empty() {
                lines.push(Line::raw(""));
                lines.push(Line::styled(cat.get("tone.strengths"), theme.title));
                for s in &report.strengths {
                    lines.push(Line::raw(format!(
                        "✓ {}",
                        cat.colon_sentence(&cat.quote(&s.matched), &s.message)
                    )));
                }
            }
            if !report.arithmetic.is_empty() {
                lines.push(Line::raw(""));
                // Each step named by its category in the user's language, never an id.
                let steps: Vec<String> = report
                    .breakdown()
                    .iter()
                    .map(|line| format!("{:+} {}", line.points, line.label))
                    .collect();
                lines.push(Line::styled(
                    cat.fill("tone.arithmetic", &[("steps", &steps.join(", "))]),
                    theme.muted,
                ));
            }
        }
    }
    if let Some(s) = app.playbook.scenario(&w.sheet.scenario)
        && !s.avoid.is_empty()
    {
        lines.push(Line::raw(""));
        lines.push(Line::styled(cat.get("opener.avoid"), theme.title));
        for a in &s.avoid {
            lines.push(Line::from(vec![
                Span::styled(format!("✗ {} ", cat.quote(&a.phrase)), theme.warn),
                Span::raw(a.why.clone()),
            ]));
        }
    }
    lines
}
