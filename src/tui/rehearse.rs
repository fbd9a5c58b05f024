//! The rehearse screen's state: the opener as a teleprompter, a timer, push-back rounds.

use jiff::Timestamp;

use super::form::TextField;
use talkprep::playbook::{Playbook, Pushback, Tip, fill_placeholders};
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

/// Where an opener to rehearse comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// The user's own words: always variation 1.
    Yours,
    /// The user's words with the softeners that bury the ask taken out.
    YoursFirmer,
    /// The user's words with the checker's safe rewrites applied.
    YoursRewritten,
    /// One of the scenario's openers.
    Playbook,
}

/// An opener to rehearse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Variation {
    /// The words.
    pub(crate) text: String,
    /// Where they come from.
    pub(crate) source: Source,
    /// Whether it is the sheet's opener now.
    pub(crate) in_use: bool,
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
    /// The scenario's push-backs that fit the sheet's channel, as indices into its list;
    /// the channel does not change during a rehearsal, so this is worked out once.
    deck: Vec<usize>,
    /// Deals the push-backs (indices into `deck`).
    pub(crate) picker: RoundPicker,
    /// The push-back of this round, as an index into `deck`.
    pub(crate) current: Option<usize>,
    /// Rounds played.
    pub(crate) rounds: u32,
    /// The reply being written, when open.
    pub(crate) reply: Option<TextField>,
    /// The user's own opener being edited, when open.
    pub(crate) editing: Option<TextField>,
    /// The sheet's opener before the last promotion, for undo.
    pub(crate) before_promote: Option<talkprep::sheet::Opener>,
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
        let variations = variations(&sheet, playbook);
        let deck = fitting_pushbacks(&sheet, playbook);
        let count = deck.len();
        Rehearse {
            sheet,
            variations,
            variation: 0,
            timer_from_ms: None,
            times_ms: Vec::new(),
            phase: Phase::Opener,
            deck,
            picker: RoundPicker::new(count, seed),
            current: None,
            rounds: 0,
            reply: None,
            editing: None,
            before_promote: None,
            cue: 0,
            started,
            changed: false,
            from_wizard: false,
        }
    }

    /// The push-back of this round.
    pub(crate) fn pushback<'a>(&self, playbook: &'a Playbook) -> Option<&'a Pushback> {
        self.current
            .and_then(|i| self.deck.get(i))
            .and_then(|&i| playbook.scenario(&self.sheet.scenario)?.pushbacks.get(i))
    }

    /// Whether the scenario has no push-backs to play.
    pub(crate) fn picker_is_empty(&self) -> bool {
        self.deck.is_empty()
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

    /// The user's own words: the sheet's opener, or what it replaced.
    pub(crate) fn yours(&self) -> &str {
        own_words(&self.sheet)
    }

    /// Makes the variation shown the sheet's opener, keeping the user's own words beside it
    /// (and the opener before, for [`Rehearse::undo`]). Returns whether anything changed.
    pub(crate) fn promote(&mut self, playbook: &Playbook) -> bool {
        let Some(chosen) = self.variations.get(self.variation).cloned() else {
            return false;
        };
        if chosen.in_use {
            return false;
        }
        self.before_promote = Some(self.sheet.opener.clone());
        let own = self.yours().to_owned();
        let opener = &mut self.sheet.opener;
        if chosen.source == Source::Yours {
            opener.yours.clear();
        } else {
            opener.yours = own;
        }
        opener.text = chosen.text;
        self.rechecked(playbook);
        true
    }

    /// Puts back the opener the last promotion replaced. Returns whether there was one.
    pub(crate) fn undo(&mut self, playbook: &Playbook) -> bool {
        let Some(before) = self.before_promote.take() else {
            return false;
        };
        self.sheet.opener = before;
        self.rechecked(playbook);
        true
    }

    /// Starts editing the user's own opener in place.
    pub(crate) fn edit(&mut self) {
        self.editing = Some(TextField::new(self.yours(), true));
    }

    /// Keeps the edited own opener: the sheet's opener if it is in use, else the words kept
    /// beside the promoted one. Returns whether anything changed.
    pub(crate) fn keep_edit(&mut self, playbook: &Playbook) -> bool {
        let Some(field) = self.editing.take() else {
            return false;
        };
        let text = field.value();
        if text == self.yours() {
            return false;
        }
        let opener = &mut self.sheet.opener;
        if opener.yours.is_empty() {
            opener.text = text;
        } else {
            opener.yours = text;
        }
        self.before_promote = None;
        self.rechecked(playbook);
        true
    }

    /// After the opener changed: its tone report, the variations, and the one shown.
    fn rechecked(&mut self, playbook: &Playbook) {
        let opener = &mut self.sheet.opener;
        opener.tone = Some(talkprep::tone::check(&opener.text, self.sheet.lang));
        let shown = self.variations.get(self.variation).map(|v| v.text.clone());
        self.variations = variations(&self.sheet, playbook);
        self.variation = shown
            .and_then(|t| self.variations.iter().position(|v| v.text == t))
            .unwrap_or(0);
        self.changed = true;
    }

    /// Keeps the reply being written on the sheet, beside the push-back it answers. Returns
    /// whether anything was kept.
    pub(crate) fn keep_reply(&mut self, playbook: &Playbook) -> bool {
        let (Some(field), Some(pushback)) = (self.reply.take(), self.pushback(playbook)) else {
            return false;
        };
        let reply = field.value();
        if reply.trim().is_empty() {
            return false;
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
        true
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

/// The positions of the sheet's scenario's push-backs that can come up over its channel.
fn fitting_pushbacks(sheet: &Sheet, playbook: &Playbook) -> Vec<usize> {
    playbook
        .scenario(&sheet.scenario)
        .map(|s| {
            (0..s.pushbacks.len())
                .filter(|&i| s.pushbacks[i].fits(sheet.channel))
                .collect()
        })
        .unwrap_or_default()
}

/// The listening cue shown after `rounds` cue changes: the cues that suit the sheet's channel,
/// in turn.
pub(crate) fn cue<'a>(sheet: &Sheet, playbook: &'a Playbook, rounds: usize) -> Option<&'a Tip> {
    let fitting = || {
        playbook
            .listening_cues
            .iter()
            .filter(|t| t.fits(sheet.channel))
    };
    let count = fitting().count();
    fitting().nth(rounds.checked_rem(count)?)
}

/// The user's own words on a sheet: its opener, or what a promoted opener replaced.
fn own_words(sheet: &Sheet) -> &str {
    if sheet.opener.yours.is_empty() {
        &sheet.opener.text
    } else {
        &sheet.opener.yours
    }
}

/// The openers to rehearse: the user's own first, then it with the checker's safe rewrites,
/// then the scenario's, each once; the sheet's opener is marked in use.
fn variations(sheet: &Sheet, playbook: &Playbook) -> Vec<Variation> {
    let lang: Lang = sheet.lang;
    let own = own_words(sheet);
    let mut texts: Vec<(String, Source)> = Vec::new();
    if !own.trim().is_empty() {
        texts.push((own.to_owned(), Source::Yours));
        // Offered only when taking the softeners out does not make it read harsher.
        if let Some(firm) = talkprep::rehearse::firmer(own, lang)
            && talkprep::tone::check(&firm, lang).score >= talkprep::tone::check(own, lang).score
        {
            texts.push((firm, Source::YoursFirmer));
        }
        let mut rewritten = own.to_owned();
        // One rewrite at a time: each changes the offsets of the findings after it.
        for _ in 0..8 {
            let report = talkprep::tone::check(&rewritten, lang);
            match report
                .findings
                .iter()
                .find_map(|f| talkprep::tone::apply_suggestion(&rewritten, f))
            {
                Some(next) if next != rewritten => rewritten = next,
                _ => break,
            }
        }
        if rewritten != own && !texts.iter().any(|(t, _)| *t == rewritten) {
            texts.push((rewritten, Source::YoursRewritten));
        }
    }
    if !sheet.opener.yours.is_empty() && !texts.iter().any(|(t, _)| *t == sheet.opener.text) {
        texts.push((sheet.opener.text.clone(), Source::Playbook));
    }
    if let Some(scenario) = playbook.scenario(&sheet.scenario) {
        for opener in &scenario.openers {
            let filled = fill_placeholders(opener, sheet);
            if !texts.iter().any(|(t, _)| *t == filled) {
                texts.push((filled, Source::Playbook));
            }
        }
    }
    texts
        .into_iter()
        .map(|(text, source)| Variation {
            label: talkprep::tone::check(&text, lang).label,
            in_use: text == sheet.opener.text,
            text,
            source,
        })
        .collect()
}
