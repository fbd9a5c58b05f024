//! The event loop: terminal events and signals in, `update`, effects out, `view` drawn.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Result;
use talkprep::i18n::{Message, io_message};

use crate::cli::said;
use crossterm::event::{self, Event, KeyEventKind};

use super::app::{App, Effect, Msg};
use super::effects::{self, Env};
use super::theme::Theme;
use super::update::update;
use super::view::view;
use super::{terminal, tty};
use crate::cli::Outcome;
use talkprep::settings::Settings;
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
        return Err(said(Message::new("app.needs_terminal")));
    }
    let playbook = crate::cli::playbook(ctx)?;
    let store = Store::open(ctx.data_dir.clone())?;
    let export_dir = std::env::current_dir().unwrap_or_else(|_| ctx.data_dir.clone());
    let mut app = App::new(
        playbook,
        ctx.lang,
        Theme::from_env(ctx.theme.as_deref()),
        export_dir,
    );
    app.home_dir = directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_path_buf());
    app.in_tmux = std::env::var_os("TMUX").is_some();
    // The person's own keys: help, hints and every sentence naming a key read this table.
    let mut key_warnings = Vec::new();
    if !ctx.keys.is_empty() {
        let file = ctx
            .config_file
            .as_deref()
            .map(|f| talkprep::sanitize::single_line(&f.display().to_string()))
            .unwrap_or_default();
        let (keys, said) = app.keys.with_overrides(&ctx.keys, &file);
        // Built once for the life of the app, like the bundled table it stands in for.
        app.keys = Box::leak(Box::new(keys));
        key_warnings = said;
    }

    let stop = Arc::new(AtomicBool::new(false));
    // Interrupt and quit are handled like terminate: save, restore the terminal, leave.
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop)).map_err(|e| {
            said(Message::new("app.no_signals").with_message("detail", io_message(&e)))
        })?;
    }

    // Where the app opens is the first message, after the clock, the size and the library.
    let first = match start {
        Start::Home => None,
        Start::Flags { client } => Some(Msg::OpenFlags { client }),
        Start::Rehearse(id) => {
            let id = crate::cli::live_sheet(&store, &id)?;
            Some(Msg::OpenRehearsal(Box::new(store.load(&id)?)))
        }
    };

    // Signals also end a long idle wait at once; a resized window too.
    let wake = tty::Wake::on(&[
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
        signal_hook::consts::SIGWINCH,
    ])
    .map_err(|e| said(Message::new("app.no_signals").with_message("detail", io_message(&e))))?;
    watch_for_a_stuck_exit(Arc::clone(&stop));
    let mut term = terminal::enter(ctx.mouse)?;
    // A configuration that could not be used is said first (the defaults apply meanwhile).
    let first: Vec<Msg> = ctx
        .warnings
        .iter()
        .chain(&key_warnings)
        .map(|w| Msg::Done(Err(w.clone())))
        .chain(first)
        .collect();
    let result = event_loop(&mut term, &mut app, &store, &stop, &wake, first);
    terminal::leave();
    result?;
    // The terminal went away while the last save failed: keep the typing in a file of its
    // own, say where, and end with an error.
    let rescued = if !app.terminating {
        None
    } else if let Some(sheet) = app.unsaved_sheet() {
        let json = talkprep::sheet::to_json(sheet);
        Some((
            "quit.rescued",
            rescue(&store.recovered_dir(), &sheet.id, &json)?,
        ))
    } else if let Some(mut review) = app.unsaved_review() {
        review.assign_identity(jiff::Timestamp::now());
        let json = talkprep::flags::review_to_json(&review);
        let dir = store.recovered_reviews_dir();
        Some(("quit.rescued_review", rescue(&dir, &review.id, &json)?))
    } else {
        None
    };
    if let Some((key, path)) = rescued {
        return Err(said(Message::new(key).with(
            "path",
            talkprep::sanitize::single_line(&path.display().to_string()),
        )));
    }
    Ok(Outcome::Ok)
}

/// Writes `json` (a sheet or a review, `id`) to `<dir>/<id>-<time>.json` and returns the
/// path.
fn rescue(dir: &std::path::Path, id: &str, json: &str) -> Result<std::path::PathBuf> {
    let stamp = jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string();
    let path = dir.join(format!("{id}-{stamp}.json"));
    std::fs::create_dir_all(dir)
        .and_then(|()| {
            talkprep::store::write_file(&path, json.as_bytes()).map_err(std::io::Error::other)
        })
        .map_err(|e| {
            said(
                Message::new("quit.rescue_failed")
                    .with(
                        "path",
                        talkprep::sanitize::single_line(&path.display().to_string()),
                    )
                    .with_message("detail", io_message(&e)),
            )
        })?;
    Ok(path)
}

/// Runs the effects on a thread of its own, in the order `update` asked for them, so no save,
/// listing or open ever holds up a key or a frame. It owns the store's side of the app (the
/// open sheet's lock, the versions loaded: [`effects::Held`]).
struct EffectWorker {
    effects: std::sync::mpsc::Sender<Effect>,
    replies: std::sync::mpsc::Receiver<Option<Msg>>,
    /// Effects sent whose reply has not arrived.
    in_flight: usize,
}

impl EffectWorker {
    fn start(store: Store, env: Env, waker: tty::Waker) -> EffectWorker {
        let (effects, asked) = std::sync::mpsc::channel::<Effect>();
        let (answer, replies) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut held = effects::Held::default();
            while let Ok(effect) = asked.recv() {
                if answer
                    .send(effects::run(effect, &store, &env, &mut held))
                    .is_err()
                {
                    return;
                }
                waker.wake();
            }
        });
        EffectWorker {
            effects,
            replies,
            in_flight: 0,
        }
    }

    fn send(&mut self, effect: Effect) {
        // The worker only ends with the app.
        if self.effects.send(effect).is_ok() {
            self.in_flight += 1;
        }
    }

    /// The replies that arrived, in order.
    fn replies(&mut self) -> Vec<Msg> {
        let mut arrived = Vec::new();
        loop {
            match self.replies.try_recv() {
                Ok(reply) => {
                    self.in_flight = self.in_flight.saturating_sub(1);
                    arrived.extend(reply);
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => break,
                // A worker gone answers nothing more: nothing is waited for.
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    self.in_flight = 0;
                    break;
                }
            }
        }
        arrived
    }

    /// Waits at most `timeout` for the next reply.
    fn wait_for_reply(&mut self, timeout: Duration) -> Vec<Msg> {
        match self.replies.recv_timeout(timeout) {
            Ok(reply) => {
                self.in_flight = self.in_flight.saturating_sub(1);
                let mut arrived: Vec<Msg> = reply.into_iter().collect();
                arrived.extend(self.replies());
                arrived
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Vec::new(),
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                self.in_flight = 0;
                Vec::new()
            }
        }
    }

    /// Whether a reply is still to come (a save, say): the app does not end before it.
    fn busy(&self) -> bool {
        self.in_flight > 0
    }
}

fn event_loop(
    term: &mut terminal::Term,
    app: &mut App,
    store: &Store,
    stop: &AtomicBool,
    wake: &tty::Wake,
    first: Vec<Msg>,
) -> Result<()> {
    let env = Env::default();
    let started = Instant::now();
    let mut last_clock = Instant::now();
    let size = term.size()?;
    // Effects run on their own thread: the first frame never waits for the library.
    let mut worker = EffectWorker::start(store.clone(), env, wake.waker());
    worker.send(Effect::LoadLibrary);
    // Then, with the index just brought up to date, temp files left by a killed talkprep and
    // unreadable sheets that have settled are tidied, off the UI thread like every effect.
    worker.send(Effect::Tidy);
    let mut queue = vec![
        Msg::Clock(jiff::Zoned::now().datetime()),
        Msg::Resize(size.width, size.height),
        effects::rescued(store),
    ];
    queue.extend(first);
    let mut needs_draw = true;
    // Set once the end was asked for by a signal or a terminal gone: said to `update` once.
    let mut terminating = false;
    loop {
        queue.extend(worker.replies());
        for msg in std::mem::take(&mut queue) {
            // A tick redraws only when time changes what is shown; anything else always does.
            needs_draw |= !matches!(msg, Msg::Tick(_)) || app.is_waiting_on_time();
            for effect in update(app, msg) {
                if let Effect::EditOutside { field, text } = effect {
                    // The terminal is the editor's until it closes.
                    let text = super::editor::edit(term, &text);
                    queue.push(Msg::EditedOutside { field, text });
                    needs_draw = true;
                } else if matches!(effect, Effect::Copy { .. }) {
                    // It writes to the terminal, which only this thread may do.
                    let mut none = effects::Held::default();
                    queue.extend(effects::run(effect, store, &env, &mut none));
                } else {
                    worker.send(effect);
                }
            }
        }
        if !queue.is_empty() {
            continue;
        }
        // A save asked for on the way out answers first: a failed one keeps the app open.
        if app.quit {
            if !worker.busy() {
                return Ok(());
            }
            if terminating {
                // The terminal is going away: only the work already asked for matters now.
                queue.extend(worker.wait_for_reply(TICK));
                continue;
            }
        }
        if needs_draw {
            term.draw(|frame| view(app, frame))?;
            needs_draw = false;
        }
        if stop.load(Ordering::Relaxed) && !terminating {
            terminating = true;
            queue.push(Msg::Terminate);
            continue;
        }
        if last_clock.elapsed() >= CLOCK_EVERY {
            last_clock = Instant::now();
            queue.push(Msg::Clock(jiff::Zoned::now().datetime()));
        }
        // Idle means asleep: no timer, no status to clear, nothing to autosave.
        let wait = if app.is_waiting_on_time() {
            TICK
        } else {
            CLOCK_EVERY
        };
        let input = tty::wait(wait, wake);
        // The clock is read after waiting, so a key is timed when it arrives.
        queue.push(Msg::Tick(started.elapsed().as_millis() as u64));
        if input == tty::Input::Gone {
            if !terminating {
                terminating = true;
                queue.push(Msg::Terminate);
            }
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
                    if !terminating {
                        terminating = true;
                        queue.push(Msg::Terminate);
                    }
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
