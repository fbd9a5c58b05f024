//! The checklist page: the client, the items by group, the item under the cursor, and the
//! verdict so far.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::{checklist_areas, history_spans, truncate, wrap};
use crate::tui::app::App;
use crate::tui::flags_state::{FlagsState, Focus, Row};
use crate::tui::layout::verdict::band_style;

/// Draws the checklist in `body`.
pub(crate) fn draw(frame: &mut Frame, body: Rect, app: &App, f: &FlagsState) {
    let cat = app.cat();
    let theme = &app.theme;
    let areas = checklist_areas(body);
    let flags = &app.playbook.red_flags;

    let count = cat.fill(
        "flags.ticked_count",
        &[
            ("ticked", &f.review.ticked.len().to_string()),
            ("total", &flags.items.len().to_string()),
        ],
    );
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(cat.get("flags.title"), theme.title),
            Span::styled(format!("  ·  {count}"), theme.muted),
        ])),
        areas.header,
    );

    draw_client(frame, areas.client, app, f);
    frame.render_widget(
        Paragraph::new(strip(app, f, areas.strip.width)),
        areas.strip,
    );
    draw_list(frame, areas.list, app, f);
    draw_detail(frame, areas.detail, app, f);
    draw_verdict(frame, areas.verdict, app, f);
}

fn draw_client(frame: &mut Frame, area: Rect, app: &App, f: &FlagsState) {
    let cat = app.cat();
    let theme = &app.theme;
    let focused = f.focus == Focus::Client && f.note.is_none();
    let marker = if focused { "▶ " } else { "" };
    let mut field = f.client.area.clone();
    field.set_block(
        Block::bordered()
            .title(format!(" {marker}{} ", cat.get("flags.client")))
            .border_style(if focused { theme.focus } else { theme.border })
            .title_style(if focused { theme.focus } else { Style::new() }),
    );
    field.set_cursor_line_style(Style::new());
    field.set_cursor_style(if focused {
        Style::new().add_modifier(Modifier::REVERSED)
    } else {
        Style::new()
    });
    field.set_placeholder_text(cat.get("flags.client_placeholder"));
    field.set_placeholder_style(theme.muted);
    frame.render_widget(&field, area);
}

/// The line under the client field: completions while typing, else the client's history.
fn strip(app: &App, f: &FlagsState, width: u16) -> Line<'static> {
    let cat = app.cat();
    let theme = &app.theme;
    if f.focus == Focus::Client && !f.candidates.is_empty() {
        let mut spans = vec![Span::styled(
            format!("{} ", cat.get("flags.candidates")),
            theme.muted,
        )];
        let mut used = spans[0].width();
        for (i, name) in f.candidates.iter().enumerate() {
            let name = talkprep::sanitize::single_line(name);
            let w = unicode_width::UnicodeWidthStr::width(name.as_str()) + 3;
            if used + w > width as usize {
                spans.push(Span::styled("…", theme.muted));
                break;
            }
            if i > 0 {
                spans.push(Span::styled(" · ", theme.muted));
            }
            spans.push(Span::styled(name, theme.key));
            used += w;
        }
        return Line::from(spans);
    }
    let name = f.client_name();
    if name.is_empty() {
        return Line::styled(cat.get("flags.client_hint"), theme.muted);
    }
    let history = f.history();
    if history.is_empty() {
        return Line::styled(
            cat.fill(
                "flags.first_review",
                &[("client", &talkprep::sanitize::single_line(&name))],
            ),
            theme.muted,
        );
    }
    Line::from(history_spans(
        app,
        &history,
        Some(&f.review),
        width as usize,
    ))
}

fn draw_list(frame: &mut Frame, area: Rect, app: &App, f: &FlagsState) {
    let cat = app.cat();
    let theme = &app.theme;
    let flags = &app.playbook.red_flags;
    let focused = f.focus == Focus::Items && f.note.is_none();
    let block = Block::bordered()
        .title(format!(" {} ", cat.get("flags.checklist")))
        .border_style(if focused { theme.focus } else { theme.border });
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = f.rows(&app.playbook);
    let height = inner.height as usize;
    let top = f.visible_top(&rows, height);
    let width = inner.width as usize;
    let lines: Vec<Line> = rows
        .iter()
        .skip(top)
        .take(height)
        .map(|row| match *row {
            Row::Group(g) => {
                let label = g
                    .and_then(|g| flags.groups.get(g))
                    .map_or(cat.get("flags.group_other"), |g| g.label.as_str());
                Line::styled(truncate(label, width), theme.title)
            }
            Row::Item(pos) => {
                let Some(item) = f.item_at(&app.playbook, pos) else {
                    return Line::raw("");
                };
                let here = focused && pos == f.cursor;
                let pointer = if here { "› " } else { "  " };
                let mark = if f.review.is_ticked(&item.id) {
                    "[x] "
                } else {
                    "[ ] "
                };
                let weight = if item.extreme {
                    format!(" !{}", item.weight)
                } else {
                    format!(" {}", item.weight)
                };
                let room = width.saturating_sub(4 + 4 + weight.chars().count());
                let title = truncate(&item.title, room);
                let pad =
                    room.saturating_sub(unicode_width::UnicodeWidthStr::width(title.as_str()));
                let text = format!("{pointer}{mark}{title}{}{weight}", " ".repeat(pad + 2));
                let style = if here {
                    theme.selected
                } else if f.review.is_ticked(&item.id) {
                    Style::new().add_modifier(Modifier::BOLD)
                } else {
                    Style::new()
                };
                Line::styled(text, style)
            }
            Row::Note(pos) => {
                let note = f
                    .item_at(&app.playbook, pos)
                    .and_then(|item| f.review.note(&item.id))
                    .unwrap_or("");
                Line::styled(truncate(&format!("      ✎ {note}"), width), theme.muted)
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn draw_detail(frame: &mut Frame, area: Rect, app: &App, f: &FlagsState) {
    let cat = app.cat();
    let theme = &app.theme;
    let Some(item) = f.current(&app.playbook) else {
        return;
    };
    if let Some(note) = &f.note {
        let mut field = note.area.clone();
        field.set_block(
            Block::bordered()
                .title(format!(" ▶ {} ", cat.get("flags.note_title")))
                .border_style(theme.focus)
                .title_style(theme.focus),
        );
        field.set_cursor_line_style(Style::new());
        field.set_cursor_style(Style::new().add_modifier(Modifier::REVERSED));
        field.set_placeholder_text(cat.get("flags.note_placeholder"));
        field.set_placeholder_style(theme.muted);
        let height = area.height.min(3);
        frame.render_widget(&field, Rect { height, ..area });
        return;
    }
    let block = Block::bordered()
        .title(format!(" {} ", cat.get("flags.looks_like")))
        .border_style(theme.border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let height = inner.height as usize;
    let note_line = match f.review.note(&item.id) {
        Some(note) => cat.fill("flags.note_line", &[("note", note)]),
        None => cat.get("flags.note_none").to_owned(),
    };
    let title = wrap("", &[(&item.title, theme.title)], width, 0);
    let mut hint = wrap("", &[(&item.hint, Style::new())], width, 0);
    let mut note = wrap("", &[(&note_line, theme.muted)], width, 2);
    // The hint first, then the note (or how to add one), then the title if there is room.
    note.truncate(height.saturating_sub(hint.len()).max(1));
    hint.truncate(height.saturating_sub(note.len()));
    let mut lines = Vec::new();
    if hint.len() + note.len() + title.len() <= height {
        lines.extend(title);
    }
    lines.extend(hint);
    lines.extend(note);
    frame.render_widget(Paragraph::new(lines), inner);
}

fn draw_verdict(frame: &mut Frame, area: Rect, app: &App, f: &FlagsState) {
    let cat = app.cat();
    let theme = &app.theme;
    let verdict = f.verdict(&app.playbook.red_flags);
    let style = band_style(&verdict, theme);
    let title = verdict.band.map_or("", |b| b.title.as_str());
    let score = cat.fill("flags.score", &[("score", &verdict.total.to_string())]);
    if area.height <= 1 {
        let mut spans = vec![
            Span::styled(format!("{} ", cat.get("flags.so_far")), theme.muted),
            Span::styled(title.to_owned(), style),
            Span::raw(format!(" · {score}")),
        ];
        if verdict.extreme_hit {
            spans.push(Span::styled(
                format!(" · {}", cat.get("flags.extreme_short")),
                theme.bad,
            ));
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), area);
        return;
    }
    let block = Block::bordered()
        .title(format!(" {} ", cat.get("flags.so_far_title")))
        .border_style(theme.border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let mut lines = wrap("", &[(title, style)], width, 0);
    lines.push(Line::raw(score));
    if verdict.extreme_hit {
        lines.extend(wrap(
            "",
            &[(cat.get("flags.extreme_long"), theme.bad)],
            width,
            0,
        ));
    }
    if let Some(band) = verdict.band {
        lines.push(Line::raw(""));
        lines.extend(wrap("", &[(&band.advice, Style::new())], width, 0));
    }
    if !verdict.top_items.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(cat.get("flags.weighs_most"), theme.muted));
        for item in verdict.top_items.iter().take(3) {
            lines.extend(wrap(
                "• ",
                &[
                    (&item.title, Style::new()),
                    (&format!(" ({})", item.weight), theme.muted),
                ],
                width,
                2,
            ));
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
