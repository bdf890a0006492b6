//! The language on screen, for the crash notice (which cannot reach the app's state), and where
//! a language's pack is (beside the page; `effects` fetches it when the person switches).

pub use super::format::in_money;
use crate::text::{Lang, Texts};
use std::cell::Cell;

thread_local! {
    static CURRENT: Cell<Option<&'static Texts>> = const { Cell::new(None) };
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
