//! A review as Markdown: the verdict and why, what next, every item with its note, the trend.

use std::fmt::Write as _;

use super::review::Review;
use super::score::NextStep;
use super::trend::Trend;
use crate::i18n::Catalog;
use crate::playbook::Playbook;

/// The title of the band `id` in `playbook`, or the id itself when the playbook lost it.
pub fn band_title<'a>(playbook: &'a Playbook, id: &'a str) -> &'a str {
    playbook
        .red_flags
        .bands
        .iter()
        .find(|b| b.id == id)
        .map_or(id, |b| b.title.as_str())
}

/// One line of text, safe inside a Markdown list item.
fn inline(text: &str) -> String {
    crate::sanitize::single_line(text).trim().to_owned()
}

/// `review` as a Markdown document. `history` is every review of the same client, oldest
/// first (it may include `review` itself); with two or more, a history section is added.
pub fn markdown(
    review: &Review,
    history: &[Review],
    playbook: &Playbook,
    cat: &'static Catalog,
) -> String {
    let flags = &playbook.red_flags;
    let verdict = review.verdict(flags);
    let mut out = String::new();
    let client = inline(&review.client);
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "# {}\n",
        cat.fill("flags.md.title", &[("client", &client)])
    );
    let band = verdict.band.map_or("", |b| b.title.as_str());
    let _ = writeln!(
        out,
        "{}\n",
        cat.fill(
            "flags.md.meta",
            &[
                ("date", &crate::i18n::format_date(review.date, cat)),
                ("score", &verdict.total.to_string()),
                ("band", band),
            ],
        )
    );

    let _ = writeln!(out, "## {}\n", cat.get("flags.verdict"));
    if let Some(b) = verdict.band {
        let _ = writeln!(out, "**{}**\n\n{}\n", b.title, b.advice);
    }
    let _ = writeln!(out, "### {}\n", cat.get("flags.why"));
    if verdict.top_items.is_empty() {
        let _ = writeln!(out, "{}\n", cat.get("flags.why_none"));
    } else {
        for item in &verdict.top_items {
            let line = if item.extreme {
                cat.fill("flags.why_extreme", &[("title", &item.title)])
            } else {
                cat.fill(
                    "flags.why_item",
                    &[("title", &item.title), ("weight", &item.weight.to_string())],
                )
            };
            let _ = writeln!(out, "- {line}");
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## {}\n", cat.get("flags.what_next"));
    match verdict.next {
        NextStep::Watch => {
            let _ = writeln!(out, "{}\n", cat.get("flags.next_watch"));
        }
        NextStep::Redirect => {
            let _ = writeln!(out, "### {}\n", cat.get("flags.plan"));
            for (i, step) in playbook.redirection_plan.iter().enumerate() {
                let mark = if review.plan_done.contains(&i) {
                    "x"
                } else {
                    " "
                };
                let _ = writeln!(
                    out,
                    "- [{mark}] **{}** {}",
                    cat.label(&step.title).trim_end(),
                    cat.after_colon(step.detail_for(review.team))
                );
            }
            let _ = writeln!(out, "\n### {}\n", cat.get("flags.strategies"));
            for s in &playbook.strategies {
                let _ = writeln!(
                    out,
                    "- **{}** {}",
                    cat.label(&s.title).trim_end(),
                    cat.after_colon(&s.summary)
                );
                for step in &s.steps {
                    let _ = writeln!(out, "  - {step}");
                }
            }
            out.push('\n');
        }
        NextStep::Exit => {
            let _ = writeln!(out, "### {}\n", cat.get("flags.breaking"));
            for tip in &playbook.breaking_point {
                let _ = writeln!(
                    out,
                    "- **{}** {}",
                    cat.label(&tip.title).trim_end(),
                    cat.after_colon(&tip.detail)
                );
            }
            let _ = writeln!(
                out,
                "\n{}\n",
                cat.fill("flags.md.exit_prep", &[("client", &client)])
            );
        }
    }

    let _ = writeln!(out, "## {}\n", cat.get("flags.checklist"));
    let mut groups: Vec<(&str, &str)> = flags
        .groups
        .iter()
        .map(|g| (g.id.as_str(), g.label.as_str()))
        .collect();
    let other = cat.get("flags.group_other");
    if flags
        .items
        .iter()
        .any(|i| !flags.groups.iter().any(|g| g.id == i.group))
    {
        groups.push(("", other));
    }
    for (id, label) in groups {
        let items: Vec<_> = flags
            .items
            .iter()
            .filter(|i| {
                i.group == id || (id.is_empty() && !flags.groups.iter().any(|g| g.id == i.group))
            })
            .collect();
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {label}\n");
        for item in items {
            let mark = if review.is_ticked(&item.id) { "x" } else { " " };
            let _ = write!(out, "- [{mark}] {} ({})", item.title, item.weight);
            if let Some(note) = review.note(&item.id) {
                let _ = write!(
                    out,
                    "{}{}",
                    cat.label(""),
                    cat.fill("flags.note_label", &[("note", &inline(note))])
                );
            }
            out.push('\n');
        }
        out.push('\n');
    }

    if history.len() > 1 {
        let _ = writeln!(out, "## {}\n", cat.get("flags.history"));
        for r in history {
            let _ = writeln!(
                out,
                "- {}",
                cat.fill(
                    "flags.history_row",
                    &[
                        ("date", &crate::i18n::format_date(r.date, cat)),
                        ("score", &r.score.to_string()),
                        ("band", band_title(playbook, &r.band)),
                    ],
                )
            );
        }
        let trend = Trend::of(history);
        let _ = writeln!(out, "\n{}", cat.get(trend.key()));
    }
    out
}
