//! What was realised after the sale against the business case's plan, as the realisation tab
//! and the report show it: the headline tiles, the cumulative chart (the plan; actuals to date,
//! then the forecast), the levers to date with those lagging and leading, the CX metric trend
//! where drivers were recorded, and the plan and actual of every period.

use super::super::chart::{every, hline, label, line, money_ticks, polyline, px, range, svg, use_frame, LINE};
use super::super::context::use_ui;
use super::super::field::unit_text;
use super::super::format::{Numbers, Style};
use super::super::tile::{tiles, TileProps};
use super::text_table::{TextRow, TextTable};
use crate::finance::business_case::Lever;
use crate::finance::realisation::{Period, PeriodRow, Realisation};
use crate::forms::realisation::{driver_spec, month_after, start_month};
use crate::text::{fill, Texts};
use std::rc::Rc;
use yew::prelude::*;

/// How a period reads: "Quarter 3 · 2027-07", or "Quarter 3" before a start month is set.
pub fn period_label(t: &Texts, period: Period, p: u32, start: &str) -> String {
    let name = fill(
        match period {
            Period::Quarter => t.real_quarter,
            Period::Month => t.real_month,
        },
        &(p + 1).to_string(),
    );
    match start_month(start) {
        Some(s) => [name, " · ".into(), month_after(s, p * period.months())].concat(),
        None => name,
    }
}

/// A period's label in a table: kept on one line.
fn row_label(t: &Texts, period: Period, p: u32, start: &str) -> AttrValue {
    period_label(t, period, p, start).replace(' ', "\u{a0}").replace('-', "\u{2011}").into()
}

/// The headline tiles (the first two also stand in the phone's results bar).
pub fn headline(t: &Texts, r: &Realisation) -> Vec<TileProps> {
    let na = t.not_available;
    vec![
        TileProps::new("realised", t.real_realised, Some(r.realised), Style::Money, na),
        TileProps::new("realisedShare", t.real_share, r.share, Style::Percent, na),
        TileProps::new("realisedRoi", t.real_roi, r.roi_to_date, Style::Percent, na),
        TileProps::new("realisedPayback", t.real_payback, r.payback_months_to_date, Style::Decimal(1), t.real_not_yet).suffix(t.months),
    ]
}

/// The benefits of the levers that are on, planned and measured (`None`: nothing measured).
fn benefits(r: &Realisation, row: &PeriodRow) -> (f64, Option<f64>) {
    let plan = r.levers.iter().map(|l| row.plan_benefits.get(l.lever)).sum();
    let actual = r.levers.iter().filter_map(|l| row.actual_benefits[l.lever.index()]).fold(None, |a: Option<f64>, v| Some(a.unwrap_or(0.0) + v));
    (plan, actual)
}

#[derive(Properties, PartialEq)]
pub struct RealisationProps {
    pub result: Rc<Realisation>,
    pub period: Period,
    pub start: AttrValue,
    /// Each lever's planned driver in its typed units, where it has one.
    pub planned: [Option<f64>; 8],
    /// Also the trend and the table of every period (the tab; the report shows the summary).
    #[prop_or_default]
    pub full: bool,
}

/// The results of the realisation: tiles, chart, levers; with `full` the trend and the periods.
#[component]
pub fn RealisationResults(props: &RealisationProps) -> Html {
    let ui = use_ui();
    let (t, num) = (ui.t, &ui.num);
    let r = &props.result;
    if r.periods_to_date == 0 {
        return html! { <p class="intro" data-testid="real-nothing">{ t.real_nothing }</p> };
    }
    html! {
        <>
            { tiles(num, &headline(t, r)) }
            <p class="help" data-testid="real-to-date">{ [t.real_to_date, ": ", &r.periods_to_date.to_string(), " / ", &r.periods.len().to_string()].concat() }</p>
            <RealisationChart result={r.clone()} />
            { lever_table(t, num, r) }
            if props.full {
                { trend_table(t, num, props) }
                { period_table(t, num, props) }
            }
        </>
    }
}

fn lever_table(t: &'static Texts, num: &Numbers, r: &Realisation) -> Html {
    let rows: Vec<TextRow> = r
        .levers
        .iter()
        .map(|l| {
            let status = match (l.share, l.lagging, l.leading) {
                (None, _, _) => t.real_not_measured,
                (_, true, _) => t.real_lagging,
                (_, _, true) => t.real_leading,
                _ => t.real_on_track,
            };
            let measured = l.share.is_some();
            let money = |v: f64| if measured { num.fmt(Style::Money, v) } else { "—".to_owned() };
            TextRow {
                label: t.levers[l.lever.index()].title.into(),
                cells: vec![
                    money(l.plan).into(),
                    money(l.realised).into(),
                    l.share.map_or("—".to_owned(), |s| num.fmt(Style::Percent, s)).into(),
                    status.into(),
                ],
                highlight: l.lagging,
            }
        })
        .collect();
    let head = vec![AttrValue::from(t.lever), t.real_plan_line.into(), t.real_actual.into(), t.real_share.into(), t.real_status.into()];
    html! { <TextTable caption={t.real_levers_title} hook="real-levers" {head} {rows} marker="▼" /> }
}

fn trend_table(t: &'static Texts, num: &Numbers, props: &RealisationProps) -> Html {
    let r = &props.result;
    let levers: Vec<Lever> = r.levers.iter().map(|l| l.lever).filter(|l| r.periods.iter().any(|p| p.drivers[l.index()].is_some())).collect();
    if levers.is_empty() {
        return Html::default();
    }
    let shown = |l: Lever, v: f64| {
        let spec = driver_spec(l);
        let unit = spec.map_or("", |s| unit_text(num, t, s.unit));
        let v = v / spec.map_or(1.0, |s| s.unit.scale());
        [num.fmt(Style::Decimal(2), v), " ".into(), unit.into()].concat()
    };
    let mut head = vec![AttrValue::from(t.real_period_col)];
    head.extend(levers.iter().map(|&l| AttrValue::from(t.levers[l.index()].title)));
    let mut rows = vec![TextRow {
        label: t.real_plan_line.into(),
        cells: levers
            .iter()
            .map(|&l| props.planned[l.index()].map_or("—".to_owned(), |v| shown(l, v * driver_spec(l).map_or(1.0, |s| s.unit.scale()))).into())
            .collect(),
        highlight: false,
    }];
    rows.extend(r.periods.iter().filter(|p| levers.iter().any(|l| p.drivers[l.index()].is_some())).map(|p| TextRow {
        label: row_label(t, props.period, p.period, &props.start),
        cells: levers.iter().map(|&l| p.drivers[l.index()].map_or("—".to_owned(), |v| shown(l, v)).into()).collect(),
        highlight: false,
    }));
    html! { <TextTable caption={t.real_trend_title} hook="real-trend" {head} {rows} /> }
}

fn period_table(t: &'static Texts, num: &Numbers, props: &RealisationProps) -> Html {
    let r = &props.result;
    let money = |v: Option<f64>| v.map_or("—".to_owned(), |v| num.fmt(Style::Money, v));
    let rows: Vec<TextRow> = r
        .periods
        .iter()
        .map(|p| {
            let (plan, actual) = benefits(r, p);
            TextRow {
                label: row_label(t, props.period, p.period, &props.start),
                cells: vec![money(Some(plan)).into(), money(actual).into(), money(p.actual_costs).into(), money(Some(p.cumulative_forecast)).into()],
                highlight: false,
            }
        })
        .collect();
    let head = vec![
        AttrValue::from(t.real_period_col),
        [t.benefits, " · ", t.real_plan_line].concat().into(),
        [t.benefits, " · ", t.real_actual].concat().into(),
        [t.costs, " · ", t.real_actual].concat().into(),
        t.real_cumulative.into(),
    ];
    html! { <TextTable caption={t.real_table_title} hook="real-periods" {head} {rows} /> }
}

#[derive(Properties, PartialEq)]
pub struct RealisationChartProps {
    pub result: Rc<Realisation>,
}

/// Cumulative net by period: the plan (dashed), the actuals to date (solid) and the forecast
/// after them, on one scale, each line named inside the chart at its end.
#[component]
pub fn RealisationChart(props: &RealisationChartProps) -> Html {
    let ui = use_ui();
    let f = use_frame();
    let (t, num) = (ui.t, &ui.num);
    let r = &props.result;
    let n = r.periods.len();
    // Period 0 starts at nothing spent: the lines begin at zero.
    let plan: Vec<f64> = std::iter::once(0.0).chain(r.periods.iter().map(|p| p.cumulative_plan)).collect();
    let forecast: Vec<f64> = std::iter::once(0.0).chain(r.periods.iter().map(|p| p.cumulative_forecast)).collect();
    let (lo, hi) = range(plan.iter().chain(&forecast).copied());
    let (ya, yb) = (if f.narrow() { 220.0 } else { 260.0 }, 30.0);
    let (top, bottom) = (yb as i32, ya as i32);
    let zero = px(0.0, lo, hi, ya, yb);
    let x = |i: usize| f.x(i as f64, 0.0, n.max(1) as f64);
    let y = |v: f64| px(v, lo, hi, ya, yb);
    let to_date = r.periods_to_date as usize;
    let step = every(n + 1, f.right - f.left, 28.0);
    let ticks = (0..=n).filter(|i| i % step == 0).map(|i| label("tick", x(i), bottom + 18, "middle", i.to_string()));
    // Each line named at its end, the two names at least a line apart.
    let end_y = |v: &[f64]| y(*v.last().unwrap_or(&0.0));
    let (yp, yf) = (end_y(&plan), end_y(&forecast));
    let (mut at_plan, mut at_forecast) = if yf <= yp { (yp + 16, yf - 8) } else { (yp - 8, yf + 16) };
    at_plan = at_plan.clamp(top + LINE, bottom - 4);
    at_forecast = at_forecast.clamp(top + LINE, bottom - 4);
    if (at_plan - at_forecast).abs() < LINE {
        if yf <= yp {
            at_plan = at_forecast + LINE;
        } else {
            at_forecast = at_plan + LINE;
        }
    }
    let today = x(to_date);
    html! {
        { svg(&f, "realisation-chart-title".into(), "chart-realisation".into(), bottom + 40, t.real_chart_title, html! { <>
            { money_ticks(&f, num, (hi, top + 4), zero, (lo, bottom + 4)) }
            { hline(&f, "axis", zero) }
            { line("grid", (today, top), (today, bottom)) }
            { polyline("line-before", plan.iter().enumerate().map(|(i, &v)| (x(i), y(v)))) }
            { polyline("line-forecast", forecast.iter().enumerate().skip(to_date).map(|(i, &v)| (x(i), y(v)))) }
            { polyline("line-after", forecast.iter().enumerate().take(to_date + 1).map(|(i, &v)| (x(i), y(v)))) }
            { label("series-label", f.right as i32 - 2, at_plan, "end", t.real_plan_line) }
            { label("series-label", f.right as i32 - 2, at_forecast, "end", t.real_forecast_line) }
            { f.inside("series-label", today - 4, top - 8, "end", t.real_actual_line.to_owned()) }
            { for ticks }
            { label("axis-title", f.right as i32, bottom + 36, "end", t.real_period_col) }
        </> }) }
    }
}
