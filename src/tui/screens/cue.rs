//! Drawing the cue card: the same text as `talkprep cue`, sized to the window.

use ratatui::Frame;
use ratatui::layout::Rect;
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
    let max_scroll = (lines.len() as u16).saturating_sub(inner.height);
    frame.render_widget(
        Paragraph::new(lines).scroll((cue.scroll.min(max_scroll), 0)),
        body,
    );
}
