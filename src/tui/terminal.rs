//! Entering and leaving the terminal's app mode, also when a panic unwinds.

use std::io::{Stdout, stdout};

use anyhow::Result;
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// The terminal the app draws on.
pub(crate) type Term = Terminal<CrosstermBackend<Stdout>>;

/// Raw mode, alternate screen, bracketed paste and mouse capture on; a panic hook that turns
/// them all off again before the panic message prints.
pub(crate) fn enter(mouse: bool) -> Result<Term> {
    MOUSE.store(mouse, std::sync::atomic::Ordering::Relaxed);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        previous(info);
    }));
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    if mouse {
        execute!(stdout(), EnableMouseCapture)?;
    }
    Ok(Terminal::new(CrosstermBackend::new(stdout()))?)
}

/// Whether the app took the mouse (the configuration's `mouse`), for [`resume`].
static MOUSE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// App mode again after [`leave`] (an editor ran meanwhile): the modes back on and the whole
/// screen drawn afresh on the next frame.
pub(crate) fn resume(term: &mut Term) -> Result<()> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    if MOUSE.load(std::sync::atomic::Ordering::Relaxed) {
        execute!(stdout(), EnableMouseCapture)?;
    }
    term.clear()?;
    Ok(())
}

/// Every mode `enter` turned on, off again. Safe to call twice.
pub(crate) fn leave() {
    // Each step is attempted even when an earlier one fails: a half-restored terminal is worse.
    let _ = execute!(
        stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen
    );
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), crossterm::cursor::Show);
}
