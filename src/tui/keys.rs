//! The one table of key bindings: the event loop, the help overlay and the hint bar all read it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Action {
    /// Open or close the help overlay.
    Help,
    /// Leave the app (asks first when something is unsaved).
    Quit,
    /// Go back, close a dialog, or leave the wizard for home.
    Back,
    /// Save the sheet now.
    Save,
    /// Next field.
    NextField,
    /// Previous field.
    PrevField,
    /// Next wizard step.
    NextStep,
    /// Previous wizard step.
    PrevStep,
    /// Move up in a list.
    Up,
    /// Move down in a list.
    Down,
    /// Move left in a row of choices or on a scale.
    Left,
    /// Move right in a row of choices or on a scale.
    Right,
    /// Choose the item under the cursor.
    Select,
    /// Tick or untick the item under the cursor.
    Toggle,
    /// Start a new prep.
    NewSheet,
    /// Type to filter the library.
    Filter,
    /// Move the selected sheet to the trash.
    Delete,
    /// Bring back the sheet just deleted.
    Undo,
    /// Apply the first tone suggestion to the opener.
    ApplyRewrite,
    /// Export the sheet to Markdown.
    Export,
    /// Copy the opener to the clipboard.
    CopyOpener,
    /// Copy the whole sheet to the clipboard.
    CopySheet,
    /// Scroll up a page.
    PageUp,
    /// Scroll down a page.
    PageDown,
    /// Rehearse the sheet's opener.
    Rehearse,
    /// Start or stop the rehearsal timer.
    Timer,
    /// The client pushes back: next round.
    NextRound,
    /// Show the calm reply.
    Reveal,
    /// Write your own reply and keep it on the sheet.
    WriteReply,
    /// Show the next opener variation.
    NextVariation,
    /// Make the variation shown the sheet's opener.
    Promote,
    /// Open the red-flag review of a client.
    RedFlags,
    /// Write a note on the checklist item under the cursor.
    EditNote,
    /// Show the red-flag verdict (and save the review).
    ShowVerdict,
    /// Complete the client's name from the names already known.
    Complete,
    /// Start a prep sheet for ending the relationship with the reviewed client.
    ExitPrep,
    /// Show the cue card to keep open during the call.
    CueCard,
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Scope {
    /// Everywhere, also while typing in a text field.
    Always,
    /// Anywhere except while typing in a text field (plain letter keys).
    NotTyping,
    /// The home screen, outside the filter field.
    Home,
    /// Any wizard step.
    Wizard,
    /// A list, row of choices or scale has the focus.
    Choosing,
    /// The opener step.
    Opener,
    /// The review step.
    Review,
    /// The rehearse screen, outside the reply field.
    Rehearse,
    /// Screens with fields to move between and a document to save (wizard, red-flag review).
    Form,
    /// The red-flag review, outside its text fields (checklist and verdict).
    Flags,
    /// The red-flag review's client field has the keyboard.
    FlagsClient,
    /// The red-flag checklist's items have the keyboard.
    FlagsChecklist,
    /// The red-flag verdict page.
    FlagsVerdict,
    /// The red-flag verdict page when it shows the redirection plan.
    FlagsPlan,
    /// The red-flag verdict page when the verdict is an exit.
    FlagsExit,
    /// The cue card.
    Cue,
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Chord {
    /// The key.
    pub(crate) code: KeyCode,
    /// Ctrl, Alt, Shift.
    pub(crate) mods: KeyModifiers,
}

const fn key(code: KeyCode) -> Chord {
    Chord {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Chord {
    Chord {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

const fn ch(c: char) -> Chord {
    key(KeyCode::Char(c))
}

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Binding {
    /// What it does.
    pub(crate) action: Action,
    /// Where it applies.
    pub(crate) scope: Scope,
    /// The keys, the first shown in hints.
    pub(crate) keys: &'static [Chord],
    /// Catalogue key of its description.
    pub(crate) text: &'static str,
    /// Shown in the hint bar (the help overlay shows every row).
    pub(crate) hint: bool,
}

macro_rules! bind {
    ($action:ident, $scope:ident, [$($k:expr),+], $text:literal, $hint:literal) => {
        Binding { action: Action::$action, scope: Scope::$scope, keys: &[$($k),+], text: $text, hint: $hint }
    };
}

/// Every binding, in the order help shows them. Earlier rows win when two match.
#[rustfmt::skip]
pub(crate) const BINDINGS: &[Binding] = &[
    bind!(Help, NotTyping, [ch('?')], "key.help", true),
    bind!(Help, Always, [key(KeyCode::F(1))], "key.help", false),
    bind!(ApplyRewrite, Opener, [ctrl('t')], "key.apply_rewrite", true),
    bind!(Save, Form, [ctrl('s')], "key.save", true),
    bind!(Quit, NotTyping, [ch('q')], "key.quit", true),
    bind!(Quit, Always, [ctrl('q'), ctrl('c')], "key.quit", false),
    bind!(PageUp, Review, [key(KeyCode::PageUp)], "key.page_up", false),
    bind!(PageDown, Review, [key(KeyCode::PageDown)], "key.page_down", false),
    bind!(NextStep, Wizard, [ctrl('n'), key(KeyCode::PageDown)], "key.next_step", true),
    bind!(PrevStep, Wizard, [ctrl('p'), key(KeyCode::PageUp)], "key.prev_step", true),
    bind!(Complete, FlagsClient, [key(KeyCode::Tab)], "key.flags_complete", true),
    bind!(NextField, Form, [key(KeyCode::Tab)], "key.next_field", true),
    bind!(PrevField, Form, [key(KeyCode::BackTab)], "key.prev_field", false),
    bind!(Back, Always, [key(KeyCode::Esc)], "key.back", true),
    bind!(NewSheet, Home, [ch('n')], "key.new", true),
    bind!(Filter, Home, [ch('/')], "key.filter", true),
    bind!(RedFlags, Home, [ch('r')], "key.red_flags", true),
    bind!(Delete, Home, [ch('d')], "key.delete", true),
    bind!(Undo, Home, [ch('u')], "key.undo", false),
    bind!(Timer, Rehearse, [ch(' ')], "key.timer", true),
    bind!(NextRound, Rehearse, [key(KeyCode::Enter), ch('n')], "key.next_round", true),
    bind!(Reveal, Rehearse, [ch('a')], "key.reveal", true),
    bind!(WriteReply, Rehearse, [ch('w')], "key.write_reply", true),
    bind!(NextVariation, Rehearse, [ch('v')], "key.next_variation", true),
    bind!(Promote, Rehearse, [ch('p')], "key.promote", true),
    bind!(Rehearse, Review, [ch('p')], "key.rehearse", true),
    bind!(CueCard, Review, [ch('k')], "key.cue", true),
    bind!(CueCard, Home, [ch('k')], "key.cue", false),
    bind!(Up, Cue, [key(KeyCode::Up)], "key.up", false),
    bind!(Down, Cue, [key(KeyCode::Down)], "key.down", false),
    bind!(PageUp, Cue, [key(KeyCode::PageUp)], "key.page_up", false),
    bind!(PageDown, Cue, [key(KeyCode::PageDown)], "key.page_down", false),
    bind!(Rehearse, Home, [ch('p')], "key.rehearse", true),
    bind!(Export, Review, [ch('e')], "key.export", true),
    bind!(CopyOpener, Review, [ch('c')], "key.copy_opener", true),
    bind!(CopySheet, Review, [ch('C')], "key.copy_sheet", false),
    bind!(ShowVerdict, FlagsChecklist, [key(KeyCode::Enter)], "key.flags_verdict", true),
    bind!(Toggle, FlagsChecklist, [ch(' ')], "key.flags_toggle", true),
    bind!(EditNote, FlagsChecklist, [ch('n')], "key.flags_note", true),
    bind!(Toggle, FlagsPlan, [ch(' ')], "key.flags_plan_step", true),
    bind!(ExitPrep, FlagsExit, [ch('x'), key(KeyCode::Enter)], "key.flags_exit_prep", true),
    bind!(Export, FlagsVerdict, [ch('e')], "key.flags_export", true),
    bind!(Up, Flags, [key(KeyCode::Up), ch('k')], "key.up", false),
    bind!(Down, Flags, [key(KeyCode::Down), ch('j')], "key.down", false),
    bind!(PageUp, FlagsVerdict, [key(KeyCode::PageUp)], "key.page_up", false),
    bind!(PageDown, FlagsVerdict, [key(KeyCode::PageDown)], "key.page_down", false),
    bind!(Up, Choosing, [key(KeyCode::Up)], "key.up", false),
    bind!(Down, Choosing, [key(KeyCode::Down)], "key.down", false),
    bind!(Left, Choosing, [key(KeyCode::Left)], "key.left", false),
    bind!(Right, Choosing, [key(KeyCode::Right)], "key.right", false),
    bind!(Toggle, Choosing, [ch(' ')], "key.toggle", false),
    bind!(Select, Choosing, [key(KeyCode::Enter)], "key.select", true),
];

impl Chord {
    /// Whether `event` is this chord. Shift is ignored for characters, whose case says it.
    pub(crate) fn matches(&self, event: &KeyEvent) -> bool {
        let mut mods = event.modifiers;
        if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            mods.remove(KeyModifiers::SHIFT);
        }
        let code = match event.code {
            KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            other => other,
        };
        code == self.code && mods == self.mods
    }

    /// How the chord is written in hints: `Ctrl-S`, `PgDn`, `?`.
    pub(crate) fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) if self.mods.contains(KeyModifiers::CONTROL) => {
                c.to_ascii_uppercase().to_string()
            }
            KeyCode::Char(c) => c.to_string(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Tab => "Tab".to_owned(),
            KeyCode::BackTab => "Shift-Tab".to_owned(),
            KeyCode::Esc => "Esc".to_owned(),
            KeyCode::Enter => "Enter".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }
}

/// The action bound to `event` in the active `scopes`, if any.
pub(crate) fn lookup(event: &KeyEvent, scopes: &[Scope]) -> Option<Action> {
    BINDINGS
        .iter()
        .filter(|b| scopes.contains(&b.scope))
        .find(|b| b.keys.iter().any(|k| k.matches(event)))
        .map(|b| b.action)
}

/// The bindings active in `scopes`, for the hint bar (`hint_only`) or the help overlay. Rows
/// that do the same thing are merged, so `Ctrl-Q/Ctrl-C/q quit` shows once with all its keys.
pub(crate) fn active(scopes: &[Scope], hint_only: bool) -> Vec<Shown> {
    let mut shown: Vec<Shown> = Vec::new();
    for b in BINDINGS.iter().filter(|b| scopes.contains(&b.scope)) {
        let labels = b.keys.iter().map(Chord::label);
        match shown
            .iter_mut()
            .find(|s| s.action == b.action && s.text == b.text)
        {
            Some(row) => {
                row.keys.extend(labels);
                row.hint |= b.hint;
            }
            None => shown.push(Shown {
                action: b.action,
                keys: labels.collect(),
                text: b.text,
                hint: b.hint,
            }),
        }
    }
    shown.retain(|s| !hint_only || s.hint);
    if hint_only {
        // The hint bar is short: show the first key only.
        for s in &mut shown {
            s.keys.truncate(1);
        }
    }
    shown
}

/// A row of the help overlay or the hint bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Shown {
    /// What the keys do.
    pub(crate) action: Action,
    /// The keys, written for people.
    pub(crate) keys: Vec<String>,
    /// Catalogue key of the description.
    pub(crate) text: &'static str,
    /// Whether it belongs in the hint bar.
    pub(crate) hint: bool,
}

impl Shown {
    /// The keys joined for display: `Ctrl-N/PgDn`.
    pub(crate) fn keys_label(&self) -> String {
        self.keys.join("/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use talkprep::i18n::Lang;

    fn ev(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn typing_does_not_trigger_letter_keys() {
        let q = ev(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(lookup(&q, &[Scope::Always, Scope::Wizard]), None);
        assert_eq!(
            lookup(&q, &[Scope::Always, Scope::NotTyping]),
            Some(Action::Quit)
        );
    }

    #[test]
    fn ctrl_letters_match_either_case() {
        let s = ev(
            KeyCode::Char('S'),
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        );
        assert_eq!(lookup(&s, &[Scope::Form]), Some(Action::Save));
    }

    #[test]
    fn capital_letters_keep_their_case() {
        let c = ev(KeyCode::Char('C'), KeyModifiers::SHIFT);
        assert_eq!(lookup(&c, &[Scope::Review]), Some(Action::CopySheet));
    }

    #[test]
    fn page_keys_scroll_the_review_instead_of_leaving_it() {
        let pg_up = ev(KeyCode::PageUp, KeyModifiers::NONE);
        assert_eq!(
            lookup(&pg_up, &[Scope::Wizard, Scope::Review]),
            Some(Action::PageUp)
        );
        assert_eq!(lookup(&pg_up, &[Scope::Wizard]), Some(Action::PrevStep));
    }

    #[test]
    fn every_binding_has_a_description() {
        let cat = talkprep::i18n::catalog(Lang::En);
        for b in BINDINGS {
            assert_ne!(cat.get(b.text), b.text, "missing text for {:?}", b.action);
        }
    }
}
