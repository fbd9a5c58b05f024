//! The home screen: start a new prep, or find a saved one.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::app::{App, HomeRow};
use crate::tui::layout;
use crate::tui::layout::first_visible_row;
use crate::tui::update::selected_sheet;
use talkprep::sheet::Summary;

/// Draws the home screen in `body`.
pub(crate) fn draw(frame: &mut Frame, body: Rect, app: &App) {
    let cat = app.cat();
    let theme = &app.theme;
    let areas = layout::home(body);

    let header = vec![
        Line::styled(cat.get("home.title"), theme.title),
        Line::styled(cat.get("home.subtitle"), theme.muted),
    ];
    frame.render_widget(Paragraph::new(header), areas.header);

    let mut filter = app.home.filter.area.clone();
    // The filter always has the keyboard on home.
    let focused = true;
    filter.set_block(
        Block::bordered()
            .title(format!(" {} ", cat.get("field.library_filter")))
            .border_style(if focused { theme.focus } else { theme.border }),
    );
    filter.set_cursor_line_style(Style::new());
    filter.set_cursor_style(if focused {
        Style::new().add_modifier(ratatui::style::Modifier::REVERSED)
    } else {
        Style::new()
    });
    filter.set_placeholder_text(cat.get("home.filter_placeholder"));
    filter.set_placeholder_style(theme.muted);
    frame.render_widget(&filter, areas.filter);

    draw_list(frame, areas.list, app);
    if let Some(preview) = areas.preview {
        draw_preview(frame, preview, app);
    }
}

fn draw_list(frame: &mut Frame, area: Rect, app: &App) {
    let cat = app.cat();
    let theme = &app.theme;
    let visible = app.visible_library();
    let title = cat.fill(
        "home.library",
        &[
            ("shown", &visible.len().to_string()),
            ("total", &app.library.len().to_string()),
        ],
    );
    let block = Block::bordered()
        .title(format!(" {title} "))
        .title_bottom(Line::styled(
            format!(" {} ", cat.get("home.flags_line")),
            theme.muted,
        ))
        .border_style(theme.border);
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let width = inner.width as usize;
    let height = inner.height as usize;
    let first = first_visible_row(app.home.cursor, height);
    // Only the rows on screen are worked out: a library of 10,000 draws as fast as 10.
    let home_rows = app.home_rows();
    let rows: Vec<Line> = home_rows
        .iter()
        .skip(first)
        .take(height)
        .map(|row| match row {
            HomeRow::New => Line::from(format!("+ {}", cat.get("home.new"))),
            HomeRow::Due(item) => {
                let text = cat.fill(
                    "home.due_row",
                    &[
                        ("status", &item.status(cat)),
                        ("client", &item.client),
                        ("owner", item.owner_label(cat)),
                        ("what", &item.what),
                    ],
                );
                let style = if item.is_overdue() {
                    theme.warn
                } else {
                    theme.key
                };
                Line::styled(truncate(&text, width.saturating_sub(2)), style)
            }
            HomeRow::Review(i) => Line::styled(
                truncate(&review_row(app, *i), width.saturating_sub(2)),
                theme.key,
            ),
            HomeRow::Sheet(i) => {
                Line::from(row_text(&app.library[*i], app, width.saturating_sub(2)))
            }
        })
        .collect();
    let mut rows = rows;
    if visible.is_empty() {
        let key = if !app.library_read {
            "home.reading"
        } else if app.library.is_empty() {
            "home.empty"
        } else {
            "home.no_match"
        };
        rows.push(Line::styled(cat.get(key), theme.muted));
    }
    let lines: Vec<Line> = rows
        .into_iter()
        .enumerate()
        .take(height)
        .map(|(offset, line)| {
            let i = first + offset;
            if i == app.home.cursor {
                let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
                Line::styled(format!("› {text}"), theme.selected)
            } else {
                let mut spans = vec![Span::raw("  ")];
                spans.extend(line.spans);
                Line::from(spans)
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// "◇ Red flags · Dana: Pink flags · score 6 · 1 Dec 2026", for a client's latest verdict.
fn review_row(app: &App, index: usize) -> String {
    let cat = app.cat();
    let Some(history) = app.reviewed.get(index) else {
        return String::new();
    };
    let Some(latest) = history.latest() else {
        return String::new();
    };
    cat.fill(
        "home.review_row",
        &[
            ("client", &talkprep::sanitize::single_line(&history.client)),
            (
                "band",
                talkprep::flags::band_title(&app.playbook, &latest.band),
            ),
            ("score", &latest.score.to_string()),
            ("date", &talkprep::i18n::format_date(latest.date, cat)),
        ],
    )
}

fn truncate(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width {
            if width > 0 {
                out.pop();
                out.push('…');
            }
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

fn pad(text: &str, width: usize) -> String {
    let cut = truncate(text, width);
    let used = unicode_width::UnicodeWidthStr::width(cut.as_str());
    format!("{cut}{}", " ".repeat(width.saturating_sub(used)))
}

fn row_text(sheet: &Summary, app: &App, width: usize) -> String {
    let cat = app.cat();
    let client = if sheet.client.trim().is_empty() {
        cat.get("sheet.no_client")
    } else {
        sheet.client.as_str()
    };
    let scenario = app
        .playbook
        .scenario(&sheet.scenario)
        .map_or(sheet.scenario.as_str(), |s| s.title.as_str());
    let when = sheet
        .when
        .map(|w| talkprep::i18n::format_date(w.date(), cat))
        .unwrap_or_else(|| "—".to_owned());
    let percent = cat.percent(format!("{:>3}", sheet.percent_complete()));
    let rehearsed = match sheet.rehearsals {
        0 => String::new(),
        n => format!(" {}", cat.fill("home.rehearsed", &[("n", &n.to_string())])),
    };
    let date_width = date_column_width(cat);
    let percent_width = unicode_width::UnicodeWidthStr::width(percent.as_str());
    let fixed = date_width
        + 1
        + percent_width
        + 2
        + unicode_width::UnicodeWidthStr::width(rehearsed.as_str());
    let rest = width.saturating_sub(fixed);
    let client_width = (rest * 2 / 5).max(6);
    let scenario_width = rest.saturating_sub(client_width + 1);
    format!(
        "{} {} {} {percent}{rehearsed}",
        pad(client, client_width),
        pad(scenario, scenario_width),
        pad(&when, date_width)
    )
}

/// The widest date the language writes (a two-digit day in its longest month name), so the
/// column lines up; worked out once per language.
fn date_column_width(cat: &'static talkprep::i18n::Catalog) -> usize {
    use std::sync::OnceLock;
    static WIDTHS: [OnceLock<usize>; 4] = [const { OnceLock::new() }; 4];
    let slot = talkprep::i18n::Lang::ALL
        .iter()
        .position(|l| *l == cat.lang())
        .unwrap_or(0);
    *WIDTHS[slot].get_or_init(|| {
        (1..=12)
            .map(|month| {
                let day = jiff::civil::date(2026, month, 28);
                unicode_width::UnicodeWidthStr::width(
                    talkprep::i18n::format_date(day, cat).as_str(),
                )
            })
            .max()
            .unwrap_or(10)
    })
}

fn draw_preview(frame: &mut Frame, area: Rect, app: &App) {
    let cat = app.cat();
    let theme = &app.theme;
    let mut lines = Vec::new();
    match selected_sheet(app) {
        Some(sheet) => {
            let scenario = app.playbook.scenario(&sheet.scenario);
            lines.push(Line::styled(sheet.client.clone(), theme.title));
            if let Some(s) = scenario {
                lines.push(Line::raw(s.title.clone()));
            }
            if let Some(when) = sheet.when {
                lines.push(Line::raw(talkprep::export::when_in_words(when, cat)));
            }
            lines.push(Line::raw(""));
            if !sheet.outcome.trim().is_empty() {
                lines.push(Line::styled(cat.get("goal.outcome"), theme.muted));
                lines.push(Line::raw(sheet.outcome.clone()));
                lines.push(Line::raw(""));
            }
            if !sheet.opener.trim().is_empty() {
                lines.push(Line::styled(cat.get("field.opener"), theme.muted));
                lines.push(Line::raw(cat.quote(&sheet.opener)));
                lines.push(Line::raw(""));
            }
            let missing: Vec<&str> = talkprep::sheet::Step::ANSWERED
                .iter()
                .filter(|step| !sheet.is_filled(**step))
                .map(|step| cat.get(step.title_key()))
                .collect();
            if !missing.is_empty() {
                lines.push(Line::styled(
                    cat.fill("home.missing", &[("parts", &missing.join(", "))]),
                    theme.muted,
                ));
            }
        }
        None => {
            lines.push(Line::styled(cat.get("home.before_title"), theme.title));
            for tip in app.playbook.before.iter().take(6) {
                lines.push(Line::from(vec![
                    Span::styled(format!("• {}", cat.label(&tip.title)), theme.key),
                    Span::raw(cat.after_colon(&tip.detail)),
                ]));
            }
        }
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(Block::bordered().border_style(theme.border)),
        area,
    );
}
