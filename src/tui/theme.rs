//! Colours, read from `assets/themes.toml`, or with `NO_COLOR` set, bold, reverse and
//! underline only.
//!
//! Nothing is shown by colour alone: every coloured state also has a word or a symbol.

use std::collections::BTreeMap;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

/// The styles every screen draws with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Theme {
    /// The whole screen: the theme's own text and background colours, or the terminal's.
    pub(crate) base: Style,
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

/// One role of a theme, as the file writes it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleStyle {
    #[serde(default)]
    fg: Option<String>,
    #[serde(default)]
    bg: Option<String>,
    #[serde(default)]
    bold: bool,
    #[serde(default)]
    reversed: bool,
    #[serde(default)]
    underlined: bool,
}

/// One theme, as the file writes it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    /// The background it is drawn on, painted over the whole screen; none for the terminal's
    /// own.
    #[serde(default)]
    background: Option<String>,
    /// The colour of ordinary text on that background.
    #[serde(default)]
    foreground: Option<String>,
    title: RoleStyle,
    muted: RoleStyle,
    focus: RoleStyle,
    border: RoleStyle,
    selected: RoleStyle,
    good: RoleStyle,
    warn: RoleStyle,
    bad: RoleStyle,
    flagged: RoleStyle,
    key: RoleStyle,
}

impl ThemeFile {
    #[cfg(test)]
    fn roles(&self) -> [(&'static str, &RoleStyle); 10] {
        [
            ("title", &self.title),
            ("muted", &self.muted),
            ("focus", &self.focus),
            ("border", &self.border),
            ("selected", &self.selected),
            ("good", &self.good),
            ("warn", &self.warn),
            ("bad", &self.bad),
            ("flagged", &self.flagged),
            ("key", &self.key),
        ]
    }
}

fn themes() -> BTreeMap<String, ThemeFile> {
    // The bundled file is checked by the tests below; were it ever broken, no theme is found
    // and the app draws with the terminal's own colours (`Theme::plain`).
    toml::from_str(include_str!("../../assets/themes.toml")).unwrap_or_default()
}

/// One of the 16 ANSI colours by the file's name, or the terminal's own for `default`.
fn colour(name: &str) -> Option<Color> {
    Some(match name {
        "default" => Color::Reset,
        "black" => Color::Black,
        "red" => Color::Red,
        "green" => Color::Green,
        "yellow" => Color::Yellow,
        "blue" => Color::Blue,
        "magenta" => Color::Magenta,
        "cyan" => Color::Cyan,
        "gray" => Color::Gray,
        "dark_gray" => Color::DarkGray,
        "light_red" => Color::LightRed,
        "light_green" => Color::LightGreen,
        "light_yellow" => Color::LightYellow,
        "light_blue" => Color::LightBlue,
        "light_magenta" => Color::LightMagenta,
        "light_cyan" => Color::LightCyan,
        "white" => Color::White,
        _ => return None,
    })
}

fn style(role: &RoleStyle) -> Style {
    let mut style = Style::new();
    if let Some(fg) = role.fg.as_deref().and_then(colour) {
        style = style.fg(fg);
    }
    if let Some(bg) = role.bg.as_deref().and_then(colour) {
        style = style.bg(bg);
    }
    for (on, modifier) in [
        (role.bold, Modifier::BOLD),
        (role.reversed, Modifier::REVERSED),
        (role.underlined, Modifier::UNDERLINED),
    ] {
        if on {
            style = style.add_modifier(modifier);
        }
    }
    style
}

impl Theme {
    /// The theme for this environment: plain when `NO_COLOR` is set and not empty, else the
    /// one named (`theme` in config.toml), else `terminal`.
    pub(crate) fn from_env(name: Option<&str>) -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(value) if !value.is_empty() => Theme::plain(),
            _ => Theme::named(name.unwrap_or("terminal")).unwrap_or_else(Theme::plain),
        }
    }

    /// The theme `name` of `assets/themes.toml`; `plain` is the one without colour.
    pub(crate) fn named(name: &str) -> Option<Theme> {
        if name == "plain" {
            return Some(Theme::plain());
        }
        let file = themes().remove(name)?;
        let base = style(&RoleStyle {
            fg: file.foreground.clone(),
            bg: file.background.clone(),
            ..RoleStyle::default()
        });
        Some(Theme {
            base,
            title: style(&file.title),
            muted: style(&file.muted),
            focus: style(&file.focus),
            border: style(&file.border),
            selected: style(&file.selected),
            good: style(&file.good),
            warn: style(&file.warn),
            bad: style(&file.bad),
            flagged: style(&file.flagged),
            key: style(&file.key),
        })
    }

    /// The coloured theme drawn on a dark background.
    #[cfg(test)]
    pub(crate) fn colour() -> Theme {
        Theme::named("dark").unwrap_or_else(Theme::plain)
    }

    /// The theme without colour.
    pub(crate) fn plain() -> Theme {
        Theme {
            base: Style::new(),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// xterm's 16 colours, as sRGB.
    fn xterm(name: &str) -> [u8; 3] {
        match name {
            "black" => [0x00, 0x00, 0x00],
            "red" => [0xcd, 0x00, 0x00],
            "green" => [0x00, 0xcd, 0x00],
            "yellow" => [0xcd, 0xcd, 0x00],
            "blue" => [0x00, 0x00, 0xee],
            "magenta" => [0xcd, 0x00, 0xcd],
            "cyan" => [0x00, 0xcd, 0xcd],
            "gray" => [0xe5, 0xe5, 0xe5],
            "dark_gray" => [0x7f, 0x7f, 0x7f],
            "light_red" => [0xff, 0x00, 0x00],
            "light_green" => [0x00, 0xff, 0x00],
            "light_yellow" => [0xff, 0xff, 0x00],
            "light_blue" => [0x5c, 0x5c, 0xff],
            "light_magenta" => [0xff, 0x00, 0xff],
            "light_cyan" => [0x00, 0xff, 0xff],
            "white" => [0xff, 0xff, 0xff],
            other => panic!("not an xterm colour: {other}"),
        }
    }

    /// WCAG 2 relative luminance.
    fn luminance([r, g, b]: [u8; 3]) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(xterm(a)), luminance(xterm(b)));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn every_theme_named_is_in_the_file_and_every_colour_is_known() {
        let file = themes();
        let named: Vec<&str> = talkprep::config::THEMES
            .into_iter()
            .filter(|t| *t != "plain")
            .collect();
        assert_eq!(file.keys().map(String::as_str).collect::<Vec<_>>(), {
            let mut sorted = named.clone();
            sorted.sort_unstable();
            sorted
        });
        for name in named {
            let theme = file.get(name).unwrap_or_else(|| panic!("no theme {name}"));
            for (role, s) in theme.roles() {
                for c in
                    s.fg.iter()
                        .chain(s.bg.iter())
                        .chain(theme.background.iter())
                {
                    assert!(colour(c).is_some(), "{name}.{role}: {c}");
                }
            }
            assert!(Theme::named(name).is_some());
        }
    }

    /// Text meets 4.5:1 on the background it is drawn on; a theme for the terminal's own
    /// background (light or dark, unknown) colours text only together with its own background.
    #[test]
    fn every_text_colour_meets_4_5_to_1_on_its_background() {
        for (name, theme) in themes() {
            match (theme.foreground.as_deref(), theme.background.as_deref()) {
                (Some(fg), Some(bg)) => {
                    let ratio = contrast(fg, bg);
                    assert!(ratio >= 4.5, "{name}: text {fg} on {bg} is {ratio:.2}:1");
                }
                (None, None) => {}
                _ => panic!("{name}: a background needs a text colour, and the other way round"),
            }
            for (role, s) in theme.roles() {
                if role == "border" {
                    continue; // lines, not text
                }
                let fg = s.fg.as_deref().filter(|c| *c != "default");
                let bg = s.bg.as_deref().or(theme.background.as_deref());
                match (fg, bg) {
                    (None, _) => {}
                    (Some(fg), None) => panic!(
                        "{name}.{role}: {fg} text on the terminal's own background, light or dark"
                    ),
                    (Some(fg), Some(bg)) => {
                        let ratio = contrast(fg, bg);
                        assert!(ratio >= 4.5, "{name}.{role}: {fg} on {bg} is {ratio:.2}:1");
                    }
                }
                if s.fg.is_none() && s.bg.is_some() && theme.background.is_none() {
                    panic!("{name}.{role}: the terminal's text colour on a background of ours");
                }
            }
        }
    }

    #[test]
    fn no_colour_means_no_colour() {
        let plain = Theme::plain();
        for style in [plain.title, plain.selected, plain.flagged, plain.bad] {
            assert_eq!((style.fg, style.bg), (None, None));
        }
    }
}
