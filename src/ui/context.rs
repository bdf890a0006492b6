//! What every component may read without it being passed down: the language's texts and the
//! number format, and where its events go.

use super::effect::Effect;
use super::format::Numbers;
use super::state::Action;
use crate::finance::input::Notation;
use crate::text::{Currency, Lang, Texts};
use std::rc::Rc;
use yew::prelude::*;

/// The texts on screen, how amounts are shown, and where events go: `act` changes the state
/// (the reducer), `run` touches the world outside the app first (storage, clipboard, files,
/// downloads; see `effects`). The two callbacks are made once for the page; the rest changes
/// with the language or the currency, and then every component that reads it renders again.
#[derive(Clone, PartialEq)]
pub struct Ui {
    pub t: &'static Texts,
    pub lang: Lang,
    /// Embedded in another page (`?embed=`): one calculator, no chrome.
    pub embedded: bool,
    pub currency: Currency,
    pub locale: Rc<str>,
    /// How numbers are shown: the locale and currency on screen.
    pub num: Numbers,
    pub act: Callback<Action>,
    pub run: Callback<Effect>,
}

impl Ui {
    /// How numbers are typed in the language on screen.
    pub fn notation(&self) -> Notation {
        self.lang.notation()
    }

    /// A callback that ignores its event and sends `action`.
    pub fn on<E>(&self, action: Action) -> Callback<E> {
        let act = self.act.clone();
        Callback::from(move |_| act.emit(action.clone()))
    }

    /// A callback that ignores its event and runs `effect`.
    pub fn on_effect<E>(&self, effect: Effect) -> Callback<E> {
        let run = self.run.clone();
        Callback::from(move |_| run.emit(effect.clone()))
    }
}

/// The texts, number format and event sinks (provided by `App`).
#[hook]
pub fn use_ui() -> Ui {
    use_context::<Ui>().expect("App provides Ui")
}
