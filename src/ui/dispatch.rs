//! Callbacks that dispatch an `Action`. Every button of the app goes through these few
//! functions, so each kind of event compiles to one closure type (a closure per button would
//! each cost its own code in the wasm).

use super::browser::value_of;
use super::state::{Action, AppState, Tab};
use wasm_bindgen::JsValue;
use yew::prelude::*;

pub type State = UseReducerHandle<AppState>;

/// Dispatch `action` (a button, a link, a checkbox).
pub fn send<E: 'static>(state: &State, action: Action) -> Callback<E> {
    let state = state.clone();
    Callback::from(move |_| state.dispatch(action.clone()))
}

/// Dispatch what `make` makes of the value of the control with `id` (a select, or a text field
/// read on submit); `None` dispatches nothing. A form's submit event is not sent on.
pub fn send_value<E: AsRef<Event> + 'static>(state: &State, id: String, make: fn(String) -> Option<Action>) -> Callback<E> {
    let state = state.clone();
    Callback::from(move |e: E| {
        if e.as_ref().type_() == "submit" {
            e.as_ref().prevent_default();
        }
        if let Some(action) = make(value_of(&id)) {
            state.dispatch(action);
        }
    })
}

/// Dispatch what `make` makes of the text typed into the event's input.
pub fn send_text(state: &State, make: fn(String) -> Action) -> Callback<InputEvent> {
    let state = state.clone();
    Callback::from(move |e: InputEvent| {
        let value = e.target().and_then(|t| js_sys::Reflect::get(&t, &JsValue::from_str("value")).ok());
        state.dispatch(make(value.and_then(|v| v.as_string()).unwrap_or_default()));
    })
}

/// Field edits of a calculator page: (index, text) → `Action::Edit`.
pub fn edit(state: &State, tab: Tab) -> Callback<(usize, String)> {
    let state = state.clone();
    Callback::from(move |(i, text)| state.dispatch(Action::Edit(tab, i, text)))
}
