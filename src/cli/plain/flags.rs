//! The red-flag review in plain mode: the client, each checklist item as a yes-or-no
//! question by group, then the verdict and what to do next, saved like the app saves it.

use anyhow::Result;
use jiff::Timestamp;
use talkprep::flags::Review;
use talkprep::settings::Settings;

use super::Talk;
use crate::cli::output::open_store_to_write;

/// Reviews one client.
pub(super) fn review(ctx: &Settings, talk: &mut Talk) -> Result<()> {
    let cat = talk.cat;
    let store = open_store_to_write(ctx)?;
    let playbook = crate::cli::context::playbook(ctx)?;
    let flags = &playbook.red_flags;
    let prompt = format!("{}{}", talk.words("field.client"), cat.get("plain.colon"));
    let Some(client) = talk.ask(&prompt)? else {
        return Ok(());
    };
    let client = client.trim();
    if client.is_empty() {
        return Ok(());
    }
    let now = Timestamp::now();
    let mut review = Review::new(client, ctx.lang, now, jiff::civil::Date::default());
    let yes = cat.get("plain.yes").to_owned();
    for group in &flags.groups {
        talk.say("")?;
        talk.say(&group.label)?;
        for item in flags.items.iter().filter(|i| i.group == group.id) {
            let question = cat.fill(
                "plain.flag",
                &[("title", item.title.as_str()), ("hint", item.hint.as_str())],
            );
            let Some(typed) = talk.ask(&question)? else {
                return Ok(());
            };
            let typed = typed.trim().to_lowercase();
            if !typed.is_empty() && yes.split(',').any(|y| y.trim() == typed) {
                review.ticked.push(item.id.clone());
            }
        }
    }
    review.rescore(flags);
    review.assign_identity(now);
    let verdict = review.verdict(flags);
    talk.say("")?;
    if let Some(band) = verdict.band {
        talk.say(&cat.fill(
            "plain.verdict",
            &[
                ("title", band.title.as_str()),
                ("score", &verdict.total.to_string()),
            ],
        ))?;
        talk.say(&band.advice)?;
    }
    for item in &verdict.top_items {
        talk.say(&format!("- {}", item.title))?;
    }
    store.save_review(&review)?;
    talk.say(&cat.fill("plain.saved", &[("id", &review.id)]))
}
