//! Red-flag reviews: the playbook's checklist scored into a verdict, kept per client and date
//! so the trend shows.
//!
//! Plain data and pure functions: no terminal, no command line, no files (the store keeps the
//! reviews). Weights, bands and the advice all come from the playbook; this module only adds
//! them up, picks the band and says which kind of next step the band calls for.

mod markdown;
mod review;
mod score;
mod trend;

pub use markdown::{band_title, markdown};
pub use review::{REVIEW_SCHEMA_VERSION, Review, ReviewError, review_from_json, review_to_json};
pub use score::{NextStep, Verdict, band_for_total, score};
pub use trend::{ClientHistory, Trend, by_client, same_client, sort_oldest_first, sparkline};

#[cfg(test)]
mod tests;
