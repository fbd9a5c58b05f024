//! Finding the one sheet or review a typed word means: its id, the start of its id, or its
//! client's name (case and accents ignored), with the closest ones when nothing matches.

use crate::search::fold;

/// Something that can be named on the command line: an id and the client it is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate<'a> {
    /// Its id.
    pub id: &'a str,
    /// Its client's name, as typed.
    pub client: &'a str,
}

/// What a query names among candidates, by their index in the list given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// Exactly one.
    One(usize),
    /// Several match equally well: the person must say more. In the order given.
    Ambiguous(Vec<usize>),
    /// None matches; the closest few (best first), to offer as "did you mean".
    NotFound(Vec<usize>),
}

/// How many near misses [`find`] offers when nothing matches.
pub const CLOSE_SHOWN: usize = 3;

/// The candidate `query` names. Tried in order, the first step that matches anything wins:
/// the exact id; ids starting with the query; a client whose whole name is the query; clients
/// with a word starting with each word of the query ("kow" for "Marta Kowalski"). A step
/// that matches several candidates is [`Lookup::Ambiguous`], so a typed prefix never picks one
/// of two sheets silently.
pub fn find(query: &str, candidates: &[Candidate]) -> Lookup {
    let query = query.trim();
    if query.is_empty() {
        return Lookup::NotFound(Vec::new());
    }
    if let Some(at) = candidates.iter().position(|c| c.id == query) {
        return Lookup::One(at);
    }
    let lowered = query.to_lowercase();
    let by_id = matching(candidates, |c| c.id.starts_with(&lowered));
    if let Some(found) = decided(by_id) {
        return found;
    }
    let folded = fold(query);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let clients: Vec<String> = candidates.iter().map(|c| fold(c.client)).collect();
    let whole = matching_index(&clients, |client| {
        client.split_whitespace().eq(words.iter().copied())
    });
    if let Some(found) = decided(whole) {
        return found;
    }
    let starts = matching_index(&clients, |client| {
        words.iter().all(|word| {
            client
                .split(|c: char| !c.is_alphanumeric())
                .any(|part| part.starts_with(word))
        })
    });
    if let Some(found) = decided(starts) {
        return found;
    }
    let mut close: Vec<(f64, usize)> = clients
        .iter()
        .enumerate()
        .map(|(i, client)| (closeness(&folded, client, candidates[i].id), i))
        .filter(|(score, _)| *score >= CLOSE_ENOUGH)
        .collect();
    close.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let close = close
        .into_iter()
        .take(CLOSE_SHOWN)
        .map(|(_, i)| i)
        .collect();
    Lookup::NotFound(close)
}

/// How alike two names must be (Jaro-Winkler, 0 to 1) for one to be offered for the other:
/// "acne" for "acme" (0.88), not "zzz" for "acme".
const CLOSE_ENOUGH: f64 = 0.75;

/// How close the folded `query` is to a candidate: its best likeness to the whole client name,
/// any word of it, or the id.
fn closeness(query: &str, client: &str, id: &str) -> f64 {
    let words = client
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    std::iter::once(client)
        .chain(words)
        .chain(std::iter::once(id))
        .map(|name| strsim::jaro_winkler(query, name))
        .fold(0.0, f64::max)
}

fn matching(candidates: &[Candidate], keep: impl Fn(&Candidate) -> bool) -> Vec<usize> {
    (0..candidates.len())
        .filter(|&i| keep(&candidates[i]))
        .collect()
}

fn matching_index(clients: &[String], keep: impl Fn(&str) -> bool) -> Vec<usize> {
    (0..clients.len()).filter(|&i| keep(&clients[i])).collect()
}

fn decided(found: Vec<usize>) -> Option<Lookup> {
    match found[..] {
        [] => None,
        [one] => Some(Lookup::One(one)),
        _ => Some(Lookup::Ambiguous(found)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheets() -> Vec<Candidate<'static>> {
        vec![
            Candidate {
                id: "20261201-marta-kowalski-3f9a",
                client: "Marta Kowalski (Brightleaf Studio)",
            },
            Candidate {
                id: "20261115-zoe-ltd-0001",
                client: "Zoë Ltd",
            },
            Candidate {
                id: "20261120-sheet-77aa",
                client: "Dana Rusu",
            },
            Candidate {
                id: "20261121-dana-rusu-0b0b",
                client: "Dana Rusu",
            },
        ]
    }

    #[test]
    fn an_exact_id_wins_over_everything() {
        assert_eq!(find("20261115-zoe-ltd-0001", &sheets()), Lookup::One(1));
        assert_eq!(find("  20261115-zoe-ltd-0001 ", &sheets()), Lookup::One(1));
    }

    #[test]
    fn a_unique_start_of_an_id_is_enough() {
        assert_eq!(find("20261201", &sheets()), Lookup::One(0));
        assert_eq!(find("2026112", &sheets()), Lookup::Ambiguous(vec![2, 3]));
    }

    #[test]
    fn a_client_name_ignores_case_and_accents() {
        assert_eq!(find("zoe ltd", &sheets()), Lookup::One(1));
        assert_eq!(find("ZOË", &sheets()), Lookup::One(1));
        assert_eq!(find("kow", &sheets()), Lookup::One(0));
        assert_eq!(find("brightleaf", &sheets()), Lookup::One(0));
        assert_eq!(find("marta bright", &sheets()), Lookup::One(0));
    }

    #[test]
    fn two_sheets_of_one_client_are_ambiguous() {
        assert_eq!(find("Dana Rusu", &sheets()), Lookup::Ambiguous(vec![2, 3]));
        assert_eq!(find("dana", &sheets()), Lookup::Ambiguous(vec![2, 3]));
    }

    #[test]
    fn a_miss_offers_the_closest() {
        let Lookup::NotFound(close) = find("Mrata", &sheets()) else {
            panic!("a miss");
        };
        assert_eq!(close.first(), Some(&0), "{close:?}");
        assert!(close.len() <= CLOSE_SHOWN);
        assert_eq!(find("", &sheets()), Lookup::NotFound(Vec::new()));
        assert_eq!(find("   ", &[]), Lookup::NotFound(Vec::new()));
        assert!(matches!(find("qqqqqq", &sheets()), Lookup::NotFound(_)));
    }

    #[test]
    fn a_client_is_found_by_the_start_of_any_word_of_the_name() {
        let names = ["Dana Kowalczyk", "Danuta Nowak", "Brightleaf Studio"];
        let candidates: Vec<Candidate> = names
            .iter()
            .enumerate()
            .map(|(i, client)| Candidate {
                id: ["a-1", "b-2", "c-3"][i],
                client,
            })
            .collect();
        assert_eq!(find("kowal", &candidates), Lookup::One(0));
        assert_eq!(find("dan", &candidates), Lookup::Ambiguous(vec![0, 1]));
        assert_eq!(find("STUDIO", &candidates), Lookup::One(2));
        assert_eq!(find("dana kow", &candidates), Lookup::One(0));
        assert!(
            matches!(find("owal", &candidates), Lookup::NotFound(_)),
            "a prefix, not any substring"
        );
    }

    #[test]
    fn a_word_must_start_a_word_not_sit_inside_one() {
        // "ana" is inside "Dana" but starts no word of any client.
        assert!(matches!(find("ana", &sheets()), Lookup::NotFound(_)));
    }
}
