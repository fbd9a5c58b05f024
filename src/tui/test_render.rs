//! Drawing the app into a test terminal and reading the screen back as text, for the tests
//! of every screen.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::app::App;
use super::view::view;

/// The screen as text at `width` x `height`, each row without trailing spaces.
pub(crate) fn render_at(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view(app, frame)).unwrap();
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..height {
        let line: String = (0..width)
            .map(|x| buffer[(x, y)].symbol().to_owned())
            .collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The screen as text at the app's own size.
pub(crate) fn render(app: &App) -> String {
    render_at(app, app.size.0, app.size.1)
}

thread_local! {
    /// The sheets the last [`super::app::Msg::library`] of this test listed: the store the
    /// test stands in for.
    static LISTED: std::cell::RefCell<Vec<talkprep::sheet::Sheet>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Remembers `sheets` as what the test's store holds.
pub(crate) fn remember(sheets: &[talkprep::sheet::Sheet]) {
    LISTED.with(|listed| *listed.borrow_mut() = sheets.to_vec());
}

/// Moves to the next (or previous) wizard step as a person does: Ctrl-N (Ctrl-P), or PgDn
/// (PgUp) while a multi-line answer has the keyboard, where Ctrl-N moves down a line.
pub(crate) fn change_step(app: &mut App, forward: bool) -> Vec<super::app::Effect> {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let in_multi_line = app
        .wizard()
        .and_then(|w| w.focused())
        .and_then(|c| c.as_text())
        .is_some_and(|t| !t.single_line);
    let event = match (in_multi_line, forward) {
        (true, true) => KeyEvent::new(KeyCode::PageDown, KeyModifiers::NONE),
        (true, false) => KeyEvent::new(KeyCode::PageUp, KeyModifiers::NONE),
        (false, true) => KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL),
        (false, false) => KeyEvent::new(KeyCode::Char('p'), KeyModifiers::CONTROL),
    };
    send(app, super::app::Msg::Key(event))
}

/// Updates `app` with `msg`, then answers what the store would answer for the sheets the
/// test listed (opening a sheet, reading one for the cue card or a follow-up), as the event
/// loop does. Returns the effects left.
pub(crate) fn send(app: &mut App, msg: super::app::Msg) -> Vec<super::app::Effect> {
    use super::app::{Effect, Msg};
    let effects = super::update::update(app, msg);
    let find = |id: &talkprep::sheet::SheetId| {
        LISTED.with(|listed| {
            listed
                .borrow()
                .iter()
                .find(|s| s.id == id.as_str())
                .cloned()
        })
    };
    let mut left = Vec::new();
    for effect in effects {
        match &effect {
            Effect::Open(id) => match find(id) {
                Some(sheet) => left.extend(send(
                    app,
                    Msg::Opened {
                        sheet: Box::new(sheet),
                        read_only: false,
                    },
                )),
                None => left.push(effect),
            },
            Effect::Fetch { id, then } => match find(id) {
                Some(sheet) => left.extend(send(
                    app,
                    Msg::Fetched {
                        sheet: Box::new(sheet),
                        then: then.clone(),
                    },
                )),
                None => left.push(effect),
            },
            _ => left.push(effect),
        }
    }
    left
}
