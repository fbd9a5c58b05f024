//! Cleaning text where it leaves talkprep for a terminal or a text file, and where it enters
//! from files, pastes and error messages: the one sanitiser every boundary uses.
//!
//! Terminal escape sequences and other control characters must never reach the screen raw:
//! - C0 controls (ESC, BEL, NUL, CR...) and C1 controls (U+0080–U+009F, e.g. U+009B, the
//!   one-byte CSI) and DEL are removed; [`multiline`] keeps newline and tab.
//! - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
//!   can make text read in another order than it is stored ("Trojan Source"), are removed.
//! - Line and paragraph separators (U+2028, U+2029), which some terminals and viewers treat
//!   as line breaks and others not, become a newline (or a space on one line).
//!
//! JSON output keeps every character but writes the same ones as `\uXXXX` escapes ([`json`]).

/// Whether `c` is a bidirectional embedding, override or isolate control.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` is a line or paragraph separator.
fn is_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// Removes control characters except newline and tab, and turns `\r\n`, a lone `\r` and
/// U+2028/U+2029 into `\n`; removes bidi controls.
pub fn multiline(text: &str) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    unified
        .chars()
        .map(|c| if is_separator(c) { '\n' } else { c })
        .filter(|c| *c == '\n' || *c == '\t' || !(c.is_control() || is_bidi_control(*c)))
        .collect()
}

/// Removes every control character, newlines included (one-line fields, error messages):
/// newline, tab, CR and the separators become spaces; bidi controls are removed.
pub fn single_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c == '\n' || c == '\r' || c == '\t' || is_separator(c) {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !(c.is_control() || is_bidi_control(*c)))
        .collect()
}

/// Serialised JSON made inert for a terminal: DEL, C1 controls, U+2028/U+2029 and bidi
/// controls are written as `\uXXXX` escapes (serde_json escapes only below U+0020). The value
/// read back is the same. Only for text that is valid JSON, where these characters can only
/// appear inside strings.
pub fn json(serialized: &str) -> String {
    let needs = |c: char| {
        c == '\u{7f}' || ('\u{80}'..='\u{9f}').contains(&c) || is_separator(c) || is_bidi_control(c)
    };
    if !serialized.chars().any(needs) {
        return serialized.to_owned();
    }
    let mut out = String::with_capacity(serialized.len() + 16);
    for c in serialized.chars() {
        if needs(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether `text` holds anything [`multiline`] would remove or change (newline and tab
/// aside), for tests and checks.
pub fn is_inert(text: &str) -> bool {
    !text.chars().any(|c| {
        (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c) || is_separator(c)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = "a\u{1b}[2J\u{1b}]0;T\u{7}\u{1b}]52;c;eA==\u{7}\u{9b}31m\u{202e}rev\u{2066}\u{2028}x\u{2029}\0\r\u{7f}z";

    #[test]
    fn multiline_keeps_lines_and_drops_escapes() {
        assert_eq!(multiline("a\r\nb\rc\x1b[31md\u{7}"), "a\nb\nc[31md");
        let clean = multiline(HOSTILE);
        assert!(is_inert(&clean), "{clean:?}");
        assert_eq!(clean, "a[2J]0;T]52;c;eA==31mrev\nx\n\nz");
    }

    #[test]
    fn single_line_flattens() {
        assert_eq!(single_line("a\nb\t\x1bc"), "a b c");
        let clean = single_line(HOSTILE);
        assert!(is_inert(&clean) && !clean.contains('\n'), "{clean:?}");
    }

    #[test]
    fn json_escapes_c1_separators_and_bidi_and_reads_back_the_same() {
        let text = serde_json::to_string(&HOSTILE).unwrap();
        let escaped = json(&text);
        assert!(is_inert(&escaped), "{escaped:?}");
        assert!(
            escaped.contains("\\u009b") && escaped.contains("\\u2028"),
            "{escaped}"
        );
        assert!(
            escaped.contains("\\u202e") && escaped.contains("\\u007f"),
            "{escaped}"
        );
        let back: String = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, HOSTILE);
    }
}
