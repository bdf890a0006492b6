//! SVG charts drawn from the model's numbers, in `html!`: the shared frame and shapes, and the
//! retention and payback charts. Coordinates are whole numbers in a fixed 640-wide viewBox;
//! labels go through Intl.

use super::context::use_ui;
use super::format::{Numbers, Style};
use crate::finance::payback::PaybackResult;
use crate::finance::retention::{RetentionResult, RetentionYear};
use std::rc::Rc;
use yew::prelude::*;

pub const W: i32 = 640;
pub const LEFT: f64 = 104.0;
/// Where the y-axis labels end: room for the longest compact amount.
pub const TICK_X: i32 = LEFT as i32 - 6;
pub const RIGHT: f64 = 628.0;

/// Map `v` from [lo, hi] onto [a, b] as a whole pixel.
pub fn px(v: f64, lo: f64, hi: f64, a: f64, b: f64) -> i32 {
    let span = if hi > lo { hi - lo } else { 1.0 };
    (a + (v - lo) / span * (b - a)).round() as i32
}

/// Value range that always includes zero, so bars and the zero line have a baseline.
pub fn range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)))
}

/// An amount axis's labels: `top` and `bottom` (value at a baseline y) and zero at `zero`; a top
/// or bottom label that would overprint zero's is left out.
pub fn money_ticks(num: &Numbers, top: (f64, i32), zero: i32, bottom: (f64, i32)) -> Html {
    let tick = |(v, y): (f64, i32)| if (y - zero - 4).abs() >= 14 { label("tick", TICK_X, y, "end", num.fmt(Style::CompactMoney, v)) } else { Html::default() };
    html! { <>{ tick(top) }{ label("tick", TICK_X, zero + 4, "end", num.fmt(Style::CompactMoney, 0.0)) }{ tick(bottom) }</> }
}

/// Text at (x, y), anchored "start", "middle" or "end".
pub fn label(class: &'static str, x: i32, y: i32, anchor: &'static str, text: impl Into<AttrValue>) -> Html {
    html! { <text class={class} x={x.to_string()} y={y.to_string()} text-anchor={anchor}>{ text.into() }</text> }
}

/// A rectangle at least one pixel each way, so a small value still shows.
pub fn rect(class: &'static str, x: i32, y: i32, w: i32, h: i32) -> Html {
    html! { <rect class={class} x={x.to_string()} y={y.to_string()} width={w.max(1).to_string()} height={h.max(1).to_string()} /> }
}

pub fn line(class: &'static str, (x1, y1): (i32, i32), (x2, y2): (i32, i32)) -> Html {
    html! { <line class={class} x1={x1.to_string()} x2={x2.to_string()} y1={y1.to_string()} y2={y2.to_string()} /> }
}

/// A horizontal line across the plot at `y`.
pub fn hline(class: &'static str, y: i32) -> Html {
    line(class, (LEFT as i32, y), (RIGHT as i32, y))
}

pub fn polyline(class: &'static str, points: impl Iterator<Item = (i32, i32)>) -> Html {
    let points: Vec<String> = points.map(|(x, y)| [x.to_string(), y.to_string()].join(",")).collect();
    html! { <polyline class={class} points={points.join(" ")} /> }
}

/// An `<svg role="img">` of `height` labelled by its `<title>` (id `id`), with test hook `hook`.
pub fn svg(id: AttrValue, hook: AttrValue, height: i32, title: &'static str, body: Html) -> Html {
    html! {
        // A box that scrolls sideways on a phone, where the chart keeps a width its text can be
        // read at: focusable, so it scrolls from the keyboard too.
        <div class="chart-box" tabindex="0" role="group" aria-labelledby={id.clone()}>
            <svg class="chart" viewBox={format!("0 0 {W} {height}")} role="img" aria-labelledby={id.clone()} data-testid={hook}>
                <title id={id}>{ title }</title>
                { body }
            </svg>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct RetentionChartProps {
    pub result: Rc<RetentionResult>,
}

/// Customers at year end (lines) and profit by year (bars), before vs after the uplift.
#[component]
pub fn RetentionChart(props: &RetentionChartProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    let num = &ui.num;
    let (today, years) = (props.result.customers_start, &props.result.years);
    let n = years.len() as f64;
    let (c_lo, c_hi) = range(years.iter().flat_map(|y| [y.customers_before, y.customers_after]).chain([today]));
    let (p_lo, p_hi) = range(years.iter().flat_map(|y| [y.profit_before, y.profit_after]));
    let (top_a, top_b) = (150.0, 40.0);
    let (bot_a, bot_b) = (330.0, 200.0);
    let line_of = |pick: fn(&RetentionYear) -> f64| {
        std::iter::once((px(0.0, 0.0, n, LEFT, RIGHT), px(today, c_lo, c_hi, top_a, top_b)))
            .chain(years.iter().map(move |y| (px(y.year as f64, 0.0, n, LEFT, RIGHT), px(pick(y), c_lo, c_hi, top_a, top_b))))
    };
    let zero = px(0.0, p_lo, p_hi, bot_a, bot_b);
    let slot = (RIGHT - LEFT) / n;
    let bar_w = (slot * 0.35).max(1.0) as i32;
    let bars = years.iter().enumerate().map(|(i, y)| {
        let x0 = (LEFT + slot * i as f64 + slot * 0.15) as i32;
        let bar = |x: i32, v: f64, class: &'static str| {
            let yv = px(v, p_lo, p_hi, bot_a, bot_b);
            rect(class, x, yv.min(zero), bar_w, (zero - yv).abs())
        };
        html! {
            <>
                { bar(x0, y.profit_before, "bar-before") }
                { bar(x0 + bar_w, y.profit_after, "bar-after") }
                { label("tick", (LEFT + slot * (y.year as f64 - 0.5)) as i32, 348, "middle", y.year.to_string()) }
            </>
        }
    });
    html! {
        { svg("retention-chart-title".into(), "chart-retention".into(), 360, t.retention_chart_title, html! { <>
            <g class="legend">
                { rect("bar-before", LEFT as i32, 6, 12, 12) }{ label("", LEFT as i32 + 18, 16, "start", t.before) }
                { rect("bar-after", LEFT as i32 + 110, 6, 12, 12) }{ label("", LEFT as i32 + 128, 16, "start", t.after) }
            </g>
            { label("axis-title", LEFT as i32, 34, "start", t.customers_by_year) }
            { label("tick", TICK_X, 44, "end", num.fmt(Style::Compact, c_hi)) }
            { label("tick", TICK_X, 154, "end", num.fmt(Style::Compact, c_lo)) }
            { hline("axis", 150) }
            { polyline("line-before", line_of(|y| y.customers_before)) }
            { polyline("line-after", line_of(|y| y.customers_after)) }
            { label("axis-title", LEFT as i32, 190, "start", t.profit_by_year) }
            { money_ticks(num, (p_hi, 204), zero, (0.0, zero)) }
            { hline("axis", zero) }
            { for bars }
        </> }) }
    }
}

#[derive(Properties, PartialEq)]
pub struct PaybackChartProps {
    pub result: Rc<PaybackResult>,
}

/// Cumulative net cash flow by month with the break-even point marked.
#[component]
pub fn PaybackChart(props: &PaybackChartProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    let num = &ui.num;
    let monthly = &props.result.monthly_cumulative_net;
    let months = (monthly.len().max(2) - 1) as f64;
    let (lo, hi) = range(monthly.iter().copied());
    let (ya, yb) = (300.0, 30.0);
    let zero = px(0.0, lo, hi, ya, yb);
    let grid = (0..=(months as usize / 12)).map(|y| {
        let x = px(12.0 * y as f64, 0.0, months, LEFT, RIGHT);
        html! { <>{ line("grid", (x, 30), (x, 300)) }{ label("tick", x, 318, "middle", y.to_string()) }</> }
    });
    let break_even = props.result.break_even_month.map(|m| {
        let x = px(m, 0.0, months, LEFT, RIGHT);
        let (anchor, label_x) = if x > W * 7 / 10 { ("end", x - 8) } else { ("start", x + 8) };
        let text = [t.break_even_label, " · ", &num.fmt(Style::Decimal(1), m), " ", t.months].concat();
        html! {
            <g class="break-even" data-testid="break-even-marker">
                { line("", (x, 30), (x, 300)) }
                <circle cx={x.to_string()} cy={zero.to_string()} r="6" />
                { label("", label_x, zero - 12, anchor, text) }
            </g>
        }
    });
    let points = monthly.iter().enumerate().map(|(m, &v)| (px(m as f64, 0.0, months, LEFT, RIGHT), px(v, lo, hi, ya, yb)));
    html! {
        { svg("payback-chart-title".into(), "chart-payback".into(), 340, t.payback_chart_title, html! { <>
            { for grid }
            { money_ticks(num, (hi, 34), zero, (lo, 304)) }
            { hline("axis", zero) }
            { polyline("line-after", points) }
            { break_even }
            { label("axis-title", 628, 336, "end", t.year) }
        </> }) }
    }
}
