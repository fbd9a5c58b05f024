//! Boxes drawn over the screen: the help overlay and the quit question.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::tui::keys::{Keymap, Scope};
use crate::tui::theme::Theme;
use talkprep::i18n::Catalog;

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

/// The help overlay: every binding active here, generated from the key table.
/// It scrolls by `scroll` rows when it is taller than the screen, and then says so.
pub(crate) fn help(
    frame: &mut Frame,
    area: Rect,
    scopes: &[Scope],
    keys: &Keymap,
    theme: &Theme,
    cat: &'static Catalog,
    scroll: u16,
) {
    let bindings = keys.active(scopes, false, cat);
    let key_width = bindings
        .iter()
        .map(|b| b.keys_label().chars().count())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = bindings
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:key_width$}  ", b.keys_label()), theme.key),
                Span::raw(cat.get(&b.text)),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    for key in ["help.editing", "help.mouse", "help.autosave"] {
        lines.push(Line::styled(cat.get(key), theme.muted));
    }
    let inner_width = 72.min(area.width).saturating_sub(2).max(1);
    let wrapped: u16 = lines
        .iter()
        .map(|l| {
            let width = l.width() as u16;
            width.div_ceil(inner_width).max(1)
        })
        .sum();
    let box_area = centered(area, 72, wrapped + 2);
    let visible = box_area.height.saturating_sub(2);
    let scroll = scroll.min(wrapped.saturating_sub(visible));
    let mut block = Block::bordered()
        .title(crate::tui::widgets::wrap::fit_words(
            &format!(" {} · {} ", cat.get("help.title"), cat.get("help.close")),
            usize::from(box_area.width.saturating_sub(2)),
        ))
        .title_style(theme.title);
    if scroll + visible < wrapped {
        block = block.title_bottom(Line::styled(
            format!(" {} ", cat.get("help.more_below")),
            theme.key,
        ));
    }
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .block(block),
        box_area,
    );
}

/// A question with its answers, e.g. save before quitting.
pub(crate) fn confirm(frame: &mut Frame, area: Rect, title: &str, body: &str, theme: &Theme) {
    let box_area = centered(area, 56, 7);
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(body.to_owned())
            .wrap(Wrap { trim: true })
            .block(
                Block::bordered()
                    .title(format!(" {title} "))
                    .title_style(theme.title)
                    .border_style(theme.focus),
            ),
        box_area,
    );
}
