//! Plain mode (`talkprep --plain`): the whole prep, the red-flag review and the debrief as one
//! line of questions and answers on standard input and output, for screen readers and
//! scripts. No box drawing, no columns, no cursor moves: every line is a sentence with its
//! label, and what it asks for is said before the answer is read.

mod flags;
mod prep;

use std::io::{BufRead, Write};

use anyhow::Result;
use talkprep::i18n::{Catalog, catalog};
use talkprep::settings::Settings;

use super::Outcome;

/// The questions and answers: one line out, one line in.
pub(super) struct Talk<'a> {
    input: Box<dyn BufRead + 'a>,
    output: Box<dyn Write + 'a>,
    pub(super) cat: &'static Catalog,
}

impl Talk<'_> {
    /// Says `text`, one line.
    pub(super) fn say(&mut self, text: &str) -> Result<()> {
        writeln!(self.output, "{}", talkprep::sanitize::multiline(text))?;
        Ok(())
    }

    /// Asks `prompt` and reads one line; `None` at the end of the input.
    pub(super) fn ask(&mut self, prompt: &str) -> Result<Option<String>> {
        write!(self.output, "{} ", talkprep::sanitize::single_line(prompt))?;
        self.output.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            writeln!(self.output)?;
            return Ok(None);
        }
        Ok(Some(line.trim_end_matches(['\n', '\r']).to_owned()))
    }

    /// Reads lines up to one holding only a dot (or the end of the input).
    pub(super) fn ask_lines(&mut self, prompt: &str) -> Result<Option<String>> {
        self.say(prompt)?;
        let mut lines = Vec::new();
        loop {
            let mut line = String::new();
            if self.input.read_line(&mut line)? == 0 {
                break;
            }
            let line = line.trim_end_matches(['\n', '\r']);
            if line == "." {
                break;
            }
            lines.push(line.to_owned());
        }
        let text = lines.join("\n");
        Ok((!text.trim().is_empty()).then_some(text))
    }

    /// A label or hint of the app in plain words: the part naming the app's keys (which
    /// plain mode has none of) left out.
    pub(super) fn words(&self, key: &str) -> String {
        without_key_hints(self.cat.get(key))
    }
}

/// `text` without the parenthesised parts that name keys of the app (`({-key_select} to use)`).
fn without_key_hints(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        let inside = &rest[open..open + close + 1];
        out.push_str(&rest[..open]);
        if !inside.contains("-key_") {
            out.push_str(inside);
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `talkprep --plain`: a menu, then the chosen walk, until the person quits or the input ends.
pub(crate) fn run(ctx: &Settings) -> Result<Outcome> {
    let stdin = std::io::stdin();
    let mut talk = Talk {
        input: Box::new(stdin.lock()),
        output: Box::new(std::io::stdout()),
        cat: catalog(ctx.lang),
    };
    loop {
        talk.say("")?;
        let Some(choice) = talk.ask(talk.cat.get("plain.menu"))? else {
            break;
        };
        match choice.trim() {
            "1" => prep::new(ctx, &mut talk)?,
            "2" => prep::resume(ctx, &mut talk)?,
            "3" => flags::review(ctx, &mut talk)?,
            "4" => prep::after_the_call(ctx, &mut talk)?,
            "q" | "Q" | "" => break,
            _ => {
                let text = talk.cat.get("plain.menu_again").to_owned();
                talk.say(&text)?;
            }
        }
    }
    let bye = talk.cat.get("plain.bye").to_owned();
    talk.say(&bye)?;
    Ok(Outcome::Ok)
}

#[cfg(test)]
mod tests {
    #[test]
    fn key_hints_are_left_out_of_plain_words() {
        assert_eq!(
            super::without_key_hints("Openers for this scenario ({-key_select} to use, then edit)"),
            "Openers for this scenario"
        );
        assert_eq!(
            super::without_key_hints("Due date (optional, e.g. 2026-12-15)"),
            "Due date (optional, e.g. 2026-12-15)"
        );
    }
}
