//! The verdict page: the band and why, what to do next (the redirection plan to tick, or the
//! exit with its button), and the client's reviews over time.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{band_style, history_spans, verdict_areas, wrap};
use crate::tui::app::App;
use crate::tui::flags_state::FlagsState;
use talkprep::flags::{NextStep, Trend};

/// Something on the verdict page a key or a click acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// A step of the redirection plan, by index.
    Plan(usize),
    /// The "start an exit prep" button.
    Exit,
}

/// A drawn line and what it stands for.
#[derive(Debug, Clone)]
pub(crate) struct Tagged {
    /// The line.
    pub(crate) line: Line<'static>,
    /// What a click on it does, if anything.
    pub(crate) target: Option<Target>,
}

fn plain(lines: Vec<Line<'static>>) -> impl Iterator<Item = Tagged> {
    lines.into_iter().map(|line| Tagged { line, target: None })
}

/// The verdict and why.
fn verdict_lines(app: &App, f: &FlagsState, width: usize) -> Vec<Line<'static>> {
    let cat = app.cat();
    let theme = &app.theme;
    let verdict = f.verdict(&app.playbook.red_flags);
    let style = band_style(&verdict, theme);
    let mut lines = Vec::new();
    if let Some(band) = verdict.band {
        lines.extend(wrap("", &[(&band.title, style)], width, 0));
    }
    let mut score = cat.fill("flags.score", &[("score", &verdict.total.to_string())]);
    if verdict.extreme_hit {
        score = format!("{score} · {}", cat.get("flags.extreme_short"));
    }
    lines.push(Line::raw(score));
    if let Some(band) = verdict.band {
        lines.push(Line::raw(""));
        lines.extend(wrap("", &[(&band.advice, Style::new())], width, 0));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(cat.get("flags.why"), theme.title));
    if verdict.top_items.is_empty() {
        lines.extend(wrap(
            "",
            &[(cat.get("flags.why_none"), theme.muted)],
            width,
            0,
        ));
    }
    const SHOWN: usize = 4;
    for item in verdict.top_items.iter().take(SHOWN) {
        let text = if item.extreme {
            cat.fill("flags.why_extreme", &[("title", &item.title)])
        } else {
            cat.fill(
                "flags.why_item",
                &[("title", &item.title), ("weight", &item.weight.to_string())],
            )
        };
        let style = if item.extreme {
            theme.bad
        } else {
            Style::new()
        };
        lines.extend(wrap("• ", &[(&text, style)], width, 2));
        if let Some(note) = f.review.note(&item.id) {
            lines.extend(wrap("  ✎ ", &[(note, theme.muted)], width, 4));
        }
    }
    if verdict.top_items.len() > SHOWN {
        lines.push(Line::styled(
            cat.fill(
                "flags.and_more",
                &[("count", &(verdict.top_items.len() - SHOWN).to_string())],
            ),
            theme.muted,
        ));
    }
    lines
}

/// What to do next, with the plan's steps and the exit button tagged.
fn next_lines(app: &App, f: &FlagsState, width: usize, focused: bool) -> Vec<Tagged> {
    let cat = app.cat();
    let theme = &app.theme;
    let playbook = &app.playbook;
    let verdict = f.verdict(&playbook.red_flags);
    let mut out: Vec<Tagged> = Vec::new();
    out.extend(plain(vec![Line::styled(
        cat.get("flags.what_next"),
        theme.title,
    )]));
    match verdict.next {
        NextStep::Watch => {
            out.extend(plain(wrap(
                "",
                &[(cat.get("flags.next_watch"), Style::new())],
                width,
                0,
            )));
        }
        NextStep::Redirect => {
            out.extend(plain(wrap(
                "",
                &[(cat.get("flags.plan"), theme.muted)],
                width,
                0,
            )));
            for (i, step) in playbook.redirection_plan.iter().enumerate() {
                let done = f.review.plan_done.contains(&i);
                let mark = if done { "[x]" } else { "[ ]" };
                let here = focused && i == f.plan_cursor;
                let pointer = if here { "›" } else { " " };
                let style = if here { theme.selected } else { theme.key };
                let head = wrap(
                    &format!("{pointer}{mark} {}. ", i + 1),
                    &[(&step.title, style)],
                    width,
                    6,
                );
                for line in head {
                    out.push(Tagged {
                        line,
                        target: Some(Target::Plan(i)),
                    });
                }
                out.extend(plain(wrap(
                    "      ",
                    &[(&step.detail, theme.muted)],
                    width,
                    6,
                )));
            }
            out.extend(plain(vec![
                Line::raw(""),
                Line::styled(cat.get("flags.strategies"), theme.title),
            ]));
            for s in &playbook.strategies {
                out.extend(plain(wrap(
                    "• ",
                    &[
                        (&s.title, theme.key),
                        (": ", Style::new()),
                        (&s.summary, Style::new()),
                    ],
                    width,
                    2,
                )));
            }
        }
        NextStep::Exit => {
            let label = cat.fill(
                "flags.exit_button",
                &[("client", &talkprep::sanitize::single_line(&f.client_name()))],
            );
            let style = if focused { theme.selected } else { theme.key };
            for line in wrap("", &[(&format!("[ {label} ]"), style)], width, 2) {
                out.push(Tagged {
                    line,
                    target: Some(Target::Exit),
                });
            }
            out.extend(plain(vec![
                Line::raw(""),
                Line::styled(cat.get("flags.breaking"), theme.title),
            ]));
            for tip in &playbook.breaking_point {
                out.extend(plain(wrap(
                    "• ",
                    &[
                        (&tip.title, theme.key),
                        (": ", Style::new()),
                        (&tip.detail, Style::new()),
                    ],
                    width,
                    2,
                )));
            }
        }
    }
    out
}

/// The area whose lines scroll (what next, or everything in one column) and its lines.
pub(crate) fn scrolled_column(app: &App, f: &FlagsState, body: Rect) -> (Rect, Vec<Tagged>) {
    let areas = verdict_areas(body);
    let focused = app.overlay.is_none();
    match areas.right {
        Some(right) => (right, next_lines(app, f, right.width as usize, focused)),
        None => {
            let width = areas.left.width as usize;
            let mut lines: Vec<Tagged> = plain(verdict_lines(app, f, width)).collect();
            lines.push(Tagged {
                line: Line::raw(""),
                target: None,
            });
            lines.extend(next_lines(app, f, width, focused));
            (areas.left, lines)
        }
    }
}

/// Draws the verdict page in `body`.
pub(crate) fn draw(frame: &mut Frame, body: Rect, app: &App, f: &FlagsState) {
    let cat = app.cat();
    let theme = &app.theme;
    let areas = verdict_areas(body);
    let client = talkprep::sanitize::single_line(&f.client_name());
    let date = if f.review.id.is_empty() {
        cat.get("flags.now").to_owned()
    } else {
        f.review.date.to_string()
    };
    frame.render_widget(
        Paragraph::new(Line::styled(
            cat.fill(
                "flags.verdict_title",
                &[("client", &client), ("date", &date)],
            ),
            theme.title,
        )),
        areas.header,
    );

    let history = f.history();
    let trend = match history.last() {
        Some(earlier) => Trend::between(earlier, &f.review),
        None => Trend::First,
    };
    let trend = cat.get(trend.key());
    let room = (body.width as usize)
        .saturating_sub(unicode_width::UnicodeWidthStr::width(trend) + 2)
        .max(body.width as usize / 2);
    let mut strip = history_spans(app, &history, Some(&f.review), room);
    strip.push(Span::raw("  "));
    strip.push(Span::styled(trend.to_owned(), theme.muted));
    frame.render_widget(Paragraph::new(Line::from(strip)), areas.strip);

    if let Some(_right) = areas.right {
        let lines = verdict_lines(app, f, areas.left.width as usize);
        frame.render_widget(Paragraph::new(lines), areas.left);
    }
    let (area, lines) = scrolled_column(app, f, body);
    let total = lines.len();
    let height = area.height as usize;
    let scroll = f.verdict_scroll as usize;
    let mut shown: Vec<Line> = lines
        .into_iter()
        .skip(scroll)
        .take(height)
        .map(|t| t.line)
        .collect();
    // Say when there is more below, on the last line.
    if total > scroll + height && height >= 2 {
        shown.pop();
        shown.push(Line::styled(cat.get("flags.more_below"), theme.muted));
    }
    frame.render_widget(Paragraph::new(shown), area);
}
