//! Reviews grouped by client, oldest first, and whether things got better or worse.

use super::review::Review;
use crate::search::fold;

/// How the latest review compares with the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Trend {
    /// Only one review so far.
    First,
    /// Fewer or lighter flags than last time.
    Better,
    /// More or heavier flags than last time.
    Worse,
    /// The same score.
    Same,
}

impl Trend {
    /// Compares an earlier review with a later one: an extreme item outweighs any score, then
    /// a lower score is better.
    pub fn between(earlier: &Review, later: &Review) -> Trend {
        let before = (earlier.extreme, earlier.score);
        let after = (later.extreme, later.score);
        match after.cmp(&before) {
            std::cmp::Ordering::Less => Trend::Better,
            std::cmp::Ordering::Greater => Trend::Worse,
            std::cmp::Ordering::Equal => Trend::Same,
        }
    }

    /// The trend of reviews sorted oldest first: the last against the one before it.
    pub fn of(reviews: &[Review]) -> Trend {
        match reviews {
            [.., earlier, later] => Trend::between(earlier, later),
            _ => Trend::First,
        }
    }

    /// A stable id for JSON output.
    pub fn id(self) -> &'static str {
        match self {
            Trend::First => "first",
            Trend::Better => "better",
            Trend::Worse => "worse",
            Trend::Same => "same",
        }
    }

    /// Catalogue key of the trend in words.
    pub fn key(self) -> &'static str {
        match self {
            Trend::First => "flags.trend.first",
            Trend::Better => "flags.trend.better",
            Trend::Worse => "flags.trend.worse",
            Trend::Same => "flags.trend.same",
        }
    }

    /// A one-character arrow: `↓` better, `↑` worse, `=` same, `·` first.
    pub fn arrow(self) -> &'static str {
        match self {
            Trend::First => "·",
            Trend::Better => "↓",
            Trend::Worse => "↑",
            Trend::Same => "=",
        }
    }
}

/// Whether two client names are the same client: case, accents and outer spaces ignored.
pub fn same_client(a: &str, b: &str) -> bool {
    fold(a.trim()) == fold(b.trim())
}

/// Every review of one client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientHistory {
    /// The client's name as written in the latest review.
    pub client: String,
    /// The reviews, oldest first.
    pub reviews: Vec<Review>,
}

impl ClientHistory {
    /// The latest review. A history always holds at least one.
    pub fn latest(&self) -> Option<&Review> {
        self.reviews.last()
    }

    /// How the latest review compares with the one before.
    pub fn trend(&self) -> Trend {
        Trend::of(&self.reviews)
    }
}

/// Sorts reviews oldest first (by creation time, then id).
pub fn sort_oldest_first(reviews: &mut [Review]) {
    reviews.sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
}

/// Groups reviews by client (see [`same_client`]), each group oldest first, groups in
/// alphabetical order of the folded name.
pub fn by_client(mut reviews: Vec<Review>) -> Vec<ClientHistory> {
    sort_oldest_first(&mut reviews);
    let mut groups: Vec<(String, ClientHistory)> = Vec::new();
    for review in reviews {
        let key = fold(review.client.trim());
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, group)) => {
                group.client = review.client.trim().to_owned();
                group.reviews.push(review);
            }
            None => groups.push((
                key,
                ClientHistory {
                    client: review.client.trim().to_owned(),
                    reviews: vec![review],
                },
            )),
        }
    }
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    groups.into_iter().map(|(_, g)| g).collect()
}

/// A row of block characters, one per score, scaled so `top` (or the highest score, if
/// higher) fills the cell: `▂▅█`.
pub fn sparkline(scores: &[u32], top: u32) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let top = scores.iter().copied().max().unwrap_or(0).max(top).max(1);
    scores
        .iter()
        .map(|&s| {
            let level = (u64::from(s) * 7).div_ceil(u64::from(top));
            BARS[level.min(7) as usize]
        })
        .collect()
}
