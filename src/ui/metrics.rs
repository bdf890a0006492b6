//! The CX metric helpers page: one card per helper, each with its answer and a button that
//! sends it into the business case.

use super::field::fields;
use super::format::{fmt, raw, Style};
use super::source::source;
use super::state::{Action, AppState, Helper};
use crate::forms::metrics::HelperView;
use crate::forms::Unit;
use crate::text::EN;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

fn style(unit: Unit) -> Style {
    match unit {
        Unit::Money => Style::Money,
        Unit::Percent => Style::Percent,
        _ => Style::Decimal(1),
    }
}

fn card(form: &dyn HelperView, id: Helper, state: &UseReducerHandle<AppState>) -> Html {
    let t = &EN;
    let text = &t.helpers[id as usize];
    let key = id.key();
    let onedit = {
        let state = state.clone();
        Callback::from(move |(i, text)| state.dispatch(Action::EditHelper(id, i, text)))
    };
    let onsend = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::SendHelper(id)))
    };
    let stale = form.is_stale();
    // Problems on inputs without a field of their own (e.g. "no answers at all").
    let orphan = form.orphan_problem().map(|(_, p)| t.problem(p));
    let counts = form.specs().len() > 4;
    html! {
        <article class={classes!("helper", counts.then_some("helper-wide"))} id={format!("helper-{key}")} data-testid={format!("helper-{key}")}>
            <h3>{ text.title }</h3>
            <p class="intro">{ text.what }</p>
            <div class={classes!("helper-inputs", counts.then_some("counts"))}>
                { fields(form, id.scope(), |_| true, &onedit) }
            </div>
            if let Some(message) = orphan {
                <p class="error" role="alert" data-testid={format!("helper-{key}-error")}>{ message }</p>
            }
            <div class={classes!("helper-answer", stale.then_some("stale"))}>
                if let Some(a) = form.answer() {
                    <span class="tile-value" data-testid={format!("helper-{key}-value")} data-value={raw(Some(a.value))}>
                        { fmt(style(a.unit), a.value) }
                    </span>
                    <button type="button" class="reset" disabled={stale} onclick={onsend}
                        data-testid={format!("helper-{key}-send")}>{ t.use_in_case }</button>
                }
            </div>
        </article>
    }
}

#[component]
pub fn MetricsPage(props: &Props) -> Html {
    let t = &EN;
    let state = &props.state;
    let h = &state.helpers;
    // Bring the helper a lever card asked for into view, once it is on screen.
    let open = state.open_helper;
    use_effect_with(open, move |open| {
        if let Some(id) = open {
            let doc = web_sys::window().and_then(|w| w.document());
            let el = doc.and_then(|d| d.get_element_by_id(&format!("helper-{}", id.key())));
            if let Some(el) = el {
                el.scroll_into_view();
                if let Ok(Some(input)) = el.query_selector("input") {
                    if let Ok(input) = input.dyn_into::<web_sys::HtmlElement>() {
                        let _ = input.focus();
                    }
                }
            }
        }
    });
    html! {
        <section class="metrics" id="panel-metrics" role="tabpanel" aria-labelledby="tab-metrics">
            <h2>{ t.metrics_title }</h2>
            <p class="intro">{ t.metrics_intro }</p>
            <div class="helpers">
                { card(&h.churn, Helper::Churn, state) }
                { card(&h.retention_rate, Helper::RetentionRate, state) }
                { card(&h.clv, Helper::Clv, state) }
                { card(&h.transaction_size, Helper::TransactionSize, state) }
                { card(&h.contract_value, Helper::ContractValue, state) }
                { card(&h.support_cost, Helper::SupportCost, state) }
                { card(&h.nps, Helper::Nps, state) }
                { card(&h.csat, Helper::Csat, state) }
                { card(&h.ces, Helper::Ces, state) }
            </div>
            { source(&t.nps_source) }
            { source(&t.gupta_lehmann) }
        </section>
    }
}
