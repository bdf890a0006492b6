//! The app shell: header and toolbar (language, currency, undo, copy link, demo mode), notices,
//! the page tabs (keyboard-operable WAI-ARIA tabs), the open page, keyboard shortcuts, and the
//! address and host-page events that follow the state.

use super::dispatch::{send, send_value, State};
use super::markup::Markup;
use super::state::{Action, AppState, Notice, Tab};
use super::{browser, events, format, link, texts};
use crate::forms::scenario::Scenario;
use crate::text::{Currency, Lang, Texts};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The state the page starts from (language, link, mode).
    pub start: AppState,
}

/// Move keyboard focus to the element with `id`, if it exists.
pub fn focus(id: &str) {
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

pub fn fragment() -> String {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_owned()
}

fn write_address(fragment: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let mut url = String::with_capacity(fragment.len() + 1);
        url.push('#');
        url.push_str(fragment);
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

thread_local! {
    /// The address waiting to be written, while a write is scheduled.
    static PENDING: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Keep the scenario in the address, so reload, bookmark and "copy link" all reproduce it.
/// Written at most every 200 ms: typing stays fast, and browsers throttle frequent writes.
fn show_in_address(fragment: String) {
    let scheduled = PENDING.with(|p| p.borrow_mut().replace(fragment).is_some());
    if scheduled {
        return;
    }
    let write = wasm_bindgen::closure::Closure::once_into_js(|| {
        if let Some(f) = PENDING.with(|p| p.borrow_mut().take()) {
            write_address(&f);
        }
    });
    let timer = web_sys::window().map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(write.unchecked_ref(), 200));
    if !matches!(timer, Some(Ok(_))) {
        if let Some(f) = PENDING.with(|p| p.borrow_mut().take()) {
            write_address(&f);
        }
    }
}

/// The field names of values that could not be restored, for a notice.
fn skipped_names(t: &Texts, keys: &[&'static str]) -> String {
    let mut s = String::new();
    for (i, key) in keys.iter().enumerate() {
        s.push_str(if i == 0 { " " } else { ", " });
        let label = ["retention", "payback", "case"].iter().find_map(|scope| t.field_in(scope, key));
        s.push_str(label.map_or(t.notice_unknown_part, |f| f.label));
    }
    s
}

/// The notice at the top of the page, with a way to dismiss it.
fn notice(t: &Texts, state: &State) -> Html {
    let Some(n) = &state.notice else { return Html::default() };
    let text = match n {
        Notice::LinkNewer => t.notice_newer.to_owned(),
        Notice::LinkDamaged => t.notice_damaged.to_owned(),
        Notice::Partial(keys) => t.notice_partial.to_owned() + &skipped_names(t, keys),
        Notice::FileRefused => t.notice_file_refused.to_owned(),
        Notice::StorageOff => t.notice_storage_off.to_owned(),
        Notice::StorageFull => t.notice_storage_full.to_owned(),
        Notice::StorageDamaged(n) => t.notice_storage_damaged.replace("{n}", &n.to_string()),
        Notice::Saved(name) => t.notice_saved.replace("{name}", name),
        Notice::Opened(name) => t.notice_opened.replace("{name}", name),
        Notice::Copied => t.notice_copied.to_owned(),
        Notice::CopyFailed => t.notice_copy_failed.to_owned(),
    };
    html! {
        <div class="notice" role="status" data-testid="notice">
            <p>{ text }</p>
            <button type="button" class="link" onclick={send(state, Action::DismissNotice)}>{ t.dismiss }</button>
        </div>
    }
}

/// The name, what it is for, and the promise that nothing leaves the page.
fn title(t: &Texts) -> Html {
    let mut m = Markup::default();
    m.raw("<div>").el("h1", "", t.app_title).el("p", "tagline", t.tagline).el("p", "privacy", t.privacy).raw("</div>");
    m.html()
}

fn toolbar(t: &Texts, state: &State) -> Html {
    let demo = state.mode.demo;
    html! {
        <div class="toolbar">
            <label class="inline" for="language">{ t.language }</label>
            <select id="language" data-testid="language" onchange={send_value(state, "language".into(), |v| Lang::from_tag(&v).map(Action::SetLanguage))}>
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={*l == state.lang}>{ l.name() }</option>
                }) }
            </select>
            <label class="inline" for="currency">{ t.currency }</label>
            <select id="currency" data-testid="currency" onchange={send_value(state, "currency".into(), |v| Currency::from_code(&v).map(Action::SetCurrency))}>
                { for Currency::ALL.iter().map(|c| html! {
                    <option value={c.code()} selected={*c == state.currency}>{ c.code() }</option>
                }) }
            </select>
            <button type="button" class="tool" data-testid="undo" disabled={!state.history.can_undo()}
                onclick={send(state, Action::Undo)} aria-keyshortcuts="Alt+Z">{ t.undo }</button>
            <button type="button" class="tool" data-testid="copy-link" onclick={send(state, Action::CopyLink)}>{ t.copy_link }</button>
            <button type="button" class="tool" data-testid="demo" aria-pressed={if demo { "true" } else { "false" }}
                onclick={send(state, Action::ToggleDemo)} aria-keyshortcuts="Alt+D">{ t.demo_mode }</button>
        </div>
    }
}

/// What an answer from `browser.js` means for the state.
fn answer(state: &State, kind: u32, value: JsValue) {
    match kind {
        browser::kind::COPIED => state.dispatch(Action::Notify(if value.is_truthy() { Notice::Copied } else { Notice::CopyFailed })),
        browser::kind::FILE => match value.as_string() {
            Some(text) => state.dispatch(match Scenario::from_json(&text, state.lang.notation()) {
                Ok(opened) => Action::Open(opened),
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

/// Alt+1…7 open a page, Alt+[ and Alt+] the previous or next saved scenario, Alt+Z undoes,
/// Alt+R resets the open calculator, Alt+D toggles demo mode. Physical keys (`code`), so they
/// work on any keyboard layout; always with Alt, so typing is never taken over.
fn shortcut(state: &State, e: &KeyboardEvent) -> bool {
    if !e.alt_key() || e.ctrl_key() || e.meta_key() {
        return false;
    }
    let code = e.code();
    if let Some(d) = code.strip_prefix("Digit").and_then(|d| d.parse::<usize>().ok()) {
        match Tab::ALL.get(d.wrapping_sub(1)) {
            Some(&tab) => state.dispatch(Action::SelectTab(tab)),
            None => return false,
        }
        return true;
    }
    match code.as_str() {
        "KeyZ" => state.dispatch(Action::Undo),
        "KeyR" => state.dispatch(Action::Reset(state.tab)),
        "KeyD" => state.dispatch(Action::ToggleDemo),
        "BracketRight" => state.dispatch(Action::Step(1)),
        "BracketLeft" => state.dispatch(Action::Step(-1)),
        _ => return false,
    }
    true
}

#[component]
pub fn App(props: &Props) -> Html {
    let state = use_reducer(|| props.start.clone());
    let t = state.t;
    texts::set_current(t);
    format::configure(&state.locale(), state.currency.code());
    // The address follows every change (not the first render: a plain visit keeps a plain
    // address, and a damaged link stays visible until the person changes something).
    {
        let first = use_mut_ref(|| true);
        use_effect_with(link::encode(&state), move |encoded| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                show_in_address(encoded.clone());
            }
        });
    }
    // Once: answers from the browser, a link or page name typed into the address bar (or Back),
    // and the keyboard shortcuts, for the life of the page.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let sink = {
                let state = state.clone();
                Closure::<dyn Fn(u32, JsValue)>::new(move |kind, value| answer(&state, kind, value))
            };
            browser::listen(&sink);
            let on_hash = {
                let state = state.clone();
                Closure::<dyn Fn()>::new(move || state.dispatch(Action::OpenFragment(fragment())))
            };
            let on_key = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
                if shortcut(&state, &e) {
                    e.prevent_default();
                }
            });
            if let Some(w) = web_sys::window() {
                let _ = w.add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
                let _ = w.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
            }
            sink.forget();
            on_hash.forget();
            on_key.forget();
        });
    }
    // A lever card asked for a helper: bring it into view once the metrics page is on screen.
    use_effect_with(state.open_helper, |open| {
        if let Some(id) = *open {
            super::metrics::show_helper(id);
        }
    });
    events::use_host_events(&state);
    let tab_button = |tab: Tab| {
        let selected = state.tab == tab;
        // Arrow keys, Home and End move between tabs, as the WAI-ARIA tabs pattern expects.
        let onkeydown = {
            let state = state.clone();
            Callback::from(move |e: KeyboardEvent| {
                let i = Tab::ALL.iter().position(|&x| x == tab).unwrap_or(0);
                let n = Tab::ALL.len();
                let next = match e.key().as_str() {
                    "ArrowRight" => Tab::ALL[(i + 1) % n],
                    "ArrowLeft" => Tab::ALL[(i + n - 1) % n],
                    "Home" => Tab::ALL[0],
                    "End" => Tab::ALL[n - 1],
                    _ => return,
                };
                e.prevent_default();
                state.dispatch(Action::SelectTab(next));
                focus(&["tab-", next.key()].concat());
            })
        };
        let name = tab.key();
        html! {
            <button type="button" role="tab" class="tab" id={["tab-", name].concat()}
                data-testid={["tab-", name].concat()} aria-controls={["panel-", name].concat()}
                aria-selected={if selected { "true" } else { "false" }}
                tabindex={if selected { "0" } else { "-1" }} onclick={send(&state, Action::SelectTab(tab))} {onkeydown}>
                { tab.label(t) }
            </button>
        }
    };
    let page = match state.tab {
        Tab::Retention => super::retention::retention_page(&state),
        Tab::Payback => super::payback::payback_page(&state),
        Tab::Case => super::case::case_page(&state),
        Tab::Metrics => super::metrics::metrics_page(&state),
        Tab::Scenarios => super::scenarios::scenarios_page(&state),
        Tab::Report => super::report::report_page(&state),
        Tab::Sources => super::sources::sources_page(&state),
    };
    if state.mode.embed.is_some() {
        return html! { <div class="app embed">{ notice(t, &state) }{ page }</div> };
    }
    html! {
        <div class={if state.mode.demo { "app demo" } else { "app" }}>
            <header class="app-header">
                { title(t) }
                { toolbar(t, &state) }
                if state.mode.demo {
                    <p class="shortcuts" data-testid="shortcuts">{ t.shortcuts }</p>
                }
            </header>
            { notice(t, &state) }
            <nav class="tabs" role="tablist" aria-label={t.calculators}>
                { for Tab::ALL.into_iter().map(tab_button) }
            </nav>
            { page }
        </div>
    }
}
