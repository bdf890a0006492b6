//! SVG charts drawn from the model's numbers, in `html!`: the shared frame and shapes, and the
//! retention and payback charts. Each chart is drawn for the width it has (`Frame`): a viewBox
//! that scales to its card, in a wide or a narrow layout; coordinates are whole numbers and
//! labels go through Intl.

use super::context::use_ui;
use super::effects::{use_fit, Fit};
use super::format::{Numbers, Style};
use crate::finance::payback::PaybackResult;
use crate::finance::retention::{RetentionResult, RetentionYear};
use crate::finance::within;
pub use crate::layout::{every, wrap};
use std::rc::Rc;
use yew::prelude::*;

/// The height of a line of chart text, and the width a character of it takes at most on
/// average (for placing labels so none runs off the chart).
pub const LINE: i32 = 15;
const CHAR_W: f64 = 6.8;

/// Where a chart is drawn: its viewBox's width (see `Fit`), where the plot starts and ends
/// across it, and the element its width is measured on.
#[derive(Clone, PartialEq)]
pub struct Frame {
    pub node: NodeRef,
    pub fit: Fit,
    pub w: i32,
    pub left: f64,
    pub right: f64,
}

impl Frame {
    pub fn new(node: NodeRef, fit: Fit) -> Frame {
        let w = fit.0;
        // Room left of the plot for the longest compact amount.
        if fit.wide() {
            Frame { node, fit, w, left: 104.0, right: f64::from(w - 12) }
        } else {
            Frame { node, fit, w, left: 80.0, right: f64::from(w - 8) }
        }
    }

    pub fn narrow(&self) -> bool {
        !self.fit.wide()
    }

    /// Where the y-axis labels end.
    pub fn tick_x(&self) -> i32 {
        self.left as i32 - 6
    }

    /// Map `v` from [lo, hi] across the plot.
    pub fn x(&self, v: f64, lo: f64, hi: f64) -> i32 {
        px(v, lo, hi, self.left, self.right)
    }

    /// How many characters of chart text fit in `width` units.
    pub fn chars(width: f64) -> usize {
        (width / CHAR_W).floor().max(1.0) as usize
    }

    /// Text at `x` that stays inside the chart: anchored at its start, its end, or clamped
    /// about its middle, whichever keeps it whole.
    pub fn inside(&self, class: &'static str, x: i32, y: i32, anchor: &'static str, text: String) -> Html {
        let half = width_of(&text) / 2.0;
        let (lo, hi) = (4.0 + half, f64::from(self.w) - 4.0 - half);
        let (x, anchor) = match anchor {
            "start" if f64::from(x) + 2.0 * half > f64::from(self.w) - 4.0 => (self.w - 4, "end"),
            "end" if f64::from(x) - 2.0 * half < 4.0 => (4, "start"),
            "middle" => (within(f64::from(x), lo, hi.max(lo)).round() as i32, "middle"),
            _ => (x, anchor),
        };
        label(class, x, y, anchor, text)
    }
}

/// The frame of a chart, measured on the element it is drawn in (see `effects::use_fit`).
#[hook]
pub fn use_frame() -> Frame {
    let (node, fit) = use_fit();
    Frame::new(node, fit)
}

/// How wide `text` is drawn, at most.
pub fn width_of(text: &str) -> f64 {
    text.chars().count() as f64 * CHAR_W
}

/// Lines of text from (x, y) down, one `LINE` apart, anchored as `anchor`.
pub fn lines(class: &'static str, x: i32, y: i32, anchor: &'static str, lines: &[String]) -> Html {
    let spans = lines.iter().enumerate().map(|(i, l)| {
        let dy = if i == 0 { "0".to_owned() } else { LINE.to_string() };
        html! { <tspan x={x.to_string()} dy={dy}>{ l.clone() }</tspan> }
    });
    html! { <text class={class} x={x.to_string()} y={y.to_string()} text-anchor={anchor}>{ for spans }</text> }
}

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
pub fn money_ticks(f: &Frame, num: &Numbers, top: (f64, i32), zero: i32, bottom: (f64, i32)) -> Html {
    let x = f.tick_x();
    let tick = |(v, y): (f64, i32)| if (y - zero - 4).abs() >= 14 { label("tick", x, y, "end", num.fmt(Style::CompactMoney, v)) } else { Html::default() };
    html! { <>{ tick(top) }{ label("tick", x, zero + 4, "end", num.fmt(Style::CompactMoney, 0.0)) }{ tick(bottom) }</> }
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
pub fn hline(f: &Frame, class: &'static str, y: i32) -> Html {
    line(class, (f.left as i32, y), (f.right as i32, y))
}

pub fn polyline(class: &'static str, points: impl Iterator<Item = (i32, i32)>) -> Html {
    let points: Vec<String> = points.map(|(x, y)| [x.to_string(), y.to_string()].join(",")).collect();
    html! { <polyline class={class} points={points.join(" ")} /> }
}

/// An `<svg role="img">` of `height` labelled by its `<title>` (id `id`), with test hook `hook`,
/// as wide as its card: its box is where the frame's width is measured.
pub fn svg(f: &Frame, id: AttrValue, hook: AttrValue, height: i32, title: &'static str, body: Html) -> Html {
    let fit = if f.narrow() { "narrow" } else { "wide" };
    html! {
        <div class="chart-box" ref={f.node.clone()}>
            <svg class="chart" viewBox={format!("0 0 {} {height}", f.w)} role="img" aria-labelledby={id.clone()} data-testid={hook} data-fit={fit}>
                <title id={id}>{ title }</title>
                { body }
            </svg>
        </div>
    }
}

/// Year labels along the bottom at `y`, centred on `x_of(year)`, fewer when they would crowd.
fn year_ticks(f: &Frame, years: impl Iterator<Item = u32>, n: usize, y: i32, x_of: impl Fn(u32) -> i32) -> Html {
    let step = every(n, f.right - f.left, 28.0);
    years.filter(|year| (*year as usize).is_multiple_of(step)).map(|year| label("tick", x_of(year), y, "middle", year.to_string())).collect()
}

#[derive(Properties, PartialEq)]
pub struct RetentionChartProps {
    pub result: Rc<RetentionResult>,
}

/// Customers at year end (lines) and profit by year (bars), before vs after the uplift.
#[component]
pub fn RetentionChart(props: &RetentionChartProps) -> Html {
    let ui = use_ui();
    let f = use_frame();
    let t = ui.t;
    let num = &ui.num;
    let (today, years) = (props.result.customers_start, &props.result.years);
    let n = years.len() as f64;
    let (left, right) = (f.left, f.right);
    let (c_lo, c_hi) = range(years.iter().flat_map(|y| [y.customers_before, y.customers_after]).chain([today]));
    let (p_lo, p_hi) = range(years.iter().flat_map(|y| [y.profit_before, y.profit_after]));
    // Axis titles start at the chart's left edge in the narrow layout, wrapped to its width.
    let (title_x, title_chars) = if f.narrow() { (4, Frame::chars(f64::from(f.w) - 8.0)) } else { (left as i32, Frame::chars(right - left)) };
    let customers = wrap(t.customers_by_year, title_chars);
    let profit = wrap(t.profit_by_year, title_chars);
    // Each axis's top label a line below its title's last line.
    let top_b = 36 + LINE * (customers.len() as i32 - 1) + 10;
    let (top_a, top_b) = (f64::from(top_b + 110), f64::from(top_b));
    let profit_at = top_a as i32 + 36;
    let bot_b = f64::from(profit_at + LINE * (profit.len() as i32 - 1) + 10);
    let bot_a = bot_b + 130.0;
    let line_of = |pick: fn(&RetentionYear) -> f64| {
        std::iter::once((px(0.0, 0.0, n, left, right), px(today, c_lo, c_hi, top_a, top_b)))
            .chain(years.iter().map(move |y| (px(y.year as f64, 0.0, n, left, right), px(pick(y), c_lo, c_hi, top_a, top_b))))
    };
    let zero = px(0.0, p_lo, p_hi, bot_a, bot_b);
    let slot = (right - left) / n;
    let bar_w = (slot * 0.35).max(1.0) as i32;
    let bars = years.iter().enumerate().map(|(i, y)| {
        let x0 = (left + slot * i as f64 + slot * 0.15) as i32;
        let bar = |x: i32, v: f64, class: &'static str| {
            let yv = px(v, p_lo, p_hi, bot_a, bot_b);
            rect(class, x, yv.min(zero), bar_w, (zero - yv).abs())
        };
        html! { <>{ bar(x0, y.profit_before, "bar-before") }{ bar(x0 + bar_w, y.profit_after, "bar-after") }</> }
    });
    let year_y = bot_a as i32 + 18;
    let ticks = year_ticks(&f, years.iter().map(|y| y.year), years.len(), year_y, |year| (left + slot * (f64::from(year) - 0.5)) as i32);
    let after_x = (left as i32 + 30 + width_of(t.before) as i32).max(left as i32 + 110).min(f.w - 40);
    let (legend_x, after_x) = if f.narrow() { (4, after_x - left as i32 + 4) } else { (left as i32, after_x) };
    html! {
        { svg(&f, "retention-chart-title".into(), "chart-retention".into(), year_y + 12, t.retention_chart_title, html! { <>
            <g class="legend">
                { rect("bar-before", legend_x, 6, 12, 12) }{ label("", legend_x + 18, 16, "start", t.before) }
                { rect("bar-after", after_x, 6, 12, 12) }{ label("", after_x + 18, 16, "start", t.after) }
            </g>
            { lines("axis-title", title_x, 36, "start", &customers) }
            { label("tick", f.tick_x(), top_b as i32 + 4, "end", num.fmt(Style::Compact, c_hi)) }
            { label("tick", f.tick_x(), top_a as i32 + 4, "end", num.fmt(Style::Compact, c_lo)) }
            { hline(&f, "axis", top_a as i32) }
            { polyline("line-before", line_of(|y| y.customers_before)) }
            { polyline("line-after", line_of(|y| y.customers_after)) }
            { lines("axis-title", title_x, profit_at, "start", &profit) }
            { money_ticks(&f, num, (p_hi, bot_b as i32 + 4), zero, (0.0, zero)) }
            { hline(&f, "axis", zero) }
            { for bars }
            { ticks }
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
    let f = use_frame();
    let t = ui.t;
    let num = &ui.num;
    let monthly = &props.result.monthly_cumulative_net;
    let months = (monthly.len().max(2) - 1) as f64;
    let (lo, hi) = range(monthly.iter().copied());
    let (ya, yb) = (if f.narrow() { 240.0 } else { 300.0 }, 30.0);
    let zero = px(0.0, lo, hi, ya, yb);
    let (top, bottom) = (yb as i32, ya as i32);
    let n_years = months as usize / 12;
    let step = every(n_years + 1, f.right - f.left, 28.0);
    let grid = (0..=n_years).map(|y| {
        let x = f.x(12.0 * y as f64, 0.0, months);
        let tick = (y % step == 0).then(|| label("tick", x, bottom + 18, "middle", y.to_string()));
        html! { <>{ line("grid", (x, top), (x, bottom)) }{ tick }</> }
    });
    let break_even = props.result.break_even_month.map(|m| {
        let x = f.x(m, 0.0, months);
        let text = [t.break_even_label, " · ", &num.fmt(Style::Decimal(1), m), " ", t.months].concat();
        let anchor = if x > f.w / 2 { "end" } else { "start" };
        let label_x = if anchor == "end" { x - 8 } else { x + 8 };
        // Above the curve where there is room, below it where not.
        let y = if zero - 12 - LINE > top { zero - 12 } else { zero + 22 };
        html! {
            <g class="break-even" data-testid="break-even-marker">
                { line("", (x, top), (x, bottom)) }
                <circle cx={x.to_string()} cy={zero.to_string()} r="6" />
                { f.inside("", label_x, y, anchor, text) }
            </g>
        }
    });
    let points = monthly.iter().enumerate().map(|(m, &v)| (f.x(m as f64, 0.0, months), px(v, lo, hi, ya, yb)));
    html! {
        { svg(&f, "payback-chart-title".into(), "chart-payback".into(), bottom + 40, t.payback_chart_title, html! { <>
            { for grid }
            { money_ticks(&f, num, (hi, top + 4), zero, (lo, bottom + 4)) }
            { hline(&f, "axis", zero) }
            { polyline("line-after", points) }
            { break_even }
            { label("axis-title", f.right as i32, bottom + 36, "end", t.year) }
        </> }) }
    }
}
