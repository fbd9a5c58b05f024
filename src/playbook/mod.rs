//! The playbook: scenarios, openers, checklists and tips, bundled per language and
//! extendable by a user file.

mod schema;

pub use schema::*;
