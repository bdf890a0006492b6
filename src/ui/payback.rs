//! The CX payback calculator ("$3 per $1"): inputs, NPV/ROI/IRR/payback tiles, the cumulative
//! cash-flow chart with break-even, a year table (with CSV), convention and sources.

use super::chart::PaybackChart;
use super::context::use_ui;
use super::field::fields;
use super::format::Style;
use super::panel::{Inputs, Results};
use super::panels::{Calc, CalculatorGoalSeek, Unfinished};
use super::source::source;
use super::state::{FormId, Tab};
use super::table::{csv_button, Table, YearTable};
use super::tile::Tile;
use crate::finance::payback::PaybackResult;
use crate::forms::Form;
use crate::text::Texts;
use yew::prelude::*;

pub fn year_table(t: &'static Texts, r: &PaybackResult) -> Table {
    let mut cumulative = 0.0;
    Table {
        caption: t.cumulative_net,
        hook: "payback-years",
        head: [t.year, t.costs, t.benefits, t.net, t.cumulative_net].map(AttrValue::from).into(),
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

/// The payback tile and the chart's break-even show different months (at the tenth of a month
/// both are shown to): the page says why.
fn differs(r: &PaybackResult) -> bool {
    match (r.summary.payback_months, r.break_even_month) {
        (Some(tile), Some(chart)) => (tile * 10.0).round() != (chart * 10.0).round(),
        _ => false,
    }
}

/// The headline tiles.
fn tiles(t: &Texts, r: &PaybackResult) -> Html {
    let na = t.not_available;
    html! {
        <div class="tiles">
            <Tile name="npv" label={t.npv} value={Some(r.summary.npv)} style={Style::Money} missing={na} />
            <Tile name="roi" label={t.roi} value={r.summary.roi} style={Style::Percent} missing={na} />
            <Tile name="irr" label={t.irr} value={r.summary.irr} style={Style::Percent} missing={na} />
            <Tile name="paybackMonths" label={t.payback_months} value={r.summary.payback_months} style={Style::Decimal(1)} missing={t.never}
                suffix={t.months} />
            <Tile name="breakEvenReturnPerDollar" label={t.break_even_return} value={r.break_even_return_per_dollar} style={Style::Decimal(2)}
                missing={na} suffix={t.unit_multiple} />
            <Tile name="pvBenefits" label={t.pv_benefits} value={Some(r.summary.pv_benefits)} style={Style::Money} missing={na} />
            <Tile name="pvCosts" label={t.pv_costs} value={Some(r.summary.pv_costs)} style={Style::Money} missing={na} />
            <Tile name="totalBenefit" label={t.total_benefit} value={Some(r.total_benefit)} style={Style::Money} missing={na} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PaybackPageProps {
    pub form: Form<PaybackResult>,
    /// Charts and tables are drawn (from the second frame on, see `AppState::stage`).
    pub more: bool,
    pub role: Option<&'static str>,
}

#[component]
pub fn PaybackPage(props: &PaybackPageProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    let form = &props.form;
    let id = FormId::Payback;
    let results = form.result().map(|r| {
        html! {
            <>
                { tiles(t, r) }
                if props.more {
                    <PaybackChart result={r.clone()} />
                    if differs(r) {
                        <p class="help" data-testid="payback-differs">{ t.payback_differs }</p>
                    }
                    <YearTable table={year_table(t, r)} />
                    { csv_button(&ui, Tab::Payback) }
                }
            </>
        }
    });
    html! {
        <section class="calc" id="panel-payback" role={props.role} aria-labelledby={props.role.map(|_| "tab-payback")}>
            <Inputs form={id} title={t.payback_title} intro={t.payback_intro}>
                { fields(form, id, "payback", |f| !f.advanced) }
                { source(t, &t.three_per_dollar) }
            </Inputs>
            <Results stale={form.is_stale()} more={props.more} convention={t.payback_convention} cite={&t.tei}>
                { results }
                if props.more {
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
