//! Drawing the cue card: the same text as `talkprep cue`, sized to the window.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::tui::app::App;
use crate::tui::cue::Cue;
use talkprep::export::{cue_card, cue_text};

/// Draws the cue card in `body`.
pub(crate) fn draw(frame: &mut Frame, body: Rect, app: &App, cue: &Cue) {
    let card = cue_card(&cue.sheet, &app.playbook, app.cat());
    // No border: every row counts when the card must fit 80x24 at a glance.
    let inner = body;
    let text = cue_text(&card, inner.width.saturating_sub(1) as usize);
    let lines: Vec<Line> = text
        .lines()
        .enumerate()
        .map(|(i, line)| {
            if i == 0 {
                Line::styled(line.to_owned(), app.theme.title)
            } else {
                Line::raw(line.to_owned())
            }
        })
        .collect();
    let total = lines.len() as u16;
    if total <= inner.height {
        frame.render_widget(Paragraph::new(lines), body);
        return;
    }
    // Longer than the window: the last row says how much is left and how to get there.
    let rows = inner.height.saturating_sub(1);
    let max_scroll = total.saturating_sub(rows);
    let scroll = cue.scroll.min(max_scroll);
    let below = total - rows - scroll;
    let hint = if below > 0 {
        app.cat()
            .fill("cue.more_below", &[("count", &below.to_string())])
    } else {
        app.cat().get("cue.at_end").to_owned()
    };
    let [text_area, hint_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(body);
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), text_area);
    frame.render_widget(
        Paragraph::new(Line::styled(hint, app.theme.muted)),
        hint_area,
    );
}
