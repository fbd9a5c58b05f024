//! Adding up ticked items into a verdict band.

use crate::playbook::{Band, FlagItem, RedFlags};

/// What kind of next step a band calls for, from its place among the playbook's bands.
///
/// With the bundled bands (`clear`, `pink`, `red`, `breaking`): the highest band is an exit,
/// the one below it (when there are at least three) a redirection plan, the rest are watched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NextStep {
    /// Follow the band's advice: watch, set expectations.
    Watch,
    /// Run the four-step redirection plan, with the four strategies.
    Redirect,
    /// Plan a tactful exit (breaking-point guidance, an exit prep).
    Exit,
}

/// The verdict on a set of ticked items.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict<'a> {
    /// Sum of the ticked items' weights.
    pub total: u32,
    /// The band reached; `None` only when the playbook has no bands.
    pub band: Option<&'a Band>,
    /// The band's rank from the lowest (0), counting bands in order of `min_score`.
    pub rank: usize,
    /// Whether an extreme item (insults, threats, abuse) is ticked: the band is then the last
    /// one whatever the total.
    pub extreme_hit: bool,
    /// The ticked items, the ones that weigh most first: extreme items, then by weight, then in
    /// playbook order.
    pub top_items: Vec<&'a FlagItem>,
    /// What the band calls for.
    pub next: NextStep,
}

impl Verdict<'_> {
    /// The band's id, or an empty string when the playbook has no bands.
    pub fn band_id(&self) -> &str {
        self.band.map_or("", |b| b.id.as_str())
    }
}

/// The bands in ascending order of `min_score` (stable for equal scores), as indices.
fn ranked(flags: &RedFlags) -> Vec<usize> {
    let mut order: Vec<usize> = (0..flags.bands.len()).collect();
    order.sort_by_key(|&i| flags.bands[i].min_score);
    order
}

/// The band a total falls in, with its rank: the highest band whose `min_score` the total
/// reaches, or the lowest band when it reaches none. Never decreases as the total grows.
pub fn band_for_total(flags: &RedFlags, total: u32) -> Option<(usize, &Band)> {
    let order = ranked(flags);
    let rank = order
        .iter()
        .rposition(|&i| flags.bands[i].min_score <= total)
        .unwrap_or(0);
    order.get(rank).map(|&i| (rank, &flags.bands[i]))
}

fn next_step(rank: usize, bands: usize) -> NextStep {
    if bands >= 2 && rank + 1 == bands {
        NextStep::Exit
    } else if bands >= 3 && rank + 2 == bands {
        NextStep::Redirect
    } else {
        NextStep::Watch
    }
}

/// Scores the `ticked` item ids against the playbook's checklist.
///
/// Ids the playbook does not know (an item removed since) are ignored, and an id ticked twice
/// counts once. Totals saturate instead of overflowing.
pub fn score<'a, S: AsRef<str>>(flags: &'a RedFlags, ticked: &[S]) -> Verdict<'a> {
    let mut top: Vec<(usize, &FlagItem)> = flags
        .items
        .iter()
        .enumerate()
        .filter(|(_, item)| ticked.iter().any(|t| t.as_ref() == item.id))
        .collect();
    // Two items with the same id: count the first only.
    let mut seen = std::collections::HashSet::new();
    top.retain(|(_, item)| seen.insert(item.id.as_str()));
    let total = top
        .iter()
        .fold(0u32, |sum, (_, item)| sum.saturating_add(item.weight));
    let extreme_hit = top.iter().any(|(_, item)| item.extreme);
    top.sort_by(|(ia, a), (ib, b)| {
        b.extreme
            .cmp(&a.extreme)
            .then(b.weight.cmp(&a.weight))
            .then(ia.cmp(ib))
    });
    let bands = flags.bands.len();
    let placed = if extreme_hit && bands > 0 {
        let order = ranked(flags);
        order.last().map(|&i| (bands - 1, &flags.bands[i]))
    } else {
        band_for_total(flags, total)
    };
    let (rank, band) = match placed {
        Some((rank, band)) => (rank, Some(band)),
        None => (0, None),
    };
    Verdict {
        total,
        band,
        rank,
        extreme_hit,
        top_items: top.into_iter().map(|(_, item)| item).collect(),
        next: next_step(rank, bands),
    }
}
