//! The languages with a bundled rulebook.

use std::fmt;
use std::str::FromStr;

/// A language with a bundled rulebook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// French.
    Fr,
    /// Polish.
    Pl,
    /// Romanian.
    Ro,
}

impl Lang {
    /// Every bundled language, English (the default) first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Pl, Lang::Ro];

    /// The language code used in rulebooks and reports: `en`, `fr`, `pl`, `ro`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Pl => "pl",
            Lang::Ro => "ro",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that is not bundled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language '{0}' (expected one of: en, fr, pl, ro)")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let code = s.trim().to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| UnknownLang(s.to_string()))
    }
}

/// A language choice as a user gives it: a language, or `auto` to detect it from the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum LangChoice {
    /// Detect the language with [`super::detect`].
    #[default]
    Auto,
    /// Use this language.
    Fixed(Lang),
}

impl LangChoice {
    /// The language to check `text` in.
    pub fn resolve(self, text: &str) -> Lang {
        match self {
            LangChoice::Auto => super::detect(text),
            LangChoice::Fixed(l) => l,
        }
    }

    /// The language to check `text` in, falling back to `fallback` (the sheet's or the
    /// interface's language) when `auto` cannot tell.
    pub fn resolve_or(self, text: &str, fallback: Lang) -> Lang {
        match self {
            LangChoice::Auto => super::detect_with_fallback(text, fallback).lang,
            LangChoice::Fixed(l) => l,
        }
    }

    /// `auto` or the language code.
    pub fn code(self) -> &'static str {
        match self {
            LangChoice::Auto => "auto",
            LangChoice::Fixed(l) => l.code(),
        }
    }
}

impl FromStr for LangChoice {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.trim().eq_ignore_ascii_case("auto") {
            Ok(LangChoice::Auto)
        } else {
            s.parse().map(LangChoice::Fixed)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(l.code().parse::<Lang>(), Ok(l));
        }
        assert_eq!("RO".parse::<Lang>(), Ok(Lang::Ro));
        assert!("de".parse::<Lang>().is_err());
        assert_eq!("auto".parse::<LangChoice>(), Ok(LangChoice::Auto));
        assert_eq!("fr".parse::<LangChoice>(), Ok(LangChoice::Fixed(Lang::Fr)));
    }
}
