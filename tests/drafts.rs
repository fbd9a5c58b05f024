//! Every message and talk track the app builds passes its own tone check: for every scenario of
//! every bundled playbook, on every kind of channel and for every goal the scenario offers,
//! built from a filled sheet (the scenario's own opener and fallback offers, a client with a
//! name the language can greet, a next-step date).

use talkprep::draft::{Kind, check_message, compose};
use talkprep::i18n::Lang;
use talkprep::playbook::{bundled, fill_placeholders};
use talkprep::sheet::{Channel, MessageDraft, Sheet, SheetId};
use talkprep::tone::{Label, Severity};

fn client(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Claire Leroy",
        Lang::Pl => "Anna Nowak",
        Lang::Ro => "Ioana Popescu",
        Lang::En => "Dana Reyes",
    }
}

fn filled(lang: Lang, scenario: &talkprep::playbook::Scenario, channel: Channel) -> Sheet {
    let mut sheet = Sheet::new(
        SheetId::parse("20261201-draft-1a2b").unwrap(),
        jiff::Timestamp::UNIX_EPOCH,
    );
    sheet.lang = lang;
    sheet.scenario = scenario.id.clone();
    sheet.client = client(lang).into();
    sheet.topic = scenario.topic_hint.clone();
    sheet.channel = Some(channel);
    sheet.opener.text = fill_placeholders(&scenario.openers[0], &sheet);
    sheet.fallbacks = scenario.fallbacks.iter().take(2).cloned().collect();
    sheet.message = Some(MessageDraft {
        next_by: "2026-12-11".into(),
        ..Default::default()
    });
    sheet
}

fn every_draft_passes(lang: Lang) {
    let playbook = bundled(lang.code()).unwrap();
    let today = jiff::civil::date(2026, 12, 2);
    let mut problems = Vec::new();
    let mut built = 0;
    for scenario in &playbook.scenarios {
        assert!(
            scenario.message.is_some(),
            "{lang}: {} has no message template",
            scenario.id
        );
        for channel in [Channel::Email, Channel::Message, Channel::Call] {
            for goal in &scenario.goals {
                let mut sheet = filled(lang, scenario, channel);
                sheet.goal.kind = Some(goal.kind);
                let draft = compose(&sheet, &playbook, today);
                built += 1;
                let text = format!("{}\n{}", draft.subject, draft.body);
                let report = check_message(&text, lang);
                let careful = report
                    .findings
                    .iter()
                    .find(|f| f.severity >= Severity::Warn);
                if !matches!(report.label, Label::Warm | Label::Neutral) || careful.is_some() {
                    problems.push(format!(
                        "{} {channel:?} {:?}: {:?} {} {:?} {careful:?}\n{text}",
                        scenario.id, goal.kind, report.label, report.score, report.worst
                    ));
                }
                if text.contains('{') || text.contains('[') {
                    problems.push(format!(
                        "{} {channel:?}: a gap is left\n{text}",
                        scenario.id
                    ));
                }
                if draft.kind == Kind::Email && draft.subject.trim().is_empty() {
                    problems.push(format!("{}: an email without a subject", scenario.id));
                }
            }
        }
    }
    eprintln!(
        "{lang}: {built} drafts built, {} with problems",
        problems.len()
    );
    assert!(problems.is_empty(), "{lang}:\n{}", problems.join("\n\n"));
}

#[test]
fn english_drafts_pass_their_own_check() {
    every_draft_passes(Lang::En);
}

#[test]
fn french_drafts_pass_their_own_check() {
    every_draft_passes(Lang::Fr);
}

#[test]
fn polish_drafts_pass_their_own_check() {
    every_draft_passes(Lang::Pl);
}

#[test]
fn romanian_drafts_pass_their_own_check() {
    every_draft_passes(Lang::Ro);
}

#[test]
fn an_unpaid_invoice_email_reads_as_a_whole_message() {
    let playbook = bundled("en").unwrap();
    let scenario = playbook.scenario("unpaid-invoice").unwrap();
    let mut sheet = filled(Lang::En, scenario, Channel::Email);
    sheet.facts.what_happened = "Invoice 2026-031 for €1,200 was due on 17 November.".into();
    let draft = compose(&sheet, &playbook, jiff::civil::date(2026, 12, 2));
    let expected = "Hi Dana,\n\nI hope things are going well. Can you help me understand where \
invoice 2026-031 stands on your side?\n\nInvoice 2026-031 for €1,200 was due on 17 November.\n\n\
Could you let me know when the payment will be made? If paying in one go is difficult at the moment, \
I can offer:\n- Split the balance into two or three instalments with fixed dates.\n- Send a short \
email each week listing what is due and when.\n\nCould you reply by 11 December 2026 with a payment \
date that works for you?\n\nI value working with you and want to keep it that way.\n\nBest regards,";
    assert_eq!(draft.body, expected);
    assert_eq!(draft.subject, "About invoice 2026-031");
}

#[test]
fn a_scenario_can_speak_in_its_own_register() {
    let playbook = bundled("ro").unwrap();
    let scenario = playbook.scenario("missed-deadlines-subcontractor").unwrap();
    let message = scenario.message.as_ref().unwrap();
    let (Some(sign_off), Some(close)) = (&message.sign_off, &message.close) else {
        // Only a playbook that gives the scenario its own words is held to them.
        return;
    };
    let mut sheet = filled(Lang::Ro, scenario, Channel::Email);
    sheet.goal.kind = Some(talkprep::playbook::GoalKind::Keep);
    let draft = compose(&sheet, &playbook, jiff::civil::date(2026, 12, 2));
    assert!(draft.body.ends_with(sign_off.as_str()), "{}", draft.body);
    assert!(draft.body.contains(close.keep.as_str()), "{}", draft.body);
    assert!(
        !draft.body.contains(&playbook.drafting.sign_off),
        "{}",
        draft.body
    );
}
