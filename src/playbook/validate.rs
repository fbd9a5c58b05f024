//! Semantic checks on a playbook: every problem at once, each with its JSON path.

use std::collections::HashSet;

use super::error::Problem;
use super::load::LANGUAGES;
use super::schema::{PLAYBOOK_SCHEMA_VERSION, Playbook, Tip};
use crate::i18n::Message;

/// The placeholders an opener may use.
pub const PLACEHOLDERS: [&str; 3] = ["address", "client", "topic"];

/// The placeholders a message's next step may use besides an opener's: the date it is due.
const DATE_PLACEHOLDER: &str = "date";

/// How much of a playbook a document must hold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scope<'a> {
    /// A user file on its own: only what is present is checked, references are not.
    Fragment,
    /// A user file that extends this playbook: references may point into either.
    Extending(&'a Playbook),
    /// A playbook in effect: references must resolve and required sections exist.
    Whole,
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn add(&mut self, path: impl Into<String>, message: Message) {
        self.problems.push(Problem {
            path: path.into(),
            message,
        });
    }

    fn text(&mut self, path: String, value: &str) {
        if value.trim().is_empty() {
            self.add(path, Message::new("playbook.problem.empty"));
        }
    }

    fn id(&mut self, path: String, value: &str, seen: &mut HashSet<String>) {
        let well_formed = !value.is_empty()
            && value.len() <= 64
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !well_formed {
            self.add(
                path,
                Message::new("playbook.problem.bad_id").with("value", value),
            );
        } else if !seen.insert(value.to_owned()) {
            self.add(
                path,
                Message::new("playbook.problem.duplicate_id").with("value", value),
            );
        }
    }

    fn tips(&mut self, path: &str, tips: &[Tip]) {
        for (i, tip) in tips.iter().enumerate() {
            self.text(format!("{path}[{i}].title"), &tip.title);
            self.text(format!("{path}[{i}].detail"), &tip.detail);
        }
    }

    fn placeholders(&mut self, path: String, bad: Vec<BadPlaceholder>) {
        for bad in bad {
            let message = match bad {
                BadPlaceholder::Unknown(name) => {
                    Message::new("playbook.problem.placeholder").with("name", name)
                }
                BadPlaceholder::Unclosed => Message::new("playbook.problem.unclosed"),
            };
            self.add(path.clone(), message);
        }
    }

    /// A message template: every sentence written, with only the placeholders it can use.
    fn message(&mut self, path: &str, message: &super::schema::MessageTemplate) {
        let with_date = [
            PLACEHOLDERS[0],
            PLACEHOLDERS[1],
            PLACEHOLDERS[2],
            DATE_PLACEHOLDER,
        ];
        for (key, sentence) in message.sentences() {
            let at = format!("{path}.{key}");
            self.text(at.clone(), sentence);
            let known: &[&str] = if key == "next_step" {
                &with_date
            } else {
                &PLACEHOLDERS
            };
            self.placeholders(at, bad_placeholders_among(sentence, known));
        }
        if let Some(greeting) = &message.greeting {
            self.text(format!("{path}.greeting"), greeting);
            self.placeholders(format!("{path}.greeting"), bad_placeholders(greeting));
        }
        if let Some(sign_off) = &message.sign_off {
            self.text(format!("{path}.sign_off"), sign_off);
        }
        for (key, close) in message.close.iter().flat_map(|c| c.all()) {
            self.text(format!("{path}.close.{key}"), close);
        }
    }

    fn strings(&mut self, path: &str, values: &[String]) {
        for (i, value) in values.iter().enumerate() {
            self.text(format!("{path}[{i}]"), value);
        }
    }
}

/// A `{placeholder}` talkprep does not fill.
#[derive(Debug, PartialEq, Eq)]
enum BadPlaceholder {
    /// `{name}`, with this name.
    Unknown(String),
    /// A `{` never closed.
    Unclosed,
}

/// The `{placeholders}` in `text` that talkprep does not know, and a `{` left open.
fn bad_placeholders(text: &str) -> Vec<BadPlaceholder> {
    bad_placeholders_among(text, &PLACEHOLDERS)
}

/// The `{placeholders}` in `text` not among `known`, and a `{` left open.
fn bad_placeholders_among(text: &str, known: &[&str]) -> Vec<BadPlaceholder> {
    let mut bad = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                if !known.contains(&name) {
                    bad.push(BadPlaceholder::Unknown(format!("{{{name}}}")));
                }
                rest = &after[close + 1..];
            }
            None => {
                bad.push(BadPlaceholder::Unclosed);
                break;
            }
        }
    }
    bad
}

/// Every problem in `playbook`, in document order; empty when it is valid.
pub fn validate(playbook: &Playbook, scope: Scope<'_>) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    if playbook.schema_version != PLAYBOOK_SCHEMA_VERSION {
        c.add(
            "schema_version",
            Message::new("playbook.problem.schema")
                .with("found", playbook.schema_version.to_string())
                .with("supported", PLAYBOOK_SCHEMA_VERSION.to_string()),
        );
    }
    if !LANGUAGES.contains(&playbook.lang.as_str()) {
        c.add(
            "lang",
            Message::new("playbook.problem.lang").with("value", playbook.lang.as_str()),
        );
    }

    let base = match scope {
        Scope::Extending(base) => Some(base),
        Scope::Fragment | Scope::Whole => None,
    };
    let check_refs = scope != Scope::Fragment;
    let mut role_ids = HashSet::new();
    for (i, role) in playbook.roles.iter().enumerate() {
        c.id(format!("roles[{i}].id"), &role.id, &mut role_ids);
        c.text(format!("roles[{i}].name"), &role.name);
    }
    let known_roles: HashSet<String> = role_ids
        .iter()
        .cloned()
        .chain(
            base.into_iter()
                .flat_map(|b| b.roles.iter().map(|r| r.id.clone())),
        )
        .collect();

    let mut scenario_ids = HashSet::new();
    for (i, s) in playbook.scenarios.iter().enumerate() {
        let at = format!("scenarios[{i}]");
        c.id(format!("{at}.id"), &s.id, &mut scenario_ids);
        c.text(format!("{at}.title"), &s.title);
        c.text(format!("{at}.summary"), &s.summary);
        if s.openers.is_empty() {
            c.add(
                format!("{at}.openers"),
                Message::new("playbook.problem.no_openers"),
            );
        }
        for (j, opener) in s.openers.iter().enumerate() {
            c.text(format!("{at}.openers[{j}]"), opener);
            c.placeholders(format!("{at}.openers[{j}]"), bad_placeholders(opener));
        }
        if let Some(message) = &s.message {
            c.message(&format!("{at}.message"), message);
        }
        if check_refs {
            for (j, role) in s.fits.iter().enumerate() {
                if !known_roles.contains(role) {
                    c.add(
                        format!("{at}.fits[{j}]"),
                        Message::new("playbook.problem.unknown_role").with("value", role.as_str()),
                    );
                }
            }
        }
        c.strings(&format!("{at}.fact_prompts"), &s.fact_prompts);
        c.strings(&format!("{at}.fallbacks"), &s.fallbacks);
        c.strings(&format!("{at}.tips"), &s.tips);
        for (j, g) in s.goals.iter().enumerate() {
            c.text(format!("{at}.goals[{j}].text"), &g.text);
        }
        for (j, p) in s.pushbacks.iter().enumerate() {
            c.text(format!("{at}.pushbacks[{j}].kind"), &p.kind);
            c.text(format!("{at}.pushbacks[{j}].says"), &p.says);
            c.text(format!("{at}.pushbacks[{j}].reply"), &p.reply);
        }
        for (j, a) in s.avoid.iter().enumerate() {
            c.text(format!("{at}.avoid[{j}].phrase"), &a.phrase);
            c.text(format!("{at}.avoid[{j}].why"), &a.why);
        }
    }

    let drafting = &playbook.drafting;
    c.placeholders(
        "drafting.greeting".to_owned(),
        bad_placeholders(&drafting.greeting),
    );
    if let Some(fallback) = &drafting.fallback {
        c.message("drafting.fallback", fallback);
    }

    for (name, choices) in [
        (
            "twelve_month.wont_matter",
            &playbook.twelve_month.wont_matter,
        ),
        (
            "twelve_month.will_matter",
            &playbook.twelve_month.will_matter,
        ),
    ] {
        let mut ids = HashSet::new();
        for (i, choice) in choices.iter().enumerate() {
            c.id(format!("{name}[{i}].id"), &choice.id, &mut ids);
            c.text(format!("{name}[{i}].label"), &choice.label);
        }
    }

    let flags = &playbook.red_flags;
    let exit = &flags.exit_scenario;
    let known_exit = playbook.scenarios.iter().any(|s| &s.id == exit)
        || base.is_some_and(|b| b.scenarios.iter().any(|s| &s.id == exit));
    if check_refs && exit.is_empty() && base.is_none() {
        c.add(
            "red_flags.exit_scenario",
            Message::new("playbook.problem.no_exit"),
        );
    } else if check_refs && !exit.is_empty() && !known_exit {
        c.add(
            "red_flags.exit_scenario",
            Message::new("playbook.problem.unknown_scenario").with("value", exit.as_str()),
        );
    }
    let mut group_ids = HashSet::new();
    for (i, g) in flags.groups.iter().enumerate() {
        c.id(format!("red_flags.groups[{i}].id"), &g.id, &mut group_ids);
        c.text(format!("red_flags.groups[{i}].label"), &g.label);
    }
    let mut item_ids = HashSet::new();
    for (i, item) in flags.items.iter().enumerate() {
        let at = format!("red_flags.items[{i}]");
        c.id(format!("{at}.id"), &item.id, &mut item_ids);
        c.text(format!("{at}.title"), &item.title);
        c.text(format!("{at}.hint"), &item.hint);
        if item.weight == 0 {
            c.add(
                format!("{at}.weight"),
                Message::new("playbook.problem.weight"),
            );
        }
        let known_group = group_ids.contains(&item.group)
            || base.is_some_and(|b| b.red_flags.groups.iter().any(|g| g.id == item.group));
        if check_refs && !known_group {
            c.add(
                format!("{at}.group"),
                Message::new("playbook.problem.unknown_group").with("value", item.group.as_str()),
            );
        }
    }
    let mut band_ids = HashSet::new();
    for (i, band) in flags.bands.iter().enumerate() {
        let at = format!("red_flags.bands[{i}]");
        c.id(format!("{at}.id"), &band.id, &mut band_ids);
        c.text(format!("{at}.title"), &band.title);
        c.text(format!("{at}.advice"), &band.advice);
        if i > 0 && band.min_score <= flags.bands[i - 1].min_score {
            c.add(
                format!("{at}.min_score"),
                Message::new("playbook.problem.band_order"),
            );
        }
    }

    let mut strategy_ids = HashSet::new();
    for (i, s) in playbook.strategies.iter().enumerate() {
        c.id(format!("strategies[{i}].id"), &s.id, &mut strategy_ids);
        c.text(format!("strategies[{i}].title"), &s.title);
        c.strings(&format!("strategies[{i}].steps"), &s.steps);
    }

    c.tips("before", &playbook.before);
    c.tips("redirection_plan", &playbook.redirection_plan);
    c.tips("breaking_point", &playbook.breaking_point);
    c.tips("logistics.timing", &playbook.logistics.timing);
    c.tips("logistics.place", &playbook.logistics.place);
    c.tips("logistics.channel", &playbook.logistics.channel);
    c.tips("listening_cues", &playbook.listening_cues);
    c.tips("after", &playbook.after);
    c.strings("future_questions", &playbook.future_questions);
    c.strings("debrief_questions", &playbook.debrief_questions);

    if scope == Scope::Whole {
        if playbook.scenarios.is_empty() {
            c.add("scenarios", Message::new("playbook.problem.no_scenarios"));
        }
        match flags.bands.first() {
            None => c.add("red_flags.bands", Message::new("playbook.problem.no_bands")),
            Some(first) if first.min_score != 0 => c.add(
                "red_flags.bands[0].min_score",
                Message::new("playbook.problem.first_band"),
            ),
            Some(_) => {}
        }
    }
    c.problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_checked() {
        assert!(bad_placeholders("Hi {client}, about {topic}?").is_empty());
        assert_eq!(
            bad_placeholders("Hi {name}"),
            vec![BadPlaceholder::Unknown("{name}".to_owned())]
        );
        assert_eq!(
            bad_placeholders("Hi {client"),
            vec![BadPlaceholder::Unclosed]
        );
    }

    #[test]
    fn a_message_template_may_use_a_date_only_in_its_next_step() {
        let mut playbook = crate::playbook::bundled("en").unwrap();
        let message = playbook.scenarios[0].message.as_mut().unwrap();
        message.ask = "Pay by {date}".into();
        message.subject = String::new();
        let problems = validate(&playbook, Scope::Whole);
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            ["scenarios[0].message.subject", "scenarios[0].message.ask"],
            "{problems:?}"
        );
        assert!(problems[1].message.to_string().contains("{date}"));
    }
}
