//! The CX payback calculator ("$3 per $1"): inputs, NPV/ROI/IRR/payback tiles, the cumulative
//! cash-flow chart with break-even, a year table (with CSV), convention and sources.

use super::chart::payback_chart;
use super::field::fields;
use super::format::Style;
use super::panel;
use super::markup::{held_region, Markup};
use super::source::write_source;
use super::state::{AppState, Tab};
use super::table::{csv_button, Table};
use super::tile::{tiles as row, Tile};
use crate::finance::payback::PaybackResult;
use crate::text::Texts;
use yew::prelude::*;

pub fn year_table(t: &'static Texts, r: &PaybackResult) -> Table {
    let mut cumulative = 0.0;
    Table {
        caption: t.cumulative_net,
        hook: "payback-years",
        head: vec![t.year.into(), t.costs.into(), t.benefits.into(), t.net.into(), t.cumulative_net.into()],
        rows: r
            .costs
            .iter()
            .zip(&r.benefits)
            .enumerate()
            .map(|(i, (c, b))| {
                cumulative += b - c;
                (i as u32, vec![*c, *b, b - c, cumulative])
            })
            .collect(),
        styles: vec![Style::Money; 4],
    }
}

/// The headline tiles (also on the report).
pub fn tiles(t: &Texts, r: &PaybackResult) -> Html {
    row(&[
        Tile::new("npv", t.npv, Some(r.summary.npv), Style::Money, t.not_available),
        Tile::new("roi", t.roi, r.summary.roi, Style::Percent, t.not_available),
        Tile::new("irr", t.irr, r.summary.irr, Style::Percent, t.not_available),
        Tile::new("paybackMonths", t.payback_months, r.summary.payback_months, Style::Decimal(1), t.never).suffix(t.months),
        Tile::new("breakEvenReturnPerDollar", t.break_even_return, r.break_even_return_per_dollar, Style::Decimal(2), t.not_available).suffix(t.unit_multiple),
        Tile::new("pvBenefits", t.pv_benefits, Some(r.summary.pv_benefits), Style::Money, t.not_available),
        Tile::new("pvCosts", t.pv_costs, Some(r.summary.pv_costs), Style::Money, t.not_available),
        Tile::new("totalBenefit", t.total_benefit, Some(r.total_benefit), Style::Money, t.not_available),
    ])
}

#[inline(never)] // compiled only when opened: see App
pub fn payback_page(state: &AppState) -> Html {
    let t = state.t;
    let form = &state.scenario.payback;
    let mut inputs = Markup::parts();
    fields(&mut inputs, t, form, "payback", |f| !f.advanced, Tab::Payback.key());
    write_source(inputs.part(), t, &t.three_per_dollar);
    html! {
        <section class="calc" id="panel-payback" role={state.panel_role()} aria-labelledby={state.panel_role().map(|_| "tab-payback")}>
            { panel::inputs(t, Tab::Payback, t.payback_title, t.payback_intro, held_region("form-payback", "fields", &inputs.0)) }
            { panel::results(t, form.is_stale(), state.drawn(1), Html::default(), form.result().map(|r| {
                html! {
                    <>
                        { tiles(t, r) }
                        if state.drawn(1) {
                            { payback_chart(t, &r.monthly_cumulative_net, r.break_even_month) }
                            { year_table(t, r).view() }
                            { csv_button(t, Tab::Payback) }
                        }
                    </>
                }
            }), t.payback_convention, &t.tei) }
        </section>
    }
}
