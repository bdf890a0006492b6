//! The business-case page: preset, company facts, costs and timing, the eight lever cards,
//! headline tiles (risk-adjusted with unadjusted beside), charts and the scenario table.

mod charts;
mod lever;
mod scenarios;

use super::field::fields;
use super::panel;
use super::format::{fmt, Style};
use super::source::source;
use super::state::{Action, AppState, Tab};
use super::tile::Tile;
use crate::finance::business_case::{BusinessCaseResult, Lever};
use crate::forms::case::Industry;
use crate::text::{Texts, EN};
use lever::LeverCard;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

const COMPANY: [&str; 6] = ["customers", "revenuePerCustomer", "grossMargin", "retentionRate", "baseline.csat", "baseline.ces"];
const TIMING: [&str; 6] = ["years", "rampUpMonths", "discountRate", "costs.oneOff", "costs.annual", "costs.risk"];

fn unadjusted_note(label: &str, text: String) -> Option<String> {
    let mut s = String::from(label);
    s.push_str(": ");
    s.push_str(&text);
    Some(s)
}

fn months(t: &Texts, m: Option<f64>) -> String {
    m.map_or_else(
        || t.never.to_owned(),
        |m| {
            let mut s = fmt(Style::Decimal(1), m);
            s.push(' ');
            s.push_str(t.months);
            s
        },
    )
}

fn tiles(t: &Texts, r: &BusinessCaseResult) -> Html {
    let (a, u) = (&r.risk_adjusted, &r.unadjusted);
    let or_na = |style: Style, v: Option<f64>| v.map_or_else(|| t.not_available.to_owned(), |v| fmt(style, v));
    html! {
        <div class="tiles">
            { Tile::new("npv", t.npv, Some(a.npv), Style::Money, t.not_available)
                .note(unadjusted_note(t.unadjusted, fmt(Style::Money, u.npv))).view() }
            { Tile::new("roi", t.roi, a.roi, Style::Percent, t.not_available)
                .note(unadjusted_note(t.unadjusted, or_na(Style::Percent, u.roi))).view() }
            { Tile::new("paybackMonths", t.payback_months, a.payback_months, Style::Decimal(1), t.never).suffix(t.months)
                .note(unadjusted_note(t.unadjusted, months(t, u.payback_months))).view() }
            { Tile::new("irr", t.irr, a.irr, Style::Percent, t.not_available)
                .note(unadjusted_note(t.unadjusted, or_na(Style::Percent, u.irr))).view() }
        </div>
    }
}

fn year_table(t: &Texts, r: &BusinessCaseResult) -> Html {
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={t.by_year_title}>
            <table class="year-table" data-testid="case-years">
                <caption>{ t.by_year_title }</caption>
                <thead><tr>
                    <th scope="col">{ t.year }</th>
                    { for Lever::ALL.iter().map(|&l| html! { <th scope="col">{ t.levers[l as usize].title }</th> }) }
                    <th scope="col">{ t.benefits }</th>
                    <th scope="col">{ t.costs }</th>
                    <th scope="col">{ t.net }</th>
                    <th scope="col">{ t.cumulative_net }</th>
                </tr></thead>
                <tbody>
                    { for r.years.iter().map(|y| html! {
                        <tr>
                            <th scope="row">{ y.year.to_string() }</th>
                            { for Lever::ALL.iter().map(|&l| html! { <td>{ fmt(Style::Money, y.benefits_by_lever.get(l)) }</td> }) }
                            <td>{ fmt(Style::Money, y.benefits) }</td>
                            <td>{ fmt(Style::Money, y.costs) }</td>
                            <td>{ fmt(Style::Money, y.net) }</td>
                            <td>{ fmt(Style::Money, y.cumulative_net) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn BusinessCasePage(props: &Props) -> Html {
    let t = &EN;
    let state = &props.state;
    let form = &state.case;
    let onedit = {
        let state = state.clone();
        Callback::from(move |(i, text)| state.dispatch(Action::Edit(Tab::Case, i, text)))
    };
    let onpreset = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let key = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(industry) = Industry::from_key(&key) {
                state.dispatch(Action::ApplyPreset(industry));
            }
        })
    };
    let onreset = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Reset(Tab::Case)))
    };
    let stale = form.is_stale();
    let preset_key = state.preset.map_or("", Industry::key);
    html! {
        <section class="case" id="panel-case" role="tabpanel" aria-labelledby="tab-case">
            <div class="case-head">
                <h2>{ t.case_title }</h2>
                <p class="intro">{ t.case_intro }</p>
                <details class="research">
                    <summary>{ t.sources }</summary>
                    { source(&t.growth_5x) }{ source(&t.growth_17) }{ source(&t.reputation_68) }{ source(&t.managers_40) }
                </details>
            </div>
            <div class="calc">
                <form class="inputs" aria-label={t.inputs} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <div class="field">
                        <label for="case-preset">{ t.preset }</label>
                        <select id="case-preset" data-testid="input-preset" onchange={onpreset} aria-describedby="case-preset-help">
                            <option value="" selected={preset_key.is_empty()}>{ t.preset_none }</option>
                            { for Industry::ALL.iter().enumerate().map(|(i, ind)| html! {
                                <option value={ind.key()} selected={preset_key == ind.key()}>{ t.industries[i] }</option>
                            }) }
                        </select>
                        <p class="help" id="case-preset-help">{ super::source::grade(crate::text::Grade::Illustrative) }{ " " }{ t.preset_note }</p>
                    </div>
                    <h3>{ t.company }</h3>
                    { fields(form, "case", |f| COMPANY.contains(&f.key), &onedit) }
                    <h3>{ t.costs_and_timing }</h3>
                    { fields(form, "case", |f| TIMING.contains(&f.key), &onedit) }
                    <button type="button" class="reset" onclick={onreset}>{ t.reset }</button>
                </form>
                { panel::results(t, stale, html! {
                    if let Some(h) = state.sent {
                        <p class="sent-note" role="status" data-testid="sent-note">
                            { t.helpers[h as usize].title }{ ": " }{ t.sent_to_case }
                        </p>
                    }
                }, form.result().map(|r| html! {
                    <>
                        <h3>{ t.risk_adjusted }</h3>
                        { tiles(t, r) }
                        { charts::by_year(t, r) }
                        { charts::waterfall(t, r) }
                        { scenarios::table(t, r) }
                        { year_table(t, r) }
                    </>
                }), t.case_convention, &t.tei) }
            </div>
            <h2 class="levers-title">{ t.levers_title }</h2>
            <div class="levers">
                { for Lever::ALL.iter().map(|&lever| html! { <LeverCard key={lever.key()} state={state.clone()} {lever} /> }) }
            </div>
        </section>
    }
}
