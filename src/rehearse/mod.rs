//! Rehearsal: which push-back comes next, and how long an opener takes to say.

mod firmer;
mod rounds;
mod timing;

pub use firmer::firmer;
pub use rounds::RoundPicker;
pub use timing::{CALM_WORDS_PER_MINUTE, LONG_OPENER, Pace, pace, speaking_time, word_count};
