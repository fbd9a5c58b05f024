//! A library of sheets as a coach or a VA builds it over years, written straight to a data
//! folder for the store benches.

use std::path::Path;
use std::time::{Duration, SystemTime};

use talkprep::sheet::{FollowUp, Owner, Sheet, SheetId, from_json, to_json};
use talkprep::store::Store;

const CLIENTS: [&str; 12] = [
    "Acme Ltd",
    "Zoë Ndiaye",
    "Dirk Quinn-Rask",
    "Łucja Kowalczyk",
    "Ștefan Rădulescu",
    "Renée Dubois",
    "Globex",
    "Kasia Nowak",
    "Northwind Studio",
    "Ioana Marinescu",
    "Bastien Leroy",
    "Hooli",
];

/// `n` sheets in `data/sheets`, each like the fixture with its own id, client and words, an
/// opener with its tone report and a follow-up, last changed a minute ago (out of the index's
/// racy window). Returns the store.
pub(crate) fn write(data: &Path, n: usize) -> Store {
    let store = Store::open(data.to_path_buf()).expect("a data folder in a temporary folder");
    let fixture = from_json(include_str!("../../tests/data/sheet.json")).expect("the fixture");
    let past = SystemTime::now() - Duration::from_secs(60);
    for i in 0..n {
        let sheet = sheet(&fixture, i);
        let path = store.sheet_path(&SheetId::parse(&sheet.id).expect("a generated id"));
        std::fs::write(&path, to_json(&sheet)).expect("a sheet written");
        let file = std::fs::File::options()
            .write(true)
            .open(&path)
            .expect("reopened");
        file.set_modified(past).expect("its time set");
    }
    store
}

/// The id of the `i`-th sheet.
pub(crate) fn id(i: usize) -> String {
    format!("2026{:02}{:02}-client-{i:05}", 1 + i % 12, 1 + i % 28)
}

/// The `i`-th sheet of the library.
pub(crate) fn sheet(fixture: &Sheet, i: usize) -> Sheet {
    let mut sheet = fixture.clone();
    let client = CLIENTS[i % CLIENTS.len()];
    sheet.id = id(i);
    sheet.client = format!("{client} {i}");
    sheet.updated = sheet
        .updated
        .checked_add(jiff::SignedDuration::from_secs(i as i64 * 60))
        .expect("within range");
    sheet.facts.what_happened = format!(
        "Invoice {i} was due three weeks ago; {client} approved the work in writing and has \
         not answered the two reminders since."
    );
    sheet.opener.text = format!(
        "Hi {client}, I'd like to talk about invoice {i}: it was due on the 1st and I have not \
         been paid yet. Can we agree on a date this week?"
    );
    sheet.opener.tone = Some(talkprep::tone::check(&sheet.opener.text, sheet.lang));
    sheet.follow_ups = vec![FollowUp {
        what: format!("Send the revised quote {i}"),
        owner: Owner::Me,
        due: Some(jiff::civil::date(2026, 11, 1 + (i % 28) as i8)),
        done: i.is_multiple_of(3),
        id: "0".to_owned(),
    }];
    sheet
}
