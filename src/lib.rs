//! talkprep: prepare a difficult client conversation in ten minutes.
//!
//! This library is the domain core: the playbook, the tone checker, the prep sheet and its
//! store, the message or talk track built from a sheet, red-flag reviews, follow-ups, exports, rehearsal rounds, the interface's words and the
//! settings every shell resolves. It has no terminal, no argument parser and no `anyhow` in it;
//! the command line and the interactive app are private modules of the `talkprep` binary
//! (`src/main.rs`). See DESIGN.md.

pub mod config;
pub mod draft;
pub mod export;
pub mod flags;
pub mod followup;
pub mod i18n;
pub mod lookup;
pub mod playbook;
pub mod rehearse;
pub mod sanitize;
pub mod search;
pub mod settings;
pub mod sheet;
pub mod store;
pub mod tone;
