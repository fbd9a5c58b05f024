//! Cleaning text where it enters talkprep from files, pastes and error messages.
//!
//! Terminal escape sequences and other control characters must never reach the screen raw.

/// Removes control characters except newline and tab, and turns `\r\n` and lone `\r` into `\n`.
pub fn multiline(text: &str) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    unified
        .chars()
        .filter(|c| *c == '\n' || *c == '\t' || !c.is_control())
        .collect()
}

/// Removes every control character, newlines included (one-line fields, error messages).
pub fn single_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c == '\n' || c == '\r' || c == '\t' {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !c.is_control())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiline_keeps_lines_and_drops_escapes() {
        assert_eq!(multiline("a\r\nb\rc\x1b[31md\u{7}"), "a\nb\nc[31md");
    }

    #[test]
    fn single_line_flattens() {
        assert_eq!(single_line("a\nb\t\x1bc"), "a b c");
    }
}
