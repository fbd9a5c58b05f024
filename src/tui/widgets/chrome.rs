//! The parts around every screen: hint bar, status line, "too small" notice, progress.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::tui::app::Tone;
use unicode_width::UnicodeWidthStr;

use crate::tui::keys::{Action, Keymap, Scope};
use crate::tui::theme::Theme;
use talkprep::i18n::Catalog;

/// The key hints for the active scopes, in the key table's order, as many as fit. When some
/// do not fit, the bar ends with the help key and "more", so nothing is dropped silently.
pub(crate) fn hint_bar(
    frame: &mut Frame,
    area: Rect,
    scopes: &[Scope],
    keys: &Keymap,
    theme: &Theme,
    cat: &'static Catalog,
) {
    let hints = keys.active(scopes, true, cat);
    let room = area.width as usize;
    let more = format!(
        "{} {}",
        keys.key_in(Action::Help, scopes, cat),
        cat.get("key.more")
    );
    let width_of = |keys: &str, text: &str| keys.width() + text.width() + 3;
    let total: usize = hints
        .iter()
        .map(|h| width_of(&h.keys_label(), cat.get(&h.text)))
        .sum();
    let budget = if total > room {
        room.saturating_sub(more.width())
    } else {
        room
    };
    let mut spans = Vec::new();
    let mut used = 0usize;
    for hint in &hints {
        // When the bar ends with "? more", the help key is already there.
        if total > room && hint.action == Action::Help {
            continue;
        }
        let label = hint.keys_label();
        let text = cat.get(&hint.text);
        let width = width_of(&label, text);
        if used + width > budget {
            continue;
        }
        spans.push(Span::styled(label, theme.key));
        spans.push(Span::raw(format!(" {text}  ")));
        used += width;
    }
    if total > room {
        let (key, word) = more.split_once(' ').unwrap_or((&more, ""));
        spans.push(Span::styled(key.to_owned(), theme.key));
        spans.push(Span::raw(format!(" {word}")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The status line: a message with a word that says what kind it is.
pub(crate) fn status(
    frame: &mut Frame,
    area: Rect,
    status: Option<&(Tone, String)>,
    theme: &Theme,
) {
    let Some((tone, text)) = status else {
        return;
    };
    let style = match tone {
        Tone::Good => theme.good,
        Tone::Info => Style::new(),
        Tone::Bad => theme.bad,
    };
    let mark = match tone {
        Tone::Good => "✓ ",
        Tone::Info => "· ",
        Tone::Bad => "✗ ",
    };
    let line = crate::tui::widgets::wrap::fit_words(&format!("{mark}{text}"), area.width.into());
    frame.render_widget(Paragraph::new(Span::styled(line, style)), area);
}

/// The screen shown when the terminal is below the minimum size.
pub(crate) fn too_small(frame: &mut Frame, area: Rect, cat: &'static Catalog) {
    let text = cat.fill(
        "app.too_small",
        &[
            ("width", &crate::tui::layout::MIN_WIDTH.to_string()),
            ("height", &crate::tui::layout::MIN_HEIGHT.to_string()),
        ],
    );
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        area,
    );
}

/// A progress row: one cell per step, filled, empty or current, with the count in words.
pub(crate) fn progress(filled: &[bool], current: usize, theme: &Theme) -> Line<'static> {
    let mut spans = Vec::new();
    for (i, done) in filled.iter().enumerate() {
        let symbol = match (i == current, done) {
            (true, _) => "◆",
            (false, true) => "■",
            (false, false) => "□",
        };
        let style = if i == current {
            theme.focus
        } else if *done {
            theme.good
        } else {
            theme.muted
        };
        spans.push(Span::styled(format!("{symbol} "), style));
    }
    Line::from(spans)
}
