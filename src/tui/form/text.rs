//! A text field: a wrapped, multi-line editor (or a one-line one) over ratatui-textarea.

use crate::tui::keys::Action;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::Widget;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use talkprep::sanitize;

/// An editable field.
#[derive(Debug, Clone)]
pub(crate) struct TextField {
    /// The editor, with its own cursor, undo history and scroll.
    pub(crate) area: TextArea<'static>,
    /// Whether Enter ends the field instead of starting a new line.
    pub(crate) single_line: bool,
}

impl TextField {
    /// A field holding `value`, cursor at its end.
    pub(crate) fn new(value: &str, single_line: bool) -> TextField {
        let lines: Vec<String> = if value.is_empty() {
            vec![String::new()]
        } else {
            value.split('\n').map(str::to_owned).collect()
        };
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_max_histories(200);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        TextField { area, single_line }
    }

    /// Puts the cursor on the first character, so the text is seen from its start.
    pub(crate) fn cursor_to_start(&mut self) {
        self.area.move_cursor(CursorMove::Top);
        self.area.move_cursor(CursorMove::Head);
    }

    /// The whole text, lines joined with `\n`.
    pub(crate) fn value(&self) -> String {
        self.area.lines().join("\n")
    }

    /// Replaces the whole text (undoable).
    pub(crate) fn set_value(&mut self, value: &str) {
        self.area.select_all();
        self.area.cut();
        self.insert(value);
    }

    /// Inserts text at the cursor, as a paste does: cleaned of control characters, and on one
    /// line for a one-line field.
    pub(crate) fn insert(&mut self, text: &str) {
        let clean = if self.single_line {
            sanitize::single_line(text)
        } else {
            sanitize::multiline(text)
        };
        self.area.insert_str(clean);
    }

    /// Moves the cursor to the character drawn at column `x`, row `y` of the screen, the text
    /// being drawn in `text_area` (inside any border). The field is drawn once off screen to
    /// learn its wrapping and scroll, which are exactly those of the frame on screen: both come
    /// from the same state.
    pub(crate) fn click(&mut self, text_area: Rect, x: u16, y: u16) {
        if !text_area.contains(Position::new(x, y)) {
            return;
        }
        let mut probe = self.area.clone();
        probe.set_block(ratatui::widgets::Block::default());
        let mut scratch = Buffer::empty(text_area);
        Widget::render(&probe, text_area, &mut scratch);
        let (top, left) = probe.scroll_offset();
        let row = usize::from(y - text_area.y) + usize::from(top);
        let col = usize::from(x - text_area.x) + usize::from(left);
        let target = probe.screen_to_data(row, col);
        let clamp = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        self.area
            .move_cursor(CursorMove::Jump(clamp(target.0), clamp(target.1)));
    }

    /// Feeds a key to the editor, with the action the key table gives it here (undo is ours;
    /// every other key is the editor's own); returns whether the text changed.
    pub(crate) fn key(&mut self, event: KeyEvent, action: Option<Action>) -> bool {
        if self.single_line && event.code == KeyCode::Enter {
            return false;
        }
        let before = self.value();
        if action == Some(Action::UndoEdit) {
            self.area.undo();
        } else if action == Some(Action::DeleteToStart) {
            self.area.delete_line_by_head();
        } else {
            self.area.input(event);
        }
        before != self.value()
    }

    /// Highlights every occurrence of `phrases` (case-insensitive), e.g. tone findings.
    pub(crate) fn highlight(&mut self, phrases: &[String]) {
        let alternatives: Vec<String> = phrases
            .iter()
            .filter(|p| !p.trim().is_empty())
            .map(|p| regex_escape(p))
            .collect();
        let pattern = if alternatives.is_empty() {
            String::new()
        } else {
            format!("(?i){}", alternatives.join("|"))
        };
        // An escaped alternation always compiles; on the impossible failure, no highlight.
        let _ = self.area.set_search_pattern(pattern);
    }
}

fn regex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyModifiers;

    #[test]
    fn paste_keeps_lines_in_multiline_and_flattens_single() {
        let mut multi = TextField::new("", false);
        multi.insert("one\r\ntwo\x1b[2J");
        assert_eq!(multi.value(), "one\ntwo[2J");
        let mut single = TextField::new("", true);
        single.insert("one\ntwo");
        assert_eq!(single.value(), "one two");
    }

    #[test]
    fn a_click_puts_the_cursor_on_the_character_under_it() {
        let mut field = TextField::new("hello world again\nsecond line", false);
        let area = Rect::new(10, 5, 8, 6);
        // "hello " / "world " / "again" wrap at 8 columns, then "second " / "line".
        field.click(area, 10, 5);
        assert_eq!(field.area.cursor(), (0, 0));
        field.click(area, 12, 6);
        assert_eq!(field.area.cursor(), (0, 8), "the 'r' of 'world'");
        field.click(area, 11, 8);
        assert_eq!(field.area.cursor(), (1, 1), "the 'e' of 'second'");
        // Past the end of a line: its end. Outside the area: nothing moves.
        field.click(area, 17, 9);
        assert_eq!(field.area.cursor(), (1, 11));
        field.click(area, 0, 0);
        assert_eq!(field.area.cursor(), (1, 11));
    }

    #[test]
    fn enter_does_not_break_a_single_line() {
        let mut single = TextField::new("abc", true);
        assert!(!single.key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), None));
        assert_eq!(single.value(), "abc");
    }

    #[test]
    fn set_value_is_undoable() {
        let mut field = TextField::new("first", false);
        field.set_value("second");
        assert_eq!(field.value(), "second");
        field.area.undo();
        field.area.undo();
        assert_eq!(field.value(), "first");
    }

    #[test]
    fn wide_characters_round_trip() {
        let field = TextField::new("Zażółć 🙂 漢字\nline two", false);
        assert_eq!(field.value(), "Zażółć 🙂 漢字\nline two");
    }
}
