//! Keys on the home screen: the library, its filter, and the ways in.

use crossterm::event::KeyEvent;

use super::{quit, set_status};
use crate::tui::app::{App, Effect, HomeRow, HomeUndo, Overlay, Screen, Then, Tone};
use crate::tui::keys::{Action, Scope};
use crate::tui::wizard::{Step, Wizard};
use talkprep::sheet::{Sheet, SheetId, Summary};

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
            if let Some(effect) = fetch_selected(app, Then::Cue) {
                return vec![effect];
            }
            let text = app.cat().get("home.pick_a_sheet").to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::Rehearse) => {
            if let Some(effect) = fetch_selected(app, Then::Rehearse) {
                return vec![effect];
            }
            let text = app.cat().get("home.pick_a_sheet").to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::Delete) => {
            if let Some(HomeRow::Review(i)) = current_row(app)
                && let Some(id) = latest_review_id(app, i)
            {
                return vec![Effect::DeleteReview(id)];
            }
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
            match app.undo.pop() {
                Some(HomeUndo::Deleted(id)) => {
                    return vec![Effect::Restore(id), Effect::LoadLibrary];
                }
                Some(HomeUndo::ReviewDeleted(id)) => return vec![Effect::RestoreReview(id)],
                Some(HomeUndo::MarkedDone { id, index, what }) => {
                    return vec![Effect::Fetch {
                        id,
                        then: Then::MarkDone {
                            index,
                            what,
                            done: false,
                        },
                    }];
                }
                None => {}
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
                // The first sheet that matches is selected, so Enter opens it; failing that,
                // the first verdict.
                let rows = app.home_rows();
                let first = |sheet: bool| {
                    rows.iter().position(|row| match row {
                        HomeRow::Sheet(_) => sheet,
                        HomeRow::Review(_) => !sheet,
                        HomeRow::New | HomeRow::Due(_) => false,
                    })
                };
                let cursor = first(true).or_else(|| first(false)).unwrap_or(0);
                app.home.cursor = cursor;
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
pub(crate) fn selected(app: &App) -> Option<&Summary> {
    match current_row(app)? {
        HomeRow::New | HomeRow::Review(_) => None,
        HomeRow::Sheet(index) => app.library.get(index),
        HomeRow::Due(item) => app.library.iter().find(|s| s.id == item.sheet_id),
    }
}

/// The id of the latest review of the client on home row `index` of `reviewed`.
fn latest_review_id(app: &App, index: usize) -> Option<SheetId> {
    let latest = app.reviewed.get(index)?.latest()?;
    SheetId::parse(&latest.id).ok()
}

/// Reading the whole sheet under the cursor, for `then`.
fn fetch_selected(app: &App, then: Then) -> Option<Effect> {
    let id = SheetId::parse(&selected(app)?.id).ok()?;
    Some(Effect::Fetch { id, then })
}

/// Marks the follow-up under the cursor done at once in the list, then reads its sheet to
/// save it.
fn mark_done(app: &mut App) -> Vec<Effect> {
    let Some(HomeRow::Due(item)) = current_row(app) else {
        return Vec::new();
    };
    let Ok(id) = SheetId::parse(&item.sheet_id) else {
        return Vec::new();
    };
    let Some(follow_up) = app
        .library
        .iter_mut()
        .find(|s| s.id == item.sheet_id)
        .and_then(|s| s.follow_ups.get_mut(item.index))
    else {
        return Vec::new();
    };
    follow_up.done = true;
    app.library_changed();
    app.undo.push(HomeUndo::MarkedDone {
        id: id.clone(),
        index: item.index,
        what: item.what.clone(),
    });
    vec![Effect::Fetch {
        id,
        then: Then::MarkDone {
            index: item.index,
            what: item.what,
            done: true,
        },
    }]
}

/// The sheet read for a follow-up ticked on this screen (or its tick undone): marked done (or
/// open) and saved, never over another version.
pub(crate) fn marked_done(
    app: &mut App,
    mut sheet: Sheet,
    index: usize,
    what: &str,
    done: bool,
) -> Vec<Effect> {
    let Some(follow_up) = sheet.follow_ups.get_mut(index).filter(|f| f.what == what) else {
        // Changed elsewhere meanwhile: the list shows it as it is now.
        return vec![Effect::LoadLibrary];
    };
    follow_up.done = done;
    let key = if done {
        "home.marked_done"
    } else {
        "home.marked_open"
    };
    let text = app.cat().fill(key, &[("what", what)]);
    set_status(app, Tone::Good, text);
    vec![
        Effect::Save {
            sheet: Box::new(sheet),
            seq: None,
            recreate: false,
            name_after_client: false,
        },
        Effect::LoadLibrary,
    ]
}

/// Opens the row under the cursor: a new prep, or a saved sheet, once read
/// ([`opened`]).
pub(crate) fn open_selected(app: &mut App) -> Vec<Effect> {
    if let Some(HomeRow::Review(i)) = current_row(app) {
        let latest = app.reviewed.get(i).and_then(|h| h.latest()).cloned();
        return match latest {
            Some(review) => super::flags::open_saved(app, review),
            None => Vec::new(),
        };
    }
    let Some(summary) = selected(app) else {
        return vec![Effect::Create(app.lang)];
    };
    let Ok(id) = SheetId::parse(&summary.id) else {
        return Vec::new();
    };
    let due_row = matches!(current_row(app), Some(HomeRow::Due(_)));
    app.home.opening = Some((id.as_str().to_owned(), due_row));
    // Take the sheet's lock and read it afresh: another window or program may have it.
    vec![Effect::Open(id)]
}

/// The sheet read for opening from this screen, in the wizard at its first unanswered step
/// (or the debrief, once the call is over or from a due follow-up).
pub(crate) fn opened(app: &mut App, sheet: Sheet, read_only: bool) {
    let due_row = match app.home.opening.take() {
        Some((id, due_row)) if id == sheet.id => due_row,
        // Not what this screen asked for (the person moved on): nothing to open.
        _ => return,
    };
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
    let mut wizard = Wizard::new(sheet, step, true, &app.playbook);
    wizard.read_only = read_only;
    app.screen = Screen::Wizard(Box::new(wizard));
    if read_only {
        let text = app.cat().get("wizard.read_only").to_owned();
        set_status(app, Tone::Info, text);
    } else if call_passed {
        let text = app.cat().get("debrief.offered").to_owned();
        set_status(app, Tone::Info, text);
    }
}
