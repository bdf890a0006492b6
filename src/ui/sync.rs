//! The world outside the app, kept in line with the state. After every render one effect
//! updates the address, the document's language, the events a host page listens to, the helper
//! a lever asked for, and keyboard focus; on the first it also starts listening (answers from
//! `browser.js`, the address bar, keyboard shortcuts). One effect for all of it, rather than one
//! per concern, because each differently typed hook is code of its own in the wasm.

use super::browser;
use super::dispatch::State;
use super::events::{detail, headline};
use super::state::{Action, Helper, Notice, Tab};
use super::{link, texts};
use crate::forms::scenario::Scenario;
use crate::text::{Lang, Texts};
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// What the outside world was told last.
#[derive(Default)]
pub struct Seen {
    started: bool,
    address: String,
    lang: &'static str,
    tab: Option<Tab>,
    results: Vec<(&'static str, Option<f64>)>,
    open_helper: Option<Helper>,
    /// The stage drawn last (see `AppState::stage`).
    stage: Option<u8>,
}

thread_local! {
    /// An element to focus after the next render (the tab the arrow keys moved to).
    static FOCUS_NEXT: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Move keyboard focus to the element with `id`, if it exists.
pub fn focus(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The id of the focused element ("" for none).
fn focused() -> String {
    document().and_then(|d| d.active_element()).map(|el| el.id()).unwrap_or_default()
}

pub fn fragment() -> String {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_owned()
}

/// What an answer from `browser.js` means for the state.
fn answer(state: &State, kind: u32, value: JsValue) {
    match kind {
        browser::kind::PAINTED => state.dispatch(Action::DrawMore),
        browser::kind::COPIED => state.dispatch(Action::Notify(if value.is_truthy() { Notice::Copied } else { Notice::CopyFailed })),
        browser::kind::FILE => match value.as_string() {
            Some(text) => state.dispatch(match Scenario::from_json(&text, state.lang.notation()) {
                Ok(opened) => Action::Open(std::rc::Rc::new(opened)),
                Err(_) => Action::Notify(Notice::FileRefused),
            }),
            None if value.is_null() => {}
            None => state.dispatch(Action::Notify(Notice::FileRefused)),
        },
        k => {
            let lang = Lang::ALL.into_iter().find(|l| k == browser::kind::TEXT + *l as u32);
            if let (Some(lang), Some(t)) = (lang, value.as_string().and_then(Texts::from_pack)) {
                texts::register(lang, t);
                state.dispatch(Action::TextsLoaded(lang, t));
            }
        }
    }
}

/// Keys: Alt+1…7 open a page, Alt+[ and Alt+] the previous or next saved scenario, Alt+Z
/// undoes, Alt+R resets the open calculator, Alt+D toggles demo mode — physical keys (`code`),
/// so they work on any layout, always with Alt, so typing is never taken over. On a page tab,
/// the arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern).
fn key(state: &State, e: &KeyboardEvent) -> bool {
    let on_tab = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| el.get_attribute("role").as_deref() == Some("tab"));
    if on_tab && !e.alt_key() {
        let i = Tab::ALL.iter().position(|&x| x == state.tab).unwrap_or(0);
        let n = Tab::ALL.len();
        let next = match e.key().as_str() {
            "ArrowRight" => Tab::ALL[(i + 1) % n],
            "ArrowLeft" => Tab::ALL[(i + n - 1) % n],
            "Home" => Tab::ALL[0],
            "End" => Tab::ALL[n - 1],
            _ => return false,
        };
        FOCUS_NEXT.with(|f| *f.borrow_mut() = Some(["tab-", next.key()].concat()));
        state.dispatch(Action::SelectTab(next));
        return true;
    }
    if !e.alt_key() || e.ctrl_key() || e.meta_key() {
        return false;
    }
    let code = e.code();
    let action = match code.as_str() {
        "KeyZ" => Action::Undo,
        "KeyR" => Action::Reset(state.tab),
        "KeyD" => Action::ToggleDemo,
        "BracketRight" => Action::Step(1),
        "BracketLeft" => Action::Step(-1),
        _ => match code.strip_prefix("Digit").and_then(|d| d.parse::<usize>().ok()).and_then(|d| Tab::ALL.get(d.wrapping_sub(1))) {
            Some(&tab) => Action::SelectTab(tab),
            None => return false,
        },
    };
    state.dispatch(action);
    true
}

/// Listen, for the life of the page: answers from the browser, a link or page name typed into
/// the address bar (or Back), and the keyboard.
fn start(state: &State) {
    let sink = {
        let state = state.clone();
        Closure::<dyn Fn(u32, JsValue)>::new(move |kind, value| answer(&state, kind, value))
    };
    browser::listen(&sink);
    let on_hash = {
        let state = state.clone();
        Closure::<dyn Fn()>::new(move || state.dispatch(Action::OpenFragment(fragment())))
    };
    let on_key = {
        let state = state.clone();
        Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
            if key(&state, &e) {
                e.prevent_default();
            }
        })
    };
    let on_command = {
        let state = state.clone();
        Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| super::dispatch::handle(&state, &e))
    };
    if let Some(root) = document().and_then(|d| d.get_element_by_id("app")) {
        for kind in ["click", "input", "change", "submit"] {
            let _ = root.add_event_listener_with_callback(kind, on_command.as_ref().unchecked_ref());
        }
    }
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
        let _ = w.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
    }
    sink.forget();
    on_hash.forget();
    on_key.forget();
    on_command.forget();
}

/// Bring the outside world in line with `state`; `was_focused` is the id that had the focus
/// before this render.
fn sync(seen: &mut Seen, state: &State, was_focused: &str) {
    if let Some(doc) = document() {
        super::markup::apply_regions(&doc);
    }
    // The address follows every change, but not the first render: a plain visit keeps a plain
    // address, and a damaged link stays visible until the person changes something.
    let address = link::encode(state);
    if seen.started && address != seen.address {
        // So reload, bookmark and "copy link" all reproduce it (written at most every 200 ms).
        browser::show_address(&address);
    }
    seen.address = address;
    if !seen.started {
        seen.started = true;
        start(state);
    }
    // Once a stage's frame is on screen, the next is drawn.
    if seen.stage != Some(state.stage) {
        seen.stage = Some(state.stage);
        if !state.complete() {
            browser::after_paint(browser::kind::PAINTED);
        }
    }
    if seen.lang != state.lang.code() {
        seen.lang = state.lang.code();
        if let Some(root) = document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", seen.lang);
        }
    }
    if seen.tab != Some(state.tab) {
        seen.tab = Some(state.tab);
        browser::emit("rox:opened", &detail(state, &[]));
    }
    let results = headline(state);
    if results != seen.results {
        if !results.is_empty() {
            browser::emit("rox:result", &detail(state, &results));
        }
        seen.results = results;
    }
    if state.open_helper != seen.open_helper {
        seen.open_helper = state.open_helper;
        if let Some(id) = state.open_helper {
            super::metrics::show_helper(id);
        }
    }
    keep_focus(was_focused);
}

/// Markup that held the focused control (a button, a select) is replaced when what it shows
/// changes: put the focus back on the control with the same id, on the tab the arrow keys moved
/// to, or on the first control of a form that opened in its place (rename, confirm delete), so
/// keyboard and screen reader users keep their place.
fn keep_focus(was_focused: &str) {
    let Some(doc) = document() else { return };
    if let Some(id) = FOCUS_NEXT.with(|f| f.borrow_mut().take()) {
        return focus(&id);
    }
    if doc.active_element().is_some_and(|el| el.tag_name() != "BODY") {
        return;
    }
    if !was_focused.is_empty() && doc.get_element_by_id(was_focused).is_some() {
        return focus(was_focused);
    }
    if let Ok(Some(el)) = doc.query_selector("#rename-input, [data-testid=confirm-delete]") {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Run `sync` after every render.
#[hook]
pub fn use_sync(state: &State) {
    let seen = use_mut_ref(Seen::default);
    let was_focused = focused();
    let state = state.clone();
    use_effect(move || sync(&mut seen.borrow_mut(), &state, &was_focused));
}
