//! The red-flag review screen's state: the client, the checklist being ticked, the verdict
//! page, and the effects and messages that load and save reviews.

use jiff::Timestamp;
use jiff::civil::Date;

use super::form::TextField;
use talkprep::flags::{Review, Verdict, same_client, sort_oldest_first};
use talkprep::i18n::{Lang, Message};
use talkprep::playbook::{FlagItem, Playbook, RedFlags};
use talkprep::search::fold;

/// Which page of the review is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Page {
    /// The items, ticked one by one, with a live verdict.
    Checklist,
    /// The verdict: why, what next, and the client's earlier reviews.
    Verdict,
}

/// What has the keyboard on the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Focus {
    /// The client's name.
    Client,
    /// The list of items.
    Items,
}

/// Work for the event loop on behalf of the review screen.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum FlagsEffect {
    /// Read the known client names and every saved review.
    Load,
    /// Save the review, giving it an id and a date first if it has none, never over a version
    /// of its file changed elsewhere; `recreate` writes it again if it was deleted elsewhere.
    Save {
        /// The review as it stands.
        review: Box<Review>,
        /// Write it even though its file was deleted elsewhere since it was saved.
        recreate: bool,
    },
    /// Start a prep sheet for ending the relationship with this client.
    ExitPrep {
        /// The client's name.
        client: String,
        /// The playbook language of the sheet.
        lang: Lang,
        /// The scenario it starts on (the playbook's `red_flags.exit_scenario`).
        scenario: String,
        /// What the review found, one ticked item (with its note) a line, for the facts.
        facts: String,
    },
    /// Take the saved review of today as the one being edited: its file's version is noted,
    /// so saving replaces it (unless it changed on disk since it was listed).
    Adopt {
        /// The review as listed.
        review: Box<Review>,
    },
}

/// What came back from a [`FlagsEffect`].
#[derive(Debug, Clone)]
pub(crate) enum FlagsMsg {
    /// Known client names (from sheets and reviews), every review, and problems met.
    Loaded {
        /// Client names for completion.
        clients: Vec<String>,
        /// Every saved review.
        reviews: Vec<Review>,
        /// Files that could not be read.
        problems: Vec<talkprep::i18n::Message>,
    },
    /// A save finished: the review as saved (with its id and date), or why it failed.
    Saved(Result<Box<Review>, Message>),
    /// The review's file had changed elsewhere: it was left as it is, and the review was saved
    /// as a copy beside it (its new id is in the review).
    SavedAsCopy(Box<Review>),
    /// The review's file was deleted elsewhere since it was saved: nothing was written.
    DeletedElsewhere,
    /// A review of today was taken up for editing (its version noted where it still matched).
    Adopted,
}

/// One row of the checklist as drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Row {
    /// A group heading: index into the playbook's groups, or `None` for items in no group.
    Group(Option<usize>),
    /// An item: position in [`FlagsState::order`].
    Item(usize),
    /// The note under an item: position in [`FlagsState::order`].
    Note(usize),
}

/// The review screen.
#[derive(Debug, Clone)]
pub(crate) struct FlagsState {
    /// The page shown.
    pub(crate) page: Page,
    /// What has the keyboard on the checklist.
    pub(crate) focus: Focus,
    /// The client's name.
    pub(crate) client: TextField,
    /// The review being made; it has an id once saved.
    pub(crate) review: Review,
    /// Indices of the playbook's items in the order shown (grouped).
    pub(crate) order: Vec<usize>,
    /// Position in `order` of the item under the cursor.
    pub(crate) cursor: usize,
    /// The first checklist row shown.
    pub(crate) list_top: usize,
    /// The note being written for the item under the cursor, if the editor is open.
    pub(crate) note: Option<TextField>,
    /// Client names known from sheets and reviews.
    pub(crate) known: Vec<String>,
    /// Completions for the client field, best first.
    pub(crate) candidates: Vec<String>,
    /// The text typed before Tab started cycling through completions, and the next one.
    pub(crate) completing: Option<(String, usize)>,
    /// Every saved review (every client), oldest first.
    pub(crate) reviews: Vec<Review>,
    /// The step of the redirection plan under the cursor on the verdict page.
    pub(crate) plan_cursor: usize,
    /// Lines scrolled on the verdict page.
    pub(crate) verdict_scroll: u16,
    /// Whether the review has changes not saved yet.
    pub(crate) dirty: bool,
    /// Whether its file was deleted elsewhere: no autosave writes it again, only a save asked
    /// for.
    pub(crate) deleted_elsewhere: bool,
    /// When the clock first saw unsaved changes (ms since start): they are saved
    /// `AUTOSAVE_AFTER_MS` later.
    pub(crate) unsaved_since_ms: Option<u64>,
    /// Whether the user was just asked if a review with nothing ticked should be recorded:
    /// the same key again records it, any other key drops the question.
    pub(crate) asked_empty: bool,
    /// Whether the verdict's "why" lists every ticked item, not only the heaviest.
    pub(crate) why_expanded: bool,
}

/// The order of the playbook's items grouped by the playbook's groups; items whose group is
/// unknown come last.
fn grouped_order(flags: &RedFlags) -> Vec<usize> {
    let mut order = Vec::with_capacity(flags.items.len());
    for group in &flags.groups {
        order.extend(
            flags
                .items
                .iter()
                .enumerate()
                .filter(|(_, item)| item.group == group.id)
                .map(|(i, _)| i),
        );
    }
    order.extend(
        flags
            .items
            .iter()
            .enumerate()
            .filter(|(_, item)| !flags.groups.iter().any(|g| g.id == item.group))
            .map(|(i, _)| i),
    );
    order
}

impl FlagsState {
    /// A fresh review, with the client's name filled in if given; the list has the keyboard
    /// when there is a name, the name field otherwise.
    pub(crate) fn new(playbook: &Playbook, lang: Lang, client: Option<&str>) -> FlagsState {
        let client = talkprep::sanitize::single_line(client.unwrap_or("").trim());
        let focus = if client.is_empty() {
            Focus::Client
        } else {
            Focus::Items
        };
        let mut state = FlagsState {
            page: Page::Checklist,
            focus,
            client: TextField::new(&client, true),
            review: Review::new(&client, lang, Timestamp::UNIX_EPOCH, Date::default()),
            order: grouped_order(&playbook.red_flags),
            cursor: 0,
            list_top: 0,
            note: None,
            known: Vec::new(),
            candidates: Vec::new(),
            completing: None,
            reviews: Vec::new(),
            plan_cursor: 0,
            verdict_scroll: 0,
            dirty: false,
            deleted_elsewhere: false,
            unsaved_since_ms: None,
            asked_empty: false,
            why_expanded: false,
        };
        state.refresh_candidates();
        state
    }

    /// The client's name as typed, trimmed.
    pub(crate) fn client_name(&self) -> String {
        self.client.value().trim().to_owned()
    }

    /// The live verdict of the ticked items.
    pub(crate) fn verdict<'a>(&self, flags: &'a RedFlags) -> Verdict<'a> {
        self.review.verdict(flags)
    }

    /// The playbook item at position `pos` of the order.
    pub(crate) fn item_at<'a>(&self, playbook: &'a Playbook, pos: usize) -> Option<&'a FlagItem> {
        self.order
            .get(pos)
            .and_then(|&i| playbook.red_flags.items.get(i))
    }

    /// The item under the cursor.
    pub(crate) fn current<'a>(&self, playbook: &'a Playbook) -> Option<&'a FlagItem> {
        self.item_at(playbook, self.cursor)
    }

    /// Ticks or unticks the item under the cursor; returns whether anything changed.
    pub(crate) fn toggle_current(&mut self, playbook: &Playbook) -> bool {
        let Some(item) = self.current(playbook) else {
            return false;
        };
        let id = item.id.clone();
        if let Some(at) = self.review.ticked.iter().position(|t| *t == id) {
            self.review.ticked.remove(at);
        } else {
            self.review.ticked.push(id);
        }
        self.review.rescore(&playbook.red_flags);
        self.dirty = true;
        true
    }

    /// Sets the note of the item under the cursor (an empty note removes it).
    pub(crate) fn set_note(&mut self, playbook: &Playbook, note: &str) {
        let Some(item) = self.current(playbook) else {
            return;
        };
        let id = item.id.clone();
        let note = talkprep::sanitize::single_line(note).trim().to_owned();
        let changed = self.review.note(&id).unwrap_or("") != note;
        if note.is_empty() {
            self.review.notes.remove(&id);
        } else {
            self.review.notes.insert(id, note);
        }
        self.dirty |= changed;
    }

    /// The rows of the checklist: group headings, items, and notes under noted items.
    pub(crate) fn rows(&self, playbook: &Playbook) -> Vec<Row> {
        let flags = &playbook.red_flags;
        let mut rows = Vec::new();
        let mut last_group: Option<Option<usize>> = None;
        for (pos, &i) in self.order.iter().enumerate() {
            let Some(item) = flags.items.get(i) else {
                continue;
            };
            let group = flags.groups.iter().position(|g| g.id == item.group);
            if last_group != Some(group) {
                rows.push(Row::Group(group));
                last_group = Some(group);
            }
            rows.push(Row::Item(pos));
            if self.review.note(&item.id).is_some() {
                rows.push(Row::Note(pos));
            }
        }
        rows
    }

    /// The first row to show in `height` rows so the cursor's item (and its note) shows,
    /// starting from `list_top` and moving as little as possible.
    pub(crate) fn visible_top(&self, rows: &[Row], height: usize) -> usize {
        let height = height.max(1);
        let Some(at) = rows.iter().position(|r| *r == Row::Item(self.cursor)) else {
            return 0;
        };
        let last = if rows.get(at + 1) == Some(&Row::Note(self.cursor)) {
            at + 1
        } else {
            at
        };
        // Show the group heading above the first item of a group when scrolling up to it.
        let first = if at > 0 && matches!(rows[at - 1], Row::Group(_)) {
            at - 1
        } else {
            at
        };
        let mut top = self.list_top.min(rows.len().saturating_sub(1));
        if first < top {
            top = first;
        }
        if last >= top + height {
            top = last + 1 - height;
        }
        top
    }

    /// Earlier saved reviews of the client named in the field, oldest first, without the
    /// review being made.
    pub(crate) fn history(&self) -> Vec<&Review> {
        let name = self.client_name();
        if name.is_empty() {
            return Vec::new();
        }
        self.reviews
            .iter()
            .filter(|r| same_client(&r.client, &name) && r.id != self.review.id)
            .collect()
    }

    /// Recomputes completions for the client field: known names containing every typed word
    /// (case and accents ignored), names starting with the text first; none when the text is
    /// already a known name.
    pub(crate) fn refresh_candidates(&mut self) {
        let typed = match &self.completing {
            Some((typed, _)) => typed.clone(),
            None => self.client_name(),
        };
        let folded = fold(&typed);
        let exact = self
            .known
            .iter()
            .any(|k| same_client(k, &self.client_name()));
        if exact && self.completing.is_none() {
            self.candidates.clear();
            return;
        }
        let mut found: Vec<&String> = self
            .known
            .iter()
            .filter(|k| talkprep::search::contains_all(k, &typed))
            .collect();
        found.sort_by_key(|k| !fold(k).starts_with(&folded));
        self.candidates = found.into_iter().cloned().collect();
    }

    /// Completes the client's name with the next candidate; returns false when there is none.
    pub(crate) fn complete(&mut self) -> bool {
        if self.completing.is_none() {
            self.completing = Some((self.client_name(), 0));
            self.refresh_candidates();
        }
        if self.candidates.is_empty() {
            self.completing = None;
            return false;
        }
        let Some((_, next)) = &mut self.completing else {
            return false;
        };
        let pick = self.candidates[*next % self.candidates.len()].clone();
        *next = (*next + 1) % self.candidates.len();
        self.client.set_value(&pick);
        self.client_changed();
        true
    }

    /// Records a new client name on the review.
    pub(crate) fn client_changed(&mut self) {
        let name = self.client_name();
        if self.review.client != name {
            self.review.client = name;
            self.dirty = true;
        }
    }

    /// Stops cycling through completions (the user typed or left the field).
    pub(crate) fn stop_completing(&mut self) {
        self.completing = None;
        self.refresh_candidates();
    }

    /// Adds or replaces a saved review in the list kept for history.
    pub(crate) fn remember(&mut self, review: Review) {
        match self.reviews.iter_mut().find(|r| r.id == review.id) {
            Some(slot) => *slot = review,
            None => self.reviews.push(review),
        }
        sort_oldest_first(&mut self.reviews);
    }

    /// Starts the review from this client's last one, when nothing is ticked yet: today's review
    /// is taken up to be edited (same id and date); an older one lends its ticks and notes to a
    /// new review. Returns the day of the review it started from, and whether it is an edit.
    pub(crate) fn start_from_last(
        &mut self,
        today: Date,
        flags: &RedFlags,
    ) -> Option<(Date, bool)> {
        let untouched = self.review.id.is_empty()
            && self.review.ticked.is_empty()
            && self.review.notes.is_empty();
        let name = self.client_name();
        if !untouched || name.is_empty() {
            return None;
        }
        let last = self
            .reviews
            .iter()
            .filter(|r| talkprep::flags::same_client(&r.client, &name))
            .max_by_key(|r| (r.date, r.created))?
            .clone();
        let editing = last.date == today;
        if editing {
            self.review = last.clone();
        } else {
            self.review.ticked = last.ticked.clone();
            self.review.notes = last.notes.clone();
            self.review.team = last.team;
            self.review.rescore(flags);
        }
        Some((last.date, editing))
    }

    /// Whether the review is worth saving: it names a client and has a tick or a note, or it
    /// was saved before.
    pub(crate) fn worth_saving(&self) -> bool {
        !self.client_name().is_empty()
            && (!self.review.id.is_empty()
                || !self.review.ticked.is_empty()
                || !self.review.notes.is_empty())
    }
}
