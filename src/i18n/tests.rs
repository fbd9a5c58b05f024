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
