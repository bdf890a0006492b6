//! The CX metrics page: one card per helper, each with its answer and a button that sends it
//! into the business case.

use super::dispatch::State;
use super::field::fields;
use super::format::{fmt, raw, Style};
use super::markup::{held_region, Markup};
use super::source::source;
use super::state::Helper;
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
    let stale = form.is_stale();
    // Problems on inputs without a field of their own (e.g. "no answers at all").
    let orphan = form.orphan_problem().map(|(_, p)| t.problem(p));
    let counts = form.specs().len() > 4;
    let mut head = Markup::default();
    head.el("h3", "", text.title).el("p", "intro", text.what);
    // The answer and the button that sends it into the business case.
    let mut answer = Markup::default();
    if let Some(message) = orphan {
        answer.raw("<p class=\"error\" role=\"alert\" data-testid=\"helper-").raw(key).raw("-error\">").text(message).raw("</p>");
    }
    answer.raw(if stale { "<div class=\"helper-answer stale\">" } else { "<div class=\"helper-answer\">" });
    if let Some(a) = form.result() {
        answer.raw("<span class=\"tile-value\" data-testid=\"helper-").raw(key).raw("-value\"").attr("data-value", &raw(Some(a.value)));
        answer.raw(">").text(&fmt(style(a.unit), a.value)).raw("</span>");
        answer.raw("<button type=\"button\" class=\"reset\" data-act=\"send-helper\" data-arg=\"").raw(key).raw("\" data-testid=\"helper-");
        answer.raw(key).raw("-send\"").raw(if stale { " disabled>" } else { ">" }).text(t.use_in_case).raw("</button>");
    }
    answer.raw("</div>");
    let mut inputs = Markup::default();
    fields(&mut inputs, t, form, id.scope(), |_| true, key);
    html! {
        <article class="helper" data-counts={if counts { "true" } else { "false" }} key={key} id={["helper-", key].concat()} data-testid={["helper-", key].concat()}>
            { head.html() }
            { held_region(&["helper-inputs-", key].concat(), "helper-inputs", &inputs.0) }
            { answer.html() }
        </article>
    }
}

pub fn metrics_page(state: &State) -> Html {
    let t = state.t;
    html! {
        <section class="metrics" id="panel-metrics" role={state.panel_role()} aria-labelledby={state.panel_role().map(|_| "tab-metrics")}>
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
