//! The CX payback calculator ("$3 per $1"): inputs, NPV/ROI/IRR/payback tiles, the cumulative
//! cash-flow chart with break-even, a year table, convention and sources.

use super::chart::payback_chart;
use super::field::fields;
use super::format::{fmt, Style};
use super::source::source;
use super::state::{Action, AppState, Tab};
use super::tile::Tile;
use crate::finance::payback::PaybackResult;
use crate::text::{Texts, EN};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

fn year_table(t: &Texts, r: &PaybackResult) -> Html {
    html! {
        <div class="table-wrap">
            <table class="year-table">
                <caption>{ t.cumulative_net }</caption>
                <thead><tr>
                    <th scope="col">{ t.year }</th>
                    <th scope="col">{ t.pv_costs.split(' ').next().unwrap_or_default() }</th>
                    <th scope="col">{ t.total_benefit.split(' ').next().unwrap_or_default() }</th>
                    <th scope="col">{ t.cumulative_net }</th>
                </tr></thead>
                <tbody>
                    { for r.costs.iter().zip(&r.benefits).enumerate().scan(0.0, |cum, (i, (c, b))| {
                        *cum += b - c;
                        Some(html! {
                            <tr>
                                <th scope="row">{ i.to_string() }</th>
                                <td>{ fmt(Style::Money, *c) }</td>
                                <td>{ fmt(Style::Money, *b) }</td>
                                <td>{ fmt(Style::Money, *cum) }</td>
                            </tr>
                        })
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn PaybackCalculator(props: &Props) -> Html {
    let t = &EN;
    let state = &props.state;
    let form = &state.payback;
    let onreset = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Reset(Tab::Payback)))
    };
    let stale = form.is_stale();
    html! {
        <section class="calc" id="panel-payback" role="tabpanel" aria-labelledby="tab-payback">
            <form class="inputs" aria-label={t.inputs} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h2>{ t.payback_title }</h2>
                <p class="intro">{ t.payback_intro }</p>
                { fields(form, Tab::Payback, "payback", false, state) }
                { source(&t.three_per_dollar) }
                <button type="button" class="reset" onclick={onreset}>{ t.reset }</button>
            </form>
            <div class={classes!("results", stale.then_some("stale"))} data-testid="results"
                data-stale={if stale { "true" } else { "false" }} aria-live="polite" aria-label={t.results}>
                if stale {
                    <p class="stale-note" role="status">{ t.stale_note }</p>
                }
                if let Some(r) = form.result() {
                    <div class="tiles">
                        <Tile name="npv" label={t.npv} value={Some(r.summary.npv)} style={Style::Money} missing={t.not_available} />
                        <Tile name="roi" label={t.roi} value={r.summary.roi} style={Style::Percent} missing={t.not_available} />
                        <Tile name="irr" label={t.irr} value={r.summary.irr} style={Style::Percent} missing={t.not_available} />
                        <Tile name="paybackMonths" label={t.payback_months} value={r.summary.payback_months}
                            style={Style::Decimal(1)} suffix={t.months} missing={t.never} />
                        <Tile name="breakEvenReturnPerDollar" label={t.break_even_return} value={r.break_even_return_per_dollar}
                            style={Style::Decimal(2)} suffix={t.unit_multiple} missing={t.not_available} />
                        <Tile name="pvBenefits" label={t.pv_benefits} value={Some(r.summary.pv_benefits)} style={Style::Money} missing={t.not_available} />
                        <Tile name="pvCosts" label={t.pv_costs} value={Some(r.summary.pv_costs)} style={Style::Money} missing={t.not_available} />
                        <Tile name="totalBenefit" label={t.total_benefit} value={Some(r.total_benefit)} style={Style::Money} missing={t.not_available} />
                    </div>
                    { payback_chart(t, &r.monthly_cumulative_net, r.break_even_month) }
                    { year_table(t, r) }
                }
                <details class="convention">
                    <summary>{ t.how_computed }</summary>
                    <p>{ t.payback_convention }</p>
                    { source(&t.tei) }
                </details>
            </div>
        </section>
    }
}
