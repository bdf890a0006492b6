//! The language on screen, for the crash notice (which cannot reach the app's state), and where
//! a language's pack is (beside the page; `effects` fetches it when the person switches).

use super::format::{fmt, Style};
use crate::text::{Lang, Texts};
use std::cell::{Cell, RefCell};

thread_local! {
    static CURRENT: Cell<Option<&'static Texts>> = const { Cell::new(None) };
    /// Packs with money in a currency (`in_money`), by pack and how 1 is written.
    static IN_MONEY: RefCell<Vec<(*const Texts, String, &'static Texts)>> = const { RefCell::new(Vec::new()) };
}

/// `t` with money named as the page writes it now (`Texts::with_money`; `format::configure`
/// first), made once per pack and currency.
pub fn in_money(t: &'static Texts) -> &'static Texts {
    let one = fmt(Style::Money, 1.0);
    IN_MONEY.with(|kept| {
        let mut kept = kept.borrow_mut();
        if let Some((_, _, m)) = kept.iter().find(|(p, o, _)| std::ptr::eq(*p, t) && *o == one) {
            return *m;
        }
        let m = t.with_money(&one, &fmt(Style::Money, 3.0));
        kept.push((t, one, m));
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
