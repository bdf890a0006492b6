//! The app shell: header, calculator tabs (keyboard-operable), the active calculator.

use super::payback::PaybackCalculator;
use super::retention::RetentionCalculator;
use super::state::{Action, AppState, Tab};
use crate::text::EN;
use yew::prelude::*;

const TABS: [(Tab, &str); 2] = [(Tab::Retention, "retention"), (Tab::Payback, "payback")];

#[component]
pub fn App() -> Html {
    let t = &EN;
    let state = use_reducer(AppState::default);
    let tab_button = |(tab, name): (Tab, &'static str)| {
        let selected = state.tab == tab;
        let onclick = {
            let state = state.clone();
            Callback::from(move |_| state.dispatch(Action::SelectTab(tab)))
        };
        // Arrow keys move between tabs, as the WAI-ARIA tabs pattern expects.
        let onkeydown = {
            let state = state.clone();
            Callback::from(move |e: KeyboardEvent| {
                let next = match (e.key().as_str(), tab) {
                    ("ArrowRight" | "ArrowLeft", Tab::Retention) => Tab::Payback,
                    ("ArrowRight" | "ArrowLeft", Tab::Payback) => Tab::Retention,
                    _ => return,
                };
                e.prevent_default();
                state.dispatch(Action::SelectTab(next));
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(if next == Tab::Retention { "tab-retention" } else { "tab-payback" }))
                {
                    use wasm_bindgen::JsCast;
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            })
        };
        let label = if tab == Tab::Retention { t.tab_retention } else { t.tab_payback };
        html! {
            <button type="button" role="tab" class="tab" id={format!("tab-{name}")}
                data-testid={format!("tab-{name}")} aria-controls={format!("panel-{name}")}
                aria-selected={if selected { "true" } else { "false" }}
                tabindex={if selected { "0" } else { "-1" }} {onclick} {onkeydown}>
                { label }
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
                { for TABS.into_iter().map(tab_button) }
            </nav>
            if state.tab == Tab::Retention {
                <RetentionCalculator state={state.clone()} />
            } else {
                <PaybackCalculator state={state.clone()} />
            }
        </div>
    }
}
