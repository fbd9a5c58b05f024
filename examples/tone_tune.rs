//! The rule author's loop: reads the rulebooks from `assets/tone/*.json` at run time (no rebuild
//! after editing them) and prints, per language, the rules' own example failures, the labelled
//! set, the tuning set (`tests/data/tone/tune/`) and the agreement with the bundled playbooks.
//!
//! ```text
//! cargo run --release --example tone_tune [-- [en|fr|pl|ro]... [--show] [--quiet]]
//! ```
//!
//! It never reads the held-out sets.

use talkprep::tone::{Compiled, Label, Lang, Report, Severity};

#[path = "../tests/support/playbook_lines.rs"]
mod playbook_lines;

fn flagged(r: &Report) -> bool {
    matches!(r.label, Label::Tense | Label::Hostile)
}

fn brief(r: &Report) -> String {
    let mut s = format!("{:?} {}", r.label, r.score);
    for st in &r.arithmetic {
        s.push_str(&format!(
            " [{:+} {} '{}']",
            st.points, st.category, st.matched
        ));
    }
    s
}

fn rows(path: &str) -> Vec<(bool, String, String)> {
    let Ok(data) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut c = l.splitn(3, '\t');
            let (e, k, t) = (c.next()?, c.next()?, c.next()?);
            Some((e == "fine", k.to_string(), t.to_string()))
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show = args.iter().any(|a| a == "--show");
    let quiet = args.iter().any(|a| a == "--quiet");
    let langs: Vec<Lang> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let langs = if langs.is_empty() {
        Lang::ALL.to_vec()
    } else {
        langs
    };
    let root = env!("CARGO_MANIFEST_DIR");
    for lang in langs {
        let path = format!("{root}/assets/tone/{}.json", lang.code());
        let json = std::fs::read_to_string(&path).expect("rulebook");
        let c = match Compiled::from_json(&json) {
            Ok(c) => c,
            Err(e) => {
                println!("{lang}: INVALID {e}");
                continue;
            }
        };
        let fails = c.example_failures();
        println!("{lang}: {} rule example failures", fails.len());
        for f in &fails {
            println!("  EX {f}");
        }
        for (name, file) in [
            (
                "labelled",
                format!("{root}/tests/data/tone/{}.tsv", lang.code()),
            ),
            (
                "tune",
                format!("{root}/tests/data/tone/tune/{}.tsv", lang.code()),
            ),
            (
                "extra",
                format!("{root}/tests/data/tone/extra/{}.tsv", lang.code()),
            ),
        ] {
            let rows = rows(&file);
            let (mut fine, mut fa, mut not, mut hit, mut cat) = (0, 0, 0, 0, 0);
            let mut notes = Vec::new();
            for (is_fine, kind, text) in &rows {
                let r = c.check(text);
                let tagged = r.findings.iter().any(|f| &*f.category == kind);
                if *is_fine {
                    fine += 1;
                    let bad = flagged(&r) || (name == "labelled" && tagged);
                    if bad {
                        fa += 1;
                        notes.push(format!("  FA {kind}: {text}  => {}", brief(&r)));
                    }
                } else {
                    not += 1;
                    hit += usize::from(flagged(&r));
                    cat += usize::from(tagged);
                    let miss = if name == "labelled" {
                        !tagged
                    } else {
                        !flagged(&r)
                    };
                    if miss {
                        notes.push(format!("  MISS {kind}: {text}  => {}", brief(&r)));
                    }
                }
            }
            println!(
                "{lang} {name}: not {hit}/{not} flagged ({cat} on tagged category); fine {fa}/{fine} false alarms"
            );
            if show || !quiet {
                for n in notes {
                    println!("{n}");
                }
            }
        }
        let lines = playbook_lines::lines(lang.code());
        let mut bad = Vec::new();
        let mut avoid_ok = 0;
        for l in &lines.avoid {
            let r = c.check(&l.text);
            if flagged(&r) {
                avoid_ok += 1;
            } else {
                bad.push(format!(
                    "  AVOID-PASSES {}: {}  => {}",
                    l.place,
                    l.text,
                    brief(&r)
                ));
            }
        }
        let mut sugg_ok = 0;
        for l in &lines.suggested {
            let r = c.check(&l.text);
            let warn = r.findings.iter().any(|f| f.severity >= Severity::Warn);
            if flagged(&r) || warn {
                bad.push(format!(
                    "  SUGGESTED-FLAGGED {}: {}  => {}",
                    l.place,
                    l.text,
                    brief(&r)
                ));
            } else {
                sugg_ok += 1;
            }
        }
        println!(
            "{lang} playbook: avoid {avoid_ok}/{} flagged; suggested {sugg_ok}/{} calm",
            lines.avoid.len(),
            lines.suggested.len()
        );
        if !quiet {
            for b in bad {
                println!("{b}");
            }
        }
    }
}
