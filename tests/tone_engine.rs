//! Engine behaviour: offsets, normalisation, word boundaries, shouting, scoring, robustness.

use proptest::prelude::*;
use talkprep::tone::{
    Compiled, Finding, Label, Lang, Report, apply_suggestion, check, check_auto, detect,
    render_plain,
};

fn rules(r: &Report) -> Vec<&str> {
    r.findings
        .iter()
        .chain(&r.strengths)
        .map(|f| &*f.rule)
        .collect()
}

fn find<'a>(r: &'a Report, rule: &str) -> &'a Finding {
    r.findings
        .iter()
        .chain(&r.strengths)
        .find(|f| &*f.rule == rule)
        .unwrap_or_else(|| panic!("{rule} not reported: {r:#?}"))
}

/// The characters `start..end` of `text`.
fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// A tiny rulebook for exercising the matcher on its own.
fn mini(patterns: &[&str]) -> Compiled {
    let pats = serde_json::to_string(patterns).unwrap();
    let json = format!(
        r#"{{
  "schema_version": 1, "lang": "xx", "name": "Test",
  "scoring": {{ "base": 60, "bands": {{ "warm": 65, "neutral": 50, "tense": 25 }}, "decay": 0.5, "max_bonus": 30 }},
  "detect": {{ "letters": "", "words": [] }},
  "categories": [ {{ "id": "blame", "kind": "problem", "label": "Blame" }} ],
  "rules": [ {{ "id": "xx.blame.t", "category": "blame", "severity": "warn", "weight": 10,
    "patterns": {pats}, "message": "m", "suggestion": "s",
    "examples": {{ "hit": ["x"], "miss": ["y"] }} }} ]
}}"#
    );
    Compiled::from_json(&json).unwrap()
}

fn spans(c: &Compiled, text: &str) -> Vec<String> {
    c.check(text)
        .findings
        .iter()
        .map(|f| f.matched.to_string())
        .collect()
}

#[test]
fn offsets_are_char_offsets_with_emoji_and_diacritics() {
    let text = "🙂👍🏽 Ça va? Zażółć… You NEVER pay on time — ça suffit!!!";
    let r = check(text, Lang::En);
    let blame = find(&r, "en.blame.you_never");
    assert_eq!(&*blame.matched, "You NEVER");
    assert_eq!(chars(text, blame.start, blame.end), "You NEVER");
    let bangs = find(&r, "en.shouting.bangs");
    assert_eq!(chars(text, bangs.start, bangs.end), "!!!");
    assert_eq!(bangs.end, text.chars().count());
    for f in r.findings.iter().chain(&r.strengths) {
        assert_eq!(chars(text, f.start, f.end), &*f.matched, "{f:?}");
    }
}

#[test]
fn diacritics_match_both_ways() {
    // Pattern without diacritics, text with and without them.
    for text in [
        "Trebuie să vorbim.",
        "Trebuie sa vorbim.",
        "TREBUIE SĂ VORBIM",
    ] {
        let r = check(text, Lang::Ro);
        assert!(rules(&r).contains(&"ro.alarm.trebuie_sa_vorbim"), "{text}");
    }
    // Pattern with diacritics, text with and without them.
    let c = mini(&["să plătiți", "zapłacić"]);
    assert_eq!(spans(&c, "Trebuie sa platiti."), vec!["sa platiti"]);
    assert_eq!(spans(&c, "Trebuie să plătiți."), vec!["să plătiți"]);
    assert_eq!(spans(&c, "Trebuie şă plăţiţi."), vec!["şă plăţiţi"]);
    assert_eq!(spans(&c, "Musi pan zaplacic"), vec!["zaplacic"]);
    assert_eq!(spans(&c, "Musi pan ZAPŁACIĆ"), vec!["ZAPŁACIĆ"]);
    // Decomposed input (s + combining breve).
    assert_eq!(
        spans(&c, "s\u{0306}a\u{0306} plătiți"),
        vec!["s\u{0306}a\u{0306} plătiți"]
    );
}

#[test]
fn word_boundaries() {
    let r = check("Could you adjust the invoice date?", Lang::En);
    assert!(!rules(&r).contains(&"en.grovelling.just"));
    let r = check("I just wanted to check in.", Lang::En);
    assert!(rules(&r).contains(&"en.grovelling.just"));
    let c = mini(&["sa"]);
    assert!(spans(&c, "O sală mare, sarmale.").is_empty());
    assert_eq!(spans(&c, "Vreau să.").len(), 1);
}

#[test]
fn elision_hyphens_and_quotes() {
    let c = mini(&["est-il", "argent", "don't"]);
    assert_eq!(spans(&c, "Où est-il ?"), vec!["est-il"]);
    assert_eq!(spans(&c, "Où estil ?"), vec!["estil"]);
    assert_eq!(spans(&c, "Où est‑il ?"), vec!["est‑il"]);
    assert_eq!(spans(&c, "Où est l'argent ?"), vec!["argent"]);
    assert_eq!(spans(&c, "Où est l’argent ?"), vec!["argent"]);
    assert_eq!(spans(&c, "I don’t know"), vec!["don’t"]);
    assert_eq!(spans(&c, "I dont know"), vec!["dont"]);
    assert_eq!(spans(&c, "I DON'T know"), vec!["DON'T"]);
    // French rules with elision in the bundled book.
    let r = check("Il faut qu’on parle.", Lang::Fr);
    assert!(rules(&r).contains(&"fr.alarm.faut_parler"));
    let r = check("Il faut quon parle.", Lang::Fr);
    assert!(rules(&r).contains(&"fr.alarm.faut_parler"));
}

#[test]
fn wildcards_and_sentence_start() {
    let c = mini(&["you have * hours", "your ~ fault", "^ why"]);
    assert_eq!(spans(&c, "You have 24 hours."), vec!["You have 24 hours"]);
    assert!(spans(&c, "You have only 24 hours.").is_empty());
    assert_eq!(spans(&c, "It is your fault."), vec!["your fault"]);
    assert_eq!(
        spans(&c, "It is your very own fault."),
        vec!["your very own fault"]
    );
    assert!(spans(&c, "It is your very own big fault.").is_empty());
    assert_eq!(spans(&c, "Hi. Why?"), vec!["Why"]);
    assert!(spans(&c, "That is why.").is_empty());
    // A phrase never spans a sentence end.
    assert!(spans(&c, "It is your. Fault").is_empty());
}

#[test]
fn shouting_is_structural() {
    let r = check("You NEVER pay on time!!!", Lang::En);
    let cats: Vec<&str> = r.findings.iter().map(|f| &*f.category).collect();
    assert!(
        cats.contains(&"blame") && cats.contains(&"shouting"),
        "{cats:?}"
    );
    let r = check("WHERE IS MY MONEY", Lang::En);
    assert!(rules(&r).contains(&"en.shouting.caps_text"));
    let r = check("Where is the payment?!", Lang::En);
    assert!(rules(&r).contains(&"en.shouting.interrobang"));
    // Acronyms are not shouting, in any language.
    for lang in Lang::ALL {
        let r = check(
            "Please send the PDF and the VAT number ASAP, for NASA.",
            lang,
        );
        assert!(
            r.findings.iter().all(|f| &*f.category != "shouting"),
            "{lang}"
        );
    }
}

#[test]
fn labels_from_the_brief() {
    let warm = check(
        "Can you help me understand what happened with the invoice?",
        Lang::En,
    );
    assert_eq!(warm.label, Label::Warm, "{warm:#?}");
    let hostile = check("We need to talk. You NEVER pay on time!!!", Lang::En);
    assert_eq!(hostile.label, Label::Hostile, "{hostile:#?}");
    let neutral = check("The invoice for March is attached.", Lang::En);
    assert_eq!(neutral.label, Label::Neutral, "{neutral:#?}");
    assert!(neutral.findings.is_empty() && neutral.arithmetic.is_empty());
}

#[test]
fn arithmetic_adds_up_and_strengths_have_diminishing_returns() {
    let text = "Thanks, but you never pay on time.";
    let r = check(text, Lang::En);
    let base = 60;
    let sum: i32 = r.arithmetic.iter().map(|s| s.points).sum();
    assert_eq!(i32::from(r.score), (base + sum).clamp(0, 100));
    assert!(
        r.arithmetic
            .iter()
            .any(|s| s.points == -18 && &*s.category == "blame")
    );

    let once = check("Thanks.", Lang::En).score;
    let thrice = check("Thanks thanks thanks thanks thanks.", Lang::En).score;
    assert!(thrice - once <= 10, "{once} -> {thrice}");
    let many = check(
        "Thanks, thank you, many thanks, grateful, appreciate it, thanks again!",
        Lang::En,
    );
    assert!(many.score <= 60 + 30, "max_bonus caps strengths");
}

#[test]
fn overlapping_matches_keep_the_longest() {
    let r = check("You never listen.", Lang::En);
    let ids = rules(&r);
    assert!(
        ids.contains(&"en.dismissive.you_dont_understand"),
        "{ids:?}"
    );
    assert!(!ids.contains(&"en.absolutes.never"), "{ids:?}");
    assert!(!ids.contains(&"en.blame.you_never"), "{ids:?}");
}

#[test]
fn apply_and_render() {
    let text = "I just wanted to say the files are ALWAYS late.";
    let r = check(text, Lang::En);
    let just = find(&r, "en.grovelling.just");
    let fixed = apply_suggestion(text, just).unwrap();
    assert_eq!(fixed, "I wanted to say the files are ALWAYS late.");
    let r2 = check(&fixed, Lang::En);
    let always = find(&r2, "en.absolutes.always");
    assert_eq!(
        apply_suggestion(&fixed, always).as_deref(),
        Some("I wanted to say the files are Often late.")
    );
    let out = render_plain(text, &r);
    assert!(out.contains("[[just]]"), "{out}");
    assert!(out.contains("info grovelling 'just': "), "{out}");
}

#[test]
fn auto_detection_picks_the_rulebook() {
    assert_eq!(
        detect("Merci pour votre retour, pouvons-nous en parler ?"),
        Lang::Fr
    );
    let r = check_auto("Dziękuję za szybką odpowiedź.");
    assert_eq!(r.lang, "pl");
    assert!(rules(&r).contains(&"pl.thanks.dziekuje"));
}

#[test]
fn report_json_shape_is_stable() {
    let r = check("You never pay.", Lang::En);
    let v = serde_json::to_value(&r).unwrap();
    for key in [
        "lang",
        "score",
        "label",
        "findings",
        "strengths",
        "arithmetic",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let f = &v["findings"][0];
    for key in [
        "rule",
        "category",
        "severity",
        "start",
        "end",
        "match",
        "message",
        "suggestion",
    ] {
        assert!(f.get(key).is_some(), "missing {key}");
    }
    assert!(v["arithmetic"][0].get("points").is_some());
}

fn check_invariants(text: &str, r: &Report) {
    let n = text.chars().count();
    assert!(r.score <= 100);
    for f in r.findings.iter().chain(&r.strengths) {
        assert!(f.start < f.end && f.end <= n, "{f:?} in {n} chars");
        assert_eq!(chars(text, f.start, f.end), &*f.matched);
    }
    for list in [&r.findings, &r.strengths] {
        assert!(
            list.windows(2).all(|w| w[0].start <= w[1].start),
            "not in text order"
        );
    }
    let _ = render_plain(text, r);
    for f in &r.findings {
        let _ = apply_suggestion(text, f);
    }
}

fn word_soup() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "you",
        "never",
        "NEVER",
        "just",
        "să",
        "sa",
        "l'",
        "argent",
        "est-il",
        "thanks",
        "!!!",
        "?!",
        "why",
        "pay",
        "now",
        "we",
        "need",
        "to",
        "talk",
        "🙂",
        "😡",
        "ł",
        "ż",
        "'",
        "’",
        "-",
        "zapłacić",
        "idiot",
        "kurwa",
        "prost",
        ":)",
        "\u{0306}",
        "\n",
        ".",
        ",",
        " ",
        "ÇA",
        "ß",
        "İ",
        "ﬁ",
        "Ǆ",
        "\u{200D}",
        "\u{00AD}",
        "̈",
        "^^",
    ]);
    prop::collection::vec(words, 0..40).prop_map(|w| w.join(""))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_on_arbitrary_text(text in "\\PC{0,80}") {
        for lang in Lang::ALL {
            check_invariants(&text, &check(&text, lang));
        }
        let _ = detect(&text);
    }

    #[test]
    fn never_panics_on_rule_word_soup(text in word_soup()) {
        for lang in Lang::ALL {
            check_invariants(&text, &check(&text, lang));
        }
    }

    #[test]
    fn never_panics_on_any_chars(text in any::<String>()) {
        check_invariants(&text, &check(&text, Lang::En));
    }
}

#[test]
fn a_word_that_normalises_to_nothing_does_not_panic() {
    for text in [
        "\u{ff9e}\u{fffc}A",
        "\u{ff9e}",
        "A \u{ff9e} B",
        "\u{309b}\u{309b}!!!",
    ] {
        let report = talkprep::tone::check(text, talkprep::tone::Lang::En);
        let chars = text.chars().count();
        for f in report.findings.iter().chain(&report.strengths) {
            assert!(f.start <= f.end && f.end <= chars, "{text:?}: {f:?}");
        }
    }
}

#[test]
fn the_brief_examples_in_every_language() {
    let cases = [
        (
            Lang::Fr,
            "Pourriez-vous m'aider à comprendre ce qui s'est passé avec la facture ?",
            "Il faut qu'on parle. Vous ne payez JAMAIS à temps !!!",
        ),
        (
            Lang::Pl,
            "Czy może mi pan pomóc zrozumieć, co się stało z fakturą?",
            "Musimy porozmawiać. Pan NIGDY nie płaci na czas!!!",
        ),
        (
            Lang::Ro,
            "Mă puteți ajuta să înțeleg ce s-a întâmplat cu factura?",
            "Trebuie să vorbim. Nu plătiți NICIODATĂ la timp!!!",
        ),
    ];
    for (lang, warm, hostile) in cases {
        assert_eq!(check(warm, lang).label, Label::Warm, "{lang}: {warm}");
        assert_eq!(
            check(hostile, lang).label,
            Label::Hostile,
            "{lang}: {hostile}"
        );
        assert_eq!(detect(warm), lang, "{warm}");
        assert_eq!(detect(hostile), lang, "{hostile}");
    }
}
