//! A user playbook on any text: checking it (parse, merge with the bundled one, validate)
//! never panics.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = talkprep::playbook::check_extension(Path::new("fuzz.json"), text);
});
