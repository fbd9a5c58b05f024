//! Prints the report of each argument line, with the rulebook read from `assets/tone` at run
//! time: `cargo run --example tone_probe -- fr "Vous n'avez toujours pas payé."`.

use talkprep::tone::{Compiled, Lang};

fn main() {
    let mut args = std::env::args().skip(1);
    let lang: Lang = args.next().and_then(|l| l.parse().ok()).unwrap_or_default();
    let path = format!(
        "{}/assets/tone/{}.json",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let json = std::fs::read_to_string(path).expect("rulebook");
    let c = Compiled::from_json(&json).expect("valid rulebook");
    if std::env::var_os("WORDS").is_some() {
        for t in args {
            words(&t);
        }
        return;
    }
    for text in args {
        // `@FILE` checks a file's text ten times and prints only the label (for profiling).
        if let Some(path) = text.strip_prefix('@') {
            let big = std::fs::read_to_string(path).expect("readable file");
            for _ in 0..10 {
                let r = c.check(&big);
                println!("{:?} {} findings", r.label, r.findings.len());
            }
            continue;
        }
        let r = c.check(&text);
        println!("{:?} {} {text}", r.label, r.score);
        for s in &r.arithmetic {
            println!("  {:+} {} '{}'", s.points, s.category, s.matched);
        }
        for f in r.findings.iter().chain(&r.strengths) {
            println!("  {} '{}' {:?}", f.rule, f.matched, f.rewrite);
        }
    }
}

#[allow(dead_code)]
fn words(text: &str) {
    let n = talkprep::tone::Normalized::new(text);
    for w in n.words() {
        println!(
            "{:?} {}..{} {:?}",
            n.word_text(w),
            w.src_start,
            w.src_end,
            &text[w.src_start as usize..w.src_end as usize]
        );
    }
}
