//! The app shell: header, calculator tabs (keyboard-operable, WAI-ARIA tabs), the active page.

use super::case::BusinessCasePage;
use super::metrics::MetricsPage;
use super::payback::PaybackCalculator;
use super::retention::RetentionCalculator;
use super::sources::SourcesPage;
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

/// The page address names the open page (`#case`), so a link or a bookmark opens it.
fn tab_from_address() -> Tab {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    Tab::from_key(hash.trim_start_matches('#')).unwrap_or_default()
}

fn show_tab_in_address(tab: Tab) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let mut url = String::from("#");
        url.push_str(tab.key());
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

#[component]
pub fn App() -> Html {
    let t = &EN;
    let state = use_reducer(|| AppState { tab: tab_from_address(), ..AppState::default() });
    // Keep the address in step with the open page (not on first render: a plain visit stays
    // at a plain address).
    let first = use_mut_ref(|| true);
    use_effect_with(state.tab, move |&tab| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            show_tab_in_address(tab);
        }
    });
    // A fragment typed into the address bar, or Back, opens its page.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
                if let Some(tab) = Tab::from_key(hash.trim_start_matches('#')) {
                    state.dispatch(Action::SelectTab(tab));
                }
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
