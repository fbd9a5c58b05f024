//! The cue card: one calm screen to keep open during the call.

use talkprep::sheet::Sheet;

/// The cue card being shown.
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    /// The sheet it is drawn from.
    pub(crate) sheet: Sheet,
    /// Lines scrolled, when the terminal is too short for all of it.
    pub(crate) scroll: u16,
    /// Whether leaving goes back to the wizard's review (else home).
    pub(crate) from_wizard: bool,
}
