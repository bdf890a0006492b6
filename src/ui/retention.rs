//! The retention → profit calculator: inputs, headline tiles against Reichheld's range, chart,
//! year table (with CSV), convention and sources.

use super::chart::RetentionChart;
use super::context::use_ui;
use super::field::{company_fields, fields, use_form_events, Switch};
use super::fold::Fold;
use super::format::{Numbers, Style};
use super::panel::{Inputs, Results};
use super::panels::{Calc, CalculatorGoalSeek, Unfinished};
use super::source::source;
use super::state::{FormId, Tab};
use super::table::{csv_button, YearTable};
use super::tile::{tiles, TileProps};
use super::years;
use crate::finance::retention::{RetentionResult, REICHHELD_HIGH, REICHHELD_LOW};
use crate::forms::Form;
use crate::text::{fill, FieldText, Texts};
use yew::prelude::*;

/// Where this company's +5-point CLV change (`at_5_points`, whatever uplift is typed) falls
/// against Reichheld/Bain's 25–95% for a 5-point rise: like compared with like.
fn reichheld_note(num: &Numbers, t: &Texts, at_5_points: Option<f64>) -> Option<AttrValue> {
    let c = at_5_points?;
    let template = if c < REICHHELD_LOW {
        t.reichheld_below
    } else if c > REICHHELD_HIGH {
        t.reichheld_above
    } else {
        t.reichheld_within
    };
    Some(fill(template, &num.fmt(Style::Percent, c)).into())
}

/// The headline tiles.
fn headline(num: &Numbers, t: &Texts, r: &RetentionResult) -> Vec<TileProps> {
    let na = t.not_available;
    vec![
        TileProps::new("clvBefore", t.clv_before, Some(r.clv_before), Style::Money, na),
        TileProps::new("clvAfter", t.clv_after, Some(r.clv_after), Style::Money, na),
        TileProps::new("clvChange", t.clv_change, r.clv_change, Style::Percent, na).note(reichheld_note(num, t, r.clv_change_at_5_points)),
        TileProps::new("cumulativeProfitUplift", t.cumulative_profit_uplift, Some(r.cumulative_profit_uplift), Style::Money, na),
        TileProps::new("discountedProfitUplift", t.discounted_profit_uplift, Some(r.discounted_profit_uplift), Style::Money, na),
    ]
}

#[derive(Properties, PartialEq)]
pub struct RetentionPageProps {
    pub form: Form<RetentionResult>,
    /// How much is drawn (`AppState::stage`): charts and tables from the second frame on, goal
    /// seek (which solves its question) from the third.
    pub stage: u8,
    pub role: Option<&'static str>,
}

#[component]
pub fn RetentionPage(props: &RetentionPageProps) -> Html {
    let ui = use_ui();
    let num = &ui.num;
    let t = ui.t;
    let form = &props.form;
    let id = FormId::Retention;
    let events = use_form_events(id);
    let more = props.stage >= 1;
    let switch = t.field("upliftIsRelative").unwrap_or(FieldText { label: "", help: "" });
    // Built once: the tiles and the phone's results bar show the same figures.
    let head = form.result().map(|r| headline(num, t, r)).unwrap_or_default();
    let results = form.result().map(|r| {
        html! {
            <>
                { tiles(&ui.num, &head) }
                { source(t, &t.reichheld) }
                if more {
                    <RetentionChart result={r.clone()} />
                    <YearTable table={years::retention(t, r)} />
                    { csv_button(&ui, Tab::Retention) }
                }
            </>
        }
    });
    html! {
        <section class="calc" id="panel-retention" role={props.role} aria-labelledby={props.role.map(|_| "tab-retention")}>
            <Inputs form={id} title={t.retention_title} intro={t.retention_intro}>
                { company_fields(t, form, &events, "retention", |f| !f.advanced) }
                <Switch name="upliftIsRelative" ontoggle={events.ontoggle.clone()} on={form.switch("upliftIsRelative")} id="retention-upliftIsRelative"
                    hook="input-upliftIsRelative" label={switch.label} described="retention-upliftIsRelative-help" help={switch.help} />
                <Fold class="advanced" summary={html! { t.more_options }}>
                    { fields(form, &events, "retention", |f| f.advanced) }
                </Fold>
            </Inputs>
            <Results stale={form.is_stale()} more={more} convention={t.retention_convention} cite={&t.gupta_lehmann}
                peek={head.clone()}>
                { results }
                if props.stage >= 2 {
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
