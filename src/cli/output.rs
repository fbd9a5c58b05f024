//! What several commands share: opening the store, reporting files that could not be read,
//! reading bounded input, and writing a result to standard output or to a file.
//!
//! Every text a command prints or writes goes through here and through the one sanitiser,
//! [`talkprep::sanitize`]: no escape sequence, C1 control, bidi override or line separator
//! from a sheet, a review, a playbook or a file name reaches the terminal or a text file.

use std::io::{Read, Write};
use std::path::Path;
use talkprep::settings::Settings;

use anyhow::Result;
use serde::Serialize;

use super::error::said;
use talkprep::i18n::{Catalog, Message, io_message};
use talkprep::sanitize::{self, multiline, single_line};
use talkprep::store::Store;

/// The largest playbook read (32 MiB).
pub(super) const MAX_PLAYBOOK_BYTES: u64 = 32 << 20;

/// How a result is made inert before it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Markdown or plain text: no control characters but newline and tab.
    Text,
    /// JSON: C1 controls, separators and bidi controls escaped as `\uXXXX`.
    Json,
    /// iCalendar: CRLF line ends kept, every other control removed.
    Ics,
}

/// `text` made inert for its kind.
pub(super) fn clean(text: &str, kind: Kind) -> String {
    match kind {
        Kind::Text => multiline(text),
        Kind::Json => sanitize::json(text),
        Kind::Ics => text
            .split("\r\n")
            .map(single_line)
            .collect::<Vec<_>>()
            .join("\r\n"),
    }
}

/// Opens the data folder, saying which one when it cannot.
pub(super) fn open_store(ctx: &Settings) -> Result<Store> {
    Ok(Store::open(ctx.data_dir.clone())?)
}

/// Opens the data folder for a command that writes, and first tidies it: talkprep's own
/// leftover temporary files are removed, and files that have stayed unreadable are set aside
/// (reported on standard error). Reading commands never do this.
pub(super) fn open_store_to_write(ctx: &Settings) -> Result<Store> {
    let store = open_store(ctx)?;
    match store.tidy() {
        Ok(tidied) => warn_problems(tidied.problems(), ctx),
        // Tidying is housekeeping: the command itself reports what matters.
        Err(err) => warn_problems([err.message()], ctx),
    }
    Ok(store)
}

/// A path as shown in a message: one line, no control characters.
pub(super) fn shown(path: &Path) -> String {
    single_line(&path.display().to_string())
}

/// Reports each problem a listing met (files set aside or left unread) on standard error.
pub(super) fn warn_problems(problems: impl IntoIterator<Item = Message>, ctx: &Settings) {
    let cat = talkprep::i18n::catalog(ctx.lang);
    let mut stderr = std::io::stderr().lock();
    for problem in problems {
        // Nothing better to do if standard error itself is gone.
        let _ = writeln!(stderr, "talkprep: {}", single_line(&problem.render(cat)));
    }
}

/// Writes `text`, made inert ([`multiline`]), to standard output. A write error (a full
/// disk, `> /dev/full`) is an error (exit 2), not a panic.
pub(super) fn out(text: &str) -> Result<()> {
    out_raw(&multiline(text))
}

/// [`out`] with a newline after.
pub(super) fn outln(text: &str) -> Result<()> {
    out(&format!("{text}\n"))
}

/// `value` as pretty JSON with escaped C1 controls, separators and bidi controls, and a
/// newline, on standard output.
/// The common start of a listing: with `--json` the rows are printed as JSON, and no rows
/// prints the catalogue's `empty` sentence. Returns whether the listing is done.
pub(super) fn printed_json_or_empty<T: Serialize>(
    rows: &[T],
    json: bool,
    cat: &'static talkprep::i18n::Catalog,
    empty: &str,
) -> Result<bool> {
    if json {
        out_json(&rows)?;
        return Ok(true);
    }
    if rows.is_empty() {
        outln(cat.get(empty))?;
        return Ok(true);
    }
    Ok(false)
}

/// The version of every JSON shape the commands print (docs/json.md): it changes only when a
/// field changes meaning or goes away; new fields may come at any time.
pub(super) const JSON_VERSION: u32 = 1;

/// The key that carries [`JSON_VERSION`] in every JSON object a command prints.
pub(super) const JSON_VERSION_KEY: &str = "talkprep_json";

/// `value` as the JSON contract prints it: an object starts with `"talkprep_json": 1`, and so
/// does each object of a list (a list stays a list, as scripts written before expect).
pub(super) fn versioned<T: Serialize>(value: &T) -> Result<serde_json::Value> {
    fn stamp(value: serde_json::Value) -> serde_json::Value {
        match value {
            serde_json::Value::Object(map) => {
                let mut stamped = serde_json::Map::with_capacity(map.len() + 1);
                stamped.insert(JSON_VERSION_KEY.to_owned(), JSON_VERSION.into());
                stamped.extend(map.into_iter().filter(|(k, _)| k != JSON_VERSION_KEY));
                serde_json::Value::Object(stamped)
            }
            serde_json::Value::Array(items) => {
                serde_json::Value::Array(items.into_iter().map(stamp).collect())
            }
            other => other,
        }
    }
    Ok(stamp(serde_json::to_value(value)?))
}

/// The extension of `output` in lower case (`MD` is `md`), which names a format when
/// `--format` does not.
pub(super) fn extension_of(output: Option<&Path>) -> Option<String> {
    output
        .and_then(Path::extension)
        .and_then(|ext| ext.to_str())
        .map(str::to_ascii_lowercase)
}

/// Prints `value` as pretty JSON, versioned ([`versioned`]) and made inert.
pub(super) fn out_json<T: Serialize>(value: &T) -> Result<()> {
    let text = serde_json::to_string_pretty(&versioned(value)?)?;
    out_raw(&format!("{}\n", sanitize::json(&text)))
}

/// Writes text already made inert to standard output.
pub(super) fn out_raw(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| said(Message::new("cli.error.stdout").with_message("detail", io_message(&e))))
}

/// Reads `file` (`-` for standard input), at most `limit` bytes, as UTF-8 text, and returns
/// a name for messages with it. `what` says what it should hold, for the messages.
pub(super) fn read_input(file: &Path, limit: u64, what: Input) -> Result<(String, String)> {
    let too_large = |name: &str| {
        let key = match what {
            Input::Sheet => "cli.error.sheet_too_large",
            Input::Playbook => "cli.error.playbook_too_large",
        };
        said(
            Message::new(key)
                .with("name", name)
                .with("limit", (limit >> 20).to_string()),
        )
    };
    let read_failed = |name: &str, e: &std::io::Error| {
        said(
            Message::new("cli.error.read")
                .with("name", name)
                .with_message("detail", io_message(e)),
        )
    };
    let (name, bytes) = if file == Path::new("-") {
        let name = "<stdin>".to_owned();
        let mut bytes = Vec::new();
        std::io::stdin()
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                said(Message::new("cli.error.stdin").with_message("detail", io_message(&e)))
            })?;
        (name, bytes)
    } else {
        let name = shown(file);
        let meta = std::fs::metadata(file).map_err(|e| read_failed(&name, &e))?;
        if meta.is_dir() {
            let key = match what {
                Input::Sheet => "cli.error.sheet_is_folder",
                Input::Playbook => "cli.error.playbook_is_folder",
            };
            return Err(said(Message::new(key).with("name", name)));
        }
        if meta.is_file() && meta.len() > limit {
            return Err(too_large(&name));
        }
        let mut bytes = Vec::new();
        std::fs::File::open(file)
            .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
            .map_err(|e| read_failed(&name, &e))?;
        (name, bytes)
    };
    if bytes.len() as u64 > limit {
        return Err(too_large(&name));
    }
    let text = talkprep::sheet::decode_utf8(&bytes)
        .map_err(|e| {
            said(
                Message::new("cli.error.not_text")
                    .with("name", name.as_str())
                    .with_message("detail", e.message()),
            )
        })?
        .to_owned();
    Ok((name, text))
}

/// What a command reads with [`read_input`], for its messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Input {
    /// A sheet file.
    Sheet,
    /// A playbook file.
    Playbook,
}

/// Writes `text` (made inert for its `kind`) to standard output, or to `output` (`-` is
/// standard output too): never over an existing file unless `force`, and then says where it
/// went on standard error.
pub(super) fn write_result(
    text: &str,
    kind: Kind,
    output: Option<&Path>,
    force: bool,
    cat: &'static Catalog,
) -> Result<()> {
    let text = clean(text, kind);
    let path = match output {
        Some(path) if path != Path::new("-") => path,
        _ => return out_raw(&text),
    };
    if path.exists() && !force {
        return Err(said(
            Message::new("cli.error.exists").with("path", shown(path)),
        ));
    }
    talkprep::store::write_file(path, text.as_bytes())?;
    let said = cat.fill("review.exported", &[("path", &shown(path))]);
    let _ = writeln!(std::io::stderr(), "{}", single_line(&said));
    Ok(())
}
