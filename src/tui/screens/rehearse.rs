//! The rehearse screen: the opener as a teleprompter, the timer, and the client's push-back.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::app::App;
use crate::tui::rehearse::{Phase, Rehearse, Source};
use talkprep::rehearse::{LONG_OPENER, Pace, pace, speaking_time};

fn seconds(ms: u64) -> String {
    format!("{}:{:02}", ms / 60_000, (ms / 1000) % 60)
}

/// Draws the rehearse screen in `body`.
pub(crate) fn draw(frame: &mut Frame, body: Rect, app: &App, r: &Rehearse) {
    let cat = app.cat();
    let theme = &app.theme;
    // While a reply is written, the goal lines and the tip make room for it.
    let writing = r.reply.is_some();
    let [header, prompter, points, round, cue] = Layout::vertical([
        Constraint::Length(2),
        if writing {
            Constraint::Length(4)
        } else {
            Constraint::Min(5)
        },
        Constraint::Length(if writing { 0 } else { 3 }),
        Constraint::Min(6),
        Constraint::Length(if writing { 0 } else { 2 }),
    ])
    .areas(body);

    let scenario = app
        .playbook
        .scenario(&r.sheet.scenario)
        .map_or("", |s| s.title.as_str());
    let timer = match r.timer_from_ms {
        Some(from) => cat.fill(
            "rehearse.timer_running",
            &[("time", &seconds(app.now_ms.saturating_sub(from)))],
        ),
        None => match r.times_ms.last() {
            Some(last) => cat.fill(
                "rehearse.timer_last",
                &[
                    ("time", &seconds(*last)),
                    ("runs", &r.times_ms.len().to_string()),
                ],
            ),
            None => cat.get("rehearse.timer_idle").to_owned(),
        },
    };
    let title = cat.fill(
        "rehearse.title",
        &[("client", &r.sheet.client), ("scenario", scenario)],
    );
    let status = cat.fill(
        "rehearse.status",
        &[("rounds", &r.rounds.to_string()), ("timer", &timer)],
    );
    frame.render_widget(
        Paragraph::new(vec![Line::styled(title, theme.title), Line::raw(status)]),
        header,
    );

    let opener = r.opener();
    let estimate = speaking_time(opener);
    let mut lines = vec![Line::raw("")];
    if opener.trim().is_empty() {
        lines.push(Line::styled(cat.get("rehearse.no_opener"), theme.muted));
    } else {
        lines.push(Line::styled(
            cat.quote(opener),
            theme.title.add_modifier(Modifier::BOLD),
        ));
    }
    lines.push(Line::raw(""));
    let estimate_text = cat.fill(
        "rehearse.estimate",
        &[("seconds", &estimate.as_secs().max(1).to_string())],
    );
    lines.push(Line::styled(estimate_text, theme.muted));
    if let (Some(last), None, false) =
        (r.times_ms.last(), r.timer_from_ms, opener.trim().is_empty())
    {
        let spoken = std::time::Duration::from_millis(*last);
        let (key, style) = match pace(spoken, estimate) {
            Pace::Rushed => ("rehearse.pace_rushed", theme.warn),
            Pace::Calm => ("rehearse.pace_calm", theme.good),
            Pace::Slow => ("rehearse.pace_slow", theme.warn),
        };
        let text = cat.fill(
            key,
            &[
                ("spoken", &spoken.as_secs().max(1).to_string()),
                ("estimate", &estimate.as_secs().max(1).to_string()),
            ],
        );
        lines.push(Line::styled(text, style));
    }
    if estimate > LONG_OPENER {
        lines.push(Line::styled(cat.get("rehearse.too_long"), theme.warn));
    }
    let variation = r.variations.get(r.variation);
    let mut which = match variation.map(|v| v.source) {
        Some(Source::Yours) | None => cat.get("rehearse.yours").to_owned(),
        Some(Source::YoursFirmer) => cat.get("rehearse.yours_firmer").to_owned(),
        Some(Source::YoursRewritten) => cat.get("rehearse.yours_rewritten").to_owned(),
        Some(Source::Playbook) => cat.get("rehearse.alternative").to_owned(),
    };
    // Which one is in use matters only once a playbook opener has replaced the user's own.
    if variation.is_some_and(|v| v.in_use) && !r.sheet.opener.yours.is_empty() {
        which = format!("{which} · {}", cat.get("rehearse.in_use"));
    }
    let tone = variation.map_or("", |v| cat.get(v.label.key()));
    let box_title = cat.fill(
        "rehearse.variation",
        &[
            ("n", &(r.variation + 1).to_string()),
            ("total", &r.variations.len().max(1).to_string()),
            ("which", &which),
            ("tone", tone),
        ],
    );
    match &r.editing {
        Some(field) => {
            let tone = talkprep::tone::check(&field.value(), r.sheet.lang).label;
            let title = cat.fill("rehearse.edit", &[("tone", cat.get(tone.key()))]);
            let mut editor = field.area.clone();
            editor.set_block(
                Block::bordered()
                    .title(format!(" {title} "))
                    .border_style(theme.focus),
            );
            editor.set_cursor_line_style(ratatui::style::Style::new());
            frame.render_widget(&editor, prompter);
        }
        None => frame.render_widget(
            Paragraph::new(lines)
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true })
                .block(
                    Block::bordered()
                        .title(format!(" {box_title} "))
                        .border_style(theme.focus),
                ),
            prompter,
        ),
    }

    let g = &r.sheet.goal;
    let point = |key: &str, value: &str| {
        Line::from(vec![
            Span::styled(cat.label(cat.get(key)), theme.key),
            Span::raw(value.replace('\n', " ")),
        ])
    };
    let fallback = r.sheet.fallbacks.first().map(String::as_str).unwrap_or("");
    frame.render_widget(
        Paragraph::new(vec![
            point("goal.outcome", &g.outcome),
            point("goal.firm_on", &g.firm_on),
            point("field.fallback1", fallback),
        ]),
        points,
    );

    draw_round(frame, round, app, r);

    if let Some(tip) = crate::tui::rehearse::cue(&r.sheet, &app.playbook, r.cue) {
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!("{} ", cat.get("rehearse.cue")), theme.key),
                Span::styled(cat.label(&tip.title), theme.title),
                Span::raw(cat.after_colon(&tip.detail)),
            ]))
            .wrap(Wrap { trim: true }),
            cue,
        );
    }
}

fn draw_round(frame: &mut Frame, area: Rect, app: &App, r: &Rehearse) {
    let cat = app.cat();
    let theme = &app.theme;
    let mut lines = Vec::new();
    let title = match r.pushback(&app.playbook) {
        None => {
            lines.push(Line::styled(cat.get("rehearse.start_hint"), theme.muted));
            cat.get("rehearse.round_none").to_owned()
        }
        Some(p) => {
            lines.push(Line::styled(cat.quote(&p.says), theme.warn));
            lines.push(Line::raw(""));
            match r.phase {
                Phase::Pause { until_ms } => {
                    let left = until_ms.saturating_sub(app.now_ms).div_ceil(1000);
                    lines.push(Line::styled(
                        cat.fill("rehearse.pause", &[("seconds", &left.to_string())]),
                        theme.title,
                    ));
                }
                Phase::Answer | Phase::Opener => {
                    lines.push(Line::raw(cat.get("rehearse.answer")));
                }
                Phase::Revealed => {
                    lines.push(Line::from(vec![
                        Span::styled(format!("{} ", cat.get("rehearse.calm_reply")), theme.good),
                        Span::raw(p.reply.clone()),
                    ]));
                }
            }
            if let Some(mine) = r.sheet.my_replies.iter().find(|m| m.pushback == p.says) {
                lines.push(Line::from(vec![
                    Span::styled(format!("{} ", cat.get("rehearse.your_reply")), theme.key),
                    Span::raw(mine.reply.clone()),
                ]));
            }
            cat.fill(
                "rehearse.round",
                &[
                    ("n", &r.rounds.to_string()),
                    ("kind", &pushback_kind(&p.kind, cat)),
                ],
            )
        }
    };
    let block = Block::bordered()
        .title(format!(" {title} "))
        .border_style(theme.border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    match &r.reply {
        Some(field) => {
            // The reply gets most of the box, so what is typed stays in view.
            let [text, input] =
                Layout::vertical([Constraint::Max(1), Constraint::Min(3)]).areas(inner);
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), text);
            let mut editor = field.area.clone();
            let tone = talkprep::tone::check(&field.value(), r.sheet.lang).label;
            let title = cat.fill("rehearse.write", &[("tone", cat.get(tone.key()))]);
            editor.set_block(
                Block::bordered()
                    .title(format!(" {title} "))
                    .border_style(theme.focus),
            );
            editor.set_cursor_line_style(ratatui::style::Style::new());
            frame.render_widget(&editor, input);
        }
        None => frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner),
    }
}

/// A push-back kind in the interface's words; a kind a user's playbook adds, as written there.
fn pushback_kind(kind: &str, cat: &'static talkprep::i18n::Catalog) -> String {
    cat.try_get(&format!("pushback_kind.{kind}"))
        .map_or_else(|| kind.replace('_', " "), str::to_owned)
}
