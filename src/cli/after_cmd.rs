//! During and after the call: `cue`, `due`, and the calendar behind `export --format ics`.

use anyhow::Result;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use talkprep::settings::Settings;
use unicode_width::UnicodeWidthStr;

use super::Outcome;
use super::output::{open_store, out, out_json, warn_problems};
use super::sheets::load_named;
use talkprep::followup::{DueItem, due_items, today_in};
use talkprep::i18n::{Catalog, catalog};
use talkprep::sanitize::single_line;
use talkprep::sheet::Sheet;

/// The width `talkprep cue` lays the card out for.
pub(crate) const CUE_WIDTH: usize = 80;

/// `talkprep cue ID [--json]`: the cue card as plain text, 80 columns wide, or as JSON.
pub(crate) fn cue(ctx: &Settings, id: &str, json: bool) -> Result<Outcome> {
    let store = open_store(ctx)?;
    let sheet = load_named(&store, id)?;
    let playbook = super::context::playbook_in(ctx, sheet.lang)?;
    let card = talkprep::export::cue_card(&sheet, &playbook, catalog(sheet.lang));
    if json {
        out_json(&CueJson::new(&sheet.id, &card))?;
    } else {
        out(&talkprep::export::cue_text(&card, CUE_WIDTH))?;
    }
    Ok(Outcome::Ok)
}

/// `cue --json`: the card's sections in order, each entry with its kind.
#[derive(serde::Serialize)]
struct CueJson<'a> {
    id: &'a str,
    title: &'a str,
    subtitle: &'a [String],
    sections: Vec<CueSection<'a>>,
}

#[derive(serde::Serialize)]
struct CueSection<'a> {
    heading: &'a str,
    entries: Vec<CueEntry<'a>>,
}

/// One entry: `field` (a label and its text), `item`, `quote` (words to say) or `block` (a
/// text of several lines).
#[derive(serde::Serialize)]
struct CueEntry<'a> {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<&'a str>,
    text: &'a str,
}

impl<'a> CueJson<'a> {
    fn new(id: &'a str, card: &'a talkprep::export::Outline) -> CueJson<'a> {
        use talkprep::export::Entry;
        let entry = |e: &'a Entry| match e {
            Entry::Field { label, value } => CueEntry {
                kind: "field",
                label: Some(label),
                text: value,
            },
            Entry::Item(text) => CueEntry {
                kind: "item",
                label: None,
                text,
            },
            Entry::Quote(text) => CueEntry {
                kind: "quote",
                label: None,
                text,
            },
            Entry::Block(text) => CueEntry {
                kind: "block",
                label: None,
                text,
            },
        };
        CueJson {
            id,
            title: &card.title,
            subtitle: &card.subtitle,
            sections: card
                .sections
                .iter()
                .map(|s| CueSection {
                    heading: &s.heading,
                    entries: s.entries.iter().map(entry).collect(),
                })
                .collect(),
        }
    }
}

/// `talkprep due [--json] [--days N]`: open follow-ups due today (in the system time zone) or
/// overdue, or due within N days, one line each; nothing at all when none is.
pub(crate) fn due(ctx: &Settings, json: bool, days: u16) -> Result<Outcome> {
    let store = open_store(ctx)?;
    let listing = store.summaries()?;
    warn_problems(listing.problems(), ctx);
    let today = today_in(&TimeZone::system(), Timestamp::now());
    let items = due_items(&listing.summaries, today, i32::from(days));
    if json {
        let rows: Vec<DueJson> = items.iter().map(DueJson::from).collect();
        out_json(&rows)?;
        return Ok(Outcome::Ok);
    }
    out(&due_lines(&items, catalog(ctx.lang)))?;
    Ok(Outcome::Ok)
}

/// One follow-up as `due --json` writes it: the item's fields, and what its `days_late` means
/// spelled out, so a script need not guess the sign (`days_late` stays for scripts written
/// against earlier versions).
#[derive(serde::Serialize)]
struct DueJson<'a> {
    #[serde(flatten)]
    item: &'a DueItem,
    /// Days until the due date: 0 today, negative once past it.
    days_until: i32,
    /// Whether the due date has passed (due today is not overdue).
    overdue: bool,
    /// Whether it is due today.
    due_today: bool,
}

impl<'a> From<&'a DueItem> for DueJson<'a> {
    fn from(item: &'a DueItem) -> Self {
        DueJson {
            item,
            days_until: -item.days_late,
            overdue: item.is_overdue(),
            due_today: item.days_late == 0,
        }
    }
}

/// The due list as aligned lines, e.g.
/// `overdue 3d  Acme Ltd  you: send the revised quote  (20261120-acme-a1b2)`.
fn due_lines(items: &[DueItem], cat: &'static Catalog) -> String {
    let rows: Vec<[String; 4]> = items
        .iter()
        .map(|item| {
            let status = item.status(cat);
            let client = single_line(item.client.trim());
            let client = if client.is_empty() {
                cat.get("sheet.no_client").to_owned()
            } else {
                client
            };
            let what = format!(
                "{}: {}",
                item.owner_label(cat),
                single_line(item.what.trim())
            );
            [status, client, what, format!("({})", item.sheet_id)]
        })
        .collect();
    let status_width = rows.iter().map(|r| r[0].width()).max().unwrap_or(0);
    let client_width = rows.iter().map(|r| r[1].width()).max().unwrap_or(0);
    let mut out = String::new();
    for [status, client, what, id] in rows {
        out.push_str(&format!(
            "{}  {}  {what}  {id}\n",
            pad(&status, status_width),
            pad(&client, client_width)
        ));
    }
    out
}

/// `text` followed by spaces up to `width` terminal columns.
fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(fill))
}

/// The sheet as an iCalendar file in the system time zone; an error (exit 2) when the sheet has
/// neither a date nor a dated follow-up.
pub(crate) fn ics(ctx: &Settings, sheet: &Sheet) -> Result<String> {
    let cat = catalog(sheet.lang);
    if !talkprep::export::has_calendar_items(sheet) {
        return Err(super::error::said(
            talkprep::i18n::Message::new("ics.nothing").with("id", sheet.id.as_str()),
        ));
    }
    let playbook = super::context::playbook_in(ctx, sheet.lang)?;
    Ok(talkprep::export::calendar(
        sheet,
        &playbook,
        cat,
        &TimeZone::system(),
    ))
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;
    use talkprep::i18n::Lang;

    use super::*;
    use talkprep::sheet::Owner;

    fn item(client: &str, what: &str, owner: Owner, days_late: i32) -> DueItem {
        DueItem {
            sheet_id: "20261120-acme-a1b2".to_owned(),
            client: client.to_owned(),
            scenario: "unpaid-invoice".to_owned(),
            index: 0,
            what: what.to_owned(),
            owner,
            due: date(2026, 11, 20),
            days_late,
        }
    }

    #[test]
    fn due_lines_align_and_name_who_owes_what() {
        let items = [
            item("Acme Ltd", "send the revised quote", Owner::Me, 3),
            item("Zoë", "sign the\ncontract", Owner::Client, 0),
            item("", "call back", Owner::Me, -2),
        ];
        let text = due_lines(&items, catalog(Lang::En));
        assert_eq!(
            text,
            "3 days overdue  Acme Ltd         you: send the revised quote  (20261120-acme-a1b2)\n\
             due today       Zoë              client: sign the contract  (20261120-acme-a1b2)\n\
             in 2 days       (no client yet)  you: call back  (20261120-acme-a1b2)\n"
        );
        assert_eq!(due_lines(&[], catalog(Lang::En)), "");
    }
}
