//! Clicks and the wheel on the red-flag review, mapped through the layout the view draws
//! with.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Margin, Position, Rect};

use super::{commit_note, exit_prep, found_facts, move_cursor, state, toggle_plan_step};
use crate::tui::app::{App, Effect, Screen};
use crate::tui::flags_state::{Focus, Page, Row};
use crate::tui::layout;
use crate::tui::layout::flags::checklist_areas;
use crate::tui::layout::verdict::{Target, scrolled_column};

/// Clicks and the wheel: a click ticks an item, focuses the name, picks a completion, ticks a
/// plan step or presses the exit button.
pub(crate) fn mouse(app: &mut App, event: MouseEvent) -> Vec<Effect> {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    if app.overlay.is_some() || layout::too_small(area) {
        return Vec::new();
    }
    let body = layout::frame(area).body;
    let at = Position::new(event.column, event.row);
    let size = app.size;
    let Some(page) = state(app).map(|f| f.page) else {
        return Vec::new();
    };
    match (page, event.kind) {
        (Page::Checklist, MouseEventKind::Down(MouseButton::Left)) => {
            checklist_click(app, body, at);
            Vec::new()
        }
        (Page::Checklist, MouseEventKind::ScrollDown | MouseEventKind::ScrollUp) => {
            let by = if event.kind == MouseEventKind::ScrollDown {
                1
            } else {
                -1
            };
            let App {
                screen, playbook, ..
            } = app;
            if let Screen::Flags(f) = screen {
                move_cursor(f, playbook, size, by);
            }
            Vec::new()
        }
        (Page::Verdict, MouseEventKind::Down(MouseButton::Left)) => verdict_click(app, body, at),
        (Page::Verdict, MouseEventKind::ScrollDown) => {
            if let Some(f) = state(app) {
                f.verdict_scroll = f.verdict_scroll.saturating_add(3);
            }
            Vec::new()
        }
        (Page::Verdict, MouseEventKind::ScrollUp) => {
            if let Some(f) = state(app) {
                f.verdict_scroll = f.verdict_scroll.saturating_sub(3);
            }
            Vec::new()
        }
        _ => Vec::new(),
    }
}

fn checklist_click(app: &mut App, body: Rect, at: Position) {
    let areas = checklist_areas(body);
    let App {
        screen, playbook, ..
    } = app;
    let Screen::Flags(f) = screen else {
        return;
    };
    if f.note.is_some() {
        commit_note(f, playbook);
    }
    if areas.client.contains(at) {
        f.focus = Focus::Client;
        f.refresh_candidates();
        return;
    }
    if areas.strip.contains(at) && f.focus == Focus::Client && !f.candidates.is_empty() {
        // Candidates are drawn after a label, separated by " · ".
        let label = unicode_width::UnicodeWidthStr::width(app_candidates_label(app)) + 1;
        let Screen::Flags(f) = &mut app.screen else {
            return;
        };
        let mut x = areas.strip.x as usize + label;
        let mut pick = None;
        for name in &f.candidates {
            let w = unicode_width::UnicodeWidthStr::width(name.as_str());
            if (at.x as usize) >= x && (at.x as usize) < x + w {
                pick = Some(name.clone());
                break;
            }
            x += w + 3;
        }
        if let Some(name) = pick {
            f.client.set_value(&name);
            f.completing = None;
            f.client_changed();
            f.refresh_candidates();
            f.focus = Focus::Items;
        }
        return;
    }
    let inner = areas.list.inner(Margin::new(1, 1));
    if !inner.contains(at) {
        return;
    }
    let rows = f.rows(playbook);
    let top = f.visible_top(&rows, inner.height as usize);
    let row = top + (at.y - inner.y) as usize;
    let pos = match rows.get(row) {
        Some(Row::Item(pos) | Row::Note(pos)) => *pos,
        _ => return,
    };
    f.focus = Focus::Items;
    f.cursor = pos;
    f.list_top = top;
    if matches!(rows.get(row), Some(Row::Item(_))) {
        f.toggle_current(playbook);
    }
}

fn app_candidates_label(app: &App) -> &'static str {
    app.cat().get("flags.candidates")
}

fn verdict_click(app: &mut App, body: Rect, at: Position) -> Vec<Effect> {
    let Screen::Flags(f) = &app.screen else {
        return Vec::new();
    };
    let (area, lines) = scrolled_column(app, f, body);
    if !area.contains(at) {
        return Vec::new();
    }
    let row = f.verdict_scroll as usize + (at.y - area.y) as usize;
    let target = lines.get(row).and_then(|t| t.target);
    let scenario = app.playbook.red_flags.exit_scenario.clone();
    let facts = found_facts(f, &app.playbook);
    let Some(f) = state(app) else {
        return Vec::new();
    };
    match target {
        Some(Target::Plan(i)) => {
            f.plan_cursor = i;
            toggle_plan_step(f, i)
        }
        Some(Target::Exit) => exit_prep(f, &scenario, facts),
        None => Vec::new(),
    }
}
