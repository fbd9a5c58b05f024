//! Markdown, plain text and cue card of any sheet that loads: never panic, and the CLI's
//! sanitiser leaves nothing a terminal would act on.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use talkprep::playbook::Playbook;

fn playbook() -> &'static Playbook {
    static PLAYBOOK: OnceLock<Playbook> = OnceLock::new();
    PLAYBOOK.get_or_init(|| talkprep::playbook::bundled("en").expect("the bundled playbook loads"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(sheet) = talkprep::sheet::from_json_bytes(data) else {
        return;
    };
    let cat = talkprep::i18n::catalog(sheet.lang);
    let outline = talkprep::export::outline(&sheet, playbook(), cat);
    for text in [
        talkprep::export::markdown(&outline),
        talkprep::export::plain(&outline),
        talkprep::export::cue_text(&talkprep::export::cue_card(&sheet, playbook(), cat), 80),
    ] {
        let clean = talkprep::sanitize::multiline(&text);
        assert!(talkprep::sanitize::is_inert(&clean), "{clean:?}");
    }
});
