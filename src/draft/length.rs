//! How long a message is to read, or a talk track to say.

use crate::rehearse::{speaking_time, word_count};

/// Words a person reads in a minute, taking in a message they care about.
const READING_WORDS_PER_MINUTE: usize = 200;

/// The length of a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Length {
    /// Words, in any language.
    pub words: usize,
    /// Whole minutes to read it (or, for a talk track, to say it), at least 1 for any text.
    pub minutes: u64,
}

/// The length of `text`: reading time for a message, speaking time for a talk track.
pub fn length(text: &str, spoken: bool) -> Length {
    let words = word_count(text);
    let minutes = if words == 0 {
        0
    } else if spoken {
        speaking_time(text).as_secs().div_ceil(60).max(1)
    } else {
        words.div_ceil(READING_WORDS_PER_MINUTE).max(1) as u64
    };
    Length { words, minutes }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_takes_a_minute_per_two_hundred_words() {
        assert_eq!(
            length("", false),
            Length {
                words: 0,
                minutes: 0
            }
        );
        assert_eq!(length("Hi Marta, thanks.", false).minutes, 1);
        let long = "word ".repeat(401);
        assert_eq!(
            length(&long, false),
            Length {
                words: 401,
                minutes: 3
            }
        );
    }

    #[test]
    fn a_talk_track_is_timed_at_a_calm_speaking_pace() {
        let text = "word ".repeat(260);
        assert_eq!(length(&text, true).minutes, 2);
    }
}
