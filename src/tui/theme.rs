//! Colours, or with `NO_COLOR` set, bold, reverse and underline only.
//!
//! Nothing is shown by colour alone: every coloured state also has a word or a symbol.

use ratatui::style::{Color, Modifier, Style};

/// The styles every screen draws with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Theme {
    /// Titles and headings.
    pub(crate) title: Style,
    /// Secondary text: hints, help descriptions.
    pub(crate) muted: Style,
    /// The border of the focused control.
    pub(crate) focus: Style,
    /// The border of other controls.
    pub(crate) border: Style,
    /// The selected row of a list.
    pub(crate) selected: Style,
    /// Good news: warm tone, saved.
    pub(crate) good: Style,
    /// A warning: tense tone, heat.
    pub(crate) warn: Style,
    /// Bad news: hostile tone, errors.
    pub(crate) bad: Style,
    /// Words the tone checker flagged, in the editor.
    pub(crate) flagged: Style,
    /// Keys in the hint bar.
    pub(crate) key: Style,
}

impl Theme {
    /// The theme for this environment: plain when `NO_COLOR` is set and not empty.
    pub(crate) fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(value) if !value.is_empty() => Theme::plain(),
            _ => Theme::colour(),
        }
    }

    /// The coloured theme.
    pub(crate) fn colour() -> Theme {
        Theme {
            title: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            muted: Style::new().fg(Color::Gray),
            focus: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::DarkGray),
            selected: Style::new().fg(Color::Black).bg(Color::Cyan),
            good: Style::new().fg(Color::Green),
            warn: Style::new().fg(Color::Yellow),
            bad: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            flagged: Style::new().fg(Color::Black).bg(Color::Yellow),
            key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        }
    }

    /// The theme without colour.
    pub(crate) fn plain() -> Theme {
        Theme {
            title: Style::new().add_modifier(Modifier::BOLD),
            muted: Style::new(),
            focus: Style::new().add_modifier(Modifier::BOLD),
            border: Style::new(),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            good: Style::new(),
            warn: Style::new().add_modifier(Modifier::BOLD),
            bad: Style::new().add_modifier(Modifier::BOLD),
            flagged: Style::new().add_modifier(Modifier::UNDERLINED),
            key: Style::new().add_modifier(Modifier::BOLD),
        }
    }
}
