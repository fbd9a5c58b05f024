//! Keys of the message step: build the message again from the sheet, copy it out.

use super::set_status;
use crate::tui::app::{App, Effect, Screen, Tone};

/// Builds the message again from the sheet. When the person edited it, the first press only
/// says what a rebuild would replace; pressed again at once, it goes ahead (and the edited
/// text stays one undo away in each field).
pub(super) fn rebuild(app: &mut App, confirmed: bool) {
    let cat = app.cat();
    let now = app.now_ms;
    let Screen::Wizard(w) = &mut app.screen else {
        return;
    };
    if w.message_edited() && !confirmed {
        w.confirm_rebuild = true;
        let text = cat.get("draft.rebuild_confirm").to_owned();
        set_status(app, Tone::Info, text);
        return;
    }
    w.rebuild_message(&app.playbook);
    w.touch(now);
    let text = cat.get("draft.rebuilt").to_owned();
    set_status(app, Tone::Good, text);
}

/// Copies the message (the subject is in its own field, for the mail client's own).
pub(super) fn copy(app: &mut App) -> Vec<Effect> {
    let cat = app.cat();
    let Screen::Wizard(w) = &app.screen else {
        return Vec::new();
    };
    let Some(message) = w
        .sheet
        .message
        .as_ref()
        .filter(|m| !m.body.trim().is_empty())
    else {
        let text = cat.get("draft.nothing_to_copy").to_owned();
        set_status(app, Tone::Info, text);
        return Vec::new();
    };
    let key = if message.subject.trim().is_empty() {
        "draft.copied"
    } else {
        "draft.copied_body"
    };
    let done = super::wizard::copied(cat, key, app.in_tmux);
    vec![Effect::Copy {
        text: message.body.clone(),
        done,
    }]
}
