//! The panels' charts, on the page's chart frame (`ui::chart`), each drawn for the width it has:
//! the tornado, the Monte Carlo's histogram, the investment curve and the assessment's radar.
//! Each has a table beside it.

use super::super::chart::{hline, label, line, lines, money_ticks, polyline, px, rect, svg, use_frame, width_of, wrap, Frame, LINE};
use super::super::format::{Numbers, Style};
use crate::finance::checks::Investment;
use crate::finance::uncertainty::Histogram;
use crate::finance::within;
use yew::prelude::*;

/// One tornado bar as drawn: its name, the NPV at each end.
#[derive(Clone, PartialEq)]
pub struct TornadoBar {
    pub name: String,
    pub npv_low: f64,
    pub npv_high: f64,
}

#[derive(Properties, PartialEq)]
pub struct TornadoProps {
    pub num: Numbers,
    pub title: &'static str,
    pub base: f64,
    pub bars: Vec<TornadoBar>,
}

/// Bars around the base NPV, widest first; the input's name at the left of each.
pub fn tornado(num: &Numbers, title: &'static str, base: f64, bars: &[TornadoBar]) -> Html {
    html! { <Tornado num={num.clone()} {title} {base} bars={bars.to_vec()} /> }
}

/// The tornado: wide, each name left of its bar; narrow, each name on its own lines above it.
#[component]
fn Tornado(props: &TornadoProps) -> Html {
    const TOP: i32 = 24;
    let f = use_frame();
    let (num, base, bars) = (&props.num, props.base, &props.bars);
    let lo = bars.iter().map(|b| b.npv_low.min(b.npv_high)).fold(base, f64::min);
    let hi = bars.iter().map(|b| b.npv_low.max(b.npv_high)).fold(base, f64::max);
    // Wide: names take the left half, bars the rest. Narrow: bars across the chart.
    let (a, b) = if f.narrow() { (4.0, f64::from(f.w) - 4.0) } else { (318.0, f.right - 8.0) };
    let x = |v: f64| px(v, lo, hi, a, b);
    let chars = Frame::chars(if f.narrow() { f64::from(f.w) - 8.0 } else { 306.0 });
    let mut y = TOP;
    let rows: Html = bars
        .iter()
        .map(|bar| {
            let (l, h) = (x(bar.npv_low.min(bar.npv_high)), x(bar.npv_low.max(bar.npv_high)));
            let mid = x(base);
            let name = wrap(&bar.name, chars);
            let n = name.len() as i32;
            let (text, bar_y, next) = if f.narrow() {
                (lines("tick", 4, y + 12, "start", &name), y + LINE * n - 2, y + LINE * n + 22)
            } else {
                (lines("tick", 310, y + 15, "end", &name), y + 4, y + 26.max(LINE * n + 11))
            };
            y = next;
            html! {
                <g>
                    { text }
                    { rect("bar-before", l, bar_y, mid - l, 16) }
                    { rect("bar-after", mid, bar_y, h - mid, 16) }
                </g>
            }
        })
        .collect();
    let height = y + 24;
    let body = html! {
        <>
            { label("tick", x(lo), 14, "start", num.fmt(Style::CompactMoney, lo)) }
            { label("tick", x(hi), 14, "end", num.fmt(Style::CompactMoney, hi)) }
            { line("axis", (x(base), TOP - 4), (x(base), height - 20)) }
            { rows }
            { f.inside("axis-title", x(base), height - 6, "middle", num.fmt(Style::CompactMoney, base)) }
        </>
    };
    svg(&f, "tornado-title".into(), "tornado-chart".into(), height, props.title, body)
}

#[derive(Properties, PartialEq)]
pub struct HistogramProps {
    pub num: Numbers,
    pub title: &'static str,
    pub hook: &'static str,
    pub style: Style,
    pub histogram: Histogram,
    pub marks: [(&'static str, f64); 3],
}

/// The histogram's bars, with P10, P50 and P90 marked; `style` formats the values (NPV in money,
/// ROI in percent), `hook` names the chart (`<hook>-chart`, `<hook>-title`).
pub fn histogram(num: &Numbers, title: &'static str, hook: &'static str, style: Style, h: &Histogram, marks: [(&'static str, f64); 3]) -> Html {
    html! { <HistogramChart num={num.clone()} {title} {hook} {style} histogram={h.clone()} {marks} /> }
}

#[component]
fn HistogramChart(props: &HistogramProps) -> Html {
    const HEIGHT: i32 = 220;
    let f = use_frame();
    let (num, h) = (&props.num, &props.histogram);
    let (top, base) = (20.0, 180.0);
    let n = h.counts.len().max(1) as f64;
    let max = h.counts.iter().copied().max().unwrap_or(1).max(1) as f64;
    let (lo, hi) = (h.from, h.from + h.width * n);
    let max_label = num.fmt(Style::Compact, max);
    // Narrow: the count axis takes only the room its labels need.
    let left = if f.narrow() { (width_of(&max_label) + 12.0).round() } else { f.left };
    let x = |v: f64| px(v, lo, hi, left, f.right);
    let bars = h.counts.iter().enumerate().map(|(i, &c)| {
        let (x0, x1) = (x(h.from + h.width * i as f64), x(h.from + h.width * (i + 1) as f64));
        let y = px(c as f64, 0.0, max, base, top);
        rect("bar-after", x0 + 1, y, x1 - x0 - 2, base as i32 - y)
    });
    let marks = props.marks.iter().map(|&(name, v)| {
        let mx = x(within(v, lo, hi));
        html! { <g class="mark">{ line("grid", (mx, top as i32), (mx, base as i32)) }{ f.inside("tick", mx, 14, "middle", name.to_owned()) }</g> }
    });
    let tick_x = left as i32 - 6;
    let body = html! {
        <>
            { for bars }
            { line("axis", (left as i32, base as i32), (f.right as i32, base as i32)) }
            { for marks }
            { label("tick", left as i32, 198, "start", num.fmt(props.style, lo)) }
            { label("tick", f.right as i32, 198, "end", num.fmt(props.style, hi)) }
            { label("tick", tick_x, base as i32, "end", "0") }
            { label("tick", tick_x, top as i32 + 8, "end", max_label) }
        </>
    };
    svg(&f, [props.hook, "-title"].concat().into(), [props.hook, "-chart"].concat().into(), HEIGHT, props.title, body)
}

#[derive(Properties, PartialEq)]
pub struct InvestmentProps {
    pub num: Numbers,
    pub title: &'static str,
    pub investment: Investment,
    pub plan: &'static str,
    pub best: &'static str,
    pub axis: &'static str,
}

/// NPV against CX spend on the diminishing-returns curve, the plan and the best spend marked.
pub fn investment(num: &Numbers, title: &'static str, inv: &Investment, plan: &'static str, best: &'static str, axis: &'static str) -> Html {
    html! { <InvestmentChart num={num.clone()} {title} investment={inv.clone()} {plan} {best} {axis} /> }
}

#[component]
fn InvestmentChart(props: &InvestmentProps) -> Html {
    let f = use_frame();
    let (num, inv) = (&props.num, &props.investment);
    let (top, bottom) = (24.0, 186.0);
    let end = inv.curve.last().map_or(1.0, |p| p.0);
    let (lo, hi) = inv.curve.iter().fold((0.0f64, 0.0f64), |(l, h), p| (l.min(p.1), h.max(p.1)));
    let x = |v: f64| f.x(v, 0.0, end);
    let y = |v: f64| px(v, lo, hi, bottom, top);
    let npv_at = |s: f64| inv.curve.iter().min_by(|a, b| (a.0 - s).abs().total_cmp(&(b.0 - s).abs())).map_or(0.0, |p| p.1);
    let mark = |class: &'static str, s: f64, v: f64, text: &'static str, anchor: &'static str| {
        html! { <g class={class}><circle cx={x(s).to_string()} cy={y(v).to_string()} r="5" />{ f.inside("tick", x(s), y(v) - 9, anchor, text.to_owned()) }</g> }
    };
    let axis = wrap(props.axis, Frame::chars(f64::from(f.w) - 8.0));
    let height = 222 + LINE * (axis.len() as i32 - 1) + 8;
    let body = html! {
        <>
            { hline(&f, "grid", y(0.0)) }
            { polyline("line-after", inv.curve.iter().map(|&(s, v)| (x(s), y(v)))) }
            { mark("plan-mark", inv.spend, npv_at(inv.spend), props.plan, "end") }
            { mark("best-mark", inv.best_spend, inv.best_npv, props.best, "start") }
            { money_ticks(&f, num, (hi, y(hi) + 4), y(0.0), (lo, y(lo) + 4)) }
            { label("tick", f.right as i32, 204, "end", num.fmt(Style::CompactMoney, end)) }
            { lines("axis-title", f.w / 2, 222, "middle", &axis) }
        </>
    };
    svg(&f, "investment-title".into(), "investment-chart".into(), height, props.title, body)
}

#[derive(Properties, PartialEq)]
pub struct RadarProps {
    pub title: &'static str,
    pub names: [&'static str; 6],
    pub scores: [f64; 6],
}

/// The six areas' scores (0–100) on a radar: a ring each 25 points, one axis per area.
pub fn radar(title: &'static str, names: [&'static str; 6], scores: [f64; 6]) -> Html {
    html! { <Radar {title} {names} {scores} /> }
}

/// The radar, its names wrapped to the room beside it and the chart as tall as they need.
#[component]
fn Radar(props: &RadarProps) -> Html {
    let f = use_frame();
    // Narrow, the names beside the radar keep room for a word of a dozen letters.
    let r = if f.narrow() { within((f64::from(f.w) - 208.0) / 2.0, 46.0, 105.0) } else { 105.0 };
    let cx = f64::from(f.w) / 2.0;
    // Where each name goes, from the centre: angle k, `out` beyond the ring.
    let out = r + 12.0;
    let dir = |k: usize| {
        // The first axis points up; the rest follow clockwise.
        let a = std::f64::consts::PI * (k as f64 / 3.0 - 0.5);
        (a.cos(), a.sin())
    };
    let names: Vec<(i32, i32, &'static str, Vec<String>)> = (0..6)
        .map(|k| {
            let (dx, dy) = dir(k);
            let x = (cx + out * dx).round() as i32;
            let (anchor, room) = if dx < -0.1 {
                ("end", f64::from(x) - 4.0)
            } else if dx > 0.1 {
                ("start", f64::from(f.w - x) - 4.0)
            } else {
                ("middle", f64::from(f.w) - 8.0)
            };
            let text = wrap(props.names[k], Frame::chars(room));
            let n = text.len() as i32;
            // From the centre to the first line's baseline: above the top axis, below the bottom
            // one, centred on a side axis.
            let y = if dy < -0.9 {
                (out * dy).round() as i32 - 2 - LINE * (n - 1)
            } else if dy > 0.9 {
                (out * dy).round() as i32 + 12
            } else {
                (out * dy).round() as i32 + 4 - LINE * (n - 1) / 2
            };
            (x, y, anchor, text)
        })
        .collect();
    // The text's top (a baseline less a capital) and foot, relative to the centre.
    let top = names.iter().map(|(_, y, _, _)| y - 12).min().unwrap_or(0).min(-(r as i32));
    let foot = names.iter().map(|(_, y, _, t)| y + LINE * (t.len() as i32 - 1) + 4).max().unwrap_or(0).max(r as i32);
    let cy = f64::from(8 - top);
    let height = (cy as i32) + foot + 8;
    let at = |k: usize, v: f64| {
        let (dx, dy) = dir(k);
        ((cx + r * v / 100.0 * dx).round() as i32, (cy + r * v / 100.0 * dy).round() as i32)
    };
    let ring = |v: f64| (0..6).map(move |k| at(k, v)).chain([at(0, v)]);
    let points: Vec<String> = (0..6).map(|k| at(k, within(props.scores[k], 0.0, 100.0))).map(|(x, y)| format!("{x},{y}")).collect();
    let labels = names.iter().map(|(x, y, anchor, text)| lines("tick", *x, cy as i32 + y, anchor, text));
    let body = html! {
        <>
            { for [25.0, 50.0, 75.0, 100.0].map(|v| polyline("radar-grid", ring(v))) }
            { for (0..6).map(|k| line("grid", (cx as i32, cy as i32), at(k, 100.0))) }
            <polygon class="radar-area" points={points.join(" ")} />
            { for labels }
        </>
    };
    svg(&f, "radar-title".into(), "radar-chart".into(), height, props.title, body)
}
