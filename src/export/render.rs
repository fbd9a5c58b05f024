//! Markdown and plain-text renderings of an [`Outline`].

use super::outline::{Entry, Outline};

/// The outline as Markdown.
pub fn markdown(outline: &Outline) -> String {
    let mut out = format!("# {}\n\n", outline.title);
    for line in &outline.subtitle {
        out.push_str(&format!("_{line}_  \n"));
    }
    for section in &outline.sections {
        out.push_str(&format!("\n## {}\n\n", section.heading));
        for entry in &section.entries {
            match entry {
                Entry::Field { label, value } => {
                    if value.contains('\n') {
                        out.push_str(&format!(
                            "**{}**\n\n{value}\n\n",
                            outline.punctuation.label(label)
                        ));
                    } else {
                        out.push_str(&format!(
                            "**{}** {value}\n\n",
                            outline.punctuation.label(label)
                        ));
                    }
                }
                Entry::Item(text) => out.push_str(&format!("- {}\n", text.replace('\n', "\n  "))),
                Entry::Quote(text) => {
                    for line in text.lines() {
                        out.push_str(&format!("> {line}\n"));
                    }
                    out.push('\n');
                }
                Entry::Block(text) => {
                    out.push_str(&markdown_block(text));
                    out.push('\n');
                }
            }
        }
    }
    tidy(out)
}

/// The outline as plain text for a terminal, an email or a note.
pub fn plain(outline: &Outline) -> String {
    let mut out = format!(
        "{}\n{}\n",
        outline.title,
        "=".repeat(outline.title.chars().count())
    );
    for line in &outline.subtitle {
        out.push_str(&format!("{line}\n"));
    }
    for section in &outline.sections {
        out.push_str(&format!(
            "\n{}\n{}\n",
            section.heading,
            "-".repeat(section.heading.chars().count())
        ));
        for entry in &section.entries {
            match entry {
                Entry::Field { label, value } => {
                    out.push_str(&format!("{}\n", outline.punctuation.label(label)));
                    for line in value.lines() {
                        out.push_str(&format!("  {line}\n"));
                    }
                }
                Entry::Item(text) => out.push_str(&format!("* {}\n", text.replace('\n', "\n  "))),
                Entry::Quote(text) => {
                    for line in text.lines() {
                        out.push_str(&format!("  {}\n", outline.punctuation.quote(line)));
                    }
                }
                Entry::Block(text) => {
                    for line in text.lines() {
                        out.push_str(&format!("  {line}\n"));
                    }
                    out.push('\n');
                }
            }
        }
    }
    tidy(out)
}

/// A text kept as written, in Markdown: a line followed by another (a greeting, a talk
/// track's moments) ends with a hard break, so it is not run into the next one.
fn markdown_block(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        let next_is_text = lines.get(i + 1).is_some_and(|next| !next.trim().is_empty());
        let in_a_list = line.trim_start().starts_with("- ");
        if next_is_text && !in_a_list && !line.trim().is_empty() {
            out.push_str("  ");
        }
        out.push('\n');
    }
    out
}

/// One trailing newline, no run of blank lines.
fn tidy(text: String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.lines() {
        if line.trim().is_empty() {
            blank_run += 1;
            if blank_run > 1 {
                continue;
            }
        } else {
            blank_run = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
