//! The tone checker on any text, in every language: no panic, every finding's span lies in the
//! text and quotes it, the score stays in 0..=100, a safe rewrite applies and the result can be
//! checked again, the plain rendering and language detection never fail.
#![no_main]

use libfuzzer_sys::fuzz_target;
use talkprep::i18n::{Lang, catalog};
use talkprep::tone::{apply_suggestion, check, detect_with_fallback, render_plain};

fuzz_target!(|text: &str| {
    // Openers are short; long inputs only slow the search down without finding more.
    let text: String = text.chars().take(2_000).collect();
    let count = text.chars().count();
    for lang in Lang::ALL {
        let report = check(&text, lang);
        assert!(report.score <= 100, "{report:?}");
        for finding in report.findings.iter().chain(&report.strengths) {
            assert!(finding.start <= finding.end && finding.end <= count, "{finding:?}");
            let quoted: String = text
                .chars()
                .skip(finding.start)
                .take(finding.end - finding.start)
                .collect();
            assert_eq!(quoted, &*finding.matched, "{finding:?}");
            if finding.rewrite.is_some() {
                let fixed = apply_suggestion(&text, finding).expect("a rewrite applies");
                let _ = check(&fixed, lang);
            }
        }
        let _ = render_plain(&text, &report, catalog(lang));
    }
    let _ = detect_with_fallback(&text, Lang::Fr);
});
