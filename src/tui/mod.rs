//! The interactive app: plain state (`app`), a pure `update`, a `view` that only draws, and an
//! event loop (`runtime`) that runs the effects. Key bindings live in one table (`keys`).

pub(crate) mod app;
pub(crate) mod cue;
mod editor;
mod effects;
pub(crate) mod flags_state;
pub(crate) mod form;
pub(crate) mod keys;
pub(crate) mod layout;
pub(crate) mod rehearse;
mod runtime;
pub(crate) mod screens;
mod terminal;
pub(crate) mod theme;
mod tty;
pub(crate) mod update;
pub(crate) mod view;
pub(crate) mod widgets;
pub(crate) mod wizard;

pub(crate) use runtime::{Start, run};

#[cfg(test)]
mod language_tests;
#[cfg(test)]
mod snapshot_tests;
#[cfg(test)]
mod test_render;
