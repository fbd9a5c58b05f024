//! The message step's panel: how long the message is, its tone sentence by sentence, and how
//! it was built.

use ratatui::text::{Line, Span};

use super::opener::{label_style, severity_key, tone_summary};
use crate::tui::app::App;
use crate::tui::wizard::Wizard;
use talkprep::draft::{Kind, length};

/// Findings listed in the panel; the rest are counted.
const FINDINGS_SHOWN: usize = 6;

/// The length line: words and reading time, or speaking time for a talk track.
fn length_line(app: &App, w: &Wizard) -> Option<String> {
    let message = w.sheet.message.as_ref()?;
    let spoken = message.spoken;
    let l = length(&message.body, spoken);
    let key = if spoken {
        "draft.length_say"
    } else {
        "draft.length_read"
    };
    Some(app.cat().fill(
        key,
        &[
            ("words", &l.words.to_string()),
            ("minutes", &l.minutes.to_string()),
        ],
    ))
}

/// The tone in two lines, for a window too narrow for the panel.
pub(crate) fn summary(app: &App, w: &Wizard, width: usize) -> Vec<Line<'static>> {
    let fit = |text: String| crate::tui::widgets::wrap::fit_words(&text, width);
    let mut lines = w.message_tone.as_ref().map_or_else(Vec::new, |report| {
        tone_summary(app, report.label, report.score, &report.findings, width)
    });
    if let Some(length) = length_line(app, w) {
        lines.push(Line::styled(fit(length), app.theme.muted));
    }
    lines
}

/// The lines of the message panel.
pub(crate) fn panel(app: &App, w: &Wizard) -> Vec<Line<'static>> {
    let cat = app.cat();
    let theme = &app.theme;
    let kind = Kind::of(w.sheet.channel);
    let mut lines = vec![Line::styled(
        cat.get(&format!("draft.heading_{}", kind.id())).to_owned(),
        theme.title,
    )];
    if let Some(length) = length_line(app, w) {
        lines.push(Line::styled(length, theme.muted));
    }
    if let Some(report) = &w.message_tone {
        lines.push(Line::raw(""));
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", cat.get("tone.heading")), theme.title),
            Span::styled(
                cat.fill(
                    "draft.tone",
                    &[
                        ("label", cat.get(report.label.key())),
                        ("score", &report.score.to_string()),
                        ("sentences", &report.sentences.to_string()),
                    ],
                ),
                label_style(report.label, theme),
            ),
        ]));
        if let Some(worst) = &report.worst {
            lines.push(Line::styled(
                cat.fill("draft.worst", &[("sentence", &cat.quote(worst))]),
                theme.warn,
            ));
        }
        let mut findings: Vec<_> = report.findings.iter().collect();
        findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
        for f in findings.iter().take(FINDINGS_SHOWN) {
            lines.push(Line::raw(""));
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{} ", cat.get(severity_key(f.severity))),
                    theme.warn,
                ),
                Span::styled(cat.quote(&f.matched), theme.flagged),
            ]));
            lines.push(Line::raw(f.message.to_string()));
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
        if findings.len() > FINDINGS_SHOWN {
            lines.push(Line::styled(
                cat.fill(
                    "draft.more_findings",
                    &[("n", &(findings.len() - FINDINGS_SHOWN).to_string())],
                ),
                theme.muted,
            ));
        }
    }
    lines.push(Line::raw(""));
    let about = if w.message_edited() {
        "draft.edited"
    } else {
        "draft.built_from"
    };
    lines.push(Line::styled(cat.get(about).to_owned(), theme.muted));
    if kind.is_spoken() {
        lines.push(Line::raw(""));
        lines.push(Line::raw(cat.get("draft.talk_hint").to_owned()));
    }
    lines
}
