//! Tone checker speed: one opener (target < 20 µs) and 1 MB of text (target >= 50 MB/s), both
//! as ordinary prose and as openers back to back (every line full of matches).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use talkprep::tone::{Compiled, Lang, bundled_json, check, compiled, detect};

#[path = "common/corpus.rs"]
mod corpus;
use corpus::{OPENER, megabyte, megabyte_prose};

fn bench(c: &mut Criterion) {
    for lang in Lang::ALL {
        let _ = compiled(lang); // compile outside the timings
    }
    let mut g = c.benchmark_group("tone");
    g.throughput(Throughput::Bytes(OPENER.len() as u64));
    g.bench_function("opener_300_chars_en", |b| {
        b.iter(|| check(black_box(OPENER), Lang::En))
    });
    // The same without the learned layer: what the weights cost.
    let rules_only = Compiled::from_json(bundled_json(Lang::En)).expect("bundled rulebook");
    g.bench_function("opener_300_chars_en_rules_only", |b| {
        b.iter(|| rules_only.check(black_box(OPENER)))
    });
    g.bench_function("detect_opener", |b| b.iter(|| detect(black_box(OPENER))));
    let big = megabyte();
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sample_size(20);
    g.bench_function("one_megabyte_dense_openers_en", |b| {
        b.iter(|| check(black_box(&big), Lang::En))
    });
    let prose = megabyte_prose();
    g.throughput(Throughput::Bytes(prose.len() as u64));
    g.bench_function("one_megabyte_prose_en", |b| {
        b.iter(|| check(black_box(&prose), Lang::En))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
