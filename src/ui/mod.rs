//! The Yew user interface: thin components over `crate::forms` and `crate::finance`.

mod app;
mod assumptions;
mod browser;
mod case;
mod chart;
mod crash;
mod dispatch;
mod events;
mod field;
mod format;
mod link;
mod markup;
mod metrics;
mod panel;
mod payback;
mod report;
mod retention;
mod scenarios;
mod source;
mod sources;
mod state;
mod storage;
mod sync;
mod table;
mod texts;
mod tile;

use crate::text::{Currency, Lang, Texts};
use state::{AppState, Mode, Tab};
use wasm_bindgen::prelude::*;

/// The value of `name` in the page's query (`?embed=payback&demo`): plain words only.
fn query(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == name).then(|| v.to_owned())
    })
}

thread_local! {
    /// What `mount` set up, until `render` draws it.
    static READY: std::cell::RefCell<Option<(web_sys::Element, AppState)>> = const { std::cell::RefCell::new(None) };
}

/// Set the app up for `#app` with the language pack boot.js fetched alongside the wasm:
/// texts, link, saved scenarios, the state. Nothing is formatted yet, so boot.js calls this
/// while a new tab's Intl data still loads in a worker, and `render` once it has. Returns false
/// when the page has no `#app` or the pack is not this build's (boot.js then tries English).
/// In Node nothing calls it: the JS API works on its own.
#[wasm_bindgen]
pub fn mount(lang: &str, pack: String) -> bool {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    let (Some(root), Some(t)) = (root, Texts::from_pack(pack)) else { return false };
    let lang = Lang::from_tag(lang).unwrap_or_default();
    texts::register(lang, t);
    texts::set_current(t);
    crash::install();
    let browser = format::browser_locale();
    let mode = Mode {
        embed: query("embed").as_deref().and_then(Tab::from_key).filter(|t| t.embeddable()),
        demo: query("demo").is_some(),
    };
    let currency = query("currency")
        .or_else(|| storage::preference("rox.currency"))
        .and_then(|c| Currency::from_code(&c))
        .unwrap_or_else(|| Currency::for_locale(&browser, lang));
    let start = link::start(AppState::new(t, lang, currency, &browser, mode), &sync::fragment());
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
