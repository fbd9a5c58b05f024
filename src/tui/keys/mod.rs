//! The key bindings, read from `assets/keys.toml`: the event loop matches keys against them,
//! and the help overlay, the hint bar and every catalogue sentence that names a key
//! (`{key:undo}`) read them, so a rebinding changes every mention at once.

mod chord;

use std::sync::{LazyLock, Mutex};

use crossterm::event::KeyEvent;
use serde::Deserialize;
use talkprep::i18n::{Catalog, Lang, catalog};

pub(crate) use chord::Chord;

/// What a key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
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
    /// Build the message (or talk track) again from the sheet.
    RebuildMessage,
    /// Copy the message (or talk track) to the clipboard.
    CopyMessage,
    /// Scroll up a page.
    PageUp,
    /// Bring back the sheets an earlier run could not save.
    BringBack,
    /// Scroll the side panel up.
    SideUp,
    /// Scroll the side panel down.
    SideDown,
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
    /// Edit your own opener in place (rehearsal).
    EditOpener,
    /// Change the follow-up under the cursor (after the call).
    EditFollowUp,
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
    /// Word the redirection plan for one person alone, or for a team.
    ToggleTeam,
    /// List every reason behind the verdict, or only the heaviest.
    ExpandWhy,
    /// Show the cue card to keep open during the call.
    CueCard,
    /// In a dialog: yes (save and quit).
    Confirm,
    /// In a dialog: no (quit without saving).
    Discard,
    /// In a one-line field or a note: keep what was typed and move on.
    Commit,
    /// In a text field: undo the last edit.
    UndoEdit,
    /// In a text field: delete from the cursor to the start of the line (readline's Ctrl-U).
    DeleteToStart,
    /// In a text field: write its text in your own editor ($VISUAL or $EDITOR).
    EditOutside,
    /// Leave the home filter for the list, keeping the filter.
    LeaveFilter,
    /// On a scale: set the level to the digit pressed.
    Level,
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Scope {
    /// Everywhere, also while typing in a text field.
    Always,
    /// Anywhere except while typing in a text field (plain letter keys).
    NotTyping,
    /// The home screen, outside the filter field.
    Home,
    /// Any wizard step.
    Wizard,
    /// A wizard step, unless a multi-line text field has the keyboard (where Ctrl-N and
    /// Ctrl-P move between lines).
    NotMultiLine,
    /// A list, row of choices or scale has the focus.
    Choosing,
    /// The list of follow-ups after the call has the focus.
    FollowUpList,
    /// The opener step.
    Opener,
    /// The help overlay, while it is open.
    Help,
    /// The opener step, while its tone report offers a safe rewrite.
    Rewrite,
    /// The review step.
    Review,
    /// The message (or talk track) step.
    Message,
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
    /// A yes/no dialog is open.
    Dialog,
    /// A text field has the keyboard.
    Field,
    /// A one-line text field (or a note) has the keyboard: Enter keeps it and moves on.
    LineField,
    /// A filter (the home screen's, or the scenario filter) has the keyboard.
    Filter,
    /// A scale (0 to 10) has the focus.
    Scale,
}

/// One row of the table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct BindingRow {
    action: Action,
    scope: Scope,
    keys: Vec<String>,
    text: String,
    #[serde(default)]
    hint: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyFile {
    binding: Vec<BindingRow>,
}

/// One binding: an action, where it applies, its keys (the first is the one shown).
#[derive(Debug, Clone)]
pub(crate) struct Binding {
    /// What it does.
    pub(crate) action: Action,
    /// Where it applies.
    pub(crate) scope: Scope,
    /// The keys, the first shown in hints and sentences.
    pub(crate) keys: Vec<Chord>,
    /// Catalogue key of its description.
    pub(crate) text: String,
    /// Shown in the hint bar (the help overlay shows every row).
    pub(crate) hint: bool,
}

/// Why a key file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct KeymapError {
    /// Where: the file's name.
    pub(crate) file: String,
    /// The 1-based line, when known.
    pub(crate) line: Option<usize>,
    /// What is wrong.
    pub(crate) message: String,
}

impl std::fmt::Display for KeymapError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// The key bindings in force: what the event loop matches, what help and hints show, and the
/// keys that sentences in the catalogue name (`{key:undo}`).
#[derive(Debug, Clone)]
pub(crate) struct Keymap {
    bindings: Vec<Binding>,
}

/// The bundled bindings, `assets/keys.toml`.
const BUNDLED: &str = include_str!("../../../assets/keys.toml");

impl Keymap {
    /// The bundled key table, parsed once.
    pub(crate) fn bundled() -> &'static Keymap {
        static BUNDLED_MAP: LazyLock<Keymap> = LazyLock::new(|| {
            // The bundled file is checked by a test: a failure here is a broken build.
            Keymap::parse("assets/keys.toml", BUNDLED).unwrap_or_else(|e| panic!("{e}"))
        });
        &BUNDLED_MAP
    }

    /// Reads a key file; every problem names the file and line.
    pub(crate) fn parse(file: &str, text: &str) -> Result<Keymap, KeymapError> {
        let error = |line: Option<usize>, message: String| KeymapError {
            file: file.to_owned(),
            line,
            message,
        };
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let parsed: KeyFile = toml::from_str(text).map_err(|e| {
            error(
                e.span().map(|span| line_of(span.start)),
                e.message().to_owned(),
            )
        })?;
        let mut bindings = Vec::with_capacity(parsed.binding.len());
        for (index, row) in parsed.binding.into_iter().enumerate() {
            let line = text
                .match_indices("[[binding]]")
                .nth(index)
                .map(|(offset, _)| line_of(offset));
            if row.keys.is_empty() {
                return Err(error(line, format!("{:?} has no keys", row.action)));
            }
            let keys = row
                .keys
                .iter()
                .map(|k| Chord::parse(k))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| error(line, e.to_string()))?;
            bindings.push(Binding {
                action: row.action,
                scope: row.scope,
                keys,
                text: row.text,
                hint: row.hint,
            });
        }
        Ok(Keymap { bindings })
    }

    /// This table with the person's own keys (`[keys]` in config.toml): each action named gets
    /// the keys given, in every scope it has. What cannot be used is said, with its line in
    /// `file`, and left as it was: an unknown action, a key that does not parse, two actions
    /// on one key where both apply.
    pub(crate) fn with_overrides(
        &self,
        overrides: &[talkprep::config::KeyOverride],
        file: &str,
    ) -> (Keymap, Vec<talkprep::i18n::Message>) {
        use serde::de::IntoDeserializer;
        use talkprep::i18n::Message;
        let mut map = self.clone();
        let mut said = Vec::new();
        let at = |line: usize| {
            Message::new("keys.at")
                .with("file", file)
                .with("line", line.to_string())
        };
        for o in overrides {
            let parsed: Result<Action, serde::de::value::Error> =
                Action::deserialize(o.action.as_str().into_deserializer());
            let Ok(action) = parsed else {
                said.push(
                    Message::new("keys.unknown_action")
                        .with_message("at", at(o.line))
                        .with("action", talkprep::sanitize::single_line(&o.action)),
                );
                continue;
            };
            let chords: Result<Vec<Chord>, _> = o.keys.iter().map(|k| Chord::parse(k)).collect();
            let chords = match chords {
                Ok(chords) if !chords.is_empty() => chords,
                _ => {
                    said.push(
                        Message::new("keys.bad_key")
                            .with_message("at", at(o.line))
                            .with("keys", talkprep::sanitize::single_line(&o.keys.join(", "))),
                    );
                    continue;
                }
            };
            let before = map.clone();
            for b in map.bindings.iter_mut().filter(|b| b.action == action) {
                b.keys = chords.clone();
            }
            if let Some((chord, other)) = map.conflict_of(action) {
                let key = chords
                    .iter()
                    .position(|c| *c == chord)
                    .and_then(|i| o.keys.get(i))
                    .cloned()
                    .unwrap_or_default();
                said.push(
                    Message::new("keys.conflict")
                        .with_message("at", at(o.line))
                        .with("key", talkprep::sanitize::single_line(&key))
                        .with("action", o.action.as_str())
                        .with("other", other),
                );
                map = before;
            }
        }
        (map, said)
    }

    /// A key of `action` that another action already has in one of its scopes, and that
    /// action's name.
    fn conflict_of(&self, action: Action) -> Option<(Chord, String)> {
        for mine in self.bindings.iter().filter(|b| b.action == action) {
            for other in self
                .bindings
                .iter()
                .filter(|b| b.action != action && b.scope == mine.scope)
            {
                if let Some(k) = mine.keys.iter().find(|k| other.keys.contains(k)) {
                    let name = serde_json::to_value(other.action)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default();
                    return Some((*k, name));
                }
            }
        }
        None
    }

    /// Every binding, in the order help shows them.
    #[cfg(test)]
    pub(crate) fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The action bound to `event` in the active `scopes`, if any. Earlier rows win.
    pub(crate) fn lookup(&self, event: &KeyEvent, scopes: &[Scope]) -> Option<Action> {
        self.bindings
            .iter()
            .filter(|b| scopes.contains(&b.scope))
            .find(|b| b.keys.iter().any(|k| k.matches(event)))
            .map(|b| b.action)
    }

    /// The bindings active in `scopes`, for the hint bar (`hint_only`) or the help overlay.
    /// Rows that do the same thing are merged, so `Ctrl-Q/Ctrl-C/q quit` shows once with all
    /// its keys; the hint bar shows the first key only.
    pub(crate) fn active(
        &self,
        scopes: &[Scope],
        hint_only: bool,
        cat: &'static Catalog,
    ) -> Vec<Shown> {
        let mut shown: Vec<Shown> = Vec::new();
        for b in self.bindings.iter().filter(|b| scopes.contains(&b.scope)) {
            let labels = b.keys.iter().map(|k| k.label(cat));
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
                    text: b.text.clone(),
                    hint: b.hint,
                }),
            }
        }
        shown.retain(|s| !hint_only || s.hint);
        if hint_only {
            for s in &mut shown {
                s.keys.truncate(1);
            }
        }
        shown
    }

    /// The first key of `action` among the rows active in `scopes`, written for people.
    pub(crate) fn key_in(&self, action: Action, scopes: &[Scope], cat: &'static Catalog) -> String {
        self.first_key(action, |b| scopes.contains(&b.scope), cat)
    }

    /// The first key of `action` (in the first row that binds it), written for people.
    pub(crate) fn key_of(&self, action: Action, cat: &'static Catalog) -> String {
        self.first_key(action, |_| true, cat)
    }

    fn first_key(
        &self,
        action: Action,
        row: impl Fn(&Binding) -> bool,
        cat: &'static Catalog,
    ) -> String {
        self.bindings
            .iter()
            .find(|b| b.action == action && row(b))
            .and_then(|b| b.keys.first())
            .map_or_else(String::new, |k| k.label(cat))
    }
}

/// The catalogue of `lang` with the keys of `keys` written into every sentence that names one
/// (`{ -key_undo }` becomes `Ctrl-Z`, or whatever the key file binds). Made once per language and key
/// table, and kept for the life of the process.
pub(crate) fn catalog_with_keys(lang: Lang, keys: &'static Keymap) -> &'static Catalog {
    static MADE: Mutex<Vec<(Lang, usize, &'static Catalog)>> = Mutex::new(Vec::new());
    let id = std::ptr::from_ref(keys) as usize;
    let base = catalog(lang);
    let Ok(mut made) = MADE.lock() else {
        return base;
    };
    if let Some((_, _, found)) = made.iter().find(|(l, k, _)| *l == lang && *k == id) {
        return found;
    }
    let terms: Vec<(String, String)> = base
        .terms_used()
        .into_iter()
        .filter_map(|term| {
            let action = action_named(term.strip_prefix("key_")?)?;
            Some((term.clone(), keys.key_of(action, base)))
        })
        .collect();
    let named: &'static Catalog = Box::leak(Box::new(
        base.with_terms(terms.iter().map(|(t, k)| (t.as_str(), k.as_str()))),
    ));
    made.push((lang, id, named));
    named
}

/// The action a `{key:name}` placeholder names (the key file's spelling: `apply_rewrite`).
pub(crate) fn action_named(name: &str) -> Option<Action> {
    use serde::de::value::{Error, StrDeserializer};
    Action::deserialize(StrDeserializer::<Error>::new(name)).ok()
}

/// A row of the help overlay or the hint bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Shown {
    /// What the keys do.
    pub(crate) action: Action,
    /// The keys, written for people.
    pub(crate) keys: Vec<String>,
    /// Catalogue key of the description.
    pub(crate) text: String,
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
mod tests;
