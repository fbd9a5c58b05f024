//! The rulebooks' own examples, and the labelled set of openers in `tests/data/tone/`.

use std::collections::BTreeSet;

use talkprep::tone::{Kind, Label, Lang, Report, check, compiled, rulebook};

#[test]
fn every_rule_fires_on_its_hits_and_not_on_its_misses() {
    let mut failures = Vec::new();
    let mut rules = 0;
    for lang in Lang::ALL {
        rules += rulebook(lang).rules.len();
        failures.extend(
            compiled(lang)
                .example_failures()
                .into_iter()
                .map(|f| format!("{lang}: {f}")),
        );
    }
    eprintln!("rule examples: {rules} rules in 4 languages checked");
    assert!(
        failures.is_empty(),
        "{} failing examples:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn all_rulebooks_share_the_category_ids_and_kinds() {
    let cats = |lang| -> Vec<(String, Kind)> {
        rulebook(lang)
            .categories
            .iter()
            .map(|c| (c.id.clone(), c.kind))
            .collect()
    };
    let en = cats(Lang::En);
    for lang in [Lang::Fr, Lang::Pl, Lang::Ro] {
        assert_eq!(cats(lang), en, "{lang} categories differ from en");
    }
    for id in [
        "alarm",
        "blame",
        "absolutes",
        "ultimatum",
        "sarcasm",
        "shouting",
        "grovelling",
        "dismissive",
        "passive_aggressive",
        "demand",
        "insult",
        "thanks",
        "understand",
        "invite",
        "i_statement",
        "together",
        "acknowledge",
        "next_step",
    ] {
        assert!(en.iter().any(|(c, _)| c == id), "missing category {id}");
    }
}

#[test]
fn every_category_has_rules_in_every_language() {
    for lang in Lang::ALL {
        let book = rulebook(lang);
        let used: BTreeSet<&str> = book.rules.iter().map(|r| r.category.as_str()).collect();
        for c in &book.categories {
            assert!(
                used.contains(c.id.as_str()),
                "{lang}: no rule in category {}",
                c.id
            );
        }
    }
    // English has at least five rules in each problem category (the learned layer's category
    // has its one rule).
    let en = rulebook(Lang::En);
    for c in en
        .categories
        .iter()
        .filter(|c| c.kind == Kind::Problem && c.id != "wording")
    {
        let n = en.rules.iter().filter(|r| r.category == c.id).count();
        assert!(n >= 5, "en: only {n} rules in {}", c.id);
    }
}

struct Row {
    fine: bool,
    category: String,
    text: String,
}

fn labelled(lang: Lang) -> Vec<Row> {
    let path = format!(
        "{}/tests/data/tone/{}.tsv",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.splitn(3, '\t');
            let (expect, category, text) = (cols.next(), cols.next(), cols.next());
            let (Some(expect), Some(category), Some(text)) = (expect, category, text) else {
                panic!("{path}: bad line {l:?}");
            };
            assert!(
                matches!(expect, "fine" | "not"),
                "{path}: bad expect in {l:?}"
            );
            Row {
                fine: expect == "fine",
                category: category.to_string(),
                text: text.to_string(),
            }
        })
        .collect()
}

fn triggers(r: &Report, category: &str) -> bool {
    r.findings.iter().any(|f| &*f.category == category)
}

fn flagged(r: &Report) -> bool {
    matches!(r.label, Label::Tense | Label::Hostile)
}

/// Runs the labelled set of `lang` through the checker, prints the numbers and checks the
/// targets: at most 1 false alarm in 10 "fine" openers, at least 9 hits in 10 "not" openers.
fn check_labelled(lang: Lang) {
    let rows = labelled(lang);
    let (mut fine, mut false_alarms, mut not_fine, mut hits, mut flagged_not) = (0, 0, 0, 0, 0);
    let mut report = Vec::new();
    for row in &rows {
        let r = check(&row.text, lang);
        if row.fine {
            fine += 1;
            if flagged(&r) || triggers(&r, &row.category) {
                false_alarms += 1;
                report.push(format!(
                    "false alarm ({:?} {}): {}",
                    r.label, r.score, row.text
                ));
            }
        } else {
            not_fine += 1;
            flagged_not += usize::from(flagged(&r));
            if triggers(&r, &row.category) {
                hits += 1;
            } else {
                report.push(format!("missed {}: {}", row.category, row.text));
            }
        }
    }
    eprintln!(
        "labelled {lang} openers: {fine} fine, {false_alarms} false alarms ({:.1}%); \
         {not_fine} not fine, {hits} hits on the tagged category ({:.1}%), \
         {flagged_not} labelled tense/hostile ({:.1}%)",
        100.0 * false_alarms as f64 / fine as f64,
        100.0 * hits as f64 / not_fine as f64,
        100.0 * flagged_not as f64 / not_fine as f64,
    );
    for line in &report {
        eprintln!("  {line}");
    }
    assert!(
        rows.len() >= 60,
        "{lang}: the labelled set needs at least 60 openers"
    );
    assert!(fine > 0 && not_fine > 0, "{lang}: needs fine and not rows");
    assert!(false_alarms * 10 <= fine, "{lang}: too many false alarms");
    assert!(hits * 10 >= not_fine * 9, "{lang}: too few hits");
}

#[test]
fn labelled_english_openers() {
    check_labelled(Lang::En);
}

#[test]
fn labelled_french_openers() {
    check_labelled(Lang::Fr);
}

#[test]
fn labelled_polish_openers() {
    check_labelled(Lang::Pl);
}

#[test]
fn labelled_romanian_openers() {
    check_labelled(Lang::Ro);
}

/// The tuning sets (`tests/data/tone/tune/<lang>.tsv`, `expect<TAB>kind<TAB>text`): openers
/// written by native-level helpers who never saw the rules, 90 fine and 90 not per language,
/// which the rules WERE tuned on. These figures only prove there is no regression: they say
/// nothing about accuracy on unseen openers (the held-out sets measure that, elsewhere).
///
/// Target on the tuning set: at least 95% of `not` openers labelled tense or hostile, at most
/// 2% of `fine` openers labelled tense or hostile.
fn check_tuning_set(lang: Lang) {
    let path = format!(
        "{}/tests/data/tone/tune/{}.tsv",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let (mut fine, mut alarms, mut not, mut hits) = (0, 0, 0, 0);
    let mut notes = Vec::new();
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.splitn(3, '\t').collect();
        let [expect, kind, text] = cols[..] else {
            panic!("{path}: bad line {line:?}");
        };
        let r = check(text, lang);
        match expect {
            "fine" => {
                fine += 1;
                if flagged(&r) {
                    alarms += 1;
                    notes.push(format!(
                        "false alarm ({kind}, {:?} {}): {text}",
                        r.label, r.score
                    ));
                }
            }
            "not" => {
                not += 1;
                if flagged(&r) {
                    hits += 1;
                } else {
                    notes.push(format!(
                        "missed ({kind}, {:?} {}): {text}",
                        r.label, r.score
                    ));
                }
            }
            _ => panic!("{path}: bad expect in {line:?}"),
        }
    }
    eprintln!(
        "tuning-set figures (tuned on, so no evidence of accuracy) {lang}: {hits}/{not} not \
         labelled tense or hostile ({:.1}%), {alarms}/{fine} fine labelled tense or hostile \
         ({:.1}%)",
        100.0 * hits as f64 / not.max(1) as f64,
        100.0 * alarms as f64 / fine.max(1) as f64,
    );
    for n in &notes {
        eprintln!("  {n}");
    }
    assert!(
        fine >= 80 && not >= 80,
        "{lang}: the tuning set should have 90 + 90 rows"
    );
    assert!(hits * 100 >= not * 95, "{lang}: tuning set hits regressed");
    assert!(
        alarms * 100 <= fine * 2,
        "{lang}: tuning set false alarms regressed"
    );
}

#[test]
fn tuning_set_english_no_regression() {
    check_tuning_set(Lang::En);
}

#[test]
fn tuning_set_french_no_regression() {
    check_tuning_set(Lang::Fr);
}

#[test]
fn tuning_set_polish_no_regression() {
    check_tuning_set(Lang::Pl);
}

#[test]
fn tuning_set_romanian_no_regression() {
    check_tuning_set(Lang::Ro);
}
