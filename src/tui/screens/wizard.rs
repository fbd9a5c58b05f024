//! The wizard's frame: step title, progress, the step's controls and the playbook beside them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::{message, opener, review, side};
use crate::tui::app::App;
use crate::tui::form::FieldId;
use crate::tui::layout;
use crate::tui::widgets::{chrome, control};
use crate::tui::wizard::{Step, Wizard};
use talkprep::sheet::percent_complete;

/// Draws the wizard in `body`.
pub(crate) fn draw(frame: &mut Frame, body: Rect, app: &App, w: &Wizard) {
    let areas = layout::wizard(body, matches!(w.step, Step::Opener | Step::Message));
    draw_header(frame, areas.header, app, w);
    if w.step == Step::Review {
        let page = match areas.side {
            Some(side) => Rect {
                width: areas.form.width + side.width,
                ..areas.form
            },
            None => areas.form,
        };
        review::draw(frame, page, app, w);
    } else {
        draw_controls(frame, areas.form, app, w);
        if let Some(summary) = areas.summary {
            let width = summary.width.saturating_sub(2).into();
            let lines = if w.step == Step::Message {
                message::summary(app, w, width)
            } else {
                opener::summary(app, w, width)
            };
            frame.render_widget(
                Paragraph::new(lines).block(Block::bordered().border_style(app.theme.border)),
                summary,
            );
        }
        if let Some(side_area) = areas.side {
            let lines = match w.step {
                Step::Opener => opener::panel(app, w),
                Step::Message => message::panel(app, w),
                _ => side::panel(app, w),
            };
            side_panel(frame, side_area, app, w, lines);
        }
    }
    if let Some(prompt) = &w.export_prompt {
        let area = Rect {
            y: body.y + body.height.saturating_sub(3),
            height: 3.min(body.height),
            ..body
        };
        let mut field = prompt.area.clone();
        field.set_block(
            Block::bordered()
                .title(format!(
                    " {} ",
                    crate::tui::widgets::wrap::fit_words(
                        app.cat().get("field.export_path"),
                        usize::from(area.width.saturating_sub(4))
                    )
                ))
                .border_style(app.theme.focus),
        );
        frame.render_widget(ratatui::widgets::Clear, area);
        frame.render_widget(&field, area);
    }
}

/// The side panel, scrolled by `side_scroll`; its borders say when there is more above or
/// below, and which keys scroll it.
fn side_panel(frame: &mut Frame, area: Rect, app: &App, w: &Wizard, lines: Vec<Line<'static>>) {
    let cat = app.cat();
    let inner_width = area.width.saturating_sub(2).max(1);
    let total: u16 = lines
        .iter()
        .map(|l| {
            crate::tui::widgets::wrap::wrap(
                "",
                &[(&l.to_string(), ratatui::style::Style::new())],
                inner_width.into(),
                0,
            )
            .len()
            .max(1) as u16
        })
        .sum();
    let visible = area.height.saturating_sub(2);
    let scroll = w.side_scroll.min(total.saturating_sub(visible));
    let mut block = Block::bordered().border_style(app.theme.border);
    if scroll > 0 {
        block = block.title(Line::styled(
            format!(" {} ", cat.get("side.more_above")),
            app.theme.muted,
        ));
    }
    if scroll + visible < total {
        let text = crate::tui::widgets::wrap::fit_words(
            cat.get("side.more_below"),
            usize::from(inner_width.saturating_sub(2)),
        );
        block = block.title_bottom(Line::styled(format!(" {text} "), app.theme.key));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .scroll((scroll, 0))
            .block(block),
        area,
    );
}

/// The step's title: the message step is the talk track for a call, a video or a meeting.
fn title_key(w: &Wizard) -> &'static str {
    let spoken = talkprep::draft::Kind::of(w.sheet.channel).is_spoken();
    if w.step == Step::Message && spoken {
        "step.talk_track"
    } else {
        w.step.title_key()
    }
}

fn draw_header(frame: &mut Frame, area: Rect, app: &App, w: &Wizard) {
    let cat = app.cat();
    // After the call is a step like the others (9 of 9), not a screen behind the last one.
    let step_words = cat.fill(
        "wizard.step_of",
        &[
            ("n", &(w.step.index() + 1).to_string()),
            ("total", &Step::ALL.len().to_string()),
            ("title", cat.get(title_key(w))),
        ],
    );
    let who = if w.sheet.client.trim().is_empty() {
        String::new()
    } else {
        format!("  ·  {}", w.sheet.client)
    };
    let complete = percent_complete(&w.sheet) == 100;
    let filled: Vec<bool> = Step::ALL
        .iter()
        .map(|s| {
            if s.holds_answers() {
                s.is_filled(&w.sheet)
            } else {
                complete
            }
        })
        .collect();
    let saved = if w.dirty {
        cat.get("wizard.editing")
    } else if w.on_disk {
        cat.get("wizard.saved")
    } else {
        cat.get("wizard.not_saved")
    };
    let mut progress = chrome::progress(&filled, w.step.index(), &app.theme);
    progress.spans.push(Span::raw(cat.fill(
        "wizard.percent",
        &[
            ("percent", &percent_complete(&w.sheet).to_string()),
            ("saved", saved),
        ],
    )));
    let lines = vec![
        Line::from(vec![
            Span::styled(step_words, app.theme.title),
            Span::raw(who),
        ]),
        progress,
    ];
    frame.render_widget(Paragraph::new(lines), area);
}

fn draw_controls(frame: &mut Frame, form: Rect, app: &App, w: &Wizard) {
    let cat = app.cat();
    let placed = layout::controls(form, &w.controls, w.focus);
    for &(index, rect) in &placed {
        let c = &w.controls[index];
        let placeholder = placeholder(app, w, c.id);
        control::draw(
            frame,
            rect,
            c,
            index == w.focus,
            &app.theme,
            cat,
            &placeholder,
        );
        let hot = w.sheet.stakes.heat.is_some_and(|h| h >= super::side::HOT);
        if c.id == FieldId::Heat && hot && rect.height >= 3 {
            let note = Span::styled(format!(" {} ", cat.get("stakes.hot_short")), app.theme.warn);
            let note_area = Rect {
                x: rect.x + 2,
                y: rect.y + rect.height - 1,
                width: rect.width.saturating_sub(4),
                height: 1,
            };
            frame.render_widget(Paragraph::new(Line::from(note)), note_area);
        }
        if c.id == FieldId::When && !w.when_input.trim().is_empty() && rect.height >= 3 {
            let note = match talkprep::sheet::parse_when_in(&w.when_input, w.sheet.lang, w.today) {
                // A date in the past is accepted (a debrief, a late entry) but pointed out.
                Ok(Some(when)) if when.date() < w.today => Span::styled(
                    format!(
                        " {} ",
                        cat.fill(
                            "when.past",
                            &[("when", &talkprep::export::when_in_words(when, cat))]
                        )
                    ),
                    app.theme.warn,
                ),
                Ok(Some(when)) => Span::styled(
                    format!(" {} ", talkprep::export::when_in_words(when, cat)),
                    app.theme.good,
                ),
                Ok(None) => Span::raw(""),
                Err(_) => Span::styled(format!(" {} ", cat.get("when.invalid")), app.theme.bad),
            };
            let note_area = Rect {
                x: rect.x + 2,
                y: rect.y + rect.height - 1,
                width: rect.width.saturating_sub(4),
                height: 1,
            };
            frame.render_widget(Paragraph::new(Line::from(note)), note_area);
        }
        if c.id == FieldId::MessageNextBy && rect.height >= 3 {
            let typed = w.sheet.message.as_ref().map_or("", |m| m.next_by.trim());
            let note = match talkprep::sheet::parse_when_in(typed, w.sheet.lang, w.today) {
                _ if typed.is_empty() => Span::raw(""),
                Ok(Some(when)) => Span::styled(
                    format!(
                        " {} ",
                        talkprep::export::when_in_words(when.date().into(), cat)
                    ),
                    app.theme.good,
                ),
                Ok(None) | Err(_) => {
                    let room = usize::from(rect.width.saturating_sub(6));
                    let said =
                        crate::tui::widgets::wrap::fit_words(cat.get("draft.bad_date"), room);
                    Span::styled(format!(" {said} "), app.theme.bad)
                }
            };
            let note_area = Rect {
                x: rect.x + 2,
                y: rect.y + rect.height - 1,
                width: rect.width.saturating_sub(4),
                height: 1,
            };
            frame.render_widget(Paragraph::new(Line::from(note)), note_area);
        }
    }
    draw_more_markers(frame, app, w, &placed);
}

/// "↑ 2 fields above" on the first field shown and "↓ 1 more field" under the last, when the
/// form is scrolled or cut, on their borders.
fn draw_more_markers(frame: &mut Frame, app: &App, w: &Wizard, placed: &[(usize, Rect)]) {
    let (Some(&(first, top)), Some(&(last, bottom))) = (placed.first(), placed.last()) else {
        return;
    };
    let cat = app.cat();
    let mut marks = Vec::new();
    if first > 0 {
        let text = cat.fill("wizard.more_above", &[("n", &first.to_string())]);
        // On the top border, right of the field's title, when there is room beside it.
        let label = cat.get(w.controls[first].field().label);
        let title = unicode_width::UnicodeWidthStr::width(label) + 6;
        let mark = unicode_width::UnicodeWidthStr::width(text.as_str()) + 3;
        if title + mark <= usize::from(top.width) {
            marks.push((top.y, text, top));
        }
    }
    let below = w.controls.len().saturating_sub(last + 1);
    if below > 0 {
        let y = bottom.y + bottom.height.saturating_sub(1);
        marks.push((
            y,
            cat.fill("wizard.more_below", &[("n", &below.to_string())]),
            bottom,
        ));
    }
    for (y, text, rect) in marks {
        let text = format!(" {text} ");
        let width = (unicode_width::UnicodeWidthStr::width(text.as_str()) as u16).min(rect.width);
        let area = Rect {
            x: rect.x + rect.width.saturating_sub(width + 1),
            y,
            width,
            height: 1,
        };
        frame
            .buffer_mut()
            .set_string(area.x, area.y, &text, app.theme.muted);
    }
}

fn placeholder(app: &App, w: &Wizard, id: FieldId) -> String {
    let cat = app.cat();
    match id {
        FieldId::Topic => {
            let hint = app
                .playbook
                .scenario(&w.sheet.scenario)
                .map(|s| s.topic_hint.as_str())
                .unwrap_or("");
            if hint.is_empty() {
                String::new()
            } else {
                cat.fill("field.topic_example", &[("example", hint)])
            }
        }
        FieldId::Minutes => cat.fill(
            "logistics.minutes_default",
            &[(
                "minutes",
                &talkprep::sheet::default_minutes(w.sheet.channel).to_string(),
            )],
        ),
        FieldId::Address => match talkprep::sheet::suggest_address(&w.sheet.client, w.sheet.lang) {
            Some(name) => cat.fill("field.address_suggested", &[("name", &name)]),
            None => cat.get("field.address.placeholder").to_owned(),
        },
        other => talkprep::sheet::Field::get(other)
            .placeholder
            .map_or_else(String::new, |key| cat.get(key).to_owned()),
    }
}
