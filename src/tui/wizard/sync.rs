//! Writing controls through to the sheet, and what choosing a suggestion does.

use super::Wizard;
use super::build::scenario_list;
use crate::tui::form::{Control, ControlId as Id, Widget};
use talkprep::playbook::Playbook;
use talkprep::sheet::{Channel, FollowUp, Outcome, Owner, Relationship, parse_when};

/// Copies the control at `index` into the sheet.
pub(crate) fn store_control(wizard: &mut Wizard, index: usize, playbook: &Playbook) {
    let Some(control) = wizard.controls.get(index) else {
        return;
    };
    let id = control.id;
    match &control.widget {
        Widget::Text(field) => {
            let value = field.value();
            store_text(wizard, id, value, playbook);
        }
        Widget::Pick(list) => {
            let chosen = list.chosen_ids();
            let first = chosen.first().cloned().unwrap_or_default();
            let s = &mut wizard.sheet;
            match id {
                Id::Scenario if !first.is_empty() => {
                    s.scenario = first;
                }
                Id::Channel => s.channel = Channel::ALL.into_iter().find(|c| c.id() == first),
                Id::Relationship => {
                    s.stakes.relationship = Relationship::ALL.into_iter().find(|r| r.id() == first);
                }
                Id::WontMatter => s.stakes.wont_matter = chosen,
                Id::CallOutcome => {
                    s.debrief.get_or_insert_default().outcome =
                        Outcome::ALL.into_iter().find(|o| o.id() == first);
                }
                Id::FollowUps => {
                    for (i, follow_up) in s.follow_ups.iter_mut().enumerate() {
                        follow_up.done = chosen.contains(&i.to_string());
                    }
                }
                Id::WillMatter => s.stakes.will_matter = chosen,
                _ => {}
            }
        }
        Widget::Scale(scale) => {
            if id == Id::Heat {
                wizard.sheet.stakes.heat = scale.value;
            }
        }
    }
}

fn store_text(wizard: &mut Wizard, id: Id, value: String, playbook: &Playbook) {
    let s = &mut wizard.sheet;
    match id {
        Id::ScenarioFilter => {
            let list = scenario_list(playbook, &value, &s.scenario);
            if let Some(control) = wizard.control_mut(Id::Scenario) {
                control.widget = Widget::Pick(list);
            }
        }
        Id::Client => s.client = value,
        Id::Topic => s.topic = value,
        Id::When => {
            if let Ok(when) = parse_when(&value) {
                s.when = when;
            }
            wizard.when_input = value;
        }
        Id::FactWhat => s.facts.what_happened = value,
        Id::FactWho => s.facts.who_did_what = value,
        Id::FactEvidence => s.facts.evidence = value,
        Id::FactCost => s.facts.cost = value,
        Id::FactMyPart => s.facts.my_part = value,
        Id::FactRepair => s.facts.repair = value,
        Id::Worth => s.stakes.worth = value,
        Id::Outcome => s.goal.outcome = value,
        Id::FirmOn => s.goal.firm_on = value,
        Id::CanGive => s.goal.can_give = value,
        Id::Fallback1 | Id::Fallback2 => {
            let slot = usize::from(id == Id::Fallback2);
            while s.fallbacks.len() <= slot {
                s.fallbacks.push(String::new());
            }
            s.fallbacks[slot] = value;
            while s.fallbacks.last().is_some_and(|f| f.trim().is_empty()) {
                s.fallbacks.pop();
            }
        }
        Id::Opener => {
            s.opener.text = value;
            wizard.recheck_tone();
        }
        Id::Moment => s.logistics.moment = value,
        Id::Place => s.logistics.place = value,
        Id::LogNotes => s.logistics.notes = value,
        Id::AgainstGoal => s.debrief.get_or_insert_default().against_goal = value,
        Id::WentWell => s.debrief.get_or_insert_default().went_well = value,
        Id::WentBadly => s.debrief.get_or_insert_default().went_badly = value,
        Id::Learned => s.debrief.get_or_insert_default().learned = value,
        Id::WouldChange => s.debrief.get_or_insert_default().would_change = value,
        Id::NewFollowDue => wizard.follow_due_input = value,
        _ => {}
    }
}

/// Puts `text` into the text control `id` (undoable) and stores it.
fn fill_field(wizard: &mut Wizard, id: Id, text: &str, playbook: &Playbook) {
    let Some(index) = wizard.controls.iter().position(|c| c.id == id) else {
        return;
    };
    if let Some(field) = wizard.controls[index].as_text_mut() {
        field.set_value(text);
    }
    store_control(wizard, index, playbook);
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
    let id = *id;
    if !list.activate() {
        return false;
    }
    let Some(current) = list.current().cloned() else {
        return false;
    };
    match id {
        Id::GoalKind => {
            let kind = playbook
                .scenario(&wizard.sheet.scenario)
                .and_then(|s| s.goals.iter().find(|g| g.text == current.id))
                .map(|g| g.kind);
            wizard.sheet.goal.kind = kind;
            fill_field(wizard, Id::Outcome, &current.id, playbook);
        }
        Id::FallbackIdeas => {
            let target = if wizard
                .sheet
                .fallbacks
                .first()
                .is_none_or(|f| f.trim().is_empty())
            {
                Id::Fallback1
            } else {
                Id::Fallback2
            };
            fill_field(wizard, target, &current.id, playbook);
        }
        Id::OpenerIdeas => fill_field(wizard, Id::Opener, &current.id, playbook),
        Id::MomentIdeas => fill_field(wizard, Id::Moment, &current.id, playbook),
        _ => store_control(wizard, index, playbook),
    }
    true
}

/// Adds the follow-up typed in the debrief's "new follow-up" fields. Returns an error key when
/// the date cannot be read; nothing is added then and nothing typed is lost.
pub(crate) fn add_follow_up(
    wizard: &mut Wizard,
    playbook: &Playbook,
) -> Result<bool, &'static str> {
    let text_of = |id: Id| {
        wizard
            .controls
            .iter()
            .find(|c| c.id == id)
            .and_then(Control::as_text)
            .map(|t| t.value())
            .unwrap_or_default()
    };
    let what = text_of(Id::NewFollowWhat);
    if what.trim().is_empty() {
        return Ok(false);
    }
    let due_text = text_of(Id::NewFollowDue);
    let due = match due_text.trim() {
        "" => None,
        text => Some(
            text.parse::<jiff::civil::Date>()
                .map_err(|_| "debrief.bad_due")?,
        ),
    };
    let owner = wizard
        .controls
        .iter()
        .find(|c| c.id == Id::NewFollowOwner)
        .and_then(Control::as_pick)
        .and_then(|p| p.chosen_ids().first().cloned())
        .and_then(|id| Owner::ALL.into_iter().find(|o| o.id() == id))
        .unwrap_or(Owner::Me);
    wizard.sheet.follow_ups.push(FollowUp {
        what: what.trim().to_owned(),
        owner,
        due,
        done: false,
    });
    wizard.follow_due_input.clear();
    wizard.enter(super::Step::Debrief, playbook);
    wizard.focus = wizard
        .controls
        .iter()
        .position(|c| c.id == Id::NewFollowWhat)
        .unwrap_or(0);
    Ok(true)
}
