//! Measures the tone checker on held-out openers: `<dir>/<lang>.tsv`, by default
//! `tests/data/tone/heldout/`, lines written for talkprep *without reading the rulebooks* and
//! never used to tune them, so their figures estimate how the checker does on openers it has
//! not seen. (The labelled and tuning sets, `tests/data/tone/<lang>.tsv` and
//! `tests/data/tone/tune/<lang>.tsv`, were used to write the rules and are enforced by
//! `cargo test`; these are only measured.)
//!
//! ```text
//! cargo run --release --example tone_heldout [-- [--dir PATH] [--show]]
//! ```
//!
//! File format: `expect<TAB>category<TAB>text`, `expect` is `fine` or `not`; the category
//! column may hold a rule category (`blame`) or a kind (`sarcasm`, `condescension`,
//! `firm_direct`…). Lines starting with `#` are comments. A language without a file is skipped.
//!
//! Main figures, per language:
//! - *hits*: `not` rows labelled tense or hostile;
//! - *false alarms*: `fine` rows labelled tense or hostile.
//!
//! Also shown: `not` rows triggering the problem category they are tagged with (when the tag is
//! a category), and `not` rows with any finding at warn or above.

use std::error::Error;
use std::path::{Path, PathBuf};

use talkprep::tone::{Label, Lang, Report, Severity, check};

struct Row {
    fine: bool,
    category: String,
    text: String,
}

fn rows(path: &Path) -> Result<Vec<Row>, Box<dyn Error>> {
    let shown = path.display();
    let data = std::fs::read_to_string(path).map_err(|e| format!("{shown}: {e}"))?;
    let mut out = Vec::new();
    for (i, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.splitn(3, '\t').collect();
        let [expect, category, text] = cols[..] else {
            return Err(format!("{shown}:{}: expected expect<TAB>category<TAB>text", i + 1).into());
        };
        if !matches!(expect, "fine" | "not") {
            return Err(format!("{shown}:{}: expect must be fine or not", i + 1).into());
        }
        out.push(Row {
            fine: expect == "fine",
            category: category.to_string(),
            text: text.to_string(),
        });
    }
    Ok(out)
}

fn tense(r: &Report) -> bool {
    matches!(r.label, Label::Tense | Label::Hostile)
}

fn triggers(r: &Report, category: &str) -> bool {
    r.findings.iter().any(|f| &*f.category == category)
}

fn pct(n: usize, of: usize) -> f64 {
    100.0 * n as f64 / of.max(1) as f64
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show = args.iter().any(|a| a == "--show");
    let dir = match args.iter().position(|a| a == "--dir") {
        Some(i) => PathBuf::from(args.get(i + 1).ok_or("--dir needs a PATH")?),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tone/heldout"),
    };
    let (mut all_not, mut all_hits, mut all_fine, mut all_alarms) = (0, 0, 0, 0);
    for lang in Lang::ALL {
        let path = dir.join(format!("{}.tsv", lang.code()));
        if !path.exists() {
            println!("held-out {lang}: no {}", path.display());
            continue;
        }
        let rows = rows(&path)?;
        let (mut fine, mut alarms, mut not, mut hits, mut tagged, mut flagged) = (0, 0, 0, 0, 0, 0);
        let mut notes = Vec::new();
        for row in &rows {
            let r = check(&row.text, lang);
            if row.fine {
                fine += 1;
                if tense(&r) {
                    alarms += 1;
                    notes.push(format!(
                        "false alarm ({} {:?} {}): {}",
                        row.category, r.label, r.score, row.text
                    ));
                }
            } else {
                not += 1;
                hits += usize::from(tense(&r));
                tagged += usize::from(triggers(&r, &row.category));
                let any = tense(&r) || r.findings.iter().any(|f| f.severity >= Severity::Warn);
                flagged += usize::from(any);
                if !tense(&r) {
                    notes.push(format!(
                        "missed {} ({:?} {}): {}",
                        row.category, r.label, r.score, row.text
                    ));
                }
            }
        }
        println!(
            "held-out {lang}: {hits}/{not} bad openers labelled tense or hostile ({:.0}%); \
             {alarms}/{fine} fine labelled tense or hostile, false alarms ({:.0}%) \
             [tagged category triggered {tagged} ({:.0}%), any warn finding or tense {flagged} ({:.0}%)]",
            pct(hits, not),
            pct(alarms, fine),
            pct(tagged, not),
            pct(flagged, not)
        );
        all_not += not;
        all_hits += hits;
        all_fine += fine;
        all_alarms += alarms;
        if show {
            for n in notes {
                println!("  {n}");
            }
        }
    }
    println!(
        "held-out all: {all_hits}/{all_not} bad openers labelled tense or hostile ({:.0}%); \
         {all_alarms}/{all_fine} fine labelled tense or hostile ({:.0}%)",
        pct(all_hits, all_not),
        pct(all_alarms, all_fine)
    );
    Ok(())
}
