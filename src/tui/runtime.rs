//! The event loop: terminal events and signals in, `update`, effects out, `view` drawn.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};
use base64::Engine as _;
use crossterm::event::{self, Event, KeyEventKind};
use jiff::Timestamp;

use super::app::{App, Effect, Msg};
use super::rehearse::Rehearse;
use super::theme::Theme;
use super::update::update;
use super::view::view;
use super::{terminal, tty};
use crate::cli::Outcome;
use talkprep::settings::Settings;
use talkprep::sheet::{Sheet, SheetId};
use talkprep::store::Store;

const TICK: Duration = Duration::from_millis(200);
/// How long a hang-up or terminate signal may take to end the app before the process ends.
const LAST_RESORT_AFTER: Duration = Duration::from_secs(3);
/// How often the local date and time are refreshed.
const CLOCK_EVERY: Duration = Duration::from_secs(5);

/// Where the app opens.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) enum Start {
    /// The home screen (`talkprep`).
    #[default]
    Home,
    /// Rehearsing the sheet with this id (`talkprep rehearse ID`).
    Rehearse(String),
    /// The red-flag checklist, for this client if given (`talkprep flags [--client NAME]`).
    Flags {
        /// The client's name to fill in.
        client: Option<String>,
    },
}

/// Opens the interactive app on `start`. Needs a terminal on both standard input and output.
pub(crate) fn run(ctx: &Settings, start: Start) -> Result<Outcome> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        bail!(
            "{}",
            talkprep::i18n::catalog(ctx.lang).get("app.needs_terminal")
        );
    }
    let playbook = crate::cli::playbook(ctx)?;
    let store = Store::open(ctx.data_dir.clone())
        .with_context(|| format!("cannot open the data folder {}", ctx.data_dir.display()))?;
    let export_dir = std::env::current_dir().unwrap_or_else(|_| ctx.data_dir.clone());
    let mut app = App::new(playbook, ctx.lang, Theme::from_env(), export_dir);
    app.home_dir = directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_path_buf());
    if let Start::Flags { client } = &start {
        super::flags_io::start(&mut app, &store, client.as_deref());
    }

    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))
            .context("cannot watch for signals")?;
    }

    let mut first = Vec::new();
    if let Start::Rehearse(id) = &start {
        let id = SheetId::parse(id)
            .map_err(|e| anyhow::anyhow!("{e}: see 'talkprep list' for the ids"))?;
        if !store.sheet_path(&id).exists() {
            bail!(
                "no sheet with id '{}': see 'talkprep list' for the ids",
                id.as_str()
            );
        }
        first.push(Effect::Rehearse(Box::new(store.load(&id)?), false));
    }

    watch_for_a_stuck_exit(Arc::clone(&stop));
    let mut term = terminal::enter()?;
    let result = event_loop(&mut term, &mut app, &store, &stop, first);
    terminal::leave();
    result.map(|()| Outcome::Ok)
}

fn event_loop(
    term: &mut terminal::Term,
    app: &mut App,
    store: &Store,
    stop: &AtomicBool,
    first: Vec<Effect>,
) -> Result<()> {
    let started = Instant::now();
    let mut last_clock = Instant::now();
    let size = term.size()?;
    let mut queue = vec![
        Msg::Clock(jiff::Zoned::now().datetime()),
        Msg::Resize(size.width, size.height),
        library(store),
    ];
    queue.extend(
        first
            .into_iter()
            .filter_map(|effect| run_effect(effect, app, store)),
    );
    loop {
        for msg in std::mem::take(&mut queue) {
            for effect in update(app, msg) {
                if let Some(reply) = run_effect(effect, app, store) {
                    queue.push(reply);
                }
            }
        }
        if !queue.is_empty() {
            continue;
        }
        if app.quit {
            return Ok(());
        }
        term.draw(|frame| view(app, frame))?;
        if stop.load(Ordering::Relaxed) {
            queue.push(Msg::Terminate);
            continue;
        }
        if last_clock.elapsed() >= CLOCK_EVERY {
            last_clock = Instant::now();
            queue.push(Msg::Clock(jiff::Zoned::now().datetime()));
        }
        let input = tty::wait(TICK);
        // The clock is read after waiting, so a key is timed when it arrives.
        queue.push(Msg::Tick(started.elapsed().as_millis() as u64));
        if input == tty::Input::Gone {
            queue.push(Msg::Terminate);
            continue;
        }
        // Everything crossterm has: a burst of keys arrives in one read, and resizes come
        // through crossterm's own signal pipe, not standard input.
        let wait = if cfg!(unix) { Duration::ZERO } else { TICK };
        loop {
            match event::poll(wait).and_then(|ready| ready.then(event::read).transpose()) {
                Ok(Some(ev)) => queue.extend(to_msg(ev)),
                Ok(None) => break,
                // A terminal that went away makes polling or reading fail: save and leave.
                Err(_) => {
                    queue.push(Msg::Terminate);
                    break;
                }
            }
            if !cfg!(unix) {
                break;
            }
        }
    }
}

/// If a hang-up or terminate signal is not followed by the app ending within
/// [`LAST_RESORT_AFTER`] (a terminal library stuck on a dead terminal), ends the process:
/// edits are autosaved within a second, so at most that much typing is lost.
fn watch_for_a_stuck_exit(stop: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(250));
        }
        std::thread::sleep(LAST_RESORT_AFTER);
        std::process::exit(1);
    });
}

fn to_msg(event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => Some(Msg::Key(key)),
        Event::Paste(text) => Some(Msg::Paste(text)),
        Event::Mouse(mouse) => Some(Msg::Mouse(mouse)),
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        _ => None,
    }
}

fn library(store: &Store) -> Msg {
    match store.list() {
        Ok(listing) => {
            let problems = listing.problems();
            Msg::Library(listing.sheets, problems)
        }
        Err(err) => Msg::Library(Vec::new(), vec![err.to_string()]),
    }
}

/// Runs one effect and returns what came of it.
fn run_effect(effect: Effect, app: &mut App, store: &Store) -> Option<Msg> {
    let cat = app.cat();
    match effect {
        Effect::Save(sheet, seq) => {
            let mut sheet = *sheet;
            let now = Timestamp::now();
            sheet.updated = now;
            Some(Msg::Saved(
                store
                    .save(&sheet)
                    .map(|_| (seq, now))
                    .map_err(|e| e.to_string()),
            ))
        }
        Effect::LoadLibrary => Some(library(store)),
        Effect::Create(lang) => {
            let now = Timestamp::now();
            let mut sheet = Sheet::new(SheetId::generate("", now), now);
            sheet.lang = lang;
            Some(Msg::Created(Box::new(sheet)))
        }
        Effect::Delete(id) => Some(Msg::Deleted(
            SheetId::parse(&id)
                .map_err(|e| e.to_string())
                .and_then(|sid| store.delete(&sid).map_err(|e| e.to_string()))
                .map(|_| id),
        )),
        Effect::Restore(id) => Some(Msg::Done(
            SheetId::parse(&id)
                .map_err(|e| e.to_string())
                .and_then(|sid| store.restore(&sid).map_err(|e| e.to_string()))
                .map(|_| cat.get("home.restored").to_owned()),
        )),
        Effect::Export(_, path, false) if path.exists() => Some(Msg::ExportExists(path)),
        Effect::Export(sheet, path, _) => {
            Some(Msg::Done(export(&sheet, &path, app).map(|()| {
                cat.fill("review.exported", &[("path", &path.display().to_string())])
            })))
        }
        Effect::Copy(text, done) => {
            let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
            let mut out = std::io::stdout();
            let written = write!(out, "\x1b]52;c;{encoded}\x07").and_then(|()| out.flush());
            Some(Msg::Done(written.map(|()| done).map_err(|e| e.to_string())))
        }
        Effect::Rehearse(sheet, from_wizard) => {
            let now = Timestamp::now();
            let seed = now.as_nanosecond() as u64;
            let mut rehearse = Rehearse::new(*sheet, &app.playbook, now, seed);
            rehearse.from_wizard = from_wizard;
            Some(Msg::Rehearsing(Box::new(rehearse)))
        }
        Effect::Quit => {
            app.quit = true;
            None
        }
        Effect::Flags(effect) => Some(super::flags_io::run(effect, app, store)),
    }
}

/// Writes the sheet as Markdown to `path`, never half-written.
fn export(sheet: &Sheet, path: &Path, app: &App) -> Result<(), String> {
    let cat = app.cat();
    let text = talkprep::export::markdown(&talkprep::export::outline(sheet, &app.playbook, cat));
    talkprep::store::write_file(path, text.as_bytes()).map_err(|e| e.to_string())
}
