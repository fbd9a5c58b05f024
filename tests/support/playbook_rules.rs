//! What every bundled playbook must offer each channel and each scenario, checked on the JSON
//! read at run time (shared by `tests/playbook_channels.rs` and `examples/playbook_lint.rs`, so
//! a translator can check a file without rebuilding the app).

#![allow(dead_code)]

use serde_json::Value;

/// The channels a sheet can name.
pub(crate) const CHANNELS: [&str; 5] = ["call", "video", "in_person", "email", "message"];

/// The kinds of push-back every scenario covers.
pub(crate) use talkprep::playbook::PUSHBACK_KINDS as KINDS;

/// Push-backs per scenario, at least.
pub(crate) const MIN_PUSHBACKS: usize = 8;
/// Push-backs that fit each channel, per scenario, at least (a rehearsal deck).
pub(crate) const MIN_PER_CHANNEL: usize = 6;
/// Listening cues that fit each channel, at least.
pub(crate) const MIN_CUES: usize = 5;
/// Timing and place tips that fit each channel, at least.
pub(crate) const MIN_LOGISTICS: usize = 2;

fn channels(item: &Value) -> Vec<&str> {
    item["channels"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

/// Whether an item marked with `marks` fits `channel` (no marks: every channel).
fn fits(marks: &[&str], channel: &str) -> bool {
    marks.is_empty() || marks.contains(&channel)
}

fn unknown_channels(place: &str, item: &Value, out: &mut Vec<String>) {
    for c in channels(item) {
        if !CHANNELS.contains(&c) {
            out.push(format!("{place}: unknown channel {c:?}"));
        }
    }
}

fn per_channel(place: &str, list: &Value, min: usize, out: &mut Vec<String>) {
    let items: Vec<&Value> = list.as_array().into_iter().flatten().collect();
    for (i, item) in items.iter().enumerate() {
        unknown_channels(&format!("{place}[{i}]"), item, out);
    }
    for c in CHANNELS {
        let n = items.iter().filter(|t| fits(&channels(t), c)).count();
        if n < min {
            out.push(format!("{place}: {n} fit {c}, want at least {min}"));
        }
    }
}

/// Every way the playbook `v` falls short, one line each.
pub(crate) fn problems(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for s in v["scenarios"].as_array().into_iter().flatten() {
        let id = s["id"].as_str().unwrap_or("?");
        let pushbacks: Vec<&Value> = s["pushbacks"].as_array().into_iter().flatten().collect();
        if pushbacks.len() < MIN_PUSHBACKS {
            out.push(format!(
                "{id}: {} push-backs, want at least {MIN_PUSHBACKS}",
                pushbacks.len()
            ));
        }
        for kind in KINDS {
            if !pushbacks.iter().any(|p| p["kind"] == kind) {
                out.push(format!("{id}: no {kind} push-back"));
            }
        }
        for (i, p) in pushbacks.iter().enumerate() {
            if channels(p).is_empty() {
                out.push(format!("{id} pushbacks[{i}]: no channels"));
            }
            unknown_channels(&format!("{id} pushbacks[{i}]"), p, &mut out);
        }
        for c in CHANNELS {
            let n = pushbacks
                .iter()
                .filter(|p| channels(p).contains(&c))
                .count();
            if n < MIN_PER_CHANNEL {
                out.push(format!(
                    "{id}: {n} push-backs fit {c}, want at least {MIN_PER_CHANNEL}"
                ));
            }
        }
        let openers: Vec<&str> = s["openers"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        if id != "something-else" && !openers.iter().any(|o| o.contains("{address}")) {
            out.push(format!("{id}: no opener greets them by {{address}}"));
        }
        for o in &openers {
            for greeting in ["{client},", "{client}!", "{client}?"] {
                if o.contains(greeting) {
                    out.push(format!(
                        "{id}: {greeting:?} greets with the whole client field; use {{address}}: {o}"
                    ));
                }
            }
        }
    }
    per_channel("listening_cues", &v["listening_cues"], MIN_CUES, &mut out);
    per_channel(
        "logistics.timing",
        &v["logistics"]["timing"],
        MIN_LOGISTICS,
        &mut out,
    );
    per_channel(
        "logistics.place",
        &v["logistics"]["place"],
        MIN_LOGISTICS,
        &mut out,
    );
    per_channel("logistics.channel", &v["logistics"]["channel"], 1, &mut out);
    for (i, t) in v["redirection_plan"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        if t["team_detail"].as_str().unwrap_or("").is_empty() {
            out.push(format!(
                "redirection_plan[{i}]: no team_detail (detail is for one person alone)"
            ));
        }
    }
    out
}
