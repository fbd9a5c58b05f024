//! The cue card: one calm page to keep open during the call.
//!
//! [`cue_card`] builds it as an [`Outline`], so the app's cue screen and `talkprep cue` show the
//! same thing; [`cue_text`] lays it out as plain text for a terminal of a given width.

use unicode_width::UnicodeWidthStr;

use super::outline::{Entry, Outline, Section};
use crate::i18n::Catalog;
use crate::playbook::Playbook;
use crate::sheet::Sheet;

/// `text` without control characters, tabs as spaces, trimmed: its width on screen is the
/// width textwrap measures.
fn clean(text: &str) -> String {
    crate::sanitize::multiline(text)
        .replace('\t', " ")
        .trim()
        .to_owned()
}

/// The widest heading shown in the label column of [`cue_text`]; longer ones go on a line of
/// their own.
const MAX_LABEL_WIDTH: usize = 22;

/// Listening cues on the card: the first that suit the channel, so the card stays a glance.
const CUES_SHOWN: usize = 6;

/// Future-focused questions on the card.
const QUESTIONS_SHOWN: usize = 4;

/// Separator between short items laid out on one line, and between subtitle parts.
const DOT: &str = " · ";

/// The cue card of `sheet`: the opener, the goal, where the user stands firm and where they can
/// give, the key facts, the fallback offers, the replies rehearsed, the playbook's listening cues
/// for the sheet's channel and its future-focused questions, and a reminder that a second
/// conversation is fine. Sections the user left blank are left out; the playbook's
/// sections are always there.
pub fn cue_card(sheet: &Sheet, playbook: &Playbook, cat: &'static Catalog) -> Outline {
    let client = crate::sanitize::single_line(sheet.client.trim());
    let client = if client.is_empty() {
        cat.get("sheet.no_client")
    } else {
        &client
    };
    let title = cat.fill("cue.title", &[("client", client)]);

    let mut subtitle = Vec::new();
    if let Some(scenario) = playbook.scenario(&sheet.scenario) {
        subtitle.push(scenario.title.clone());
    }
    if let Some(when) = sheet.when {
        subtitle.push(super::when_in_words(when, cat));
    }
    if let Some(channel) = sheet.channel {
        subtitle.push(
            cat.get(&crate::sheet::Pick::Channel(channel).label_key())
                .to_owned(),
        );
    }

    let mut sections = Vec::new();
    let mut push = |heading_key: &str, entries: Vec<Entry>| {
        if !entries.is_empty() {
            sections.push(Section {
                heading: cat.get(heading_key).to_owned(),
                entries,
            });
        }
    };
    let item = |text: &str| Entry::Item(clean(text));
    let filled = |text: &str| !clean(text).is_empty();

    let opener = &sheet.opener.text;
    push(
        "cue.opener",
        filled(opener)
            .then(|| Entry::Quote(clean(opener)))
            .into_iter()
            .collect(),
    );
    let goal = &sheet.goal;
    let goal_entry = if filled(&goal.outcome) {
        Some(item(&goal.outcome))
    } else {
        goal.kind.map(|kind| item(cat.get(&kind.label_key())))
    };
    push("cue.goal", goal_entry.into_iter().collect());
    push(
        "cue.firm_on",
        filled(&goal.firm_on)
            .then(|| item(&goal.firm_on))
            .into_iter()
            .collect(),
    );
    push(
        "cue.can_give",
        filled(&goal.can_give)
            .then(|| item(&goal.can_give))
            .into_iter()
            .collect(),
    );
    let facts = &sheet.facts;
    push(
        "cue.facts",
        [
            &facts.what_happened,
            &facts.who_did_what,
            &facts.evidence,
            &facts.cost,
        ]
        .into_iter()
        .filter(|t| filled(t))
        .map(|t| item(t))
        .collect(),
    );
    let track = track_lines(sheet, playbook, cat);
    // The track's own question stands in for two of the questions for later: the card stays
    // one screen.
    let questions_shown = if track.is_empty() {
        QUESTIONS_SHOWN
    } else {
        QUESTIONS_SHOWN - 2
    };
    push("cue.track", track.iter().map(|l| item(l)).collect());
    push(
        "cue.fallback",
        sheet
            .fallbacks
            .iter()
            .filter(|o| filled(o))
            .map(|o| item(o))
            .collect(),
    );
    push(
        "cue.replies",
        sheet
            .my_replies
            .iter()
            .filter(|r| filled(&r.reply))
            .map(|r| Entry::Field {
                label: cat.quote(&clean(&r.pushback)),
                value: clean(&r.reply),
            })
            .collect(),
    );
    push(
        "cue.listen",
        playbook
            .listening_cues
            .iter()
            .filter(|t| t.fits(sheet.channel) && filled(&t.title))
            .take(CUES_SHOWN)
            .map(|t| item(&t.title))
            .collect(),
    );
    push("cue.heated", vec![item(cat.get("cue.second_talk"))]);
    push(
        "cue.future",
        playbook
            .future_questions
            .iter()
            .filter(|q| filled(q))
            .take(questions_shown)
            .map(|q| item(q))
            .collect(),
    );

    Outline {
        title,
        subtitle,
        sections,
        punctuation: crate::i18n::Punctuation::of(cat),
    }
}

/// The talk track's moments the card does not already hold, for a spoken channel: the open
/// question and the next step (the opener, the facts, the goal, the fallback offers and the
/// listening cues have sections of their own). An edited track keeps the person's lines.
fn track_lines(sheet: &Sheet, playbook: &Playbook, cat: &'static Catalog) -> Vec<String> {
    if !crate::draft::Kind::of(sheet.channel).is_spoken() {
        return Vec::new();
    }
    // The day the sheet was saved reads a next-step date typed without a year, so the same
    // sheet always gives the same card.
    let today = sheet.updated.to_zoned(jiff::tz::TimeZone::UTC).date();
    let track = crate::draft::current(sheet, playbook, today);
    let shown_elsewhere = [
        "draft.talk.open",
        "draft.talk.facts",
        "draft.talk.listen",
        "draft.talk.propose",
    ]
    .map(|key| cat.get(key));
    track
        .body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('-') && *l != cat.get("draft.talk.if_not"))
        .map(|l| {
            let numbered = l
                .split_once(". ")
                .filter(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            numbered.map_or(l, |(_, rest)| rest)
        })
        .filter(|l| !shown_elsewhere.iter().any(|label| l.starts_with(label)))
        .map(str::to_owned)
        .collect()
}

/// The card as plain text no wider than `width` columns (at least 20), one trailing newline.
///
/// Sections with one entry sit in a label column; longer lists get their heading on a line of
/// its own, with short items run together on shared lines when that saves at least half the
/// lines.
pub fn cue_text(card: &Outline, width: usize) -> String {
    let width = width.max(20);
    let mut out = Vec::new();
    out.extend(wrap(&card.title, width, "", ""));
    if !card.subtitle.is_empty() {
        out.extend(wrap(&card.subtitle.join(DOT), width, "", ""));
    }

    let label_width = card
        .sections
        .iter()
        .filter(|s| is_single(s))
        .map(|s| s.heading.width())
        .max()
        .unwrap_or(0);
    // A label column must leave at least half the width to the text.
    let column = label_width + 2 <= width / 2;
    let mut previous_single = false;
    for section in &card.sections {
        let single = column && is_single(section);
        if !(single && previous_single) {
            out.push(String::new());
        }
        previous_single = single;
        if single {
            let pad = " ".repeat(label_width - section.heading.width());
            let first = format!("{}{pad}  ", section.heading);
            let rest = " ".repeat(label_width + 2);
            out.extend(wrap(
                &entry_text(&section.entries[0], &card.punctuation),
                width,
                &first,
                &rest,
            ));
            continue;
        }
        out.extend(wrap(&section.heading, width, "", ""));
        let texts: Vec<String> = section
            .entries
            .iter()
            .map(|e| entry_text(e, &card.punctuation))
            .collect();
        let listed: Vec<String> = texts
            .iter()
            .flat_map(|t| wrap(t, width, "  - ", "    "))
            .collect();
        let flowed = wrap(&texts.join(DOT), width, "  ", "  ");
        let flowable = section.entries.iter().all(|e| matches!(e, Entry::Item(_)))
            && texts.iter().all(|t| !t.contains('\n'));
        if flowable && flowed.len() * 2 <= listed.len() {
            out.extend(flowed);
        } else {
            out.extend(listed);
        }
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// A section short enough for the label column.
fn is_single(section: &Section) -> bool {
    section.entries.len() == 1 && section.heading.width() <= MAX_LABEL_WIDTH
}

fn entry_text(entry: &Entry, punctuation: &crate::i18n::Punctuation) -> String {
    match entry {
        Entry::Field { label, value } => format!("{label}{}{value}", punctuation.colon),
        Entry::Item(text) => text.clone(),
        Entry::Quote(text) => punctuation.quote(text),
        Entry::Block(text) => text.clone(),
    }
}

/// `text` wrapped to `width`, each paragraph starting with `first` and going on with `rest`.
fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for (n, paragraph) in text.lines().enumerate() {
        let initial = if n == 0 { first } else { rest };
        // Never split at hyphens: "2026-031" and "follow-up" stay whole.
        let options = textwrap::Options::new(width)
            .initial_indent(initial)
            .subsequent_indent(rest)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        lines.extend(
            textwrap::wrap(paragraph, options)
                .into_iter()
                .map(|line| line.trim_end().to_owned()),
        );
    }
    lines
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use jiff::civil::date;

    use super::*;
    use crate::i18n::catalog;
    use crate::sheet::{Channel, SheetId};

    fn sheet() -> Sheet {
        let mut s = Sheet::new(
            SheetId::parse("20261120-acme-a1b2").unwrap(),
            "2026-11-20T09:15:00Z".parse().unwrap(),
        );
        s.client = "Acme Ltd".to_owned();
        s.scenario = "unpaid-invoice".to_owned();
        s.channel = Some(Channel::Video);
        s.when = Some(date(2026, 11, 25).at(16, 30, 0, 0));
        s.opener.text =
            "Hi Acme Ltd, can you help me understand where invoice 2026-031 stands?".to_owned();
        s.goal.outcome = "Paid this month, and a clear date for the next invoices.".to_owned();
        s.goal.firm_on = "The full amount is owed.".to_owned();
        s.fallbacks = vec![
            "Two instalments, 15 and 30 November.".to_owned(),
            " ".to_owned(),
        ];
        s
    }

    fn headings(card: &Outline) -> Vec<&str> {
        card.sections.iter().map(|s| s.heading.as_str()).collect()
    }

    #[test]
    fn card_holds_what_the_call_needs_in_order() {
        let playbook = crate::playbook::bundled("en").unwrap();
        let mut card = cue_card(&sheet(), &playbook, catalog(Lang::En));
        assert_eq!(card.title, "During the call with Acme Ltd");
        assert_eq!(
            card.subtitle,
            [
                "Unpaid invoice",
                "Wednesday 25 November 2026, 16:30",
                "Video call"
            ]
        );
        assert_eq!(
            headings(&card),
            [
                "Open with",
                "Your goal",
                "Stand firm on",
                "Then say",
                "Fallback offer",
                "While they talk",
                "If it gets heated",
                "Once it cools, ask"
            ]
        );
        assert_eq!(
            card.sections[0].entries,
            [Entry::Quote(
                "Hi Acme Ltd, can you help me understand where invoice 2026-031 stands?".to_owned()
            )]
        );
        // A video call: the talk track's question and next step, nothing already on the card.
        let Entry::Item(ask) = &card.sections[3].entries[0] else {
            panic!("{:?}", card.sections[3]);
        };
        assert!(ask.starts_with("Ask: What would make it possible"), "{ask}");
        assert_eq!(card.sections[3].entries.len(), 2, "{:?}", card.sections[3]);
        card.sections.remove(3);
        assert_eq!(
            card.sections[3].entries.len(),
            1,
            "blank offers are left out"
        );
        let video_cues = playbook
            .listening_cues
            .iter()
            .filter(|t| t.fits(Some(Channel::Video)))
            .count();
        assert_eq!(card.sections[4].entries.len(), video_cues.min(CUES_SHOWN));
        assert_eq!(
            card.sections[5].entries,
            [Entry::Item(
                catalog(Lang::En).get("cue.second_talk").to_owned()
            )]
        );
        assert_eq!(
            card.sections[6].entries.len(),
            playbook.future_questions.len().min(QUESTIONS_SHOWN - 2),
            "the track's question stands in for two"
        );
    }

    #[test]
    fn where_you_can_give_the_facts_and_rehearsed_replies_come_before_the_cues() {
        let playbook = crate::playbook::bundled("en").unwrap();
        let mut s = sheet();
        s.goal.can_give = "The date of the second half".to_owned();
        s.facts.what_happened = "Invoice 031, EUR 1,200, due 1 Nov, two reminders".to_owned();
        s.facts.evidence = " ".to_owned();
        s.my_replies = vec![crate::sheet::MyReply {
            pushback: "I never got that invoice.".to_owned(),
            reply: "I'll resend it now; when can you look at it?".to_owned(),
        }];
        let card = cue_card(&s, &playbook, catalog(Lang::En));
        assert_eq!(
            headings(&card)[..8],
            [
                "Open with",
                "Your goal",
                "Stand firm on",
                "Where you can give",
                "Key facts",
                "Then say",
                "Fallback offer",
                "Your rehearsed replies",
            ]
        );
        assert_eq!(
            card.sections[4].entries.len(),
            1,
            "blank facts are left out"
        );
        let text = cue_text(&card, 80);
        assert!(
            text.contains("“I never got that invoice.”: I'll resend it now"),
            "{text}"
        );
    }

    #[test]
    fn the_cues_suit_the_channel() {
        let playbook = crate::playbook::bundled("en").unwrap();
        for channel in [Channel::Email, Channel::InPerson] {
            let mut s = sheet();
            s.channel = Some(channel);
            let card = cue_card(&s, &playbook, catalog(Lang::En));
            let listen = card
                .sections
                .iter()
                .find(|x| x.heading == "While they talk")
                .unwrap();
            for entry in &listen.entries {
                let Entry::Item(title) = entry else {
                    panic!("{entry:?}")
                };
                let cue = playbook
                    .listening_cues
                    .iter()
                    .find(|t| t.title == *title)
                    .unwrap();
                assert!(cue.fits(Some(channel)), "{title} on a {channel:?} card");
            }
        }
    }

    #[test]
    fn a_blank_sheet_still_gets_the_playbooks_cues_and_the_reminder() {
        let playbook = crate::playbook::bundled("en").unwrap();
        let blank = Sheet::new(
            SheetId::parse("20261120-new-a1b2").unwrap(),
            "2026-11-20T09:15:00Z".parse().unwrap(),
        );
        let card = cue_card(&blank, &playbook, catalog(Lang::En));
        assert_eq!(card.title, "During the call with (no client yet)");
        assert!(card.subtitle.is_empty());
        assert_eq!(
            headings(&card),
            ["While they talk", "If it gets heated", "Once it cools, ask"]
        );
    }

    #[test]
    fn goal_kind_stands_in_for_a_missing_outcome() {
        let playbook = crate::playbook::bundled("en").unwrap();
        let mut s = sheet();
        s.goal.outcome = String::new();
        s.goal.kind = Some(crate::playbook::GoalKind::Keep);
        let card = cue_card(&s, &playbook, catalog(Lang::En));
        let goal = card
            .sections
            .iter()
            .find(|s| s.heading == "Your goal")
            .unwrap();
        assert_eq!(
            goal.entries,
            [Entry::Item(
                catalog(Lang::En).get("goal_kind.keep").to_owned()
            )]
        );
    }

    #[test]
    fn text_fits_80_by_24_for_a_typical_sheet() {
        let playbook = crate::playbook::bundled("en").unwrap();
        let text = cue_text(&cue_card(&sheet(), &playbook, catalog(Lang::En)), 80);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() <= 24, "{} lines:\n{text}", lines.len());
        assert!(lines.iter().all(|l| l.width() <= 80), "{text}");
        assert_eq!(lines[0], "During the call with Acme Ltd");
        assert_eq!(
            lines[1],
            "Unpaid invoice · Wednesday 25 November 2026, 16:30 · Video call"
        );
        // Single entries sit in a label column; the opener wraps under its own column and
        // "2026-031" is not split at its hyphen.
        assert_eq!(
            lines[3],
            "Open with          “Hi Acme Ltd, can you help me understand where invoice"
        );
        assert_eq!(lines[4], "                   2026-031 stands?”");
        assert!(text.contains("\nStand firm on      The full amount is owed.\n"));
        // The listening cues run together; the questions are listed.
        assert!(text.contains("\nWhile they talk\n  Ask, then listen · Check you understood"));
        assert!(text.contains("\n  - What do you think our next step should be?\n"));
        assert!(text.contains(
            "\nIf it gets heated  Pause. A second conversation, another day, is fine.\n"
        ));
    }

    #[test]
    fn every_bundled_language_stays_within_the_width() {
        for lang in Lang::ALL {
            let Ok(playbook) = crate::playbook::bundled(lang.code()) else {
                continue;
            };
            for width in [80, 60, 40, 20] {
                let text = cue_text(&cue_card(&sheet(), &playbook, catalog(lang)), width);
                for line in text.lines() {
                    assert!(line.width() <= width, "{lang} at {width}: {line:?}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_sheet_at_any_width_stays_within_it(
            sheet in crate::sheet::arb::sheet(),
            width in 0usize..120,
        ) {
            static PLAYBOOK: std::sync::OnceLock<Playbook> = std::sync::OnceLock::new();
            let playbook = PLAYBOOK.get_or_init(|| crate::playbook::bundled("en").unwrap());
            let card = cue_card(&sheet, playbook, catalog(Lang::En));
            let text = cue_text(&card, width);
            proptest::prop_assert!(text.ends_with('\n'));
            for line in text.lines() {
                proptest::prop_assert!(line.width() <= width.max(20), "{:?}", line);
                proptest::prop_assert!(!line.chars().any(char::is_control), "{:?}", line);
            }
        }
    }

    #[test]
    fn tiny_widths_and_long_words_never_panic() {
        let playbook = crate::playbook::bundled("en").unwrap();
        let mut s = sheet();
        s.opener.text = "x".repeat(300);
        s.goal.firm_on = "one\n\ntwo".to_owned();
        for width in [0, 1, 5, 19, 21] {
            let text = cue_text(&cue_card(&s, &playbook, catalog(Lang::En)), width);
            assert!(text.lines().all(|l| l.width() <= width.max(20)), "{text}");
        }
    }
}
