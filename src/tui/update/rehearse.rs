//! Keys on the rehearse screen.

use crossterm::event::KeyEvent;

use super::set_status;
use crate::tui::app::{App, Effect, Overlay, Screen, Tone};
use crate::tui::form::TextField;
use crate::tui::keys::{Action, Scope};
use crate::tui::rehearse::{Phase, Rehearse, Source};
use crate::tui::wizard::{Step, Wizard};

/// The scopes active while rehearsing.
pub(crate) fn scopes(r: &Rehearse) -> Vec<Scope> {
    if r.reply.is_some() || r.editing.is_some() {
        vec![Scope::Always, Scope::Field, Scope::LineField]
    } else {
        vec![Scope::Always, Scope::NotTyping, Scope::Rehearse]
    }
}

/// Handles a key while rehearsing.
pub(crate) fn key(app: &mut App, event: KeyEvent) -> Vec<Effect> {
    let now = app.now_ms;
    let cat = app.cat();
    let Screen::Rehearse(r) = &mut app.screen else {
        return Vec::new();
    };
    let action = app.keys.lookup(&event, &scopes(r));
    // One text field at most is open: the own opener being edited, or a reply being written.
    if r.editing.is_some() || r.reply.is_some() {
        let editing = r.editing.is_some();
        match action {
            Some(Action::Back) => {
                r.editing = None;
                r.reply = None;
            }
            Some(Action::Commit) => {
                let (kept, said) = if editing {
                    (r.keep_edit(&app.playbook), "rehearse.opener_edited")
                } else {
                    (r.keep_reply(&app.playbook), "rehearse.reply_kept")
                };
                if kept {
                    let save = save_now(r);
                    set_status(app, Tone::Good, cat.get(said).to_owned());
                    return vec![save];
                }
            }
            _ => {
                if let Some(field) = r.editing.as_mut().or(r.reply.as_mut()) {
                    field.key(event, action);
                }
            }
        }
        return Vec::new();
    }
    match action {
        Some(Action::Help) => app.overlay = Some(Overlay::Help),
        Some(Action::Quit) => {
            let effects = leave(app);
            app.quit = true;
            return effects;
        }
        Some(Action::Back) => return leave(app),
        Some(Action::Timer) => r.toggle_timer(now),
        Some(Action::NextRound) => {
            if r.picker_is_empty() {
                let text = cat.get("rehearse.no_pushbacks").to_owned();
                set_status(app, Tone::Info, text);
            } else {
                r.next_round(now);
            }
        }
        Some(Action::Reveal)
            if matches!(r.phase, Phase::Answer | Phase::Pause { .. }) && r.current.is_some() =>
        {
            r.phase = Phase::Revealed;
        }
        Some(Action::WriteReply) if r.current.is_some() => {
            r.reply = Some(TextField::new("", true));
        }
        Some(Action::NextVariation) if !r.variations.is_empty() => {
            r.variation = (r.variation + 1) % r.variations.len();
        }
        Some(Action::Promote) => {
            let back_to_yours = r
                .variations
                .get(r.variation)
                .is_some_and(|v| v.source == Source::Yours);
            if r.promote(&app.playbook) {
                let save = save_now(r);
                let key = if back_to_yours {
                    "rehearse.yours_again"
                } else {
                    "rehearse.promoted"
                };
                let text = cat.get(key).to_owned();
                set_status(app, Tone::Good, text);
                return vec![save];
            }
            let text = cat.get("rehearse.already_in_use").to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::Undo) => {
            if r.undo(&app.playbook) {
                let save = save_now(r);
                let text = cat.get("rehearse.promote_undone").to_owned();
                set_status(app, Tone::Good, text);
                return vec![save];
            }
            let text = cat.get("rehearse.nothing_to_undo").to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::EditOpener) => r.edit(),
        _ => {}
    }
    Vec::new()
}

/// Text pasted while writing a reply or editing the opener.
pub(crate) fn paste(r: &mut Rehearse, text: &str) {
    if let Some(field) = r.editing.as_mut().or(r.reply.as_mut()) {
        field.insert(text);
    }
}

/// Saves the sheet as it stands, the way every edit is saved (the rehearsal log is added when
/// leaving).
fn save_now(r: &Rehearse) -> Effect {
    Effect::Save {
        sheet: Box::new(r.sheet.clone()),
        seq: None,
        recreate: false,
        name_after_client: false,
    }
}

/// Ends the rehearsal: logs it on the sheet, saves, and goes back where it started.
pub(crate) fn leave(app: &mut App) -> Vec<Effect> {
    let Screen::Rehearse(r) = std::mem::replace(&mut app.screen, Screen::Home) else {
        return Vec::new();
    };
    let from_wizard = r.from_wizard;
    let (sheet, changed) = r.finish(app.now_ms);
    let mut effects = Vec::new();
    if changed {
        effects.push(Effect::Save {
            sheet: Box::new(sheet.clone()),
            seq: None,
            recreate: false,
            name_after_client: false,
        });
    }
    if from_wizard {
        let wizard = Wizard::new(sheet, Step::Review, true, &app.playbook);
        app.screen = Screen::Wizard(Box::new(wizard));
    } else {
        effects.push(Effect::LoadLibrary);
    }
    effects
}
