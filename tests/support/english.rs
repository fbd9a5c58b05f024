//! The English words of a text in French, Polish or Romanian, after the parts that are code
//! (command lines, options, the command list of `--help`) are left out. The words are in
//! `tests/data/english_words.txt`. Shared by the screen test (in the binary) and the command
//! line test.

/// The words of `text` that the list forbids.
pub(crate) fn english_words(text: &str) -> Vec<String> {
    let forbidden: Vec<&str> = include_str!("../data/english_words.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .collect();
    let mut found = Vec::new();
    for line in text.lines() {
        // `  delete      Mettre une fiche…`: the command list of --help names commands.
        let line = match line.strip_prefix("  ") {
            Some(rest)
                if rest.starts_with(|c: char| c.is_ascii_lowercase()) && rest.contains("  ") =>
            {
                rest.split_once("  ").map_or(rest, |(_, words)| words)
            }
            _ => line,
        };
        // A field's name (`facts.what_happened`, `stakes.heat`) is code, like an option.
        let is_field_name = |token: &str| {
            let token = token.trim_end_matches([',', '.', ';', ':', ')']);
            token.contains(['.', '_'])
                && token
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_')
        };
        // So is anything in backticks (`client`, `when`).
        let mut unquoted = String::new();
        for (i, part) in line.split('`').enumerate() {
            if i % 2 == 0 {
                unquoted.push_str(part);
            }
        }
        let line: String = unquoted
            .split(' ')
            .filter(|token| !is_field_name(token))
            .collect::<Vec<_>>()
            .join(" ");
        let mut in_command = false;
        for word in
            line.split(|c: char| c.is_whitespace() || ",.;:!?()[]<>{}«»„”“\"'’/·…=".contains(c))
        {
            if word.is_empty() {
                continue;
            }
            if word == "talkprep" {
                in_command = true;
                continue;
            }
            let code_like = word
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_');
            if word.starts_with('-') || (in_command && code_like) {
                continue;
            }
            in_command = false;
            let bare = word.trim_matches(|c: char| !c.is_alphabetic());
            if forbidden.contains(&bare.to_lowercase().as_str()) {
                found.push(bare.to_owned());
            }
        }
    }
    found
}
