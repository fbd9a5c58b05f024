//! Fuzzy filtering for the scenario picker, the library and `talkprep list --search`.

use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

/// The indices of `haystacks` that match `query`, best first; all of them, in order, when the
/// query is blank. Each space-separated word of the query must match.
pub fn rank<S: AsRef<str>>(haystacks: &[S], query: &str) -> Vec<usize> {
    if query.trim().is_empty() {
        return (0..haystacks.len()).collect();
    }
    let pattern = Pattern::new(
        query,
        CaseMatching::Ignore,
        Normalization::Smart,
        AtomKind::Fuzzy,
    );
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    let mut scored: Vec<(u32, usize)> = haystacks
        .iter()
        .enumerate()
        .filter_map(|(i, hay)| {
            pattern
                .score(Utf32Str::new(hay.as_ref(), &mut buf), &mut matcher)
                .map(|score| (score, i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, i)| i).collect()
}

/// `text` lowercased with accents removed (`Zoë` → `zoe`), for matching as people type.
pub fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    text.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ł' => 'l',
            'ø' => 'o',
            'đ' => 'd',
            'ß' => 's',
            other => other,
        })
        .collect()
}

/// Whether every word of the folded `query` occurs in the folded `haystack` (both already
/// passed through [`fold`]): for filtering many texts folded once.
pub fn folded_contains_all(haystack: &str, query: &str) -> bool {
    query.split_whitespace().all(|word| haystack.contains(word))
}

/// Whether every word of `query` occurs in `haystack`, ignoring case and accents.
pub fn contains_all(haystack: &str, query: &str) -> bool {
    let haystack = fold(haystack);
    fold(query)
        .split_whitespace()
        .all(|word| haystack.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_query_keeps_order() {
        assert_eq!(rank(&["b", "a"], "  "), vec![0, 1]);
    }

    #[test]
    fn fuzzy_finds_words_in_any_case() {
        let items = ["Unpaid invoice", "Scope creep", "Late payer every time"];
        assert_eq!(rank(&items, "INVOICE"), vec![0]);
        assert_eq!(rank(&items, "late pay")[0], 2);
    }

    #[test]
    fn substring_ignores_accents() {
        assert!(contains_all("Café Zoë", "cafe zoe"));
        assert!(contains_all("Zażółć gęślą", "zazolc GESLA"));
        assert!(!contains_all("Acme", "globex"));
    }
}
