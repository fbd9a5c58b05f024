use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;

use super::catalog::{code_key, source};
use super::refs::references;
use super::*;

/// Every `"key.name"` literal passed to `get`/`fill` in the sources exists in English.
#[test]
fn every_key_used_in_code_exists_in_english() {
    let en = catalog(Lang::En);
    let mut missing = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.ends_with("tests.rs") {
                continue;
            }
            let full = std::fs::read_to_string(&path).unwrap();
            let text = full.split("#[cfg(test)]").next().unwrap_or_default();
            for call in [".get(\"", ".fill(\"", "tr(\"", "key: \"", "Message::new(\""] {
                for (pos, _) in text.match_indices(call) {
                    let rest = &text[pos + call.len()..];
                    let key = &rest[..rest.find('"').unwrap()];
                    if key.contains('.') && !key.contains(' ') && en.try_get(key).is_none() {
                        missing.push(format!("{}: {key}", path.display()));
                    }
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys missing in assets/ui/en.ftl:\n{}",
        missing.join("\n")
    );
}

fn resource(lang: Lang) -> FluentResource {
    FluentResource::try_new(source(lang).to_owned())
        .unwrap_or_else(|(_, errors)| panic!("assets/ui/{lang}.ftl: {errors:?}"))
}

#[test]
fn bundled_catalogues_parse_without_duplicates() {
    for lang in Lang::ALL {
        let mut bundle = fluent_bundle::FluentBundle::new(vec![lang.langid()]);
        bundle
            .add_resource(resource(lang))
            .unwrap_or_else(|errors| panic!("assets/ui/{lang}.ftl: {errors:?}"));
    }
}

#[test]
fn missing_keys_fall_back() {
    assert_eq!(catalog(Lang::En).get("no.such.key"), "no.such.key");
    assert_eq!(
        catalog(Lang::Fr).fill("no.such.key", &[("n", "1")]),
        "no.such.key"
    );
}

/// Each message of a language, with the values and terms it refers to.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = resource(lang);
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        if let Entry::Message(m) = entry {
            let mut found = BTreeSet::new();
            if let Some(value) = &m.value {
                references(value, &mut found);
            }
            out.insert(code_key(m.id.name), found);
        }
    }
    out
}

#[test]
fn every_language_has_exactly_the_english_messages_and_placeholders() {
    let en = messages(Lang::En);
    for lang in [Lang::Fr, Lang::Pl, Lang::Ro] {
        let other = messages(lang);
        let mut problems = Vec::new();
        for (key, refs) in &en {
            match other.get(key) {
                None => problems.push(format!("missing {key}")),
                // A date pattern picks the parts its language writes, from those code gives.
                Some(translated) if key == "date.short" => {
                    let offered: BTreeSet<String> = ["$day", "$dd", "$mm", "$mon", "$year"]
                        .map(String::from)
                        .into();
                    if !translated.is_subset(&offered) {
                        problems.push(format!("{key}: {translated:?} is not among {offered:?}"));
                    }
                }
                Some(translated) if translated != refs => {
                    problems.push(format!("{key}: {refs:?} in en, {translated:?} here"));
                }
                Some(_) => {}
            }
        }
        for key in other.keys() {
            if !en.contains_key(key) {
                problems.push(format!("extra {key}"));
            }
        }
        assert!(
            problems.is_empty(),
            "assets/ui/{lang}.ftl:\n{}",
            problems.join("\n")
        );
    }
}

/// Every message formats without a Fluent error in every language once its values are given
/// (counts as numbers) and the key terms exist: no typo in a variable, a term or a selector.
#[test]
fn every_message_formats_cleanly_in_every_language() {
    for lang in Lang::ALL {
        let resource = resource(lang);
        let mut bundle = fluent_bundle::FluentBundle::new(vec![lang.langid()]);
        bundle.set_use_isolating(false);
        let mut terms = String::new();
        for (_, refs) in messages(lang) {
            for term in refs.iter().filter(|r| r.starts_with('-')) {
                terms.push_str(&format!("{term} = K\n"));
            }
        }
        bundle.add_resource(resource).unwrap();
        bundle.add_resource_overriding(FluentResource::try_new(terms).unwrap());
        for (key, refs) in messages(lang) {
            for n in [0, 1, 2, 5, 21] {
                let mut args = fluent_bundle::FluentArgs::new();
                for var in refs.iter().filter_map(|r| r.strip_prefix('$')) {
                    args.set(var.to_owned(), n);
                }
                let message = bundle
                    .get_message(&key.replace('.', "-"))
                    .unwrap_or_else(|| panic!("{lang} {key}"));
                let mut errors = Vec::new();
                let text =
                    bundle.format_pattern(message.value().unwrap(), Some(&args), &mut errors);
                assert!(errors.is_empty(), "{lang} {key}: {errors:?} in {text:?}");
            }
        }
    }
}

/// Keys that code builds from values (weekdays, months, labels, severities, trends): every
/// one exists in every language. Keys written whole in code are checked above; the field
/// table checks its own (`sheet::fields`).
#[test]
fn every_key_built_from_a_value_exists_in_every_language() {
    let mut keys: Vec<String> = Vec::new();
    keys.extend((0..7).map(crate::export::weekday_key));
    keys.extend((1..=12).map(crate::export::month_key));
    keys.extend((1..=12).map(|m| format!("month_short.{m}")));
    for label in ["warm", "neutral", "tense", "hostile"] {
        keys.push(format!("tone.label.{label}"));
    }
    for severity in ["info", "warn", "high"] {
        keys.push(format!("tone.severity.{severity}"));
    }
    for trend in [
        crate::flags::Trend::First,
        crate::flags::Trend::Better,
        crate::flags::Trend::Worse,
        crate::flags::Trend::Same,
    ] {
        keys.push(trend.key().to_owned());
    }
    for scenario in crate::playbook::bundled("en").unwrap().scenarios {
        for pushback in scenario.pushbacks {
            keys.push(format!("pushback_kind.{}", pushback.kind));
        }
    }
    for lang in Lang::ALL {
        let own = messages(lang);
        for key in &keys {
            assert!(own.contains_key(key), "{lang}: no {key}");
        }
    }
}

#[test]
fn terms_write_keys_into_sentences() {
    let base = catalog(Lang::Fr);
    let named: &'static Catalog =
        Box::leak(Box::new(base.with_terms([("key_undo", "Ctrl-{\"Z\"}")])));
    assert!(
        named.get("home.deleted").contains("Ctrl-{\"Z\"}"),
        "{}",
        named.get("home.deleted")
    );
}

fn due(lang: Lang, days: u32) -> String {
    catalog(lang).fill("due.overdue", &[("days", &days.to_string())])
}

fn files(lang: Lang, n: u32) -> String {
    catalog(lang).fill("cli.trash_emptied", &[("n", &n.to_string())])
}

#[test]
fn polish_counts_take_their_three_forms() {
    let forms: Vec<String> = [1, 2, 5, 21, 22, 25].map(|n| files(Lang::Pl, n)).into();
    assert_eq!(
        forms,
        [
            "Usunięto z kosza na stałe 1 plik.",
            "Usunięto z kosza na stałe 2 pliki.",
            "Usunięto z kosza na stałe 5 plików.",
            "Usunięto z kosza na stałe 21 plików.",
            "Usunięto z kosza na stałe 22 pliki.",
            "Usunięto z kosza na stałe 25 plików.",
        ]
    );
    assert_eq!(due(Lang::Pl, 1), "1 dzień po terminie");
    assert_eq!(due(Lang::Pl, 22), "22 dni po terminie");
    let rounds = |n: u32| {
        catalog(Lang::Pl).fill(
            "rehearse.status",
            &[("rounds", &n.to_string()), ("timer", "t")],
        )
    };
    assert_eq!(rounds(1), "Rozegrano 1 rundę · t");
    assert_eq!(rounds(22), "Rozegrano 22 rundy · t");
    assert_eq!(rounds(25), "Rozegrano 25 rund · t");
}

#[test]
fn romanian_counts_take_de_from_twenty() {
    let forms: Vec<String> = [1, 2, 19, 20].map(|n| due(Lang::Ro, n)).into();
    assert_eq!(
        forms,
        [
            "întârziat cu o zi",
            "întârziat cu 2 zile",
            "întârziat cu 19 zile",
            "întârziat cu 20 de zile",
        ]
    );
    assert_eq!(
        files(Lang::Ro, 101),
        "101 fișiere au fost șterse definitiv din coș."
    );
    assert_eq!(
        files(Lang::Ro, 120),
        "120 de fișiere au fost șterse definitiv din coș."
    );
}

#[test]
fn english_and_french_counts_agree_with_their_number() {
    assert_eq!(due(Lang::En, 1), "1 day overdue");
    assert_eq!(due(Lang::En, 3), "3 days overdue");
    assert_eq!(due(Lang::Fr, 1), "en retard de 1 jour");
    assert_eq!(due(Lang::Fr, 3), "en retard de 3 jours");
    let ticked =
        |n: &str| catalog(Lang::Fr).fill("flags.ticked_count", &[("ticked", n), ("total", "17")]);
    assert_eq!(ticked("1"), "1 coché sur 17");
    assert_eq!(ticked("0"), "0 coché sur 17");
    assert_eq!(ticked("2"), "2 cochés sur 17");
    assert_eq!(files(Lang::En, 0), "The trash had nothing to remove.");
}

#[test]
fn a_label_that_is_a_sentence_gets_no_colon() {
    for lang in Lang::ALL {
        let marks = Punctuation::of(catalog(lang));
        assert_eq!(
            marks.label("It's only a couple of sessions, and I'm still paying."),
            "It's only a couple of sessions, and I'm still paying.",
            "{lang:?}"
        );
        assert_eq!(marks.label("Why now?"), "Why now?");
        assert!(marks.label("Goal").ends_with(':'), "{lang:?}");
    }
}
