//! Sheet ids: safe file-name stems such as `20261123-acme-studio-3f9a`.

use crate::i18n::Message;
use std::fmt;
use std::str::FromStr;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use rand::Rng;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Longest id accepted, in characters.
pub const MAX_ID_LEN: usize = 64;

/// Longest client slug inside a generated id, in characters.
const MAX_SLUG_LEN: usize = 24;

/// Names Windows reserves for devices; `con.json` cannot be created there.
const RESERVED: [&str; 4] = ["con", "prn", "aux", "nul"];

/// A sheet id: 1 to 64 characters of `[a-z0-9-]`, no leading or trailing hyphen.
///
/// It is the file name stem of the sheet on disk, so it can never name a path outside the
/// sheets folder.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SheetId(String);

/// Why a text is not a valid sheet id. Its words are [`IdError::message`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    /// The text is empty.
    Empty,
    /// The text is longer than [`MAX_ID_LEN`].
    TooLong {
        /// Characters found.
        len: usize,
        /// Characters allowed.
        max: usize,
    },
    /// A character outside `[a-z0-9-]`.
    BadChar {
        /// The offending character.
        found: char,
        /// Its position, counted in characters from 1.
        index: usize,
    },
    /// Starts or ends with a hyphen.
    EdgeHyphen,
    /// A device name reserved on Windows (`con`, `nul`, `com1`...).
    Reserved(String),
}

impl IdError {
    /// What to tell the user, by catalogue key.
    pub fn message(&self) -> Message {
        match self {
            IdError::Empty => Message::new("error.id.empty"),
            IdError::TooLong { len, max } => Message::new("error.id.too_long")
                .with("len", len.to_string())
                .with("max", max.to_string()),
            IdError::BadChar { found, index } => Message::new("error.id.bad_char")
                .with("found", found.escape_debug().to_string())
                .with("index", index.to_string()),
            IdError::EdgeHyphen => Message::new("error.id.edge_hyphen"),
            IdError::Reserved(name) => {
                Message::new("error.id.reserved").with("name", name.escape_debug().to_string())
            }
        }
    }
}

impl std::fmt::Display for IdError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl SheetId {
    /// Checks `text` and wraps it.
    pub fn parse(text: &str) -> Result<SheetId, IdError> {
        if text.is_empty() {
            return Err(IdError::Empty);
        }
        let len = text.chars().count();
        if len > MAX_ID_LEN {
            return Err(IdError::TooLong {
                len,
                max: MAX_ID_LEN,
            });
        }
        if let Some((i, found)) = text
            .chars()
            .enumerate()
            .find(|(_, c)| !matches!(c, 'a'..='z' | '0'..='9' | '-'))
        {
            return Err(IdError::BadChar {
                found,
                index: i + 1,
            });
        }
        if text.starts_with('-') || text.ends_with('-') {
            return Err(IdError::EdgeHyphen);
        }
        if is_reserved(text) {
            return Err(IdError::Reserved(text.to_owned()));
        }
        Ok(SheetId(text.to_owned()))
    }

    /// A fresh id `yyyymmdd-<client-slug>-<4 random hex>`, dated in the system time zone.
    pub fn generate(client: &str, now: Timestamp) -> SheetId {
        let date = now.to_zoned(TimeZone::system()).date();
        SheetId::from_parts(date, client, rand::rng().random())
    }

    /// The id [`SheetId::generate`] would give on `date` with the random `suffix`; use it
    /// where the id must be reproducible (tests, fixtures).
    pub fn from_parts(date: Date, client: &str, suffix: u16) -> SheetId {
        // Years before 0 would add a leading '-'; clamp so the id is always valid.
        let year = date.year().clamp(0, 9999);
        let text = format!(
            "{year:04}{:02}{:02}-{}-{suffix:04x}",
            date.month(),
            date.day(),
            slug(client)
        );
        debug_assert!(SheetId::parse(&text).is_ok(), "generated id {text:?}");
        SheetId(text)
    }

    /// The id this sheet should take once its client is known: `yyyymmdd-<client>-xxxx`, the
    /// same date and suffix, when this id is still the blank `yyyymmdd-sheet-xxxx` a new sheet
    /// starts with and the client's name gives a slug of its own; `None` otherwise (already
    /// named, or nothing to name it after).
    pub fn named_for(&self, client: &str) -> Option<SheetId> {
        let (date, rest) = self.0.split_at_checked(8)?;
        let suffix = rest.strip_prefix("-sheet-")?;
        let blank = date.bytes().all(|b| b.is_ascii_digit())
            && suffix.len() == 4
            && suffix.bytes().all(|b| b.is_ascii_hexdigit());
        let name = slug(client);
        if !blank || name == "sheet" {
            return None;
        }
        SheetId::parse(&format!("{date}-{name}-{suffix}")).ok()
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The file name of this sheet, `<id>.json`.
    pub fn file_name(&self) -> String {
        format!("{}.json", self.0)
    }
}

/// Turns a client name into `[a-z0-9-]`, at most 24 characters; `sheet` if nothing is left.
///
/// Diacritics are folded (`Zoë` → `zoe`), every other character becomes `-`, runs of `-` are
/// squeezed and edge hyphens trimmed.
pub fn slug(client: &str) -> String {
    let mut out = String::new();
    for c in client.nfkd().filter(|c| !is_combining_mark(*c)) {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() > MAX_SLUG_LEN {
            break;
        }
    }
    // Only ASCII is pushed, so byte length is character length.
    if out.len() > MAX_SLUG_LEN {
        let cut_inside_a_word = out.as_bytes()[MAX_SLUG_LEN] != b'-';
        out.truncate(MAX_SLUG_LEN);
        // "marta-kowalski-brightlea" reads worse than "marta-kowalski".
        if cut_inside_a_word && let Some(at) = out.rfind('-') {
            out.truncate(at);
        }
    }
    let trimmed = out.trim_matches('-');
    if trimmed.is_empty() {
        "sheet".to_owned()
    } else {
        trimmed.to_owned()
    }
}

fn is_reserved(text: &str) -> bool {
    if RESERVED.contains(&text) {
        return true;
    }
    // com0..com9 and lpt0..lpt9.
    let bytes = text.as_bytes();
    bytes.len() == 4
        && (text.starts_with("com") || text.starts_with("lpt"))
        && bytes[3].is_ascii_digit()
}

impl fmt::Display for SheetId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for SheetId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl FromStr for SheetId {
    type Err = IdError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SheetId::parse(s)
    }
}

impl TryFrom<String> for SheetId {
    type Error = IdError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        SheetId::parse(&value)
    }
}

impl From<SheetId> for String {
    fn from(id: SheetId) -> String {
        id.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use proptest::prelude::*;

    #[test]
    fn accepts_good_ids() {
        for ok in ["a", "0", "20261123-acme-3f9a", "a--b", &"x".repeat(64)] {
            assert_eq!(SheetId::parse(ok).unwrap().as_str(), ok);
        }
    }

    #[test]
    fn rejects_bad_ids() {
        assert_eq!(SheetId::parse(""), Err(IdError::Empty));
        assert_eq!(
            SheetId::parse(&"x".repeat(65)),
            Err(IdError::TooLong { len: 65, max: 64 })
        );
        assert_eq!(
            SheetId::parse("abC"),
            Err(IdError::BadChar {
                found: 'C',
                index: 3
            })
        );
        for bad in ["../x", "a/b", "a.json", "a b", "é", "a\0", "a_b"] {
            assert!(
                matches!(SheetId::parse(bad), Err(IdError::BadChar { .. })),
                "{bad:?}"
            );
        }
        assert_eq!(SheetId::parse("-a"), Err(IdError::EdgeHyphen));
        assert_eq!(SheetId::parse("a-"), Err(IdError::EdgeHyphen));
        assert_eq!(SheetId::parse("-"), Err(IdError::EdgeHyphen));
        for reserved in ["con", "nul", "com1", "lpt9"] {
            assert!(matches!(
                SheetId::parse(reserved),
                Err(IdError::Reserved(_))
            ));
        }
        assert!(SheetId::parse("com10").is_ok());
        assert!(SheetId::parse("console").is_ok());
    }

    #[test]
    fn error_messages_say_what_to_do() {
        let msg = SheetId::parse("A").unwrap_err().to_string();
        assert!(msg.contains("use lowercase"), "{msg}");
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Acme Studio"), "acme-studio");
        assert_eq!(slug("  Zoë & Björn's Café!! "), "zoe-bjorn-s-cafe");
        assert_eq!(slug("ﬁne"), "fine");
        assert_eq!(slug("Straße"), "stra-e");
        assert_eq!(slug("東京"), "sheet");
        assert_eq!(slug(""), "sheet");
        assert_eq!(slug("---"), "sheet");
        assert_eq!(
            slug("abcdefghijklmnopqrstuvwx yz"),
            "abcdefghijklmnopqrstuvwx"
        );
        // Cut at 24 on a hyphen: the trailing hyphen goes.
        assert_eq!(
            slug("abcdefghijklmnopqrstuvw yz"),
            "abcdefghijklmnopqrstuvw"
        );
    }

    #[test]
    fn generated_shape() {
        let id = SheetId::from_parts(date(2026, 11, 3), "Zoë Ltd.", 0x3f9);
        assert_eq!(id.as_str(), "20261103-zoe-ltd-03f9");
        assert_eq!(id.file_name(), "20261103-zoe-ltd-03f9.json");
        let id = SheetId::from_parts(date(-5, 1, 1), "", 0xffff);
        assert_eq!(id.as_str(), "00000101-sheet-ffff");
    }

    #[test]
    fn a_blank_id_takes_the_clients_name_once() {
        let blank = SheetId::from_parts(date(2026, 12, 1), "", 0x3f9a);
        assert_eq!(blank.as_str(), "20261201-sheet-3f9a");
        let named = blank.named_for("Marta Kowalski (Brightleaf)").unwrap();
        // Cut to 24 characters at a word's end.
        assert_eq!(named.as_str(), "20261201-marta-kowalski-3f9a");
        // Once named, it stays: a later change of client does not move the file again.
        assert_eq!(named.named_for("Someone Else"), None);
        // Nothing to name it after.
        assert_eq!(blank.named_for("  "), None);
        assert_eq!(blank.named_for("東京"), None);
        // Ids typed or imported by hand are never renamed.
        for other in [
            "sheet",
            "notes-sheet-3f9a",
            "2026120x-sheet-3f9a",
            "20261201-sheet-3f9",
        ] {
            assert_eq!(
                SheetId::parse(other).unwrap().named_for("Ana"),
                None,
                "{other}"
            );
        }
    }

    #[test]
    fn generate_uses_random_suffix() {
        let now = Timestamp::from_second(1_800_000_000).unwrap();
        let id = SheetId::generate("Acme", now);
        let s = id.as_str();
        assert!(s.contains("-acme-"), "{s}");
        assert_eq!(s.len(), 8 + 1 + 4 + 1 + 4);
        assert!(s[14..].chars().all(|c| c.is_ascii_hexdigit()));
    }

    #[test]
    fn serde_checks_ids() {
        let id: SheetId = serde_json::from_str("\"ab-1\"").unwrap();
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"ab-1\"");
        assert!(serde_json::from_str::<SheetId>("\"../etc\"").is_err());
    }

    proptest! {
        #[test]
        fn generated_ids_always_parse(client in any::<String>(), suffix in any::<u16>(),
                                       y in -9999i16..=9999, m in 1i8..=12, d in 1i8..=28) {
            let id = SheetId::from_parts(date(y, m, d), &client, suffix);
            prop_assert!(SheetId::parse(id.as_str()).is_ok(), "{}", id);
            prop_assert!(id.as_str().len() <= 8 + 1 + MAX_SLUG_LEN + 1 + 4);
        }

        #[test]
        fn parse_never_panics(text in any::<String>()) {
            let _ = SheetId::parse(&text);
        }
    }
}
