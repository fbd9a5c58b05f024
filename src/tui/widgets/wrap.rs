//! Wrapping styled text into lines of a given width, and cutting text to fit.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

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

/// `text` made of parts joined by " · " (a title listing keys), cut to `width` columns after
/// a whole part, ending with "…" when parts were left out: "e export · c copy…" never shows.
pub(crate) fn fit_parts(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    for part in text.split(" · ") {
        let candidate = if out.is_empty() {
            part.to_owned()
        } else {
            format!("{out} · {part}")
        };
        if candidate.width() + 2 > width {
            break;
        }
        out = candidate;
    }
    if out.is_empty() {
        return fit_words(text, width);
    }
    format!("{out} …")
}

/// `text` cut to `width` columns at a word boundary, ending with "…" when cut: a title, a
/// hint or a status never ends in half a word or half a number. A first word longer than the
/// width is cut inside it, as nothing better fits.
pub(crate) fn fit_words(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    if text.width() <= width {
        return text.to_owned();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    for word in text.split(' ') {
        let candidate = if out.is_empty() {
            word.to_owned()
        } else {
            format!("{out} {word}")
        };
        if candidate.width() + 1 > width {
            break;
        }
        out = candidate;
    }
    let out = out.trim_end_matches([',', ';', ':', '·', ' ']);
    if out.is_empty() {
        return truncate(text, width);
    }
    format!("{out}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_a_word_and_never_inside_a_number() {
        assert_eq!(fit_words("score 10 of 17", 8), "score…");
        assert_eq!(fit_words("score 10 of 17", 14), "score 10 of 17");
        assert_eq!(fit_words("Toute autre touche continue", 12), "Toute autre…");
        assert_eq!(fit_words("Supercalifragilistic", 6), "Super…");
        assert_eq!(fit_words("a, b", 3), "a…");
        assert_eq!(fit_words("anything", 0), "");
    }
}
