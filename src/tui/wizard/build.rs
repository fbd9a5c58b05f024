//! The controls of each step, filled from the sheet and the playbook.

use super::{Step, Wizard};
use crate::tui::form::{Control, ControlId as Id, Item, Mode, PickList, Scale, Widget};
use talkprep::i18n::catalog;
use talkprep::playbook::{Choice, Playbook, fill_placeholders};
use talkprep::sheet::{Channel, Outcome, Owner, Relationship};

fn choices(list: &[Choice]) -> Vec<Item> {
    list.iter()
        .map(|c| Item {
            id: c.id.clone(),
            label: c.label.clone(),
        })
        .collect()
}

fn strs(ids: &[String]) -> Vec<&str> {
    ids.iter().map(String::as_str).collect()
}

/// The scenario list, filtered by `query`, with the sheet's scenario chosen.
pub(crate) fn scenario_list(playbook: &Playbook, query: &str, chosen: &str) -> PickList {
    let haystacks: Vec<String> = playbook
        .scenarios
        .iter()
        .map(|s| format!("{} {} {}", s.title, s.summary, s.id))
        .collect();
    let items = talkprep::search::rank(&haystacks, query)
        .into_iter()
        .map(|i| Item {
            id: playbook.scenarios[i].id.clone(),
            label: playbook.scenarios[i].title.clone(),
        })
        .collect();
    PickList::new(items, &[chosen], Mode::Single)
}

/// The controls of `step`, in focus order.
pub(crate) fn controls_for(step: Step, wizard: &Wizard, playbook: &Playbook) -> Vec<Control> {
    let sheet = &wizard.sheet;
    let cat = catalog(sheet.lang);
    let scenario = playbook.scenario(&sheet.scenario);
    match step {
        Step::Who => {
            let channels = Channel::ALL
                .iter()
                .map(|c| Item {
                    id: c.id().to_owned(),
                    label: cat.get(&format!("channel.{}", c.id())).to_owned(),
                })
                .collect();
            let chosen_channel = sheet.channel.map(Channel::id).unwrap_or_default();
            vec![
                Control::line(Id::ScenarioFilter, ""),
                Control::pick(Id::Scenario, scenario_list(playbook, "", &sheet.scenario)),
                Control::line(Id::Client, &sheet.client),
                Control::line(Id::Topic, &sheet.topic),
                Control::pick(
                    Id::Channel,
                    PickList::new(channels, &[chosen_channel], Mode::Single).in_a_row(),
                ),
                Control::line(Id::When, &wizard.when_input),
            ]
        }
        Step::Facts => {
            let f = &sheet.facts;
            vec![
                Control::text(Id::FactWhat, &f.what_happened),
                Control::text(Id::FactWho, &f.who_did_what),
                Control::text(Id::FactEvidence, &f.evidence),
                Control::text(Id::FactCost, &f.cost),
                Control::text(Id::FactMyPart, &f.my_part),
                Control::text(Id::FactRepair, &f.repair),
            ]
        }
        Step::Stakes => {
            let s = &sheet.stakes;
            let kinds = Relationship::ALL
                .iter()
                .map(|r| Item {
                    id: r.id().to_owned(),
                    label: cat.get(&format!("relationship.{}", r.id())).to_owned(),
                })
                .collect();
            let chosen = s.relationship.map(Relationship::id).unwrap_or_default();
            vec![
                Control::pick(
                    Id::Relationship,
                    PickList::new(kinds, &[chosen], Mode::Single).in_a_row(),
                ),
                Control::line(Id::Worth, &s.worth),
                Control::pick(
                    Id::WontMatter,
                    PickList::new(
                        choices(&playbook.twelve_month.wont_matter),
                        &strs(&s.wont_matter),
                        Mode::Multi,
                    ),
                ),
                Control::pick(
                    Id::WillMatter,
                    PickList::new(
                        choices(&playbook.twelve_month.will_matter),
                        &strs(&s.will_matter),
                        Mode::Multi,
                    ),
                ),
                Control {
                    id: Id::Heat,
                    widget: Widget::Scale(Scale { value: s.heat }),
                },
            ]
        }
        Step::Goal => {
            let goals: Vec<Item> = scenario
                .map(|s| {
                    s.goals
                        .iter()
                        .map(|g| Item {
                            id: g.text.clone(),
                            label: g.text.clone(),
                        })
                        .collect()
                })
                .unwrap_or_default();
            let g = &sheet.goal;
            vec![
                Control::pick(
                    Id::GoalKind,
                    PickList::new(goals, &[g.outcome.as_str()], Mode::Single),
                ),
                Control::text(Id::Outcome, &g.outcome),
                Control::text(Id::FirmOn, &g.firm_on),
                Control::text(Id::CanGive, &g.can_give),
            ]
        }
        Step::Fallback => {
            let ideas = scenario
                .map(|s| s.fallbacks.iter().map(|f| Item::text(f)).collect())
                .unwrap_or_default();
            let get = |i: usize| sheet.fallbacks.get(i).map(String::as_str).unwrap_or("");
            vec![
                Control::pick(Id::FallbackIdeas, PickList::new(ideas, &[], Mode::Action)),
                Control::text(Id::Fallback1, get(0)),
                Control::text(Id::Fallback2, get(1)),
            ]
        }
        Step::Opener => {
            let ideas = scenario
                .map(|s| {
                    s.openers
                        .iter()
                        .map(|o| Item::text(&fill_placeholders(o, &sheet.client, &sheet.topic)))
                        .collect()
                })
                .unwrap_or_default();
            vec![
                Control::pick(Id::OpenerIdeas, PickList::new(ideas, &[], Mode::Action)),
                Control::text(Id::Opener, &sheet.opener.text),
            ]
        }
        Step::Logistics => {
            let ideas = playbook
                .logistics
                .timing
                .iter()
                .map(|t| Item {
                    id: t.title.clone(),
                    label: format!("{}: {}", t.title, t.detail),
                })
                .collect();
            let l = &sheet.logistics;
            vec![
                Control::pick(Id::MomentIdeas, PickList::new(ideas, &[], Mode::Action)),
                Control::line(Id::Moment, &l.moment),
                Control::line(Id::Place, &l.place),
                Control::text(Id::LogNotes, &l.notes),
            ]
        }
        Step::Review => Vec::new(),
        Step::Debrief => debrief_controls(wizard),
    }
}

fn debrief_controls(wizard: &Wizard) -> Vec<Control> {
    let sheet = &wizard.sheet;
    let cat = catalog(sheet.lang);
    let d = sheet.debrief.clone().unwrap_or_default();
    let outcomes = Outcome::ALL
        .iter()
        .map(|o| Item {
            id: o.id().to_owned(),
            label: cat.get(&format!("outcome.{}", o.id())).to_owned(),
        })
        .collect();
    let chosen = d.outcome.map(Outcome::id).unwrap_or_default();
    let follow_ups: Vec<Item> = sheet
        .follow_ups
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let owner = cat.get(&format!("owner.{}", f.owner.id()));
            let due = f.due.map(|d| format!(" · {d}")).unwrap_or_default();
            Item {
                id: i.to_string(),
                label: format!("{} · {owner}{due}", f.what),
            }
        })
        .collect();
    let done: Vec<String> = sheet
        .follow_ups
        .iter()
        .enumerate()
        .filter(|(_, f)| f.done)
        .map(|(i, _)| i.to_string())
        .collect();
    let owners = Owner::ALL
        .iter()
        .map(|o| Item {
            id: o.id().to_owned(),
            label: cat.get(&format!("owner.{}", o.id())).to_owned(),
        })
        .collect();
    vec![
        Control::pick(
            Id::CallOutcome,
            PickList::new(outcomes, &[chosen], Mode::Single).in_a_row(),
        ),
        Control::text(Id::AgainstGoal, &d.against_goal),
        Control::text(Id::WentWell, &d.went_well),
        Control::text(Id::WentBadly, &d.went_badly),
        Control::text(Id::Learned, &d.learned),
        Control::text(Id::WouldChange, &d.would_change),
        Control::pick(
            Id::FollowUps,
            PickList::new(follow_ups, &strs(&done), Mode::Multi),
        ),
        Control::line(Id::NewFollowWhat, ""),
        Control::pick(
            Id::NewFollowOwner,
            PickList::new(owners, &["me"], Mode::Single).in_a_row(),
        ),
        Control::line(Id::NewFollowDue, &wizard.follow_due_input),
    ]
}
