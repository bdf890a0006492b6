//! The languages and currencies the calculator speaks: codes, the locale numbers are formatted
//! for, how numbers are typed, and the currency a visitor most likely means.

use crate::finance::input::Notation;

/// A language of the interface (the languages of our source material).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Nl,
    Sv,
    Tr,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Nl, Lang::Sv, Lang::Tr];

    pub fn code(self) -> &'static str {
        ["en", "nl", "sv", "tr"][self as usize]
    }

    /// The language of a BCP 47 tag ("nl-BE" → Dutch), if we speak it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?;
        Self::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The first of the browser's preferred languages that we speak, else English.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::from_tag).unwrap_or_default()
    }

    /// The language's own name, as a language switch shows it.
    pub fn name(self) -> &'static str {
        ["English", "Nederlands", "Svenska", "Türkçe"][self as usize]
    }

    /// Which of a text's plural forms a count of `n` takes (see `text::plural`): 0 for CLDR's
    /// "one", 1 for "other". English, Dutch and Swedish say "1 statement", "2 statements",
    /// "1.5 points": "one" is exactly 1 written without decimals. Turkish's "one" is also n = 1,
    /// but a noun after a number keeps its singular form ("1 ifade", "2 ifade"), so its texts
    /// hold one form and this choice does not change them.
    pub fn plural(self, n: f64) -> usize {
        match self {
            Lang::En | Lang::Nl | Lang::Sv | Lang::Tr => usize::from(n != 1.0),
        }
    }

    /// How people writing this language type decimals.
    pub fn notation(self) -> Notation {
        match self {
            Lang::En => Notation::Point,
            Lang::Nl | Lang::Sv | Lang::Tr => Notation::Comma,
        }
    }

    /// The locale numbers are formatted for: the browser's own when it is this language
    /// (Belgian Dutch stays Belgian), else the language's main one.
    pub fn locale(self, browser: &str) -> String {
        if Lang::from_tag(browser) == Some(self) {
            browser.to_owned()
        } else {
            ["en-US", "nl-NL", "sv-SE", "tr-TR"][self as usize].to_owned()
        }
    }
}

/// A currency amounts are shown in. Display only: it never changes the math.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Currency {
    Eur,
    #[default]
    Usd,
    Gbp,
    Sek,
    Try,
}

const EURO_AREA: [&str; 20] = ["AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PT", "SI", "SK"];

impl Currency {
    pub const ALL: [Currency; 5] = [Currency::Eur, Currency::Usd, Currency::Gbp, Currency::Sek, Currency::Try];

    /// The ISO 4217 code Intl formats with.
    pub fn code(self) -> &'static str {
        ["EUR", "USD", "GBP", "SEK", "TRY"][self as usize]
    }

    pub fn from_code(code: &str) -> Option<Currency> {
        Self::ALL.into_iter().find(|c| c.code().eq_ignore_ascii_case(code))
    }

    /// The currency of a locale's region ("en-GB" → pounds), else the language's usual one.
    pub fn for_locale(locale: &str, lang: Lang) -> Currency {
        let region = locale.split(['-', '_']).skip(1).find(|p| p.len() == 2).unwrap_or("");
        match region.to_ascii_uppercase().as_str() {
            "GB" => Currency::Gbp,
            "US" => Currency::Usd,
            "SE" => Currency::Sek,
            "TR" => Currency::Try,
            r if EURO_AREA.contains(&r) => Currency::Eur,
            _ => [Currency::Usd, Currency::Eur, Currency::Sek, Currency::Try][lang as usize],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_preferences_pick_language_locale_and_currency() {
        assert_eq!(Lang::preferred(["de-DE", "nl-BE", "en"]), Lang::Nl);
        assert_eq!(Lang::preferred(["fr"]), Lang::En);
        assert_eq!(Lang::Nl.locale("nl-BE"), "nl-BE");
        assert_eq!(Lang::Sv.locale("en-GB"), "sv-SE");
        assert_eq!(Currency::for_locale("en-GB", Lang::En), Currency::Gbp);
        assert_eq!(Currency::for_locale("nl-BE", Lang::Nl), Currency::Eur);
        assert_eq!(Currency::for_locale("en", Lang::En), Currency::Usd);
        assert_eq!(Currency::for_locale("tr", Lang::Tr), Currency::Try);
        assert_eq!(Currency::from_code("sek"), Some(Currency::Sek));
        assert_eq!(Lang::from_tag("TR-tr").map(Lang::notation), Some(Notation::Comma));
    }
}
