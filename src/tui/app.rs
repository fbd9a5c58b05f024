//! The app's state: plain data that `update` changes and `view` draws.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::PathBuf;

use crossterm::event::{KeyEvent, MouseEvent};
use jiff::Timestamp;

use super::flags_state::{FlagsEffect, FlagsMsg, FlagsState};
use super::form::TextField;
use super::keys::{Keymap, catalog_with_keys};
use super::rehearse::Rehearse;
use super::theme::Theme;
use super::wizard::Wizard;
use talkprep::flags::Review;
use talkprep::i18n::{Catalog, Lang, Message};
use talkprep::playbook::Playbook;
use talkprep::sheet::{Sheet, SheetId, Summary};

/// Something that happened: a key, a paste, a click, a tick, or the result of an effect.
#[derive(Debug, Clone)]
pub(crate) enum Msg {
    /// A key press.
    Key(KeyEvent),
    /// Text pasted in one piece (bracketed paste).
    Paste(String),
    /// A mouse event.
    Mouse(MouseEvent),
    /// The terminal's new size.
    Resize(u16, u16),
    /// Time passes; the app clock in milliseconds.
    Tick(u64),
    /// The local date and time, for what is due and whether a call has passed.
    Clock(jiff::civil::DateTime),
    /// The saved sheets as the library lists them, newest first, problems found while
    /// listing them, and every saved red-flag review.
    Library(Vec<Summary>, Vec<Message>, Vec<Review>),
    /// How many rescued sheets wait to be brought back (typing an earlier run could not save).
    Rescued(usize),
    /// Rescued sheets were brought back: how many, and how many of those as a copy beside the
    /// saved version.
    BroughtBack(Result<(usize, usize), Message>),
    /// A new, empty sheet to prepare.
    Created(Box<Sheet>),
    /// A save finished: the edit sequence it saved and its time, or why it failed.
    Saved(Result<(Option<u64>, Timestamp), Message>),
    /// The file had changed on disk: it was left alone and the sheet was saved as a copy
    /// with this id, which the wizard goes on editing.
    SavedAsCopy {
        /// The edit sequence saved.
        seq: Option<u64>,
        /// When.
        at: Timestamp,
        /// The copy's id.
        copy: SheetId,
    },
    /// The sheet was saved under the id its client's name gives, which the wizard goes on
    /// editing.
    Renamed {
        /// The edit sequence saved.
        seq: Option<u64>,
        /// When.
        at: Timestamp,
        /// The new id.
        id: SheetId,
    },
    /// The sheet was deleted elsewhere since it was opened: nothing was written.
    DeletedElsewhere,
    /// A sheet read for [`Effect::Fetch`].
    Fetched {
        /// The sheet as on disk now.
        sheet: Box<Sheet>,
        /// What it was read for.
        then: Then,
    },
    /// A sheet opened for the wizard; `read_only` when another talkprep has it open.
    Opened {
        /// The sheet as on disk now.
        sheet: Box<Sheet>,
        /// Another window edits it: look, do not write.
        read_only: bool,
    },
    /// An effect finished: the status line's words for it, or why it failed.
    Done(Result<String, Message>),
    /// The person's editor closed on the text of a field: what it holds now, or why the
    /// editor could not be run.
    EditedOutside {
        /// The field edited.
        field: crate::tui::form::FieldId,
        /// Its text as the editor left it.
        text: Result<String, Message>,
    },
    /// A sheet was moved to the trash.
    Deleted(Result<SheetId, Message>),
    /// A sheet came back from the trash.
    Restored(Result<SheetId, Message>),
    /// A red-flag review was moved to the trash.
    ReviewDeleted(Result<SheetId, Message>),
    /// A red-flag review came back from the trash.
    ReviewRestored(Result<SheetId, Message>),
    /// Rehearse this sheet (the app was opened with `talkprep rehearse ID`).
    OpenRehearsal(Box<Sheet>),
    /// A rehearsal can start: the time and the seed that shuffle its rounds.
    RehearsalReady {
        /// The sheet rehearsed.
        sheet: Box<Sheet>,
        /// Whether to come back to the wizard afterwards.
        from_wizard: bool,
        /// When it starts.
        now: Timestamp,
        /// Shuffles the push-back.
        seed: u64,
    },
    /// Open the red-flag review (the app was opened with `talkprep flags`).
    OpenFlags {
        /// The client's name to fill in.
        client: Option<String>,
    },
    /// The terminal is going away (hang-up, terminate): save and leave.
    Terminate,
    /// A result for the red-flag review screen.
    Flags(FlagsMsg),
    /// An export found a file already at its path and left it alone.
    ExportExists(PathBuf),
}

/// Work for the event loop: everything with a side effect. Each carries all it needs; the
/// runner never sees the app.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Effect {
    /// Save the sheet, never over a change made elsewhere since it was opened.
    Save {
        /// The sheet.
        sheet: Box<Sheet>,
        /// The wizard's edit sequence being saved; none for a sheet saved from elsewhere.
        seq: Option<u64>,
        /// Write it again even though it was deleted elsewhere (the person asked).
        recreate: bool,
        /// Give a blank id the client's name ([`talkprep::sheet::SheetId::named_for`]),
        /// answering [`Msg::Renamed`] when it did.
        name_after_client: bool,
    },
    /// Open this sheet in the wizard: take its lock, remember the version on disk, and read
    /// it ([`Msg::Opened`]).
    Open(SheetId),
    /// Read a whole sheet the library lists, for `then`.
    Fetch {
        /// The sheet.
        id: SheetId,
        /// What it is read for.
        then: Then,
    },
    /// Read the library again.
    LoadLibrary,
    /// Remove talkprep's own leftover temporary files and set aside files that stayed
    /// unreadable ([`talkprep::store::Store::tidy`]); answers nothing.
    Tidy,
    /// Bring the rescued sheets back among the sheets.
    BringBack,
    /// Make a new sheet in this language.
    Create(Lang),
    /// Move a sheet to the trash.
    Delete(SheetId),
    /// Bring a sheet back from the trash.
    Restore(SheetId),
    /// Move a red-flag review to the trash.
    DeleteReview(SheetId),
    /// Bring a red-flag review back from the trash.
    RestoreReview(SheetId),
    /// Write a text file, never half-written.
    Write {
        /// Where.
        path: PathBuf,
        /// What.
        text: String,
        /// Whether a file already there may be replaced.
        replace: bool,
        /// The status line's words once written.
        done: String,
    },
    /// Put text on the clipboard (OSC 52).
    Copy {
        /// What.
        text: String,
        /// The status line's words once sent.
        done: String,
    },
    /// Open the text of a field in the person's editor ($VISUAL, else $EDITOR, else vi) and
    /// read it back. The terminal is handed over meanwhile, so it runs on the UI thread.
    EditOutside {
        /// The field.
        field: crate::tui::form::FieldId,
        /// Its text now.
        text: String,
    },
    /// Start rehearsing this sheet.
    StartRehearsal {
        /// The sheet.
        sheet: Box<Sheet>,
        /// Whether to come back to the wizard afterwards.
        from_wizard: bool,
    },
    /// Load or save red-flag reviews, or start an exit prep.
    Flags(FlagsEffect),
}

/// Which screen is shown.
#[derive(Debug, Clone)]
pub(crate) enum Screen {
    /// The library and the ways in.
    Home,
    /// A prep in progress.
    Wizard(Box<Wizard>),
    /// Rehearsing a sheet's opener against push-back.
    Rehearse(Box<Rehearse>),
    /// The cue card for the call.
    Cue(Box<super::cue::Cue>),
    /// A red-flag review of a client.
    Flags(Box<FlagsState>),
}

#[cfg(test)]
impl Msg {
    /// The library listing `sheets`, as the store would list them.
    pub(crate) fn library(sheets: Vec<Sheet>) -> Msg {
        super::test_render::remember(&sheets);
        Msg::Library(
            sheets.iter().map(Summary::of).collect(),
            Vec::new(),
            Vec::new(),
        )
    }
}

/// What a sheet read from the library is for ([`Effect::Fetch`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Then {
    /// Show its cue card.
    Cue,
    /// Rehearse its opener.
    Rehearse,
    /// Mark its follow-up at `index` done or open again (if it is still `what`) and save it.
    MarkDone {
        /// Position in the sheet's follow-ups.
        index: usize,
        /// What was promised, to check the follow-up is still the one shown.
        what: String,
        /// Done (a tick on home), or open again (its undo).
        done: bool,
    },
}

/// Something done from home that undo takes back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum HomeUndo {
    /// A sheet moved to the trash.
    Deleted(SheetId),
    /// A red-flag review moved to the trash.
    ReviewDeleted(SheetId),
    /// A follow-up marked done.
    MarkedDone {
        /// Its sheet.
        id: SheetId,
        /// Position in the sheet's follow-ups.
        index: usize,
        /// What was promised.
        what: String,
    },
}

/// A dialog over the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Overlay {
    /// The key bindings.
    Help,
    /// Quit with unsaved changes?
    ConfirmQuit,
}

/// How a status message should read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tone {
    /// Good news.
    Good,
    /// Neutral information.
    Info,
    /// Something failed.
    Bad,
}

/// A row of the home list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum HomeRow {
    /// Start a new prep.
    New,
    /// A follow-up overdue, due today or due within the next week.
    Due(talkprep::followup::DueItem),
    /// A client's latest red-flag verdict, as an index into `reviewed`.
    Review(usize),
    /// A saved sheet, as an index into `library`.
    Sheet(usize),
}

/// The home screen's state.
#[derive(Debug, Clone)]
pub(crate) struct Home {
    /// The library filter.
    pub(crate) filter: TextField,
    /// The row under the cursor; row 0 is "start a new prep".
    pub(crate) cursor: usize,
    /// A sheet being opened from this screen, and whether from a due follow-up (it opens on
    /// the debrief).
    pub(crate) opening: Option<(String, bool)>,
}

/// The whole app.
#[derive(Debug, Clone)]
pub(crate) struct App {
    /// The playbook in effect.
    pub(crate) playbook: Playbook,
    /// Interface language.
    pub(crate) lang: Lang,
    /// Colours or NO_COLOR styles.
    pub(crate) theme: Theme,
    /// The key bindings in force.
    pub(crate) keys: &'static Keymap,
    /// The screen shown.
    pub(crate) screen: Screen,
    /// Saved sheets, newest first.
    pub(crate) library: Vec<Summary>,
    /// The red-flag reviews saved, by client, the client reviewed last first.
    pub(crate) reviewed: Vec<talkprep::flags::ClientHistory>,
    /// Whether the library has been read once (it is read off the UI thread).
    pub(crate) library_read: bool,
    /// Home screen state.
    pub(crate) home: Home,
    /// A dialog, if open.
    pub(crate) overlay: Option<Overlay>,
    /// How far the help overlay is scrolled, in rows.
    pub(crate) help_scroll: u16,
    /// Rescued sheets waiting to be brought back (see `Msg::Rescued`).
    pub(crate) rescued: usize,
    /// The status line.
    pub(crate) status: Option<(Tone, String)>,
    /// When (app clock, ms) the status message goes away.
    pub(crate) status_until: u64,
    /// What was done from home that undo takes back, most recent last: sheets moved to the
    /// trash and follow-ups marked done.
    pub(crate) undo: Vec<HomeUndo>,
    /// Where exports go by default.
    pub(crate) export_dir: PathBuf,
    /// The user's home folder, for `~/` in paths typed in the app (the event loop tells it).
    pub(crate) home_dir: Option<PathBuf>,
    /// Running inside tmux, whose clipboard may drop a copy silently.
    pub(crate) in_tmux: bool,
    /// A path the person was told already exists: exporting to it again replaces it.
    pub(crate) overwrite_ok: Option<PathBuf>,
    /// App clock, milliseconds.
    pub(crate) now_ms: u64,
    /// Local date and time, once the event loop has told it.
    pub(crate) now_local: Option<jiff::civil::DateTime>,
    /// Terminal size.
    pub(crate) size: (u16, u16),
    /// Bumped whenever `library` changes.
    pub(crate) library_rev: u64,
    /// The home list for the current library, filter and day.
    pub(crate) home_cache: Option<HomeCache>,
    /// Set when the app should end: the event loop ends once the work in hand is done. A
    /// failed save clears it again, so nobody leaves with their typing unsaved.
    pub(crate) quit: bool,
    /// Set when the terminal is going away: the app ends even if the last save fails.
    pub(crate) terminating: bool,
}

impl App {
    /// A new app on the home screen.
    pub(crate) fn new(playbook: Playbook, lang: Lang, theme: Theme, export_dir: PathBuf) -> App {
        App {
            playbook,
            lang,
            theme,
            keys: Keymap::bundled(),
            screen: Screen::Home,
            library: Vec::new(),
            reviewed: Vec::new(),
            library_read: false,
            home: Home {
                filter: TextField::new("", true),
                cursor: 0,
                opening: None,
            },
            overlay: None,
            help_scroll: 0,
            rescued: 0,
            status: None,
            status_until: 0,
            undo: Vec::new(),
            export_dir,
            home_dir: None,
            in_tmux: false,
            overwrite_ok: None,
            now_ms: 0,
            now_local: None,
            size: (80, 24),
            library_rev: 0,
            home_cache: None,
            quit: false,
            terminating: false,
        }
    }

    /// Whether time alone changes the screen or the work to do: a status that will go away, a
    /// running timer or pause, an autosave waiting. The event loop ticks often only then, and
    /// otherwise sleeps until a key, a signal or the next clock reading.
    pub(crate) fn is_waiting_on_time(&self) -> bool {
        let rehearsing = match &self.screen {
            Screen::Rehearse(r) => {
                r.timer_from_ms.is_some() || matches!(r.phase, super::rehearse::Phase::Pause { .. })
            }
            Screen::Wizard(w) => w.dirty,
            Screen::Flags(f) => f.dirty,
            Screen::Home | Screen::Cue(_) => false,
        };
        rehearsing || self.status.is_some()
    }

    /// The open sheet, when it has edits not saved yet.
    pub(crate) fn unsaved_sheet(&self) -> Option<&Sheet> {
        match &self.screen {
            Screen::Wizard(w) if w.dirty => Some(&w.sheet),
            Screen::Wizard(_)
            | Screen::Home
            | Screen::Rehearse(_)
            | Screen::Cue(_)
            | Screen::Flags(_) => None,
        }
    }

    /// The red-flag review being made, when it has changes worth keeping that are not saved:
    /// what a signal must not lose. The note being typed is in it once `save_if_dirty` ran.
    pub(crate) fn unsaved_review(&self) -> Option<talkprep::flags::Review> {
        match &self.screen {
            Screen::Flags(f) if f.dirty && f.worth_saving() => {
                let mut review = f.review.clone();
                review.client = f.client_name();
                Some(review)
            }
            _ => None,
        }
    }

    /// Whether exporting to `path` may replace a file there: only right after the person was
    /// told it exists (asked once, then forgotten).
    pub(crate) fn confirmed_overwrite(&mut self, path: &std::path::Path) -> bool {
        self.overwrite_ok.take().is_some_and(|p| p == path)
    }

    /// The interface texts.
    pub(crate) fn cat(&self) -> &'static Catalog {
        catalog_with_keys(self.lang, self.keys)
    }

    /// The wizard, when a prep is open.
    #[cfg(test)]
    pub(crate) fn wizard(&self) -> Option<&Wizard> {
        match &self.screen {
            Screen::Wizard(w) => Some(w),
            Screen::Home | Screen::Rehearse(_) | Screen::Flags(_) | Screen::Cue(_) => None,
        }
    }

    /// The home list's rows: start a new prep, follow-ups due (when not filtering), then the
    /// sheets matching the filter. Read from the cache `update` keeps; worked out afresh only
    /// in the middle of an update that changed what they depend on.
    pub(crate) fn home_rows(&self) -> Cow<'_, [HomeRow]> {
        match &self.home_cache {
            Some(cache) if cache.inputs == self.home_inputs() => Cow::Borrowed(&cache.rows),
            _ => Cow::Owned(self.compute_home().rows),
        }
    }

    /// The library entries matching the home filter, as indices into `library`.
    pub(crate) fn visible_library(&self) -> Cow<'_, [usize]> {
        match &self.home_cache {
            Some(cache) if cache.inputs == self.home_inputs() => Cow::Borrowed(&cache.visible),
            _ => Cow::Owned(self.compute_home().visible),
        }
    }

    /// Marks the library changed (sheets listed again, a follow-up ticked), so the search
    /// texts and rows are worked out again.
    pub(crate) fn library_changed(&mut self) {
        self.library_rev += 1;
    }

    /// Brings the home cache up to date; `update` calls it after every message.
    pub(crate) fn refresh_home(&mut self) {
        let fresh = self
            .home_cache
            .as_ref()
            .is_some_and(|cache| cache.inputs == self.home_inputs());
        if !fresh {
            self.home_cache = Some(self.compute_home());
        }
    }

    fn home_inputs(&self) -> HomeInputs {
        HomeInputs {
            library_rev: self.library_rev,
            query: talkprep::search::fold(&self.home.filter.value()),
            today: self.now_local.map(|now| now.date()),
        }
    }

    fn compute_home(&self) -> HomeCache {
        let inputs = self.home_inputs();
        let titles = match &self.home_cache {
            Some(cache) if cache.inputs.library_rev == inputs.library_rev => cache.titles.clone(),
            _ => std::sync::Arc::new(
                self.playbook
                    .scenarios
                    .iter()
                    .map(|s| (s.id.clone(), talkprep::search::fold(&s.title)))
                    .collect(),
            ),
        };
        let visible: Vec<usize> = (0..self.library.len())
            .filter(|&i| {
                let summary = &self.library[i];
                let title = titles.get(&summary.scenario).map_or("", String::as_str);
                summary.matches(&inputs.query, title)
            })
            .collect();
        let mut rows = vec![HomeRow::New];
        if inputs.query.trim().is_empty()
            && let Some(today) = inputs.today
        {
            let due = talkprep::followup::due_items(&self.library, today, HOME_DUE_DAYS);
            rows.extend(due.into_iter().map(HomeRow::Due));
        }
        let reviewed = (0..self.reviewed.len()).filter(|&i| {
            talkprep::search::folded_contains_all(
                &talkprep::search::fold(&self.reviewed[i].client),
                &inputs.query,
            )
        });
        let filtering = !inputs.query.trim().is_empty();
        // Unfiltered, the few clients reviewed last; the filter finds any of them.
        let shown = if filtering {
            usize::MAX
        } else {
            HOME_REVIEWS_SHOWN
        };
        rows.extend(reviewed.take(shown).map(HomeRow::Review));
        rows.extend(visible.iter().copied().map(HomeRow::Sheet));
        HomeCache {
            inputs,
            titles,
            visible,
            rows,
        }
    }
}

/// How many clients' verdicts home lists when nothing is typed in the filter.
const HOME_REVIEWS_SHOWN: usize = 5;

/// How far ahead home lists follow-ups: what is overdue, due today, and due in the next week.
const HOME_DUE_DAYS: i32 = 7;

/// What the home list depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
struct HomeInputs {
    library_rev: u64,
    query: String,
    today: Option<jiff::civil::Date>,
}

/// The home list worked out once for its inputs.
#[derive(Debug, Clone)]
pub(crate) struct HomeCache {
    inputs: HomeInputs,
    /// Each scenario's title, folded, by id: a filter matches it beside the sheet's words.
    titles: std::sync::Arc<HashMap<String, String>>,
    visible: Vec<usize>,
    rows: Vec<HomeRow>,
}
