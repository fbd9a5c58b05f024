//! One key with its modifiers: read from the key file, matched against events, written for
//! people in their language.

use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use talkprep::i18n::Catalog;

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Chord {
    /// The key.
    pub(crate) code: KeyCode,
    /// Ctrl, Alt.
    pub(crate) mods: KeyModifiers,
}

/// A key name the key file does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UnknownKey(pub(crate) String);

impl fmt::Display for UnknownKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown key '{}': use a character, space, enter, esc, tab, backtab, up, down, left, \
             right, pageup, pagedown, home, end or f1..f12, with ctrl- or alt- in front",
            self.0
        )
    }
}

impl Chord {
    /// Reads `"ctrl-n"`, `"pagedown"`, `"space"`, `"?"`, `"C"`.
    pub(crate) fn parse(text: &str) -> Result<Chord, UnknownKey> {
        let unknown = || UnknownKey(text.to_owned());
        let mut mods = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.chars().count() > 1 && lower.starts_with("ctrl-") {
                mods |= KeyModifiers::CONTROL;
                rest = &rest[5..];
            } else if rest.chars().count() > 1 && lower.starts_with("alt-") {
                mods |= KeyModifiers::ALT;
                rest = &rest[4..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if mods.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            (Some(c), None) => KeyCode::Char(c),
            _ => match rest.to_ascii_lowercase().as_str() {
                "space" => KeyCode::Char(' '),
                "enter" => KeyCode::Enter,
                "esc" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "backtab" | "shift-tab" => KeyCode::BackTab,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "pageup" => KeyCode::PageUp,
                "pagedown" => KeyCode::PageDown,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "backspace" => KeyCode::Backspace,
                "delete" => KeyCode::Delete,
                name => match name.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                    Some(n @ 1..=12) => KeyCode::F(n),
                    _ => return Err(unknown()),
                },
            },
        };
        Ok(Chord { code, mods })
    }

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

    /// How the chord is written for people, in the catalogue's language: `Ctrl-S`, `PgDn`,
    /// `Espace`, `?`.
    pub(crate) fn label(&self, cat: &'static Catalog) -> String {
        let name = |key: &str| cat.get(key).to_owned();
        let base = match self.code {
            KeyCode::Char(' ') => name("keyname.space"),
            KeyCode::Char(c) if self.mods.contains(KeyModifiers::CONTROL) => {
                c.to_ascii_uppercase().to_string()
            }
            KeyCode::Char(c) => c.to_string(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Tab => name("keyname.tab"),
            KeyCode::BackTab => name("keyname.backtab"),
            KeyCode::Esc => name("keyname.esc"),
            KeyCode::Enter => name("keyname.enter"),
            KeyCode::PageUp => name("keyname.pageup"),
            KeyCode::PageDown => name("keyname.pagedown"),
            KeyCode::Home => name("keyname.home"),
            KeyCode::End => name("keyname.end"),
            KeyCode::Backspace => name("keyname.backspace"),
            KeyCode::Delete => name("keyname.delete"),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            other => format!("{other:?}"),
        };
        let mut label = base;
        if self.mods.contains(KeyModifiers::ALT) {
            label = cat.fill("keyname.alt", &[("key", &label)]);
        }
        if self.mods.contains(KeyModifiers::CONTROL) {
            label = cat.fill("keyname.ctrl", &[("key", &label)]);
        }
        label
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use talkprep::i18n::{Lang, catalog};

    #[test]
    fn names_read_back_as_written() {
        for (text, label) in [
            ("ctrl-n", "Ctrl-N"),
            ("CTRL-S", "Ctrl-S"),
            ("pagedown", "PgDn"),
            ("space", "Space"),
            ("?", "?"),
            ("C", "C"),
            ("-", "-"),
            ("f1", "F1"),
            ("alt-x", "Alt-x"),
        ] {
            let chord = Chord::parse(text).unwrap();
            assert_eq!(chord.label(catalog(Lang::En)), label, "{text}");
        }
        assert!(Chord::parse("hyper-q").is_err());
        assert!(Chord::parse("f13").is_err());
        assert!(Chord::parse("").is_err());
    }

    #[test]
    fn key_names_are_in_the_users_language() {
        let fr = catalog(Lang::Fr);
        assert_eq!(Chord::parse("space").unwrap().label(fr), "Espace");
        assert_eq!(Chord::parse("enter").unwrap().label(fr), "Entrée");
        assert_eq!(Chord::parse("esc").unwrap().label(fr), "Échap");
    }
}
