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
            }
        }
    }
    tidy(out)
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
