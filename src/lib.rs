//! talkprep: prepare a difficult client conversation in ten minutes.
//!
//! The domain core (`playbook`, `tone`, `sheet`, `store`, `flags`, `export`) is plain Rust with no
//! terminal in it; `cli` and `tui` are thin shells over it. See DESIGN.md.

pub mod cli;
pub mod export;
pub mod flags;
pub mod followup;
pub mod i18n;
pub mod playbook;
pub mod rehearse;
pub mod sanitize;
pub mod search;
pub mod sheet;
pub mod store;
pub mod tone;
pub mod tui;
