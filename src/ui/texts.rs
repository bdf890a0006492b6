//! The language packs: registered as they load (boot.js fetches the first with the wasm), and
//! fetched when the person switches language.

use crate::text::{Lang, Texts};
use std::cell::{Cell, RefCell};

thread_local! {
    static LOADED: RefCell<[Option<&'static Texts>; 4]> = const { RefCell::new([None; 4]) };
    /// The language on screen, for the crash notice (which cannot reach the app's state).
    static CURRENT: Cell<Option<&'static Texts>> = const { Cell::new(None) };
}

pub fn register(lang: Lang, t: &'static Texts) {
    LOADED.with(|l| l.borrow_mut()[lang as usize] = Some(t));
}

pub fn loaded(lang: Lang) -> Option<&'static Texts> {
    LOADED.with(|l| l.borrow()[lang as usize])
}

pub fn set_current(t: &'static Texts) {
    CURRENT.with(|c| c.set(Some(t)));
}

pub fn current() -> Option<&'static Texts> {
    CURRENT.with(Cell::get)
}

/// The pack's address, beside the page.
pub fn url(lang: Lang) -> String {
    let mut url = String::from("i18n/");
    url.push_str(lang.code());
    url.push_str(".txt");
    url
}
