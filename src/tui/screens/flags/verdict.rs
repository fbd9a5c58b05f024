//! The verdict page: the band and why, what to do next (the redirection plan to tick, or the
//! exit with its button), and the client's reviews over time.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{history_spans, verdict_areas};
use crate::tui::app::App;
use crate::tui::flags_state::FlagsState;
use crate::tui::layout::verdict::{scrolled_column, verdict_lines};
use talkprep::flags::Trend;

/// Draws the verdict page in `body`.
pub(crate) fn draw(frame: &mut Frame, body: Rect, app: &App, f: &FlagsState) {
    let cat = app.cat();
    let theme = &app.theme;
    let areas = verdict_areas(body);
    let client = talkprep::sanitize::single_line(&f.client_name());
    let date = if f.review.id.is_empty() {
        cat.get("flags.now").to_owned()
    } else {
        talkprep::i18n::format_date(f.review.date, cat)
    };
    frame.render_widget(
        Paragraph::new(Line::styled(
            cat.fill(
                "flags.verdict_title",
                &[("client", &client), ("date", &date)],
            ),
            theme.title,
        )),
        areas.header,
    );

    let history = f.history();
    let trend = match history.last() {
        Some(earlier) => Trend::between(earlier, &f.review),
        None => Trend::First,
    };
    let trend = cat.get(trend.key());
    let room = (body.width as usize)
        .saturating_sub(unicode_width::UnicodeWidthStr::width(trend) + 2)
        .max(body.width as usize / 2);
    let mut strip = history_spans(app, &history, Some(&f.review), room);
    strip.push(Span::raw("  "));
    strip.push(Span::styled(trend.to_owned(), theme.muted));
    frame.render_widget(Paragraph::new(Line::from(strip)), areas.strip);

    if let Some(_right) = areas.right {
        let lines = verdict_lines(app, f, areas.left.width as usize);
        frame.render_widget(Paragraph::new(lines), areas.left);
    }
    let (area, lines) = scrolled_column(app, f, body);
    let total = lines.len();
    let height = area.height as usize;
    let scroll = f.verdict_scroll as usize;
    let mut shown: Vec<Line> = lines
        .into_iter()
        .skip(scroll)
        .take(height)
        .map(|t| t.line)
        .collect();
    // Say when there is more below, on the last line.
    if total > scroll + height && height >= 2 {
        shown.pop();
        shown.push(Line::styled(cat.get("flags.more_below"), theme.muted));
    }
    frame.render_widget(Paragraph::new(shown), area);
}
