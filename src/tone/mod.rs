//! The tone checker: rules compiled from the bundled rulebooks into findings and a score.

mod report;

pub use report::*;
mod shim;
pub use shim::*;
