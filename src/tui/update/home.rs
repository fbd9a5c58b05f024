//! Keys on the home screen: the library, its filter, and the ways in.

use crossterm::event::KeyEvent;

use super::{quit, set_status};
use crate::tui::app::{App, Effect, HomeRow, Overlay, Screen, Tone};
use crate::tui::keys::{Action, Scope};
use crate::tui::wizard::{Step, Wizard};

/// The scopes active on the home screen. The filter always has the keyboard: every printable
/// key is text, and commands take keys nobody types in a name (Ctrl-, Delete, arrows, Enter).
pub(crate) fn scopes(_app: &App) -> Vec<Scope> {
    vec![Scope::Always, Scope::Home]
}

/// Handles a key on the home screen.
pub(crate) fn key(app: &mut App, event: KeyEvent) -> Vec<Effect> {
    let action = app.keys.lookup(&event, &scopes(app));
    let rows = app.home_rows().len();
    match action {
        Some(Action::Help) => app.overlay = Some(Overlay::Help),
        Some(Action::Quit) => return quit(app),
        Some(Action::Up) => app.home.cursor = app.home.cursor.saturating_sub(1),
        Some(Action::Down) => app.home.cursor = (app.home.cursor + 1).min(rows - 1),
        Some(Action::NewSheet) => return vec![Effect::Create(app.lang)],
        Some(Action::RedFlags) => return super::flags::open(app, None),
        Some(Action::Toggle) => {
            if matches!(current_row(app), Some(HomeRow::Due(_))) {
                return mark_done(app);
            }
        }
        Some(Action::Select) => return open_selected(app),
        Some(Action::CueCard) => {
            if let Some(sheet) = selected(app).cloned() {
                return super::show_cue(app, sheet, false);
            }
            let text = app.cat().get("home.pick_a_sheet").to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::Rehearse) => {
            if let Some(sheet) = selected(app) {
                return vec![Effect::StartRehearsal {
                    sheet: Box::new(sheet.clone()),
                    from_wizard: false,
                }];
            }
            let text = app.cat().get("home.pick_a_sheet").to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::Delete) => {
            if let (Some(HomeRow::Sheet(_)), Some(sheet)) = (current_row(app), selected(app))
                && let Ok(id) = talkprep::sheet::SheetId::parse(&sheet.id)
            {
                return vec![Effect::Delete(id)];
            }
        }
        Some(Action::BringBack) if app.rescued > 0 => return vec![Effect::BringBack],
        Some(Action::BringBack) => {
            let text = app.cat().get("rescue.none").to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::Undo) => {
            if let Some(id) = app.deleted.pop() {
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
            if app.home.filter.key(event, action) {
                // The first match is selected, so Enter opens it.
                app.home.cursor = 1.min(app.visible_library().len());
            }
        }
    }
    Vec::new()
}

/// The row under the cursor.
pub(crate) fn current_row(app: &App) -> Option<HomeRow> {
    app.home_rows().get(app.home.cursor).cloned()
}

/// The sheet under the cursor: a sheet row, or the sheet a due follow-up belongs to.
pub(crate) fn selected(app: &App) -> Option<&talkprep::sheet::Sheet> {
    match current_row(app)? {
        HomeRow::New => None,
        HomeRow::Sheet(index) => app.library.get(index),
        HomeRow::Due(item) => app.library.iter().find(|s| s.id == item.sheet_id),
    }
}

/// Marks the follow-up under the cursor done, and saves its sheet.
fn mark_done(app: &mut App) -> Vec<Effect> {
    let Some(HomeRow::Due(item)) = current_row(app) else {
        return Vec::new();
    };
    let Some(sheet) = app.library.iter_mut().find(|s| s.id == item.sheet_id) else {
        return Vec::new();
    };
    let Some(follow_up) = sheet.follow_ups.get_mut(item.index) else {
        return Vec::new();
    };
    follow_up.done = true;
    let saved = sheet.clone();
    app.library_changed();
    let text = app.cat().fill("home.marked_done", &[("what", &item.what)]);
    set_status(app, Tone::Good, text);
    vec![
        Effect::Save {
            sheet: Box::new(saved),
            seq: None,
            recreate: false,
        },
        Effect::LoadLibrary,
    ]
}

/// Opens the row under the cursor: a new prep, or a saved sheet at its first unanswered step.
pub(crate) fn open_selected(app: &mut App) -> Vec<Effect> {
    let Some(sheet) = selected(app).cloned() else {
        return vec![Effect::Create(app.lang)];
    };
    let due_row = matches!(current_row(app), Some(HomeRow::Due(_)));
    let call_passed = app
        .now_local
        .is_some_and(|now| talkprep::followup::debrief_offered(&sheet, now));
    let step = if call_passed || due_row {
        Step::Debrief
    } else {
        Step::ALL
            .into_iter()
            .find(|s| s.holds_answers() && !s.is_filled(&sheet))
            .unwrap_or(Step::Review)
    };
    let id = talkprep::sheet::SheetId::parse(&sheet.id).ok();
    let wizard = Wizard::new(sheet, step, true, &app.playbook);
    app.screen = Screen::Wizard(Box::new(wizard));
    if call_passed {
        let text = app.cat().get("debrief.offered").to_owned();
        set_status(app, Tone::Info, text);
    }
    // Take the sheet's lock and read it afresh: another window or program may have it.
    id.map(Effect::Open).into_iter().collect()
}
