//! From the page to `Action`s. Buttons, text fields, checkboxes, selects and forms carry a
//! command in `data-act` (with `data-arg`); the app root listens once for clicks, input,
//! changes and submits and turns the command into an action. One listener per kind of event
//! for the whole app keeps the wasm small and lets display-only parts be plain markup with
//! working buttons. (Number fields are markup too, in held regions — see `markup`; the few name
//! fields are Yew nodes whose value follows the state.)

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
    let helper = || Helper::from_key(&arg);
    Some(match act {
        "tab" => Action::SelectTab(tab()?),
        "reset" => Action::Reset(tab()?),
        "csv" => Action::ExportCsv(tab()?),
        "toggle" => {
            let (page, key) = arg.split_once(':')?;
            let page = Tab::from_key(page)?;
            Action::Toggle(page, switch_key(page, key)?)
        }
        // A field of a page's form or of a helper: `data-arg` is "<page or helper>:<index>".
        "edit" => {
            let (target, i) = arg.rsplit_once(':')?;
            let i = i.parse().ok()?;
            match (Tab::from_key(target), Helper::from_key(target)) {
                (Some(tab), _) => Action::Edit(tab, i, value),
                (_, Some(helper)) => Action::EditHelper(helper, i, value),
                _ => return None,
            }
        }
        "draft-name" => Action::SetDraftName(value),
        "prepared-for" => Action::SetPreparedFor(value),
        "prepared-by" => Action::SetPreparedBy(value),
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

/// Commands from buttons, fields, checkboxes, selects and forms anywhere in the app: one
/// listener on the app's root for each of click, input, change and submit, added once (see
/// `sync::start`) rather than through Yew's listener registry.
pub fn handle(state: &State, e: &Event) {
    let kind = e.type_();
    // No form here is sent anywhere: results follow every keystroke, and a save form acts below.
    if kind == "submit" {
        e.prevent_default();
    }
    let el = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|t| t.closest("[data-act]").ok().flatten());
    let Some(el) = el else { return };
    // Buttons act on click; text fields on input; checkboxes, selects and file inputs on
    // change; forms on submit.
    let tag = el.tag_name();
    let form = tag == "FORM";
    let text = tag == "INPUT" && el.get_attribute("type").as_deref() == Some("text");
    let wanted = match () {
        _ if form => "submit",
        _ if text => "input",
        _ if tag == "INPUT" || tag == "SELECT" => "change",
        _ => "click",
    };
    if kind != wanted {
        return;
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

