//! The Yew user interface: function components over `crate::forms` and `crate::finance`. Data
//! flows one way — event → `Action` → reducer (`state`) → props → components — and everything
//! that touches the browser lives in `effects` (see docs/architecture.md).

mod app;
mod browser;
mod case;
mod chart;
mod chrome;
mod context;
mod crash;
mod effect;
mod effects;
mod events;
mod field;
mod files;
mod fold;
mod format;
mod metrics;
mod panel;
mod panels;
mod payback;
mod peek;
mod realisation;
mod report;
mod retention;
mod scenarios;
mod source;
mod sources;
mod state;
mod storage;
mod table;
mod texts;
mod tile;
mod years;

use crate::state::link;
use crate::text::{Currency, Lang, Texts};
use state::{AppState, Mode, Tab};
use wasm_bindgen::prelude::*;

/// The value of `name` in a query (`?embed=payback&demo`): plain words only.
fn query(search: &str, name: &str) -> Option<String> {
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == name).then(|| v.to_owned())
    })
}

thread_local! {
    /// What `mount` set up, until `render` draws it.
    static READY: std::cell::RefCell<Option<(web_sys::Element, AppState)>> = const { std::cell::RefCell::new(None) };
}

/// The state a page starts from: texts from the pack, embed and demo mode and the currency from
/// the query (`search`), the scenario from the link in `fragment`.
fn start(lang: &str, pack: String, browser: &str, search: &str, fragment: &str) -> Option<AppState> {
    let t = Texts::from_pack(pack)?;
    let lang = Lang::from_tag(lang).unwrap_or_default();
    texts::set_current(t);
    let mode = Mode { embed: query(search, "embed").as_deref().and_then(Tab::from_key).filter(|t| t.embeddable()), demo: query(search, "demo").is_some() };
    let currency = query(search, "currency")
        .or_else(|| storage::preference("rox.currency"))
        .and_then(|c| Currency::from_code(&c))
        .unwrap_or_else(|| Currency::for_locale(browser, lang));
    Some(link::start(AppState::new(t, lang, currency, browser, mode), fragment))
}

/// Set the app up for `#app` with the language pack boot.js fetched alongside the wasm (its
/// bytes: one copy into wasm memory, where a string would be re-encoded a character at a time):
/// texts, link, saved scenarios, the state; `render` draws it in a task of its own. Returns false
/// when the page has no `#app` or the pack is not this build's (boot.js then tries English).
/// In Node nothing calls it: the JS API works on its own.
#[wasm_bindgen]
pub fn mount(lang: &str, pack: Vec<u8>) -> bool {
    let Ok(pack) = String::from_utf8(pack) else { return false };
    let Some(window) = web_sys::window() else { return false };
    let Some(root) = window.document().and_then(|d| d.get_element_by_id("app")) else { return false };
    crash::install();
    let search = window.location().search().unwrap_or_default();
    let Some(start) = start(lang, pack, &format::browser_locale(), &search, &effects::fragment()) else { return false };
    READY.with(|r| *r.borrow_mut() = Some((root, start)));
    true
}

/// Draw what `mount` set up: Yew's first render (boot.js calls it in a task of its own).
#[wasm_bindgen]
pub fn render() {
    if let Some((root, start)) = READY.with(|r| r.borrow_mut().take()) {
        yew::Renderer::<app::App>::with_root_and_props(root, app::Props { start }).render();
    }
}

/// Test hook: panics on purpose, so end-to-end tests can check that the page shows the
/// "something went wrong — reload" notice and that reloading brings the scenario back.
#[wasm_bindgen(js_name = __testPanic)]
pub fn test_panic() {
    panic!("test panic requested through __testPanic");
}
