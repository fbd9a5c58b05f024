//! The sheet loader on any bytes: never panics, and whatever loads writes back to text that
//! loads as the same sheet and writes back to the same text (unknown fields included).
#![no_main]

use libfuzzer_sys::fuzz_target;
use talkprep::sheet::{from_json, from_json_bytes, to_json};

fuzz_target!(|data: &[u8]| {
    let Ok(sheet) = from_json_bytes(data) else {
        return;
    };
    let text = to_json(&sheet);
    let again = from_json(&text).expect("a written sheet loads");
    assert_eq!(again, sheet, "a written sheet loads as itself");
    assert_eq!(to_json(&again), text, "writing is stable");
    // Reviews share the approach.
    if let Ok(review) = talkprep::flags::review_from_json(data) {
        let text = talkprep::flags::review_to_json(&review);
        let again =
            talkprep::flags::review_from_json(text.as_bytes()).expect("a written review loads");
        assert_eq!(again, review);
    }
});
