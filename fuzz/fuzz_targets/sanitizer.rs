//! The sanitiser on any text: its output is inert, one-line output has no newline, cleaning
//! twice changes nothing, and escaped JSON reads back as the same string.
#![no_main]

use libfuzzer_sys::fuzz_target;
use talkprep::sanitize::{is_inert, json, multiline, single_line};

fuzz_target!(|text: &str| {
    let many = multiline(text);
    assert!(is_inert(&many), "{many:?}");
    assert_eq!(multiline(&many), many, "multiline is idempotent");
    let one = single_line(text);
    assert!(is_inert(&one) && !one.contains('\n'), "{one:?}");
    assert_eq!(single_line(&one), one, "single_line is idempotent");
    let serialized = serde_json::to_string(text).expect("a string serializes");
    let escaped = json(&serialized);
    assert!(is_inert(&escaped), "{escaped:?}");
    let back: String = serde_json::from_str(&escaped).expect("escaped JSON parses");
    assert_eq!(back, text);
});
