//! Applying a rule's drop-in replacement to the text.

use super::compile::rulebook;
use super::lang::Lang;
use super::report::Finding;

/// The text with `finding`'s match replaced by its rule's `replacement`.
///
/// `None` when the rule has no drop-in replacement (its suggestion is advice, not a phrase), when
/// the rule is unknown, or when the text no longer holds the matched words at the finding's
/// offsets. An empty replacement deletes the words and one adjacent space. If the match starts
/// with a capital, so does the result at that spot.
pub fn apply_suggestion(text: &str, finding: &Finding) -> Option<String> {
    let lang: Lang = finding.rule.split('.').next()?.parse().ok()?;
    let replacement = rulebook(lang).rule(&finding.rule)?.replacement.as_deref()?;
    let offsets: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    let (start, end) = (*offsets.get(finding.start)?, *offsets.get(finding.end)?);
    if text.get(start..end)? != &*finding.matched {
        return None;
    }
    let capital = finding
        .matched
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let (before, after) = (&text[..start], &text[end..]);
    let mut out = String::with_capacity(text.len() + replacement.len());
    if replacement.is_empty() {
        let (before, after) = match (before.strip_suffix(' '), after.strip_prefix(' ')) {
            (_, Some(a)) => (before, a),
            (Some(b), None) => (b, after),
            (None, None) => (before, after),
        };
        out.push_str(before);
        if capital {
            push_capitalised(&mut out, after);
        } else {
            out.push_str(after);
        }
    } else {
        out.push_str(before);
        if capital {
            push_capitalised(&mut out, replacement);
        } else {
            out.push_str(replacement);
        }
        out.push_str(after);
    }
    Some(out)
}

fn push_capitalised(out: &mut String, s: &str) {
    let mut chars = s.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.push_str(chars.as_str());
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Lang, check};
    use super::*;

    fn first(text: &str, rule: &str) -> Finding {
        let r = check(text, Lang::En);
        let f = r.findings.iter().find(|f| &*f.rule == rule);
        f.cloned().unwrap_or_else(|| panic!("{rule} not in {r:?}"))
    }

    #[test]
    fn deletes_just() {
        let text = "I just wanted to check in.";
        let f = first(text, "en.grovelling.just");
        assert_eq!(
            apply_suggestion(text, &f).as_deref(),
            Some("I wanted to check in.")
        );
        let text = "Just checking in 🙂 about the invoice.";
        let f = first(text, "en.grovelling.just");
        assert_eq!(
            apply_suggestion(text, &f).as_deref(),
            Some("Checking in 🙂 about the invoice.")
        );
    }

    #[test]
    fn replaces_in_place_and_keeps_case() {
        let text = "Ça: ALWAYS late.";
        let f = first(text, "en.absolutes.always");
        assert_eq!(
            apply_suggestion(text, &f).as_deref(),
            Some("Ça: Often late.")
        );
    }

    #[test]
    fn none_without_replacement_or_on_stale_text() {
        let text = "You never pay on time.";
        let f = first(text, "en.blame.you_never");
        assert_eq!(apply_suggestion(text, &f), None);
        let f = first("I just wanted to ask.", "en.grovelling.just");
        assert_eq!(apply_suggestion("I only wanted to ask.", &f), None);
    }
}
