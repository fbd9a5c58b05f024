//! The playbook beside each step: prompts, tips and reminders that fit what is being written.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::app::App;
use crate::tui::form::{FieldId, ItemValue};
use crate::tui::wizard::{Step, Wizard};
use talkprep::i18n::Catalog;
use talkprep::playbook::Tip;

/// Heat at or above this gets the advice to cool down first.
pub(crate) const HOT: u8 = 7;

fn heading(text: &str, style: Style) -> Line<'static> {
    Line::styled(text.to_owned(), style)
}

fn bullet(text: &str) -> Line<'static> {
    Line::raw(format!("• {text}"))
}

fn tips<'a>(
    lines: &mut Vec<Line<'static>>,
    tips: impl IntoIterator<Item = &'a Tip>,
    key_style: Style,
    cat: &'static Catalog,
) {
    for tip in tips {
        lines.push(Line::from(vec![
            Span::styled(format!("• {}", cat.label(&tip.title)), key_style),
            Span::raw(cat.after_colon(&tip.detail)),
        ]));
    }
}

/// The side panel's lines for the wizard's current step.
pub(crate) fn panel(app: &App, w: &Wizard) -> Vec<Line<'static>> {
    let cat = app.cat();
    let theme = &app.theme;
    let playbook = &app.playbook;
    let scenario = playbook.scenario(&w.sheet.scenario);
    let mut lines = Vec::new();
    match w.step {
        Step::Who => {
            let shown = w
                .controls
                .iter()
                .find(|c| c.id == FieldId::Scenario)
                .and_then(|c| c.as_pick())
                .and_then(|p| p.current())
                .and_then(|item| match &item.value {
                    ItemValue::Id(id) => playbook.scenario(id),
                    _ => None,
                })
                .or(scenario);
            match shown {
                Some(s) => {
                    lines.push(heading(&s.title, theme.title));
                    lines.push(Line::raw(s.summary.clone()));
                    let roles: Vec<&str> = s
                        .fits
                        .iter()
                        .filter_map(|id| playbook.roles.iter().find(|r| &r.id == id))
                        .map(|r| r.name.as_str())
                        .collect();
                    if !roles.is_empty() {
                        lines.push(Line::raw(""));
                        lines.push(Line::styled(
                            cat.fill("who.fits", &[("roles", &roles.join(", "))]),
                            theme.muted,
                        ));
                    }
                }
                None => lines.push(Line::styled(cat.get("who.pick_hint"), theme.muted)),
            }
        }
        Step::Facts => {
            lines.push(heading(cat.get("facts.reminder_title"), theme.title));
            lines.push(Line::raw(cat.get("facts.reminder")));
            if let Some(s) = scenario {
                lines.push(Line::raw(""));
                lines.push(heading(cat.get("facts.prompts"), theme.title));
                s.fact_prompts.iter().for_each(|p| lines.push(bullet(p)));
            }
        }
        Step::Stakes => {
            if let Some(heat) = w.sheet.stakes.heat
                && heat >= HOT
            {
                lines.push(heading(cat.get("stakes.hot_title"), theme.warn));
                lines.push(Line::raw(cat.get("stakes.hot")));
                lines.push(Line::raw(""));
            }
            lines.push(heading(cat.get("stakes.twelve_title"), theme.title));
            lines.push(Line::raw(cat.get("stakes.twelve")));
            lines.push(Line::raw(""));
            lines.push(Line::raw(cat.get("stakes.worth_hint")));
        }
        Step::Goal => {
            lines.push(heading(cat.get("goal.hint_title"), theme.title));
            lines.push(Line::raw(cat.get("goal.hint")));
            if let Some(s) = scenario {
                lines.push(Line::raw(""));
                s.tips.iter().for_each(|t| lines.push(bullet(t)));
            }
        }
        Step::Fallback => {
            lines.push(heading(cat.get("fallback.hint_title"), theme.title));
            lines.push(Line::raw(cat.get("fallback.hint")));
        }
        Step::Logistics => {
            let sections = [
                ("logistics.timing_title", &playbook.logistics.timing),
                ("logistics.place_title", &playbook.logistics.place),
                ("logistics.channel_title", &playbook.logistics.channel),
            ];
            for (n, (title, list)) in sections.into_iter().enumerate() {
                if n > 0 {
                    lines.push(Line::raw(""));
                }
                lines.push(heading(cat.get(title), theme.title));
                let fitting = list.iter().filter(|t| t.fits(w.sheet.channel));
                tips(&mut lines, fitting, theme.key, cat);
            }
        }
        Step::Debrief => {
            lines.push(heading(cat.get("debrief.after_title"), theme.title));
            tips(&mut lines, &playbook.after, theme.key, cat);
            if !playbook.debrief_questions.is_empty() {
                lines.push(Line::raw(""));
                lines.push(heading(cat.get("debrief.questions"), theme.title));
                playbook
                    .debrief_questions
                    .iter()
                    .for_each(|q| lines.push(bullet(q)));
            }
        }
        Step::Opener | Step::Message | Step::Review => {}
    }
    lines
}
