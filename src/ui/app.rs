//! The app shell: header, calculator tabs (keyboard-operable, WAI-ARIA tabs), the active page.

use super::case::BusinessCasePage;
use super::metrics::MetricsPage;
use super::payback::PaybackCalculator;
use super::retention::RetentionCalculator;
use super::sources::SourcesPage;
use super::link;
use super::link::Notice;
use super::state::{Action, AppState, Tab};
use crate::text::{Texts, EN};
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn tab_label(t: &Texts, tab: Tab) -> &'static str {
    match tab {
        Tab::Retention => t.tab_retention,
        Tab::Payback => t.tab_payback,
        Tab::Case => t.tab_case,
        Tab::Metrics => t.tab_metrics,
        Tab::Sources => t.tab_sources,
    }
}

/// Move keyboard focus to the element with `id`, if it exists.
pub fn focus(id: &str) {
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

fn fragment() -> String {
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

/// What could not be restored from the link, with a way to dismiss it.
fn notice(t: &Texts, state: &UseReducerHandle<AppState>) -> Html {
    let Some(n) = &state.notice else { return Html::default() };
    let text = match n {
        Notice::Newer => t.notice_newer.to_owned(),
        Notice::Damaged => t.notice_damaged.to_owned(),
        Notice::Partial(keys) => {
            let mut s = String::from(t.notice_partial);
            for (i, key) in keys.iter().enumerate() {
                s.push_str(if i == 0 { " " } else { ", " });
                let label = ["retention", "payback", "case"].iter().find_map(|scope| t.field_in(scope, key));
                s.push_str(label.map_or(t.notice_unknown_part, |f| f.label));
            }
            s
        }
    };
    let ondismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissNotice))
    };
    html! {
        <div class="notice" role="status" data-testid="link-notice">
            <p>{ text }</p>
            <button type="button" class="link" onclick={ondismiss}>{ t.dismiss }</button>
        </div>
    }
}

#[component]
pub fn App() -> Html {
    let t = &EN;
    let state = use_reducer(|| link::state_from(&fragment()));
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
    // A link or page name typed into the address bar, or Back, opens it.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                state.dispatch(Action::OpenFragment(fragment()));
            });
            if let Some(w) = web_sys::window() {
                let _ = w.add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
            }
            // The app lives as long as the page: keep the listener for good.
            listener.forget();
        });
    }
    let tab_button = |tab: Tab| {
        let selected = state.tab == tab;
        let onclick = {
            let state = state.clone();
            Callback::from(move |_| state.dispatch(Action::SelectTab(tab)))
        };
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
                focus(&format!("tab-{}", next.key()));
            })
        };
        let name = tab.key();
        html! {
            <button type="button" role="tab" class="tab" id={format!("tab-{name}")}
                data-testid={format!("tab-{name}")} aria-controls={format!("panel-{name}")}
                aria-selected={if selected { "true" } else { "false" }}
                tabindex={if selected { "0" } else { "-1" }} {onclick} {onkeydown}>
                { tab_label(t, tab) }
            </button>
        }
    };
    html! {
        <div class="app">
            <header class="app-header">
                <h1>{ t.app_title }</h1>
                <p class="tagline">{ t.tagline }</p>
                <p class="privacy">{ t.privacy }</p>
            </header>
            { notice(t, &state) }
            <nav class="tabs" role="tablist" aria-label={t.calculators}>
                { for Tab::ALL.into_iter().map(tab_button) }
            </nav>
            {
                match state.tab {
                    Tab::Retention => html! { <RetentionCalculator state={state.clone()} /> },
                    Tab::Payback => html! { <PaybackCalculator state={state.clone()} /> },
                    Tab::Case => html! { <BusinessCasePage state={state.clone()} /> },
                    Tab::Metrics => html! { <MetricsPage state={state.clone()} /> },
                    Tab::Sources => html! { <SourcesPage /> },
                }
            }
        </div>
    }
}
