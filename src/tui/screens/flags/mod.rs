//! The red-flag review: the checklist with its live verdict, and the verdict page.
//!
//! Areas come from the functions here, which mouse handling calls too, so a click lands on
//! what was drawn.

mod checklist;
mod verdict;

#[cfg(test)]
mod tests;

pub(crate) use verdict::{Target, scrolled_column};

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::tui::app::App;
use crate::tui::flags_state::{FlagsState, Page};
use crate::tui::theme::Theme;
use talkprep::flags::{NextStep, Review, Verdict, sparkline};

/// Width from which the screens use two columns.
pub(crate) const WIDE: u16 = 100;

/// Draws the review screen in `body`.
pub(crate) fn draw(frame: &mut Frame, body: Rect, app: &App, f: &FlagsState) {
    match f.page {
        Page::Checklist => checklist::draw(frame, body, app, f),
        Page::Verdict => verdict::draw(frame, body, app, f),
    }
}

/// The checklist's regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ChecklistAreas {
    /// Title and count.
    pub(crate) header: Rect,
    /// The client field (bordered).
    pub(crate) client: Rect,
    /// One line: completions, or the client's earlier scores.
    pub(crate) strip: Rect,
    /// The items (bordered).
    pub(crate) list: Rect,
    /// The item under the cursor: hint and note (bordered).
    pub(crate) detail: Rect,
    /// The live verdict: a line below the list, or a panel beside it.
    pub(crate) verdict: Rect,
}

/// Splits the checklist body: list above detail and a verdict line when narrow, the detail
/// and verdict in a column beside the list when wide.
pub(crate) fn checklist_areas(body: Rect) -> ChecklistAreas {
    let [header, client, strip, main] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(3),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(body);
    if body.width >= WIDE {
        let side_width = (body.width * 2 / 5).max(36);
        let [list, side] =
            Layout::horizontal([Constraint::Min(40), Constraint::Length(side_width)]).areas(main);
        let [verdict, detail] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Min(4)]).areas(side);
        ChecklistAreas {
            header,
            client,
            strip,
            list,
            detail,
            verdict,
        }
    } else {
        let [list, detail, verdict] = Layout::vertical([
            Constraint::Min(3),
            Constraint::Length(5),
            Constraint::Length(1),
        ])
        .areas(main);
        ChecklistAreas {
            header,
            client,
            strip,
            list,
            detail,
            verdict,
        }
    }
}

/// The verdict page's regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct VerdictAreas {
    /// Title: client and date.
    pub(crate) header: Rect,
    /// One line: the client's reviews, sparkline and trend.
    pub(crate) strip: Rect,
    /// The verdict and why; in one column, everything (scrolled).
    pub(crate) left: Rect,
    /// What next, when wide (scrolled).
    pub(crate) right: Option<Rect>,
}

/// Splits the verdict body.
pub(crate) fn verdict_areas(body: Rect) -> VerdictAreas {
    let [header, strip, _gap, main] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(body);
    if body.width >= WIDE {
        let [left, _gap, right] = Layout::horizontal([
            Constraint::Percentage(42),
            Constraint::Length(2),
            Constraint::Min(30),
        ])
        .areas(main);
        VerdictAreas {
            header,
            strip,
            left,
            right: Some(right),
        }
    } else {
        VerdictAreas {
            header,
            strip,
            left: main,
            right: None,
        }
    }
}

/// The style of a verdict: calm for the lowest band, then warmer to the exit.
pub(crate) fn band_style(verdict: &Verdict, theme: &Theme) -> Style {
    let base = if verdict.rank == 0 {
        theme.good
    } else {
        match verdict.next {
            NextStep::Watch => Style::new(),
            NextStep::Redirect => theme.warn,
            NextStep::Exit => theme.bad,
        }
    };
    base.add_modifier(Modifier::BOLD)
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
        .map(|r| format!("{} {}", r.date, r.score))
        .collect();
    let mut scores: Vec<u32> = reviews.iter().map(|r| r.score).collect();
    if let Some(r) = current {
        let label = if r.id.is_empty() {
            cat.get("flags.now").to_owned()
        } else {
            r.date.to_string()
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

/// Greedy word wrap of styled pieces into lines of at most `width` columns. The first line
/// starts with `prefix`, the others with `indent` spaces; words longer than a line are cut.
pub(crate) fn wrap(
    prefix: &str,
    pieces: &[(&str, Style)],
    width: usize,
    indent: usize,
) -> Vec<Line<'static>> {
    let prefix_width = unicode_width::UnicodeWidthStr::width(prefix);
    let width = width.max(indent + 1).max(prefix_width + 1);
    // (word, style, whether a space comes before it)
    let mut tokens: Vec<(String, Style, bool)> = Vec::new();
    let mut space = false;
    for (text, style) in pieces {
        let mut word = String::new();
        let mut word_space = false;
        for c in text.chars() {
            if c.is_whitespace() {
                if !word.is_empty() {
                    tokens.push((std::mem::take(&mut word), *style, word_space));
                }
                space = true;
            } else {
                if word.is_empty() {
                    word_space = space;
                    space = false;
                }
                word.push(c);
            }
        }
        if !word.is_empty() {
            tokens.push((word, *style, word_space));
        }
    }
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut spans: Vec<Span<'static>> = vec![Span::raw(prefix.to_owned())];
    let mut used = prefix_width;
    let mut line_empty = true;
    for (word, style, space_before) in tokens {
        let mut word = word;
        loop {
            let w = unicode_width::UnicodeWidthStr::width(word.as_str());
            let gap = usize::from(space_before && !line_empty);
            if used + gap + w <= width {
                if gap == 1 {
                    spans.push(Span::styled(" ", style));
                }
                spans.push(Span::styled(word, style));
                used += gap + w;
                line_empty = false;
                break;
            }
            if !line_empty {
                lines.push(Line::from(std::mem::take(&mut spans)));
                spans.push(Span::raw(" ".repeat(indent)));
                used = indent;
                line_empty = true;
                continue;
            }
            // A word longer than a whole line: cut it.
            let (head, tail) = split_at_width(&word, width - used);
            spans.push(Span::styled(head, style));
            lines.push(Line::from(std::mem::take(&mut spans)));
            spans.push(Span::raw(" ".repeat(indent)));
            used = indent;
            if tail.is_empty() {
                break;
            }
            word = tail;
        }
    }
    if !line_empty || lines.is_empty() {
        lines.push(Line::from(spans));
    }
    lines
}

fn split_at_width(word: &str, width: usize) -> (String, String) {
    let mut used = 0;
    let mut head = String::new();
    let mut chars = word.chars();
    for c in chars.by_ref() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width && !head.is_empty() {
            let mut tail = c.to_string();
            tail.extend(chars);
            return (head, tail);
        }
        used += w;
        head.push(c);
    }
    (head, String::new())
}

/// `text` cut to `width` columns with an ellipsis.
pub(crate) fn truncate(text: &str, width: usize) -> String {
    if unicode_width::UnicodeWidthStr::width(text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}
