//! Push-back rounds: every push-back comes up before any repeats, never twice in a row.

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

/// Deals push-back indices like a shuffled deck, reshuffled when it runs out.
#[derive(Debug, Clone)]
pub struct RoundPicker {
    count: usize,
    deck: Vec<usize>,
    last: Option<usize>,
    rng: StdRng,
}

impl RoundPicker {
    /// A picker over `count` push-backs; the same `seed` deals the same rounds.
    pub fn new(count: usize, seed: u64) -> RoundPicker {
        RoundPicker {
            count,
            deck: Vec::new(),
            last: None,
            rng: StdRng::seed_from_u64(seed),
        }
    }

    /// The next push-back, or `None` when there are none.
    pub fn next_round(&mut self) -> Option<usize> {
        if self.count == 0 {
            return None;
        }
        if self.deck.is_empty() {
            self.deck = (0..self.count).collect();
            self.deck.shuffle(&mut self.rng);
            // The deck is dealt from the end: keep last round's item off the top.
            if self.count > 1 && self.deck.last() == self.last.as_ref() {
                self.deck.swap(0, self.count - 1);
            }
        }
        let next = self.deck.pop();
        self.last = next;
        next
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use proptest::prelude::*;

    use super::*;

    #[test]
    fn none_without_push_backs() {
        assert_eq!(RoundPicker::new(0, 1).next_round(), None);
    }

    #[test]
    fn a_single_push_back_repeats() {
        let mut p = RoundPicker::new(1, 1);
        assert_eq!(p.next_round(), Some(0));
        assert_eq!(p.next_round(), Some(0));
    }

    proptest! {
        #[test]
        fn no_repeat_in_a_row_and_every_one_comes_up(count in 2usize..9, seed in any::<u64>()) {
            let mut p = RoundPicker::new(count, seed);
            let rounds: Vec<usize> = (0..count * 5).map(|_| p.next_round().unwrap()).collect();
            for pair in rounds.windows(2) {
                prop_assert_ne!(pair[0], pair[1]);
            }
            for chunk in rounds.chunks(count) {
                let seen: HashSet<_> = chunk.iter().collect();
                prop_assert_eq!(seen.len(), count);
            }
        }
    }
}
