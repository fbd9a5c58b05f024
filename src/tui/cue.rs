//! The cue card: one calm screen to keep open during the call.

use crate::sheet::Sheet;

/// The cue card being shown.
#[derive(Debug, Clone)]
pub struct Cue {
    /// The sheet it is drawn from.
    pub sheet: Sheet,
    /// Lines scrolled, when the terminal is too short for all of it.
    pub scroll: u16,
    /// Whether leaving goes back to the wizard's review (else home).
    pub from_wizard: bool,
}
