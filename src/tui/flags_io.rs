//! Runs the red-flag review's effects against the store: load, save, export, exit prep.
//!
//! The only part of the review screen that touches files; everything else is pure.

use std::path::Path;

use jiff::Timestamp;

use super::app::{App, Msg};
use super::flags_state::{FlagsEffect, FlagsMsg};
use super::update::{flags, update};
use talkprep::flags::{Review, markdown, same_client};
use talkprep::i18n::Lang;
use talkprep::playbook::GoalKind;
use talkprep::sheet::{Sheet, SheetId};
use talkprep::store::Store;

/// The scenario an exit prep starts on.
pub(crate) const EXIT_SCENARIO: &str = "ending-relationship";

/// Opens the app on the checklist for `client`, with names and reviews already loaded.
pub(crate) fn start(app: &mut App, store: &Store, client: Option<&str>) {
    for effect in flags::open(app, client) {
        if let super::app::Effect::Flags(effect) = effect {
            let msg = run(effect, app, store);
            update(app, msg);
        }
    }
}

/// Runs one effect and returns what came of it.
pub(crate) fn run(effect: FlagsEffect, app: &App, store: &Store) -> Msg {
    match effect {
        FlagsEffect::Load => Msg::Flags(load(store)),
        FlagsEffect::Save(review) => Msg::Flags(FlagsMsg::Saved(
            save_review(store, *review, Timestamp::now()).map(Box::new),
        )),
        FlagsEffect::ExitPrep { client, lang } => {
            Msg::Created(Box::new(exit_sheet(&client, lang, Timestamp::now())))
        }
        FlagsEffect::Export(_, path, false) if path.exists() => Msg::ExportExists(path),
        FlagsEffect::Export(review, path, _) => {
            let cat = app.cat();
            let shown = path.display().to_string();
            Msg::Done(
                export(store, &review, &path, app)
                    .map(|()| cat.fill("review.exported", &[("path", &shown)])),
            )
        }
    }
}

/// Known client names and every review, with the problems met reading them.
pub(crate) fn load(store: &Store) -> FlagsMsg {
    let mut problems = Vec::new();
    let clients = store.known_clients().unwrap_or_else(|e| {
        problems.push(e.to_string());
        Vec::new()
    });
    let reviews = match store.list_reviews() {
        Ok(listing) => {
            problems.extend(listing.problems());
            listing.reviews
        }
        Err(e) => {
            problems.push(e.to_string());
            Vec::new()
        }
    };
    FlagsMsg::Loaded {
        clients,
        reviews,
        problems,
    }
}

/// Gives a new review its id and date (at `now`) and saves it; returns it as saved.
pub(crate) fn save_review(
    store: &Store,
    mut review: Review,
    now: Timestamp,
) -> Result<Review, String> {
    review.assign_identity(now);
    store
        .save_review(&review)
        .map(|_| review)
        .map_err(|e| e.to_string())
}

/// A new prep sheet for ending the relationship with `client`, the goal set to parting ways.
pub(crate) fn exit_sheet(client: &str, lang: Lang, now: Timestamp) -> Sheet {
    let mut sheet = Sheet::new(SheetId::generate(client, now), now);
    sheet.lang = lang;
    sheet.scenario = EXIT_SCENARIO.to_owned();
    sheet.client = client.to_owned();
    sheet.goal.kind = Some(GoalKind::PartWays);
    sheet
}

/// Writes the review as Markdown (with the client's history) to `path`, never half-written.
fn export(store: &Store, review: &Review, path: &Path, app: &App) -> Result<(), String> {
    let cat = app.cat();
    let mut history = store.list_reviews().map(|l| l.reviews).unwrap_or_default();
    history.retain(|r| same_client(&r.client, &review.client));
    let text = markdown(review, &history, &app.playbook, cat);
    talkprep::store::write_file(path, text.as_bytes()).map_err(|e| e.to_string())
}
