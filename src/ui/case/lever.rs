//! One benefit lever as a card: on/off, its inputs (facts, low/likely/high ranges, risk), its
//! own risk-adjusted result, the formula on request, its evidence and a link to the helpers
//! that work out its inputs.

use super::super::field::{number_field, range_field};
use super::super::format::{fmt, raw, Style};
use super::super::source::source;
use super::super::state::{Action, AppState, Helper, Tab};
use crate::finance::business_case::{enabled_key, Lever};
use crate::text::EN;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub lever: Lever,
}

/// The helpers that work out this lever's inputs.
fn helpers(lever: Lever) -> &'static [Helper] {
    match lever {
        Lever::Retention => &[Helper::Churn, Helper::RetentionRate],
        Lever::Spend => &[Helper::TransactionSize, Helper::ContractValue],
        Lever::Referrals => &[Helper::Nps, Helper::Clv],
        Lever::CostToServe => &[Helper::SupportCost],
        _ => &[],
    }
}

#[component]
pub fn LeverCard(props: &Props) -> Html {
    let t = &EN;
    let state = &props.state;
    let form = &state.case;
    let lever = props.lever;
    let text = &t.levers[lever as usize];
    let key = lever.key();
    let prefix = format!("levers.{key}.");
    let on = form.switch(enabled_key(lever));
    let onedit = {
        let state = state.clone();
        Callback::from(move |(i, text)| state.dispatch(Action::Edit(Tab::Case, i, text)))
    };
    let ontoggle = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            state.dispatch(Action::SetSwitch(Tab::Case, enabled_key(lever), on));
        })
    };
    // Inputs in spec order; a `.low` field starts a low/likely/high triple; risk goes last.
    let mut inputs = Vec::new();
    let mut risk = Html::default();
    let specs = form.fields();
    let view: &dyn crate::forms::FormView = form;
    let mut i = 0;
    while i < specs.len() {
        let k = specs[i].key;
        if !k.starts_with(&prefix) {
            i += 1;
            continue;
        }
        if k.ends_with(".low") {
            inputs.push(range_field(view, "case", i, &onedit));
            i += 3;
        } else {
            let field = number_field(view, "case", i, &onedit);
            if k.ends_with(".risk") { risk = field } else { inputs.push(field) }
            i += 1;
        }
    }
    let result = form.result().map(|r| (r.lever_pv.get(lever), r.benefit_mix.get(lever)));
    let evidence = match lever {
        Lever::Retention => Some(&t.reichheld),
        Lever::Referrals => Some(&t.nps_source),
        Lever::Employee => Some(&t.engaged_15),
        _ => None,
    };
    let toggle_id = format!("lever-{key}-on");
    html! {
        <article class={classes!("lever", (!on).then_some("off"))} id={format!("lever-{key}")} data-testid={format!("lever-{key}")}>
            <header class="lever-head">
                <h3>{ text.title }</h3>
                <div class="switch">
                    <input type="checkbox" id={toggle_id.clone()} data-testid={format!("input-{}", enabled_key(lever))}
                        checked={on} onchange={ontoggle} aria-describedby={format!("lever-{key}-what")} />
                    <label for={toggle_id}>{ t.lever_on }</label>
                </div>
            </header>
            <p class="intro" id={format!("lever-{key}-what")}>{ text.what }</p>
            <div class="lever-result">
                <span class="tile-label">{ t.lever_result }</span>
                if let Some((pv, share)) = result {
                    <span class="lever-value" data-testid={format!("lever-{key}-pv")} data-value={raw(Some(pv))}>{ fmt(Style::Money, pv) }</span>
                    <span class="lever-share">{ fmt(Style::Percent, share) }{ " " }{ t.lever_share }</span>
                }
            </div>
            if on {
                <div class="lever-inputs">{ for inputs }{ risk }</div>
            }
            <details class="convention">
                <summary>{ t.show_formula }</summary>
                <p data-testid={format!("lever-{key}-formula")}>{ text.formula }</p>
            </details>
            if let Some(s) = evidence {
                { source(s) }
            }
            if !helpers(lever).is_empty() {
                <p class="helper-links">
                    { t.helper_link }{ ": " }
                    { for helpers(lever).iter().map(|&h| {
                        let state = state.clone();
                        let onclick = Callback::from(move |_| state.dispatch(Action::OpenHelper(h)));
                        html! { <button type="button" class="link" {onclick}>{ t.helpers[h as usize].title }</button> }
                    }) }
                </p>
            }
        </article>
    }
}
