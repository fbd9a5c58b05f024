//! Mouse clicks and the wheel, mapped through the same layout the view draws with.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::home::open_selected;
use crate::tui::app::{App, Effect, Screen};
use crate::tui::form::Widget;
use crate::tui::layout;
use crate::tui::layout::first_visible_row;
use crate::tui::wizard::{Step, apply_choice};

/// Handles a mouse event.
pub(crate) fn handle(app: &mut App, event: MouseEvent) -> Vec<Effect> {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    if app.overlay.is_some() || layout::too_small(area) {
        return Vec::new();
    }
    if matches!(app.screen, Screen::Flags(_)) {
        return super::flags::mouse(app, event);
    }
    let body = layout::frame(area).body;
    let at = Position::new(event.column, event.row);
    let now = app.now_ms;
    match (&mut app.screen, event.kind) {
        (Screen::Home, MouseEventKind::Down(MouseButton::Left)) => {
            let areas = layout::home(body);
            if areas.filter.contains(at) {
                return Vec::new();
            }
            let inner = areas.list.inner(ratatui::layout::Margin::new(1, 1));
            if inner.contains(at) {
                let rows = app.home_rows().len();
                let first = first_visible_row(app.home.cursor, inner.height as usize);
                let row = first + (at.y - inner.y) as usize;
                if row < rows {
                    if row == app.home.cursor {
                        return open_selected(app);
                    }
                    app.home.cursor = row;
                }
            }
            Vec::new()
        }
        (Screen::Home, MouseEventKind::ScrollDown) => {
            let rows = app.home_rows().len();
            app.home.cursor = (app.home.cursor + 1).min(rows - 1);
            Vec::new()
        }
        (Screen::Home, MouseEventKind::ScrollUp) => {
            app.home.cursor = app.home.cursor.saturating_sub(1);
            Vec::new()
        }
        (Screen::Wizard(w), MouseEventKind::ScrollDown) if w.step == Step::Review => {
            w.review_scroll = w.review_scroll.saturating_add(3);
            Vec::new()
        }
        (Screen::Wizard(w), MouseEventKind::ScrollUp) if w.step == Step::Review => {
            w.review_scroll = w.review_scroll.saturating_sub(3);
            Vec::new()
        }
        // The wheel over the side panel scrolls it.
        (Screen::Wizard(w), MouseEventKind::ScrollDown | MouseEventKind::ScrollUp)
            if layout::wizard(body, w.step == Step::Opener)
                .side
                .is_some_and(|side| side.contains(at)) =>
        {
            w.side_scroll = if event.kind == MouseEventKind::ScrollDown {
                w.side_scroll.saturating_add(3).min(500)
            } else {
                w.side_scroll.saturating_sub(3)
            };
            Vec::new()
        }
        (Screen::Wizard(w), MouseEventKind::Down(MouseButton::Left)) => {
            let form = layout::wizard(body, w.step == Step::Opener).form;
            let placed = layout::controls(form, &w.controls, w.focus);
            let Some(&(index, rect)) = placed.iter().find(|(_, r)| r.contains(at)) else {
                return Vec::new();
            };
            w.focus = index;
            // The layout may change with the new focus; map the click in the new one.
            let placed = layout::controls(form, &w.controls, w.focus);
            let rect = placed
                .iter()
                .find(|(i, _)| *i == index)
                .map_or(rect, |(_, r)| *r);
            let inner = rect.inner(ratatui::layout::Margin::new(1, 1));
            if !inner.contains(at) {
                return Vec::new();
            }
            if let Some(Widget::Text(field)) = w.controls.get_mut(index).map(|c| &mut c.widget) {
                field.click(inner, at.x, at.y);
                return Vec::new();
            }
            if let Some(Widget::Pick(list)) = w.controls.get_mut(index).map(|c| &mut c.widget) {
                let (x, y) = (at.x - inner.x, at.y - inner.y);
                let target = if list.horizontal {
                    list.cells(inner.width)
                        .into_iter()
                        .find(|c| c.line == y && x >= c.x && x < c.x + c.width)
                        .map(|c| c.item)
                } else {
                    let rows = list.rows(inner.width);
                    let first = list.first_row(&rows, inner.height as usize);
                    rows.get(first + y as usize).map(|r| r.item)
                };
                if let Some(row) = target.filter(|r| *r < list.items.len()) {
                    list.cursor = row;
                    if apply_choice(w, &app.playbook) {
                        w.touch(now);
                    }
                }
            }
            Vec::new()
        }
        _ => Vec::new(),
    }
}
