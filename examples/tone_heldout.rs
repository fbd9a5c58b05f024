//! Measures the tone checker on the held-out openers in `tests/data/tone/heldout/<lang>.tsv`:
//! lines written for talkprep *without reading the rulebooks*, and never used to tune them, so
//! their figures estimate how the checker does on openers it has not seen. (The labelled sets
//! beside them, `tests/data/tone/<lang>.tsv`, were written with the rules in view and are
//! enforced by `cargo test`; these are only measured.)
//!
//! ```text
//! cargo run --release --example tone_heldout [-- --show]
//! ```
//!
//! - *false alarm*: a `fine` row labelled tense or hostile, or triggering the problem category
//!   it is tagged with;
//! - *hit*: a `not` row triggering its tagged category; *flagged*: a `not` row with any
//!   problem of severity warn or high, or labelled tense or hostile.

use std::error::Error;

use talkprep::tone::{Label, Lang, Report, Severity, check};

struct Row {
    fine: bool,
    category: String,
    text: String,
}

fn rows(lang: Lang) -> Result<Vec<Row>, Box<dyn Error>> {
    let path = format!(
        "{}/tests/data/tone/heldout/{}.tsv",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let data = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    for (i, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.splitn(3, '\t').collect();
        let [expect, category, text] = cols[..] else {
            return Err(format!("{path}:{}: expected expect<TAB>category<TAB>text", i + 1).into());
        };
        if !matches!(expect, "fine" | "not") {
            return Err(format!("{path}:{}: expect must be fine or not", i + 1).into());
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
    let show = std::env::args().any(|a| a == "--show");
    for lang in Lang::ALL {
        let rows = rows(lang)?;
        let (mut fine, mut alarms, mut not, mut hits, mut flagged) = (0, 0, 0, 0, 0);
        let mut notes = Vec::new();
        for row in &rows {
            let r = check(&row.text, lang);
            if row.fine {
                fine += 1;
                if tense(&r) || triggers(&r, &row.category) {
                    alarms += 1;
                    notes.push(format!(
                        "false alarm ({:?} {}): {}",
                        r.label, r.score, row.text
                    ));
                }
            } else {
                not += 1;
                hits += usize::from(triggers(&r, &row.category));
                let any = tense(&r) || r.findings.iter().any(|f| f.severity >= Severity::Warn);
                flagged += usize::from(any);
                if !triggers(&r, &row.category) {
                    notes.push(format!(
                        "missed {} ({:?} {}): {}",
                        row.category, r.label, r.score, row.text
                    ));
                }
            }
        }
        println!(
            "held-out {lang}: {fine} fine, {alarms} false alarms ({:.0}%); {not} not fine, \
             {hits} hits on the tagged category ({:.0}%), {flagged} flagged at all ({:.0}%)",
            pct(alarms, fine),
            pct(hits, not),
            pct(flagged, not)
        );
        if show {
            for n in notes {
                println!("  {n}");
            }
        }
    }
    Ok(())
}
