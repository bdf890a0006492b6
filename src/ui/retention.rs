//! The retention → profit calculator: inputs, headline tiles against Reichheld's range, chart,
//! year table (with CSV), convention and sources.

use super::chart::RetentionChart;
use super::context::use_ui;
use super::field::{company_fields, fields, Switch};
use super::format::{fmt, Style};
use super::panel::{Inputs, Results};
use super::panels::{Calc, CalculatorGoalSeek, Unfinished};
use super::source::source;
use super::state::{FormId, Tab};
use super::table::{csv_button, Table, YearTable};
use super::tile::Tile;
use crate::finance::retention::{RetentionResult, REICHHELD_HIGH, REICHHELD_LOW};
use crate::forms::Form;
use crate::text::{fill, FieldText, Texts};
use yew::prelude::*;

/// Where this company's +5-point CLV change (`at_5_points`, whatever uplift is typed) falls
/// against Reichheld/Bain's 25–95% for a 5-point rise: like compared with like.
fn reichheld_note(t: &Texts, at_5_points: Option<f64>) -> Option<AttrValue> {
    let c = at_5_points?;
    let template = if c < REICHHELD_LOW {
        t.reichheld_below
    } else if c > REICHHELD_HIGH {
        t.reichheld_above
    } else {
        t.reichheld_within
    };
    Some(fill(template, &fmt(Style::Percent, c)).into())
}

pub fn year_table(t: &'static Texts, r: &RetentionResult) -> Table {
    let col = |a: &str, b: &str| AttrValue::from([a, " · ", b].concat());
    Table {
        caption: t.retention_chart_title,
        hook: "retention-years",
        head: vec![
            t.year.into(),
            col(t.customers_by_year, t.before),
            col(t.customers_by_year, t.after),
            col(t.profit_by_year, t.before),
            col(t.profit_by_year, t.after),
        ],
        rows: r.years.iter().map(|y| (y.year, vec![y.customers_before, y.customers_after, y.profit_before, y.profit_after])).collect(),
        styles: vec![Style::Decimal(0), Style::Decimal(0), Style::Money, Style::Money],
    }
}

#[derive(Properties, PartialEq)]
pub struct RetentionPageProps {
    pub form: Form<RetentionResult>,
    /// Charts and tables are drawn (from the second frame on, see `AppState::stage`).
    pub more: bool,
    pub role: Option<&'static str>,
}

#[component]
pub fn RetentionPage(props: &RetentionPageProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    let form = &props.form;
    let id = FormId::Retention;
    let switch = t.field("upliftIsRelative").unwrap_or(FieldText { label: "", help: "" });
    let results = form.result().map(|r| {
        html! {
            <>
                <div class="tiles">
                    <Tile name="clvBefore" label={t.clv_before} value={Some(r.clv_before)} style={Style::Money} missing={t.not_available} />
                    <Tile name="clvAfter" label={t.clv_after} value={Some(r.clv_after)} style={Style::Money} missing={t.not_available} />
                    <Tile name="clvChange" label={t.clv_change} value={r.clv_change} style={Style::Percent} missing={t.not_available}
                        note={reichheld_note(t, r.clv_change_at_5_points)} />
                    <Tile name="cumulativeProfitUplift" label={t.cumulative_profit_uplift} value={Some(r.cumulative_profit_uplift)}
                        style={Style::Money} missing={t.not_available} />
                    <Tile name="discountedProfitUplift" label={t.discounted_profit_uplift} value={Some(r.discounted_profit_uplift)}
                        style={Style::Money} missing={t.not_available} />
                </div>
                { source(t, &t.reichheld) }
                if props.more {
                    <RetentionChart result={r.clone()} />
                    <YearTable table={year_table(t, r)} />
                    { csv_button(&ui, Tab::Retention) }
                }
            </>
        }
    });
    html! {
        <section class="calc" id="panel-retention" role={props.role} aria-labelledby={props.role.map(|_| "tab-retention")}>
            <Inputs form={id} title={t.retention_title} intro={t.retention_intro}>
                { company_fields(t, form, id, "retention", |f| !f.advanced) }
                <Switch form={id} name="upliftIsRelative" on={form.switch("upliftIsRelative")} id="retention-upliftIsRelative"
                    hook="input-upliftIsRelative" label={switch.label} described="retention-upliftIsRelative-help" help={switch.help} />
                <details class="advanced">
                    <summary>{ t.more_options }</summary>
                    { fields(form, id, "retention", |f| f.advanced) }
                </details>
            </Inputs>
            <Results stale={form.is_stale()} more={props.more} convention={t.retention_convention} cite={&t.gupta_lehmann}>
                { results }
                if props.more {
                    if form.is_stale() {
                        <Unfinished />
                    } else {
                        <CalculatorGoalSeek calc={Calc::retention(form)} />
                    }
                }
            </Results>
        </section>
    }
}
