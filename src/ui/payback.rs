//! The CX payback calculator ("$3 per $1"): inputs, NPV/ROI/IRR/payback tiles, the cumulative
//! cash-flow chart with break-even, a year table (with CSV), convention and sources.

use super::chart::PaybackChart;
use super::context::use_ui;
use super::field::{fields, use_form_events};
use super::format::Style;
use super::panel::{Inputs, Results};
use super::panels::{Calc, CalculatorGoalSeek, Unfinished};
use super::source::source;
use super::state::{FormId, Tab};
use super::table::{csv_button, YearTable};
use super::tile::{tiles, TileProps};
use super::years;
use crate::finance::payback::PaybackResult;
use crate::forms::Form;
use crate::text::Texts;
use yew::prelude::*;

/// The headline tiles.
fn headline(t: &Texts, r: &PaybackResult) -> Vec<TileProps> {
    let na = t.not_available;
    vec![
        TileProps::new("npv", t.npv, Some(r.summary.npv), Style::Money, na),
        TileProps::new("roi", t.roi, r.summary.roi, Style::Percent, na),
        TileProps::new("irr", t.irr, r.summary.irr, Style::Percent, na),
        TileProps::new("paybackMonths", t.payback_months, r.summary.payback_months, Style::Decimal(1), t.never).suffix(t.months),
        TileProps::new("breakEvenReturnPerDollar", t.break_even_return, r.break_even_return_per_dollar, Style::Decimal(2), na).suffix(t.unit_multiple),
        TileProps::new("pvBenefits", t.pv_benefits, Some(r.summary.pv_benefits), Style::Money, na),
        TileProps::new("pvCosts", t.pv_costs, Some(r.summary.pv_costs), Style::Money, na),
        TileProps::new("totalBenefit", t.total_benefit, Some(r.total_benefit), Style::Money, na),
    ]
}

#[derive(Properties, PartialEq)]
pub struct PaybackPageProps {
    pub form: Form<PaybackResult>,
    /// How much is drawn (`AppState::stage`): charts and tables from the second frame on, goal
    /// seek (which solves its question) from the third.
    pub stage: u8,
    pub role: Option<&'static str>,
}

#[component]
pub fn PaybackPage(props: &PaybackPageProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    let form = &props.form;
    let id = FormId::Payback;
    let events = use_form_events(id);
    let more = props.stage >= 1;
    // Built once: the tiles and the phone's results bar show the same figures.
    let head = form.result().map(|r| headline(t, r)).unwrap_or_default();
    let results = form.result().map(|r| {
        html! {
            <>
                { tiles(&ui.num, &head) }
                if more {
                    <PaybackChart result={r.clone()} />
                    <YearTable table={years::payback(t, r)} />
                    { csv_button(&ui, Tab::Payback) }
                }
            </>
        }
    });
    html! {
        <section class="calc" id="panel-payback" role={props.role} aria-labelledby={props.role.map(|_| "tab-payback")}>
            <Inputs form={id} title={t.payback_title} intro={t.payback_intro}>
                { fields(form, &events, "payback", |f| !f.advanced) }
                { source(t, &t.three_per_dollar) }
            </Inputs>
            <Results stale={form.is_stale()} more={more} convention={t.payback_convention} cite={&t.tei}
                peek={head.clone()}>
                { results }
                if props.stage >= 2 {
                    if form.is_stale() {
                        <Unfinished />
                    } else {
                        <CalculatorGoalSeek calc={Calc::payback(form)} />
                    }
                }
            </Results>
        </section>
    }
}
