//! The message step's work per keystroke: building the email from a sheet, and checking a
//! whole message sentence by sentence (an ordinary email, and 10,000 characters of one).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use talkprep::draft::{SentenceCache, check_message, check_message_with, compose};
use talkprep::i18n::Lang;
use talkprep::sheet::{Channel, MessageDraft, Sheet, SheetId};

fn sheet() -> Sheet {
    let mut sheet = Sheet::new(
        SheetId::parse("20261201-marta-1a2b").unwrap(),
        jiff::Timestamp::UNIX_EPOCH,
    );
    sheet.scenario = "unpaid-invoice".into();
    sheet.client = "Marta Kowalski".into();
    sheet.topic = "invoice 2026-031".into();
    sheet.channel = Some(Channel::Email);
    sheet.opener.text =
        "Hi Marta, I hope things are going well. Can you help me understand where invoice 2026-031 stands?".into();
    sheet.facts.what_happened = "Invoice 2026-031 for EUR 1,800 was due on 17 November.".into();
    sheet.fallbacks = vec!["Two instalments, 15 and 30 December.".into()];
    sheet.message = Some(MessageDraft {
        next_by: "2026-12-11".into(),
        ..Default::default()
    });
    sheet
}

fn bench(c: &mut Criterion) {
    let playbook = talkprep::playbook::bundled("en").unwrap();
    let sheet = sheet();
    let today = jiff::civil::date(2026, 12, 2);
    let email = compose(&sheet, &playbook, today).body;
    let _ = check_message(&email, Lang::En); // compile the rulebook outside the timings
    let long: String = email
        .repeat(10_000 / email.len() + 1)
        .chars()
        .take(10_000)
        .collect();
    let mut g = c.benchmark_group("draft");
    g.bench_function("compose_email_en", |b| {
        b.iter(|| compose(black_box(&sheet), &playbook, today))
    });
    g.bench_function("check_email_en", |b| {
        b.iter(|| check_message(black_box(&email), Lang::En))
    });
    g.sample_size(30);
    g.bench_function("check_10000_chars_en", |b| {
        b.iter(|| check_message(black_box(&long), Lang::En))
    });
    // A keystroke in a long message: one sentence changed, the others' reports kept.
    let mut cache = SentenceCache::default();
    let _ = check_message_with(&long, Lang::En, &mut cache);
    let mut n = 0u32;
    g.bench_function("keystroke_in_10000_chars_en", |b| {
        b.iter(|| {
            n += 1;
            let edited = format!("{long} Thanks {n}.");
            check_message_with(black_box(&edited), Lang::En, &mut cache)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
