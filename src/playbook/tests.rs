use std::path::Path;

use proptest::prelude::*;

use super::*;

#[test]
fn every_bundled_playbook_is_valid() {
    for lang in LANGUAGES {
        let playbook = bundled(lang).unwrap_or_else(|e| panic!("{lang}: {e}"));
        assert!(playbook.scenarios.len() >= 19, "{lang}");
    }
}

#[test]
fn bundled_playbooks_share_their_ids() {
    let en = bundled("en").unwrap();
    let ids = |p: &Playbook| p.scenarios.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
    for lang in ["fr", "pl", "ro"] {
        let other = bundled(lang).unwrap();
        assert_eq!(ids(&other), ids(&en), "{lang}");
        let flags = |p: &Playbook| {
            p.red_flags
                .items
                .iter()
                .map(|i| (i.id.clone(), i.weight, i.extreme))
                .collect::<Vec<_>>()
        };
        assert_eq!(flags(&other), flags(&en), "{lang}");
    }
}

#[test]
fn the_same_id_replaces_and_a_new_id_adds() {
    let base = bundled("en").unwrap();
    let count = base.scenarios.len();
    let mut replaced = base.scenarios[0].clone();
    replaced.title = "Mine".into();
    let mut added = base.scenarios[0].clone();
    added.id = "brand-new".into();
    let overlay = Playbook {
        scenarios: vec![replaced, added],
        ..parse_json(Path::new("x"), r#"{"schema_version":1,"lang":"en"}"#).unwrap()
    };
    let merged = merge(base, overlay);
    assert_eq!(merged.scenarios.len(), count + 1);
    assert_eq!(merged.scenarios[0].title, "Mine");
    assert!(validate(&merged, Scope::Whole).is_empty());
}

#[test]
fn an_unknown_schema_version_is_named() {
    let err = check_extension(
        Path::new("p.json"),
        r#"{"schema_version": 7, "lang": "en"}"#,
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("unknown schema_version 7"),
        "{err}"
    );
}

#[test]
fn unknown_fields_are_errors_with_a_position() {
    let err = parse_json(
        Path::new("p.json"),
        "{\n\"schema_version\": 1, \"lang\": \"en\", \"scenarioz\": []}",
    )
    .unwrap_err();
    let said = err.to_string();
    assert!(said.contains("p.json") && said.contains("line 2"), "{said}");
}

#[test]
fn placeholders_fill_or_leave_a_visible_gap() {
    let id = crate::sheet::SheetId::parse("a-1").unwrap();
    let mut sheet = crate::sheet::Sheet::new(id, jiff::Timestamp::UNIX_EPOCH);
    sheet.client = "Ana Lima (Brightleaf)".into();
    assert_eq!(
        fill_placeholders("Hi {address}, about {topic} for {client}?", &sheet),
        "Hi Ana, about [topic] for Ana Lima (Brightleaf)?"
    );
    sheet.client = "Acme Ltd".into();
    assert_eq!(fill_placeholders("Hi {address},", &sheet), "Hi [name],");
    sheet.address = "Mr Okafor".into();
    assert_eq!(fill_placeholders("Hi {address},", &sheet), "Hi Mr Okafor,");
    sheet.lang = crate::i18n::Lang::Pl;
    sheet.address.clear();
    sheet.client = "Anna Nowak".into();
    assert_eq!(
        fill_placeholders("Dzień dobry, {address}, dzwonię w sprawie {topic}.", &sheet),
        "Dzień dobry, Pani Anno, dzwonię w sprawie [temat]."
    );
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = check_extension(Path::new("fuzz.json"), &text);
    }

    #[test]
    fn arbitrary_json_shapes_never_panic(text in r#"\{("[a-z_]{1,12}": ?(1|"x"|\[\]|\{\}|null),? ?){0,6}\}"#) {
        let _ = check_extension(Path::new("fuzz.json"), &text);
    }
}
