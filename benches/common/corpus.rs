//! The texts the tone benchmarks check, shared with `examples/tone_corpus.rs` so the same
//! megabytes can be timed as whole processes next to other tools.

/// About 300 characters, with strengths, problems, diacritics and an emoji.
pub(crate) const OPENER: &str = "Hi Dana, thanks for the quick reply last week 🙂 I just wanted to check in \
    about the March invoice: it's still open and, honestly, this is the third time it happened. \
    Could we find a time this week to go over it together? I'd like to understand what's \
    holding it up on your side — maybe a payment plan would help?";

/// About 1 MB of openers in several languages, back to back: the worst case, dense with matches.
pub(crate) fn megabyte() -> String {
    let parts = [
        OPENER,
        "We need to talk. You NEVER pay on time!!! This is your last chance, or else.",
        "Per my last email, as you should know, the invoice is overdue. Obviously.",
        "Pourriez-vous m'aider à comprendre ce qui s'est passé avec la facture ? Merci !",
        "Dzień dobry, czy możemy ustalić nowy termin płatności? Dziękuję.",
        "Bună ziua, vă rog să-mi spuneți când putem discuta factura. Mulțumesc!",
        "The draft is attached; the second section follows the brief from Monday.",
    ];
    repeat_to_a_megabyte(&parts, '\n')
}

/// About 1 MB of ordinary project prose with an opener now and then: a realistic match density.
pub(crate) fn megabyte_prose() -> String {
    let prose = [
        "The second milestone covers the landing page, the pricing table and the contact form.",
        "Copy for the about section arrived on Tuesday and the photos are scheduled for next week.",
        "Invoices are issued on the first working day of the month and are payable within thirty days.",
        "The staging server mirrors production, except for the payment provider, which runs in test mode.",
        "Each revision round includes up to five changes, collected in a single shared document.",
        "Meeting notes are stored in the project folder, next to the signed statement of work.",
        "The newsletter template uses the brand colours and the two approved typefaces.",
        "Hosting renews in October; the domain is registered until the end of next year.",
        "Analytics show most visitors arrive from search, with a smaller share from social posts.",
        OPENER,
    ];
    repeat_to_a_megabyte(&prose, ' ')
}

/// `parts` in turn, each followed by `sep`, until the text reaches 1 MiB.
fn repeat_to_a_megabyte(parts: &[&str], sep: char) -> String {
    let mut s = String::with_capacity(1 << 20);
    for part in parts.iter().cycle() {
        if s.len() >= 1 << 20 {
            break;
        }
        s.push_str(part);
        s.push(sep);
    }
    s
}
