//! The red-flag review: the checklist with its live verdict, and the verdict page.
//!
//! Areas come from the functions here, which mouse handling calls too, so a click lands on
//! what was drawn.

mod checklist;
mod verdict;

#[cfg(test)]
mod tests;

pub(crate) use crate::tui::layout::flags::{checklist_areas, verdict_areas};
pub(crate) use crate::tui::widgets::wrap::{truncate, wrap};

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;

use crate::tui::app::App;
use crate::tui::flags_state::{FlagsState, Page};
use talkprep::flags::{Review, sparkline};

/// Draws the review screen in `body`.
pub(crate) fn draw(frame: &mut Frame, body: Rect, app: &App, f: &FlagsState) {
    match f.page {
        Page::Checklist => checklist::draw(frame, body, app, f),
        Page::Verdict => verdict::draw(frame, body, app, f),
    }
}

/// A row of dated scores ending with the newest, as many as fit in `width`, then a
/// sparkline of all of them; `current` is labelled "now" when it is not saved yet.
pub(crate) fn history_spans(
    app: &App,
    reviews: &[&Review],
    current: Option<&Review>,
    width: usize,
) -> Vec<Span<'static>> {
    let cat = app.cat();
    let theme = &app.theme;
    let mut entries: Vec<String> = reviews
        .iter()
        .map(|r| format!("{} {}", talkprep::i18n::format_date(r.date, cat), r.score))
        .collect();
    let mut scores: Vec<u32> = reviews.iter().map(|r| r.score).collect();
    if let Some(r) = current {
        let label = if r.id.is_empty() {
            cat.get("flags.now").to_owned()
        } else {
            talkprep::i18n::format_date(r.date, cat)
        };
        entries.push(format!("{label} {}", r.score));
        scores.push(r.score);
    }
    let top = app
        .playbook
        .red_flags
        .bands
        .iter()
        .map(|b| b.min_score)
        .max()
        .unwrap_or(1);
    let spark = sparkline(&scores, top);
    let label = format!("{} ", cat.get("flags.reviews_label"));
    let fixed = label.chars().count() + spark.chars().count() + 3;
    // Newest entries first until the width is used, then shown oldest first.
    let mut shown: Vec<String> = Vec::new();
    let mut used = fixed;
    for entry in entries.iter().rev() {
        let w = unicode_width::UnicodeWidthStr::width(entry.as_str()) + 3;
        if used + w > width && !shown.is_empty() {
            break;
        }
        used += w;
        shown.push(entry.clone());
    }
    shown.reverse();
    let mut text = shown.join(" · ");
    if shown.len() < entries.len() {
        text = format!("… · {text}");
    }
    vec![
        Span::styled(label, theme.muted),
        Span::raw(text),
        Span::raw("  "),
        Span::styled(spark, theme.key),
    ]
}
