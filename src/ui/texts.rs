//! The language on screen, for the crash notice (which cannot reach the app's state), and where
//! a language's pack is (beside the page; `effects` fetches it when the person switches).

use super::format::{Numbers, Style};
use crate::text::{Lang, Texts};
use std::cell::{Cell, RefCell};

thread_local! {
    static CURRENT: Cell<Option<&'static Texts>> = const { Cell::new(None) };
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

pub fn set_current(t: &'static Texts) {
    CURRENT.with(|c| c.set(Some(t)));
}

pub fn current() -> Option<&'static Texts> {
    CURRENT.with(Cell::get)
}

/// The pack's address, beside the page.
pub fn url(lang: Lang) -> String {
    ["i18n/", lang.code(), ".txt"].concat()
}
