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
    assert!(!rules(&r).contains(&"en.hedging.just"));
    let r = check("Just checking in on the invoice.", Lang::En);
    assert!(rules(&r).contains(&"en.hedging.just"), "{r:#?}");
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
    assert!(r.has_rewrite());
    let just = find(&r, "en.grovelling.rewrite_just_wanted");
    let fixed = apply_suggestion(text, just).unwrap();
    assert_eq!(fixed, "I wanted to say the files are ALWAYS late.");
    let r2 = check(&fixed, Lang::En);
    // A lone word is never rewritten in place: "ALWAYS" has no drop-in replacement.
    assert!(!r2.has_rewrite(), "{r2:#?}");
    let always = find(&r2, "en.absolutes.always");
    assert_eq!(apply_suggestion(&fixed, always), None);
    let out = render_plain(text, &r, talkprep::i18n::catalog(Lang::En));
    assert!(out.contains("[[I just wanted to]]"), "{out}");
    let grovelling = talkprep::tone::category_label(Lang::En, "grovelling");
    assert!(
        out.contains(&format!("note · {grovelling} “I just wanted to”: ")),
        "{out}"
    );
}

/// Each language's rewrites, applied one after the other, give a grammatical sentence.
#[test]
fn rewrites_are_grammatical_in_every_language() {
    let cases = [
        (
            Lang::En,
            "Hi Dana, sorry to bother you, but I just wanted to ask about the invoice.",
            "Hi Dana, I wanted to ask about the invoice.",
        ),
        (
            Lang::En,
            "Sorry to bother you, but could you check the invoice?",
            "Could you check the invoice?",
        ),
        (
            Lang::Fr,
            "Bonjour Claire, désolée de vous déranger, mais je voulais juste savoir où en est la facture.",
            "Bonjour Claire, je voulais savoir où en est la facture.",
        ),
        (
            Lang::Fr,
            "Je voulais juste vous demander si le devis vous convient.",
            "Je voulais vous demander si le devis vous convient.",
        ),
        (
            Lang::Pl,
            "Przepraszam, że przeszkadzam, ale chciałam tylko zapytać o fakturę.",
            "Chcę zapytać o fakturę.",
        ),
        (
            Lang::Pl,
            "Dzień dobry, chciałem tylko zapytać, czy faktura dotarła.",
            "Dzień dobry, chcę zapytać, czy faktura dotarła.",
        ),
        (
            Lang::Ro,
            "Scuze că vă deranjez, dar voiam doar să întreb de factură.",
            "Voiam să întreb de factură.",
        ),
        (
            Lang::Ro,
            "Bună ziua, voiam doar să întreb dacă ați primit oferta.",
            "Bună ziua, voiam să întreb dacă ați primit oferta.",
        ),
    ];
    for (lang, text, want) in cases {
        let mut text = text.to_string();
        let mut steps = 0;
        loop {
            let r = check(&text, lang);
            let Some(f) = r.first_rewrite() else { break };
            let next = apply_suggestion(&text, f).unwrap_or_else(|| panic!("{lang}: {f:?}"));
            text = next;
            steps += 1;
            assert!(steps < 5, "{lang}: rewrites loop on {text:?}");
        }
        assert!(steps > 0, "{lang}: no rewrite offered for {want:?}");
        assert_eq!(text, want, "{lang}");
    }
    // Single words that used to be swapped in place are not rewritten any more.
    for (lang, text) in [
        (Lang::Fr, "Vous n'avez TOUJOURS pas payé."),
        (
            Lang::Ro,
            "De fiecare dată când trimit factura, aștept o lună.",
        ),
        (Lang::Pl, "Zawsze chętnie pomogę."),
        (Lang::En, "The files are always late."),
    ] {
        assert!(!check(text, lang).has_rewrite(), "{lang}: {text}");
    }
}

#[test]
fn breakdown_names_localised_labels() {
    let r = check("Je comprends, merci pour votre retour.", Lang::Fr);
    let lines = r.breakdown();
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|l| !l.label.contains('_')), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.label == "Reconnaissance"),
        "{lines:?}"
    );
    assert_eq!(lines[0].to_string().chars().next(), Some('+'));
    assert_eq!(
        talkprep::tone::category_label(Lang::Ro, "grovelling"),
        "Autodepreciere"
    );
    assert_eq!(
        talkprep::tone::category_label(Lang::En, "no_such"),
        "no_such"
    );
    let sum: i32 = lines.iter().map(|l| l.points).sum();
    assert_eq!(i32::from(r.score), (r.base() + sum).clamp(0, 100));
}

#[test]
fn negation_cancels_strengths_in_its_scope() {
    for (lang, text) in [
        (Lang::En, "I don't understand why you haven't paid."),
        (
            Lang::Fr,
            "Je ne comprends pas comment on peut être aussi désorganisé.",
        ),
        (Lang::Pl, "Nie rozumiem, jak można tak długo nie płacić."),
        (Lang::Ro, "Nu înțeleg cum poate cineva să uite de factură."),
    ] {
        let r = check(text, lang);
        assert!(
            matches!(r.label, Label::Tense | Label::Hostile),
            "{lang}: {text} => {r:#?}"
        );
        assert!(
            r.strengths
                .iter()
                .all(|s| &*s.category != "acknowledge" && &*s.category != "understand"),
            "{lang}: {text} => {r:#?}"
        );
    }
    // Outside the scope, the strength counts.
    let r = check("I understand, and I don't mind waiting a week.", Lang::En);
    assert!(
        r.strengths.iter().any(|s| &*s.category == "acknowledge"),
        "{r:#?}"
    );
}

#[test]
fn stacked_hedges_cost_and_a_clear_ask_wins() {
    let hedged = check(
        "I'm just wondering if maybe you could possibly pay, sorry to bother you.",
        Lang::En,
    );
    let clear = check(
        "Hi Dana, could you pay the March invoice by Friday?",
        Lang::En,
    );
    assert!(
        hedged.score < clear.score,
        "{} vs {}",
        hedged.score,
        clear.score
    );
    let one = check("Could we maybe talk on Friday?", Lang::En);
    assert!(
        matches!(one.label, Label::Warm | Label::Neutral),
        "{one:#?}"
    );
}

#[test]
fn sarcasm_shapes_are_seen() {
    for (lang, text) in [
        (
            Lang::En,
            "Thanks for 'forgetting' to pay again, very professional of you.",
        ),
        (Lang::En, "Wow, thanks so much for finally answering."),
        (Lang::En, "Any chance it gets paid this year? 🙄"),
        (Lang::Fr, "Je vois que vous avez bien « regardé » le devis."),
        (Lang::Pl, "Dziękuję, że raczył Pan „zerknąć” na fakturę."),
        (Lang::Ro, "Vă mulțumesc că mi-ați „amintit” de ședință."),
    ] {
        let r = check(text, lang);
        assert!(
            matches!(r.label, Label::Tense | Label::Hostile),
            "{lang}: {text} => {r:#?}"
        );
    }
    // A quoted page name or a quoted reply is not sarcasm.
    for text in ["The 'About' page is ready.", "She said: \"fine\"."] {
        assert!(check(text, Lang::En).findings.is_empty(), "{text}");
    }
}

#[test]
fn the_brief_false_alarms_are_gone() {
    let cases = [
        (
            Lang::Fr,
            "Je ne retrouve votre bon de commande nulle part, pouvez-vous me le renvoyer ?",
        ),
        (Lang::Fr, "Clairement, le nouveau logo fonctionne mieux."),
        (Lang::Fr, "Faites-moi savoir si le devis vous convient."),
        (Lang::Fr, "Merci encore une fois pour votre retour."),
        (Lang::Pl, "Głupio mi, że przeoczyłam Pana maila."),
        (Lang::Pl, "Wstyd mi, że tak późno odpisuję."),
        (
            Lang::Pl,
            "Jak mógłby wyglądać taki projekt jako płatne zlecenie?",
        ),
        (Lang::Ro, "Recunosc că a mers prost partea de programare."),
        (Lang::Ro, "Am avut o săptămână proastă, îmi pare rău."),
        (Lang::Ro, "De ce aveți nevoie pentru lansare?"),
        (Lang::Ro, "Sună bine, mulțumesc!"),
        (Lang::Ro, "Vă mulțumesc încă o dată!"),
        (Lang::Ro, "Vă reamintesc cu drag de ședința de joi."),
    ];
    for (lang, text) in cases {
        let r = check(text, lang);
        assert!(
            r.findings
                .iter()
                .all(|f| f.severity < talkprep::tone::Severity::Warn)
                && matches!(r.label, Label::Warm | Label::Neutral),
            "{lang}: {text} => {r:#?}"
        );
    }
    for (lang, text) in [
        (Lang::Fr, "C'est nul."),
        (Lang::Fr, "Vous êtes nul."),
        (Lang::Fr, "Vous n'avez toujours pas payé ma facture."),
        (Lang::Fr, "Pas de souci, payez quand vous pouvez !"),
        (Lang::Pl, "Wciąż nie ma przelewu."),
        (Lang::Ro, "Tot nu ați plătit factura."),
        (Lang::Ro, "Prețul rămâne acesta și punct."),
    ] {
        let r = check(text, lang);
        assert!(
            matches!(r.label, Label::Tense | Label::Hostile),
            "{lang}: {text} => {r:#?}"
        );
    }
}

#[test]
fn detection_falls_back_safely() {
    use talkprep::tone::detect_with_fallback;
    assert_eq!(detect("Hi Zoë, you never answer my emails"), Lang::En);
    assert_eq!(detect("Facture en retard"), Lang::Fr);
    assert_eq!(detect("Pouvez-vous me rappeler demain ?"), Lang::Fr);
    assert_eq!(detect("Putem vorbi maine?"), Lang::Ro);
    let d = detect_with_fallback("Hélène", Lang::Ro);
    assert!(d.fell_back && d.lang == Lang::Ro, "{d:?}");
    let d = detect_with_fallback("Ok, 15:00", Lang::Pl);
    assert!(d.fell_back && d.lang == Lang::Pl, "{d:?}");
    let (r, d) = talkprep::tone::check_detected("Hi Zoë, you never answer my emails", Lang::Fr);
    assert_eq!((r.lang.as_str(), d.lang), ("en", Lang::En));
    assert!(matches!(r.label, Label::Tense | Label::Hostile), "{r:#?}");
    // "retard" is an English slur rule; a French text never meets it.
    assert!(check_auto("Facture en retard").findings.is_empty());
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
    let _ = render_plain(text, r, talkprep::i18n::catalog(Lang::En));
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
