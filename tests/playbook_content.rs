//! Content checks for the bundled English playbook: shape, counts, ids and opener tone.

use std::collections::HashSet;

use talkprep::playbook::{PLAYBOOK_SCHEMA_VERSION, Playbook};

const RAW: &str = include_str!("../assets/playbook/en.json");

const REQUIRED_SCENARIOS: [&str; 20] = [
    "unpaid-invoice",
    "partial-payment-silence",
    "ghosted-after-quote",
    "free-for-visibility",
    "late-payer",
    "missed-deadlines-subcontractor",
    "coaching-no-shows",
    "never-satisfied",
    "constant-contact",
    "doubts-expertise",
    "nitpicking",
    "disrespect",
    "ending-relationship",
    "scope-creep",
    "endless-revisions",
    "discount-pressure",
    "refund-request",
    "client-delays-deadline-stays",
    "no-contract-no-deposit",
    "something-else",
];

const PUSHBACK_KINDS: [&str; 8] = [
    "denial",
    "deflection",
    "emotion",
    "counter_accusation",
    "bargaining",
    "stalling",
    "silence",
    "minimising",
];

/// Words and phrases an opener must never contain (checked on lowercase, word-bounded text).
const OPENER_BANNED: [&str; 14] = [
    "need to talk",
    "sorry",
    "bother",
    "just",
    "always",
    "never",
    "nothing",
    "everyone",
    "must",
    "or else",
    "immediately",
    "fault",
    "blame",
    "last chance",
];

fn playbook() -> Playbook {
    serde_json::from_str::<Playbook>(RAW).expect("en.json deserializes into Playbook")
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn assert_unique<'a>(what: &str, ids: impl IntoIterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for id in ids {
        assert!(seen.insert(id), "duplicate {what} id: {id}");
    }
}

/// Lowercase, with every non-letter turned into a space and padded, so `" just "` only matches
/// the whole word.
fn words(text: &str) -> String {
    let mapped: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    format!(
        " {} ",
        mapped.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

/// Every `{...}` token in a text.
fn placeholders(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start..];
        let end = after.find('}').expect("unclosed placeholder brace");
        out.push(after[..=end].to_string());
        rest = &after[end + 1..];
    }
    out
}

#[test]
fn header_and_format() {
    let pb = playbook();
    assert_eq!(pb.schema_version, PLAYBOOK_SCHEMA_VERSION);
    assert_eq!(pb.schema_version, 1);
    assert_eq!(pb.lang, "en");
    // Pretty-printed with 2-space indent, in canonical field order.
    let pretty = serde_json::to_string_pretty(&pb).unwrap();
    assert_eq!(
        RAW.trim_end(),
        pretty,
        "en.json is not in canonical pretty form"
    );
}

#[test]
fn text_is_clean() {
    for bad in ["TODO", "TBD", "lorem", "FIXME", "XXX", "\u{2014}"] {
        assert!(!RAW.contains(bad), "en.json contains {bad:?}");
    }
    assert!(RAW.is_ascii(), "en.json should use plain ASCII text");
    let pb = playbook();
    let json = serde_json::to_value(&pb).unwrap();
    fn walk(v: &serde_json::Value) {
        match v {
            serde_json::Value::String(s) => {
                assert_eq!(s.trim(), s, "untrimmed text: {s:?}");
                assert!(!s.contains("  "), "double space in: {s:?}");
                assert!(
                    !s.to_lowercase().contains("lorem"),
                    "placeholder text: {s:?}"
                );
            }
            serde_json::Value::Array(a) => a.iter().for_each(walk),
            serde_json::Value::Object(o) => o.values().for_each(walk),
            _ => {}
        }
    }
    walk(&json);
}

#[test]
fn roles() {
    let pb = playbook();
    let ids: Vec<&str> = pb.roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "freelancer",
            "coach",
            "va",
            "social_media",
            "agency",
            "subcontracting"
        ]
    );
    for r in &pb.roles {
        assert!(!r.name.is_empty());
    }
}

#[test]
fn scenarios_present_and_unique() {
    let pb = playbook();
    assert!(pb.scenarios.len() >= 20);
    assert_unique("scenario", pb.scenarios.iter().map(|s| s.id.as_str()));
    let ids: HashSet<&str> = pb.scenarios.iter().map(|s| s.id.as_str()).collect();
    for want in REQUIRED_SCENARIOS {
        assert!(ids.contains(want), "missing scenario {want}");
    }
    for s in &pb.scenarios {
        assert!(is_kebab(&s.id), "scenario id not kebab-case: {}", s.id);
    }
    // Every role has at least one scenario.
    for role in &pb.roles {
        assert!(
            pb.scenarios.iter().any(|s| s.fits.contains(&role.id)),
            "no scenario fits role {}",
            role.id
        );
    }
}

#[test]
fn scenario_minimums() {
    let pb = playbook();
    let roles: HashSet<&str> = pb.roles.iter().map(|r| r.id.as_str()).collect();
    for s in &pb.scenarios {
        let id = &s.id;
        assert!(!s.title.is_empty(), "{id}: title");
        assert!(!s.summary.is_empty(), "{id}: summary");
        assert!(!s.summary.contains('\n'), "{id}: summary is one line");
        assert!(!s.topic_hint.is_empty(), "{id}: topic_hint");
        assert!(!s.fits.is_empty(), "{id}: fits");
        assert_unique("fits", s.fits.iter().map(String::as_str));
        for f in &s.fits {
            assert!(roles.contains(f.as_str()), "{id}: unknown role {f}");
        }
        assert!(
            (4..=6).contains(&s.fact_prompts.len()),
            "{id}: {} fact prompts",
            s.fact_prompts.len()
        );
        assert!(
            (3..=5).contains(&s.goals.len()),
            "{id}: {} goals",
            s.goals.len()
        );
        assert!(s.fallbacks.len() >= 3, "{id}: fallbacks");
        assert!(s.openers.len() >= 3, "{id}: openers");
        assert!(s.pushbacks.len() >= 4, "{id}: pushbacks");
        assert!(s.avoid.len() >= 3, "{id}: avoid");
        assert!(
            (2..=4).contains(&s.tips.len()),
            "{id}: {} tips",
            s.tips.len()
        );

        let kinds: HashSet<&str> = s.pushbacks.iter().map(|p| p.kind.as_str()).collect();
        assert!(
            kinds.len() >= 3,
            "{id}: only {} push-back kinds",
            kinds.len()
        );
        for p in &s.pushbacks {
            assert!(
                PUSHBACK_KINDS.contains(&p.kind.as_str()),
                "{id}: unknown push-back kind {}",
                p.kind
            );
            assert!(
                !p.says.is_empty() && !p.reply.is_empty(),
                "{id}: empty push-back"
            );
            assert!(!p.reply.contains('{'), "{id}: placeholder in a reply");
        }
        for a in &s.avoid {
            assert!(
                !a.phrase.is_empty() && !a.why.is_empty(),
                "{id}: empty avoid"
            );
        }
        for text in s
            .fact_prompts
            .iter()
            .chain(&s.fallbacks)
            .chain(&s.tips)
            .chain(s.goals.iter().map(|g| &g.text))
        {
            assert!(!text.is_empty(), "{id}: empty text");
            assert!(
                !text.contains('{'),
                "{id}: placeholder outside openers: {text}"
            );
        }
    }
}

#[test]
fn openers_use_only_known_placeholders_and_a_warm_tone() {
    let pb = playbook();
    let mut all = Vec::new();
    for s in &pb.scenarios {
        for o in &s.openers {
            let found = placeholders(o);
            assert!(
                !found.is_empty(),
                "{}: opener uses no placeholder: {o}",
                s.id
            );
            for p in &found {
                assert!(
                    p == "{address}" || p == "{client}" || p == "{topic}",
                    "{}: unknown placeholder {p} in {o}",
                    s.id
                );
            }
            assert!(!o.contains('}') || o.matches('{').count() == o.matches('}').count());
            let w = words(o);
            for bad in OPENER_BANNED {
                assert!(
                    !w.contains(&format!(" {bad} ")),
                    "{}: opener contains {bad:?}: {o}",
                    s.id
                );
            }
            assert!(!o.to_lowercase().contains("need to talk"), "{}: {o}", s.id);
            let sentences = o.matches(['.', '?', '!']).count();
            assert!(
                (1..=2).contains(&sentences),
                "{}: opener should be one or two sentences: {o}",
                s.id
            );
            assert!(o.len() <= 170, "{}: opener too long: {o}", s.id);
            all.push(o.as_str());
        }
        // At least one opener per scenario invites their view with a question.
        assert!(
            s.openers.iter().any(|o| o.contains('?')),
            "{}: no opener asks a question",
            s.id
        );
    }
    assert_unique("opener", all);
}

#[test]
fn before_and_twelve_month() {
    let pb = playbook();
    assert!(pb.before.len() >= 10, "before: {}", pb.before.len());
    let joined = pb
        .before
        .iter()
        .map(|t| format!("{} {}", t.title, t.detail))
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    for idea in [
        "personal",
        "time tracking",
        "lost",
        "legal",
        "twelve months",
        "instalments",
        "weekly email",
        "compromise",
        "script",
        "blame",
        "we need to talk",
        "notice",
    ] {
        assert!(joined.contains(idea), "before tips miss {idea:?}");
    }
    let wont: Vec<&str> = pb
        .twelve_month
        .wont_matter
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(
        wont,
        ["scoring_points", "few_dollars", "guilt", "being_right"]
    );
    let will: Vec<&str> = pb
        .twelve_month
        .will_matter
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(will, ["relationship", "reputation", "long_term_profit"]);
}

#[test]
fn red_flags() {
    let pb = playbook();
    let rf = &pb.red_flags;
    let groups: Vec<&str> = rf.groups.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(
        groups,
        ["communication", "expectations", "money", "respect", "fit"]
    );
    assert!(rf.items.len() >= 14, "{} flag items", rf.items.len());
    assert_unique("flag item", rf.items.iter().map(|i| i.id.as_str()));
    for item in &rf.items {
        assert!(is_kebab(&item.id), "flag id not kebab-case: {}", item.id);
        assert!(
            groups.contains(&item.group.as_str()),
            "unknown group {}",
            item.group
        );
        assert!(
            !item.title.is_empty() && !item.hint.is_empty(),
            "{}",
            item.id
        );
        assert!(
            (1..=5).contains(&item.weight),
            "{}: weight {}",
            item.id,
            item.weight
        );
    }
    for g in &groups {
        assert!(rf.items.iter().any(|i| &i.group == g), "empty group {g}");
    }
    assert!(rf.items.iter().filter(|i| i.extreme).count() >= 2);

    let bands: Vec<&str> = rf.bands.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(bands, ["clear", "pink", "red", "breaking"]);
    assert_eq!(rf.bands[0].min_score, 0);
    for pair in rf.bands.windows(2) {
        assert!(pair[0].min_score < pair[1].min_score, "bands must ascend");
    }
    for b in &rf.bands {
        assert!(!b.title.is_empty() && !b.advice.is_empty());
    }
    // The breaking band is reachable without extreme items.
    let ordinary: u32 = rf
        .items
        .iter()
        .filter(|i| !i.extreme)
        .map(|i| i.weight)
        .sum();
    assert!(ordinary >= rf.bands[3].min_score);
}

#[test]
fn strategies_plan_and_exit() {
    let pb = playbook();
    let ids: Vec<&str> = pb.strategies.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "clear-channels",
            "constructive-feedback",
            "realign-expectations",
            "empower-client"
        ]
    );
    for s in &pb.strategies {
        assert!(!s.title.is_empty() && !s.summary.is_empty());
        assert!((3..=4).contains(&s.steps.len()), "{}: steps", s.id);
    }
    assert_eq!(pb.redirection_plan.len(), 4);
    assert!(pb.breaking_point.len() >= 3);
}

#[test]
fn logistics_listening_questions_after() {
    let pb = playbook();
    assert!(pb.logistics.timing.len() >= 2);
    assert!(pb.logistics.place.len() >= 2);
    assert!(pb.logistics.channel.len() >= 2);
    assert!(pb.listening_cues.len() >= 6);
    assert!(pb.future_questions.len() >= 4);
    assert!(pb.debrief_questions.len() >= 5);
    assert!(pb.after.len() >= 3);
    for q in pb.future_questions.iter().chain(&pb.debrief_questions) {
        assert!(q.ends_with('?') || q.ends_with('.'), "question: {q}");
    }
    let tips = pb
        .before
        .iter()
        .chain(&pb.redirection_plan)
        .chain(&pb.breaking_point)
        .chain(&pb.logistics.timing)
        .chain(&pb.logistics.place)
        .chain(&pb.logistics.channel)
        .chain(&pb.listening_cues)
        .chain(&pb.after);
    for t in tips {
        assert!(!t.title.is_empty() && !t.detail.is_empty());
    }
}

#[test]
fn all_ids_unique() {
    let pb = playbook();
    assert_unique("role", pb.roles.iter().map(|r| r.id.as_str()));
    assert_unique("group", pb.red_flags.groups.iter().map(|g| g.id.as_str()));
    assert_unique("band", pb.red_flags.bands.iter().map(|b| b.id.as_str()));
    assert_unique("strategy", pb.strategies.iter().map(|s| s.id.as_str()));
    assert_unique(
        "twelve-month choice",
        pb.twelve_month
            .wont_matter
            .iter()
            .chain(&pb.twelve_month.will_matter)
            .map(|c| c.id.as_str()),
    );
}

/// Every bundled language gives every scenario a whole message template, and the words every
/// message shares: the draft step never falls back to another scenario's sentences.
#[test]
fn every_language_has_a_message_for_every_scenario() {
    for lang in talkprep::playbook::LANGUAGES {
        let playbook = talkprep::playbook::bundled(lang).unwrap();
        for s in &playbook.scenarios {
            let message = s
                .message
                .as_ref()
                .unwrap_or_else(|| panic!("{lang}: {} has no message", s.id));
            for (key, sentence) in message.sentences() {
                assert!(
                    !sentence.trim().is_empty(),
                    "{lang}: {} message.{key}",
                    s.id
                );
            }
            assert!(
                message.next_step.contains("{date}"),
                "{lang}: {} next_step says no date",
                s.id
            );
            assert!(
                message.offer.trim_end().ends_with(':'),
                "{lang}: {} offer",
                s.id
            );
        }
        let d = &playbook.drafting;
        assert!(d.greeting.contains("{address}"), "{lang}: greeting");
        assert!(!d.sign_off.is_empty() && !d.listen.is_empty(), "{lang}");
        for (key, close) in d.close.all() {
            assert!(!close.trim().is_empty(), "{lang}: close.{key}");
        }
        assert!(d.fallback.is_some(), "{lang}: drafting.fallback");
    }
}
