use talkprep::tone::{Lang, check, detect};
const OPENER: &str = "Hi Dana, thanks for the quick reply last week 🙂 I just wanted to check in about the March invoice: it's still open and, honestly, this is the third time it happened. Could we find a time this week to go over it together? I'd like to understand what's holding it up on your side — maybe a payment plan would help?";
fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let parts = [
        OPENER,
        "We need to talk. You NEVER pay on time!!! This is your last chance, or else.",
        "Per my last email, as you should know, the invoice is overdue. Obviously.",
        "Pourriez-vous m'aider à comprendre ce qui s'est passé avec la facture ? Merci !",
        "Dzień dobry, czy możemy ustalić nowy termin płatności? Dziękuję.",
        "Bună ziua, vă rog să-mi spuneți când putem discuta factura. Mulțumesc!",
        "The draft is attached; the second section follows the brief from Monday.",
    ];
    let mut big = String::new();
    let mut i = 0;
    while big.len() < 1 << 20 {
        big.push_str(parts[i % parts.len()]);
        big.push('\n');
        i += 1;
    }
    let _ = check("warm up", Lang::En);
    let _ = detect("x");
    let (iters, text) = if mode == "big" {
        (20, big.as_str())
    } else {
        (20000, OPENER)
    };
    let cpu0 = cpu();
    let mut n = 0usize;
    for _ in 0..iters {
        if mode == "detect" {
            n += detect(text) as usize;
        } else {
            n += check(text, Lang::En).score as usize;
        }
    }
    let per = (cpu() - cpu0) / iters as f64;
    eprintln!(
        "{mode}: {n} cpu {:.2} µs per call, {:.1} MB/s",
        per * 1e6,
        text.len() as f64 / per / 1e6
    );
}
fn cpu() -> f64 {
    let s = std::fs::read_to_string("/proc/self/stat").unwrap();
    let f: Vec<&str> = s.rsplit(')').next().unwrap().split_whitespace().collect();
    (f[11].parse::<f64>().unwrap() + f[12].parse::<f64>().unwrap()) / 100.0
}
