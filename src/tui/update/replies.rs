//! What the effects answered: a save, a listing, a new sheet, a rehearsal ready, and where
//! the app opens.

use super::{RETRY_AFTER_MS, flags, rehearse, save_if_dirty, set_status};
use crate::tui::app::{App, Effect, Msg, Screen, Then, Tone};
use crate::tui::rehearse::Rehearse;
use crate::tui::wizard::{Step, Wizard};
use talkprep::i18n::Message;

/// Applies a reply from an effect (or a start-up message) to `app`.
pub(super) fn on_reply(app: &mut App, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Library(sheets, problems, reviews) => {
            app.library = sheets;
            app.reviewed = talkprep::flags::by_client(reviews);
            // The client reviewed last first.
            app.reviewed.sort_by(|a, b| {
                let last =
                    |h: &talkprep::flags::ClientHistory| h.latest().map(|r| (r.date, r.created));
                last(b).cmp(&last(a))
            });
            app.library_read = true;
            app.library_changed();
            let rows = app.home_rows().len();
            app.home.cursor = app.home.cursor.min(rows - 1);
            if !problems.is_empty() {
                let cat = app.cat();
                let said: Vec<String> = problems.iter().map(|p| p.render(cat)).collect();
                set_status(app, Tone::Bad, said.join(" "));
            }
        }
        // The next start offers to bring back what an earlier run could not save.
        Msg::Rescued(count) => {
            app.rescued = count;
            if count > 0 {
                let text = app.cat().fill("rescue.offer", &[("n", &count.to_string())]);
                set_status(app, Tone::Bad, text);
            }
        }
        Msg::BroughtBack(result) => {
            app.rescued = 0;
            let cat = app.cat();
            let (tone, text) = match result {
                Ok((back, copies)) => (
                    Tone::Good,
                    cat.fill(
                        "rescue.done",
                        &[
                            ("n", &(back + copies).to_string()),
                            ("copies", &copies.to_string()),
                        ],
                    ),
                ),
                Err(message) => (Tone::Bad, message.render(cat)),
            };
            set_status(app, tone, text);
            return vec![Effect::LoadLibrary];
        }
        Msg::Created(sheet) => {
            // An exit prep arrives holding the review's client and facts: kept like typing,
            // so leaving at once saves them instead of dropping them.
            let prefilled = !sheet.client.trim().is_empty();
            let mut wizard = Wizard::new(*sheet, Step::Who, false, &app.playbook);
            if prefilled {
                wizard.touch(app.now_ms);
            }
            app.screen = Screen::Wizard(Box::new(wizard));
        }
        Msg::Saved(Ok((seq, at))) => {
            if let Screen::Wizard(w) = &mut app.screen {
                saved(w, seq, at);
            }
        }
        Msg::SavedAsCopy { seq, at, copy } => {
            if let Screen::Wizard(w) = &mut app.screen {
                w.sheet.id = copy.as_str().to_owned();
                w.sheet.updated = at;
                w.on_disk = true;
                if seq == Some(w.edit_seq) {
                    w.dirty = false;
                }
            }
            let text = app
                .cat()
                .fill("wizard.saved_as_copy", &[("id", copy.as_str())]);
            set_status(app, Tone::Bad, text);
        }
        Msg::Renamed { seq, at, id } => {
            if let Screen::Wizard(w) = &mut app.screen {
                w.sheet.id = id.as_str().to_owned();
                saved(w, seq, at);
            }
        }
        Msg::DeletedElsewhere => {
            if let Screen::Wizard(w) = &mut app.screen {
                w.deleted_elsewhere = true;
            }
            let text = app.cat().get("wizard.deleted_elsewhere").to_owned();
            set_status(app, Tone::Bad, text);
        }
        Msg::Opened { sheet, read_only } => {
            if matches!(app.screen, Screen::Home) {
                super::home::opened(app, *sheet, read_only);
            }
        }
        Msg::Fetched { sheet, then } => {
            // Read for the home screen: once the person has moved on, it is not wanted.
            if matches!(app.screen, Screen::Home) {
                return match then {
                    Then::Cue => super::show_cue(app, *sheet, false),
                    Then::Rehearse => vec![Effect::StartRehearsal {
                        sheet,
                        from_wizard: false,
                    }],
                    Then::MarkDone { index, what, done } => {
                        super::home::marked_done(app, *sheet, index, &what, done)
                    }
                };
            }
        }
        Msg::Saved(Err(error)) => {
            if let Screen::Wizard(w) = &mut app.screen {
                w.last_edit_ms = app.now_ms + RETRY_AFTER_MS;
                w.save_by_ms = Some(app.now_ms + RETRY_AFTER_MS);
            }
            save_failed(app, &error);
        }
        Msg::ExportExists(path) => {
            let shown = path.display().to_string();
            let text = app.cat().fill("review.exists", &[("path", &shown)]);
            set_status(app, Tone::Bad, text);
            // Asked from the wizard: open the prompt again on the same path, so Enter replaces
            // the file and any edit picks another name.
            if let Screen::Wizard(w) = &mut app.screen {
                w.export_prompt = Some(crate::tui::form::TextField::new(&shown, true));
            }
            app.overwrite_ok = Some(path);
        }
        Msg::Done(Ok(text)) => set_status(app, Tone::Good, text),
        Msg::EditedOutside { field, text } => super::outside::read_back(app, field, text),
        Msg::Done(Err(error)) => {
            let text = error.render(app.cat());
            set_status(app, Tone::Bad, text);
        }
        Msg::Deleted(Ok(id)) => {
            app.undo.push(crate::tui::app::HomeUndo::Deleted(id));
            let text = app.cat().get("home.deleted").to_owned();
            set_status(app, Tone::Info, text);
            return vec![Effect::LoadLibrary];
        }
        Msg::Restored(Ok(_)) => {
            let text = app.cat().get("home.restored").to_owned();
            set_status(app, Tone::Good, text);
        }
        Msg::ReviewDeleted(Ok(id)) => {
            app.undo.push(crate::tui::app::HomeUndo::ReviewDeleted(id));
            let text = app.cat().get("home.review_deleted").to_owned();
            set_status(app, Tone::Info, text);
            return vec![Effect::LoadLibrary];
        }
        Msg::ReviewRestored(Ok(_)) => {
            let text = app.cat().get("home.review_restored").to_owned();
            set_status(app, Tone::Good, text);
            return vec![Effect::LoadLibrary];
        }
        Msg::Deleted(Err(error))
        | Msg::Restored(Err(error))
        | Msg::ReviewDeleted(Err(error))
        | Msg::ReviewRestored(Err(error)) => {
            let text = error.render(app.cat());
            set_status(app, Tone::Bad, text);
        }
        Msg::OpenRehearsal(sheet) => {
            return vec![Effect::StartRehearsal {
                sheet,
                from_wizard: false,
            }];
        }
        Msg::RehearsalReady {
            sheet,
            from_wizard,
            now,
            seed,
        } => {
            let mut rehearsal = Rehearse::new(*sheet, &app.playbook, now, seed);
            rehearsal.from_wizard = from_wizard;
            app.screen = Screen::Rehearse(Box::new(rehearsal));
        }
        Msg::OpenFlags { client } => return flags::open(app, client.as_deref()),
        Msg::Terminate => {
            app.quit = true;
            app.terminating = true;
            if matches!(app.screen, Screen::Rehearse(_)) {
                return rehearse::leave(app);
            }
            return save_if_dirty(app);
        }
        Msg::Key(_)
        | Msg::Paste(_)
        | Msg::Mouse(_)
        | Msg::Resize(..)
        | Msg::Tick(_)
        | Msg::Clock(_)
        | Msg::Flags(_) => {}
    }
    Vec::new()
}

/// A save failed: say so, and if the app was about to end, stay (unless the terminal is
/// going away), so that nobody leaves with their typing unsaved.
pub(crate) fn save_failed(app: &mut App, error: &Message) {
    let error = error.render(app.cat());
    if app.quit && !app.terminating {
        app.quit = false;
        let text = app.cat().fill("quit.save_failed", &[("error", &error)]);
        set_status(app, Tone::Bad, text);
    } else {
        set_status(app, Tone::Bad, error);
    }
}

/// The wizard's sheet is on disk as of `at`; clean unless it was edited after save `seq`.
fn saved(w: &mut Wizard, seq: Option<u64>, at: jiff::Timestamp) {
    w.sheet.updated = at;
    w.on_disk = true;
    if seq == Some(w.edit_seq) {
        w.dirty = false;
        w.save_by_ms = None;
    }
}
