//! The store at the size a coach or a VA reaches: 10,000 sheets. Listing and searching
//! through the index (budget 100 ms), opening one sheet (5 ms), rebuilding the index from
//! scratch, and listing by reading every sheet, as before the index, beside them.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use talkprep::search::fold;
use talkprep::sheet::SheetId;

#[path = "common/library.rs"]
mod library;

const SHEETS: usize = 10_000;

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let store = library::write(&dir.path().join("data"), SHEETS);
    // The first listing writes the index; the timings below read it.
    assert_eq!(store.summaries().expect("listed").summaries.len(), SHEETS);

    let mut g = c.benchmark_group("store_10k");
    g.sample_size(20);
    g.bench_function("list_via_index", |b| {
        b.iter(|| black_box(store.summaries().expect("listed").summaries.len()))
    });
    g.bench_function("search_via_index", |b| {
        let query = fold("zoë invoice 4242");
        b.iter(|| {
            let listing = store.summaries().expect("listed");
            black_box(
                listing
                    .summaries
                    .iter()
                    .filter(|s| s.matches(&query, "unpaid invoice"))
                    .count(),
            )
        })
    });
    let one = SheetId::parse(&library::id(4242)).expect("an id of the library");
    g.bench_function("open_one", |b| {
        b.iter(|| black_box(store.load_versioned(&one).expect("opened")))
    });
    g.sample_size(10);
    g.bench_function("rebuild_index_from_scratch", |b| {
        b.iter(|| {
            let _ = std::fs::remove_file(store.index_path());
            black_box(store.summaries().expect("listed").read)
        })
    });
    g.bench_function("list_reading_every_sheet", |b| {
        b.iter(|| black_box(store.list().expect("listed").sheets.len()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
