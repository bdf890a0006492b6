//! From the page to `Action`s. Buttons, checkboxes, selects and forms carry a command in
//! `data-act` (with `data-arg`); the app root listens once for clicks, changes and submits and
//! turns the command into an action. One listener per kind of event for the whole app keeps
//! the wasm small and lets display-only parts be plain markup with working buttons. Number
//! fields, whose value the state controls, have their own `oninput`.

use super::browser::{self, value_of};
use super::state::{Action, AppState, Helper, Tab};
use crate::forms::case::{Industry, BUSINESS_CASE};
use crate::forms::json::MAX_BYTES;
use crate::forms::RETENTION;
use crate::text::{Currency, Lang};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

pub type State = UseReducerHandle<AppState>;

/// The switch key `key` of page `tab`'s form, as the form knows it.
fn switch_key(tab: Tab, key: &str) -> Option<&'static str> {
    let switches = match tab {
        Tab::Retention => RETENTION.switches,
        Tab::Case => BUSINESS_CASE.switches,
        _ => &[],
    };
    switches.iter().map(|&(k, _)| k).find(|&k| k == key)
}

/// The action a command asks for. `arg` comes with the element, `value` is what the control
/// (or, for a form, the field its `data-arg` names) holds.
fn command(act: &str, arg: String, value: String) -> Option<Action> {
    let tab = || Tab::from_key(&arg);
    let helper = || Helper::ALL.into_iter().find(|h| h.key() == arg);
    Some(match act {
        "tab" => Action::SelectTab(tab()?),
        "reset" => Action::Reset(tab()?),
        "csv" => Action::ExportCsv(tab()?),
        "toggle" => {
            let (page, key) = arg.split_once(':')?;
            let page = Tab::from_key(page)?;
            Action::Toggle(page, switch_key(page, key)?)
        }
        "undo" => Action::Undo,
        "copy-link" => Action::CopyLink,
        "demo" => Action::ToggleDemo,
        "dismiss" => Action::DismissNotice,
        "export-json" => Action::ExportJson,
        "print" => Action::Print,
        "send-helper" => Action::SendHelper(helper()?),
        "open-helper" => Action::OpenHelper(helper()?),
        "open" => Action::OpenSaved(arg),
        "rename" => Action::StartRename(Some(arg)),
        "rename-cancel" => Action::StartRename(None),
        "rename-to" => Action::Rename(value),
        "duplicate" => Action::Duplicate(arg),
        "delete" => Action::AskDelete(Some(arg)),
        "delete-cancel" => Action::AskDelete(None),
        "delete-confirm" => Action::Delete(arg),
        "compare" => Action::ToggleCompare(arg),
        "save" => Action::Save,
        "language" => Action::SetLanguage(Lang::from_tag(&value)?),
        "currency" => Action::SetCurrency(Currency::from_code(&value)?),
        "preset" => Action::ApplyPreset(Industry::from_key(&value)?),
        _ => return None,
    })
}

/// The app root's listener for one kind of event (click, change or submit).
pub fn on_event<E: AsRef<Event> + 'static>(state: &State) -> Callback<E> {
    let state = state.clone();
    Callback::from(move |e: E| handle(&state, e.as_ref()))
}

/// One body for the three listeners (a generic one would be compiled three times).
fn handle(state: &State, e: &Event) {
    let el = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|t| t.closest("[data-act]").ok().flatten());
    let Some(el) = el else { return };
    let kind = e.type_();
    // Buttons act on click; checkboxes, selects and file inputs on change; forms on submit.
    let form = el.tag_name() == "FORM";
    let control = matches!(el.tag_name().as_str(), "INPUT" | "SELECT");
    if (kind == "click") == (form || control) || (kind == "submit") != form {
        return;
    }
    if form {
        e.prevent_default();
    }
    let act = el.get_attribute("data-act").unwrap_or_default();
    let arg = el.get_attribute("data-arg").unwrap_or_default();
    if act == "import" {
        if let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() {
            browser::read_file(&input, MAX_BYTES as u32, browser::kind::FILE);
        }
        return;
    }
    let value = if form {
        value_of(&arg)
    } else {
        js_sys::Reflect::get(&el, &JsValue::from_str("value")).ok().and_then(|v| v.as_string()).unwrap_or_default()
    };
    if let Some(action) = command(&act, arg, value) {
        state.dispatch(action);
    }
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
