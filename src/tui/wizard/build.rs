//! The controls of each step, built from the field table and filled from the sheet.

use super::Wizard;
use crate::tui::form::{Control, Item, ItemValue, Mode, PickList, Scale, TextField, Widget};
use talkprep::i18n::catalog;
use talkprep::playbook::Playbook;
use talkprep::sheet::{Draft, Field, Input, OWNERS, Pick, Step, Value, goals};

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
            value: ItemValue::Id(playbook.scenarios[i].id.clone()),
            label: playbook.scenarios[i].title.clone(),
        })
        .collect();
    PickList::new(
        items,
        |v| matches!(v, ItemValue::Id(id) if id == chosen),
        Mode::Single,
    )
}

/// The controls of `step`, in focus order: one per row of the field table.
pub(crate) fn controls_for(step: Step, wizard: &Wizard, playbook: &Playbook) -> Vec<Control> {
    step.fields()
        .filter(|field| field.applies_to(&wizard.sheet))
        .map(|field| Control {
            id: field.id,
            widget: widget(field, wizard, playbook),
        })
        .collect()
}

fn text(value: &str, input: Input) -> Widget {
    Widget::Text(Box::new(TextField::new(value, input == Input::Line)))
}

fn list(
    items: Vec<Item>,
    is_chosen: impl Fn(&ItemValue) -> bool,
    mode: Mode,
    input: Input,
) -> Widget {
    let list = PickList::new(items, is_chosen, mode);
    Widget::Pick(if input == Input::Row {
        list.in_a_row()
    } else {
        list
    })
}

fn picks(options: &[Pick], cat: &'static talkprep::i18n::Catalog) -> Vec<Item> {
    options
        .iter()
        .map(|&pick| Item {
            value: ItemValue::Pick(pick),
            label: cat.get(&pick.label_key()).to_owned(),
        })
        .collect()
}

/// The editing widget of `field`, showing what the sheet holds.
fn widget(field: &Field, wizard: &Wizard, playbook: &Playbook) -> Widget {
    let sheet = &wizard.sheet;
    let cat = catalog(sheet.lang);
    match field.value {
        Value::Text { get, .. } => text(get(sheet), field.input),
        Value::When => text(&wizard.when_input, field.input),
        Value::Level { get, .. } => Widget::Scale(Scale { value: get(sheet) }),
        Value::One { options, get, .. } => {
            let current = get(sheet);
            list(
                picks(options, cat),
                |v| matches!(v, ItemValue::Pick(p) if Some(*p) == current),
                Mode::Single,
                field.input,
            )
        }
        Value::Ticks { options, get, .. } => {
            let ticked = get(sheet);
            let items = options(playbook)
                .iter()
                .map(|c| Item {
                    value: ItemValue::Id(c.id.clone()),
                    label: c.label.clone(),
                })
                .collect();
            list(
                items,
                |v| matches!(v, ItemValue::Id(id) if ticked.contains(id)),
                Mode::Multi,
                field.input,
            )
        }
        Value::Scenario => Widget::Pick(scenario_list(playbook, "", &sheet.scenario)),
        Value::Suggestions { list: suggest, .. } => list(
            suggest(playbook, sheet)
                .into_iter()
                .map(Item::suggestion)
                .collect(),
            |_| false,
            Mode::Action,
            field.input,
        ),
        Value::Goals => {
            let outcome = sheet.goal.outcome.as_str();
            list(
                goals(playbook, sheet)
                    .into_iter()
                    .map(Item::suggestion)
                    .collect(),
                |v| matches!(v, ItemValue::Suggestion(s) if s.text == outcome),
                Mode::Single,
                field.input,
            )
        }
        Value::FollowUps => follow_ups(wizard, field.input),
        Value::Draft(kind) => draft(kind, field.input, wizard, cat),
    }
}

fn follow_ups(wizard: &Wizard, input: Input) -> Widget {
    let sheet = &wizard.sheet;
    let cat = catalog(sheet.lang);
    let items = sheet
        .follow_ups
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let owner = cat.get(&Pick::Owner(f.owner).label_key());
            let due = f
                .due
                .map(|d| format!(" · {}", talkprep::i18n::format_date(d, cat)))
                .unwrap_or_default();
            Item {
                value: ItemValue::FollowUp(i),
                label: format!("{} · {owner}{due}", f.what),
            }
        })
        .collect();
    list(
        items,
        |v| matches!(v, ItemValue::FollowUp(i) if sheet.follow_ups[*i].done),
        Mode::Multi,
        input,
    )
}

/// What a draft field shows: empty, or what was typed and not yet acted on.
fn draft(
    kind: Draft,
    input: Input,
    wizard: &Wizard,
    cat: &'static talkprep::i18n::Catalog,
) -> Widget {
    match kind {
        Draft::ScenarioFilter => text("", input),
        Draft::FollowUpWhat => text(&wizard.follow_up_draft.what, input),
        Draft::FollowUpOwner => {
            let owner = wizard.follow_up_draft.owner;
            list(
                picks(&OWNERS, cat),
                |v| *v == ItemValue::Pick(Pick::Owner(owner)),
                Mode::Single,
                input,
            )
        }
        Draft::FollowUpDue => text(&wizard.follow_up_draft.due, input),
    }
}
