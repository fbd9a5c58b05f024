//! How to greet a client: the form of address the user chose, or one suggested from the name in
//! the client field where the language's rules make that safe ("Marta", "Pani Anno", "doamnă
//! Popescu"). The forms are the `address-*` messages of the catalogue; the names that break the
//! rules of thumb are in `assets/address.toml`.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::Sheet;
use crate::i18n::{Lang, catalog};

/// The names that the rules of thumb get wrong, per language.
#[derive(Debug, Default, Deserialize)]
struct Rules {
    business_words: Vec<String>,
    titles: Vec<String>,
    #[serde(default)]
    pl: LangRules,
    #[serde(default)]
    ro: LangRules,
}

#[derive(Debug, Default, Deserialize)]
struct LangRules {
    #[serde(default)]
    male_in_a: Vec<String>,
    #[serde(default)]
    female_other: Vec<String>,
    #[serde(default)]
    male_vocative: HashMap<String, String>,
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        // The file is bundled and checked by a test, so a parse error is a build defect; an
        // empty rule set then only means fewer suggestions.
        toml::from_str(include_str!("../../assets/address.toml")).unwrap_or_default()
    })
}

/// The words of the person's name in a client field: the part before a company in brackets,
/// a comma or a dash; `None` when it reads as a business, holds a digit or starts with a title.
fn name_words(client: &str) -> Option<Vec<&str>> {
    let end = client
        .find(['(', ',', '/', '|', '@', '–', '—'])
        .unwrap_or(client.len());
    let name = &client[..end];
    let name = name.split(" - ").next().unwrap_or(name);
    let words: Vec<&str> = name.split_whitespace().collect();
    let rules = rules();
    let plain = |w: &str| w.trim_end_matches('.').to_lowercase();
    let business = words.iter().any(|w| {
        w.chars().any(|c| c.is_ascii_digit()) || rules.business_words.iter().any(|b| *b == plain(w))
    });
    let titled = words
        .first()
        .is_some_and(|w| rules.titles.iter().any(|t| *t == plain(w)));
    let capitalised = words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    (!words.is_empty() && !business && !titled && capitalised).then_some(words)
}

/// The Polish vocative of a woman's first name ending in -a: Anna → Anno, Kasia → Kasiu.
fn female_vocative_pl(first: &str) -> String {
    let stem = &first[..first.len() - 1];
    let soft = ["si", "zi", "ci", "ni", "dzi"]
        .iter()
        .any(|e| stem.ends_with(e))
        || stem.ends_with('j')
        || (stem.ends_with('l') && first.chars().count() <= 4);
    format!("{stem}{}", if soft { "u" } else { "o" })
}

/// A form of address for `client` in `lang`, or `None` when no rule covers the name safely.
pub fn suggest_address(client: &str, lang: Lang) -> Option<String> {
    let words = name_words(client.trim())?;
    let first = *words.first()?;
    let cat = catalog(lang);
    let is_in = |list: &[String], name: &str| list.iter().any(|n| n == name);
    match lang {
        Lang::En | Lang::Fr => Some(first.to_owned()),
        Lang::Pl => {
            let rules = &rules().pl;
            if first.ends_with('a') && !is_in(&rules.male_in_a, first) {
                let name = female_vocative_pl(first);
                Some(cat.fill("address.female", &[("name", &name)]))
            } else {
                let name = rules.male_vocative.get(first)?;
                Some(cat.fill("address.male", &[("name", name)]))
            }
        }
        Lang::Ro => {
            let rules = &rules().ro;
            let surname = *words.get(1..)?.last()?;
            let female = (first.ends_with('a') && !is_in(&rules.male_in_a, first))
                || is_in(&rules.female_other, first);
            let key = if female {
                "address.female"
            } else {
                "address.male"
            };
            Some(cat.fill(key, &[("name", surname)]))
        }
    }
}

/// How the user greets the client of `sheet`: the form they typed, else a safe suggestion.
pub fn greeting_name(sheet: &Sheet) -> Option<String> {
    let typed = sheet.address.trim();
    if typed.is_empty() {
        suggest_address(&sheet.client, sheet.lang)
    } else {
        Some(typed.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(client: &str, lang: Lang) -> Option<String> {
        suggest_address(client, lang)
    }

    #[test]
    fn english_and_french_use_the_first_name() {
        assert_eq!(
            s("Marta Kowalski (Brightleaf Studio)", Lang::En).as_deref(),
            Some("Marta")
        );
        assert_eq!(s("Claire Leroy", Lang::Fr).as_deref(), Some("Claire"));
        assert_eq!(s("Dana", Lang::En).as_deref(), Some("Dana"));
    }

    #[test]
    fn polish_women_get_pani_and_the_vocative() {
        assert_eq!(s("Anna Nowak", Lang::Pl).as_deref(), Some("Pani Anno"));
        assert_eq!(
            s("Marta Kowalska, Brightleaf", Lang::Pl).as_deref(),
            Some("Pani Marto")
        );
        assert_eq!(
            s("Kasia Wiśniewska", Lang::Pl).as_deref(),
            Some("Pani Kasiu")
        );
        assert_eq!(s("Maja Lis", Lang::Pl).as_deref(), Some("Pani Maju"));
    }

    #[test]
    fn polish_men_only_when_the_vocative_is_known() {
        assert_eq!(
            s("Piotr Zieliński", Lang::Pl).as_deref(),
            Some("Panie Piotrze")
        );
        assert_eq!(s("Paweł Nowak", Lang::Pl).as_deref(), Some("Panie Pawle"));
        assert_eq!(s("Kuba Nowak", Lang::Pl), None);
        assert_eq!(s("Bogumił Nowak", Lang::Pl), None);
    }

    #[test]
    fn romanian_uses_the_surname_with_doamna_or_domnule() {
        assert_eq!(
            s("Ioana Popescu", Lang::Ro).as_deref(),
            Some("doamnă Popescu")
        );
        assert_eq!(
            s("Andrei Ionescu", Lang::Ro).as_deref(),
            Some("domnule Ionescu")
        );
        assert_eq!(s("Mircea Dinu", Lang::Ro).as_deref(), Some("domnule Dinu"));
        assert_eq!(s("Carmen Stan", Lang::Ro).as_deref(), Some("doamnă Stan"));
        assert_eq!(s("Ioana", Lang::Ro), None, "no surname, no safe form");
    }

    #[test]
    fn businesses_titles_and_blanks_get_nothing() {
        for client in [
            "Acme Ltd",
            "Brightleaf Studio",
            "Studio 54",
            "Atelier Dupré",
            "Atelierul Popescu",
            "",
            "  ",
            "dr Patel",
            "Mr Jones",
            "acme",
        ] {
            for lang in Lang::ALL {
                assert_eq!(s(client, lang), None, "{client:?} {lang:?}");
            }
        }
    }

    #[test]
    fn the_typed_form_wins_over_the_suggestion() {
        let id = crate::sheet::SheetId::parse("a-1").unwrap();
        let mut sheet = Sheet::new(id, jiff::Timestamp::UNIX_EPOCH);
        sheet.lang = Lang::Pl;
        sheet.client = "Anna Nowak".into();
        assert_eq!(greeting_name(&sheet).as_deref(), Some("Pani Anno"));
        sheet.address = "Pani Prezes".into();
        assert_eq!(greeting_name(&sheet).as_deref(), Some("Pani Prezes"));
    }

    #[test]
    fn the_rules_file_parses() {
        let parsed: Rules = toml::from_str(include_str!("../../assets/address.toml")).unwrap();
        assert!(parsed.pl.male_vocative.len() >= 40);
        assert!(!parsed.business_words.is_empty());
    }
}
