//! The CX payback calculator ("$3 per $1"): inputs, NPV/ROI/IRR/payback tiles, the cumulative
//! cash-flow chart with break-even, a year table, convention and sources.

use super::chart::payback_chart;
use super::field::fields;
use super::panel;
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
        <div class="table-wrap" tabindex="0" role="region" aria-label={t.cumulative_net}>
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
    let onedit = {
        let state = state.clone();
        Callback::from(move |(i, text)| state.dispatch(Action::Edit(Tab::Payback, i, text)))
    };
    html! {
        <section class="calc" id="panel-payback" role="tabpanel" aria-labelledby="tab-payback">
            { panel::inputs(t, t.payback_title, t.payback_intro, html! {
                <>
                    { fields(form, "payback", |f| !f.advanced, &onedit) }
                    { source(&t.three_per_dollar) }
                </>
            }, onreset) }
            { panel::results(t, form.is_stale(), Html::default(), form.result().map(|r| html! {
                <>
                    <div class="tiles">
                        { Tile::new("npv", t.npv, Some(r.summary.npv), Style::Money, t.not_available).view() }
                        { Tile::new("roi", t.roi, r.summary.roi, Style::Percent, t.not_available).view() }
                        { Tile::new("irr", t.irr, r.summary.irr, Style::Percent, t.not_available).view() }
                        { Tile::new("paybackMonths", t.payback_months, r.summary.payback_months, Style::Decimal(1), t.never).suffix(t.months).view() }
                        { Tile::new("breakEvenReturnPerDollar", t.break_even_return, r.break_even_return_per_dollar, Style::Decimal(2), t.not_available).suffix(t.unit_multiple).view() }
                        { Tile::new("pvBenefits", t.pv_benefits, Some(r.summary.pv_benefits), Style::Money, t.not_available).view() }
                        { Tile::new("pvCosts", t.pv_costs, Some(r.summary.pv_costs), Style::Money, t.not_available).view() }
                        { Tile::new("totalBenefit", t.total_benefit, Some(r.total_benefit), Style::Money, t.not_available).view() }
                    </div>
                    { payback_chart(t, &r.monthly_cumulative_net, r.break_even_month) }
                    { year_table(t, r) }
                </>
            }), t.payback_convention, &t.tei) }
        </section>
    }
}
