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
            for call in [".get(\"", ".fill(\"", "tr(\"", "key: \""] {
                for (pos, _) in text.match_indices(call) {
                    let rest = &text[pos + call.len()..];
                    let key = &rest[..rest.find('"').unwrap()];
                    if key.contains('.') && !key.contains(' ') && !en.texts.contains_key(key) {
                        missing.push(format!("{}: {key}", path.display()));
                    }
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys missing in assets/ui/en.json:\n{}",
        missing.join("\n")
    );
}

#[test]
fn bundled_catalogues_parse() {
    for lang in ["en", "fr", "pl", "ro"] {
        let text = match lang {
            "fr" => include_str!("../../assets/ui/fr.json"),
            "pl" => include_str!("../../assets/ui/pl.json"),
            "ro" => include_str!("../../assets/ui/ro.json"),
            _ => include_str!("../../assets/ui/en.json"),
        };
        serde_json::from_str::<HashMap<String, String>>(text)
            .unwrap_or_else(|e| panic!("assets/ui/{lang}.json: {e}"));
    }
}

#[test]
fn missing_keys_fall_back() {
    assert_eq!(catalog(Lang::En).get("no.such.key"), "no.such.key");
}

/// The `{name}` and `{key:action}` placeholders of a text, sorted.
fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text
        .match_indices('{')
        .filter_map(|(start, _)| {
            let end = text[start..].find('}')?;
            Some(&text[start..=start + end])
        })
        .collect();
    found.sort_unstable();
    found
}

#[test]
fn every_language_has_exactly_the_english_keys_and_placeholders() {
    let en = catalog(Lang::En);
    for lang in [Lang::Fr, Lang::Pl, Lang::Ro] {
        let other = catalog(lang);
        let mut problems = Vec::new();
        for (key, text) in &en.texts {
            match other.texts.get(key) {
                None => problems.push(format!("missing {key}")),
                Some(translated) if placeholders(translated) != placeholders(text) => problems
                    .push(format!(
                        "{key}: {:?} in en, {:?} here",
                        placeholders(text),
                        placeholders(translated)
                    )),
                Some(_) => {}
            }
        }
        for key in other.texts.keys() {
            if !en.texts.contains_key(key) {
                problems.push(format!("extra {key}"));
            }
        }
        problems.sort();
        assert!(
            problems.is_empty(),
            "assets/ui/{lang}.json:\n{}",
            problems.join("\n")
        );
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
    for lang in Lang::ALL {
        for key in &keys {
            assert!(catalog(lang).texts.contains_key(key), "{lang}: no {key}");
        }
    }
}
