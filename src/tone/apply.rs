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
    fn deletes_a_whole_apology_phrase() {
        let text = "Sorry to bother you, but could you check the invoice?";
        let f = first(text, "en.grovelling.sorry_to_bother_but");
        assert_eq!(
            apply_suggestion(text, &f).as_deref(),
            Some("Could you check the invoice?")
        );
        let text = "Hi Dana, sorry to bother you, but is there news? 🙂";
        let f = first(text, "en.grovelling.sorry_to_bother_but");
        assert_eq!(
            apply_suggestion(text, &f).as_deref(),
            Some("Hi Dana, is there news? 🙂")
        );
    }

    #[test]
    fn replaces_in_place_and_keeps_case() {
        let text = "Ça: I just wanted to ask.";
        let f = first(text, "en.grovelling.rewrite_just_wanted");
        assert_eq!(
            apply_suggestion(text, &f).as_deref(),
            Some("Ça: I wanted to ask.")
        );
    }

    #[test]
    fn none_without_replacement_or_on_stale_text() {
        let text = "You never pay on time.";
        let f = first(text, "en.blame.you_never");
        assert_eq!(apply_suggestion(text, &f), None);
        let f = first("I just wanted to ask.", "en.grovelling.rewrite_just_wanted");
        assert_eq!(apply_suggestion("I only wanted to ask.", &f), None);
    }
}
