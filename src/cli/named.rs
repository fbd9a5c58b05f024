//! Which sheet or review the person means: an id, a unique start of one, or a client's name,
//! with "did you mean" when several match or none does.

use anyhow::Result;
use talkprep::i18n::Message;
use talkprep::lookup::{Candidate, Lookup, find};
use talkprep::sanitize::single_line;
use talkprep::sheet::SheetId;
use talkprep::store::Store;

use super::error::said;

/// How many matches an "ambiguous" message lists before "…".
const LISTED: usize = 6;

/// The catalogue keys that speak of one kind of item.
struct Words {
    /// "Several match QUERY: LIST."
    ambiguous: &'static str,
    /// "There is no ID." (no near miss to offer)
    missing: &'static str,
    /// "There is no ID. Did you mean CLOSE?"
    missing_close: &'static str,
}

const LIVE: Words = Words {
    ambiguous: "cli.error.ambiguous_sheet",
    missing: "cli.error.no_sheet",
    missing_close: "cli.error.no_sheet_close",
};

const TRASHED: Words = Words {
    ambiguous: "cli.error.ambiguous_sheet",
    missing: "error.store.not_in_trash",
    missing_close: "cli.error.no_trashed_close",
};

const REVIEW: Words = Words {
    ambiguous: "cli.error.ambiguous_review",
    missing: "cli.error.no_such_review",
    missing_close: "cli.error.no_review_close",
};

/// The live sheet `query` names.
pub(crate) fn live_sheet(store: &Store, query: &str) -> Result<SheetId> {
    // The usual case, a whole id, needs no listing.
    if let Ok(id) = SheetId::parse(query.trim())
        && store.sheet_path(&id).exists()
    {
        return Ok(id);
    }
    let listing = store.summaries()?;
    let candidates: Vec<Candidate> = listing
        .summaries
        .iter()
        .map(|s| Candidate {
            id: &s.id,
            client: &s.client,
        })
        .collect();
    pick(query, &candidates, &LIVE)
}

/// The sheet in the trash `query` names.
pub(super) fn trashed_sheet(store: &Store, query: &str) -> Result<SheetId> {
    let entries = store.list_trash()?;
    let candidates: Vec<Candidate> = entries
        .iter()
        .map(|e| Candidate {
            id: e.id.as_str(),
            client: e.sheet.as_ref().map_or("", |s| s.client.as_str()),
        })
        .collect();
    pick(query, &candidates, &TRASHED)
}

/// The review `query` names among `reviews` (id, client).
pub(super) fn review(reviews: &[(String, String)], query: &str) -> Result<SheetId> {
    let candidates: Vec<Candidate> = reviews
        .iter()
        .map(|(id, client)| Candidate { id, client })
        .collect();
    pick(query, &candidates, &REVIEW)
}

fn pick(query: &str, candidates: &[Candidate], words: &Words) -> Result<SheetId> {
    let shown = single_line(query.trim());
    match find(query, candidates) {
        Lookup::One(at) => Ok(SheetId::parse(candidates[at].id)?),
        Lookup::Ambiguous(all) => {
            let mut list: Vec<String> = all
                .iter()
                .take(LISTED)
                .map(|&i| label(&candidates[i]))
                .collect();
            if all.len() > LISTED {
                list.push("…".to_owned());
            }
            Err(said(
                Message::new(words.ambiguous)
                    .with("query", shown)
                    .with("ids", list.join(", ")),
            ))
        }
        Lookup::NotFound(close) if close.is_empty() => {
            Err(said(Message::new(words.missing).with("id", shown)))
        }
        Lookup::NotFound(close) => {
            let close: Vec<String> = close.iter().map(|&i| label(&candidates[i])).collect();
            Err(said(
                Message::new(words.missing_close)
                    .with("id", shown)
                    .with("close", close.join(", ")),
            ))
        }
    }
}

/// "ID (Client)", or the id alone when the client is blank.
fn label(candidate: &Candidate) -> String {
    let client = single_line(candidate.client.trim());
    if client.is_empty() {
        candidate.id.to_owned()
    } else {
        format!("{} ({client})", candidate.id)
    }
}
