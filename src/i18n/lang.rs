//! Which of the four languages a user means, from a code or a locale tag.

pub use crate::tone::Lang;

/// The language a code or locale tag names: `fr`, `FR`, `fr-FR`, `fr_CA.UTF-8`, `pl_PL@euro`.
/// `C`, `POSIX` and languages talkprep does not speak give `None`.
pub fn lang_from_tag(tag: &str) -> Option<Lang> {
    let primary = tag
        .trim()
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or_default();
    primary.parse().ok()
}

impl Lang {
    /// The language's identifier for Fluent, whose plural rules it selects.
    pub(crate) fn langid(self) -> unic_langid::LanguageIdentifier {
        // The four codes are valid language subtags; the default (und) is never reached.
        self.code().parse().unwrap_or_default()
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// Files name their language by code; a tag (`fr-FR`) is read as its language, and a language
/// talkprep does not speak as English, so a hand-edited file still opens.
impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(lang_from_tag(&tag).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_name_their_primary_language() {
        assert_eq!(lang_from_tag("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(lang_from_tag("ro-RO"), Some(Lang::Ro));
        assert_eq!(lang_from_tag("C.UTF-8"), None);
        assert_eq!(lang_from_tag("POSIX"), None);
        assert_eq!(lang_from_tag(""), None);
        assert_eq!(lang_from_tag("de_DE"), None);
    }

    #[test]
    fn files_store_the_code_and_read_tags() {
        assert_eq!(serde_json::to_string(&Lang::Pl).unwrap(), "\"pl\"");
        assert_eq!(serde_json::from_str::<Lang>("\"ro-RO\"").unwrap(), Lang::Ro);
        assert_eq!(serde_json::from_str::<Lang>("\"de\"").unwrap(), Lang::En);
    }
}
