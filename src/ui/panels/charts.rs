//! The panels' charts, on the page's chart frame (`ui::chart`): the tornado, the Monte Carlo's
//! histogram, the investment curve and the assessment's radar. Each has a table beside it.

use super::super::chart::{hline, label, line, money_ticks, polyline, px, rect, svg, LEFT, RIGHT, TICK_X};
use super::super::format::{Numbers, Style};
use crate::finance::checks::Investment;
use crate::finance::uncertainty::Histogram;
use yew::prelude::*;

/// One tornado bar as drawn: its name, the NPV at each end.
pub struct TornadoBar {
    pub name: String,
    pub npv_low: f64,
    pub npv_high: f64,
}

/// Bars around the base NPV, widest first; the input's name at the left of each.
pub fn tornado(num: &Numbers, title: &'static str, base: f64, bars: &[TornadoBar]) -> Html {
    const ROW: i32 = 26;
    const TOP: i32 = 24;
    let height = TOP + ROW * bars.len() as i32 + 24;
    let lo = bars.iter().map(|b| b.npv_low.min(b.npv_high)).fold(base, f64::min);
    let hi = bars.iter().map(|b| b.npv_low.max(b.npv_high)).fold(base, f64::max);
    // Names take the left half; bars the rest.
    let (a, b) = (318.0, RIGHT - 8.0);
    let x = |v: f64| px(v, lo, hi, a, b);
    let rows = bars.iter().enumerate().map(|(i, bar)| {
        let y = TOP + ROW * i as i32;
        let (l, h) = (x(bar.npv_low.min(bar.npv_high)), x(bar.npv_low.max(bar.npv_high)));
        let mid = x(base);
        html! {
            <g>
                { label("tick", 310, y + 15, "end", shorten(&bar.name)) }
                { rect("bar-before", l, y + 4, mid - l, 16) }
                { rect("bar-after", mid, y + 4, h - mid, 16) }
            </g>
        }
    });
    let body = html! {
        <>
            { label("tick", x(lo), 14, "start", num.fmt(Style::CompactMoney, lo)) }
            { label("tick", x(hi), 14, "end", num.fmt(Style::CompactMoney, hi)) }
            { for rows }
            { line("axis", (x(base), TOP - 4), (x(base), height - 20)) }
            { label("axis-title", x(base), height - 6, "middle", num.fmt(Style::CompactMoney, base)) }
        </>
    };
    svg("tornado-title".into(), "tornado-chart".into(), height, title, body)
}

/// A name cut to fit the left of a chart.
fn shorten(name: &str) -> String {
    const MAX: usize = 46;
    if name.chars().count() <= MAX {
        name.to_owned()
    } else {
        name.chars().take(MAX - 1).chain(['…']).collect()
    }
}

/// The histogram's bars, with P10, P50 and P90 marked; `style` formats the values (NPV in money,
/// ROI in percent), `hook` names the chart (`<hook>-chart`, `<hook>-title`).
pub fn histogram(num: &Numbers, title: &'static str, hook: &'static str, style: Style, h: &Histogram, marks: [(&'static str, f64); 3]) -> Html {
    const HEIGHT: i32 = 220;
    let (top, base) = (20.0, 180.0);
    let n = h.counts.len().max(1) as f64;
    let max = h.counts.iter().copied().max().unwrap_or(1).max(1) as f64;
    let (lo, hi) = (h.from, h.from + h.width * n);
    let x = |v: f64| px(v, lo, hi, LEFT, RIGHT);
    let bars = h.counts.iter().enumerate().map(|(i, &c)| {
        let (x0, x1) = (x(h.from + h.width * i as f64), x(h.from + h.width * (i + 1) as f64));
        let y = px(c as f64, 0.0, max, base, top);
        rect("bar-after", x0 + 1, y, x1 - x0 - 2, base as i32 - y)
    });
    let marks = marks.iter().map(|&(name, v)| {
        let mx = x(v.clamp(lo, hi));
        html! { <g class="mark">{ line("grid", (mx, top as i32), (mx, base as i32)) }{ label("tick", mx, 14, "middle", name) }</g> }
    });
    let body = html! {
        <>
            { for bars }
            { hline("axis", base as i32) }
            { for marks }
            { label("tick", LEFT as i32, 198, "start", num.fmt(style, lo)) }
            { label("tick", RIGHT as i32, 198, "end", num.fmt(style, hi)) }
            { label("tick", TICK_X, base as i32, "end", "0") }
            { label("tick", TICK_X, top as i32 + 8, "end", num.fmt(Style::Compact, max)) }
        </>
    };
    svg([hook, "-title"].concat().into(), [hook, "-chart"].concat().into(), HEIGHT, title, body)
}

/// NPV against CX spend on the diminishing-returns curve, the plan and the best spend marked.
pub fn investment(num: &Numbers, title: &'static str, inv: &Investment, plan: &'static str, best: &'static str, axis: &'static str) -> Html {
    const HEIGHT: i32 = 230;
    let (top, bottom) = (24.0, 186.0);
    let end = inv.curve.last().map_or(1.0, |p| p.0);
    let (lo, hi) = inv.curve.iter().fold((0.0f64, 0.0f64), |(l, h), p| (l.min(p.1), h.max(p.1)));
    let x = |v: f64| px(v, 0.0, end, LEFT, RIGHT);
    let y = |v: f64| px(v, lo, hi, bottom, top);
    let npv_at = |s: f64| inv.curve.iter().min_by(|a, b| (a.0 - s).abs().total_cmp(&(b.0 - s).abs())).map_or(0.0, |p| p.1);
    let mark = |class: &'static str, s: f64, v: f64, text: &'static str, anchor: &'static str| {
        html! { <g class={class}><circle cx={x(s).to_string()} cy={y(v).to_string()} r="5" />{ label("tick", x(s), y(v) - 9, anchor, text) }</g> }
    };
    let body = html! {
        <>
            { hline("grid", y(0.0)) }
            { polyline("line-after", inv.curve.iter().map(|&(s, v)| (x(s), y(v)))) }
            { mark("plan-mark", inv.spend, npv_at(inv.spend), plan, "end") }
            { mark("best-mark", inv.best_spend, inv.best_npv, best, "start") }
            { money_ticks(num, (hi, y(hi) + 4), y(0.0), (lo, y(lo) + 4)) }
            { label("tick", RIGHT as i32, 204, "end", num.fmt(Style::CompactMoney, end)) }
            { label("axis-title", ((LEFT + RIGHT) / 2.0) as i32, 222, "middle", axis) }
        </>
    };
    svg("investment-title".into(), "investment-chart".into(), HEIGHT, title, body)
}

/// The six areas' scores (0–100) on a radar: a ring each 25 points, one axis per area.
pub fn radar(title: &'static str, names: [&'static str; 6], scores: [f64; 6]) -> Html {
    const HEIGHT: i32 = 300;
    let (cx, cy, r) = (320.0, 150.0, 105.0);
    let at = |k: usize, v: f64| {
        // The first axis points up; the rest follow clockwise.
        let a = std::f64::consts::PI * (k as f64 / 3.0 - 0.5);
        ((cx + r * v / 100.0 * a.cos()).round() as i32, (cy + r * v / 100.0 * a.sin()).round() as i32)
    };
    let ring = |v: f64| (0..6).map(move |k| at(k, v)).chain([at(0, v)]);
    let points: Vec<String> = (0..6).map(|k| at(k, scores[k].clamp(0.0, 100.0))).map(|(x, y)| format!("{x},{y}")).collect();
    let labels = (0..6).map(|k| {
        let (x, y) = at(k, 118.0);
        let anchor = if x < cx as i32 - 10 {
            "end"
        } else if x > cx as i32 + 10 {
            "start"
        } else {
            "middle"
        };
        let y = if y < cy as i32 { y - 2 } else { y + 12 };
        label("tick", x, y, anchor, shorten(names[k]))
    });
    let body = html! {
        <>
            { for [25.0, 50.0, 75.0, 100.0].map(|v| polyline("radar-grid", ring(v))) }
            { for (0..6).map(|k| line("grid", (cx as i32, cy as i32), at(k, 100.0))) }
            <polygon class="radar-area" points={points.join(" ")} />
            { for labels }
        </>
    };
    svg("radar-title".into(), "radar-chart".into(), HEIGHT, title, body)
}
