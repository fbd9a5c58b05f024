//! Drawing one form control: a bordered editor, a list, a row of choices or a scale.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::i18n::Catalog;
use crate::tui::form::{Control, Mode, PickList, Scale, Widget};
use crate::tui::theme::Theme;

/// Draws `control` in `area`; `placeholder` is shown in an empty text field.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    control: &Control,
    focused: bool,
    theme: &Theme,
    cat: &'static Catalog,
    placeholder: &str,
) {
    let label = cat.get(control.id.label_key());
    let marker = if focused { "▶ " } else { "" };
    let block = Block::bordered()
        .title(Line::from(format!(" {marker}{label} ")))
        .border_style(if focused { theme.focus } else { theme.border })
        .title_style(if focused { theme.focus } else { Style::new() });
    match &control.widget {
        Widget::Text(field) => {
            let mut area_widget = field.area.clone();
            area_widget.set_block(block);
            area_widget.set_cursor_line_style(Style::new());
            area_widget.set_search_style(theme.flagged);
            if focused {
                area_widget.set_cursor_style(
                    Style::new().add_modifier(ratatui::style::Modifier::REVERSED),
                );
            } else {
                area_widget.set_cursor_style(Style::new());
            }
            if !placeholder.is_empty() {
                area_widget.set_placeholder_text(placeholder);
                area_widget.set_placeholder_style(theme.muted);
            }
            frame.render_widget(&area_widget, area);
        }
        Widget::Pick(list) => {
            let inner = block.inner(area);
            frame.render_widget(block, area);
            if list.horizontal {
                frame.render_widget(Paragraph::new(row_line(list, focused, theme)), inner);
            } else {
                draw_list(frame, inner, list, focused, theme, cat);
            }
        }
        Widget::Scale(scale) => {
            let inner = block.inner(area);
            frame.render_widget(block, area);
            frame.render_widget(Paragraph::new(scale_line(scale, theme, cat)), inner);
        }
    }
}

fn mark(list: &PickList, i: usize) -> &'static str {
    let chosen = list.chosen.get(i).copied().unwrap_or(false);
    match (list.mode, chosen) {
        (Mode::Single, true) => "(•) ",
        (Mode::Single, false) => "( ) ",
        (Mode::Multi, true) => "[x] ",
        (Mode::Multi, false) => "[ ] ",
        (Mode::Action, _) => "+ ",
    }
}

/// The spans of a row of choices; each option starts where [`row_offsets`] says.
fn row_line<'a>(list: &'a PickList, focused: bool, theme: &Theme) -> Line<'a> {
    let mut spans = Vec::new();
    for (i, item) in list.items.iter().enumerate() {
        let style = if focused && i == list.cursor {
            theme.selected
        } else {
            Style::new()
        };
        spans.push(Span::styled(
            format!("{}{}", mark(list, i), item.label),
            style,
        ));
        spans.push(Span::raw("  "));
    }
    Line::from(spans)
}

/// Where each option of a row starts, in columns from the row's left edge.
pub fn row_offsets(list: &PickList) -> Vec<(u16, u16)> {
    let mut x = 0u16;
    list.items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let width = unicode_width::UnicodeWidthStr::width(
                format!("{}{}", mark(list, i), item.label).as_str(),
            ) as u16;
            let span = (x, width);
            x = x.saturating_add(width + 2);
            span
        })
        .collect()
}

fn draw_list(
    frame: &mut Frame,
    inner: Rect,
    list: &PickList,
    focused: bool,
    theme: &Theme,
    cat: &'static Catalog,
) {
    if list.items.is_empty() {
        frame.render_widget(
            Paragraph::new(cat.get("list.empty")).style(theme.muted),
            inner,
        );
        return;
    }
    let height = inner.height as usize;
    let first = list.first_visible(height);
    let lines: Vec<Line> = list
        .items
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, item)| {
            let pointer = if i == list.cursor && focused {
                "› "
            } else {
                "  "
            };
            let style = if i == list.cursor && focused {
                theme.selected
            } else {
                Style::new()
            };
            Line::from(Span::styled(
                format!("{pointer}{}{}", mark(list, i), item.label),
                style,
            ))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn scale_line<'a>(scale: &Scale, theme: &Theme, cat: &'static Catalog) -> Line<'a> {
    let Some(value) = scale.value else {
        return Line::from(Span::styled(cat.get("scale.unset"), theme.muted));
    };
    let bar: String = (0..=10)
        .map(|i| if i <= value { '█' } else { '·' })
        .collect();
    let style = match value {
        0..=3 => theme.good,
        4..=6 => Style::new(),
        _ => theme.warn,
    };
    Line::from(vec![
        Span::styled(bar, style),
        Span::raw(format!(" {value}/10")),
    ])
}
