//! Reusable pieces of screen.

pub(crate) mod chrome;
pub(crate) mod control;
pub(crate) mod dialog;
pub(crate) mod wrap;
