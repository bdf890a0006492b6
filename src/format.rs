//! Numbers for humans through Intl.NumberFormat (locale-aware, no float formatting code in the
//! wasm), for the page and the JS API's slides alike. `Numbers` (the locale and currency on
//! screen) comes with the app's context; formatters are built once per locale, currency and
//! style and reused.

use crate::text::{fill_values, Texts};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl)]
    type NumberFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl)]
    fn new(locale: &str, options: &js_sys::Object) -> NumberFormat;
    #[wasm_bindgen(method)]
    fn format(this: &NumberFormat, value: f64) -> String;
    #[wasm_bindgen(js_namespace = Intl)]
    type DateTimeFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl)]
    fn new(locale: &str, options: &js_sys::Object) -> DateTimeFormat;
    #[wasm_bindgen(method, js_name = format)]
    fn format_ms(this: &DateTimeFormat, ms: f64) -> String;
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Whole currency units: $1,234,568.
    Money,
    /// An amount as typed, to the cent: $45.50, $1,500,000.
    Amount,
    /// A percentage with at most one decimal: 27.5%.
    Percent,
    /// A percentage as typed, with up to four decimals: 12.25%. Every percentage goes through
    /// Intl, so a page or report shows one style ("10%", "10 %", "%10" by language).
    PercentTyped,
    /// A plain number with at most `n` decimals.
    Decimal(u8),
    /// Short money for chart axes: $1.2M.
    CompactMoney,
    /// Short counts for chart axes: 12K.
    Compact,
}

/// How numbers are shown on screen: the locale and the currency (the app's context, `Ui::num`).
/// Display only: the currency never changes the math.
#[derive(Clone, PartialEq)]
pub struct Numbers {
    locale: Rc<str>,
    currency: &'static str,
}

/// A browser formatter, with the locale, currency and style it was built for.
type Formatter = (Rc<str>, &'static str, Style, NumberFormat);

thread_local! {
    /// The browser's formatters, built once per locale, currency and style: a memo, not state.
    static FORMATTERS: RefCell<Vec<Formatter>> = const { RefCell::new(Vec::new()) };
}

impl Numbers {
    pub fn new(locale: &str, currency: &'static str) -> Self {
        Self { locale: locale.into(), currency }
    }

    /// The currency code amounts are shown in.
    pub fn currency(&self) -> &'static str {
        self.currency
    }

    /// Format `value`; anything not finite shows as an em dash, never "NaN" or "Infinity".
    pub fn fmt(&self, style: Style, value: f64) -> String {
        if !value.is_finite() {
            return "—".into();
        }
        FORMATTERS.with(|kept| {
            let mut kept = kept.borrow_mut();
            if let Some((.., f)) = kept.iter().find(|(l, c, s, _)| *s == style && *c == self.currency && **l == *self.locale) {
                return f.format(value);
            }
            let f = NumberFormat::new(&self.locale, &options(style, self.currency));
            let out = f.format(value);
            kept.push((self.locale.clone(), self.currency, style, f));
            out
        })
    }
}

fn options(style: Style, currency: &str) -> js_sys::Object {
    let o = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), &v);
    };
    match style {
        Style::Money => {
            set("style", "currency".into());
            set("currency", currency.into());
            set("maximumFractionDigits", 0.into());
            set("minimumFractionDigits", 0.into());
        }
        Style::Amount => {
            set("style", "currency".into());
            set("currency", currency.into());
            set("maximumFractionDigits", 2.into());
            set("minimumFractionDigits", 0.into());
        }
        Style::Percent => {
            set("style", "percent".into());
            set("maximumFractionDigits", 1.into());
        }
        Style::PercentTyped => {
            set("style", "percent".into());
            set("maximumFractionDigits", 4.into());
        }
        Style::Decimal(n) => {
            set("maximumFractionDigits", u32::from(n).into());
        }
        Style::CompactMoney => {
            set("style", "currency".into());
            set("currency", currency.into());
            set("notation", "compact".into());
            set("maximumFractionDigits", 1.into());
        }
        Style::Compact => {
            set("notation", "compact".into());
            set("maximumFractionDigits", 1.into());
        }
    }
    if matches!(style, Style::Money | Style::Amount | Style::Percent | Style::PercentTyped | Style::Decimal(_)) {
        // A double holds 15–17 significant digits; past 2^53 its last ones are noise
        // ("$25,449,000,000,000,004"). Whichever rounding is coarser wins, so small numbers keep
        // their decimals rule and large ones stop at 15 digits.
        set("maximumSignificantDigits", 15.into());
        set("roundingPriority", "lessPrecision".into());
    }
    o
}

/// Whether `n` takes the "one" form in `locale`'s plural rules (Intl.PluralRules): "1 saved
/// scenario", but "0" and "21" in some languages too.
pub fn plural_is_one(locale: &str, n: f64) -> bool {
    let rules = js_sys::Intl::PluralRules::new(&js_sys::Array::of1(&locale.into()), &js_sys::Object::new());
    rules.select(n) == "one"
}

/// The raw number for `data-value` attributes (tests and integrators read it), via JS so no
/// float formatting code is linked in. Empty when there is no value.
pub fn raw(value: Option<f64>) -> String {
    match value {
        Some(v) if v.is_finite() => js_sys::Number::from(v).to_string_with_radix(10).map(String::from).unwrap_or_default(),
        _ => String::new(),
    }
}

thread_local! {
    /// The browser's date formatters, built once per locale and with or without the time (slow
    /// to build the first time in a locale), as `FORMATTERS` are for numbers: a memo, not state.
    static DATE_FORMATTERS: RefCell<Vec<(String, bool, DateTimeFormat)>> = const { RefCell::new(Vec::new()) };
}

/// `ms` since 1970 as a date and time in the page's locale.
pub fn date(locale: &str, ms: f64, with_time: bool) -> String {
    DATE_FORMATTERS.with(|kept| {
        let mut kept = kept.borrow_mut();
        if let Some((.., f)) = kept.iter().find(|(l, t, _)| *t == with_time && l == locale) {
            return f.format_ms(ms);
        }
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
        if with_time {
            let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
        }
        let f = DateTimeFormat::new(locale, &options);
        let out = f.format_ms(ms);
        kept.push((locale.to_owned(), with_time, f));
        out
    })
}

thread_local! {
    /// Packs with money in a currency (`in_money`), by pack, currency and locale.
    static IN_MONEY: RefCell<Vec<(*const Texts, &'static str, String, &'static Texts)>> = const { RefCell::new(Vec::new()) };
}

/// `t` with money named as `num` writes it (`Texts::with_money`), made once per pack, currency
/// and locale: a render only looks it up.
pub fn in_money(t: &'static Texts, num: &Numbers, locale: &str) -> &'static Texts {
    let currency = num.currency();
    IN_MONEY.with(|kept| {
        let mut kept = kept.borrow_mut();
        if let Some(&(_, _, _, m)) = kept.iter().find(|(p, c, l, _)| std::ptr::eq(*p, t) && *c == currency && l == locale) {
            return m;
        }
        let m = t.with_money(&num.fmt(Style::Money, 1.0), &num.fmt(Style::Money, 3.0));
        kept.push((t, currency, locale.to_owned(), m));
        m
    })
}

/// A number of months to one decimal ("9.7 months"), or "never".
pub fn months(num: &Numbers, t: &Texts, m: Option<f64>) -> String {
    m.map_or_else(|| t.never.to_owned(), |m| [num.fmt(Style::Decimal(1), m).as_str(), " ", t.months].concat())
}

/// The case's return per unit spent beside the "$3 per $1" claim, in words (`claim_return`), or
/// that there is none to compare; the ratio to the cent.
pub fn claim_return(num: &Numbers, t: &Texts, per_unit: Option<f64>) -> String {
    match per_unit {
        Some(r) => fill_values(t.claim_return, &[&per_unit_text(num, r), &num.fmt(Style::Amount, 1.0), &num.fmt(Style::Amount, 3.0)]),
        None => t.claim_no_return.to_owned(),
    }
}

/// A return per unit spent as money to the cent ("$3.77").
pub fn per_unit_text(num: &Numbers, r: f64) -> String {
    num.fmt(Style::Amount, (r * 100.0).round() / 100.0)
}
