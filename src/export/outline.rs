//! A sheet laid out as titled sections: the one structure every rendering reads.

use crate::i18n::Catalog;
use crate::playbook::{Choice, Playbook};
use crate::sheet::{Owner, Sheet};

/// A sheet as headed sections of labelled values, ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outline {
    /// The document title.
    pub title: String,
    /// Lines under the title (date, channel, scenario).
    pub subtitle: Vec<String>,
    /// The sections, in order; empty ones are left out.
    pub sections: Vec<Section>,
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
}

struct Builder {
    cat: &'static Catalog,
    entries: Vec<Entry>,
}

impl Builder {
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
        subtitle.push(cat.get(&format!("channel.{}", channel.id())).to_owned());
    }

    let mut sections = Vec::new();
    let mut b = Builder {
        cat,
        entries: Vec::new(),
    };

    let f = &sheet.facts;
    b.field("facts.what_happened", &f.what_happened);
    b.field("facts.who_did_what", &f.who_did_what);
    b.field("facts.evidence", &f.evidence);
    b.field("facts.cost", &f.cost);
    b.field("facts.my_part", &f.my_part);
    b.field("facts.repair", &f.repair);
    b.finish("step.facts", &mut sections);

    let s = &sheet.stakes;
    if let Some(rel) = s.relationship {
        b.field(
            "export.relationship",
            cat.get(&format!("relationship.{}", rel.id())),
        );
    }
    b.field("stakes.worth", &s.worth);
    b.field(
        "stakes.wont_matter",
        &labels(&s.wont_matter, &playbook.twelve_month.wont_matter),
    );
    b.field(
        "stakes.will_matter",
        &labels(&s.will_matter, &playbook.twelve_month.will_matter),
    );
    if let Some(heat) = s.heat {
        b.field("export.heat", &format!("{heat}/10"));
    }
    b.finish("step.stakes", &mut sections);

    let g = &sheet.goal;
    if let Some(kind) = g.kind {
        b.field("goal.kind", cat.get(&format!("goal_kind.{}", kind.id())));
    }
    b.field("goal.outcome", &g.outcome);
    b.field("goal.firm_on", &g.firm_on);
    b.field("goal.can_give", &g.can_give);
    b.finish("step.goal", &mut sections);

    for offer in sheet.fallbacks.iter().filter(|o| !o.trim().is_empty()) {
        b.entries.push(Entry::Item(offer.trim_end().to_owned()));
    }
    b.finish("step.fallback", &mut sections);

    if !sheet.opener.text.trim().is_empty() {
        b.entries
            .push(Entry::Quote(sheet.opener.text.trim_end().to_owned()));
        if let Some(report) = &sheet.opener.tone {
            let label = cat.get(&format!("tone.label.{}", serde_plain_id(&report.label)));
            b.field("export.tone", &format!("{} ({}/100)", label, report.score));
            for finding in &report.findings {
                let mut line = format!("\"{}\": {}", finding.matched, finding.message);
                if !finding.suggestion.is_empty() {
                    line.push_str(&cat.fill("tone.try", &[("suggestion", &finding.suggestion)]));
                }
                b.entries.push(Entry::Item(line));
            }
        }
    }
    b.finish("step.opener", &mut sections);

    let l = &sheet.logistics;
    b.field("logistics.moment", &l.moment);
    b.field("logistics.place", &l.place);
    b.field("logistics.notes", &l.notes);
    b.finish("step.logistics", &mut sections);

    for reply in &sheet.my_replies {
        b.field_raw(&reply.pushback, &reply.reply);
    }
    if !sheet.rehearsals.is_empty() {
        let count = sheet.rehearsals.len().to_string();
        b.field("rehearse.count", &count);
    }
    b.finish("step.rehearsal", &mut sections);

    if let Some(d) = &sheet.debrief {
        if let Some(outcome) = d.outcome {
            let key = format!("outcome.{}", serde_plain_id(&outcome));
            b.field("debrief.outcome", cat.get(&key));
        }
        b.field("debrief.against_goal", &d.against_goal);
        b.field("debrief.went_well", &d.went_well);
        b.field("debrief.went_badly", &d.went_badly);
        b.field("debrief.learned", &d.learned);
        b.field("debrief.would_change", &d.would_change);
    }
    b.finish("step.debrief", &mut sections);

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
                    cat.fill("followups.due", &[("date", &d.to_string())])
                )
            })
            .unwrap_or_default();
        let mark = if f.done { "[x]" } else { "[ ]" };
        b.entries.push(Entry::Item(format!(
            "{mark} {} ({owner}{due})",
            f.what.trim()
        )));
    }
    b.finish("followups.heading", &mut sections);

    Outline {
        title,
        subtitle,
        sections,
    }
}

impl Builder {
    fn field_raw(&mut self, label: &str, value: &str) {
        if !value.trim().is_empty() {
            self.entries.push(Entry::Field {
                label: label.to_owned(),
                value: value.trim_end().to_owned(),
            });
        }
    }
}

/// The JSON id of a unit enum variant (`"not_resolved"`), for catalogue keys.
fn serde_plain_id<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}
