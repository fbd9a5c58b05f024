//! The red-flag review: keys, pastes, clicks and effect results, pure like the rest of
//! `update`.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;

use super::{go_home, set_status};
use crate::tui::app::{App, Effect, Overlay, Screen, Tone};
use crate::tui::flags_state::{FlagsEffect, FlagsMsg, FlagsState, Focus, Page};
use crate::tui::form::TextField;
use crate::tui::keys::{Action, Scope};
use crate::tui::layout;
use crate::tui::layout::flags::checklist_areas;
use crate::tui::layout::verdict::{Target, scrolled_column};
use talkprep::flags::NextStep;

/// Opens the review screen on a fresh checklist, for `client` if given, and asks for the
/// known names and earlier reviews.
pub(crate) fn open(app: &mut App, client: Option<&str>) -> Vec<Effect> {
    let state = FlagsState::new(&app.playbook, app.lang, client);
    app.screen = Screen::Flags(Box::new(state));
    vec![Effect::Flags(FlagsEffect::Load)]
}

/// Opens a saved review on its verdict, as the review being edited: a change saves over it
/// (same id and date), Delete moves it to the trash.
pub(crate) fn open_saved(app: &mut App, review: talkprep::flags::Review) -> Vec<Effect> {
    let mut state = FlagsState::new(&app.playbook, app.lang, Some(&review.client));
    state.review = review.clone();
    state.page = Page::Verdict;
    app.screen = Screen::Flags(Box::new(state));
    vec![
        Effect::Flags(FlagsEffect::Load),
        Effect::Flags(FlagsEffect::Adopt {
            review: Box::new(review),
        }),
    ]
}

/// The scopes active on the review screen.
pub(crate) fn scopes(app: &App) -> Vec<Scope> {
    let Screen::Flags(f) = &app.screen else {
        return vec![Scope::Always];
    };
    match f.page {
        Page::Checklist if f.note.is_some() => {
            vec![Scope::Always, Scope::Form, Scope::Field, Scope::LineField]
        }
        Page::Checklist => match f.focus {
            Focus::Client => vec![
                Scope::Always,
                Scope::Form,
                Scope::FlagsClient,
                Scope::Field,
                Scope::LineField,
            ],
            // Next to the name field: no plain `q` quits here (Ctrl-Q does), so a name typed
            // after Enter moved on cannot close the app.
            Focus::Items => vec![
                Scope::Always,
                Scope::Form,
                Scope::Flags,
                Scope::FlagsChecklist,
            ],
        },
        Page::Verdict => {
            let mut scopes = vec![
                Scope::Always,
                Scope::Form,
                Scope::NotTyping,
                Scope::Flags,
                Scope::FlagsVerdict,
            ];
            match f.verdict(&app.playbook.red_flags).next {
                NextStep::Redirect => scopes.push(Scope::FlagsPlan),
                NextStep::Exit => scopes.push(Scope::FlagsExit),
                NextStep::Watch => {}
            }
            scopes
        }
    }
}

/// A save of the review when it has changes worth keeping.
/// A review whose file was deleted elsewhere is saved again only when asked (Ctrl-S).
pub(crate) fn save_if_dirty(f: &FlagsState) -> Option<Effect> {
    (f.dirty && f.worth_saving() && !f.deleted_elsewhere).then(|| save(f, false))
}

/// On a tick: ticks, kept notes and a new name are saved `AUTOSAVE_AFTER_MS` after the clock
/// first sees them unsaved, without leaving the screen. A note still being typed stays open
/// (leaving, quitting and signals keep it).
pub(crate) fn autosave(app: &mut App, now: u64) -> Vec<Effect> {
    let Some(f) = state(app) else {
        return Vec::new();
    };
    let Some(save) = save_if_dirty(f) else {
        f.unsaved_since_ms = None;
        return Vec::new();
    };
    let since = *f.unsaved_since_ms.get_or_insert(now);
    if now < since + super::AUTOSAVE_AFTER_MS {
        return Vec::new();
    }
    f.unsaved_since_ms = None;
    vec![save]
}

fn save(f: &FlagsState, recreate: bool) -> Effect {
    let mut review = f.review.clone();
    review.client = f.client_name();
    Effect::Flags(FlagsEffect::Save {
        review: Box::new(review),
        recreate,
    })
}

/// The state, when the review screen is shown.
fn state(app: &mut App) -> Option<&mut FlagsState> {
    match &mut app.screen {
        Screen::Flags(f) => Some(f),
        _ => None,
    }
}

/// Handles a key on the review screen.
pub(crate) fn key(app: &mut App, event: KeyEvent) -> Vec<Effect> {
    let action = app.keys.lookup(&event, &scopes(app));
    let Some(f) = state(app) else {
        return Vec::new();
    };
    match action {
        Some(Action::Help) => {
            app.overlay = Some(Overlay::Help);
            return Vec::new();
        }
        Some(Action::Quit) => {
            app.quit = true;
            // The note being written goes with the save.
            return super::save_if_dirty(app);
        }
        _ => {}
    }
    if f.note.is_some() {
        note_key(app, event, action);
        return Vec::new();
    }
    match (f.page, f.focus) {
        (Page::Checklist, Focus::Client) => client_key(app, event, action),
        (Page::Checklist, Focus::Items) => checklist_key(app, action),
        (Page::Verdict, _) => verdict_key(app, action),
    }
}

fn note_key(app: &mut App, event: KeyEvent, action: Option<Action>) {
    let App {
        screen, playbook, ..
    } = app;
    let Screen::Flags(f) = screen else {
        return;
    };
    match action {
        Some(Action::Back) => f.note = None,
        Some(Action::NextField | Action::PrevField | Action::Save) => commit_note(f, playbook),
        Some(Action::Commit) => commit_note(f, playbook),
        _ => {
            if let Some(note) = &mut f.note {
                note.key(event, action);
            }
        }
    }
}

/// Keeps the note being written (if any) on the review.
pub(crate) fn commit_note(f: &mut FlagsState, playbook: &talkprep::playbook::Playbook) {
    if let Some(note) = f.note.take() {
        f.set_note(playbook, &note.value());
    }
}

fn client_key(app: &mut App, event: KeyEvent, action: Option<Action>) -> Vec<Effect> {
    let Some(f) = state(app) else {
        return Vec::new();
    };
    match action {
        Some(Action::Save) => return save_now(app),
        Some(Action::Back) => return leave(app),
        Some(Action::Complete) => {
            if !f.complete() {
                f.focus = Focus::Items;
            }
        }
        Some(Action::PrevField) => {
            f.stop_completing();
            f.focus = Focus::Items;
        }
        Some(Action::Commit) if f.client_name().trim().is_empty() => {
            let text = app.cat().get("flags.need_client").to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::Commit) => {
            f.stop_completing();
            f.focus = Focus::Items;
            return start_from_last(app);
        }
        _ if event.code == KeyCode::Down => {
            f.stop_completing();
            f.focus = Focus::Items;
        }
        _ => {
            if f.client.key(event, action) {
                f.completing = None;
                f.client_changed();
                f.refresh_candidates();
            }
        }
    }
    Vec::new()
}

fn checklist_key(app: &mut App, action: Option<Action>) -> Vec<Effect> {
    let size = app.size;
    let App {
        screen, playbook, ..
    } = app;
    let Screen::Flags(f) = screen else {
        return Vec::new();
    };
    if action != Some(Action::ShowVerdict) {
        f.asked_empty = false;
    }
    match action {
        Some(Action::Save) => return save_now(app),
        Some(Action::Back) => return leave(app),
        Some(Action::NextField | Action::PrevField) => {
            f.focus = Focus::Client;
            f.refresh_candidates();
        }
        Some(Action::Up) => move_cursor(f, playbook, size, -1),
        Some(Action::Down) => move_cursor(f, playbook, size, 1),
        Some(Action::Toggle) => {
            f.toggle_current(playbook);
        }
        Some(Action::EditNote) => {
            if let Some(item) = f.current(playbook) {
                let note = f.review.note(&item.id).unwrap_or("").to_owned();
                f.note = Some(TextField::new(&note, true));
            }
        }
        Some(Action::ShowVerdict) => return show_verdict(app),
        _ => {}
    }
    Vec::new()
}

/// The height of the checklist's list for a terminal of `size`.
fn list_height(size: (u16, u16)) -> usize {
    let area = Rect::new(0, 0, size.0, size.1);
    let body = layout::frame(area).body;
    checklist_areas(body).list.height.saturating_sub(2) as usize
}

fn move_cursor(
    f: &mut FlagsState,
    playbook: &talkprep::playbook::Playbook,
    size: (u16, u16),
    by: isize,
) {
    let last = f.order.len().saturating_sub(1);
    f.cursor = f.cursor.saturating_add_signed(by).min(last);
    let rows = f.rows(playbook);
    f.list_top = f.visible_top(&rows, list_height(size));
}

/// Shows the verdict and saves the review; asks for the client's name first if it is blank.
fn show_verdict(app: &mut App) -> Vec<Effect> {
    let App {
        screen, playbook, ..
    } = app;
    let Screen::Flags(f) = screen else {
        return Vec::new();
    };
    if f.client_name().is_empty() {
        f.focus = Focus::Client;
        let text = app.cat().get("flags.need_client").to_owned();
        set_status(app, Tone::Bad, text);
        return Vec::new();
    }
    // A review with nothing ticked and no note would record "no pattern to worry about":
    // ask once before saving that, so a bare Enter never whitewashes a client.
    let empty = f.review.ticked.is_empty() && f.review.notes.values().all(|n| n.trim().is_empty());
    if empty && !std::mem::replace(&mut f.asked_empty, true) {
        let text = app.cat().get("flags.confirm_empty").to_owned();
        set_status(app, Tone::Bad, text);
        return Vec::new();
    }
    f.asked_empty = false;
    f.review.rescore(&playbook.red_flags);
    f.page = Page::Verdict;
    f.verdict_scroll = 0;
    f.plan_cursor = 0;
    if (f.dirty || f.review.id.is_empty()) && !f.deleted_elsewhere {
        vec![save(f, false)]
    } else {
        Vec::new()
    }
}

/// Saves now (Ctrl-S), or says why it cannot.
fn save_now(app: &mut App) -> Vec<Effect> {
    let Some(f) = state(app) else {
        return Vec::new();
    };
    if f.client_name().is_empty() {
        f.focus = Focus::Client;
        let text = app.cat().get("flags.need_client").to_owned();
        set_status(app, Tone::Bad, text);
        return Vec::new();
    }
    let recreate = std::mem::take(&mut f.deleted_elsewhere);
    vec![save(f, recreate)]
}

/// Leaves for home, saving a review worth keeping.
fn leave(app: &mut App) -> Vec<Effect> {
    go_home(app)
}

fn verdict_key(app: &mut App, action: Option<Action>) -> Vec<Effect> {
    let export_dir = app.export_dir.clone();
    let App {
        screen, playbook, ..
    } = app;
    let Screen::Flags(f) = screen else {
        return Vec::new();
    };
    let next = f.verdict(&playbook.red_flags).next;
    match action {
        Some(Action::Save) => return save_now(app),
        Some(Action::Back) => {
            f.page = Page::Checklist;
            f.focus = Focus::Items;
        }
        Some(Action::Up) if next == NextStep::Redirect => {
            f.plan_cursor = f.plan_cursor.saturating_sub(1);
            follow_plan_cursor(app);
        }
        Some(Action::Down) if next == NextStep::Redirect => {
            let last = playbook.redirection_plan.len().saturating_sub(1);
            f.plan_cursor = (f.plan_cursor + 1).min(last);
            follow_plan_cursor(app);
        }
        Some(Action::Up) => f.verdict_scroll = f.verdict_scroll.saturating_sub(1),
        Some(Action::Down) => f.verdict_scroll = f.verdict_scroll.saturating_add(1),
        Some(Action::PageUp) => f.verdict_scroll = f.verdict_scroll.saturating_sub(10),
        Some(Action::PageDown) => f.verdict_scroll = f.verdict_scroll.saturating_add(10),
        Some(Action::Toggle) if next == NextStep::Redirect => {
            return toggle_plan_step(f, f.plan_cursor);
        }
        Some(Action::ExpandWhy) => f.why_expanded = !f.why_expanded,
        Some(Action::Delete) if f.review.id.is_empty() => {
            let text = app.cat().get("flags.delete_unsaved").to_owned();
            set_status(app, Tone::Info, text);
        }
        Some(Action::Delete) => {
            let Ok(id) = talkprep::sheet::SheetId::parse(&f.review.id) else {
                return Vec::new();
            };
            // Deleting drops what was not saved yet: it goes with the review.
            f.dirty = false;
            app.screen = Screen::Home;
            return vec![Effect::DeleteReview(id), Effect::LoadLibrary];
        }
        Some(Action::ToggleTeam) if next == NextStep::Redirect => {
            f.review.team = !f.review.team;
            f.dirty = true;
            return save_if_dirty(f).into_iter().collect();
        }
        Some(Action::ExitPrep) if next == NextStep::Exit => {
            let facts = found_facts(f, playbook);
            return exit_prep(f, &playbook.red_flags.exit_scenario, facts);
        }
        Some(Action::Export) => {
            if f.review.id.is_empty() {
                let text = app.cat().get("flags.export_unsaved").to_owned();
                set_status(app, Tone::Bad, text);
                return Vec::new();
            }
            let path = export_dir.join(format!("{}.md", f.review.id));
            let history: Vec<talkprep::flags::Review> = f
                .reviews
                .iter()
                .filter(|r| talkprep::flags::same_client(&r.client, &f.review.client))
                .cloned()
                .collect();
            let cat = crate::tui::keys::catalog_with_keys(app.lang, app.keys);
            let text = talkprep::flags::markdown(&f.review, &history, playbook, cat);
            return vec![super::export_to(app, path, text)];
        }
        _ => {}
    }
    Vec::new()
}

/// Starts the review from the client's last one (see [`FlagsState::start_from_last`]) and says
/// so; taking up today's review notes its file's version, so saving replaces it.
fn start_from_last(app: &mut App) -> Vec<Effect> {
    let today = app.now_local.map(|now| now.date());
    let App {
        screen, playbook, ..
    } = app;
    let (Screen::Flags(f), Some(today)) = (screen, today) else {
        return Vec::new();
    };
    let Some((day, editing)) = f.start_from_last(today, &playbook.red_flags) else {
        return Vec::new();
    };
    let client = talkprep::sanitize::single_line(&f.client_name());
    let adopt = editing.then(|| {
        Effect::Flags(FlagsEffect::Adopt {
            review: Box::new(f.review.clone()),
        })
    });
    let cat = app.cat();
    let date = talkprep::i18n::format_date(day, cat);
    let text = if editing {
        cat.fill("flags.editing_today", &[("client", &client)])
    } else {
        cat.fill(
            "flags.started_from_last",
            &[("client", &client), ("date", &date)],
        )
    };
    set_status(app, Tone::Info, text);
    adopt.into_iter().collect()
}

/// What the review found, for the facts of an exit prep: each ticked item, with its note.
fn found_facts(f: &FlagsState, playbook: &talkprep::playbook::Playbook) -> String {
    playbook
        .red_flags
        .items
        .iter()
        .filter(|item| f.review.ticked.contains(&item.id))
        .map(|item| match f.review.note(&item.id) {
            Some(note) => format!("- {}: {note}", item.title),
            None => format!("- {}", item.title),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Ticks or unticks a step of the redirection plan and saves at once.
fn toggle_plan_step(f: &mut FlagsState, step: usize) -> Vec<Effect> {
    match f.review.plan_done.iter().position(|&d| d == step) {
        Some(at) => {
            f.review.plan_done.remove(at);
        }
        None => {
            f.review.plan_done.push(step);
            f.review.plan_done.sort_unstable();
        }
    }
    f.dirty = true;
    save_if_dirty(f).into_iter().collect()
}

/// Saves the review if needed, then asks for an exit prep sheet for this client.
fn exit_prep(f: &mut FlagsState, scenario: &str, facts: String) -> Vec<Effect> {
    let mut effects: Vec<Effect> = save_if_dirty(f).into_iter().collect();
    effects.push(Effect::Flags(FlagsEffect::ExitPrep {
        client: f.client_name(),
        lang: f.review.lang,
        scenario: scenario.to_owned(),
        facts,
    }));
    effects
}

/// Scrolls the verdict page so the plan step under the cursor shows.
fn follow_plan_cursor(app: &mut App) {
    let body = layout::frame(Rect::new(0, 0, app.size.0, app.size.1)).body;
    let Screen::Flags(f) = &app.screen else {
        return;
    };
    let (area, lines) = scrolled_column(app, f, body);
    let target = Target::Plan(f.plan_cursor);
    let Some(first) = lines.iter().position(|t| t.target == Some(target)) else {
        return;
    };
    // The step's title and the first lines of its detail.
    let last = (first + 2).min(lines.len().saturating_sub(1));
    let height = area.height.max(1) as usize;
    let mut scroll = f.verdict_scroll as usize;
    if first < scroll {
        scroll = first;
    }
    if last >= scroll + height {
        scroll = last + 1 - height;
    }
    if let Some(f) = state(app) {
        f.verdict_scroll = u16::try_from(scroll).unwrap_or(u16::MAX);
    }
}

/// Text pasted in one piece goes to the note or the client field.
pub(crate) fn paste(app: &mut App, text: &str) -> Vec<Effect> {
    let Some(f) = state(app) else {
        return Vec::new();
    };
    // One line: a pasted line break becomes one space, however it was written.
    let text = text.replace("\r\n", "\n");
    let text = text.as_str();
    if let Some(note) = &mut f.note {
        note.insert(text);
    } else if f.page == Page::Checklist && f.focus == Focus::Client {
        f.client.insert(text);
        f.completing = None;
        f.client_changed();
        f.refresh_candidates();
    }
    Vec::new()
}

/// Applies the result of a review effect.
pub(crate) fn on_msg(app: &mut App, msg: FlagsMsg) -> Vec<Effect> {
    match msg {
        FlagsMsg::Loaded {
            clients,
            reviews,
            problems,
        } => {
            if let Some(f) = state(app) {
                f.known = clients;
                f.reviews = reviews;
                talkprep::flags::sort_oldest_first(&mut f.reviews);
                f.refresh_candidates();
            }
            let mut effects = Vec::new();
            if state(app).is_some_and(|f| f.focus == Focus::Items) {
                effects = start_from_last(app);
            }
            if !problems.is_empty() {
                let cat = app.cat();
                let said: Vec<String> = problems.iter().map(|p| p.render(cat)).collect();
                set_status(app, Tone::Bad, said.join(" "));
            }
            return effects;
        }
        FlagsMsg::Adopted => {}
        FlagsMsg::Saved(Ok(saved)) => {
            let client = talkprep::sanitize::single_line(&saved.client);
            if let Some(f) = state(app) {
                if f.review.id.is_empty() || f.review.id == saved.id {
                    f.review.id = saved.id.clone();
                    f.review.created = saved.created;
                    f.review.date = saved.date;
                    let mut current = f.review.clone();
                    current.client = f.client_name();
                    if current == *saved {
                        f.dirty = false;
                    }
                }
                if !f
                    .known
                    .iter()
                    .any(|k| talkprep::flags::same_client(k, &saved.client))
                {
                    f.known.push(saved.client.clone());
                }
                f.remember(*saved);
            }
            let text = app.cat().fill("flags.saved", &[("client", &client)]);
            set_status(app, Tone::Good, text);
        }
        FlagsMsg::SavedAsCopy(copy) => {
            if let Some(f) = state(app) {
                f.review.id = copy.id.clone();
                f.review.created = copy.created;
                f.review.date = copy.date;
                f.remember(*copy.clone());
            }
            let text = app.cat().fill("flags.saved_as_copy", &[("id", &copy.id)]);
            set_status(app, Tone::Bad, text);
        }
        FlagsMsg::DeletedElsewhere => {
            if let Some(f) = state(app) {
                f.deleted_elsewhere = true;
            }
            let text = app.cat().get("flags.deleted_elsewhere").to_owned();
            set_status(app, Tone::Bad, text);
        }
        FlagsMsg::Saved(Err(error)) => super::replies::save_failed(app, &error),
    }
    Vec::new()
}

#[path = "flags_mouse.rs"]
mod mouse;
pub(crate) use mouse::mouse;

#[cfg(test)]
#[path = "flags_tests.rs"]
mod tests;
