//! Rulebooks compile lazily: detecting a language compiles none, checking in the detected
//! language compiles only that one. (A test binary of its own, so no other test has compiled a
//! rulebook in this process first.)

use talkprep::tone::{Lang, check_detected, detect, detect_with_fallback, is_compiled};

#[test]
fn auto_detection_compiles_only_the_detected_rulebook() {
    assert!(Lang::ALL.iter().all(|&l| !is_compiled(l)));
    assert_eq!(
        detect("Dzień dobry, czy możemy porozmawiać o fakturze?"),
        Lang::Pl
    );
    let _ = detect_with_fallback("Bună ziua, putem vorbi mâine?", Lang::En);
    assert!(
        Lang::ALL.iter().all(|&l| !is_compiled(l)),
        "detection compiled a rulebook"
    );
    let (r, d) = check_detected(
        "Merci pour votre retour, pouvons-nous en parler demain ?",
        Lang::En,
    );
    assert_eq!((d.lang, r.lang.as_str()), (Lang::Fr, "fr"));
    assert!(is_compiled(Lang::Fr));
    for l in [Lang::En, Lang::Pl, Lang::Ro] {
        assert!(!is_compiled(l), "{l} compiled without being used");
    }
}
