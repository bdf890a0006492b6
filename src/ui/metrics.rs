//! The CX metrics page: one card per helper, each with its answer and a button that sends it
//! into the business case.

use super::context::use_ui;
use super::field::{fields, use_form_events};
use super::format::{raw, Style};
use super::source::source;
use super::state::{Action, FormId, Helper, DRAWN};
use crate::forms::metrics::Answer;
use crate::forms::metrics::Helpers;
use crate::forms::{Form, FormView, Unit};
use yew::prelude::*;

fn style(unit: Unit) -> Style {
    match unit {
        Unit::Money => Style::Money,
        Unit::Percent => Style::Percent,
        _ => Style::Decimal(1),
    }
}

#[derive(Properties, PartialEq)]
pub struct HelperCardProps {
    pub id: Helper,
    pub form: Form<Answer>,
}

/// Helper `id`'s card: title, what it measures, its inputs, and the answer with the button that
/// sends it into the business case.
#[component]
pub fn HelperCard(props: &HelperCardProps) -> Html {
    let ctl = use_ui();
    let num = &ctl.num;
    let t = ctl.t;
    let (id, form) = (props.id, &props.form);
    let events = use_form_events(FormId::Helper(id));
    let text = &t.helpers[id as usize];
    let key = id.key();
    let stale = form.is_stale();
    // Problems on inputs without a field of their own (e.g. "no answers at all").
    let orphan = form.orphan_problem().map(|(_, p)| t.problem(p));
    let counts = form.specs().len() > 4;
    html! {
        <article class="helper" data-counts={if counts { "true" } else { "false" }} id={["helper-", key].concat()} data-testid={["helper-", key].concat()}>
            <h3>{ text.title }</h3>
            <p class="intro">{ text.what }</p>
            <div class="helper-inputs">{ fields(form, &events, id.scope(), |_| true) }</div>
            if let Some(message) = orphan {
                <p class="error" role="alert" data-testid={["helper-", key, "-error"].concat()}>{ message }</p>
            }
            <div class={if stale { "helper-answer stale" } else { "helper-answer" }}>
                if let Some(a) = form.result() {
                    <span class="tile-value" data-testid={["helper-", key, "-value"].concat()} data-value={raw(Some(a.value))}>{ num.fmt(style(a.unit), a.value) }</span>
                    <button type="button" class="reset" data-testid={["helper-", key, "-send"].concat()} disabled={stale}
                        onclick={ctl.on(Action::SendHelper(id))}>{ t.use_in_case }</button>
                }
            </div>
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct MetricsPageProps {
    pub helpers: Helpers,
    /// How much of a first visit is drawn (see `AppState::stage`).
    pub stage: u8,
    pub role: Option<&'static str>,
}

#[component]
pub fn MetricsPage(props: &MetricsPageProps) -> Html {
    let t = use_ui().t;
    let order = [
        Helper::Churn,
        Helper::RetentionRate,
        Helper::Clv,
        Helper::TransactionSize,
        Helper::ContractValue,
        Helper::SupportCost,
        Helper::Nps,
        Helper::Csat,
        Helper::Ces,
    ];
    // The first frame draws the cards of the first screen, each later one two more.
    let complete = props.stage == DRAWN;
    let shown = if complete { order.len() } else { 3 + 2 * props.stage as usize };
    let cards = order.into_iter().take(shown).map(|id| html! { <HelperCard key={id.key()} {id} form={props.helpers.get(id).clone()} /> });
    html! {
        <section class="metrics" id="panel-metrics" role={props.role} aria-labelledby={props.role.map(|_| "tab-metrics")}>
            <h2>{ t.metrics_title }</h2>
            <p class="intro">{ t.metrics_intro }</p>
            <div class="helpers">{ for cards }</div>
            if complete {
                { source(t, &t.nps_source) }
                { source(t, &t.gupta_lehmann) }
            }
        </section>
    }
}
