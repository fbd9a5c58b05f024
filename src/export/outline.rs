//! A sheet laid out as titled sections: the one structure every rendering reads.

use crate::i18n::Catalog;
use crate::playbook::{Choice, Playbook};
use crate::sheet::{Field, Owner, Sheet, Shown, Step, Value};

/// A sheet as headed sections of labelled values, ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outline {
    /// The document title.
    pub title: String,
    /// Lines under the title (date, channel, scenario).
    pub subtitle: Vec<String>,
    /// The sections, in order; empty ones are left out.
    pub sections: Vec<Section>,
    /// The punctuation of the outline's language, for labels and quotes.
    pub punctuation: crate::i18n::Punctuation,
}

/// One headed section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading.
    pub heading: String,
    /// What it holds.
    pub entries: Vec<Entry>,
}

/// One entry of a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A labelled answer, possibly several lines.
    Field {
        /// The question or label.
        label: String,
        /// The answer.
        value: String,
    },
    /// A list item.
    Item(String),
    /// A line to say aloud, shown as a quotation.
    Quote(String),
    /// A text of several paragraphs kept as written: the message or the talk track.
    Block(String),
}

struct Builder {
    cat: &'static Catalog,
    entries: Vec<Entry>,
    sections: Vec<Section>,
}

impl Builder {
    /// The section of `step`: every field of the table that exports show, in order.
    fn step(&mut self, step: Step, sheet: &Sheet, playbook: &Playbook) {
        let cat = self.cat;
        for field in step.fields() {
            match field.shown {
                Shown::No => {}
                Shown::Labelled(label) => {
                    if let Some(value) = answer_in_words(field, sheet, playbook, cat) {
                        self.field(label, &value);
                    }
                }
                Shown::Item => {
                    if let Value::Text { get, .. } = field.value
                        && !get(sheet).trim().is_empty()
                    {
                        self.entries
                            .push(Entry::Item(get(sheet).trim_end().to_owned()));
                    }
                }
                Shown::Quote => {
                    if let Value::Text { get, .. } = field.value
                        && !get(sheet).trim().is_empty()
                    {
                        self.entries
                            .push(Entry::Quote(get(sheet).trim_end().to_owned()));
                        self.tone_report(sheet);
                    }
                }
            }
        }
        let mut out = std::mem::take(&mut self.sections);
        self.finish(step.title_key(), &mut out);
        self.sections = out;
    }

    /// The opener's last tone report, as a labelled line and one item per finding.
    fn tone_report(&mut self, sheet: &Sheet) {
        let cat = self.cat;
        if let Some(report) = &sheet.opener.tone {
            let label = cat.get(report.label.key());
            self.field("export.tone", &format!("{} ({}/100)", label, report.score));
            for finding in &report.findings {
                let mut line = cat.colon_sentence(&cat.quote(&finding.matched), &finding.message);
                if !finding.suggestion.is_empty() {
                    line.push_str(&cat.fill(
                        "tone.try",
                        &[("suggestion", &cat.after_colon(&finding.suggestion))],
                    ));
                }
                self.entries.push(Entry::Item(line));
            }
        }
    }

    fn field(&mut self, key: &str, value: &str) {
        if !value.trim().is_empty() {
            self.entries.push(Entry::Field {
                label: self.cat.get(key).to_owned(),
                value: value.trim_end().to_owned(),
            });
        }
    }

    fn finish(&mut self, heading_key: &str, out: &mut Vec<Section>) {
        if !self.entries.is_empty() {
            out.push(Section {
                heading: self.cat.get(heading_key).to_owned(),
                entries: std::mem::take(&mut self.entries),
            });
        }
    }
}

/// A labelled field's answer in words, if it has one.
fn answer_in_words(
    field: &Field,
    sheet: &Sheet,
    playbook: &Playbook,
    cat: &'static Catalog,
) -> Option<String> {
    let text = match field.value {
        Value::Text { get, .. } => get(sheet).to_owned(),
        Value::Level { get, .. } => format!("{}/10", get(sheet)?),
        Value::One { get, .. } => cat.get(&get(sheet)?.label_key()).to_owned(),
        Value::Ticks { options, get, .. } => labels(get(sheet), options(playbook)),
        Value::Goals => cat.get(&sheet.goal.kind?.label_key()).to_owned(),
        Value::When
        | Value::Scenario
        | Value::Suggestions { .. }
        | Value::FollowUps
        | Value::Draft(_) => return None,
    };
    (!text.trim().is_empty()).then_some(text)
}

fn labels(ids: &[String], choices: &[Choice]) -> String {
    ids.iter()
        .map(|id| {
            choices
                .iter()
                .find(|c| &c.id == id)
                .map_or(id.as_str(), |c| c.label.as_str())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Lays `sheet` out in sections, with scenario and choice labels from `playbook`.
pub fn outline(sheet: &Sheet, playbook: &Playbook, cat: &'static Catalog) -> Outline {
    let scenario = playbook.scenario(&sheet.scenario);
    let scenario_title = scenario.map_or(sheet.scenario.as_str(), |s| s.title.as_str());
    let client = if sheet.client.trim().is_empty() {
        cat.get("sheet.no_client")
    } else {
        &sheet.client
    };
    let title = cat.fill("sheet.title", &[("client", client)]);
    let mut subtitle = Vec::new();
    if !scenario_title.is_empty() {
        subtitle.push(scenario_title.to_owned());
    }
    if !sheet.topic.trim().is_empty() {
        subtitle.push(cat.fill("sheet.about", &[("topic", sheet.topic.trim())]));
    }
    if let Some(when) = sheet.when {
        subtitle.push(crate::export::when_in_words(when, cat));
    }
    if let Some(channel) = sheet.channel {
        subtitle.push(
            cat.get(&crate::sheet::Pick::Channel(channel).label_key())
                .to_owned(),
        );
    }

    let mut b = Builder {
        cat,
        entries: Vec::new(),
        sections: Vec::new(),
    };

    // The steps that hold answers, after "who" (which the title and subtitle already show),
    // with the message or talk track after the opener.
    for step in Step::ANSWERED.into_iter().filter(|s| *s != Step::Who) {
        if step == Step::Logistics {
            b.message(sheet, playbook);
        }
        b.step(step, sheet, playbook);
    }

    for reply in &sheet.my_replies {
        b.field_raw(&reply.pushback, &reply.reply);
    }
    if !sheet.rehearsals.is_empty() {
        let count = sheet.rehearsals.len().to_string();
        b.field("rehearse.count", &count);
    }
    let mut sections = std::mem::take(&mut b.sections);
    b.finish("step.rehearsal", &mut sections);
    b.sections = sections;

    b.step(Step::Debrief, sheet, playbook);

    for f in sheet
        .follow_ups
        .iter()
        .filter(|f| !f.what.trim().is_empty())
    {
        let owner = cat.get(match f.owner {
            Owner::Me => "owner.me",
            Owner::Client => "owner.client",
        });
        let due = f
            .due
            .map(|d| {
                format!(
                    ", {}",
                    cat.fill(
                        "followups.due",
                        &[("date", &crate::i18n::format_date(d, cat))]
                    )
                )
            })
            .unwrap_or_default();
        let mark = if f.done { "[x]" } else { "[ ]" };
        b.entries.push(Entry::Item(format!(
            "{mark} {} ({owner}{due})",
            f.what.trim()
        )));
    }
    let mut sections = std::mem::take(&mut b.sections);
    b.finish("followups.heading", &mut sections);

    Outline {
        title,
        subtitle,
        sections,
        punctuation: crate::i18n::Punctuation::of(cat),
    }
}

impl Builder {
    /// The message (with its subject for an email) or the talk track: as the person edited
    /// it, else built from the sheet as it is.
    fn message(&mut self, sheet: &Sheet, playbook: &Playbook) {
        // The day the sheet was saved reads a next-step date typed without a year, so the
        // same sheet always exports the same way.
        let today = sheet.updated.to_zoned(jiff::tz::TimeZone::UTC).date();
        let draft = crate::draft::current(sheet, playbook, today);
        if draft.body.trim().is_empty() {
            return;
        }
        self.field("field.message_subject", &draft.subject);
        self.entries
            .push(Entry::Block(draft.body.trim_end().to_owned()));
        let heading = if draft.kind.is_spoken() {
            "step.talk_track"
        } else {
            "step.message"
        };
        let mut out = std::mem::take(&mut self.sections);
        self.finish(heading, &mut out);
        self.sections = out;
    }

    fn field_raw(&mut self, label: &str, value: &str) {
        if !value.trim().is_empty() {
            self.entries.push(Entry::Field {
                label: label.to_owned(),
                value: value.trim_end().to_owned(),
            });
        }
    }
}
