//! The one effect runner: every effect carries what it needs, touches the store, the clock or
//! the terminal, and answers with a message for `update`. It never sees the app.

use std::io::Write;

use base64::Engine as _;
use jiff::Timestamp;

use super::app::{Effect, Msg};
use super::flags_state::{FlagsEffect, FlagsMsg};
use std::collections::HashMap;
use talkprep::flags::Review;
use talkprep::i18n::Message;
use talkprep::playbook::GoalKind;
use talkprep::sheet::{Sheet, SheetId};

use talkprep::store::{SaveOutcome, SheetLock, Store, Version};

/// What effects may use besides the store: the clock, so tests can fix it, and whether the
/// app runs inside tmux (whose clipboard needs the sequence wrapped).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Env {
    /// The current time.
    pub(crate) now: fn() -> Timestamp,
    /// Running inside tmux.
    pub(crate) in_tmux: bool,
}

impl Default for Env {
    fn default() -> Env {
        Env {
            now: Timestamp::now,
            in_tmux: std::env::var_os("TMUX").is_some(),
        }
    }
}

/// Terminals cut OSC 52 sequences past about this size; a larger copy is refused, not cut.
const MAX_CLIPBOARD_BYTES: usize = 74_994;

/// The OSC 52 sequence that puts `text` on the clipboard, wrapped for tmux's passthrough
/// when inside tmux; `None` when it is too large for terminals to take whole.
pub(crate) fn clipboard_sequence(text: &str, in_tmux: bool) -> Option<String> {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    if encoded.len() > MAX_CLIPBOARD_BYTES {
        return None;
    }
    Some(if in_tmux {
        format!("\x1bPtmux;\x1b\x1b]52;c;{encoded}\x07\x1b\\")
    } else {
        format!("\x1b]52;c;{encoded}\x07")
    })
}

/// What the runner holds between effects: the lock of the sheet open in the wizard, and the
/// version of each sheet file as last read or written, so no save overwrites a change made
/// elsewhere (another window, an editor, a sync tool).
#[derive(Debug, Default)]
pub(crate) struct Held {
    lock: Option<SheetLock>,
    versions: HashMap<SheetId, Version>,
    /// Sheets whose wizard edits went to a conflict copy, and that copy: a wizard save still
    /// naming the first (asked for before the window heard of the copy) goes to the same copy.
    /// Saves from the library (a follow-up ticked) still go to the sheet they name.
    moved: HashMap<SheetId, SheetId>,
    review_versions: HashMap<SheetId, Version>,
    /// The review screen's review as first saved (id, time and date given to it): a save
    /// asked for before the screen heard of them is the same review, not a second one.
    /// Forgotten when the screen opens again.
    new_review: Option<Review>,
    /// Reviews whose edits went to a conflict copy, and that copy (as `moved` for sheets).
    moved_reviews: HashMap<SheetId, SheetId>,
}

impl Held {
    /// Takes the lock of the sheet `id`, the one sheet open from now on (the last one is let
    /// go); false when another talkprep has it, and then this one only looks.
    fn take(&mut self, store: &Store, id: &SheetId) -> bool {
        // Opened again, its own edits go to it again.
        self.moved.remove(id);
        self.lock = None;
        self.lock = store.try_lock_sheet(id).ok();
        self.lock.is_some()
    }

    /// Reads the sheet `id` and remembers the version read, so the next save of it is made
    /// over exactly that version.
    fn load(&mut self, store: &Store, id: SheetId) -> Result<Box<Sheet>, Message> {
        let loaded = store.load_versioned(&id).map_err(|e| e.message())?;
        self.versions.insert(id, loaded.version);
        Ok(Box::new(loaded.sheet))
    }
}

/// Runs one effect and returns what came of it.
pub(crate) fn run(effect: Effect, store: &Store, env: &Env, held: &mut Held) -> Option<Msg> {
    let now = (env.now)();
    Some(match effect {
        Effect::Tidy => {
            // Housekeeping: what it found matters to no screen (writing commands report it).
            let _ = store.tidy();
            return None;
        }
        Effect::Save {
            sheet,
            seq,
            recreate,
            name_after_client,
        } => {
            let named = name_after_client
                .then(|| save_named(&sheet, seq, store, now, held))
                .flatten();
            named.unwrap_or_else(|| save(*sheet, seq, recreate, store, now, held))
        }
        Effect::Open(id) => {
            let read_only = !held.take(store, &id);
            match held.load(store, id) {
                Ok(sheet) => Msg::Opened { sheet, read_only },
                Err(error) => Msg::Done(Err(error)),
            }
        }
        Effect::Fetch { id, then } => match held.load(store, id) {
            Ok(sheet) => Msg::Fetched { sheet, then },
            Err(error) => Msg::Done(Err(error)),
        },
        Effect::BringBack => bring_back(store),
        Effect::LoadLibrary => {
            // Back home: no sheet is open any more.
            held.lock = None;
            library(store)
        }
        Effect::Create(lang) => {
            let id = SheetId::generate("", now);
            // Held from the start, so a second window opening it once saved only looks.
            held.take(store, &id);
            let mut sheet = Sheet::new(id, now);
            sheet.lang = lang;
            Msg::Created(Box::new(sheet))
        }
        Effect::Delete(id) => Msg::Deleted(store.delete(&id).map(|_| id).map_err(|e| e.message())),
        Effect::DeleteReview(id) => Msg::ReviewDeleted(
            store
                .delete_review(&id)
                .map(|_| id)
                .map_err(|e| e.message()),
        ),
        Effect::RestoreReview(id) => Msg::ReviewRestored(
            store
                .restore_review(&id)
                .map(|_| id)
                .map_err(|e| e.message()),
        ),
        Effect::Restore(id) => {
            Msg::Restored(store.restore(&id).map(|_| id).map_err(|e| e.message()))
        }
        Effect::Write {
            path,
            replace: false,
            ..
        } if path.exists() => Msg::ExportExists(path),
        Effect::Write {
            path, text, done, ..
        } => Msg::Done(
            talkprep::store::write_file(&path, text.as_bytes())
                .map(|()| done)
                .map_err(|e| e.message()),
        ),
        // The event loop runs the editor itself, on the terminal; a runner without one says so.
        Effect::EditOutside { field, .. } => Msg::EditedOutside {
            field,
            text: Err(Message::new("outside.no_terminal")),
        },
        Effect::Copy { text, done } => match clipboard_sequence(&text, env.in_tmux) {
            None => Msg::Done(Err(Message::new("error.copy_too_large"))),
            Some(sequence) => {
                let mut out = std::io::stdout();
                let written = write!(out, "{sequence}").and_then(|()| out.flush());
                Msg::Done(written.map(|()| done).map_err(|e| {
                    Message::new("error.copy")
                        .with_message("detail", talkprep::i18n::io_message(&e))
                }))
            }
        },
        Effect::StartRehearsal { sheet, from_wizard } => Msg::RehearsalReady {
            sheet,
            from_wizard,
            now,
            // Nanoseconds make a different deck each time; tests pass their own seed.
            seed: now.as_nanosecond() as u64,
        },
        Effect::Flags(effect) => flags(effect, store, now, held),
    })
}

fn save(
    mut sheet: Sheet,
    seq: Option<u64>,
    recreate: bool,
    store: &Store,
    now: Timestamp,
    held: &mut Held,
) -> Msg {
    sheet.updated = now;
    if let Some(copy) = SheetId::parse(&sheet.id)
        .ok()
        .filter(|_| seq.is_some())
        .and_then(|id| held.moved.get(&id))
    {
        sheet.id = copy.as_str().to_owned();
    }
    let Ok(id) = SheetId::parse(&sheet.id) else {
        return Msg::Saved(
            store
                .save(&sheet)
                .map(|_| (seq, now))
                .map_err(|e| e.message()),
        );
    };
    // A sheet saved from the library (a follow-up ticked, a rehearsal) was never opened here:
    // its baseline is the file as it is now.
    if !held.versions.contains_key(&id)
        && let Ok(loaded) = store.load_versioned(&id)
    {
        held.versions.insert(id.clone(), loaded.version);
    }
    match store.save_versioned(&sheet, held.versions.get(&id), recreate) {
        Ok(SaveOutcome::Saved { version, .. }) => {
            held.versions.insert(id, version);
            Msg::Saved(Ok((seq, now)))
        }
        Ok(SaveOutcome::Conflict {
            copy_id,
            copy_version,
            ..
        }) => {
            // The wizard edits the copy from now on.
            held.take(store, &copy_id);
            held.moved.insert(id, copy_id.clone());
            held.versions.insert(copy_id.clone(), copy_version);
            Msg::SavedAsCopy {
                seq,
                at: now,
                copy: copy_id,
            }
        }
        Ok(SaveOutcome::DeletedElsewhere { .. }) => Msg::DeletedElsewhere,
        Err(error) => Msg::Saved(Err(error.message())),
    }
}

/// Saves a new sheet under the id its client's name gives ([`Msg::Renamed`]); `None` when it
/// cannot be renamed (nothing to name it after, the name taken, the file changed elsewhere),
/// and then it is saved as it is.
fn save_named(
    sheet: &Sheet,
    seq: Option<u64>,
    store: &Store,
    now: Timestamp,
    held: &mut Held,
) -> Option<Msg> {
    let old = SheetId::parse(&sheet.id).ok()?;
    let new = old.named_for(&sheet.client)?;
    let mut sheet = sheet.clone();
    sheet.updated = now;
    let (_, version) = store
        .save_renamed(&sheet, held.versions.get(&old), &new)
        .ok()??;
    held.take(store, &new);
    held.versions.remove(&old);
    held.versions.insert(new.clone(), version);
    // A save asked for before the window heard of the new id goes to it.
    held.moved.insert(old, new.clone());
    Some(Msg::Renamed {
        seq,
        at: now,
        id: new,
    })
}

/// How many rescued sheets wait in `<data>/recovered/` (typing an earlier run could not save).
pub(crate) fn rescued(store: &Store) -> Msg {
    let sheets = store.rescued().map_or(0, |found| found.len());
    let reviews = store.rescued_reviews().map_or(0, |found| found.len());
    Msg::Rescued(sheets + reviews)
}

/// Brings every readable rescued sheet and review back, never over another version; says how
/// many came back and how many as a copy beside the saved one.
fn bring_back(store: &Store) -> Msg {
    let (Ok(sheets), Ok(reviews)) = (store.rescued(), store.rescued_reviews()) else {
        return Msg::BroughtBack(Err(Message::new("rescue.none")));
    };
    let outcomes = sheets
        .iter()
        .filter(|r| r.sheet.is_ok())
        .map(|r| store.bring_back(r))
        .chain(
            reviews
                .iter()
                .filter(|r| r.review.is_ok())
                .map(|r| store.bring_back_review(r)),
        );
    let (mut back, mut copies) = (0usize, 0usize);
    for outcome in outcomes {
        match outcome {
            Ok(SaveOutcome::Conflict { .. }) => copies += 1,
            Ok(_) => back += 1,
            Err(e) => return Msg::BroughtBack(Err(e.message())),
        }
    }
    Msg::BroughtBack(Ok((back, copies)))
}

/// The saved sheets, and the problems met reading them.
pub(crate) fn library(store: &Store) -> Msg {
    let (summaries, mut problems) = match store.summaries() {
        Ok(listing) => {
            let problems = listing.problems();
            (listing.summaries, problems)
        }
        Err(err) => (Vec::new(), vec![err.message()]),
    };
    let reviews = match store.list_reviews() {
        Ok(listing) => {
            problems.extend(listing.problems());
            listing.reviews
        }
        Err(err) => {
            problems.push(err.message());
            Vec::new()
        }
    };
    Msg::Library(summaries, problems, reviews)
}

/// Saves a review over the version last saved here, never over a change made elsewhere.
fn save_review(
    mut review: Review,
    recreate: bool,
    store: &Store,
    now: Timestamp,
    held: &mut Held,
) -> FlagsMsg {
    match &held.new_review {
        Some(first) if review.id.is_empty() => {
            review.id.clone_from(&first.id);
            review.created = first.created;
            review.date = first.date;
        }
        _ => {
            review.assign_identity(now);
            if held.new_review.is_none() {
                held.new_review = Some(review.clone());
            }
        }
    }
    if let Some(copy) = SheetId::parse(&review.id)
        .ok()
        .and_then(|id| held.moved_reviews.get(&id))
    {
        review.id = copy.as_str().to_owned();
    }
    let id = match SheetId::parse(&review.id) {
        Ok(id) => id,
        Err(error) => return FlagsMsg::Saved(Err(error.message())),
    };
    // Every review made here is saved here first, so the version of its file is known; one
    // without (never saved) must find no file of its id, or it becomes a copy.
    match store.save_review_versioned(&review, held.review_versions.get(&id), recreate) {
        Ok(SaveOutcome::Saved { version, .. }) => {
            held.review_versions.insert(id, version);
            FlagsMsg::Saved(Ok(Box::new(review)))
        }
        Ok(SaveOutcome::Conflict {
            copy_id,
            copy_version,
            ..
        }) => {
            review.id = copy_id.as_str().to_owned();
            held.moved_reviews.insert(id, copy_id.clone());
            held.review_versions.insert(copy_id, copy_version);
            FlagsMsg::SavedAsCopy(Box::new(review))
        }
        Ok(SaveOutcome::DeletedElsewhere { .. }) => FlagsMsg::DeletedElsewhere,
        Err(error) => FlagsMsg::Saved(Err(error.message())),
    }
}

fn flags(effect: FlagsEffect, store: &Store, now: Timestamp, held: &mut Held) -> Msg {
    match effect {
        FlagsEffect::Load => {
            // A new review screen: the next review saved with no id is a new one.
            held.new_review = None;
            Msg::Flags(load_reviews(store))
        }
        FlagsEffect::Save { review, recreate } => {
            Msg::Flags(save_review(*review, recreate, store, now, held))
        }
        FlagsEffect::Adopt { review } => {
            if let Ok(id) = SheetId::parse(&review.id) {
                let path = store.review_path(&id);
                if let Ok(bytes) = std::fs::read(&path)
                    && talkprep::flags::review_from_json(&bytes).is_ok_and(|r| r == *review)
                {
                    let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
                    let version = talkprep::store::Version::of_bytes(&bytes, modified);
                    held.review_versions.insert(id, version);
                }
            }
            Msg::Flags(FlagsMsg::Adopted)
        }
        FlagsEffect::ExitPrep {
            client,
            lang,
            scenario,
            facts,
        } => {
            let id = SheetId::generate(&client, now);
            held.take(store, &id);
            let mut sheet = Sheet::new(id, now);
            sheet.lang = lang;
            sheet.scenario = scenario;
            sheet.client = client;
            sheet.facts.what_happened = facts;
            sheet.goal.kind = Some(GoalKind::PartWays);
            Msg::Created(Box::new(sheet))
        }
    }
}

/// Known client names and every review, with the problems met reading them.
fn load_reviews(store: &Store) -> FlagsMsg {
    let mut problems = Vec::new();
    let clients = store.known_clients().unwrap_or_else(|e| {
        problems.push(e.message());
        Vec::new()
    });
    let reviews = match store.list_reviews() {
        Ok(listing) => {
            problems.extend(listing.problems());
            listing.reviews
        }
        Err(e) => {
            problems.push(e.message());
            Vec::new()
        }
    };
    FlagsMsg::Loaded {
        clients,
        reviews,
        problems,
    }
}

#[cfg(test)]
#[path = "effects_tests.rs"]
mod tests;
