//! `flags list`, `flags show` and `flags export`: red-flag reviews for scripts, and for a VA
//! who reports to the business owner.

use talkprep::settings::Settings;

use anyhow::Result;
use serde::Serialize;

use super::Outcome;
use super::output::{Kind, open_store, out, out_json, outln, warn_problems, write_result};
use talkprep::flags::{ClientHistory, Review, Trend, band_title, by_client, markdown};
use talkprep::i18n::catalog;
use talkprep::lookup::{Candidate, Lookup, find};
use talkprep::sanitize::single_line;

/// Every review, grouped by client, problems reported on standard error.
fn histories(ctx: &Settings) -> Result<Vec<ClientHistory>> {
    let listing = open_store(ctx)?.list_reviews()?;
    warn_problems(listing.problems(), ctx);
    Ok(by_client(listing.reviews))
}

/// "There is no red-flag review of CLIENT", with what to do.
fn no_review(client: &str) -> anyhow::Error {
    super::error::said(
        talkprep::i18n::Message::new("cli.error.no_review").with("client", single_line(client)),
    )
}

/// The history named by `client`: the id of one of the client's reviews or its start, the
/// client's name (case and accents ignored) or the start of its words ([`find`]); else exit 2
/// saying what to do.
fn history_of(ctx: &Settings, client: &str) -> Result<ClientHistory> {
    let listing = open_store(ctx)?.list_reviews()?;
    warn_problems(listing.problems(), ctx);
    let mut all = by_client(listing.reviews);
    // Every review stands for its client's history, so ids and names are looked up together.
    let (named, owners): (Vec<Candidate>, Vec<usize>) = all
        .iter()
        .enumerate()
        .flat_map(|(at, history)| {
            history.reviews.iter().map(move |review| {
                let candidate = Candidate {
                    id: &review.id,
                    client: &history.client,
                };
                (candidate, at)
            })
        })
        .unzip();
    let mut found: Vec<usize> = match find(client, &named) {
        Lookup::One(at) => vec![owners[at]],
        Lookup::Ambiguous(many) => many.into_iter().map(|at| owners[at]).collect(),
        Lookup::NotFound(_) => Vec::new(),
    };
    found.sort_unstable();
    found.dedup();
    match found[..] {
        [one] => Ok(all.swap_remove(one)),
        [] => Err(no_review(client)),
        ref several => {
            let clients: Vec<&str> = several.iter().map(|&at| all[at].client.as_str()).collect();
            Err(super::error::said(
                talkprep::i18n::Message::new("cli.error.ambiguous_client")
                    .with("query", single_line(client))
                    .with("clients", clients.join(", ")),
            ))
        }
    }
}

#[derive(Serialize)]
struct Row<'a> {
    client: &'a str,
    reviews: usize,
    id: &'a str,
    date: String,
    score: u32,
    band: &'a str,
    band_title: &'a str,
    extreme: bool,
    trend: &'static str,
}

/// `talkprep flags list [--json]`.
pub(crate) fn list(ctx: &Settings, json: bool) -> Result<Outcome> {
    let playbook = super::context::playbook(ctx)?;
    let cat = catalog(ctx.lang);
    let histories = histories(ctx)?;
    let rows: Vec<Row> = histories
        .iter()
        .filter_map(|h| {
            let latest = h.latest()?;
            Some(Row {
                client: &h.client,
                reviews: h.reviews.len(),
                id: &latest.id,
                date: latest.date.to_string(),
                score: latest.score,
                band: &latest.band,
                band_title: band_title(&playbook, &latest.band),
                extreme: latest.extreme,
                trend: h.trend().id(),
            })
        })
        .collect();
    if json {
        out_json(&rows)?;
        return Ok(Outcome::Ok);
    }
    if rows.is_empty() {
        outln(cat.get("flags.cli.none"))?;
        return Ok(Outcome::Ok);
    }
    let width = rows
        .iter()
        .map(|r| unicode_width::UnicodeWidthStr::width(single_line(r.client).as_str()))
        .max()
        .unwrap_or(6);
    let mut text = String::new();
    for (row, history) in rows.iter().zip(&histories) {
        let client = single_line(row.client);
        let pad = width.saturating_sub(unicode_width::UnicodeWidthStr::width(client.as_str()));
        text.push_str(&format!(
            "{client}{}  {}  {:>3} {} {:<6}  {}\n",
            " ".repeat(pad),
            history
                .latest()
                .map_or_else(String::new, |r| talkprep::i18n::format_date(r.date, cat)),
            row.score,
            history.trend().arrow(),
            cat.get(trend_word(history.trend())),
            single_line(row.band_title)
        ));
    }
    out(&text)?;
    Ok(Outcome::Ok)
}

/// Catalogue key of the trend in one word.
fn trend_word(trend: Trend) -> &'static str {
    match trend {
        Trend::First => "flags.trend_word.first",
        Trend::Better => "flags.trend_word.better",
        Trend::Worse => "flags.trend_word.worse",
        Trend::Same => "flags.trend_word.same",
    }
}

#[derive(Serialize)]
struct ShownReview<'a> {
    #[serde(flatten)]
    review: &'a Review,
    band_title: &'a str,
}

#[derive(Serialize)]
struct Shown<'a> {
    client: &'a str,
    trend: &'static str,
    reviews: Vec<ShownReview<'a>>,
}

/// `talkprep flags show CLIENT [--json]`: every review of the client, oldest first.
pub(crate) fn show(ctx: &Settings, client: &str, json: bool) -> Result<Outcome> {
    let playbook = super::context::playbook(ctx)?;
    let cat = catalog(ctx.lang);
    let history = history_of(ctx, client)?;
    if json {
        let shown = Shown {
            client: &history.client,
            trend: history.trend().id(),
            reviews: history
                .reviews
                .iter()
                .map(|review| ShownReview {
                    review,
                    band_title: band_title(&playbook, &review.band),
                })
                .collect(),
        };
        out_json(&shown)?;
        return Ok(Outcome::Ok);
    }
    let mut out = String::new();
    out.push_str(&cat.fill(
        "flags.cli.show_title",
        &[
            ("client", &single_line(&history.client)),
            ("count", &history.reviews.len().to_string()),
        ],
    ));
    out.push('\n');
    for review in &history.reviews {
        out.push('\n');
        out.push_str(&cat.fill(
            "flags.history_row",
            &[
                ("date", &talkprep::i18n::format_date(review.date, cat)),
                ("score", &review.score.to_string()),
                ("band", &single_line(band_title(&playbook, &review.band))),
            ],
        ));
        out.push(' ');
        out.push_str(&cat.fill("flags.cli.review_id", &[("id", &review.id)]));
        out.push('\n');
        for id in &review.ticked {
            let title = playbook
                .red_flags
                .items
                .iter()
                .find(|i| i.id == *id)
                .map_or(id.as_str(), |i| i.title.as_str());
            out.push_str(&format!("  [x] {}", single_line(title)));
            if let Some(note) = review.note(id) {
                out.push_str(&format!(" ({})", single_line(note)));
            }
            out.push('\n');
        }
    }
    out.push('\n');
    out.push_str(cat.get(history.trend().key()));
    out.push('\n');
    self::out(&out)?;
    Ok(Outcome::Ok)
}

/// `talkprep flags export CLIENT [-o FILE] [--force]`: the latest review as Markdown.
pub(crate) fn export(
    ctx: &Settings,
    client: &str,
    output: Option<&std::path::Path>,
    force: bool,
) -> Result<Outcome> {
    let playbook = super::context::playbook(ctx)?;
    let cat = catalog(ctx.lang);
    let history = history_of(ctx, client)?;
    let Some(latest) = history.latest() else {
        return Err(no_review(client));
    };
    let text = markdown(latest, &history.reviews, &playbook, cat);
    write_result(&text, Kind::Text, output, force, cat)?;
    Ok(Outcome::Ok)
}

/// `talkprep flags delete ID`: moves a review (by id or a unique start of it) to the trash.
pub(crate) fn delete(ctx: &Settings, query: &str) -> Result<Outcome> {
    let store = super::output::open_store_to_write(ctx)?;
    let listing = store.list_reviews()?;
    warn_problems(listing.problems(), ctx);
    let named: Vec<(String, String)> = listing
        .reviews
        .iter()
        .map(|r| (r.id.clone(), r.client.clone()))
        .collect();
    let id = super::named::review(&named, query)?;
    let review = listing.reviews.iter().find(|r| r.id == id.as_str());
    store.delete_review(&id)?;
    let client = review.map_or_else(String::new, |r| single_line(&r.client));
    outln(&catalog(ctx.lang).fill(
        "cli.review_deleted",
        &[("id", id.as_str()), ("client", &client)],
    ))?;
    Ok(Outcome::Ok)
}

/// `talkprep flags restore ID`: brings a deleted review back.
pub(crate) fn restore(ctx: &Settings, query: &str) -> Result<Outcome> {
    let store = super::output::open_store_to_write(ctx)?;
    let id = super::named::review(&store.trashed_reviews(), query)?;
    store.restore_review(&id)?;
    outln(&catalog(ctx.lang).fill("cli.review_restored", &[("id", id.as_str())]))?;
    Ok(Outcome::Ok)
}
