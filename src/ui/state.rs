//! The app's state as Yew holds it: `crate::state` is the state and its pure reducer; this is the
//! one `Reducible` the app's `use_reducer` keeps.

pub use crate::state::*;
use std::rc::Rc;
use yew::Reducible;

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        AppState::reduce(self, action)
    }
}
