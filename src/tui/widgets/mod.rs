//! Reusable pieces of screen.

pub mod chrome;
pub mod control;
pub mod dialog;
