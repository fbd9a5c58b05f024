//! Where things go on screen. `view` draws into these areas and mouse clicks are mapped back
//! through the same functions, so a click always lands on what was drawn.

use ratatui::layout::{Constraint, Layout, Rect};

pub(crate) mod flags;
pub(crate) mod verdict;

use super::form::{Control, FieldId, Widget};

/// Below this size a "make the window larger" screen replaces the layout.
pub(crate) const MIN_WIDTH: u16 = 60;
/// Below this size a "make the window larger" screen replaces the layout.
pub(crate) const MIN_HEIGHT: u16 = 16;

/// Whether the terminal is too small for the layout.
pub(crate) fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The frame every screen shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Frame {
    /// The screen's own area.
    pub(crate) body: Rect,
    /// One line for status messages.
    pub(crate) status: Rect,
    /// One line of key hints.
    pub(crate) hints: Rect,
}

/// Splits the terminal into body, status line and hint bar.
pub(crate) fn frame(area: Rect) -> Frame {
    let [body, status, hints] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    Frame {
        body,
        status,
        hints,
    }
}

/// The wizard's regions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WizardAreas {
    /// Step title and progress.
    pub(crate) header: Rect,
    /// The controls (or the review page).
    pub(crate) form: Rect,
    /// Hints from the playbook, when there is room.
    pub(crate) side: Option<Rect>,
    /// Below the form, when there is no room beside it: the tone summary (opener step).
    pub(crate) summary: Option<Rect>,
}

/// Rows of the tone summary under the opener when the side panel does not fit.
const SUMMARY_ROWS: u16 = 4;

/// Splits the wizard body; `tone_below` asks for the tone summary under the form when the
/// side panel does not fit (the opener step), so the tone is never out of sight.
pub(crate) fn wizard(body: Rect, tone_below: bool) -> WizardAreas {
    let [header, content] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(body);
    if content.width >= 80 {
        let side_width = (content.width / 3).max(26);
        let [form, side] =
            Layout::horizontal([Constraint::Min(40), Constraint::Length(side_width)])
                .areas(content);
        WizardAreas {
            header,
            form,
            side: Some(side),
            summary: None,
        }
    } else if tone_below && content.height > SUMMARY_ROWS + 3 {
        let [form, summary] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(SUMMARY_ROWS)]).areas(content);
        WizardAreas {
            header,
            form,
            side: None,
            summary: Some(summary),
        }
    } else {
        WizardAreas {
            header,
            form: content,
            side: None,
            summary: None,
        }
    }
}

fn wanted_height(control: &Control, focused: bool, width: u16) -> u16 {
    let inner_width = width.saturating_sub(2).max(1) as usize;
    match &control.widget {
        Widget::Text(field) if field.single_line => 3,
        Widget::Text(field) => {
            let rows: usize = field
                .area
                .lines()
                .iter()
                .map(|l| unicode_width::UnicodeWidthStr::width(l.as_str()) / inner_width + 1)
                .sum();
            let rows = rows as u16;
            if focused {
                rows.clamp(4, 8) + 2
            } else {
                rows.clamp(1, 3) + 2
            }
        }
        Widget::Pick(list) if list.horizontal => {
            list.cells(width.saturating_sub(2))
                .last()
                .map_or(1, |c| c.line + 1)
                + 2
        }
        Widget::Pick(list) => {
            let rows = list.rows(width.saturating_sub(2)).len().max(1) as u16;
            if focused {
                rows.min(10) + 2
            } else {
                rows.min(4) + 2
            }
        }
        Widget::Scale(_) => 3,
    }
}

/// The area of each visible control, scrolled so the focused one shows.
pub(crate) fn controls(form: Rect, controls: &[Control], focus: usize) -> Vec<(usize, Rect)> {
    if controls.is_empty() || form.height == 0 {
        return Vec::new();
    }
    let mut heights: Vec<u16> = controls
        .iter()
        .enumerate()
        .map(|(i, c)| wanted_height(c, i == focus, form.width))
        .collect();
    let total: u16 = heights.iter().sum();
    if total > form.height {
        // Shrink the others to a single line of content before scrolling.
        for (i, h) in heights.iter_mut().enumerate() {
            if i != focus {
                *h = 3;
            }
        }
    }
    // The message takes what its step leaves: it is the page being written.
    if let Some(i) = controls.iter().position(|c| c.id == FieldId::MessageBody) {
        let others: u16 = heights
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, h)| *h)
            .sum();
        let rest = form.height.saturating_sub(others);
        if rest >= 5 {
            heights[i] = rest;
        }
    }
    let focus = focus.min(controls.len() - 1);
    heights[focus] = heights[focus].min(form.height);
    let mut start = 0;
    while start < focus && heights[start..=focus].iter().sum::<u16>() > form.height {
        start += 1;
    }
    let mut placed = Vec::new();
    let mut y = form.y;
    for (i, &h) in heights.iter().enumerate().skip(start) {
        let bottom = form.y + form.height;
        // Every field shown gets a row of content: one that would be only its borders is left
        // for the scroll (the form says how many more there are).
        if y >= bottom || (i != focus && bottom - y < 3) {
            break;
        }
        let h = h.min(bottom - y);
        placed.push((
            i,
            Rect {
                x: form.x,
                y,
                width: form.width,
                height: h,
            },
        ));
        y += h;
    }
    placed
}

/// The home screen's regions: the filter line, the list and the preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct HomeAreas {
    /// The title and welcome line.
    pub(crate) header: Rect,
    /// The filter field.
    pub(crate) filter: Rect,
    /// The list of sheets.
    pub(crate) list: Rect,
    /// The selected sheet's preview, when there is room.
    pub(crate) preview: Option<Rect>,
}

/// Splits the home body.
pub(crate) fn home(body: Rect) -> HomeAreas {
    let [header, filter, rest] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(3),
        Constraint::Min(1),
    ])
    .areas(body);
    if rest.width >= 90 {
        let [list, preview] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(rest);
        HomeAreas {
            header,
            filter,
            list,
            preview: Some(preview),
        }
    } else {
        HomeAreas {
            header,
            filter,
            list: rest,
            preview: None,
        }
    }
}

/// The first list row shown when `height` rows fit.
pub(crate) fn first_visible_row(cursor: usize, height: usize) -> usize {
    cursor.saturating_sub(height.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::form::{Control, FieldId, TextField, Widget};

    #[test]
    fn focused_control_is_always_placed() {
        let controls: Vec<Control> = (0..12)
            .map(|_| Control {
                id: FieldId::FactWhat,
                widget: Widget::Text(Box::new(TextField::new("a\nb\nc\nd", false))),
            })
            .collect();
        for height in [1, 3, 10, 20, 60] {
            let form = Rect::new(0, 0, 50, height);
            for focus in 0..controls.len() {
                let placed = super::controls(form, &controls, focus);
                assert!(
                    placed.iter().any(|(i, _)| *i == focus),
                    "h={height} focus={focus}"
                );
                for (_, r) in &placed {
                    assert!(r.y + r.height <= form.y + form.height);
                }
            }
        }
    }
}
