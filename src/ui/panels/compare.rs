//! The comparison of saved scenarios on the Scenarios page: two to four side by side, the inputs
//! that differ highlighted, results and charts in columns on one scale.

use super::super::case::charts::{extent, ByYearChart};
use super::super::context::use_ui;
use super::super::fold::Fold;
use super::super::format::{Numbers, Style};
use super::super::state::Saved;
use super::assumptions::{forms, rows};
use super::text_table::{TextRow, TextTable};
use crate::forms::scenario::Scenario;
use crate::text::Texts;
use yew::prelude::*;

/// Headline results of every calculator, one row each, one column per scenario.
fn results(num: &Numbers, t: &Texts, list: &[Saved]) -> Vec<TextRow> {
    let money = |v: f64| num.fmt(Style::Money, v);
    let pct = |v: Option<f64>| v.map_or_else(|| t.not_available.to_owned(), |v| num.fmt(Style::Percent, v));
    let months = |v: Option<f64>| v.map_or_else(|| t.never.to_owned(), |v| num.fmt(Style::Decimal(1), v) + " " + t.months);
    let row = |calc: &str, what: &str, cell: &dyn Fn(&Scenario) -> Option<String>| TextRow {
        label: [calc, " · ", what].concat().into(),
        cells: list.iter().map(|s| cell(&s.scenario).unwrap_or_else(|| t.not_available.to_owned()).into()).collect(),
        highlight: false,
    };
    vec![
        row(t.tab_retention, t.clv_after, &|s| s.retention.result().map(|r| money(r.clv_after))),
        row(t.tab_retention, t.discounted_profit_uplift, &|s| s.retention.result().map(|r| money(r.discounted_profit_uplift))),
        row(t.tab_payback, t.npv, &|s| s.payback.result().map(|r| money(r.summary.npv))),
        row(t.tab_payback, t.roi, &|s| s.payback.result().map(|r| pct(r.summary.roi))),
        row(t.tab_payback, t.payback_months, &|s| s.payback.result().map(|r| months(r.summary.payback_months))),
        row(t.tab_case, t.npv, &|s| s.case.result().map(|r| money(r.risk_adjusted.npv))),
        row(t.tab_case, t.roi, &|s| s.case.result().map(|r| pct(r.risk_adjusted.roi))),
        row(t.tab_case, t.irr, &|s| s.case.result().map(|r| pct(r.risk_adjusted.irr))),
        row(t.tab_case, t.payback_months, &|s| s.case.result().map(|r| months(r.risk_adjusted.payback_months))),
    ]
}

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    /// The saved scenarios picked, in the order they were picked.
    pub picked: Vec<Saved>,
}

/// Saved scenarios side by side.
#[component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    let num = &ui.num;
    let list = &props.picked;
    if list.len() < 2 {
        return Html::default();
    }
    let mut head: Vec<AttrValue> = vec![t.input.into()];
    head.extend(list.iter().map(|s| AttrValue::from(s.head.name.clone())));
    let scenarios: Vec<&Scenario> = list.iter().map(|s| &s.scenario).collect();
    let differing = Scenario::differing(&scenarios);
    // Every input, differing ones first and highlighted; the rest behind a disclosure.
    let (mut differ, mut same) = (Vec::new(), Vec::new());
    for (k, (scope, title, _)) in forms(t, &list[0].scenario).into_iter().enumerate() {
        let columns: Vec<Vec<(&str, String, String)>> = list.iter().map(|s| rows(num, t, scope, forms(t, &s.scenario)[k].2)).collect();
        for (r, (key, label, _)) in columns[0].iter().enumerate() {
            let highlight = differing.contains(&(scope, *key));
            let row = TextRow { label: [title, " · ", label].concat().into(), cells: columns.iter().map(|c| c[r].2.clone().into()).collect(), highlight };
            if highlight {
                differ.push(row)
            } else {
                same.push(row)
            }
        }
    }
    let mut results_head = head.clone();
    results_head[0] = t.results.into();
    // One y-scale for every chart, so their bars compare by eye.
    let scale = list.iter().filter_map(|s| s.scenario.case.result()).map(|r| extent(r)).fold((0.0f64, 0.0f64), |a, b| (a.0.min(b.0), a.1.max(b.1)));
    let charts = list.iter().enumerate().filter_map(|(i, s)| {
        let r = s.scenario.case.result()?;
        Some(html! {
            <figure key={i} class="compare-chart">
                <figcaption>{ s.head.name.clone() }</figcaption>
                <ByYearChart result={r.clone()} id={format!("compare-chart-{i}")} hook="chart-compare" scale={Some(scale)} />
            </figure>
        })
    });
    html! {
        <section class="comparison" data-testid="comparison" aria-labelledby="compare-title">
            <h3 id="compare-title">{ t.compare_title }</h3>
            <TextTable caption={t.results} hook="compare-results" head={results_head} rows={results(num, t, list)} />
            if differ.is_empty() {
                <p>{ t.no_differences }</p>
            } else {
                <TextTable caption={t.inputs_that_differ} hook="compare-differ" head={head.clone()} rows={differ} marker={t.differs} />
            }
            <Fold hook="inputs-same" summary={html! { <>{ t.inputs_the_same }{ " (" }{ same.len() }{ ")" }</> }}>
                <TextTable caption={t.inputs_the_same} hook="compare-same" {head} rows={same} />
            </Fold>
            <h4>{ t.by_year_title }</h4>
            <div class="compare-charts">{ for charts }</div>
        </section>
    }
}
