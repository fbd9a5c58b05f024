//! The rehearse screen's state: the opener as a teleprompter, a timer, push-back rounds.

use jiff::Timestamp;

use super::form::TextField;
use talkprep::playbook::{Playbook, Pushback, fill_placeholders};
use talkprep::rehearse::RoundPicker;
use talkprep::sheet::{MyReply, Rehearsal, Sheet};
use talkprep::tone::{Label, Lang};

/// How long the "let the silence work" pause lasts, in milliseconds.
pub(crate) const PAUSE_MS: u64 = 4_000;

/// Where a round is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Phase {
    /// Saying the opener; no push-back yet.
    Opener,
    /// The client has spoken; silence until this app time.
    Pause {
        /// When the pause ends, app clock in ms.
        until_ms: u64,
    },
    /// Your turn to answer aloud.
    Answer,
    /// The calm reply is shown beside yours.
    Revealed,
}

/// An opener to rehearse: the sheet's own or one of the scenario's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Variation {
    /// The words.
    pub(crate) text: String,
    /// Whether it is the sheet's current opener.
    pub(crate) is_current: bool,
    /// Its tone label.
    pub(crate) label: Label,
}

/// A rehearsal in progress.
#[derive(Debug, Clone)]
pub(crate) struct Rehearse {
    /// The sheet; the log and promoted openers are written to it.
    pub(crate) sheet: Sheet,
    /// The openers to cycle through.
    pub(crate) variations: Vec<Variation>,
    /// The one shown.
    pub(crate) variation: usize,
    /// When the running timer started, app clock in ms.
    pub(crate) timer_from_ms: Option<u64>,
    /// Timed runs, in ms.
    pub(crate) times_ms: Vec<u64>,
    /// Where the round is.
    pub(crate) phase: Phase,
    /// Deals the push-backs.
    pub(crate) picker: RoundPicker,
    /// The push-back of this round, as an index into the scenario's.
    pub(crate) current: Option<usize>,
    /// Rounds played.
    pub(crate) rounds: u32,
    /// The reply being written, when open.
    pub(crate) reply: Option<TextField>,
    /// Which listening cue shows.
    pub(crate) cue: usize,
    /// When the rehearsal started.
    pub(crate) started: Timestamp,
    /// Whether the sheet changed (log, promoted opener, your replies).
    pub(crate) changed: bool,
    /// Whether leaving goes back to the wizard (else home).
    pub(crate) from_wizard: bool,
}

impl Rehearse {
    /// A rehearsal of `sheet`, dealing rounds from `seed`.
    pub(crate) fn new(
        sheet: Sheet,
        playbook: &Playbook,
        started: Timestamp,
        seed: u64,
    ) -> Rehearse {
        let lang: Lang = sheet.lang;
        let mut texts: Vec<(String, bool)> = Vec::new();
        if !sheet.opener.text.trim().is_empty() {
            texts.push((sheet.opener.text.clone(), true));
        }
        if let Some(scenario) = playbook.scenario(&sheet.scenario) {
            for opener in &scenario.openers {
                let filled = fill_placeholders(
                    opener,
                    &sheet.client,
                    &sheet.topic,
                    talkprep::i18n::catalog(sheet.lang),
                );
                if !texts.iter().any(|(t, _)| *t == filled) {
                    texts.push((filled, false));
                }
            }
        }
        let variations = texts
            .into_iter()
            .map(|(text, is_current)| {
                let label = talkprep::tone::check(&text, lang).label;
                Variation {
                    text,
                    is_current,
                    label,
                }
            })
            .collect();
        let count = pushbacks(&sheet, playbook).len();
        Rehearse {
            sheet,
            variations,
            variation: 0,
            timer_from_ms: None,
            times_ms: Vec::new(),
            phase: Phase::Opener,
            picker: RoundPicker::new(count, seed),
            current: None,
            rounds: 0,
            reply: None,
            cue: 0,
            started,
            changed: false,
            from_wizard: false,
        }
    }

    /// The push-back of this round.
    pub(crate) fn pushback<'a>(&self, playbook: &'a Playbook) -> Option<&'a Pushback> {
        self.current
            .and_then(|i| pushbacks(&self.sheet, playbook).get(i))
    }

    /// Whether the scenario has no push-backs to play.
    pub(crate) fn picker_is_empty(&self, playbook: &Playbook) -> bool {
        pushbacks(&self.sheet, playbook).is_empty()
    }

    /// The opener shown.
    pub(crate) fn opener(&self) -> &str {
        self.variations
            .get(self.variation)
            .map_or("", |v| v.text.as_str())
    }

    /// Starts or stops the timer at `now_ms`.
    pub(crate) fn toggle_timer(&mut self, now_ms: u64) {
        match self.timer_from_ms.take() {
            Some(from) => self.times_ms.push(now_ms.saturating_sub(from)),
            None => self.timer_from_ms = Some(now_ms),
        }
    }

    /// Deals the next push-back and starts the pause.
    pub(crate) fn next_round(&mut self, now_ms: u64) {
        self.current = self.picker.next_round();
        if self.current.is_some() {
            self.rounds += 1;
            self.phase = Phase::Pause {
                until_ms: now_ms + PAUSE_MS,
            };
            self.cue += 1;
            self.reply = None;
        }
    }

    /// Moves from the pause to answering once the pause is over.
    pub(crate) fn tick(&mut self, now_ms: u64) {
        if let Phase::Pause { until_ms } = self.phase
            && now_ms >= until_ms
        {
            self.phase = Phase::Answer;
        }
    }

    /// Makes the variation shown the sheet's opener.
    pub(crate) fn promote(&mut self) {
        let Some(chosen) = self.variations.get(self.variation).map(|v| v.text.clone()) else {
            return;
        };
        self.sheet.opener.text = chosen.clone();
        let lang: Lang = self.sheet.lang;
        self.sheet.opener.tone = Some(talkprep::tone::check(&chosen, lang));
        for v in &mut self.variations {
            v.is_current = v.text == chosen;
        }
        self.changed = true;
    }

    /// Keeps the reply being written on the sheet, beside the push-back it answers.
    pub(crate) fn keep_reply(&mut self, playbook: &Playbook) {
        let (Some(field), Some(pushback)) = (self.reply.take(), self.pushback(playbook)) else {
            return;
        };
        let reply = field.value();
        if reply.trim().is_empty() {
            return;
        }
        let says = pushback.says.clone();
        match self
            .sheet
            .my_replies
            .iter_mut()
            .find(|r| r.pushback == says)
        {
            Some(existing) => existing.reply = reply,
            None => self.sheet.my_replies.push(MyReply {
                pushback: says,
                reply,
            }),
        }
        self.changed = true;
    }

    /// The sheet with this rehearsal logged, if anything was rehearsed.
    pub(crate) fn finish(mut self, now_ms: u64) -> (Sheet, bool) {
        if self.timer_from_ms.is_some() {
            self.toggle_timer(now_ms);
        }
        if self.rounds > 0 || !self.times_ms.is_empty() {
            self.sheet.rehearsals.push(Rehearsal {
                at: self.started,
                rounds: self.rounds,
                times_ms: self.times_ms.clone(),
            });
            self.changed = true;
        }
        (self.sheet, self.changed)
    }
}

/// The push-backs of the sheet's scenario.
pub(crate) fn pushbacks<'a>(sheet: &Sheet, playbook: &'a Playbook) -> &'a [Pushback] {
    playbook
        .scenario(&sheet.scenario)
        .map_or(&[], |s| s.pushbacks.as_slice())
}
