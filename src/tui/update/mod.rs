//! `update`: the app's only way to change, pure and testable without a terminal.

pub(crate) mod flags;
mod home;
mod message;
mod mouse;
mod outside;
mod rehearse;
mod replies;
mod wizard;

use super::app::{App, Effect, Msg, Overlay, Screen, Tone};
use super::keys::{Action, Scope};
use super::wizard::{Step, Wizard};

/// How long after the last edit an autosave happens, in milliseconds.
pub(crate) const AUTOSAVE_AFTER_MS: u64 = 700;
/// During steady typing, an edit is saved at most this long after it was made.
pub(crate) const SAVE_AT_LEAST_EVERY_MS: u64 = 2_000;
/// How long a failed save waits before trying again.
pub(crate) const RETRY_AFTER_MS: u64 = 5_000;
/// How long a status message stays.
const STATUS_MS: u64 = 6_000;

/// Applies `msg` to `app` and returns the side effects for the event loop to run.
pub(crate) fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    let effects = handle(app, msg);
    app.refresh_home();
    effects
}

fn handle(app: &mut App, msg: Msg) -> Vec<Effect> {
    // Below the minimum size nothing is shown but how to quit: keys must not go into a field
    // nobody can see. Quitting still saves first.
    let (width, height) = app.size;
    if let Msg::Key(event) = &msg
        && crate::tui::layout::too_small(ratatui::layout::Rect::new(0, 0, width, height))
    {
        if app.keys.lookup(event, &[Scope::Always]) == Some(Action::Quit) {
            app.quit = true;
            return save_if_dirty(app);
        }
        return Vec::new();
    }
    match msg {
        Msg::Key(event) => match app.overlay {
            Some(overlay) => overlay_key(app, overlay, &event),
            None => match app.screen {
                Screen::Home => home::key(app, event),
                Screen::Wizard(_) => wizard::key(app, event),
                Screen::Rehearse(_) => rehearse::key(app, event),
                Screen::Cue(_) => cue_key(app, event),
                Screen::Flags(_) => flags::key(app, event),
            },
        },
        Msg::Paste(text) => paste(app, &text),
        Msg::Mouse(event) => mouse::handle(app, event),
        Msg::Resize(width, height) => {
            app.size = (width, height);
            Vec::new()
        }
        Msg::Tick(now) => tick(app, now),
        Msg::Clock(now) => {
            app.now_local = Some(now);
            Vec::new()
        }
        Msg::Library(..)
        | Msg::Rescued(_)
        | Msg::BroughtBack(_)
        | Msg::Created(_)
        | Msg::Saved(_)
        | Msg::SavedAsCopy { .. }
        | Msg::Renamed { .. }
        | Msg::DeletedElsewhere
        | Msg::Opened { .. }
        | Msg::Fetched { .. }
        | Msg::ExportExists(_)
        | Msg::Done(_)
        | Msg::EditedOutside { .. }
        | Msg::Deleted(_)
        | Msg::Restored(_)
        | Msg::ReviewDeleted(_)
        | Msg::ReviewRestored(_)
        | Msg::OpenRehearsal(_)
        | Msg::RehearsalReady { .. }
        | Msg::OpenFlags { .. }
        | Msg::Terminate => replies::on_reply(app, msg),
        Msg::Flags(msg) => flags::on_msg(app, msg),
    }
}

/// Shows a status message.
pub(crate) fn set_status(app: &mut App, tone: Tone, text: String) {
    app.status = Some((tone, text));
    app.status_until = app.now_ms + STATUS_MS;
}

fn tick(app: &mut App, now: u64) -> Vec<Effect> {
    app.now_ms = now;
    if let Screen::Rehearse(r) = &mut app.screen {
        r.tick(now);
    }
    if app.status.is_some() && now >= app.status_until {
        app.status = None;
    }
    match &app.screen {
        Screen::Wizard(w)
            if w.dirty
                && (now >= w.last_edit_ms + AUTOSAVE_AFTER_MS
                    || w.save_by_ms.is_some_and(|by| now >= by)) =>
        {
            autosave_if_dirty(app)
        }
        Screen::Flags(_) => flags::autosave(app, now),
        _ => Vec::new(),
    }
}

/// A save of the open sheet when it has unsaved edits worth keeping, for leaving it: what is
/// being typed but not yet kept goes with it (a note on a red flag, a follow-up written but
/// not added).
pub(crate) fn save_if_dirty(app: &mut App) -> Vec<Effect> {
    save_dirty(app, true)
}

/// The save autosave makes: as [`save_if_dirty`], but a follow-up still being written stays
/// in its fields (a pause to think must not add half of it).
fn autosave_if_dirty(app: &mut App) -> Vec<Effect> {
    save_dirty(app, false)
}

fn save_dirty(app: &mut App, with_follow_up_draft: bool) -> Vec<Effect> {
    let App {
        screen, playbook, ..
    } = app;
    match screen {
        Screen::Flags(f) => flags::commit_note(f, playbook),
        Screen::Wizard(w) if with_follow_up_draft => {
            if crate::tui::wizard::add_follow_up(w, playbook) == Ok(true) {
                w.dirty = true;
                w.edit_seq += 1;
            }
        }
        Screen::Wizard(_) | Screen::Home | Screen::Rehearse(_) | Screen::Cue(_) => {}
    }
    match &app.screen {
        Screen::Wizard(w) if w.dirty && !w.read_only && !w.deleted_elsewhere => vec![save(w)],
        Screen::Flags(f) => flags::save_if_dirty(f).into_iter().collect(),
        _ => Vec::new(),
    }
}

fn save(w: &Wizard) -> Effect {
    save_as(w, false)
}

/// The wizard's save of its sheet, giving it its client's name or not.
fn save_as(w: &Wizard, name_after_client: bool) -> Effect {
    Effect::Save {
        sheet: Box::new(w.sheet.clone()),
        seq: Some(w.edit_seq),
        recreate: false,
        name_after_client,
    }
}

/// Writing an export to `path`: replacing a file there only right after the person was told
/// it exists, and saying where it went.
pub(crate) fn export_to(app: &mut App, path: std::path::PathBuf, text: String) -> Effect {
    let done = app
        .cat()
        .fill("review.exported", &[("path", &path.display().to_string())]);
    let replace = app.confirmed_overwrite(&path);
    Effect::Write {
        path,
        text,
        replace,
        done,
    }
}

/// Ends the app once the work in hand (a last save) is done.
pub(crate) fn quit_now(app: &mut App) -> Vec<Effect> {
    app.quit = true;
    Vec::new()
}

/// The scopes of a yes/no dialog.
const DIALOG_SCOPES: [Scope; 2] = [Scope::Always, Scope::Dialog];

fn overlay_key(app: &mut App, overlay: Overlay, event: &crossterm::event::KeyEvent) -> Vec<Effect> {
    match overlay {
        // The arrows and page keys scroll a help taller than the screen; any other key closes.
        Overlay::Help => {
            match app.keys.lookup(event, &[Scope::Help]) {
                Some(Action::Up) => app.help_scroll = app.help_scroll.saturating_sub(1),
                Some(Action::Down) => app.help_scroll = app.help_scroll.saturating_add(1).min(200),
                Some(Action::PageUp) => app.help_scroll = app.help_scroll.saturating_sub(10),
                Some(Action::PageDown) => {
                    app.help_scroll = app.help_scroll.saturating_add(10).min(200);
                }
                _ => {
                    app.overlay = None;
                    app.help_scroll = 0;
                }
            }
            Vec::new()
        }
        Overlay::ConfirmQuit => match app.keys.lookup(event, &DIALOG_SCOPES) {
            Some(Action::Confirm) => {
                app.overlay = None;
                app.quit = true;
                save_if_dirty(app)
            }
            Some(Action::Discard) => {
                app.overlay = None;
                quit_now(app)
            }
            Some(Action::Back) => {
                app.overlay = None;
                Vec::new()
            }
            _ => Vec::new(),
        },
    }
}

fn paste(app: &mut App, text: &str) -> Vec<Effect> {
    if app.overlay.is_some() {
        return Vec::new();
    }
    let now = app.now_ms;
    match &mut app.screen {
        Screen::Rehearse(r) => {
            rehearse::paste(r, text);
            Vec::new()
        }
        Screen::Cue(_) => Vec::new(),
        Screen::Home => {
            app.home.filter.insert(text);
            app.home.cursor = 0;
            Vec::new()
        }
        Screen::Wizard(w) => {
            if let Some(prompt) = &mut w.export_prompt {
                prompt.insert(text);
                return Vec::new();
            }
            let index = w.focus;
            let Some(field) = w.controls.get_mut(index).and_then(|c| c.as_text_mut()) else {
                return Vec::new();
            };
            field.insert(text);
            super::wizard::store_control(w, index, &app.playbook);
            w.touch(now);
            Vec::new()
        }
        Screen::Flags(_) => flags::paste(app, text),
    }
}

/// Opens the cue card for `sheet`.
pub(crate) fn show_cue(
    app: &mut App,
    sheet: talkprep::sheet::Sheet,
    from_wizard: bool,
) -> Vec<Effect> {
    app.screen = Screen::Cue(Box::new(super::cue::Cue {
        sheet,
        scroll: 0,
        from_wizard,
    }));
    Vec::new()
}

fn cue_key(app: &mut App, event: crossterm::event::KeyEvent) -> Vec<Effect> {
    let Screen::Cue(cue) = &mut app.screen else {
        return Vec::new();
    };
    match app
        .keys
        .lookup(&event, &[Scope::Always, Scope::NotTyping, Scope::Cue])
    {
        Some(Action::Up) => cue.scroll = cue.scroll.saturating_sub(1),
        Some(Action::Down) => cue.scroll = cue.scroll.saturating_add(1),
        Some(Action::PageUp) => cue.scroll = cue.scroll.saturating_sub(10),
        Some(Action::PageDown) => cue.scroll = cue.scroll.saturating_add(10),
        Some(Action::Help) => app.overlay = Some(Overlay::Help),
        Some(Action::Quit) => return quit_now(app),
        Some(Action::Back) => {
            let Screen::Cue(cue) = std::mem::replace(&mut app.screen, Screen::Home) else {
                return Vec::new();
            };
            if cue.from_wizard {
                let wizard = Wizard::new(cue.sheet, Step::Review, true, &app.playbook);
                app.screen = Screen::Wizard(Box::new(wizard));
            } else {
                return vec![Effect::LoadLibrary];
            }
        }
        _ => {}
    }
    Vec::new()
}

/// The save that gives a new sheet its client's name, once: asked for when the person moves
/// on from the step where the name is typed (or leaves), never while they type it. `None`
/// when there is nothing to name (an opened sheet, a blank client, a sheet named already).
pub(crate) fn naming_save(w: &mut Wizard) -> Option<Effect> {
    let named = talkprep::sheet::SheetId::parse(&w.sheet.id)
        .ok()
        .and_then(|id| id.named_for(&w.sheet.client));
    if !w.names_itself || w.read_only || w.deleted_elsewhere || named.is_none() {
        return None;
    }
    w.names_itself = false;
    Some(save_as(w, true))
}

/// Leaves the wizard for home, saving first when needed.
pub(crate) fn go_home(app: &mut App) -> Vec<Effect> {
    let mut effects = save_if_dirty(app);
    if let Screen::Wizard(w) = &mut app.screen
        && let Some(named) = naming_save(w)
    {
        effects.retain(|e| !matches!(e, Effect::Save { .. }));
        effects.push(named);
    }
    app.screen = Screen::Home;
    effects.push(Effect::LoadLibrary);
    effects
}

/// Quits, asking first when the open sheet has unsaved edits.
pub(crate) fn quit(app: &mut App) -> Vec<Effect> {
    match &app.screen {
        Screen::Wizard(w) if w.dirty => {
            app.overlay = Some(Overlay::ConfirmQuit);
            Vec::new()
        }
        _ => quit_now(app),
    }
}

#[cfg(test)]
mod export_tests;
#[cfg(test)]
mod home_reviews_tests;
#[cfg(test)]
mod message_tests;
#[cfg(test)]
mod opener_tests;
#[cfg(test)]
mod readline_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod typing_tests;

#[cfg(test)]
pub(crate) use home::current_row as home_row;
pub(crate) use home::selected as selected_sheet;

/// The key scopes active right now, for lookup, the hint bar and help.
pub(crate) fn scopes(app: &App) -> Vec<Scope> {
    if app.overlay == Some(Overlay::ConfirmQuit) {
        return DIALOG_SCOPES.to_vec();
    }
    match &app.screen {
        Screen::Home => home::scopes(app),
        Screen::Wizard(w) => wizard::scopes(w),
        Screen::Rehearse(r) => rehearse::scopes(r),
        Screen::Cue(_) => vec![Scope::Always, Scope::NotTyping, Scope::Cue],
        Screen::Flags(_) => flags::scopes(app),
    }
}
