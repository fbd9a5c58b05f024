//! How long an opener takes to say at a calm pace.

use std::time::Duration;

use unicode_segmentation::UnicodeSegmentation;

/// A calm speaking pace: slower than conversation, as people speak when they mean it.
pub const CALM_WORDS_PER_MINUTE: u32 = 130;

/// Openers longer than this to say are worth shortening.
pub const LONG_OPENER: Duration = Duration::from_secs(20);

/// Words in `text`, in any language.
pub fn word_count(text: &str) -> usize {
    text.unicode_words().count()
}

/// How long `text` takes to say at [`CALM_WORDS_PER_MINUTE`], with a short breath per sentence.
pub fn speaking_time(text: &str) -> Duration {
    let words = word_count(text) as u64;
    let sentences = text
        .split(['.', '?', '!'])
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .count() as u64;
    let millis =
        words * 60_000 / u64::from(CALM_WORDS_PER_MINUTE) + sentences.saturating_sub(1) * 400;
    Duration::from_millis(millis)
}

/// How a timed run compares with the calm-pace estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    /// Well under the estimate: rushing.
    Rushed,
    /// Within a quarter (and at least a second) of the estimate.
    Calm,
    /// Well over the estimate: long pauses, or more words than it looks.
    Slow,
}

/// How `spoken` compares with `estimate` (see [`speaking_time`]).
pub fn pace(spoken: Duration, estimate: Duration) -> Pace {
    let slack = (estimate / 4).max(Duration::from_secs(1));
    if spoken + slack < estimate {
        Pace::Rushed
    } else if spoken > estimate + slack {
        Pace::Slow
    } else {
        Pace::Calm
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_run_is_compared_with_the_estimate() {
        use super::{Pace, pace};
        use std::time::Duration;
        let s = Duration::from_secs;
        assert_eq!(pace(s(5), s(8)), Pace::Rushed);
        assert_eq!(pace(s(7), s(8)), Pace::Calm);
        assert_eq!(pace(s(10), s(8)), Pace::Calm);
        assert_eq!(pace(s(11), s(8)), Pace::Slow);
        assert_eq!(pace(s(2), s(2)), Pace::Calm);
        assert_eq!(
            pace(Duration::from_millis(1100), s(2)),
            Pace::Calm,
            "a second of slack"
        );
    }

    use super::*;

    #[test]
    fn counts_words_in_any_script() {
        assert_eq!(word_count("Hi Acme, can we talk about invoice 031?"), 8);
        assert_eq!(word_count("Dzień dobry, czy możemy porozmawiać?"), 5);
        assert_eq!(word_count(""), 0);
    }

    #[test]
    fn a_short_opener_is_a_few_seconds() {
        let t =
            speaking_time("Hi Acme Ltd, can you help me understand where invoice 2026-031 stands?");
        assert!(
            t >= Duration::from_secs(4) && t <= Duration::from_secs(8),
            "{t:?}"
        );
    }

    #[test]
    fn sixty_five_words_take_thirty_seconds() {
        let text = "word ".repeat(65);
        assert_eq!(speaking_time(&text), Duration::from_secs(30));
        assert!(speaking_time(&text) > LONG_OPENER);
    }
}
