//! Building the message or the talk track from the sheet and the playbook's templates.

use jiff::civil::Date;
use unicode_segmentation::UnicodeSegmentation;

use super::Kind;
use crate::i18n::{Catalog, catalog};
use crate::playbook::{MessageTemplate, Playbook, fill_placeholders};
use crate::sheet::{Sheet, parse_when_in};

/// A message or talk track, as built or as the person edited it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    /// What it is for.
    pub kind: Kind,
    /// The email's subject line; empty for a chat or a talk track.
    pub subject: String,
    /// The text, paragraphs separated by a blank line.
    pub body: String,
}

/// The draft to show or export for `sheet`: the person's edited text when they changed it
/// for this kind of channel, else one built afresh, so an untouched draft always follows the
/// sheet's latest answers.
pub fn current(sheet: &Sheet, playbook: &Playbook, today: Date) -> Composed {
    let kind = Kind::of(sheet.channel);
    match &sheet.message {
        Some(saved)
            if saved.edited
                && saved.spoken == kind.is_spoken()
                && !saved.body.trim().is_empty() =>
        {
            Composed {
                kind,
                subject: if kind == Kind::Email {
                    saved.subject.clone()
                } else {
                    String::new()
                },
                body: saved.body.clone(),
            }
        }
        _ => compose(sheet, playbook, today),
    }
}

/// Builds the message (email or chat) or the talk track for the sheet's channel.
///
/// `today` reads a next-step date typed without a year.
pub fn compose(sheet: &Sheet, playbook: &Playbook, today: Date) -> Composed {
    let cat = catalog(sheet.lang);
    let kind = Kind::of(sheet.channel);
    let template = playbook
        .scenario(&sheet.scenario)
        .and_then(|s| s.message.as_ref())
        .or(playbook.drafting.fallback.as_ref());
    let empty = MessageTemplate::default();
    let template = template.unwrap_or(&empty);
    let parts = Parts::new(sheet, playbook, template, cat, today);
    match kind {
        Kind::Talk => Composed {
            kind,
            subject: String::new(),
            body: parts.talk_track(cat),
        },
        Kind::Email | Kind::Chat => Composed {
            kind,
            subject: if kind == Kind::Email {
                parts.subject.clone()
            } else {
                String::new()
            },
            body: parts.message(kind),
        },
    }
}

/// The pieces of a message, filled from the sheet.
struct Parts {
    subject: String,
    greeting: String,
    lead: String,
    name: Option<String>,
    opener: String,
    facts: String,
    ask: String,
    question: String,
    offer: String,
    fallbacks: Vec<String>,
    next_step: String,
    close: String,
    sign_off: String,
    listen: String,
}

impl Parts {
    fn new(
        sheet: &Sheet,
        playbook: &Playbook,
        template: &MessageTemplate,
        cat: &'static Catalog,
        today: Date,
    ) -> Parts {
        let fill = |text: &str| fill_placeholders(text, sheet);
        let opener = if sheet.opener.text.trim().is_empty() {
            playbook
                .scenario(&sheet.scenario)
                .and_then(|s| s.openers.first())
                .map(|o| fill(o))
                .unwrap_or_default()
        } else {
            sheet.opener.text.clone()
        };
        let facts = first_sentences(&sheet.facts.what_happened, 2);
        let name = crate::sheet::greeting_name(sheet);
        let greeting = template
            .greeting
            .as_deref()
            .unwrap_or(&playbook.drafting.greeting);
        let next_by = sheet
            .message
            .as_ref()
            .map_or("", |m| m.next_by.as_str())
            .trim();
        // A date that cannot be read is not pasted in ("d'ici le fin novembre"): the step
        // says so beside the field, and the message keeps the undated next step.
        let next_step = match parse_when_in(next_by, sheet.lang, today) {
            Ok(Some(when)) if !next_by.is_empty() => {
                fill(&template.next_step).replace("{date}", &date_in_words(when.date(), cat))
            }
            _ => fill(&template.next_step_open),
        };
        Parts {
            subject: capitalised(&single_line(&fill(&template.subject))),
            greeting: greeting_line(greeting, name.as_deref()),
            name,
            lead: greeting_lead(greeting).to_owned(),
            opener: single_line(&opener),
            facts: if facts.is_empty() {
                fill(&template.facts)
            } else {
                facts
            },
            ask: fill(&template.ask),
            question: fill(&template.question),
            offer: fill(&template.offer),
            fallbacks: sheet
                .fallbacks
                .iter()
                .map(|f| single_line(f))
                .filter(|f| !f.is_empty())
                .collect(),
            next_step,
            // A scenario's own words, where it has them, over the language's.
            close: template
                .close
                .as_ref()
                .unwrap_or(&playbook.drafting.close)
                .for_goal(sheet.goal.kind)
                .to_owned(),
            sign_off: template
                .sign_off
                .clone()
                .unwrap_or_else(|| playbook.drafting.sign_off.clone()),
            listen: playbook.drafting.listen.clone(),
        }
    }

    /// The email or chat message, paragraphs separated by blank lines.
    fn message(&self, kind: Kind) -> String {
        let mut paragraphs: Vec<String> = Vec::new();
        let rest = without_greeting(&self.opener, &self.lead).or_else(|| {
            self.name
                .as_deref()
                .and_then(|n| without_name(&self.opener, n))
        });
        if kind == Kind::Email {
            paragraphs.push(self.greeting.clone());
            paragraphs.push(capitalised(rest.unwrap_or(&self.opener)));
        } else if rest.is_some() || self.greeting.is_empty() {
            // A chat keeps the opener's own greeting on its line.
            paragraphs.push(self.opener.clone());
        } else {
            // On its own line: the opener's first word keeps its capital ("I", a name).
            paragraphs.push(format!("{}\n{}", self.greeting, self.opener));
        }
        paragraphs.push(capitalised(&self.facts));
        let mut ask = capitalised(&self.ask);
        if !self.fallbacks.is_empty() && !self.offer.trim().is_empty() {
            ask.push(' ');
            ask.push_str(self.offer.trim());
            for f in &self.fallbacks {
                ask.push_str("\n- ");
                ask.push_str(f);
            }
        }
        paragraphs.push(ask);
        paragraphs.push(capitalised(&self.next_step));
        paragraphs.push(self.close.clone());
        if kind == Kind::Email {
            paragraphs.push(self.sign_off.clone());
        }
        join_paragraphs(paragraphs)
    }

    /// The talk track: numbered moments of the call, each with its words.
    fn talk_track(&self, cat: &'static Catalog) -> String {
        let mut propose = capitalised(&self.ask);
        if !self.fallbacks.is_empty() {
            propose.push('\n');
            propose.push_str(cat.get("draft.talk.if_not"));
            for f in &self.fallbacks {
                propose.push_str("\n   - ");
                propose.push_str(f);
            }
        }
        let facts = first_sentences(&self.facts, 1);
        let moments = [
            ("draft.talk.open", self.opener.clone()),
            ("draft.talk.facts", capitalised(&facts)),
            ("draft.talk.question", capitalised(&self.question)),
            ("draft.talk.listen", self.listen.clone()),
            ("draft.talk.propose", propose),
            ("draft.talk.next", capitalised(&self.next_step)),
        ];
        let lines: Vec<String> = moments
            .iter()
            .filter(|(_, text)| !text.trim().is_empty())
            .enumerate()
            .map(|(i, (key, text))| {
                cat.fill(
                    "draft.talk.moment",
                    &[
                        ("n", &(i + 1).to_string()),
                        ("label", cat.get(key)),
                        ("text", text),
                    ],
                )
            })
            .collect();
        lines.join("\n")
    }
}

fn join_paragraphs(paragraphs: Vec<String>) -> String {
    paragraphs
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A date as a message says it: "11 December 2026", "1er décembre 2026".
pub(super) fn date_in_words(date: Date, cat: &'static Catalog) -> String {
    cat.fill(
        "draft.date",
        &[
            ("day", &date.day().to_string()),
            ("month", cat.get(&crate::export::month_key(date.month()))),
            ("year", &date.year().to_string()),
        ],
    )
}

/// The greeting line: the playbook's, with the person's name, or without a name when none
/// is known ("Hi Marta," or "Hi,"; a business name is not a greeting).
fn greeting_line(template: &str, name: Option<&str>) -> String {
    match name {
        Some(name) => template.replace("{address}", name),
        None => {
            let bare = template.replace("{address}", "");
            let mut line = bare
                .split(' ')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            for (from, to) in [(" ,", ","), (",,", ","), (" !", "!"), (", !", "!")] {
                line = line.replace(from, to);
            }
            line.trim().to_owned()
        }
    }
}

/// The words a greeting starts with before the name ("Hi", "Dzień dobry").
fn greeting_lead(template: &str) -> &str {
    template
        .split("{address}")
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '!', '.', ' ', '\u{a0}'])
}

/// The opener without its own greeting, when it starts with the greeting's words: "Hi
/// Marta, I hope…" and "Bonjour, pouvez-vous…" give "I hope…" and "pouvez-vous…". The name
/// after the words is a short clause with a capital in it ("Pani Anno,", "doamnă Popescu!").
/// `None` when the opener does not greet.
fn without_greeting<'a>(opener: &'a str, lead: &str) -> Option<&'a str> {
    if lead.is_empty() {
        return None;
    }
    let opener = opener.trim();
    let mut chars = opener.char_indices();
    for expected in lead.chars() {
        let (_, got) = chars.next()?;
        if !got.to_lowercase().eq(expected.to_lowercase()) {
            return None;
        }
    }
    let after_lead = match chars.next() {
        None => return Some(""),
        Some((_, c)) if c.is_alphanumeric() => return None,
        Some((i, _)) => &opener[i..],
    };
    let separators = [',', ' ', '\u{a0}'];
    let rest = after_lead.trim_start_matches(separators);
    if let Some(end) = rest.find([',', '!'])
        && let clause = &rest[..end]
        && (1..=3).contains(&clause.split_whitespace().count())
        // A name has a capital; a gap left for one ("[nume]") stands in for it.
        && (clause.chars().any(char::is_uppercase) || clause.starts_with('['))
    {
        return Some(rest[end + 1..].trim_start());
    }
    after_lead.starts_with([',', '!']).then_some(rest)
}

/// The opener without a greeting that names the person: "Bună, Ana! Sper…" or "Pani Anno,
/// odzywam się…" give what follows the name, when at most two words come before it.
fn without_name<'a>(opener: &'a str, name: &str) -> Option<&'a str> {
    let opener = opener.trim();
    let at = opener.find(name)?;
    let before = &opener[..at];
    if before.split_whitespace().count() > 2 || before.contains(['.', '?']) {
        return None;
    }
    let after = opener[at + name.len()..].strip_prefix([',', '!'])?;
    Some(after.trim_start())
}

/// At most `n` sentences of `text`, on one line, ending with a full stop when they did not
/// end with punctuation.
fn first_sentences(text: &str, n: usize) -> String {
    let text = single_line(text);
    let mut out = String::new();
    for sentence in text.split_sentence_bounds().take(n) {
        out.push_str(sentence);
    }
    let out = out.trim().to_owned();
    if out.is_empty() || out.ends_with(['.', '!', '?', '…', ':', ';']) {
        out
    } else {
        format!("{out}.")
    }
}

/// Lines joined by spaces, runs of spaces kept to one. No-break spaces stay: French puts
/// one before `?`.
fn single_line(text: &str) -> String {
    text.split(|c: char| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` with its first letter in capitals (topics are typed in lower case).
fn capitalised(text: &str) -> String {
    let text = text.trim();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
#[path = "compose_tests.rs"]
mod tests;
