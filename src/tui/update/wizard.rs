//! Keys in the prep wizard: fields, lists, steps, and the review page's actions.

use crossterm::event::{KeyCode, KeyEvent};

use super::{go_home, quit, save, set_status};
use crate::tui::app::{App, Effect, Overlay, Screen, Tone};
use crate::tui::form::{FieldId, TextField, Widget};
use crate::tui::keys::{Action, Scope};
use crate::tui::wizard::{Step, Wizard, add_follow_up, apply_choice, store_control};

/// The scopes active in the wizard.
pub(crate) fn scopes(w: &Wizard) -> Vec<Scope> {
    let mut scopes = vec![Scope::Always, Scope::Form, Scope::Wizard];
    match w.step {
        Step::Opener => {
            // The rewrite key is offered in the bar only while there is a rewrite to apply;
            // pressed without one, it says so (its `opener` row, not in the bar).
            if w.sheet
                .opener
                .tone
                .as_ref()
                .is_some_and(|r| r.has_rewrite())
            {
                scopes.push(Scope::Rewrite);
            }
            scopes.push(Scope::Opener);
        }
        Step::Review => scopes.push(Scope::Review),
        Step::Message => scopes.push(Scope::Message),
        _ => {}
    }
    let in_multi_line = w
        .focused()
        .and_then(|c| c.as_text())
        .is_some_and(|t| !t.single_line);
    if !in_multi_line {
        scopes.push(Scope::NotMultiLine);
    }
    match w.focused() {
        Some(c) => match &c.widget {
            Widget::Text(field) => {
                scopes.push(Scope::Field);
                if field.single_line {
                    scopes.push(Scope::LineField);
                }
                if c.id == FieldId::ScenarioFilter {
                    scopes.push(Scope::Filter);
                }
            }
            // Lists sit between text fields, where a name typed one Tab too far lands: no
            // plain letter acts on them (no `q` to quit), only arrows, Space and digits.
            Widget::Scale(_) => scopes.extend([Scope::Choosing, Scope::Scale]),
            _ if c.id == FieldId::FollowUps => {
                scopes.extend([Scope::Choosing, Scope::FollowUpList])
            }
            _ => scopes.push(Scope::Choosing),
        },
        None => scopes.push(Scope::NotTyping),
    }
    scopes
}

/// Handles a key in the wizard.
pub(crate) fn key(app: &mut App, event: KeyEvent) -> Vec<Effect> {
    let now = app.now_ms;
    let cat = app.cat();
    let Screen::Wizard(w) = &mut app.screen else {
        return Vec::new();
    };
    if w.export_prompt.is_some() {
        return export_prompt_key(app, event);
    }
    let action = app.keys.lookup(&event, &scopes(w));
    if w.read_only && edits(action) {
        let text = cat.get("wizard.read_only").to_owned();
        set_status(app, Tone::Info, text);
        return Vec::new();
    }
    // Esc goes back one level: out of the field first (saying so), then home.
    let leaving = std::mem::take(&mut w.leaving);
    let confirming_rebuild = std::mem::take(&mut w.confirm_rebuild);
    if let Some(now) = app.now_local {
        w.today = now.date();
    }
    match action {
        Some(Action::Help) => app.overlay = Some(Overlay::Help),
        Some(Action::Quit) => return quit(app),
        Some(Action::Back) if !leaving && w.focused().is_some_and(|c| c.is_text()) => {
            w.leaving = true;
            let text = cat.get("wizard.esc_again").to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::Back) => return go_home(app),
        Some(Action::Save) if w.read_only => {
            let text = cat.get("wizard.read_only").to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::Save) => {
            // Saving by hand after a deletion elsewhere means: write it again.
            let recreate = std::mem::take(&mut w.deleted_elsewhere);
            let mut effect = save(w);
            if let Effect::Save {
                recreate: again, ..
            } = &mut effect
            {
                *again = recreate;
            }
            return vec![effect];
        }
        Some(Action::NextStep) => return change_step(app, true),
        Some(Action::PrevStep) => return change_step(app, false),
        Some(Action::NextField) => {
            // Tabbing on from the scenario list with none chosen yet takes the one under the
            // cursor: the person typed a word to find it, and moved on.
            let leaving_scenarios = w.focused().is_some_and(|c| c.id == FieldId::Scenario);
            if leaving_scenarios && w.sheet.scenario.is_empty() && apply_choice(w, &app.playbook) {
                w.touch(now);
            }
            cycle_focus(w, 1);
        }
        Some(Action::PrevField) => cycle_focus(w, -1),
        Some(Action::Delete) if w.focused().is_some_and(|c| c.id == FieldId::FollowUps) => {
            let key = match remove_follow_up(w, &app.playbook) {
                Some(_) => {
                    w.touch(now);
                    "followup.deleted"
                }
                None => "followup.none_to_delete",
            };
            let text = cat.get(key).to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::EditFollowUp) if w.focused().is_some_and(|c| c.id == FieldId::FollowUps) => {
            let editing = follow_up_under_cursor(w)
                .is_some_and(|index| crate::tui::wizard::edit_follow_up(w, index, &app.playbook));
            let key = if editing {
                "followup.editing"
            } else {
                "followup.none_to_edit"
            };
            let text = cat.get(key).to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::Undo) if w.focused().is_some_and(|c| c.id == FieldId::FollowUps) => {
            let key = if restore_follow_up(w, &app.playbook) {
                w.touch(now);
                "followup.restored"
            } else {
                "followup.nothing_to_undo"
            };
            let text = cat.get(key).to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::ApplyRewrite) => {
            if apply_rewrite(w, &app.playbook) {
                w.touch(now);
                let text = cat.get("opener.rewritten").to_owned();
                set_status(app, Tone::Good, text);
            } else {
                let text = cat.get("opener.no_rewrite").to_owned();
                set_status(app, Tone::Info, text);
            }
        }
        Some(Action::RebuildMessage) => {
            super::message::rebuild(app, confirming_rebuild);
        }
        Some(Action::CopyMessage) => return super::message::copy(app),
        Some(Action::EditOutside) => return super::outside::open(app),
        Some(Action::Up) if w.step == Step::Review => {
            w.review_scroll = w.review_scroll.saturating_sub(1);
        }
        Some(Action::Down) if w.step == Step::Review => {
            w.review_scroll = w.review_scroll.saturating_add(1);
        }
        Some(Action::Up | Action::Down | Action::Left | Action::Right) => {
            move_in_control(w, action, now, &app.playbook);
        }
        Some(Action::Select | Action::Toggle) => {
            w.replaced = false;
            if apply_choice(w, &app.playbook) {
                w.touch(now);
                if matches!(w.focused().map(|c| c.id), Some(FieldId::Scenario)) {
                    cycle_focus(w, 1);
                }
                if std::mem::take(&mut w.replaced) {
                    let text = cat.get("wizard.replaced").to_owned();
                    set_status(app, Tone::Info, text);
                }
            }
        }
        Some(Action::SideUp) => w.side_scroll = w.side_scroll.saturating_sub(3),
        Some(Action::SideDown) => w.side_scroll = w.side_scroll.saturating_add(3).min(500),
        Some(Action::PageUp) => w.review_scroll = w.review_scroll.saturating_sub(10),
        Some(Action::PageDown) => w.review_scroll = w.review_scroll.saturating_add(10),
        Some(Action::Export) => {
            let path = app.export_dir.join(format!("{}.md", w.sheet.id));
            w.export_prompt = Some(TextField::new(&path.to_string_lossy(), true));
        }
        Some(Action::CueCard) => {
            let sheet = w.sheet.clone();
            let mut effects = if w.dirty { vec![save(w)] } else { Vec::new() };
            effects.extend(super::show_cue(app, sheet, true));
            return effects;
        }
        Some(Action::Rehearse) => {
            let mut effects = if w.dirty { vec![save(w)] } else { Vec::new() };
            effects.push(Effect::StartRehearsal {
                sheet: Box::new(w.sheet.clone()),
                from_wizard: true,
            });
            return effects;
        }
        Some(Action::CopyOpener) => {
            let done = copied(cat, "review.copied_opener", app.in_tmux);
            return vec![Effect::Copy {
                text: w.sheet.opener.text.clone(),
                done,
            }];
        }
        Some(Action::CopySheet) => {
            let outline = talkprep::export::outline(&w.sheet, &app.playbook, cat);
            let done = copied(cat, "review.copied_sheet", app.in_tmux);
            return vec![Effect::Copy {
                text: talkprep::export::plain(&outline),
                done,
            }];
        }
        Some(Action::Commit)
            if matches!(
                w.focused().map(|c| c.id),
                Some(FieldId::NewFollowWhat | FieldId::NewFollowDue)
            ) =>
        {
            let editing = w.follow_up_draft.editing.is_some();
            match add_follow_up(w, &app.playbook) {
                Ok(true) => {
                    w.touch(now);
                    let key = if editing {
                        "followup.changed"
                    } else {
                        "debrief.added"
                    };
                    let text = cat.get(key).to_owned();
                    set_status(app, Tone::Good, text);
                }
                Ok(false) => cycle_focus(w, 1),
                Err(key) => {
                    let text = cat.get(key).to_owned();
                    set_status(app, Tone::Bad, text);
                }
            }
        }
        None if typed_on_a_list(w, &event) => {
            let text = cat.get("wizard.typed_on_list").to_owned();
            set_status(app, Tone::Info, text);
        }
        _ => unbound_key(w, event, action, now, &app.playbook),
    }
    Vec::new()
}

/// A letter typed while a list, a choice or a scale has the focus: text meant for a field.
/// (On a list of suggestions typing writes your own, in the field it fills.)
fn typed_on_a_list(w: &Wizard, event: &KeyEvent) -> bool {
    let printable = matches!(event.code, crossterm::event::KeyCode::Char(c) if !c.is_control())
        && !event.modifiers.intersects(
            crossterm::event::KeyModifiers::CONTROL | crossterm::event::KeyModifiers::ALT,
        );
    printable
        && w.focused().is_some_and(|c| match &c.widget {
            Widget::Text(_) => false,
            Widget::Pick(list) => !is_suggestion_list(list, c.id),
            Widget::Scale(_) => true,
        })
}

/// A list of suggestions (moments, goal kinds): picking one fills a text field.
fn is_suggestion_list(list: &crate::tui::form::PickList, id: FieldId) -> bool {
    list.mode == crate::tui::form::Mode::Action || id == FieldId::GoalKind
}

/// Whether `action` (none: a key for the focused field) would change the sheet.
fn edits(action: Option<Action>) -> bool {
    !matches!(
        action,
        Some(
            Action::Help
                | Action::Quit
                | Action::Back
                | Action::Save
                | Action::NextStep
                | Action::PrevStep
                | Action::NextField
                | Action::PrevField
                | Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::CueCard
                | Action::Export
                | Action::CopyOpener
                | Action::CopySheet
                | Action::CopyMessage,
        )
    )
}

/// A key the wizard itself does not act on: it goes to the focused control.
fn unbound_key(
    w: &mut Wizard,
    event: KeyEvent,
    action: Option<Action>,
    now: u64,
    playbook: &talkprep::playbook::Playbook,
) {
    if w.step == Step::Review {
        return;
    }
    let index = w.focus;
    let Some(control) = w.controls.get_mut(index) else {
        return;
    };
    let id = control.id;
    match &mut control.widget {
        Widget::Text(field) => {
            if action == Some(Action::Commit) {
                if id == FieldId::ScenarioFilter {
                    cycle_focus(w, 1);
                    if apply_choice(w, playbook) {
                        w.touch(now);
                        cycle_focus(w, 1);
                    }
                } else {
                    cycle_focus(w, 1);
                }
                return;
            }
            if action == Some(Action::LeaveFilter) {
                cycle_focus(w, 1);
                return;
            }
            if field.key(event, action) {
                store_control(w, index, playbook);
                if id != FieldId::ScenarioFilter {
                    w.touch(now);
                }
            }
        }
        Widget::Scale(scale) => {
            // The key table says which keys set a level; the level is the digit pressed.
            if let (Some(Action::Level), KeyCode::Char(c @ '0'..='9')) = (action, event.code) {
                scale.value = c.to_digit(10).map(|d| d as u8);
                store_control(w, index, playbook);
                w.touch(now);
            }
        }
        Widget::Pick(list) => {
            // Typing on a list of suggestions means writing your own: go to the field it fills.
            let is_suggestions = is_suggestion_list(list, id);
            let typed = matches!(event.code, KeyCode::Char(_))
                && !event.modifiers.intersects(
                    crossterm::event::KeyModifiers::CONTROL | crossterm::event::KeyModifiers::ALT,
                );
            let next_text = (index + 1..w.controls.len()).find(|&i| w.controls[i].is_text());
            if let (true, true, Some(next)) = (is_suggestions, typed, next_text) {
                w.focus = next;
                unbound_key(w, event, None, now, playbook);
            }
        }
    }
}

fn move_in_control(
    w: &mut Wizard,
    action: Option<Action>,
    now: u64,
    playbook: &talkprep::playbook::Playbook,
) {
    let index = w.focus;
    let Some(control) = w.controls.get_mut(index) else {
        return;
    };
    match (&mut control.widget, action) {
        (Widget::Pick(list), Some(Action::Up)) if !list.horizontal => list.move_cursor(-1),
        (Widget::Pick(list), Some(Action::Down)) if !list.horizontal => list.move_cursor(1),
        (Widget::Pick(list), Some(Action::Left | Action::Right)) if list.horizontal => {
            list.move_cursor(if action == Some(Action::Left) { -1 } else { 1 });
            if apply_choice(w, playbook) {
                w.touch(now);
            }
        }
        (Widget::Scale(scale), Some(Action::Left | Action::Right)) => {
            scale.step(if action == Some(Action::Left) { -1 } else { 1 });
            store_control(w, index, playbook);
            w.touch(now);
        }
        (_, Some(Action::Up)) => cycle_focus(w, -1),
        (_, Some(Action::Down)) => cycle_focus(w, 1),
        _ => {}
    }
}

/// Moves focus by `delta`, wrapping around.
pub(crate) fn cycle_focus(w: &mut Wizard, delta: isize) {
    let count = w.controls.len();
    if count == 0 {
        return;
    }
    w.focus = (w.focus as isize + delta).rem_euclid(count as isize) as usize;
}

/// Moves to the next or previous step, saving first when needed.
pub(crate) fn change_step(app: &mut App, forward: bool) -> Vec<Effect> {
    let Screen::Wizard(w) = &mut app.screen else {
        return Vec::new();
    };
    let target = if forward {
        w.step.next()
    } else {
        w.step.prev()
    };
    let Some(step) = target else {
        return Vec::new();
    };
    // An unreadable date is said out loud once before the step changes.
    let unreadable = w.step == Step::Who
        && talkprep::sheet::parse_when_in(&w.when_input, w.sheet.lang, w.today).is_err();
    if unreadable && !w.told_bad_date {
        w.told_bad_date = true;
        let text = app.cat().get("when.unreadable").to_owned();
        set_status(app, Tone::Bad, text);
        return Vec::new();
    }
    let effects = match super::naming_save(w) {
        Some(named) => vec![named],
        None if w.dirty => vec![save(w)],
        None => Vec::new(),
    };
    w.enter(step, &app.playbook);
    effects
}

/// Replaces the first finding that has a rewrite in the opener. Returns whether it did.
fn apply_rewrite(w: &mut Wizard, playbook: &talkprep::playbook::Playbook) -> bool {
    let Some(report) = &w.sheet.opener.tone else {
        return false;
    };
    let text = w.sheet.opener.text.clone();
    let Some(rewritten) = report
        .first_rewrite()
        .and_then(|f| talkprep::tone::apply_suggestion(&text, f))
    else {
        return false;
    };
    let Some(index) = w.controls.iter().position(|c| c.id == FieldId::Opener) else {
        return false;
    };
    if let Some(field) = w.controls[index].as_text_mut() {
        field.set_value(&rewritten);
    }
    store_control(w, index, playbook);
    true
}

fn export_prompt_key(app: &mut App, event: KeyEvent) -> Vec<Effect> {
    let Screen::Wizard(w) = &mut app.screen else {
        return Vec::new();
    };
    let Some(prompt) = &mut w.export_prompt else {
        return Vec::new();
    };
    let action = app
        .keys
        .lookup(&event, &[Scope::Always, Scope::Field, Scope::LineField]);
    match action {
        Some(Action::Back) => {
            w.export_prompt = None;
            app.overwrite_ok = None;
        }
        Some(Action::Commit) => {
            let path = prompt.value();
            w.export_prompt = None;
            if !path.trim().is_empty() {
                let path = expand_home(path.trim(), app.home_dir.as_deref());
                let cat = crate::tui::keys::catalog_with_keys(app.lang, app.keys);
                let outline = talkprep::export::outline(&w.sheet, &app.playbook, cat);
                let text = talkprep::export::markdown(&outline);
                return vec![super::export_to(app, path, text)];
            }
        }
        _ => {
            prompt.key(event, action);
        }
    }
    Vec::new()
}

/// What the status says after a copy; inside tmux, also that tmux may have dropped it.
pub(super) fn copied(cat: &'static talkprep::i18n::Catalog, key: &str, in_tmux: bool) -> String {
    let mut text = cat.get(key).to_owned();
    if in_tmux {
        text.push_str(cat.get("review.copied_note"));
    }
    text
}

/// `~/notes/x.md` with the home folder written out.
fn expand_home(path: &str, home: Option<&std::path::Path>) -> std::path::PathBuf {
    if let Some(rest) = path.strip_prefix("~/")
        && let Some(home) = home
    {
        return home.join(rest);
    }
    std::path::PathBuf::from(path)
}

/// Deletes the follow-up under the cursor of the follow-up list, keeping it for undo.
/// The index of the follow-up under the cursor in step 9's list.
fn follow_up_under_cursor(w: &Wizard) -> Option<usize> {
    w.focused()
        .and_then(|c| c.as_pick())
        .and_then(|list| list.current())
        .and_then(|item| match item.value {
            crate::tui::form::ItemValue::FollowUp(i) => Some(i),
            _ => None,
        })
        .filter(|&i| i < w.sheet.follow_ups.len())
}

fn remove_follow_up(w: &mut Wizard, playbook: &talkprep::playbook::Playbook) -> Option<usize> {
    let index = follow_up_under_cursor(w)?;
    let removed = w.sheet.follow_ups.remove(index);
    w.removed_follow_ups.push((index, removed));
    refocus_follow_ups(w, playbook);
    Some(index)
}

/// Puts the last deleted follow-up back where it was (same id, so the same calendar UID).
fn restore_follow_up(w: &mut Wizard, playbook: &talkprep::playbook::Playbook) -> bool {
    let Some((index, follow_up)) = w.removed_follow_ups.pop() else {
        return false;
    };
    let at = index.min(w.sheet.follow_ups.len());
    w.sheet.follow_ups.insert(at, follow_up);
    refocus_follow_ups(w, playbook);
    true
}

/// Rebuilds step 9's controls from the sheet and keeps the follow-up list focused.
fn refocus_follow_ups(w: &mut Wizard, playbook: &talkprep::playbook::Playbook) {
    w.enter(Step::Debrief, playbook);
    w.focus = w
        .controls
        .iter()
        .position(|c| c.id == FieldId::FollowUps)
        .unwrap_or(0);
}
