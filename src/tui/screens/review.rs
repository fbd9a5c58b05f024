//! The review step: the whole sheet on one scrollable page, with save, export and copy.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::app::App;
use crate::tui::wizard::Wizard;
use talkprep::export::{Entry, outline};

/// The review page's lines.
pub(crate) fn lines(app: &App, w: &Wizard) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let doc = outline(&w.sheet, &app.playbook, app.cat());
    let mut lines = vec![Line::styled(doc.title.clone(), theme.title)];
    for sub in &doc.subtitle {
        lines.push(Line::styled(sub.clone(), theme.muted));
    }
    if doc.sections.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(app.cat().get("review.empty"), theme.muted));
    }
    for section in &doc.sections {
        lines.push(Line::raw(""));
        lines.push(Line::styled(section.heading.to_uppercase(), theme.title));
        for entry in &section.entries {
            match entry {
                Entry::Field { label, value } => {
                    lines.push(Line::styled(doc.punctuation.label(label), theme.key));
                    for l in value.lines() {
                        lines.push(Line::raw(format!("  {l}")));
                    }
                }
                Entry::Item(text) => lines.push(Line::raw(format!("• {text}"))),
                Entry::Block(text) => {
                    for l in text.lines() {
                        lines.push(Line::raw(format!("  {l}")));
                    }
                }
                Entry::Quote(text) => {
                    for l in text.lines() {
                        lines.push(Line::styled(
                            format!("  {}", doc.punctuation.quote(l)),
                            theme.good,
                        ));
                    }
                }
            }
        }
    }
    lines
}

/// Draws the review page in `area`.
pub(crate) fn draw(frame: &mut Frame, area: Rect, app: &App, w: &Wizard) {
    let title = crate::tui::widgets::wrap::fit_parts(
        app.cat().get("review.actions"),
        usize::from(area.width.saturating_sub(4)),
    );
    let block = Block::bordered()
        .title(format!(" {title} "))
        .border_style(app.theme.border);
    frame.render_widget(
        Paragraph::new(lines(app, w))
            .wrap(Wrap { trim: false })
            .scroll((w.review_scroll, 0))
            .block(block),
        area,
    );
}
