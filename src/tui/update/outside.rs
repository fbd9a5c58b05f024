//! A wizard answer written in the person's own editor: the key hands the field's text over,
//! and what the editor leaves comes back into the field as one edit (undoable).

use super::set_status;
use crate::tui::app::{App, Effect, Screen, Tone};
use crate::tui::form::FieldId;
use crate::tui::wizard::store_control;
use talkprep::i18n::Message;

/// The focused text field's text, to open in the editor.
pub(super) fn open(app: &mut App) -> Vec<Effect> {
    let Screen::Wizard(w) = &app.screen else {
        return Vec::new();
    };
    let Some((field, text)) = w
        .focused()
        .and_then(|c| c.as_text().map(|t| (c.id, t.value())))
    else {
        return Vec::new();
    };
    vec![Effect::EditOutside { field, text }]
}

/// Puts what the editor left into the field it was opened from (when it is still on screen).
pub(super) fn read_back(app: &mut App, field: FieldId, text: Result<String, Message>) {
    let cat = app.cat();
    let now = app.now_ms;
    let text = match text {
        Ok(text) => text,
        Err(error) => {
            let said = error.render(cat);
            set_status(app, Tone::Bad, said);
            return;
        }
    };
    let Screen::Wizard(w) = &mut app.screen else {
        return;
    };
    let Some(index) = w.controls.iter().position(|c| c.id == field) else {
        return;
    };
    let changed = w.controls[index]
        .as_text_mut()
        .map(|t| {
            let changed = t.value() != text;
            if changed {
                t.set_value(&text);
            }
            changed
        })
        .unwrap_or(false);
    if changed {
        store_control(w, index, &app.playbook);
        w.touch(now);
    }
    w.focus = index;
    let key = if changed {
        "outside.read_back"
    } else {
        "outside.unchanged"
    };
    let said = cat.get(key).to_owned();
    set_status(app, Tone::Good, said);
}
