//! A message as an email file (`.eml`, RFC 5322) that a mail client opens as a draft.
//!
//! It holds the subject, the date, a plain-text UTF-8 body and nothing invented: no sender, no
//! recipient (the person picks them in their mail client). `X-Unsent: 1` asks clients that know
//! it to open the file as a draft to send rather than as a received message.

use jiff::Timestamp;
use mail_builder::MessageBuilder;
use mail_builder::headers::date::Date;
use mail_builder::headers::message_id::MessageId;
use mail_builder::headers::raw::Raw;

/// The message as RFC 5322 text with CRLF line ends, dated `at`; `id` (the sheet's id) makes
/// its Message-ID, so the same draft at the same time gives the same file.
pub fn eml(subject: &str, body: &str, at: Timestamp, id: &str) -> String {
    // Mail wants CRLF; the body is written with LF and converted by the builder's encoder.
    let builder = MessageBuilder::new()
        .message_id(MessageId::new(format!("{id}.draft@talkprep.invalid")))
        .date(Date::new(at.as_second()))
        .subject(subject.to_owned())
        .header("X-Unsent", Raw::new("1"))
        .text_body(body.to_owned());
    // Writing into a String cannot fail: the builder only fails when its writer does.
    builder.write_to_string().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mail_parser_reads_back_subject_charset_and_body() {
        let body = "Bonjour Madame Leroy,\n\nPourriez-vous me dire quand le paiement sera \
                    effectué\u{a0}?\n\n- Un échéancier en deux fois\n\nBien cordialement,";
        let at = Timestamp::from_second(1_796_000_000).unwrap();
        let text = eml(
            "Facture F-2026-031 : où en sommes-nous ?",
            body,
            at,
            "20261201-leroy-1a2b",
        );
        let parsed = mailparse::parse_mail(text.as_bytes()).unwrap();
        let header = |name: &str| {
            parsed
                .headers
                .iter()
                .find(|h| h.get_key().eq_ignore_ascii_case(name))
                .map(mailparse::MailHeader::get_value)
        };
        assert_eq!(
            header("Subject").as_deref(),
            Some("Facture F-2026-031 : où en sommes-nous ?")
        );
        assert!(header("From").is_none() && header("To").is_none(), "{text}");
        assert_eq!(header("X-Unsent").as_deref(), Some("1"));
        assert!(mailparse::dateparse(&header("Date").unwrap()).unwrap() == 1_796_000_000);
        assert_eq!(parsed.ctype.mimetype, "text/plain");
        assert_eq!(parsed.ctype.charset.to_lowercase(), "utf-8");
        let read = parsed.get_body().unwrap().replace("\r\n", "\n");
        assert_eq!(read.trim_end(), body);
        assert!(text.lines().all(|l| l.len() <= 998), "RFC 5322 line limit");
    }

    #[test]
    fn the_same_draft_at_the_same_time_is_the_same_file() {
        let at = Timestamp::from_second(1_796_000_000).unwrap();
        assert_eq!(eml("S", "B", at, "x-1"), eml("S", "B", at, "x-1"));
    }
}
