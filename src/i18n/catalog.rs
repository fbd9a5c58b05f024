//! One language's catalogue: a Fluent bundle, and its texts that take no value, ready to show.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;

/// A catalogue of interface texts in one language.
pub struct Catalog {
    lang: Lang,
    bundle: FluentBundle<Arc<FluentResource>>,
    /// The catalogue's own resource, shared with the copies [`Catalog::with_terms`] makes.
    resource: Arc<FluentResource>,
    /// Each message formatted without values, by code key (`home.title`), so that the many
    /// fixed labels cost a lookup, not a formatting, on every frame.
    plain: HashMap<String, String>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("lang", &self.lang)
            .field("messages", &self.plain.len())
            .finish_non_exhaustive()
    }
}

/// The source of the bundled catalogue of `lang`.
pub(super) fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => include_str!("../../assets/ui/fr.ftl"),
        Lang::Pl => include_str!("../../assets/ui/pl.ftl"),
        Lang::Ro => include_str!("../../assets/ui/ro.ftl"),
        Lang::En => include_str!("../../assets/ui/en.ftl"),
    }
}

/// The Fluent id of a code key: Fluent ids have no dots, so `home.title` is `home-title`.
pub(super) fn fluent_id(key: &str) -> String {
    key.replace('.', "-")
}

/// The code key of a Fluent id (the inverse of [`fluent_id`]; code keys have no `-`).
pub(super) fn code_key(id: &str) -> String {
    id.replace('-', ".")
}

/// A value for Fluent: a whole number written the canonical way (`3`, `-2`, not `03`) is a
/// number, so that plural selectors see it (it prints the same); anything else is text.
fn value_of(text: &str) -> FluentValue<'_> {
    match text.parse::<i64>() {
        Ok(n) if n.to_string() == text => FluentValue::from(n),
        _ => FluentValue::from(text),
    }
}

/// The Fluent function `PLURAL($n)`: the CLDR plural category of a number (`one`, `few`,
/// `many`, `other`), from ICU4X's current CLDR data. Catalogues select on it rather than on the
/// bare number because fluent-bundle's own rules (intl_pluralrules, CLDR 37) misread Romanian
/// from 101 on ("101 de zile" for "101 zile", "102 de zile" for "102 zile").
fn plural_function(
    lang: Lang,
) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs<'_>) -> FluentValue<'a> + Send + Sync + 'static
{
    use icu_plurals::{PluralCategory, PluralRules};
    let rules = lang
        .code()
        .parse::<icu_locale_core::Locale>()
        .ok()
        .and_then(|locale| PluralRules::try_new_cardinal(locale.into()).ok());
    move |positional, _named| {
        let category = match (positional.first(), &rules) {
            (Some(FluentValue::Number(number)), Some(rules)) if number.value.fract() == 0.0 => {
                // Whole numbers only reach here (see `value_of`), well inside i64.
                #[allow(clippy::cast_possible_truncation)]
                let whole = number.value as i64;
                rules.category_for(whole.unsigned_abs())
            }
            _ => PluralCategory::Other,
        };
        FluentValue::from(match category {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        })
    }
}

impl Catalog {
    fn from_resources(
        lang: Lang,
        resource: Arc<FluentResource>,
        extra: Option<FluentResource>,
    ) -> Catalog {
        let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
        // Isolation marks (U+2068/U+2069) would show up in terminals and exported files.
        bundle.set_use_isolating(false);
        // Only fails when the name is taken, and the bundle is new.
        let _ = bundle.add_function("PLURAL", plural_function(lang));
        // Errors are duplicate ids, which the parity test rules out in the bundled files.
        let _ = bundle.add_resource(Arc::clone(&resource));
        if let Some(extra) = extra {
            bundle.add_resource_overriding(Arc::new(extra));
        }
        let mut plain = HashMap::new();
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry
                && let Some(pattern) = message.value.as_ref()
            {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, None, &mut errors);
                plain.insert(code_key(message.id.name), text.into_owned());
            }
        }
        Catalog {
            lang,
            bundle,
            resource,
            plain,
        }
    }

    fn parse(lang: Lang, source: &str) -> Catalog {
        // A syntax error skips its entry only; the bundled files are checked by a test.
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
        Catalog::from_resources(lang, Arc::new(resource), None)
    }

    /// The language of this catalogue.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text for `key` in this language or English, if there is one.
    pub fn try_get(&'static self, key: &str) -> Option<&'static str> {
        self.plain
            .get(key)
            .or_else(|| catalog(Lang::En).plain.get(key))
            .map(String::as_str)
    }

    /// The text for `key`, falling back to English and then to the key.
    pub fn get(&'static self, key: &str) -> &'static str {
        self.try_get(key).unwrap_or_else(|| missing_key(key))
    }

    /// The text for `key` with each `{ $name }` given its value; counts choose their plural form.
    pub fn fill(&'static self, key: &str, values: &[(&str, &str)]) -> String {
        let id = fluent_id(key);
        let (bundle, pattern) = match self.bundle.get_message(&id).and_then(|m| m.value()) {
            Some(pattern) => (&self.bundle, pattern),
            None => match catalog(Lang::En)
                .bundle
                .get_message(&id)
                .and_then(|m| m.value())
            {
                Some(pattern) => (&catalog(Lang::En).bundle, pattern),
                None => return missing_key(key).to_owned(),
            },
        };
        let mut args = FluentArgs::with_capacity(values.len());
        for (name, value) in values {
            args.set(*name, value_of(value));
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }

    /// A copy of this catalogue with the Fluent terms `-name = value` added, e.g. the keys in
    /// force (`-key_undo`) for the sentences that name them.
    pub fn with_terms<'a>(&self, terms: impl IntoIterator<Item = (&'a str, &'a str)>) -> Catalog {
        let mut source = String::new();
        for (name, value) in terms {
            // A string literal keeps any character a key name may hold, braces included.
            let escaped = value.replace('\\', "\\\\").replace('"', "\\\"");
            source.push_str(&format!("-{name} = {{ \"{escaped}\" }}\n"));
        }
        let extra = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
        Catalog::from_resources(self.lang, Arc::clone(&self.resource), Some(extra))
    }

    /// The terms this catalogue's messages refer to (`key_undo` for `{ -key_undo }`), which
    /// [`Catalog::with_terms`] is to supply.
    pub fn terms_used(&self) -> std::collections::BTreeSet<String> {
        let mut found = std::collections::BTreeSet::new();
        for entry in self.resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry
                && let Some(value) = &m.value
            {
                super::refs::references(value, &mut found);
            }
        }
        found
            .into_iter()
            .filter_map(|r| r.strip_prefix('-').map(str::to_owned))
            .collect()
    }

    /// Every key in this catalogue.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.plain.keys().map(String::as_str)
    }
}

/// A missing key shown as itself. Each distinct key is kept once for the life of the process,
/// so the memory is bounded by the number of keys in the code (a test keeps it at zero).
fn missing_key(key: &str) -> &'static str {
    static MISSING: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let Ok(mut seen) = MISSING.lock() else {
        return "?";
    };
    if let Some(known) = seen.iter().find(|k| **k == key) {
        return known;
    }
    let leaked: &'static str = Box::leak(key.to_owned().into_boxed_str());
    seen.push(leaked);
    leaked
}

/// The catalogue for `lang`.
pub fn catalog(lang: Lang) -> &'static Catalog {
    static EN: OnceLock<Catalog> = OnceLock::new();
    static FR: OnceLock<Catalog> = OnceLock::new();
    static PL: OnceLock<Catalog> = OnceLock::new();
    static RO: OnceLock<Catalog> = OnceLock::new();
    let cell = match lang {
        Lang::Fr => &FR,
        Lang::Pl => &PL,
        Lang::Ro => &RO,
        Lang::En => &EN,
    };
    cell.get_or_init(|| Catalog::parse(lang, source(lang)))
}
