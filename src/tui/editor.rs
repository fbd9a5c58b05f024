//! Handing a field's text to the person's own editor and taking it back: the terminal leaves
//! app mode while the editor runs, and comes back to it whatever the editor did.

use std::io::Read;
use std::process::Command;

use talkprep::i18n::{Message, io_message};

use super::terminal::{self, Term};

/// The most text read back: an answer, not a file dump.
const MAX_TEXT: u64 = 16 << 20;

/// The editor to run: `$VISUAL`, else `$EDITOR`, else `vi`, as a shell command line.
fn editor() -> String {
    ["VISUAL", "EDITOR"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.trim().is_empty())
        .unwrap_or_else(|| "vi".to_owned())
}

/// Runs the editor on `text` (in a private temporary file) and returns what it left, without
/// the newline editors add at the end. The terminal is back in app mode afterwards, even when
/// the editor could not be run.
pub(crate) fn edit(term: &mut Term, text: &str) -> Result<String, Message> {
    let result = run_editor(text);
    // Whatever happened, the app takes the terminal back and draws it anew.
    if let Err(e) = terminal::resume(term) {
        return Err(Message::new("outside.failed")
            .with("editor", editor())
            .with("detail", e.to_string()));
    }
    result
}

fn run_editor(text: &str) -> Result<String, Message> {
    let editor = editor();
    let failed = |detail: Message| {
        Message::new("outside.failed")
            .with("editor", talkprep::sanitize::single_line(&editor))
            .with_message("detail", detail)
    };
    let mut file = tempfile::Builder::new()
        .prefix("talkprep-")
        .suffix(".txt")
        .tempfile()
        .map_err(|e| failed(io_message(&e)))?;
    std::io::Write::write_all(&mut file, format!("{text}\n").as_bytes())
        .map_err(|e| failed(io_message(&e)))?;
    terminal::leave();
    // Through the shell, so `code --wait` or `vim -u NONE` work as they do for git.
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("talkprep")
        .arg(file.path())
        .status()
        .map_err(|e| failed(io_message(&e)))?;
    if !status.success() {
        return Err(Message::new("outside.editor_exit")
            .with("editor", talkprep::sanitize::single_line(&editor))
            .with(
                "code",
                status
                    .code()
                    .map_or_else(|| "-".to_owned(), |c| c.to_string()),
            ));
    }
    let mut read = String::new();
    std::fs::File::open(file.path())
        .and_then(|f| f.take(MAX_TEXT).read_to_string(&mut read))
        .map_err(|e| failed(io_message(&e)))?;
    let read = read.strip_suffix('\n').unwrap_or(&read);
    let read = read.strip_suffix('\r').unwrap_or(read);
    Ok(talkprep::sanitize::multiline(read))
}
