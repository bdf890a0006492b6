//! The CX metrics page: one card per helper, each with its answer and a button that sends it
//! into the business case.

use super::state::{AppState, Helper};
use super::field::fields;
use super::format::{fmt, raw, Style};
use super::markup::{held_region, Markup};
use super::source::source;
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

/// Helper `id`'s card: title, what it measures, its inputs, and the answer with the button that
/// sends it into the business case. All cards are one held region (`markup::held_region`).
fn write_card(m: &mut Markup, state: &AppState, id: Helper) {
    let form: &Form<Answer> = state.helpers.get(id);
    let t = state.t;
    let text = &t.helpers[id as usize];
    let key = id.key();
    let stale = form.is_stale();
    // Problems on inputs without a field of their own (e.g. "no answers at all").
    let orphan = form.orphan_problem().map(|(_, p)| t.problem(p));
    let counts = form.specs().len() > 4;
    m.part().raw("<article class=\"helper\" data-counts=\"").raw(if counts { "true" } else { "false" });
    m.raw("\" id=\"helper-").raw(key).raw("\" data-testid=\"helper-").raw(key).raw("\">");
    m.el("h3", "", text.title).el("p", "intro", text.what);
    // Inside a part: the fields are not parts of their own.
    let mut inputs = Markup::default();
    fields(&mut inputs, t, form, id.scope(), |_| true, key);
    m.raw("<div class=\"helper-inputs\">").raw(&inputs.0).raw("</div>");
    if let Some(message) = orphan {
        m.raw("<p class=\"error\" role=\"alert\" data-testid=\"helper-").raw(key).raw("-error\">").text(message).raw("</p>");
    }
    m.raw(if stale { "<div class=\"helper-answer stale\">" } else { "<div class=\"helper-answer\">" });
    if let Some(a) = form.result() {
        m.raw("<span class=\"tile-value\" data-testid=\"helper-").raw(key).raw("-value\"").attr("data-value", &raw(Some(a.value)));
        m.raw(">").text(&fmt(style(a.unit), a.value)).raw("</span>");
        m.raw("<button type=\"button\" class=\"reset\" data-act=\"send-helper\" data-arg=\"").raw(key).raw("\" data-testid=\"helper-");
        m.raw(key).raw("-send\"").raw(if stale { " disabled>" } else { ">" }).text(t.use_in_case).raw("</button>");
    }
    m.raw("</div></article>");
}

#[inline(never)] // compiled only when opened: see App
pub fn metrics_page(state: &AppState) -> Html {
    let t = state.t;
    let mut cards = Markup::parts();
    let order = [
        Helper::Churn, Helper::RetentionRate, Helper::Clv, Helper::TransactionSize, Helper::ContractValue,
        Helper::SupportCost, Helper::Nps, Helper::Csat, Helper::Ces,
    ];
    // The first frame draws the cards of the first screen, each later one two more (see
    // `AppState::stage`), added to the region rather than redrawing it.
    let shown = if state.complete() { order.len() } else { 3 + 2 * state.stage as usize };
    for id in order.into_iter().take(shown) {
        write_card(&mut cards, state, id);
    }
    html! {
        <section class="metrics" id="panel-metrics" role={state.panel_role()} aria-labelledby={state.panel_role().map(|_| "tab-metrics")}>
            <h2>{ t.metrics_title }</h2>
            <p class="intro">{ t.metrics_intro }</p>
            { held_region("helpers", "helpers", &cards.0) }
            if state.complete() {
                { source(t, &t.nps_source) }
                { source(t, &t.gupta_lehmann) }
            }
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
