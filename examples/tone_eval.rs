//! Evaluates the tone checker on the labelled public data described in
//! `/work/shared/eval-dev/README.md`. Never run by `cargo test`; the data stays outside the repo.
//!
//! ```text
//! cargo run --release --example tone_eval -- /work/shared/eval-dev [--show N]
//! ```
//!
//! - English (Stanford Politeness, Wikipedia): bottom quartile (Normalized Score <= -0.444) is
//!   impolite, top quartile (>= 0.515) polite, the middle half is dropped. Reports the AUC of
//!   the score (higher score = politer) and the accuracy of the label under two mappings:
//!   - **primary: `warm` = polite; `neutral`, `tense`, `hostile` = impolite.** The corpus's
//!     impolite quartile is mostly *unsoftened* requests ("Where did you get that? Why?") that
//!     carry no courtesy marker at all; our scale calls a plain, unsoftened text `neutral` (a
//!     neutral sentence must stay neutral for our users), so "polite" in the corpus's sense is
//!     what we call `warm`;
//!   - secondary: `warm`/`neutral` = polite, `tense`/`hostile` = impolite (how many requests we
//!     would actively flag).
//! - Romanian (RO-Offense): `OTHER` rows are benign, `INSULT`/`ABUSE` rows hostile
//!   (`PROFANITY` is reported on its own). Polish (PolEval 2019): `0` benign, `1` hostile.
//!   A *false alarm* is a benign row labelled tense or hostile; a *hit* is a hostile row labelled
//!   tense or hostile.
//! - `--rules-only` checks with the rulebooks alone, without the learned layer.
//! - `--show N` prints up to N misclassified English rows of each kind, for tuning; with
//!   `--cut T` a row counts as polite-predicted when its score is at least T instead.
//!   `--show-other N` prints up to N Romanian and Polish false alarms and misses.

use std::error::Error;
use std::path::{Path, PathBuf};

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use talkprep::tone::{Compiled, Label, Lang, Report, bundled_json, detect};

/// Set by `--rules-only`: check with the rulebooks alone, without the learned layer.
static RULES_ONLY: AtomicBool = AtomicBool::new(false);

/// Checks `text` as the app does, or with the rules alone under `--rules-only`.
fn check(text: &str, lang: Lang) -> Report {
    if !RULES_ONLY.load(Ordering::Relaxed) {
        return talkprep::tone::check(text, lang);
    }
    static RULES: [OnceLock<Compiled>; 4] = [const { OnceLock::new() }; 4];
    let i = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    RULES[i]
        .get_or_init(|| Compiled::from_json(bundled_json(lang)).expect("bundled rulebook"))
        .check(text)
}

fn flagged(label: Label) -> bool {
    matches!(label, Label::Tense | Label::Hostile)
}

/// AUC of `scores` for telling positives from negatives (ties count one half).
fn auc(pos: &[f64], neg: &[f64]) -> f64 {
    let mut all: Vec<(f64, bool)> = pos
        .iter()
        .map(|&s| (s, true))
        .chain(neg.iter().map(|&s| (s, false)))
        .collect();
    all.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Average ranks over ties, then Mann-Whitney U.
    let mut rank_sum_pos = 0.0;
    let mut i = 0;
    while i < all.len() {
        let mut j = i;
        while j < all.len() && all[j].0 == all[i].0 {
            j += 1;
        }
        let avg_rank = (i + j + 1) as f64 / 2.0;
        rank_sum_pos += avg_rank * all[i..j].iter().filter(|x| x.1).count() as f64;
        i = j;
    }
    let (np, nn) = (pos.len() as f64, neg.len() as f64);
    (rank_sum_pos - np * (np + 1.0) / 2.0) / (np * nn)
}

fn english(dir: &Path, show: usize, cut: Option<u8>) -> Result<(), Box<dyn Error>> {
    let mut rdr = csv::Reader::from_path(dir.join("en-politeness-wikipedia.csv"))?;
    let headers = rdr.headers()?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or(format!("no column {name}"))
    };
    let (req, score_col) = (col("Request")?, col("Normalized Score")?);
    let (mut pos, mut neg) = (Vec::new(), Vec::new());
    let (mut correct, mut correct2, mut total, mut detected_en) = (0, 0, 0, 0);
    let (mut shown_fp, mut shown_fn) = (0, 0);
    let mut labels = [[0usize; 4]; 2];
    for row in rdr.records() {
        let row = row?;
        let text = &row[req];
        let gold: f64 = row[score_col].trim().parse()?;
        let polite = if gold >= 0.515 {
            true
        } else if gold <= -0.444 {
            false
        } else {
            continue;
        };
        let r = check(text, Lang::En);
        total += 1;
        detected_en += usize::from(detect(text) == Lang::En);
        let predicted_polite = r.label == Label::Warm;
        correct += usize::from(predicted_polite == polite);
        correct2 += usize::from(flagged(r.label) != polite);
        labels[usize::from(polite)][r.label as usize] += 1;
        if polite {
            pos.push(f64::from(r.score));
        } else {
            neg.push(f64::from(r.score));
        }
        let shown_polite = cut.map_or(predicted_polite, |c| r.score >= c);
        if shown_polite != polite {
            let shown = if polite { &mut shown_fn } else { &mut shown_fp };
            if *shown < show {
                *shown += 1;
                let steps: Vec<String> = r
                    .arithmetic
                    .iter()
                    .map(|s| format!("{:+} {} '{}'", s.points, s.category, s.matched))
                    .collect();
                println!(
                    "  [{} gold {gold:+.2} score {}] {text}\n      {}",
                    if polite { "polite" } else { "impolite" },
                    r.score,
                    steps.join("; ")
                );
            }
        }
    }
    println!(
        "English, Stanford Politeness (Wikipedia), top vs bottom quartile: {} polite, {} impolite",
        pos.len(),
        neg.len()
    );
    println!(
        "  accuracy, primary mapping (warm = polite; neutral/tense/hostile = impolite): {:.1}% ({correct}/{total})",
        100.0 * correct as f64 / total as f64
    );
    println!(
        "  accuracy, secondary mapping (warm/neutral = polite; tense/hostile = impolite): {:.1}% ({correct2}/{total})",
        100.0 * correct2 as f64 / total as f64
    );
    println!("  AUC of the score: {:.3}", auc(&pos, &neg));
    let (best_cut, best_acc) = (0..=101)
        .map(|t| {
            let t = f64::from(t);
            let ok =
                pos.iter().filter(|&&s| s >= t).count() + neg.iter().filter(|&&s| s < t).count();
            (t, ok as f64 / total as f64)
        })
        .fold((0.0, 0.0), |best, x| if x.1 > best.1 { x } else { best });
    println!(
        "  (diagnostic) best single cut-off: polite if score >= {best_cut}: {:.1}%",
        100.0 * best_acc
    );
    let hist = |v: &[f64]| {
        let mut h = [0usize; 11];
        for &s in v {
            h[(s as usize / 10).min(10)] += 1;
        }
        h
    };
    println!(
        "  score deciles 0-9,10-19,..,100: polite {:?}\n                                    impolite {:?}",
        hist(&pos),
        hist(&neg)
    );
    println!(
        "  labels [warm, neutral, tense, hostile]: polite {:?}, impolite {:?}",
        labels[1], labels[0]
    );
    println!(
        "  auto-detected as en: {:.1}%",
        100.0 * detected_en as f64 / total as f64
    );
    Ok(())
}

/// False-alarm rate on benign texts and hit rate on hostile ones, plus auto-detection rate.
struct Rates {
    /// Categories present in false alarms, to see what drives them.
    alarm_categories: std::collections::BTreeMap<String, usize>,
    /// Rules and matched words present in false alarms and in hits.
    alarm_rules: std::collections::BTreeMap<String, (usize, usize)>,
    show: usize,
    shown: [usize; 2],
    benign: usize,
    false_alarms: usize,
    hostile: usize,
    hits: usize,
    detected: usize,
}

impl Rates {
    fn new(show: usize) -> Self {
        Rates {
            alarm_categories: Default::default(),
            alarm_rules: Default::default(),
            show,
            shown: [0, 0],
            benign: 0,
            false_alarms: 0,
            hostile: 0,
            hits: 0,
            detected: 0,
        }
    }

    fn add(&mut self, text: &str, lang: Lang, hostile: bool) {
        let r = check(text, lang);
        if flagged(r.label) {
            let mut seen: Vec<String> = r
                .findings
                .iter()
                .map(|f| format!("{} '{}'", f.rule, f.matched.to_lowercase()))
                .collect();
            seen.sort_unstable();
            seen.dedup();
            for k in seen {
                let e = self.alarm_rules.entry(k).or_default();
                if hostile {
                    e.1 += 1;
                } else {
                    e.0 += 1;
                }
            }
        }
        self.detected += usize::from(detect(text) == lang);
        if flagged(r.label) != hostile && self.shown[usize::from(hostile)] < self.show {
            self.shown[usize::from(hostile)] += 1;
            let steps: Vec<String> = r
                .arithmetic
                .iter()
                .map(|s| format!("{:+} {} '{}'", s.points, s.category, s.matched))
                .collect();
            let kind = if hostile { "missed" } else { "false alarm" };
            println!(
                "  [{kind} score {}] {}\n      {}",
                r.score,
                text.replace('\n', " "),
                steps.join("; ")
            );
        }
        if hostile {
            self.hostile += 1;
            self.hits += usize::from(flagged(r.label));
        } else {
            self.benign += 1;
            self.false_alarms += usize::from(flagged(r.label));
            if flagged(r.label) {
                let mut cats: Vec<&str> = r.findings.iter().map(|f| &*f.category).collect();
                cats.dedup();
                cats.sort_unstable();
                cats.dedup();
                if cats == ["shouting"] {
                    *self
                        .alarm_categories
                        .entry("(shouting alone)".to_string())
                        .or_default() += 1;
                }
                for c in cats {
                    *self.alarm_categories.entry(c.to_string()).or_default() += 1;
                }
            }
        }
    }

    fn print(&self, name: &str, lang: Lang) {
        let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
        println!("{name}: {} benign, {} hostile", self.benign, self.hostile);
        println!(
            "  false alarms on benign (tense/hostile): {:.1}% ({}/{})",
            pct(self.false_alarms, self.benign),
            self.false_alarms,
            self.benign
        );
        println!(
            "  hits on hostile (tense/hostile): {:.1}% ({}/{})",
            pct(self.hits, self.hostile),
            self.hits,
            self.hostile
        );
        println!(
            "  categories present in false alarms: {:?}",
            self.alarm_categories
        );
        if self.show > 0 {
            let mut top: Vec<_> = self.alarm_rules.iter().collect();
            top.sort_by_key(|(_, (fa, _))| std::cmp::Reverse(*fa));
            for (k, (fa, hit)) in top.into_iter().take(self.show) {
                println!("    {fa:4} false alarms, {hit:4} hits: {k}");
            }
        }
        println!(
            "  auto-detected as {}: {:.1}%",
            lang.code(),
            pct(self.detected, self.benign + self.hostile)
        );
    }
}

fn romanian(dir: &Path, show: usize) -> Result<(), Box<dyn Error>> {
    let mut rdr = csv::Reader::from_path(dir.join("ro-offense-train.csv"))?;
    let (mut main, mut profanity) = (Rates::new(show), Rates::new(0));
    for row in rdr.records() {
        let row = row?;
        let (text, label) = (&row[1], &row[2]);
        match label {
            "OTHER" => main.add(text, Lang::Ro, false),
            "INSULT" | "ABUSE" => main.add(text, Lang::Ro, true),
            "PROFANITY" => profanity.add(text, Lang::Ro, true),
            _ => {}
        }
    }
    main.print("Romanian, RO-Offense (OTHER vs INSULT/ABUSE)", Lang::Ro);
    println!(
        "  PROFANITY rows flagged: {:.1}% ({}/{})",
        100.0 * profanity.hits as f64 / profanity.hostile.max(1) as f64,
        profanity.hits,
        profanity.hostile
    );
    Ok(())
}

fn polish(dir: &Path, show: usize) -> Result<(), Box<dyn Error>> {
    let data = std::fs::read_to_string(dir.join("pl-poleval2019-task1-train.ft"))?;
    let mut rates = Rates::new(show);
    for line in data.lines() {
        if let Some(text) = line.strip_prefix("__label__0 ") {
            rates.add(text, Lang::Pl, false);
        } else if let Some(text) = line.strip_prefix("__label__1 ") {
            rates.add(text, Lang::Pl, true);
        }
    }
    rates.print("Polish, PolEval 2019 task 6 (0 vs 1)", Lang::Pl);
    Ok(())
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut show = 0;
    let mut cut = None;
    let mut show_other = 0;
    while let Some(a) = args.next() {
        if a == "--show-other" {
            show_other = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
        } else if a == "--rules-only" {
            RULES_ONLY.store(true, Ordering::Relaxed);
        } else if a == "--cut" {
            cut = args.next().and_then(|n| n.parse().ok());
        } else if a == "--show" {
            show = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
        } else {
            dir = Some(PathBuf::from(a));
        }
    }
    let Some(dir) = dir else {
        eprintln!(
            "usage: tone_eval <eval-dev folder> [--show N] [--cut T] [--show-other N] [--rules-only]"
        );
        std::process::exit(2);
    };
    english(&dir, show, cut)?;
    romanian(&dir, show_other)?;
    polish(&dir, show_other)?;
    Ok(())
}
