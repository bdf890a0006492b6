//! One benefit lever as a card: on/off, its inputs (facts, low/likely/high ranges, risk), its
//! own risk-adjusted result, the formula on request, its evidence and a link to the helpers
//! that work out its inputs.

use super::super::context::use_ui;
use super::super::field::{field_props, range_field, use_form_events, NumberField, Switch};
use super::super::fold::Fold;
use super::super::format::{raw, Style};
use super::super::source::evidence;
use super::super::source::source;
use super::super::state::{Action, FormId, Helper};
use crate::finance::business_case::{enabled_key, BusinessCaseResult, Lever};
use crate::forms::{Form, FormView};
use std::rc::Rc;
use yew::prelude::*;

/// The helpers that work out this lever's inputs.
fn helpers(lever: Lever) -> &'static [Helper] {
    match lever {
        Lever::Retention => &[Helper::Churn, Helper::RetentionRate],
        Lever::Spend => &[Helper::TransactionSize, Helper::ContractValue],
        Lever::Referrals => &[Helper::Nps, Helper::Clv],
        Lever::CostToServe => &[Helper::SupportCost],
        Lever::CrossSell | Lever::PricePremium | Lever::Conversion | Lever::Employee => &[],
    }
}

#[derive(Properties, PartialEq)]
pub struct LeverCardProps {
    pub lever: Lever,
    /// The business case's form (the card shows this lever's part of it), shared by the cards.
    pub form: Rc<Form<BusinessCaseResult>>,
}

/// Lever `lever`'s card.
#[component]
pub fn LeverCard(props: &LeverCardProps) -> Html {
    let ctl = use_ui();
    let num = &ctl.num;
    let t = ctl.t;
    let (lever, form) = (props.lever, &props.form);
    let events = use_form_events(FormId::Case);
    let text = &t.levers[lever as usize];
    let key = lever.key();
    let prefix = format!("levers.{key}.");
    let on = form.switch(enabled_key(lever));
    let result = form.result().map(|r| (r.lever_pv.get(lever), r.benefit_mix.get(lever)));
    // Inputs in spec order; a `.low` field starts a low/likely/high triple; risk goes last.
    let mut inputs = Vec::new();
    let mut risk = Html::default();
    if on {
        let specs = form.fields();
        let view: &dyn FormView = &**form;
        let mut i = 0;
        while i < specs.len() {
            let k = specs[i].key;
            if !k.starts_with(&prefix) {
                i += 1;
                continue;
            }
            if k.ends_with(".low") {
                inputs.push(range_field(view, &events, "case", i));
                i += 3;
            } else {
                let field = html! { <NumberField key={k} ..field_props(view, &events, "case", i) /> };
                if k.ends_with(".risk") {
                    risk = field
                } else {
                    inputs.push(field)
                }
                i += 1;
            }
        }
    }
    let helper_links = helpers(lever).iter().map(|&h| {
        html! { <button key={h.key()} type="button" class="link" onclick={ctl.on(Action::OpenHelper(h))}>{ t.helpers[h as usize].title }</button> }
    });
    html! {
        <article class="lever" data-on={if on { "true" } else { "false" }} id={["lever-", key].concat()} data-testid={["lever-", key].concat()}>
            <header class="lever-head">
                <h3>{ text.title }</h3>
                <Switch name={enabled_key(lever)} ontoggle={events.ontoggle.clone()} {on} id={["lever-", key, "-on"].concat()}
                    hook={["input-", enabled_key(lever)].concat()} label={t.lever_on} described={["lever-", key, "-what"].concat()} />
            </header>
            <p class="intro" id={["lever-", key, "-what"].concat()}>{ text.what }</p>
            <div class="lever-result">
                <span class="tile-label">{ t.lever_result }</span>
                if let Some((pv, share)) = result {
                    <span class="lever-value" data-testid={["lever-", key, "-pv"].concat()} data-value={raw(Some(pv))}>{ num.fmt(Style::Money, pv) }</span>
                    <span class="lever-share">{ [num.fmt(Style::Percent, share).as_str(), " ", t.lever_share].concat() }</span>
                }
            </div>
            <div class="lever-inputs">{ for inputs }{ risk }</div>
            <Fold class="convention" summary={html! { t.show_formula }}>
                <p data-testid={["lever-", key, "-formula"].concat()}>{ text.formula }</p>
            </Fold>
            if let Some(s) = evidence(t, lever) {
                { source(t, s) }
            }
            if !helpers(lever).is_empty() {
                <p class="helper-links">{ t.helper_link }{ ": " }{ for helper_links }</p>
            }
        </article>
    }
}
