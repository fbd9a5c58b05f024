//! The verdict page's lines as laid out, each with what a click on it does: drawn by the
//! screen, and read back by the mouse handler so a click lands on what was drawn.

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;

use super::flags::verdict_areas;
use crate::tui::app::App;
use crate::tui::flags_state::FlagsState;
use crate::tui::theme::Theme;
use crate::tui::widgets::wrap::wrap;
use talkprep::flags::{NextStep, Verdict};

/// The style of a verdict: calm for the lowest band, then warmer to the exit.
pub(crate) fn band_style(verdict: &Verdict, theme: &Theme) -> Style {
    let base = if verdict.rank == 0 {
        theme.good
    } else {
        match verdict.next {
            NextStep::Watch => Style::new(),
            NextStep::Redirect => theme.warn,
            NextStep::Exit => theme.bad,
        }
    };
    base.add_modifier(Modifier::BOLD)
}

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
pub(crate) fn verdict_lines(app: &App, f: &FlagsState, width: usize) -> Vec<Line<'static>> {
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
    let shown = if f.why_expanded {
        verdict.top_items.len()
    } else {
        SHOWN
    };
    for item in verdict.top_items.iter().take(shown) {
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
    if verdict.top_items.len() > shown {
        lines.push(Line::styled(
            cat.fill(
                "flags.and_more",
                &[("count", &(verdict.top_items.len() - shown).to_string())],
            ),
            theme.muted,
        ));
    } else if verdict.top_items.len() > SHOWN {
        lines.push(Line::styled(cat.get("flags.show_fewer"), theme.muted));
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
            let worded = if f.review.team {
                "flags.plan_for_team"
            } else {
                "flags.plan_for_one"
            };
            out.extend(plain(wrap("", &[(cat.get(worded), theme.muted)], width, 0)));
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
                    &[(step.detail_for(f.review.team), theme.muted)],
                    width,
                    6,
                )));
            }
            out.extend(plain(vec![
                Line::raw(""),
                Line::styled(cat.get("flags.strategies"), theme.title),
            ]));
            for s in &playbook.strategies {
                out.extend(plain(titled_bullet(
                    &s.title, &s.summary, theme, cat, width,
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
                out.extend(plain(titled_bullet(
                    &tip.title,
                    &tip.detail,
                    theme,
                    cat,
                    width,
                )));
            }
        }
    }
    out
}

/// "• Title: text", the title in the key style, wrapped to `width` under the bullet.
fn titled_bullet(
    title: &str,
    text: &str,
    theme: &crate::tui::theme::Theme,
    cat: &'static talkprep::i18n::Catalog,
    width: usize,
) -> Vec<Line<'static>> {
    let colon = cat.colon("", "");
    let text = cat.after_colon(text);
    wrap(
        "• ",
        &[
            (title, theme.key),
            (&colon, Style::new()),
            (&text, Style::new()),
        ],
        width,
        2,
    )
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
