//! Drawing one form control: a bordered editor, a list, a row of choices or a scale.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::tui::form::{Control, PickList, Scale, Widget};
use crate::tui::theme::Theme;
use talkprep::i18n::Catalog;

/// Draws `control` in `area`; `placeholder` is shown in an empty text field.
pub(crate) fn draw(
    frame: &mut Frame,
    area: Rect,
    control: &Control,
    focused: bool,
    theme: &Theme,
    cat: &'static Catalog,
    placeholder: &str,
) {
    let marker = if focused { "▶ " } else { "" };
    // Borders and the spaces around the title take four columns.
    let room = usize::from(area.width).saturating_sub(4);
    let label = crate::tui::widgets::wrap::fit_words(
        &format!("{marker}{}", cat.get(control.field().label)),
        room,
    );
    let block = Block::bordered()
        .title(Line::from(format!(" {label} ")))
        .border_style(if focused { theme.focus } else { theme.border })
        .title_style(if focused { theme.focus } else { Style::new() });
    match &control.widget {
        Widget::Text(field) if !focused && !field.value().trim().is_empty() => {
            // Not being edited: the start of the answer, so it can be read back, with an
            // ellipsis when there is more (the textarea would show where the cursor was).
            let inner = block.inner(area);
            frame.render_widget(block, area);
            frame.render_widget(Paragraph::new(preview(&field.value(), inner)), inner);
        }
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
            if focused {
                // The real cursor at the insertion point, for screen readers and input methods.
                let inner = Block::bordered().inner(area);
                let at = area_widget.screen_cursor();
                let (top, left) = area_widget.scroll_offset();
                let row = (at.row as u16).saturating_sub(top);
                let col = (at.col as u16).saturating_sub(left);
                if row < inner.height && col < inner.width {
                    frame.set_cursor_position((inner.x + col, inner.y + row));
                }
            }
        }
        Widget::Pick(list) => {
            let inner = block.inner(area);
            frame.render_widget(block, area);
            if list.horizontal {
                frame.render_widget(
                    Paragraph::new(row_line(list, focused, theme, inner.width)),
                    inner,
                );
            } else {
                // An empty list says what would fill it, when its field says so.
                let empty = if placeholder.is_empty() {
                    cat.get("list.empty")
                } else {
                    placeholder
                };
                draw_list(frame, inner, list, focused, theme, empty);
            }
        }
        Widget::Scale(scale) => {
            let inner = block.inner(area);
            frame.render_widget(block, area);
            frame.render_widget(Paragraph::new(scale_line(scale, theme, cat)), inner);
        }
    }
}

/// The start of `text` in the rows of `inner`, wrapped at words, the last row ending in "…"
/// when the text goes on.
fn preview(text: &str, inner: Rect) -> Vec<Line<'static>> {
    let width = usize::from(inner.width).max(1);
    let rows = usize::from(inner.height);
    // Only the start is shown: wrap no more than the rows need (a row holds at most `width`
    // characters and the space it breaks at), so a 10,000-character answer costs no more per frame than a short one.
    let budget = (rows + 1) * (width + 1);
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.lines() {
        if lines.len() > rows {
            break;
        }
        let start: String = paragraph.chars().take(budget).collect();
        for line in crate::tui::widgets::wrap::wrap("", &[(&start, Style::new())], width, 0) {
            lines.push(line.to_string());
        }
    }
    if lines.len() > rows && rows > 0 {
        // The last row shown, with the rest after it, cut at a word and ending in "…".
        let rest = lines[rows - 1..].join(" ");
        lines.truncate(rows - 1);
        lines.push(crate::tui::widgets::wrap::fit_words(&rest, width));
    }
    lines.into_iter().map(Line::raw).collect()
}

fn row_line(list: &PickList, focused: bool, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let cells = list.cells(width);
    let lines = cells.last().map_or(0, |c| c.line as usize + 1);
    let mut out: Vec<Vec<Span>> = vec![Vec::new(); lines];
    let mut x = vec![0u16; lines];
    for cell in cells {
        let line = cell.line as usize;
        if cell.x > x[line] {
            out[line].push(Span::raw(" ".repeat((cell.x - x[line]) as usize)));
        }
        let style = if focused && cell.item == list.cursor {
            theme.selected
        } else {
            Style::new()
        };
        let text = format!("{}{}", list.mark(cell.item), list.items[cell.item].label);
        out[line].push(Span::styled(text, style));
        x[line] = cell.x + cell.width;
    }
    out.into_iter().map(Line::from).collect()
}

fn draw_list(
    frame: &mut Frame,
    inner: Rect,
    list: &PickList,
    focused: bool,
    theme: &Theme,
    empty: &str,
) {
    if list.items.is_empty() {
        frame.render_widget(
            Paragraph::new(empty.to_owned())
                .style(theme.muted)
                .wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
        return;
    }
    let rows = list.rows(inner.width);
    let height = inner.height as usize;
    let first = list.first_row(&rows, height);
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(n, row)| {
            let current = row.item == list.cursor && focused;
            let starts = n == 0 || rows[n - 1].item != row.item;
            let pointer = if current && starts { "› " } else { "  " };
            let style = if current {
                theme.selected
            } else {
                Style::new()
            };
            Line::from(Span::styled(format!("{pointer}{}", row.text), style))
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
