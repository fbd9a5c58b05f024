//! Messages for problems that come from outside talkprep's own words: the operating system's
//! file errors and the JSON parser's complaints, said in the user's language.

use std::io;

use super::Message;

/// What went wrong with a file operation, by its kind (`error.io.*`). Only a kind talkprep has
/// no words for shows the system's own (English) text.
pub fn io_message(error: &io::Error) -> Message {
    use io::ErrorKind as K;
    let key = match error.kind() {
        K::NotFound => "error.io.not_found",
        K::PermissionDenied => "error.io.permission_denied",
        K::AlreadyExists => "error.io.already_exists",
        K::StorageFull | K::QuotaExceeded => "error.io.storage_full",
        K::ReadOnlyFilesystem => "error.io.read_only",
        K::IsADirectory => "error.io.is_a_directory",
        K::NotADirectory => "error.io.not_a_directory",
        K::InvalidData => "error.io.invalid_data",
        K::FileTooLarge => "error.io.too_large",
        K::Interrupted | K::TimedOut | K::WouldBlock => "error.io.interrupted",
        K::BrokenPipe => "error.io.broken_pipe",
        _ => {
            return Message::new("error.io.other")
                .with("detail", crate::sanitize::single_line(&error.to_string()));
        }
    };
    Message::new(key)
}

/// What the JSON parser found wrong, from its message: the common cases (a missing field, a
/// value of the wrong kind, an unknown choice, text that is not JSON) in the user's words,
/// naming the field or value; anything else as a general "does not fit".
pub fn json_message(parser_says: &str) -> Message {
    let between = |start: &str| -> Option<String> {
        let rest = parser_says.split_once(start)?.1;
        Some(rest.split('`').next()?.to_owned())
    };
    if parser_says.starts_with("missing field") {
        if let Some(field) = between("missing field `") {
            return Message::new("error.json.missing_field").with("field", field);
        }
    }
    if parser_says.starts_with("unknown variant") {
        if let Some(value) = between("unknown variant `") {
            return Message::new("error.json.unknown_value").with("value", value);
        }
    }
    if parser_says.starts_with("unknown field") {
        if let Some(field) = between("unknown field `") {
            return Message::new("error.json.unknown_field").with("field", field);
        }
    }
    if parser_says.starts_with("duplicate field") {
        if let Some(field) = between("duplicate field `") {
            return Message::new("error.json.duplicate_field").with("field", field);
        }
    }
    if parser_says.starts_with("invalid type") || parser_says.starts_with("invalid value") {
        return Message::new("error.json.wrong_kind");
    }
    if parser_says.starts_with("invalid length") {
        return Message::new("error.json.wrong_length");
    }
    if parser_says.starts_with("EOF") {
        return Message::new("error.json.cut_short");
    }
    if parser_says.starts_with("expected") || parser_says.starts_with("trailing") || parser_says.starts_with("key must") || parser_says.starts_with("control character") || parser_says.starts_with("invalid escape") || parser_says.starts_with("invalid unicode") || parser_says.starts_with("invalid number") || parser_says.starts_with("number out of range") || parser_says.starts_with("lone leading surrogate") {
        return Message::new("error.json.syntax");
    }
    Message::new("error.json.does_not_fit")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_complaints_are_read() {
        assert_eq!(json_message("missing field `client` at line 3 column 1"), Message::new("error.json.missing_field").with("field", "client"));
        assert_eq!(json_message("unknown variant `later`, expected one of `me`, `client`"), Message::new("error.json.unknown_value").with("value", "later"));
        assert_eq!(json_message("invalid type: string \"x\", expected u8").key, "error.json.wrong_kind");
        assert_eq!(json_message("expected `,` or `}` at line 2 column 5").key, "error.json.syntax");
        assert_eq!(json_message("EOF while parsing an object").key, "error.json.cut_short");
        assert_eq!(json_message("something new").key, "error.json.does_not_fit");
    }

    #[test]
    fn file_errors_have_words_by_kind() {
        let gone = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(io_message(&gone).key, "error.io.not_found");
        let odd = io::Error::other("strange");
        assert_eq!(io_message(&odd), Message::new("error.io.other").with("detail", "strange"));
    }
}
