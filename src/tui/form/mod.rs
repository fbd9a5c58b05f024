//! Form controls: text fields, lists and the scale, each identified by what it edits.

mod choice;
mod text;

pub(crate) use choice::{Item, ItemValue, Mode, PickList, Scale};
pub(crate) use talkprep::sheet::FieldId;
pub(crate) use text::TextField;

/// The editing part of a control.
#[derive(Debug, Clone)]
pub(crate) enum Widget {
    /// Free text.
    Text(Box<TextField>),
    /// A list or row of choices.
    Pick(PickList),
    /// A 0-to-10 scale.
    Scale(Scale),
}

/// A focusable control.
#[derive(Debug, Clone)]
pub(crate) struct Control {
    /// What it edits.
    pub(crate) id: FieldId,
    /// How it edits.
    pub(crate) widget: Widget,
}

impl Control {
    /// The field's row in the table: its label, placeholder, kind.
    pub(crate) fn field(&self) -> &'static talkprep::sheet::Field {
        talkprep::sheet::Field::get(self.id)
    }

    /// Whether this control takes typed characters.
    pub(crate) fn is_text(&self) -> bool {
        matches!(self.widget, Widget::Text(_))
    }

    /// The text field, if this is one.
    pub(crate) fn as_text(&self) -> Option<&TextField> {
        match &self.widget {
            Widget::Text(field) => Some(field),
            _ => None,
        }
    }

    /// The text field, mutably, if this is one.
    pub(crate) fn as_text_mut(&mut self) -> Option<&mut TextField> {
        match &mut self.widget {
            Widget::Text(field) => Some(field),
            _ => None,
        }
    }

    /// The list, if this is one.
    pub(crate) fn as_pick(&self) -> Option<&PickList> {
        match &self.widget {
            Widget::Pick(list) => Some(list),
            _ => None,
        }
    }
}
