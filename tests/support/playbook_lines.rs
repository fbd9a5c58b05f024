//! The lines the bundled playbooks put in front of the user, read from `assets/playbook/`, so
//! the tone checker can be held to agree with them (shared by `tests/tone_agreement.rs` and
//! `examples/tone_tune.rs`). The playbooks are edited in parallel, so nothing here hard-codes
//! their wording.

#![allow(dead_code)]

use serde_json::Value;

/// A line taken from a playbook, and where.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// e.g. `unpaid-invoice avoid[0]`.
    pub(crate) place: String,
    /// The text, with `{client}` and `{topic}` filled in.
    pub(crate) text: String,
}

/// What the playbook says of its lines.
#[derive(Debug, Default)]
pub(crate) struct Lines {
    /// Phrases to avoid: must be labelled tense or hostile.
    pub(crate) avoid: Vec<Line>,
    /// Openers, calm replies, fallbacks, future questions, the message templates' sentences
    /// and quoted example lines: must be
    /// warm or neutral with no finding at warn or above.
    pub(crate) suggested: Vec<Line>,
}

/// A realistic form of address for openers, per language.
fn address(lang: &str) -> &'static str {
    match lang {
        "fr" => "Claire",
        "pl" => "Pani Anno",
        "ro" => "doamna Popescu",
        _ => "Dana",
    }
}

/// A realistic client field (a name and a business), per language.
fn client(lang: &str) -> &'static str {
    match lang {
        "fr" => "Claire Leroy",
        "pl" => "Anna Nowak",
        "ro" => "Ioana Popescu",
        _ => "Dana Reyes",
    }
}

/// A date as a message's next step says it, per language.
fn date(lang: &str) -> &'static str {
    match lang {
        "fr" => "11 décembre 2026",
        "pl" => "11 grudnia 2026",
        "ro" => "11 decembrie 2026",
        _ => "11 December 2026",
    }
}

fn strs(v: &Value) -> impl Iterator<Item = &str> {
    v.as_array().into_iter().flatten().filter_map(Value::as_str)
}

/// Quoted passages (`"…"`, `“…”`, `«…»`, `„…”`) in a text: example lines inside advice.
pub(crate) fn quoted(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let pairs = [('"', '"'), ('“', '”'), ('«', '»'), ('„', '”')];
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let close = pairs.iter().find(|(o, _)| *o == chars[i]).map(|p| p.1);
        let end = close.and_then(|c| chars[i + 1..].iter().position(|&x| x == c));
        if let Some(j) = end {
            let s: String = chars[i + 1..i + 1 + j].iter().collect();
            let s = s.trim_matches(|c: char| c.is_whitespace()).to_string();
            if s.split_whitespace().count() >= 3 {
                out.push(s);
            }
            i += j + 2;
        } else {
            i += 1;
        }
    }
    out
}

/// Every line of the bundled playbook of `lang` ("en", "fr", "pl", "ro").
pub(crate) fn lines(lang: &str) -> Lines {
    let path = format!("{}/assets/playbook/{lang}.json", env!("CARGO_MANIFEST_DIR"));
    lines_from(&path, lang)
}

/// Every line of the playbook file at `path`, written in `lang`.
pub(crate) fn lines_from(path: &str, lang: &str) -> Lines {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let v: Value = serde_json::from_str(&data).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = Lines::default();
    let push = |list: &mut Vec<Line>, place: String, text: &str| {
        list.push(Line {
            place,
            text: text.to_string(),
        });
    };
    for s in v["scenarios"].as_array().into_iter().flatten() {
        let id = s["id"].as_str().unwrap_or("?");
        let topic = s["topic_hint"].as_str().unwrap_or("the project");
        for (i, a) in s["avoid"].as_array().into_iter().flatten().enumerate() {
            if let Some(p) = a["phrase"].as_str() {
                push(&mut out.avoid, format!("{id} avoid[{i}]"), p);
            }
        }
        for (i, o) in strs(&s["openers"]).enumerate() {
            let text = o
                .replace("{address}", address(lang))
                .replace("{client}", client(lang))
                .replace("{topic}", topic);
            push(&mut out.suggested, format!("{id} opener[{i}]"), &text);
        }
        for (i, p) in s["pushbacks"].as_array().into_iter().flatten().enumerate() {
            if let Some(r) = p["reply"].as_str() {
                push(&mut out.suggested, format!("{id} reply[{i}]"), r);
            }
        }
        for (i, f) in strs(&s["fallbacks"]).enumerate() {
            push(&mut out.suggested, format!("{id} fallback[{i}]"), f);
        }
        for (key, sentence) in s["message"].as_object().into_iter().flatten() {
            if let Some(text) = sentence.as_str() {
                let text = text
                    .replace("{address}", address(lang))
                    .replace("{client}", client(lang))
                    .replace("{topic}", topic)
                    .replace("{date}", date(lang));
                push(&mut out.suggested, format!("{id} message.{key}"), &text);
            }
        }
        for (key, close) in s["message"]["close"].as_object().into_iter().flatten() {
            if let Some(text) = close.as_str() {
                push(
                    &mut out.suggested,
                    format!("{id} message.close.{key}"),
                    text,
                );
            }
        }
    }
    let drafting = &v["drafting"];
    for key in ["greeting", "sign_off", "listen"] {
        if let Some(text) = drafting[key].as_str() {
            let text = text.replace("{address}", address(lang));
            push(&mut out.suggested, format!("drafting.{key}"), &text);
        }
    }
    for (key, close) in drafting["close"].as_object().into_iter().flatten() {
        if let Some(text) = close.as_str() {
            push(&mut out.suggested, format!("drafting.close.{key}"), text);
        }
    }
    for (i, q) in strs(&v["future_questions"]).enumerate() {
        push(&mut out.suggested, format!("future_questions[{i}]"), q);
    }
    for (i, c) in v["listening_cues"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        for q in quoted(c["detail"].as_str().unwrap_or("")) {
            push(
                &mut out.suggested,
                format!("listening_cues[{i}] example"),
                &q,
            );
        }
    }
    for (i, st) in v["strategies"].as_array().into_iter().flatten().enumerate() {
        for step in strs(&st["steps"]) {
            for q in quoted(step) {
                push(&mut out.suggested, format!("strategies[{i}] example"), &q);
            }
        }
    }
    out
}
