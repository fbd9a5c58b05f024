//! The prep in plain mode: each step's questions in order, the playbook's suggestions
//! numbered, the opener's tone said, the message read out, and the sheet saved after each step.

use anyhow::Result;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use talkprep::playbook::Playbook;
use talkprep::settings::Settings;
use talkprep::sheet::{FieldId, Sheet, SheetId, Step, Value, answer, answered, choices};
use talkprep::store::{SaveOutcome, Store, Version};

use super::Talk;
use crate::cli::output::open_store_to_write;

/// The steps of the prep that ask questions, in order: all but the review (read out at the
/// end instead) and the debrief (after the call).
fn prep_steps() -> Vec<Step> {
    Step::ALL
        .into_iter()
        .filter(|s| !matches!(s, Step::Review | Step::Debrief))
        .collect()
}

/// A sheet being answered, and the file version it was read as.
struct Open {
    store: Store,
    playbook: Playbook,
    sheet: Sheet,
    version: Option<Version>,
    today: jiff::civil::Date,
}

/// A new prep, from the scenario to the logistics.
pub(super) fn new(ctx: &Settings, talk: &mut Talk) -> Result<()> {
    let now = Timestamp::now();
    let mut sheet = Sheet::new(SheetId::generate("", now), now);
    sheet.lang = ctx.lang;
    let mut open = Open {
        store: open_store_to_write(ctx)?,
        playbook: crate::cli::context::playbook(ctx)?,
        sheet,
        version: None,
        today: talkprep::followup::today_in(&TimeZone::system(), now),
    };
    walk(talk, &mut open, &prep_steps())?;
    read_out(talk, &open)
}

/// A prep already saved, all its steps again (Enter keeps each answer).
pub(super) fn resume(ctx: &Settings, talk: &mut Talk) -> Result<()> {
    let Some(mut open) = pick(ctx, talk)? else {
        return Ok(());
    };
    walk(talk, &mut open, &prep_steps())?;
    read_out(talk, &open)
}

/// After the call: how it went and the follow-ups.
pub(super) fn after_the_call(ctx: &Settings, talk: &mut Talk) -> Result<()> {
    let Some(mut open) = pick(ctx, talk)? else {
        return Ok(());
    };
    walk(talk, &mut open, &[Step::Debrief])?;
    follow_ups(talk, &mut open)
}

/// Asks which saved sheet, by id or client name.
fn pick(ctx: &Settings, talk: &mut Talk) -> Result<Option<Open>> {
    let store = open_store_to_write(ctx)?;
    loop {
        let Some(name) = talk.ask(talk.cat.get("plain.which_sheet"))? else {
            return Ok(None);
        };
        if name.trim().is_empty() {
            return Ok(None);
        }
        match crate::cli::named::live_sheet(&store, &name) {
            Ok(id) => {
                let loaded = store.load_versioned(&id)?;
                let playbook = crate::cli::context::playbook_in(ctx, loaded.sheet.lang)?;
                return Ok(Some(Open {
                    store,
                    playbook,
                    sheet: loaded.sheet,
                    version: Some(loaded.version),
                    today: talkprep::followup::today_in(&TimeZone::system(), Timestamp::now()),
                }));
            }
            Err(e) => {
                let said = crate::cli::describe(&e, talk.cat);
                talk.say(&said)?;
            }
        }
    }
}

/// Asks every question of `steps`, saving after each step.
fn walk(talk: &mut Talk, open: &mut Open, steps: &[Step]) -> Result<()> {
    for (n, step) in steps.iter().enumerate() {
        let cat = talk.cat;
        talk.say("")?;
        talk.say(&cat.fill(
            "plain.step",
            &[
                ("n", &(n + 1).to_string()),
                ("total", &steps.len().to_string()),
                ("title", cat.get(step.title_key())),
            ],
        ))?;
        if *step == Step::Facts
            && let Some(s) = open.playbook.scenario(&open.sheet.scenario)
        {
            for prompt in s.fact_prompts.clone() {
                talk.say(&format!("- {prompt}"))?;
            }
        }
        let mut offered: Vec<String> = Vec::new();
        let mut offered_for: &[FieldId] = &[];
        for field in step.fields() {
            if !field.applies_to(&open.sheet) {
                continue;
            }
            match field.value {
                Value::Scenario => scenario(talk, open)?,
                Value::Suggestions { list, fills } => {
                    offered = list(&open.playbook, &open.sheet)
                        .into_iter()
                        .map(|s| s.text)
                        .collect();
                    offered_for = fills;
                    if !offered.is_empty() {
                        talk.say(&talk.words(field.label))?;
                        for (i, text) in offered.iter().enumerate() {
                            talk.say(&format!("{}. {text}", i + 1))?;
                        }
                    }
                }
                Value::Goals => goal(talk, open)?,
                _ if field.id == FieldId::MessageBody => message(talk, open)?,
                // Read out with the message, and kept from it.
                _ if field.id == FieldId::MessageSubject => {}
                Value::Text { .. } | Value::When | Value::Level { .. } | Value::One { .. } => {
                    let suggestions = if offered_for.contains(&field.id) {
                        offered.as_slice()
                    } else {
                        &[]
                    };
                    question(talk, open, field, suggestions)?;
                    if field.id == FieldId::Opener {
                        tone(talk, open)?;
                    }
                }
                Value::Ticks { .. } | Value::FollowUps | Value::Draft(_) => {}
            }
        }
        save(talk, open)?;
    }
    Ok(())
}

/// One question: the field's label, what it holds now, its choices; Enter keeps it, `-`
/// clears it, a number takes the suggestion listed under it.
fn question(
    talk: &mut Talk,
    open: &mut Open,
    field: &talkprep::sheet::Field,
    suggestions: &[String],
) -> Result<()> {
    let cat = talk.cat;
    let name = field.id.name();
    let current = talkprep::sanitize::single_line(&answered(&open.sheet, field));
    let mut prompt = talk.words(field.label);
    let options = choices(field);
    if !options.is_empty() {
        prompt.push(' ');
        prompt.push_str(&cat.fill("plain.choices", &[("choices", &options.join(", "))]));
    } else if let Some(hint) = field.placeholder {
        let hint = talk.words(hint);
        if !hint.is_empty() {
            prompt.push_str(&format!(" ({hint})"));
        }
    }
    if !current.is_empty() {
        prompt.push(' ');
        prompt.push_str(&cat.fill("plain.keep", &[("current", &current)]));
    }
    prompt.push_str(cat.get("plain.colon"));
    for _ in 0..3 {
        let Some(typed) = talk.ask(&prompt)? else {
            return Ok(());
        };
        let value = match typed.trim() {
            "" => return Ok(()),
            "-" => String::new(),
            n if n
                .parse::<usize>()
                .is_ok_and(|n| (1..=suggestions.len()).contains(&n)) =>
            {
                suggestions[n.parse::<usize>().unwrap_or(1) - 1].clone()
            }
            _ => typed,
        };
        match answer(&mut open.sheet, name, &value, &open.playbook, open.today) {
            Ok(()) => return Ok(()),
            Err(e) => talk.say(&e.message().render(cat))?,
        }
    }
    Ok(())
}

/// The scenario: numbered, chosen by number or by words of its title.
fn scenario(talk: &mut Talk, open: &mut Open) -> Result<()> {
    let cat = talk.cat;
    let titles: Vec<String> = open
        .playbook
        .scenarios
        .iter()
        .map(|s| format!("{} {}", s.title, s.summary))
        .collect();
    for (i, s) in open.playbook.scenarios.iter().enumerate() {
        talk.say(&format!("{}. {}: {}", i + 1, s.title, s.summary))?;
    }
    loop {
        let Some(typed) = talk.ask(cat.get("plain.pick_scenario"))? else {
            return Ok(());
        };
        let typed = typed.trim();
        if typed.is_empty() && !open.sheet.scenario.is_empty() {
            return Ok(());
        }
        let index = match typed.parse::<usize>() {
            Ok(n) if (1..=titles.len()).contains(&n) => Some(n - 1),
            _ if typed.is_empty() => None,
            _ => talkprep::search::rank(&titles, typed).first().copied(),
        };
        if let Some(i) = index {
            open.sheet.scenario = open.playbook.scenarios[i].id.clone();
            let chosen = open.playbook.scenarios[i].title.clone();
            talk.say(&cat.fill("plain.chosen", &[("choice", &chosen)]))?;
            return Ok(());
        }
        let again = cat.get("plain.menu_again").to_owned();
        talk.say(&again)?;
    }
}

/// The goal: one of the scenario's, by number, or the person's own words.
fn goal(talk: &mut Talk, open: &mut Open) -> Result<()> {
    let cat = talk.cat;
    let goals = talkprep::sheet::goals(&open.playbook, &open.sheet);
    talk.say(&talk.words("field.goal_ideas"))?;
    for (i, g) in goals.iter().enumerate() {
        talk.say(&format!("{}. {}", i + 1, g.text))?;
    }
    let Some(typed) = talk.ask(&format!(
        "{}{}",
        cat.get("plain.pick_goal"),
        cat.get("plain.colon")
    ))?
    else {
        return Ok(());
    };
    if let Ok(n) = typed.trim().parse::<usize>()
        && let Some(g) = goals.get(n.wrapping_sub(1))
    {
        open.sheet.goal.kind = g.goal_kind;
        open.sheet.goal.outcome = g.text.clone();
    }
    Ok(())
}

/// The opener's tone, said as the checker says it on the command line.
fn tone(talk: &mut Talk, open: &mut Open) -> Result<()> {
    let text = open.sheet.opener.text.clone();
    if text.trim().is_empty() {
        return Ok(());
    }
    let report = talkprep::tone::check(&text, open.sheet.lang);
    let said = talkprep::tone::render_plain(&text, &report, talk.cat);
    open.sheet.opener.tone = Some(report);
    talk.say(&said)
}

/// The message (or talk track): built from the sheet and read out; Enter keeps it, or the
/// person writes their own, line by line, ending with a line holding only a dot.
fn message(talk: &mut Talk, open: &mut Open) -> Result<()> {
    let cat = talk.cat;
    let draft = talkprep::draft::current(&open.sheet, &open.playbook, open.today);
    if !draft.subject.is_empty() {
        talk.say(&cat.fill("draft.subject_line", &[("subject", &draft.subject)]))?;
    }
    talk.say(&draft.body)?;
    let report = talkprep::draft::check_message(&draft.body, open.sheet.lang);
    talk.say(&cat.fill(
        "draft.tone",
        &[
            ("label", cat.get(report.label.key())),
            ("score", &report.score.to_string()),
            ("sentences", &report.sentences.to_string()),
        ],
    ))?;
    let message = open.sheet.message.get_or_insert_default();
    message.subject = draft.subject;
    message.spoken = draft.kind.is_spoken();
    if let Some(own) = talk.ask_lines(cat.get("plain.message_keep"))? {
        message.body = own;
        message.edited = true;
    } else {
        message.body = draft.body;
    }
    Ok(())
}

/// Follow-ups after the call, one per line until an empty one.
fn follow_ups(talk: &mut Talk, open: &mut Open) -> Result<()> {
    let cat = talk.cat;
    loop {
        let prompt = format!("{}{}", cat.get("plain.follow_up"), cat.get("plain.colon"));
        let Some(what) = talk.ask(&prompt)? else {
            break;
        };
        if what.trim().is_empty() {
            break;
        }
        let due_prompt = format!(
            "{}{}",
            talk.words("field.new_follow_due"),
            cat.get("plain.colon")
        );
        let due = talk.ask(&due_prompt)?.unwrap_or_default();
        let due = talkprep::sheet::parse_when_in(&due, open.sheet.lang, open.today)
            .ok()
            .flatten()
            .map(|w| w.date());
        let follow_up = talkprep::sheet::FollowUp::new(
            what.trim().to_owned(),
            talkprep::sheet::Owner::Me,
            due,
            Timestamp::now(),
            &open.sheet.follow_ups,
        );
        open.sheet.follow_ups.push(follow_up);
    }
    save(talk, open)
}

/// Saves the sheet over the version read (a new one under its client's name), says so.
fn save(talk: &mut Talk, open: &mut Open) -> Result<()> {
    let now = Timestamp::now();
    if open.version.is_none()
        && let Some(named) = SheetId::parse(&open.sheet.id)
            .ok()
            .and_then(|id| id.named_for(&open.sheet.client))
    {
        open.sheet.id = named.as_str().to_owned();
    }
    open.sheet.updated = now;
    let saved = match open
        .store
        .save_versioned(&open.sheet, open.version.as_ref(), false)?
    {
        SaveOutcome::Saved { version, .. } => {
            open.version = Some(version);
            open.sheet.id.clone()
        }
        SaveOutcome::Conflict {
            copy_id,
            copy_version,
            ..
        } => {
            open.sheet.id = copy_id.as_str().to_owned();
            open.version = Some(copy_version);
            open.sheet.id.clone()
        }
        SaveOutcome::DeletedElsewhere { .. } => {
            let said = talk
                .cat
                .fill("cli.set_deleted", &[("id", open.sheet.id.as_str())]);
            return talk.say(&said);
        }
    };
    talk.say(&talk.cat.fill("plain.saved", &[("id", &saved)]))
}

/// The whole sheet, read out as the text export writes it.
fn read_out(talk: &mut Talk, open: &Open) -> Result<()> {
    let outline = talkprep::export::outline(&open.sheet, &open.playbook, talk.cat);
    talk.say("")?;
    talk.say(&talkprep::export::plain(&outline))
}
