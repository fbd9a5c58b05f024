//! Retrains the tone checker's learned layer, `assets/tone/model/<lang>.json`, from labelled
//! openers in the repository: a logistic regression (L2) over the features the checker itself
//! reads ([`Compiled::learned_features`]: words, word pairs, stems, the rules' categories).
//!
//! ```text
//! cargo run --release --example tone_train [-- [en|fr|pl|ro]... [--dry-run] [--show]]
//! ```
//!
//! Trained on: the labelled set (`tests/data/tone/<lang>.tsv`), `extra/` and `tune/`, and every `tune<N>/` (N from 2)
//! under `tests/data/tone/`, and the bundled playbook (phrases to avoid are bad, every line it
//! suggests is fine). It never reads `heldout/` or `heldout-native/`: measure on those after.
//!
//! The regularisation and the threshold are chosen by 5-fold cross-validation on the training
//! data, scored on the rows the rulebooks were never tuned on (`tune<N>/`), because on the rows
//! the rules were written from their categories look perfect: the most hits with at most
//! [`MAX_FALSE_ALARMS`] false alarms, counting what the rules alone already label tense. The
//! result is deterministic: the same data gives the same file.

use std::collections::{BTreeMap, HashMap};
use std::error::Error;
use std::path::Path;

use talkprep::tone::{
    Compiled, CrossValidation, LEARNED_MIN_WORDS, Label, Lang, MODEL_SCHEMA_VERSION, ModelFile,
    Normalized, bundled_json,
};

#[path = "../tests/support/playbook_lines.rs"]
mod playbook_lines;

/// The false-alarm rate the threshold may reach in cross-validation.
const MAX_FALSE_ALARMS: f64 = 0.03;
/// Regularisation strengths tried.
const L2_GRID: [f64; 4] = [0.0003, 0.001, 0.002, 0.005];
/// Weights smaller than this are left out of the file.
const KEEP_FROM: f64 = 0.002;
const FOLDS: usize = 5;
const EPOCHS: usize = 600;

/// The labelled files the rulebooks were written from, relative to the repository.
const TUNED_SOURCES: [&str; 3] = [
    "tests/data/tone/{lang}.tsv",
    "tests/data/tone/extra/{lang}.tsv",
    "tests/data/tone/tune/{lang}.tsv",
];

/// The labelled files the rulebooks were never tuned on: `tests/data/tone/tune<N>/<lang>.tsv`
/// for N from 2, in order.
fn fresh_sources(root: &Path, lang: Lang) -> Vec<String> {
    let mut dirs: Vec<u32> = std::fs::read_dir(root.join("tests/data/tone"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.strip_prefix("tune")?.parse().ok())
        .filter(|&n| n >= 2)
        .collect();
    dirs.sort_unstable();
    dirs.into_iter()
        .map(|n| format!("tests/data/tone/tune{n}/{}.tsv", lang.code()))
        .collect()
}

struct Row {
    bad: bool,
    /// The row's kind column (`sarcasm`, `firm_direct`…), for the per-kind figures.
    kind: String,
    /// Whether the rulebook was never tuned on this row (it decides the threshold).
    fresh: bool,
    /// Whether the rules alone label it tense or hostile.
    rules_tense: bool,
    /// Whether it is long enough for the learned layer to judge it.
    judged: bool,
    features: Vec<u32>,
}

/// A labelled line: whether it is bad, its kind, its text.
type Labelled = (bool, String, String);

fn read_rows(path: &Path) -> Result<Vec<Labelled>, Box<dyn Error>> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (i, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        match line.splitn(3, '\t').collect::<Vec<_>>()[..] {
            [expect @ ("fine" | "not"), kind, text] => {
                out.push((expect == "not", kind.to_string(), text.to_string()))
            }
            _ => {
                return Err(format!(
                    "{}:{}: expected fine|not<TAB>kind<TAB>text",
                    path.display(),
                    i + 1
                )
                .into());
            }
        }
    }
    Ok(out)
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z.clamp(-40.0, 40.0)).exp())
}

/// Full-batch gradient descent with Adam on the mean log loss plus `l2`·|w|²/2.
fn train(rows: &[&Row], dims: usize, l2: f64) -> (Vec<f64>, f64) {
    let (mut w, mut bias) = (vec![0.0; dims], 0.0);
    let (mut m, mut v) = (vec![0.0; dims + 1], vec![0.0; dims + 1]);
    let (lr, b1, b2) = (0.05, 0.9, 0.999);
    let n = rows.len().max(1) as f64;
    let mut grad = vec![0.0; dims + 1];
    for t in 1..=EPOCHS {
        grad.iter_mut().for_each(|g| *g = 0.0);
        for r in rows {
            let z = bias + r.features.iter().map(|&f| w[f as usize]).sum::<f64>();
            let e = sigmoid(z) - f64::from(u8::from(r.bad));
            for &f in &r.features {
                grad[f as usize] += e / n;
            }
            grad[dims] += e / n;
        }
        for (i, wi) in w.iter().enumerate() {
            grad[i] += l2 * wi;
        }
        for i in 0..=dims {
            m[i] = b1 * m[i] + (1.0 - b1) * grad[i];
            v[i] = b2 * v[i] + (1.0 - b2) * grad[i] * grad[i];
            let step = lr * (m[i] / (1.0 - b1.powi(t as i32)))
                / ((v[i] / (1.0 - b2.powi(t as i32))).sqrt() + 1e-8);
            if i == dims {
                bias -= step;
            } else {
                w[i] -= step;
            }
        }
    }
    (w, bias)
}

fn predict(w: &[f64], bias: f64, r: &Row) -> f64 {
    sigmoid(bias + r.features.iter().map(|&f| w[f as usize]).sum::<f64>())
}

/// Out-of-fold probabilities, folds dealt in a fixed shuffled order.
fn out_of_fold(rows: &[Row], dims: usize, l2: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in (1..order.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        order.swap(i, (state % (i as u64 + 1)) as usize);
    }
    let mut fold = vec![0; rows.len()];
    for (k, &i) in order.iter().enumerate() {
        fold[i] = k % FOLDS;
    }
    let mut out = vec![0.0; rows.len()];
    for k in 0..FOLDS {
        let train_rows: Vec<&Row> = rows
            .iter()
            .zip(&fold)
            .filter(|(_, f)| **f != k)
            .map(|(r, _)| r)
            .collect();
        let (w, b) = train(&train_rows, dims, l2);
        for (i, r) in rows.iter().enumerate() {
            if fold[i] == k {
                out[i] = predict(&w, b, r);
            }
        }
    }
    out
}

/// Hits and false alarms of the rules plus the model at `threshold`, on the scored rows.
fn rates(rows: &[Row], probs: &[f64], threshold: f64, scored: &dyn Fn(&Row) -> bool) -> (f64, f64) {
    let (mut bad, mut hits, mut fine, mut alarms) = (0, 0, 0, 0);
    for (r, &p) in rows.iter().zip(probs) {
        if !scored(r) {
            continue;
        }
        let flagged = r.rules_tense || (r.judged && p >= threshold);
        if r.bad {
            bad += 1;
            hits += usize::from(flagged);
        } else {
            fine += 1;
            alarms += usize::from(flagged);
        }
    }
    (
        hits as f64 / f64::from(bad.max(1)),
        alarms as f64 / f64::from(fine.max(1)),
    )
}

/// The threshold with the most hits at no more than `cap` false alarms.
fn pick_threshold(
    rows: &[Row],
    probs: &[f64],
    cap: f64,
    scored: &dyn Fn(&Row) -> bool,
) -> (f64, (f64, f64)) {
    let mut best = (0.99, rates(rows, probs, 0.99, scored));
    for step in (20..99).rev() {
        let th = f64::from(step) / 100.0;
        let (h, f) = rates(rows, probs, th, scored);
        if f <= cap && h > best.1.0 {
            best = (th, (h, f));
        }
    }
    best
}

fn train_lang(lang: Lang, root: &Path, dry_run: bool, show: bool) -> Result<(), Box<dyn Error>> {
    let rules = Compiled::from_json(bundled_json(lang))?;
    let mut labelled: Vec<(bool, bool, String, String)> = Vec::new();
    let mut trained_on = BTreeMap::new();
    let tuned = TUNED_SOURCES
        .iter()
        .map(|p| (p.replace("{lang}", lang.code()), true));
    let fresh = fresh_sources(root, lang).into_iter().map(|p| (p, false));
    for (rel, tuned) in tuned.chain(fresh).collect::<Vec<_>>() {
        let path = root.join(&rel);
        if !path.exists() {
            continue;
        }
        let rows = read_rows(&path)?;
        trained_on.insert(rel, rows.len());
        labelled.extend(
            rows.into_iter()
                .map(|(bad, kind, t)| (bad, !tuned, kind, t)),
        );
    }
    let lines = playbook_lines::lines(lang.code());
    trained_on.insert(
        format!("assets/playbook/{}.json (avoid)", lang.code()),
        lines.avoid.len(),
    );
    trained_on.insert(
        format!("assets/playbook/{}.json (suggested)", lang.code()),
        lines.suggested.len(),
    );
    labelled.extend(
        lines
            .avoid
            .into_iter()
            .map(|l| (true, false, "avoid".into(), l.text)),
    );
    labelled.extend(
        lines
            .suggested
            .into_iter()
            .map(|l| (false, false, "suggested".into(), l.text)),
    );
    let fresh_rows = labelled.iter().filter(|r| r.1).count();

    let mut index: HashMap<String, u32> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let rows: Vec<Row> = labelled
        .iter()
        .map(|(bad, fresh, kind, text)| {
            let features = rules
                .learned_features(text)
                .into_iter()
                .map(|k| {
                    *index.entry(k.clone()).or_insert_with(|| {
                        names.push(k);
                        names.len() as u32 - 1
                    })
                })
                .collect();
            let label = rules.check(text).label;
            Row {
                bad: *bad,
                kind: kind.clone(),
                fresh: *fresh && fresh_rows > 0,
                rules_tense: matches!(label, Label::Tense | Label::Hostile),
                judged: Normalized::new(text).words().len() >= LEARNED_MIN_WORDS,
                features,
            }
        })
        .collect();
    let scored = |r: &Row| r.fresh || fresh_rows == 0;
    // The cap on false alarms, or just above what the rules alone raise on the scored rows.
    let rules_alarms = rates(&rows, &vec![0.0; rows.len()], 2.0, &scored).1;
    let cap = MAX_FALSE_ALARMS.max(rules_alarms + 0.01);
    let dims = names.len();

    let mut best: Option<(f64, f64, (f64, f64))> = None;
    for l2 in L2_GRID {
        let probs = out_of_fold(&rows, dims, l2);
        let (th, (h, f)) = pick_threshold(&rows, &probs, cap, &scored);
        println!(
            "{lang}: l2 {l2}: threshold {th:.2}, out-of-fold {:.1}% hits / {:.1}% false alarms",
            h * 100.0,
            f * 100.0
        );
        if best.is_none_or(|b| h > b.2.0) {
            best = Some((l2, th, (h, f)));
        }
    }
    let Some((l2, threshold, (hits, false_alarms))) = best else {
        return Err("no regularisation tried".into());
    };
    if show {
        let probs = out_of_fold(&rows, dims, l2);
        let mut kinds: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for ((r, &p), (_, _, _, text)) in rows.iter().zip(&probs).zip(&labelled) {
            if !scored(r) {
                continue;
            }
            let flagged = r.rules_tense || (r.judged && p >= threshold);
            let e = kinds.entry(&r.kind).or_default();
            e.1 += 1;
            if flagged == r.bad {
                e.0 += 1;
            } else {
                println!(
                    "  {} {} p={p:.2}: {text}",
                    if r.bad { "missed" } else { "false alarm" },
                    r.kind
                );
            }
        }
        for (k, (right, of)) in kinds {
            println!("  {k}: {right}/{of} right");
        }
    }
    let all: Vec<&Row> = rows.iter().collect();
    let (w, bias) = train(&all, dims, l2);
    let weights: BTreeMap<String, f64> = names
        .iter()
        .zip(&w)
        .filter(|(_, w)| w.abs() >= KEEP_FROM)
        .map(|(k, &w)| (k.clone(), (w * 10_000.0).round() / 10_000.0))
        .collect();
    let file = ModelFile {
        schema_version: MODEL_SCHEMA_VERSION,
        lang: lang.code().to_string(),
        about: format!(
            "Learned tone weights, written by `cargo run --release --example tone_train`; do not \
             edit by hand. Logistic regression, l2 {l2}, {} rows, {} of them never used to tune \
             the rules (they chose l2 and the threshold by {FOLDS}-fold cross-validation).",
            rows.len(),
            fresh_rows
        ),
        trained_on,
        cross_validation: Some(CrossValidation {
            hits: (hits * 1000.0).round() / 1000.0,
            false_alarms: (false_alarms * 1000.0).round() / 1000.0,
        }),
        bias: (bias * 10_000.0).round() / 10_000.0,
        threshold,
        weights,
    };
    println!(
        "{lang}: chose l2 {l2}, threshold {threshold:.2}: {:.1}% hits / {:.1}% false alarms out of fold on {fresh_rows} fresh rows; {} weights kept of {dims}",
        hits * 100.0,
        false_alarms * 100.0,
        file.weights.len()
    );
    if !dry_run {
        let path = root.join(format!("assets/tone/model/{}.json", lang.code()));
        let json = serde_json::to_string_pretty(&file)? + "\n";
        std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("{lang}: wrote {}", path.display());
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dry_run = args.iter().any(|a| a == "--dry-run");
    let show = args.iter().any(|a| a == "--show");
    let mut langs: Vec<Lang> = Vec::new();
    for a in args.iter().filter(|a| !a.starts_with("--")) {
        langs.push(a.parse().map_err(|_| format!("unknown language '{a}'"))?);
    }
    if langs.is_empty() {
        langs = Lang::ALL.to_vec();
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for lang in langs {
        train_lang(lang, root, dry_run, show)?;
    }
    Ok(())
}
