//! `view`: draws the app. It reads the state and changes nothing.

use ratatui::Frame;

use super::app::{App, Overlay, Screen};
use super::layout;
use super::screens;
use super::update::scopes;
use super::widgets::{chrome, dialog};

/// Draws the whole app into `frame`.
pub(crate) fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let cat = app.cat();
    // A theme drawn for its own background paints it, whatever the terminal's.
    if app.theme.base != ratatui::style::Style::new() {
        frame.render_widget(ratatui::widgets::Block::new().style(app.theme.base), area);
    }
    if layout::too_small(area) {
        chrome::too_small(frame, area, cat);
        return;
    }
    let parts = layout::frame(area);
    match &app.screen {
        Screen::Home => screens::home::draw(frame, parts.body, app),
        Screen::Wizard(w) => screens::wizard::draw(frame, parts.body, app, w),
        Screen::Rehearse(r) => screens::rehearse::draw(frame, parts.body, app, r),
        Screen::Cue(c) => screens::cue::draw(frame, parts.body, app, c),
        Screen::Flags(f) => screens::flags::draw(frame, parts.body, app, f),
    }
    chrome::status(frame, parts.status, app.status.as_ref(), &app.theme);
    let active = scopes(app);
    chrome::hint_bar(frame, parts.hints, &active, app.keys, &app.theme, cat);
    match app.overlay {
        Some(Overlay::Help) => {
            dialog::help(
                frame,
                area,
                &active,
                app.keys,
                &app.theme,
                cat,
                app.help_scroll,
            );
        }
        Some(Overlay::ConfirmQuit) => dialog::confirm(
            frame,
            area,
            cat.get("quit.title"),
            cat.get("quit.body"),
            &app.theme,
        ),
        None => {}
    }
}
