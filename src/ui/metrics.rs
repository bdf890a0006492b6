//! The CX metrics page: one card per helper, each with its answer and a button that sends it
//! into the business case.

use super::dispatch::{send, State};
use super::field::fields;
use super::format::{fmt, raw, Style};
use super::markup::Markup;
use super::source::source;
use super::state::{Action, Helper};
use crate::forms::metrics::Answer;
use crate::forms::{Form, FormView};
use crate::forms::Unit;
use yew::prelude::*;

fn style(unit: Unit) -> Style {
    match unit {
        Unit::Money => Style::Money,
        Unit::Percent => Style::Percent,
        _ => Style::Decimal(1),
    }
}

fn card(state: &State, id: Helper) -> Html {
    let form: &Form<Answer> = state.helpers.get(id);
    let t = state.t;
    let text = &t.helpers[id as usize];
    let key = id.key();
    let onedit = {
        let state = state.clone();
        Callback::from(move |(i, text)| state.dispatch(Action::EditHelper(id, i, text)))
    };
    let stale = form.is_stale();
    // Problems on inputs without a field of their own (e.g. "no answers at all").
    let orphan = form.orphan_problem().map(|(_, p)| t.problem(p));
    let counts = form.specs().len() > 4;
    let answer = form.result().map(|a| {
        let mut m = Markup::default();
        m.raw("<span class=\"tile-value\" data-testid=\"helper-").raw(key).raw("-value\"").attr("data-value", &raw(Some(a.value)));
        m.raw(">").text(&fmt(style(a.unit), a.value)).raw("</span>");
        m.html()
    });
    html! {
        <article class={if counts { "helper helper-wide" } else { "helper" }} key={key} id={["helper-", key].concat()} data-testid={["helper-", key].concat()}>
            <h3>{ text.title }</h3>
            <p class="intro">{ text.what }</p>
            <div class={if counts { "helper-inputs counts" } else { "helper-inputs" }}>
                { fields(t, form, id.scope(), |_| true, &onedit) }
            </div>
            if let Some(message) = orphan {
                <p class="error" role="alert" data-testid={["helper-", key, "-error"].concat()}>{ message }</p>
            }
            <div class={if stale { "helper-answer stale" } else { "helper-answer" }}>
                if let Some(answer) = answer {
                    { answer }
                    <button type="button" class="reset" disabled={stale} onclick={send(state, Action::SendHelper(id))}
                        data-testid={["helper-", key, "-send"].concat()}>{ t.use_in_case }</button>
                }
            </div>
        </article>
    }
}

pub fn metrics_page(state: &State) -> Html {
    let t = state.t;
    html! {
        <section class="metrics" id="panel-metrics" role="tabpanel" aria-labelledby="tab-metrics">
            <h2>{ t.metrics_title }</h2>
            <p class="intro">{ t.metrics_intro }</p>
            <div class="helpers">
                { for [
                    Helper::Churn, Helper::RetentionRate, Helper::Clv, Helper::TransactionSize, Helper::ContractValue,
                    Helper::SupportCost, Helper::Nps, Helper::Csat, Helper::Ces,
                ].into_iter().map(|id| card(state, id)) }
            </div>
            { source(t, &t.nps_source) }
            { source(t, &t.gupta_lehmann) }
        </section>
    }
}

/// Bring the helper a lever card asked for into view and focus its first input.
pub fn show_helper(id: Helper) {
    let doc = web_sys::window().and_then(|w| w.document());
    let el = doc.and_then(|d| d.get_element_by_id(&["helper-", id.key()].concat()));
    if let Some(el) = el {
        el.scroll_into_view();
        if let Ok(Some(input)) = el.query_selector("input") {
            if let Ok(input) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(input) {
                let _ = input.focus();
            }
        }
    }
}
