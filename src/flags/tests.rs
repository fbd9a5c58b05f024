//! Scoring, banding, trends, the JSON round trip and the Markdown export.

use crate::i18n::Lang;
use jiff::Timestamp;
use jiff::civil::date;
use proptest::prelude::*;

use super::*;
use crate::playbook::{Band, Choice, FlagItem, RedFlags};

fn item(id: &str, weight: u32, extreme: bool) -> FlagItem {
    FlagItem {
        id: id.into(),
        group: "g".into(),
        title: format!("title {id}"),
        hint: format!("hint {id}"),
        weight,
        extreme,
    }
}

fn band(id: &str, min_score: u32) -> Band {
    Band {
        id: id.into(),
        min_score,
        title: format!("band {id}"),
        advice: format!("advice {id}"),
    }
}

/// A checklist like the bundled one: bands at 0, 3, 8, 15.
fn flags() -> RedFlags {
    RedFlags {
        exit_scenario: String::new(),
        groups: vec![Choice {
            id: "g".into(),
            label: "Group".into(),
        }],
        items: vec![
            item("a", 2, false),
            item("b", 3, false),
            item("c", 4, false),
            item("d", 1, false),
            item("x", 5, true),
        ],
        bands: vec![
            band("clear", 0),
            band("pink", 3),
            band("red", 8),
            band("breaking", 15),
        ],
    }
}

#[test]
fn nothing_ticked_is_all_clear() {
    let flags = flags();
    let v = score(&flags, &[] as &[&str]);
    assert_eq!(v.total, 0);
    assert_eq!(v.band_id(), "clear");
    assert_eq!(v.next, NextStep::Watch);
    assert!(!v.extreme_hit);
    assert!(v.top_items.is_empty());
}

#[test]
fn totals_fall_in_bands_at_their_min_score() {
    let flags = flags();
    assert_eq!(score(&flags, &["a"]).band_id(), "clear");
    assert_eq!(score(&flags, &["b"]).band_id(), "pink");
    assert_eq!(score(&flags, &["c", "b"]).band_id(), "pink");
    assert_eq!(score(&flags, &["c", "b", "d"]).band_id(), "red");
    assert_eq!(score(&flags, &["c", "b", "d"]).next, NextStep::Redirect);
    assert_eq!(score(&flags, &["a", "c", "b", "d"]).total, 10);
}

#[test]
fn an_extreme_item_goes_straight_to_the_last_band() {
    let flags = flags();
    let v = score(&flags, &["x"]);
    assert_eq!(v.total, 5, "the total is still the sum");
    assert!(v.extreme_hit);
    assert_eq!(v.band_id(), "breaking");
    assert_eq!(v.next, NextStep::Exit);
    assert_eq!(v.top_items[0].id, "x");
}

#[test]
fn the_heaviest_items_come_first_and_extreme_before_all() {
    let flags = flags();
    let v = score(&flags, &["d", "a", "x", "c"]);
    let ids: Vec<&str> = v.top_items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["x", "c", "a", "d"]);
}

#[test]
fn unknown_and_repeated_ids_do_not_count() {
    let flags = flags();
    let v = score(&flags, &["b", "b", "gone"]);
    assert_eq!(v.total, 3);
    assert_eq!(v.top_items.len(), 1);
}

#[test]
fn bands_out_of_order_are_ranked_by_min_score() {
    let mut flags = flags();
    flags.bands.reverse();
    assert_eq!(score(&flags, &["c", "b", "d"]).band_id(), "red");
    assert_eq!(score(&flags, &["x"]).band_id(), "breaking");
    assert_eq!(score(&flags, &["a"]).band_id(), "clear");
}

#[test]
fn no_bands_no_band_and_no_panic() {
    let mut flags = flags();
    flags.bands.clear();
    let v = score(&flags, &["x", "a"]);
    assert_eq!(v.band, None);
    assert_eq!(v.band_id(), "");
    assert_eq!(v.next, NextStep::Watch);
}

#[test]
fn the_bundled_playbook_bands_as_the_content_says() {
    let playbook = crate::playbook::bundled("en").unwrap();
    let flags = &playbook.red_flags;
    assert_eq!(score(flags, &[] as &[&str]).band_id(), "clear");
    assert_eq!(score(flags, &["pays-late"]).band_id(), "pink");
    assert_eq!(
        score(flags, &["pays-late", "never-satisfied", "constant-contact"]).band_id(),
        "red"
    );
    let v = score(flags, &["disrespect-insults"]);
    assert_eq!((v.band_id(), v.next), ("breaking", NextStep::Exit));
    let heavy: Vec<&str> = flags
        .items
        .iter()
        .filter(|i| !i.extreme)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(score(flags, &heavy).band_id(), "breaking");
}

fn review(client: &str, secs: i64, score: u32, extreme: bool) -> Review {
    let mut r = Review::new(
        client,
        Lang::En,
        Timestamp::from_second(secs).unwrap(),
        date(2026, 11, 2),
    );
    r.id = format!("r-{secs}");
    r.score = score;
    r.extreme = extreme;
    r
}

#[test]
fn trends_compare_the_last_two_reviews() {
    let a = review("Acme", 1, 9, false);
    let b = review("Acme", 2, 6, false);
    let c = review("Acme", 3, 6, false);
    let d = review("Acme", 4, 2, true);
    assert_eq!(Trend::of(&[]), Trend::First);
    assert_eq!(Trend::of(std::slice::from_ref(&a)), Trend::First);
    assert_eq!(Trend::of(&[a.clone(), b.clone()]), Trend::Better);
    assert_eq!(Trend::of(&[b.clone(), a.clone()]), Trend::Worse);
    assert_eq!(Trend::of(&[a, b, c.clone()]), Trend::Same);
    assert_eq!(
        Trend::of(&[c, d]),
        Trend::Worse,
        "an extreme item outweighs the score"
    );
}

#[test]
fn clients_group_ignoring_case_and_accents() {
    let reviews = vec![
        review("Zoë Café", 30, 4, false),
        review("acme", 20, 9, false),
        review("  ZOE cafe ", 10, 7, false),
        review("Acme", 40, 3, false),
    ];
    let groups = by_client(reviews);
    assert_eq!(groups.len(), 2);
    assert_eq!(groups[0].client, "Acme", "named as in the latest review");
    assert_eq!(groups[0].reviews.len(), 2);
    assert_eq!(groups[0].trend(), Trend::Better);
    assert_eq!(groups[1].client, "Zoë Café");
    assert_eq!(groups[1].reviews[0].score, 7, "oldest first");
    assert!(same_client("Zoë", " zoe"));
    assert!(!same_client("Zoe", "Zed"));
}

#[test]
fn sparkline_scales_to_the_top() {
    assert_eq!(sparkline(&[0, 15, 30], 15), "▁▅█");
    assert_eq!(sparkline(&[0, 15], 15), "▁█");
    assert_eq!(sparkline(&[], 15), "");
    assert_eq!(sparkline(&[u32::MAX, 0], 0), "█▁");
}

#[test]
fn rescore_orders_ticks_and_drops_blank_notes() {
    let flags = flags();
    let mut r = review("Acme", 1, 0, false);
    r.ticked = vec!["x".into(), "gone".into(), "a".into()];
    r.notes.insert("a".into(), "3 calls on Sunday".into());
    r.notes.insert("b".into(), "  ".into());
    r.rescore(&flags);
    assert_eq!(r.ticked, ["a", "x", "gone"]);
    assert_eq!((r.score, r.band.as_str(), r.extreme), (7, "breaking", true));
    assert_eq!(r.notes.len(), 1);
}

#[test]
fn identity_is_assigned_once() {
    let mut r = Review::new(
        "Acme Ltd",
        Lang::En,
        Timestamp::UNIX_EPOCH,
        date(2000, 1, 1),
    );
    let now: Timestamp = "2026-11-23T12:00:00Z".parse().unwrap();
    r.assign_identity(now);
    assert!(r.id.contains("acme-ltd"), "{}", r.id);
    assert_eq!(r.created, now);
    let id = r.id.clone();
    r.assign_identity(Timestamp::UNIX_EPOCH);
    assert_eq!((r.id.as_str(), r.created), (id.as_str(), now));
}

#[test]
fn json_round_trip_and_errors() {
    let mut r = review("Zoë \"Q\" \n Ltd", 1_790_000_000, 11, false);
    r.ticked = vec!["a".into()];
    r.notes.insert("a".into(), "3 calls on Sunday\n😀".into());
    r.plan_done = vec![0, 2];
    let text = review_to_json(&r);
    assert!(text.ends_with('\n'));
    assert_eq!(review_from_json(text.as_bytes()).unwrap(), r);

    assert!(matches!(
        review_from_json(b"{ nope"),
        Err(ReviewError::Syntax { line: 1, .. })
    ));
    assert!(matches!(
        review_from_json(br#"{"schema_version": 99}"#),
        Err(ReviewError::NewerVersion { found: 99, .. })
    ));
    assert!(matches!(
        review_from_json(br#"{"schema_version": 1}"#),
        Err(ReviewError::Invalid { .. })
    ));
    let bad_id = text.replace("\"r-1790000000\"", "\"../etc\"");
    assert!(matches!(
        review_from_json(bad_id.as_bytes()),
        Err(ReviewError::Invalid { .. })
    ));
    assert!(matches!(
        review_from_json(&[0xff, 0xfe]),
        Err(ReviewError::Syntax { .. })
    ));
}

#[test]
fn markdown_has_every_item_the_verdict_and_what_next() {
    let playbook = crate::playbook::bundled("en").unwrap();
    let cat = crate::i18n::catalog(Lang::En);
    let mut r = review("Acme", 2, 0, false);
    r.ticked = vec!["threats-abuse".into(), "pays-late".into()];
    r.notes.insert("pays-late".into(), "4 invoices late".into());
    r.rescore(&playbook.red_flags);
    let earlier = review("Acme", 1, 6, false);
    let md = markdown(&r, &[earlier, r.clone()], &playbook, cat);
    for item in &playbook.red_flags.items {
        assert!(md.contains(&item.title), "missing {}", item.id);
    }
    assert!(md.contains("- [x] Pays late, systematically (3): note: 4 invoices late"));
    assert!(md.contains("Breaking point"));
    for tip in &playbook.breaking_point {
        assert!(md.contains(&tip.title));
    }
    assert!(md.contains(cat.get("flags.trend.worse")));
    assert!(!md.contains("flags."), "a catalogue key leaked:\n{md}");

    r.ticked = vec![
        "pays-late".into(),
        "never-satisfied".into(),
        "nitpicks-to-provoke".into(),
    ];
    r.rescore(&playbook.red_flags);
    r.plan_done = vec![1];
    let md = markdown(&r, &[], &playbook, cat);
    assert!(md.contains(&format!(
        "- [x] **{}:**",
        playbook.redirection_plan[1].title
    )));
    for s in &playbook.strategies {
        assert!(md.contains(&s.title));
    }
}

fn arb_flags() -> impl Strategy<Value = RedFlags> {
    let items = proptest::collection::vec(
        ("[a-e]", 0u32..=u32::MAX, any::<bool>()).prop_map(|(id, w, x)| item(&id, w, x)),
        0..8,
    );
    let bands = proptest::collection::vec(("[a-z]{1,3}", any::<u32>()), 0..6)
        .prop_map(|bs| bs.iter().map(|(id, m)| band(id, *m)).collect());
    (items, bands).prop_map(|(items, bands)| RedFlags {
        exit_scenario: String::new(),
        groups: Vec::new(),
        items,
        bands,
    })
}

proptest! {
    #[test]
    fn scoring_never_panics(flags in arb_flags(), ticked in proptest::collection::vec("[a-f]", 0..10)) {
        let v = score(&flags, &ticked);
        prop_assert!(v.rank < flags.bands.len().max(1));
        prop_assert_eq!(v.band.is_some(), !flags.bands.is_empty());
    }

    #[test]
    fn band_never_drops_as_the_total_grows(flags in arb_flags(), a in any::<u32>(), b in any::<u32>()) {
        let (low, high) = (a.min(b), a.max(b));
        let rank = |t| band_for_total(&flags, t).map(|(r, _)| r);
        prop_assert!(rank(low) <= rank(high));
    }

    #[test]
    fn ticking_more_never_lowers_the_band(flags in arb_flags(), ticked in proptest::collection::vec("[a-e]", 0..6), extra in "[a-e]") {
        let before = score(&flags, &ticked);
        let mut more = ticked.clone();
        more.push(extra);
        let after = score(&flags, &more);
        prop_assert!(after.total >= before.total);
        prop_assert!(after.rank >= before.rank);
    }

    #[test]
    fn any_bytes_are_rejected_or_read(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let _ = review_from_json(&bytes);
    }
}
