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
    // serde_json's words, and what they name between backticks.
    const NAMED: [(&str, &str, &str); 4] = [
        ("missing field `", "error.json.missing_field", "field"),
        ("unknown variant `", "error.json.unknown_value", "value"),
        ("unknown field `", "error.json.unknown_field", "field"),
        ("duplicate field `", "error.json.duplicate_field", "field"),
    ];
    const SYNTAX: [&str; 9] = [
        "expected",
        "trailing",
        "key must",
        "control character",
        "invalid escape",
        "invalid unicode",
        "invalid number",
        "number out of range",
        "lone leading surrogate",
    ];
    for (start, key, name) in NAMED {
        if let Some(rest) = parser_says.strip_prefix(start)
            && let Some(named) = rest.split('`').next()
        {
            return Message::new(key).with(name, named);
        }
    }
    let key = if parser_says.starts_with("invalid type") || parser_says.starts_with("invalid value")
    {
        "error.json.wrong_kind"
    } else if parser_says.starts_with("invalid length") {
        "error.json.wrong_length"
    } else if parser_says.starts_with("EOF") {
        "error.json.cut_short"
    } else if SYNTAX.iter().any(|start| parser_says.starts_with(start)) {
        "error.json.syntax"
    } else {
        "error.json.does_not_fit"
    };
    Message::new(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_complaints_are_read() {
        assert_eq!(
            json_message("missing field `client` at line 3 column 1"),
            Message::new("error.json.missing_field").with("field", "client")
        );
        assert_eq!(
            json_message("unknown variant `later`, expected one of `me`, `client`"),
            Message::new("error.json.unknown_value").with("value", "later")
        );
        assert_eq!(
            json_message("invalid type: string \"x\", expected u8").key,
            "error.json.wrong_kind"
        );
        assert_eq!(
            json_message("expected `,` or `}` at line 2 column 5").key,
            "error.json.syntax"
        );
        assert_eq!(
            json_message("EOF while parsing an object").key,
            "error.json.cut_short"
        );
        assert_eq!(json_message("something new").key, "error.json.does_not_fit");
    }

    #[test]
    fn file_errors_have_words_by_kind() {
        let gone = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(io_message(&gone).key, "error.io.not_found");
        let odd = io::Error::other("strange");
        assert_eq!(
            io_message(&odd),
            Message::new("error.io.other").with("detail", "strange")
        );
    }
}
