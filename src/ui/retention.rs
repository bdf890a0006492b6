//! The retention → profit calculator: inputs, headline tiles against Reichheld's range, chart,
//! year table, convention and sources.

use super::chart::retention_chart;
use super::field::fields;
use super::panel;
use super::format::{fmt, Style};
use super::source::source;
use super::state::{Action, AppState, Tab};
use super::tile::Tile;
use crate::finance::retention::{RetentionResult, REICHHELD_HIGH, REICHHELD_LOW};
use crate::text::{Texts, EN};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
}

fn reichheld_note(t: &Texts, change: Option<f64>) -> Option<String> {
    let c = change?;
    Some(String::from(if c < REICHHELD_LOW {
        t.reichheld_below
    } else if c > REICHHELD_HIGH {
        t.reichheld_above
    } else {
        t.reichheld_within
    }))
}

fn year_table(t: &Texts, r: &RetentionResult) -> Html {
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={t.retention_chart_title}>
            <table class="year-table">
                <caption>{ t.retention_chart_title }</caption>
                <thead><tr>
                    <th scope="col">{ t.year }</th>
                    <th scope="col">{ t.customers_by_year }{ " · " }{ t.before }</th>
                    <th scope="col">{ t.customers_by_year }{ " · " }{ t.after }</th>
                    <th scope="col">{ t.profit_by_year }{ " · " }{ t.before }</th>
                    <th scope="col">{ t.profit_by_year }{ " · " }{ t.after }</th>
                </tr></thead>
                <tbody>
                    { for r.years.iter().map(|y| html! {
                        <tr>
                            <th scope="row">{ y.year.to_string() }</th>
                            <td>{ fmt(Style::Decimal(0), y.customers_before) }</td>
                            <td>{ fmt(Style::Decimal(0), y.customers_after) }</td>
                            <td>{ fmt(Style::Money, y.profit_before) }</td>
                            <td>{ fmt(Style::Money, y.profit_after) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn RetentionCalculator(props: &Props) -> Html {
    let t = &EN;
    let state = &props.state;
    let form = &state.retention;
    let onswitch = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            state.dispatch(Action::SetSwitch(Tab::Retention, "upliftIsRelative", on));
        })
    };
    let onreset = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Reset(Tab::Retention)))
    };
    let onedit = {
        let state = state.clone();
        Callback::from(move |(i, text)| state.dispatch(Action::Edit(Tab::Retention, i, text)))
    };
    let relative = t.field("upliftIsRelative");
    html! {
        <section class="calc" id="panel-retention" role="tabpanel" aria-labelledby="tab-retention">
            { panel::inputs(t, t.retention_title, t.retention_intro, html! {
                <>
                    { fields(form, "retention", |f| !f.advanced, &onedit) }
                    <div class="switch">
                        <input type="checkbox" id="retention-upliftIsRelative" data-testid="input-upliftIsRelative"
                            checked={form.switch("upliftIsRelative")} onchange={onswitch} aria-describedby="retention-upliftIsRelative-help" />
                        <label for="retention-upliftIsRelative">{ relative.map(|f| f.label) }</label>
                        <p class="help" id="retention-upliftIsRelative-help">{ relative.map(|f| f.help) }</p>
                    </div>
                    <details class="advanced">
                        <summary>{ t.more_options }</summary>
                        { fields(form, "retention", |f| f.advanced, &onedit) }
                    </details>
                </>
            }, onreset) }
            { panel::results(t, form.is_stale(), Html::default(), form.result().map(|r| html! {
                <>
                    <div class="tiles">
                        { Tile::new("clvBefore", t.clv_before, Some(r.clv_before), Style::Money, t.not_available).view() }
                        { Tile::new("clvAfter", t.clv_after, Some(r.clv_after), Style::Money, t.not_available).view() }
                        { Tile::new("clvChange", t.clv_change, r.clv_change, Style::Percent, t.not_available).note(reichheld_note(t, r.clv_change)).view() }
                        { Tile::new("cumulativeProfitUplift", t.cumulative_profit_uplift, Some(r.cumulative_profit_uplift), Style::Money, t.not_available).view() }
                        { Tile::new("discountedProfitUplift", t.discounted_profit_uplift, Some(r.discounted_profit_uplift), Style::Money, t.not_available).view() }
                    </div>
                    { source(&t.reichheld) }
                    { retention_chart(t, r.customers_start, &r.years) }
                    { year_table(t, r) }
                </>
            }), t.retention_convention, &t.gupta_lehmann) }
        </section>
    }
}
