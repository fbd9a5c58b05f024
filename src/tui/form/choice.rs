//! Lists and rows of choices, and the 0-to-10 scale.

use talkprep::sheet::{Pick, Suggestion};

/// What choosing an item means, typed: never a string matched by its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ItemValue {
    /// A playbook id: a scenario, or a choice to tick.
    Id(String),
    /// A fixed value: a channel, a relationship, an outcome, an owner.
    Pick(Pick),
    /// A suggestion to copy into a field.
    Suggestion(Suggestion),
    /// A follow-up, by its place on the sheet.
    FollowUp(usize),
}

/// One option of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Item {
    /// What choosing it means.
    pub(crate) value: ItemValue,
    /// What the user reads.
    pub(crate) label: String,
}

impl Item {
    /// A suggestion, read as its text.
    pub(crate) fn suggestion(suggestion: Suggestion) -> Item {
        Item {
            label: suggestion.text.clone(),
            value: ItemValue::Suggestion(suggestion),
        }
    }
}

/// How choosing works in a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// One item is chosen at most.
    Single,
    /// Items are ticked on and off.
    Multi,
    /// Enter uses the item (inserts a suggestion); nothing stays chosen.
    Action,
}

/// A list (or a row) of choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PickList {
    /// The options.
    pub(crate) items: Vec<Item>,
    /// The row under the cursor.
    pub(crate) cursor: usize,
    /// Which items are chosen, one flag per item.
    pub(crate) chosen: Vec<bool>,
    /// How choosing works.
    pub(crate) mode: Mode,
    /// Drawn as one row of options instead of a column.
    pub(crate) horizontal: bool,
}

impl PickList {
    /// A list with the items `is_chosen` picks chosen, cursor on the first chosen.
    pub(crate) fn new(
        items: Vec<Item>,
        is_chosen: impl Fn(&ItemValue) -> bool,
        mode: Mode,
    ) -> PickList {
        let chosen: Vec<bool> = items.iter().map(|i| is_chosen(&i.value)).collect();
        let cursor = chosen.iter().position(|c| *c).unwrap_or(0);
        PickList {
            items,
            cursor,
            chosen,
            mode,
            horizontal: false,
        }
    }

    /// The same list drawn as a row.
    pub(crate) fn in_a_row(mut self) -> PickList {
        self.horizontal = true;
        self
    }

    /// Moves the cursor by `delta`, stopping at the ends.
    pub(crate) fn move_cursor(&mut self, delta: isize) {
        if self.items.is_empty() {
            return;
        }
        let last = self.items.len() - 1;
        self.cursor = self.cursor.saturating_add_signed(delta).min(last);
    }

    /// Chooses or toggles the item under the cursor; returns whether anything changed.
    pub(crate) fn activate(&mut self) -> bool {
        let Some(flag) = self.chosen.get(self.cursor).copied() else {
            return false;
        };
        match self.mode {
            Mode::Single => {
                if flag {
                    return false;
                }
                self.chosen.iter_mut().for_each(|c| *c = false);
                self.chosen[self.cursor] = true;
            }
            Mode::Multi => self.chosen[self.cursor] = !flag,
            Mode::Action => {}
        }
        true
    }

    /// The item under the cursor.
    pub(crate) fn current(&self) -> Option<&Item> {
        self.items.get(self.cursor)
    }

    /// What the chosen items mean.
    pub(crate) fn chosen_values(&self) -> impl Iterator<Item = &ItemValue> {
        self.items
            .iter()
            .zip(&self.chosen)
            .filter(|(_, c)| **c)
            .map(|(i, _)| &i.value)
    }
}

/// One screen line of a vertical list: which item it shows and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    /// The item shown.
    pub(crate) item: usize,
    /// The text, mark included on the item's first line.
    pub(crate) text: String,
}

/// One option of a row of choices placed on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cell {
    /// The item.
    pub(crate) item: usize,
    /// Line within the control, from 0.
    pub(crate) line: u16,
    /// Column within the control.
    pub(crate) x: u16,
    /// Width in columns.
    pub(crate) width: u16,
}

/// Columns before an item's text in a vertical list: pointer and mark.
const GUTTER: usize = 6;

impl PickList {
    /// The mark before item `i`: `(•)`, `[x]`, `+`...
    pub(crate) fn mark(&self, i: usize) -> &'static str {
        let chosen = self.chosen.get(i).copied().unwrap_or(false);
        match (self.mode, chosen) {
            (Mode::Single, true) => "(•) ",
            (Mode::Single, false) => "( ) ",
            (Mode::Multi, true) => "[x] ",
            (Mode::Multi, false) => "[ ] ",
            (Mode::Action, _) => "+   ",
        }
    }

    /// The list's lines at `width` columns, long items wrapped under their text.
    pub(crate) fn rows(&self, width: u16) -> Vec<Row> {
        let text_width = (width as usize).saturating_sub(GUTTER).max(8);
        // First fit, not textwrap's default optimal fit: this runs on every frame, and
        // balancing a label's lines cost more than the rest of the list.
        let options =
            textwrap::Options::new(text_width).wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
        let mut rows = Vec::new();
        for (i, item) in self.items.iter().enumerate() {
            let wrapped = textwrap::wrap(&item.label, &options);
            for (n, line) in wrapped.iter().enumerate() {
                let text = if n == 0 {
                    format!("{}{line}", self.mark(i))
                } else {
                    format!("    {line}")
                };
                rows.push(Row { item: i, text });
            }
        }
        rows
    }

    /// The first line to show so the cursor's item is in view in `height` lines.
    pub(crate) fn first_row(&self, rows: &[Row], height: usize) -> usize {
        let Some(start) = rows.iter().position(|r| r.item == self.cursor) else {
            return 0;
        };
        let end = rows
            .iter()
            .rposition(|r| r.item == self.cursor)
            .unwrap_or(start);
        if end < height {
            0
        } else {
            (end + 1 - height).min(start)
        }
    }

    /// Where each option of a row of choices goes at `width` columns, wrapping as needed.
    pub(crate) fn cells(&self, width: u16) -> Vec<Cell> {
        let mut cells = Vec::new();
        let (mut x, mut line) = (0u16, 0u16);
        for (i, item) in self.items.iter().enumerate() {
            let w = unicode_width::UnicodeWidthStr::width(self.mark(i))
                + unicode_width::UnicodeWidthStr::width(item.label.as_str());
            let w = w.min(u16::MAX as usize) as u16;
            if x > 0 && x.saturating_add(w) > width {
                x = 0;
                line += 1;
            }
            cells.push(Cell {
                item: i,
                line,
                x,
                width: w,
            });
            x = x.saturating_add(w + 2);
        }
        cells
    }
}

/// A 0-to-10 scale, possibly unset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Scale {
    /// The value.
    pub(crate) value: Option<u8>,
}

impl Scale {
    /// Moves the value by `delta` within 0 to 10; an unset scale starts at 5.
    pub(crate) fn step(&mut self, delta: i8) {
        let current = self.value.unwrap_or(5) as i8;
        let next = if self.value.is_none() {
            current
        } else {
            current + delta
        };
        self.value = Some(next.clamp(0, 10) as u8);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(text: &str) -> Item {
        Item {
            value: ItemValue::Id(text.to_owned()),
            label: text.to_owned(),
        }
    }

    fn list(mode: Mode) -> PickList {
        let b = ItemValue::Id("b".into());
        PickList::new(vec![item("a"), item("b"), item("c")], |v| *v == b, mode)
    }

    fn chosen(l: &PickList) -> Vec<String> {
        l.chosen_values()
            .map(|v| match v {
                ItemValue::Id(id) => id.clone(),
                other => format!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn single_choice_replaces() {
        let mut l = list(Mode::Single);
        assert_eq!(l.cursor, 1);
        l.move_cursor(1);
        assert!(l.activate());
        assert_eq!(chosen(&l), vec!["c"]);
        assert!(!l.activate());
    }

    #[test]
    fn multi_toggles() {
        let mut l = list(Mode::Multi);
        l.move_cursor(-5);
        l.activate();
        assert_eq!(chosen(&l), vec!["a", "b"]);
        l.move_cursor(1);
        l.activate();
        assert_eq!(chosen(&l), vec!["a"]);
    }

    #[test]
    fn scale_clamps() {
        let mut s = Scale { value: None };
        s.step(1);
        assert_eq!(s.value, Some(5));
        for _ in 0..20 {
            s.step(1);
        }
        assert_eq!(s.value, Some(10));
    }

    #[test]
    fn long_items_wrap_and_the_cursor_stays_in_view() {
        let long = "word ".repeat(30);
        let mut l = PickList::new(
            vec![item(&long), item("b"), item(&long)],
            |_| false,
            Mode::Action,
        );
        let rows = l.rows(40);
        assert!(rows.len() > 3);
        assert!(
            rows.iter()
                .all(|r| unicode_width::UnicodeWidthStr::width(r.text.as_str()) <= 40)
        );
        l.move_cursor(2);
        let first = l.first_row(&rows, 3);
        assert_eq!(
            rows[first..].iter().take(3).filter(|r| r.item == 2).count(),
            3
        );
    }

    #[test]
    fn rows_of_choices_wrap() {
        let l = PickList::new(
            (0..5).map(|i| item(&format!("option {i}"))).collect(),
            |_| false,
            Mode::Single,
        );
        let cells = l.cells(30);
        assert!(cells.iter().any(|c| c.line > 0));
        assert!(cells.iter().all(|c| c.x + c.width <= 30));
    }

    #[test]
    fn empty_list_is_harmless() {
        let mut l = PickList::new(Vec::new(), |_| false, Mode::Single);
        l.move_cursor(3);
        assert!(!l.activate());
        assert!(l.current().is_none());
    }
}
