//! Red-flag reviews on disk: `<data>/reviews/<review-id>.json`, saved crash-safely like sheets
//! (temporary file, fsync, rename; folder 0700, files 0600). A file that is not a review is
//! set aside as `<name>.corrupt-<stamp>`, never deleted.

use std::path::{Path, PathBuf};

use crate::flags::{
    REVIEW_SCHEMA_VERSION, Review, ReviewError, review_from_json, review_to_json, same_client,
    sort_oldest_first,
};
use crate::search::fold;
use crate::sheet::SheetId;

use super::error::StoreError;
use super::scan::{Found, problem_lines};
use super::{MAX_REVIEW_BYTES, Refused, Store, Unreadable, fsio};

/// Every readable review, and the files that could not be listed.
#[derive(Debug, Default)]
pub struct ReviewListing {
    /// Readable reviews, oldest first.
    pub reviews: Vec<Review>,
    /// Files that are not reviews, left where they are.
    pub unreadable: Vec<Unreadable<ReviewError>>,
    /// Files left in place but not listed: from a newer talkprep, badly named, unreadable.
    pub refused: Vec<Refused>,
}

impl ReviewListing {
    /// Every problem as one line, for a status bar or standard error.
    pub fn problems(&self) -> Vec<crate::i18n::Message> {
        problem_lines(&self.unreadable, &self.refused)
    }
}

impl Store {
    /// The folder of red-flag reviews.
    pub fn reviews_dir(&self) -> PathBuf {
        self.root.join("reviews")
    }

    /// Where the review `id` is (or would be).
    pub fn review_path(&self, id: &SheetId) -> PathBuf {
        self.reviews_dir().join(id.file_name())
    }

    /// Writes `review` to `<data>/reviews/<id>.json` crash-safely and returns the path. The
    /// review must have an id (see [`Review::assign_identity`]).
    ///
    /// Refuses to replace a review written by a newer talkprep; an unreadable file in the way
    /// is set aside first. This save does not check that the file is still the one saved
    /// last: the app uses [`Store::save_review_versioned`].
    pub fn save_review(&self, review: &Review) -> Result<PathBuf, StoreError> {
        let (dir, id) = self.review_dir_for(review)?;
        let path = self.review_path(&id);
        let _lock = self.write_lock()?;
        if let Some(bytes) = fsio::read_if_exists(&path, MAX_REVIEW_BYTES)? {
            match review_from_json(&bytes) {
                Ok(_) => {}
                Err(ReviewError::NewerVersion { found, .. }) => {
                    return Err(StoreError::WouldOverwriteNewer {
                        path,
                        found,
                        supported: REVIEW_SCHEMA_VERSION,
                    });
                }
                Err(_) => {
                    if !self.settled(&path, &bytes) {
                        return Err(StoreError::BeingWritten { path });
                    }
                    self.set_aside(&path)?;
                }
            }
        }
        fsio::write_atomic(&dir, &path, review_to_json(review).as_bytes())?;
        Ok(path)
    }

    /// The reviews folder, made if needed, and the id of `review` if it is a safe file name:
    /// what every save of a review starts with.
    pub(super) fn review_dir_for(&self, review: &Review) -> Result<(PathBuf, SheetId), StoreError> {
        let dir = self.reviews_dir();
        let id = SheetId::parse(&review.id).map_err(|source| StoreError::BadId {
            id: review.id.clone(),
            dir: dir.clone(),
            reason: source,
        })?;
        fsio::private_dir(&dir)?;
        Ok((dir, id))
    }

    /// Reads the review `id`.
    pub fn load_review(&self, id: &SheetId) -> Result<Review, StoreError> {
        let path = self.review_path(id);
        let Some(bytes) = fsio::read_if_exists(&path, MAX_REVIEW_BYTES)? else {
            return Err(StoreError::ReviewNotFound {
                id: id.clone(),
                path,
            });
        };
        review_from_json(&bytes).map_err(|source| StoreError::Review {
            path,
            reason: source,
        })
    }

    /// Every review, oldest first. Moves, locks and writes nothing: files that are not
    /// reviews are reported in [`ReviewListing::unreadable`], reviews from a newer talkprep
    /// in [`ReviewListing::refused`]. No reviews folder yet means no reviews.
    pub fn list_reviews(&self) -> Result<ReviewListing, StoreError> {
        let dir = self.reviews_dir();
        let scan = self.scan(&dir, MAX_REVIEW_BYTES, parse_review)?;
        let mut listing = ReviewListing {
            reviews: scan.items,
            unreadable: scan
                .unreadable
                .into_iter()
                .map(|(path, error)| Unreadable { path, error })
                .collect(),
            refused: scan.refused,
        };
        sort_oldest_first(&mut listing.reviews);
        Ok(listing)
    }

    /// The reviews of `client` (case, accents and outer spaces ignored), oldest first.
    pub fn reviews_for(&self, client: &str) -> Result<ReviewListing, StoreError> {
        let mut listing = self.list_reviews()?;
        listing.reviews.retain(|r| same_client(&r.client, client));
        Ok(listing)
    }

    /// Client names known from sheets and reviews, for completion: one spelling per client
    /// (the most recent), sorted ignoring case and accents. Unreadable files are skipped here
    /// (listing sheets or reviews reports them).
    pub fn known_clients(&self) -> Result<Vec<String>, StoreError> {
        let sheets = self.list()?;
        let reviews = self.list_reviews()?;
        // (time, name), newest spelling wins.
        let mut named: Vec<(jiff::Timestamp, String)> = sheets
            .sheets
            .iter()
            .map(|s| (s.updated, s.client.trim().to_owned()))
            .chain(
                reviews
                    .reviews
                    .iter()
                    .map(|r| (r.created, r.client.trim().to_owned())),
            )
            .filter(|(_, name)| !name.is_empty())
            .collect();
        named.sort_by_key(|n| std::cmp::Reverse(n.0));
        let mut names: Vec<(String, String)> = Vec::new();
        for (_, name) in named {
            let key = fold(&name);
            if !names.iter().any(|(k, _)| *k == key) {
                names.push((key, name));
            }
        }
        names.sort();
        Ok(names.into_iter().map(|(_, name)| name).collect())
    }
}

pub(super) fn parse_review(path: &Path, id: &SheetId, bytes: &[u8]) -> Found<Review, ReviewError> {
    match review_from_json(bytes) {
        Ok(review) if review.id == id.as_str() => Found::Item(Box::new(review)),
        Ok(review) => Found::Refused(StoreError::IdMismatch {
            path: path.to_path_buf(),
            expected: id.as_str().to_owned(),
            found: review.id,
        }),
        Err(source @ ReviewError::NewerVersion { .. }) => Found::Refused(StoreError::Review {
            path: path.to_path_buf(),
            reason: source,
        }),
        Err(error) => Found::Corrupt(error),
    }
}
