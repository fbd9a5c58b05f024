//! proptest strategies for whole sheets (tests only).

use jiff::Timestamp;
use jiff::civil::{Date, DateTime, date};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

use super::id::SheetId;
use super::model::*;
use crate::playbook::GoalKind;
use crate::tone::{Finding, Label, Report, ScoreStep, Severity};

/// Any text, weighted towards what breaks JSON: quotes, backslashes, newlines, controls.
pub(crate) fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\"\\\\\n\r\t\u{0}\u{1b}\u{7f}\u{2028}\u{feff} a-zéß€😀東{}\\[\\]:,]{0,24}",
    ]
}

fn texts() -> impl Strategy<Value = Vec<String>> {
    vec(text(), 0..3)
}

fn timestamp() -> impl Strategy<Value = Timestamp> {
    (-377_705_116_800i64..=253_402_207_199, 0i32..1_000_000_000)
        .prop_map(|(s, ns)| Timestamp::new(s, ns).unwrap_or(Timestamp::UNIX_EPOCH))
}

fn civil_date() -> impl Strategy<Value = Date> {
    (-9999i16..=9999, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| date(y, m, d))
}

fn datetime() -> impl Strategy<Value = DateTime> {
    (civil_date(), 0i8..24, 0i8..60, 0i8..60, 0i32..1_000_000_000)
        .prop_map(|(d, h, m, s, ns)| d.at(h, m, s, ns))
}

fn id() -> impl Strategy<Value = String> {
    (civil_date(), text(), any::<u16>())
        .prop_map(|(d, client, n)| SheetId::from_parts(d, &client, n).into())
}

fn finding() -> impl Strategy<Value = Finding> {
    (
        (
            text(),
            text(),
            prop_oneof![
                Just(Severity::Info),
                Just(Severity::Warn),
                Just(Severity::High)
            ],
        ),
        (any::<usize>(), any::<usize>(), text(), text(), text()),
    )
        .prop_map(
            |((rule, category, severity), (start, end, matched, message, suggestion))| Finding {
                rule: rule.into(),
                category: category.into(),
                severity,
                start,
                end,
                matched: matched.into(),
                message: message.into(),
                suggestion: suggestion.into(),
                rewrite: None,
            },
        )
}

fn report() -> impl Strategy<Value = Report> {
    let label = prop_oneof![
        Just(Label::Warm),
        Just(Label::Neutral),
        Just(Label::Tense),
        Just(Label::Hostile)
    ];
    let step = (any::<i32>(), text(), text()).prop_map(|(points, category, matched)| ScoreStep {
        points,
        category: category.into(),
        label: "".into(),
        matched: matched.into(),
    });
    (
        text(),
        any::<u8>(),
        label,
        vec(finding(), 0..2),
        vec(finding(), 0..2),
        vec(step, 0..2),
    )
        .prop_map(
            |(lang, score, label, findings, strengths, arithmetic)| Report {
                lang,
                score,
                label,
                findings,
                strengths,
                arithmetic,
            },
        )
}

fn sections() -> impl Strategy<Value = (Facts, Stakes, Goal, Opener, LogisticsPlan)> {
    let facts = (text(), text(), text(), text(), text(), text()).prop_map(
        |(what_happened, who_did_what, evidence, cost, my_part, repair)| Facts {
            what_happened,
            who_did_what,
            evidence,
            cost,
            my_part,
            repair,
            unknown: Default::default(),
        },
    );
    let relationship = option::of(prop::sample::select(Relationship::ALL.to_vec()));
    let stakes = (relationship, text(), texts(), texts(), option::of(0u8..=10)).prop_map(
        |(relationship, worth, wont_matter, will_matter, heat)| Stakes {
            relationship,
            worth,
            wont_matter,
            will_matter,
            heat,
            unknown: Default::default(),
        },
    );
    let goal = (
        option::of(prop::sample::select(GoalKind::ALL.to_vec())),
        text(),
        text(),
        text(),
    )
        .prop_map(|(kind, outcome, firm_on, can_give)| Goal {
            kind,
            outcome,
            firm_on,
            can_give,
            unknown: Default::default(),
        });
    let opener = (text(), option::of(report()), text()).prop_map(|(text, tone, yours)| Opener {
        text,
        tone,
        yours,
        unknown: Default::default(),
    });
    let logistics = (text(), text(), text(), text()).prop_map(|(moment, place, notes, minutes)| {
        LogisticsPlan {
            moment,
            place,
            notes,
            minutes,
            unknown: Default::default(),
        }
    });
    (facts, stakes, goal, opener, logistics)
}

fn logs() -> impl Strategy<Value = (Vec<Rehearsal>, Vec<MyReply>, Option<Debrief>, Vec<FollowUp>)> {
    let rehearsal =
        (timestamp(), any::<u32>(), vec(any::<u64>(), 0..3)).prop_map(|(at, rounds, times_ms)| {
            Rehearsal {
                at,
                rounds,
                times_ms,
            }
        });
    let reply = (text(), text()).prop_map(|(pushback, reply)| MyReply { pushback, reply });
    let outcome = prop_oneof![
        Just(Outcome::Resolved),
        Just(Outcome::Partly),
        Just(Outcome::NotResolved),
        Just(Outcome::PartedWays)
    ];
    let debrief = (option::of(outcome), text(), text(), text(), text(), text()).prop_map(
        |(outcome, against_goal, went_well, went_badly, learned, would_change)| Debrief {
            outcome,
            against_goal,
            went_well,
            went_badly,
            learned,
            would_change,
            unknown: Default::default(),
        },
    );
    let owner = prop_oneof![Just(Owner::Me), Just(Owner::Client)];
    let follow_up = (text(), owner, option::of(civil_date()), any::<bool>()).prop_map(
        |(what, owner, due, done)| FollowUp {
            what,
            owner,
            due,
            done,
            id: String::new(),
        },
    );
    (
        vec(rehearsal, 0..2),
        vec(reply, 0..2),
        option::of(debrief),
        vec(follow_up, 0..3),
    )
}

/// Any valid sheet at the current schema version.
pub(crate) fn sheet() -> impl Strategy<Value = Sheet> {
    let head = (
        id(),
        timestamp(),
        timestamp(),
        prop::sample::select(crate::i18n::Lang::ALL.to_vec()),
        text(),
        text(),
        text(),
        text(),
    );
    let message = (text(), text(), text(), any::<bool>(), any::<bool>()).prop_map(
        |(next_by, subject, body, spoken, edited)| MessageDraft {
            next_by,
            subject,
            body,
            spoken,
            edited,
            unknown: Default::default(),
        },
    );
    let plan = (
        option::of(prop::sample::select(Channel::ALL.to_vec())),
        option::of(datetime()),
        texts(),
        option::of(message),
    );
    (head, plan, sections(), logs()).prop_map(
        |(
            (id, created, updated, lang, scenario, client, address, topic),
            (channel, when, fallbacks, message),
            (facts, stakes, goal, opener, logistics),
            (rehearsals, my_replies, debrief, follow_ups),
        )| Sheet {
            schema_version: SHEET_SCHEMA_VERSION,
            id,
            created,
            updated,
            lang,
            scenario,
            client,
            address,
            topic,
            channel,
            when,
            facts,
            stakes,
            goal,
            fallbacks,
            opener,
            message,
            logistics,
            rehearsals,
            my_replies,
            debrief,
            follow_ups: {
                let mut follow_ups = follow_ups;
                super::model::number_follow_ups(&mut follow_ups);
                follow_ups
            },
            unknown: Default::default(),
        },
    )
}
