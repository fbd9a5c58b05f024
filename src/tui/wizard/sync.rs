//! Writing controls through to the sheet, and what choosing a suggestion does. Both follow
//! the field table: what a control stores is what its row's value says.

use super::Wizard;
use super::build::scenario_list;
use crate::tui::form::{Control, FieldId, ItemValue, Widget};
use talkprep::playbook::Playbook;
use talkprep::sheet::{Draft, FollowUp, Pick, Value, parse_when_in};

/// Copies the control at `index` into the sheet, as its row in the field table says.
pub(crate) fn store_control(wizard: &mut Wizard, index: usize, playbook: &Playbook) {
    let Some(control) = wizard.controls.get(index) else {
        return;
    };
    let field = control.field();
    let text = control.as_text().map(|t| t.value());
    let list = control.as_pick();
    let sheet = &mut wizard.sheet;
    match field.value {
        Value::Text { set, .. } => {
            if let Some(text) = text {
                set(sheet, text);
                match field.id {
                    FieldId::Opener => wizard.recheck_tone(),
                    FieldId::MessageSubject | FieldId::MessageBody => wizard.recheck_message(),
                    // An untouched message follows the date as it is typed.
                    FieldId::MessageNextBy if !wizard.message_edited() => {
                        wizard.rebuild_message(playbook)
                    }
                    _ => {}
                }
            }
        }
        Value::When => {
            if let Some(text) = text {
                // What cannot be read is kept as typed, shown as unreadable, and said before
                // the step changes; the sheet keeps no date meanwhile.
                sheet.when = parse_when_in(&text, sheet.lang, wizard.today).unwrap_or(None);
                wizard.when_input = text;
                wizard.told_bad_date = false;
            }
        }
        Value::Level { set, .. } => {
            if let Widget::Scale(scale) = &control.widget {
                set(sheet, scale.value);
            }
        }
        Value::One { set, .. } => {
            if let Some(list) = list {
                let chosen = list.chosen_values().find_map(|v| match v {
                    ItemValue::Pick(p) => Some(*p),
                    ItemValue::Id(_) | ItemValue::Suggestion(_) | ItemValue::FollowUp(_) => None,
                });
                set(sheet, chosen);
            }
        }
        Value::Ticks { set, .. } => {
            if let Some(list) = list {
                let ids = list
                    .chosen_values()
                    .filter_map(|v| match v {
                        ItemValue::Id(id) => Some(id.clone()),
                        ItemValue::Pick(_) | ItemValue::Suggestion(_) | ItemValue::FollowUp(_) => {
                            None
                        }
                    })
                    .collect();
                set(sheet, ids);
            }
        }
        Value::Scenario => {
            let chosen = list.and_then(|l| {
                l.chosen_values().find_map(|v| match v {
                    ItemValue::Id(id) => Some(id.clone()),
                    ItemValue::Pick(_) | ItemValue::Suggestion(_) | ItemValue::FollowUp(_) => None,
                })
            });
            if let Some(id) = chosen {
                sheet.scenario = id;
            }
        }
        Value::FollowUps => {
            if let Some(list) = list {
                let done: Vec<usize> = list
                    .chosen_values()
                    .filter_map(|v| match v {
                        ItemValue::FollowUp(i) => Some(*i),
                        ItemValue::Id(_) | ItemValue::Pick(_) | ItemValue::Suggestion(_) => None,
                    })
                    .collect();
                for (i, follow_up) in sheet.follow_ups.iter_mut().enumerate() {
                    follow_up.done = done.contains(&i);
                }
            }
        }
        Value::Draft(Draft::ScenarioFilter) => {
            let list = scenario_list(playbook, &text.unwrap_or_default(), &sheet.scenario);
            if let Some(control) = wizard.control_mut(FieldId::Scenario) {
                control.widget = Widget::Pick(list);
            }
        }
        Value::Draft(Draft::FollowUpDue) => wizard.follow_up_draft.due = text.unwrap_or_default(),
        Value::Draft(Draft::FollowUpWhat) => wizard.follow_up_draft.what = text.unwrap_or_default(),
        Value::Draft(Draft::FollowUpOwner) => {
            let owner = list.and_then(|l| {
                l.chosen_values().find_map(|v| match v {
                    ItemValue::Pick(Pick::Owner(owner)) => Some(*owner),
                    _ => None,
                })
            });
            if let Some(owner) = owner {
                wizard.follow_up_draft.owner = owner;
            }
        }
        // Chosen from, not stored: suggestions and goals fill other fields (`apply_choice`).
        Value::Suggestions { .. } | Value::Goals => {}
    }
}

/// Puts `text` into the text control `id` and stores it. What was there stays one undo away
/// (in the field's own history); when the person had written something else, `replaced` is
/// set so the status can say how to get it back.
fn fill_field(wizard: &mut Wizard, id: FieldId, text: &str, playbook: &Playbook) {
    let Some(index) = wizard.controls.iter().position(|c| c.id == id) else {
        return;
    };
    if let Some(field) = wizard.controls[index].as_text_mut() {
        let before = field.value();
        wizard.replaced = !before.trim().is_empty() && before.trim() != text.trim();
        field.set_value(text);
    }
    store_control(wizard, index, playbook);
}

/// The first of `fills` with no answer on the sheet, else the last.
fn target_of(wizard: &Wizard, fills: &[FieldId]) -> Option<FieldId> {
    fills
        .iter()
        .copied()
        .find(|&id| {
            !talkprep::sheet::Field::get(id)
                .value
                .is_answered(&wizard.sheet)
        })
        .or_else(|| fills.last().copied())
}

/// Enter or Space on the focused list: choose, tick, or use a suggestion. Returns whether the
/// sheet changed.
pub(crate) fn apply_choice(wizard: &mut Wizard, playbook: &Playbook) -> bool {
    let index = wizard.focus;
    let Some(Control {
        id,
        widget: Widget::Pick(list),
    }) = wizard.controls.get_mut(index)
    else {
        return false;
    };
    let field = talkprep::sheet::Field::get(*id);
    if !list.activate() {
        return false;
    }
    let Some(current) = list.current().cloned() else {
        return false;
    };
    match (field.value, current.value) {
        (Value::Goals, ItemValue::Suggestion(goal)) => {
            wizard.sheet.goal.kind = goal.goal_kind;
            fill_field(wizard, FieldId::Outcome, &goal.text, playbook);
        }
        (Value::Suggestions { fills, .. }, ItemValue::Suggestion(suggestion)) => {
            if let Some(target) = target_of(wizard, fills) {
                fill_field(wizard, target, &suggestion.text, playbook);
            }
        }
        _ => store_control(wizard, index, playbook),
    }
    true
}

/// Adds the follow-up written in step 9's fields to the list, or puts the one being edited
/// back in its place (same id, so the same calendar UID, and the same done mark). Returns an
/// error key when the date cannot be read; nothing changes then and nothing typed is lost.
/// An edit whose text was emptied leaves the follow-up as it was (Delete removes one).
pub(crate) fn add_follow_up(
    wizard: &mut Wizard,
    playbook: &Playbook,
) -> Result<bool, &'static str> {
    let draft = &wizard.follow_up_draft;
    let what = draft.what.trim();
    if what.is_empty() {
        let was_editing = wizard.follow_up_draft.editing.is_some();
        if was_editing {
            wizard.follow_up_draft = super::FollowUpDraft::default();
            focus_new_follow_up(wizard, playbook);
        }
        return Ok(false);
    }
    let due = match draft.due.trim() {
        "" => None,
        text => Some(
            parse_when_in(text, wizard.sheet.lang, wizard.today)
                .ok()
                .flatten()
                .map(|when| when.date())
                .ok_or("debrief.bad_due")?,
        ),
    };
    let (what, owner) = (what.to_owned(), draft.owner);
    let edited = draft
        .editing
        .as_ref()
        .and_then(|id| wizard.sheet.follow_ups.iter_mut().find(|f| f.id == *id));
    match edited {
        Some(follow_up) => {
            follow_up.what = what;
            follow_up.owner = owner;
            follow_up.due = due;
        }
        // A new one, or one edited that is gone meanwhile (deleted): added as new.
        None => {
            let follow_up = FollowUp::new(
                what,
                owner,
                due,
                jiff::Timestamp::now(),
                &wizard.sheet.follow_ups,
            );
            wizard.sheet.follow_ups.push(follow_up);
        }
    }
    wizard.follow_up_draft = super::FollowUpDraft::default();
    focus_new_follow_up(wizard, playbook);
    Ok(true)
}

/// Puts the follow-up `index` into step 9's fields to be changed, and the focus on its text.
/// Returns whether there was one.
pub(crate) fn edit_follow_up(wizard: &mut Wizard, index: usize, playbook: &Playbook) -> bool {
    let Some(follow_up) = wizard.sheet.follow_ups.get(index) else {
        return false;
    };
    wizard.follow_up_draft = super::FollowUpDraft {
        what: follow_up.what.clone(),
        // The form the field asks for, which reads back the same in every language.
        due: follow_up.due.map(|d| d.to_string()).unwrap_or_default(),
        owner: follow_up.owner,
        editing: Some(follow_up.id.clone()),
    };
    focus_new_follow_up(wizard, playbook);
    true
}

/// Rebuilds step 9 from the sheet and the draft, with the focus on the follow-up's text.
fn focus_new_follow_up(wizard: &mut Wizard, playbook: &Playbook) {
    wizard.enter(super::Step::Debrief, playbook);
    wizard.focus = wizard
        .controls
        .iter()
        .position(|c| c.id == FieldId::NewFollowWhat)
        .unwrap_or(0);
}
