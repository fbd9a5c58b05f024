//! Keys on the home screen: the library, its filter, and the ways in.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{quit, set_status};
use crate::tui::app::{App, Effect, Overlay, Screen, Tone};
use crate::tui::keys::{Action, Scope, lookup};
use crate::tui::wizard::{Step, Wizard};

/// The scopes active on the home screen.
pub fn scopes(app: &App) -> Vec<Scope> {
    if app.home.filtering {
        vec![Scope::Always]
    } else {
        vec![
            Scope::Always,
            Scope::NotTyping,
            Scope::Home,
            Scope::Choosing,
        ]
    }
}

/// Handles a key on the home screen.
pub fn key(app: &mut App, event: KeyEvent) -> Vec<Effect> {
    let action = lookup(&event, &scopes(app));
    if app.home.filtering {
        return filter_key(app, event, action);
    }
    let rows = app.visible_library().len() + 1;
    match action {
        Some(Action::Help) => app.overlay = Some(Overlay::Help),
        Some(Action::Quit) => return quit(app),
        Some(Action::Up) => app.home.cursor = app.home.cursor.saturating_sub(1),
        Some(Action::Down) => app.home.cursor = (app.home.cursor + 1).min(rows - 1),
        Some(Action::Filter) => app.home.filtering = true,
        Some(Action::NewSheet) => return vec![Effect::Create(app.lang.clone())],
        Some(Action::RedFlags) => return super::flags::open(app, None),
        Some(Action::Select | Action::Toggle) => return open_selected(app),
        Some(Action::Rehearse) => {
            if let Some(sheet) = selected(app) {
                return vec![Effect::Rehearse(Box::new(sheet.clone()), false)];
            }
            let text = app.cat().get("home.pick_a_sheet").to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::Delete) => {
            if let Some(sheet) = selected(app) {
                return vec![Effect::Delete(sheet.id.clone())];
            }
        }
        Some(Action::Undo) => {
            if let Some(id) = app.last_deleted.take() {
                return vec![Effect::Restore(id), Effect::LoadLibrary];
            }
            let text = app.cat().get("home.nothing_to_undo").to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::Back) => {
            app.home.filter.set_value("");
            app.home.cursor = 0;
        }
        _ => {
            // Any other printable character starts filtering with it.
            if let KeyCode::Char(c) = event.code
                && !event
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
            {
                app.home.filtering = true;
                app.home.filter.insert(&c.to_string());
                app.home.cursor = 1.min(app.visible_library().len());
            }
        }
    }
    Vec::new()
}

fn filter_key(app: &mut App, event: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    match action {
        Some(Action::Quit) => return quit(app),
        Some(Action::Help) => app.overlay = Some(Overlay::Help),
        Some(Action::Back) => {
            app.home.filtering = false;
            app.home.filter.set_value("");
            app.home.cursor = 0;
        }
        _ => match event.code {
            KeyCode::Enter | KeyCode::Down | KeyCode::Tab | KeyCode::BackTab => {
                app.home.filtering = false;
                app.home.cursor = 1.min(app.visible_library().len());
            }
            _ => {
                if app.home.filter.key(event) {
                    app.home.cursor = 1.min(app.visible_library().len());
                }
            }
        },
    }
    Vec::new()
}

/// The sheet under the cursor, if the cursor is on one.
pub fn selected(app: &App) -> Option<&crate::sheet::Sheet> {
    let row = app.home.cursor.checked_sub(1)?;
    let index = *app.visible_library().get(row)?;
    app.library.get(index)
}

/// Opens the row under the cursor: a new prep, or a saved sheet at its first unanswered step.
pub fn open_selected(app: &mut App) -> Vec<Effect> {
    let Some(sheet) = selected(app).cloned() else {
        return vec![Effect::Create(app.lang.clone())];
    };
    let step = Step::ALL
        .into_iter()
        .find(|s| s.part().is_some_and(|p| !p.is_filled(&sheet)))
        .unwrap_or(Step::Review);
    let wizard = Wizard::new(sheet, step, true, &app.playbook);
    app.screen = Screen::Wizard(Box::new(wizard));
    Vec::new()
}
