//! The interactive app: plain state (`app`), a pure `update`, a `view` that only draws, and an
//! event loop (`runtime`) that runs the effects. Key bindings live in one table (`keys`).

pub mod app;
pub mod cue;
pub mod flags_io;
pub mod flags_state;
pub mod form;
pub mod keys;
pub mod layout;
pub mod rehearse;
mod runtime;
pub mod screens;
mod terminal;
pub mod theme;
mod tty;
pub mod update;
pub mod view;
pub mod widgets;
pub mod wizard;

pub use runtime::{Start, run, run_at};
