use super::*;
use crate::i18n::Lang;
use crate::sheet::{Channel, MessageDraft, SheetId};

fn sheet(lang: Lang, channel: Channel) -> Sheet {
    let mut sheet = Sheet::new(
        SheetId::parse("20261201-marta-1a2b").unwrap(),
        jiff::Timestamp::UNIX_EPOCH,
    );
    sheet.lang = lang;
    sheet.scenario = "unpaid-invoice".into();
    sheet.client = "Marta Kowalski".into();
    sheet.topic = "invoice 2026-031".into();
    sheet.channel = Some(channel);
    sheet.opener.text =
        "Hi Marta, I hope things are going well. Can you help me understand where invoice 2026-031 stands?"
            .into();
    sheet.facts.what_happened =
        "I sent invoice 2026-031 for €1,200 on 3 November, due on 17 November. Two reminders went unanswered. A third line.".into();
    sheet.fallbacks = vec![
        "Split the balance into two instalments with fixed dates.".into(),
        "A new due date of 15 December.".into(),
    ];
    sheet
}

fn today() -> Date {
    jiff::civil::date(2026, 12, 2)
}

#[test]
fn an_email_has_subject_greeting_facts_offers_next_step_close_and_sign_off() {
    let playbook = &crate::playbook::bundled("en").unwrap();
    let mut s = sheet(Lang::En, Channel::Email);
    s.message = Some(MessageDraft {
        next_by: "2026-12-11".into(),
        ..Default::default()
    });
    let draft = compose(&s, playbook, today());
    assert_eq!(draft.kind, Kind::Email);
    assert_eq!(draft.subject, "About invoice 2026-031");
    let paragraphs: Vec<&str> = draft.body.split("\n\n").collect();
    assert_eq!(paragraphs[0], "Hi Marta,", "{}", draft.body);
    assert!(
        paragraphs[1].starts_with("I hope things are going well."),
        "{}",
        draft.body
    );
    assert!(
        paragraphs[2].ends_with("Two reminders went unanswered."),
        "two sentences of facts: {}",
        draft.body
    );
    assert!(
        paragraphs[3].contains("\n- Split the balance"),
        "{}",
        draft.body
    );
    assert!(paragraphs[4].contains("11 December 2026"), "{}", draft.body);
    assert_eq!(paragraphs.last(), Some(&"Best regards,"));
    assert!(
        !draft.body.contains('{'),
        "every placeholder filled: {}",
        draft.body
    );
}

#[test]
fn a_chat_message_has_no_subject_and_no_sign_off() {
    let playbook = &crate::playbook::bundled("en").unwrap();
    let draft = compose(&sheet(Lang::En, Channel::Message), playbook, today());
    assert_eq!(draft.kind, Kind::Chat);
    assert!(draft.subject.is_empty());
    assert!(draft.body.starts_with("Hi Marta, I hope"), "{}", draft.body);
    let mut s = sheet(Lang::En, Channel::Message);
    s.opener.text = "I'd like to talk about invoice 2026-031.".into();
    let draft = compose(&s, playbook, today());
    assert!(
        draft.body.starts_with("Hi Marta,\nI'd like"),
        "{}",
        draft.body
    );
    assert!(!draft.body.contains("Best regards"), "{}", draft.body);
    assert!(
        draft.body.contains("this week"),
        "no date: the open next step"
    );
}

#[test]
fn a_call_gets_a_talk_track_in_six_moments() {
    let playbook = &crate::playbook::bundled("en").unwrap();
    let draft = compose(&sheet(Lang::En, Channel::Call), playbook, today());
    assert_eq!(draft.kind, Kind::Talk);
    assert!(draft.subject.is_empty());
    let numbered = draft
        .body
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .count();
    assert_eq!(numbered, 6, "{}", draft.body);
    assert!(
        !draft.body.contains("Two reminders"),
        "facts in one line: {}",
        draft.body
    );
    assert!(draft.body.contains("4. Listen: "), "{}", draft.body);
}

#[test]
fn an_opener_without_the_greeting_gets_the_playbooks() {
    let playbook = &crate::playbook::bundled("en").unwrap();
    let mut s = sheet(Lang::En, Channel::Email);
    s.opener.text = "I'd like to talk about invoice 2026-031.".into();
    let draft = compose(&s, playbook, today());
    assert!(
        draft.body.starts_with("Hi Marta,\n\nI'd like to talk"),
        "{}",
        draft.body
    );
}

#[test]
fn no_facts_and_no_fallbacks_use_the_scenarios_sentences() {
    let playbook = &crate::playbook::bundled("en").unwrap();
    let mut s = sheet(Lang::En, Channel::Email);
    s.facts.what_happened.clear();
    s.fallbacks.clear();
    let draft = compose(&s, playbook, today());
    assert!(
        draft.body.contains("Invoice 2026-031 is past its due date"),
        "capitalised topic: {}",
        draft.body
    );
    assert!(!draft.body.contains("\n- "), "{}", draft.body);
}

#[test]
fn an_edited_draft_is_kept_and_an_untouched_one_follows_the_sheet() {
    let playbook = &crate::playbook::bundled("en").unwrap();
    let mut s = sheet(Lang::En, Channel::Email);
    s.message = Some(MessageDraft {
        subject: "Mine".into(),
        body: "My own words.".into(),
        edited: true,
        ..Default::default()
    });
    assert_eq!(current(&s, playbook, today()).body, "My own words.");
    s.message.as_mut().unwrap().edited = false;
    assert!(current(&s, playbook, today()).body.starts_with("Hi Marta"));
    // Edited for an email, the sheet now says call: the talk track is built, the email kept.
    s.message.as_mut().unwrap().edited = true;
    s.channel = Some(Channel::Call);
    assert_eq!(current(&s, playbook, today()).kind, Kind::Talk);
    assert_ne!(current(&s, playbook, today()).body, "My own words.");
}

#[test]
fn greetings_are_split_in_every_language() {
    assert_eq!(
        without_greeting(
            "Bonjour Madame Leroy, j’espère que tout va bien.",
            "Bonjour"
        ),
        Some("j’espère que tout va bien.")
    );
    assert_eq!(
        without_greeting("Bonjour, pouvez-vous m’aider ?", "Bonjour"),
        Some("pouvez-vous m’aider ?")
    );
    assert_eq!(
        without_greeting(
            "Bună ziua, doamnă Popescu! Sper că vă merge bine.",
            "Bună ziua"
        ),
        Some("Sper că vă merge bine.")
    );
    assert_eq!(
        without_greeting(
            "Dzień dobry, Pani Anno, odzywam się w sprawie faktury.",
            "Dzień dobry"
        ),
        Some("odzywam się w sprawie faktury.")
    );
    assert_eq!(
        without_greeting("Hill Street is closed, sorry.", "Hi"),
        None
    );
    assert_eq!(
        without_greeting(
            "Bonjour, je vous écris, car la facture est ouverte.",
            "Bonjour"
        ),
        Some("je vous écris, car la facture est ouverte."),
        "a clause without a capital is not a name"
    );
    assert_eq!(
        without_greeting(
            "Hi, thank you for the long and detailed notes, really.",
            "Hi"
        ),
        Some("thank you for the long and detailed notes, really.")
    );
}

#[test]
fn the_gap_left_for_a_name_is_the_name() {
    assert_eq!(
        without_greeting("Bună ziua, [nume]! Îmi place colaborarea.", "Bună ziua"),
        Some("Îmi place colaborarea.")
    );
}

#[test]
fn a_greeting_by_name_alone_is_split_too() {
    assert_eq!(
        without_name("Bună, Ana! Sper că ești bine.", "Ana"),
        Some("Sper că ești bine.")
    );
    assert_eq!(
        without_name("Pani Anno, odzywam się w sprawie faktury.", "Pani Anno"),
        Some("odzywam się w sprawie faktury.")
    );
    assert_eq!(without_name("I spoke to Ana, who said no.", "Ana"), None);
}

#[test]
fn a_date_that_cannot_be_read_keeps_the_undated_next_step() {
    let playbook = &crate::playbook::bundled("en").unwrap();
    let mut s = sheet(Lang::En, Channel::Email);
    s.message = Some(MessageDraft {
        next_by: "end of the month-ish".into(),
        ..Default::default()
    });
    let draft = compose(&s, playbook, today());
    assert!(!draft.body.contains("month-ish"), "{}", draft.body);
    assert!(draft.body.contains("this week"), "{}", draft.body);
}

#[test]
fn a_greeting_without_a_name_has_no_gap() {
    assert_eq!(greeting_line("Hi {address},", None), "Hi,");
    assert_eq!(
        greeting_line("Dzień dobry, {address},", None),
        "Dzień dobry,"
    );
    assert_eq!(
        greeting_line("Bună ziua, {address},", Some("doamnă Popescu")),
        "Bună ziua, doamnă Popescu,"
    );
    assert_eq!(greeting_lead("Dzień dobry, {address},"), "Dzień dobry");
}

#[test]
fn a_date_reads_in_the_sheets_language() {
    let day = jiff::civil::date(2026, 12, 1);
    assert_eq!(
        date_in_words(day, crate::i18n::catalog(Lang::Fr)),
        "1er décembre 2026"
    );
    assert_eq!(
        date_in_words(day, crate::i18n::catalog(Lang::Pl)),
        "1 grudnia 2026"
    );
}
