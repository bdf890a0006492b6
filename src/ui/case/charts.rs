//! The business case's charts: benefits stacked by lever with costs and cumulative net by year,
//! and the waterfall from each lever's benefits to NPV.

use super::super::chart::{every, hline, label, line, lines, money_ticks, polyline, px, range, rect, svg, use_frame, width_of, wrap, Frame, LINE};
use super::super::context::use_ui;
use super::super::format::Style;
use crate::finance::business_case::{BusinessCaseResult, Lever};
use std::rc::Rc;
use yew::prelude::*;

const LEVER_CLASS: [&str; 8] = ["lever-0", "lever-1", "lever-2", "lever-3", "lever-4", "lever-5", "lever-6", "lever-7"];

#[derive(Properties, PartialEq)]
pub struct ByYearProps {
    pub result: Rc<BusinessCaseResult>,
    /// The id of its title and its test hook (several can share a page).
    #[prop_or(AttrValue::Static("case-chart-title"))]
    pub id: AttrValue,
    #[prop_or(AttrValue::Static("chart-case"))]
    pub hook: AttrValue,
    /// The y-range to draw on (`extent` of several results, so their bars compare by eye);
    /// by default this result's own.
    #[prop_or_default]
    pub scale: Option<(f64, f64)>,
}

/// The y-range a result's by-year chart needs: benefits, costs below zero, cumulative net.
pub fn extent(r: &BusinessCaseResult) -> (f64, f64) {
    range(r.years.iter().flat_map(|y| [y.benefits, -y.costs, y.cumulative_net]))
}

/// A legend entry's colour sample: a small SVG drawn with the chart's own classes.
fn swatch(mark: Html) -> Html {
    html! { <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true">{ mark }</svg> }
}

/// Benefits stacked by lever (above zero), costs (below), cumulative net (line), years 0..n.
#[component]
pub fn ByYearChart(props: &ByYearProps) -> Html {
    let ui = use_ui();
    let f = use_frame();
    let t = ui.t;
    let num = &ui.num;
    let r = &props.result;
    let n = r.years.len() as f64;
    let (lo, hi) = props.scale.unwrap_or_else(|| extent(r));
    let (ya, yb) = (if f.narrow() { 240.0 } else { 300.0 }, 24.0);
    let zero = px(0.0, lo, hi, ya, yb);
    // In HTML under the chart, so it wraps in any language: the levers that bring benefits,
    // the costs and the cumulative line.
    let on = Lever::ALL.iter().enumerate().filter(|&(_, &l)| r.years.iter().any(|y| y.benefits_by_lever.get(l) > 0.0));
    let legend = on.map(|(i, _)| html! { <li>{ swatch(rect(LEVER_CLASS[i], 0, 0, 12, 12)) }{ t.levers[i].title }</li> });
    let slot = (f.right - f.left) / n;
    let bar_w = (slot * 0.6).max(1.0) as i32;
    let step = every(r.years.len(), f.right - f.left, 28.0);
    let base = ya as i32;
    let bars = r.years.iter().enumerate().map(|(i, y)| {
        let x = (f.left + slot * i as f64 + slot * 0.2) as i32;
        let mut top = 0.0;
        let stack = Lever::ALL.iter().enumerate().filter_map(|(k, &l)| {
            let v = y.benefits_by_lever.get(l);
            (v > 0.0).then(|| {
                let (y0, y1) = (px(top, lo, hi, ya, yb), px(top + v, lo, hi, ya, yb));
                top += v;
                rect(LEVER_CLASS[k], x, y1, bar_w, y0 - y1)
            })
        });
        let stack: Html = stack.collect();
        html! {
            <>
                { stack }
                if y.costs > 0.0 {
                    { rect("cost", x, zero, bar_w, px(-y.costs, lo, hi, ya, yb) - zero) }
                }
                if (y.year as usize).is_multiple_of(step) {
                    { label("tick", x + bar_w / 2, base + 18, "middle", y.year.to_string()) }
                }
            </>
        }
    });
    let net = r.years.iter().enumerate().map(|(i, y)| ((f.left + slot * (i as f64 + 0.5)) as i32, px(y.cumulative_net, lo, hi, ya, yb)));
    html! {
        <>
        { svg(&f, props.id.clone(), props.hook.clone(), base + 40, t.by_year_title, html! { <>
            { money_ticks(&f, num, (hi, yb as i32 + 4), zero, (lo, base + 4)) }
            { for bars }
            { hline(&f, "axis", zero) }
            { polyline("line-net", net) }
            { label("axis-title", f.right as i32, base + 36, "end", t.year) }
        </> }) }
        <ul class="chart-legend">
            { for legend }
            <li>{ swatch(rect("cost", 0, 0, 12, 12)) }{ t.costs }</li>
            <li>{ swatch(line("line-net", (0, 6), (12, 6))) }{ t.cumulative_net }</li>
        </ul>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct WaterfallProps {
    pub result: Rc<BusinessCaseResult>,
}

/// Present values: each lever's benefits stacking up, minus costs, ending at NPV.
#[component]
pub fn Waterfall(props: &WaterfallProps) -> Html {
    let ui = use_ui();
    let f = use_frame();
    let t = ui.t;
    let num = &ui.num;
    let r = &props.result;
    let a = &r.risk_adjusted;
    let mut steps: Vec<(&str, f64, &'static str)> = Lever::ALL
        .iter()
        .enumerate()
        .filter(|&(_, &l)| r.lever_pv.get(l) > 0.0)
        .map(|(i, &l)| (t.levers[i].title, r.lever_pv.get(l), LEVER_CLASS[i]))
        .collect();
    steps.push((t.costs, -a.pv_costs, "cost"));
    let (mut lo, mut hi, mut run) = (a.npv.min(0.0), a.npv.max(0.0), 0.0);
    for &(_, v, _) in &steps {
        run += v;
        lo = lo.min(run);
        hi = hi.max(run);
    }
    steps.push((t.npv, a.npv, "npv"));
    let amount = |v: f64| num.fmt(Style::CompactMoney, v);
    // Wide: names left of the bars, ending where the bars start. Narrow: each name on its own
    // lines above its bar, across the chart. Either way an amount after its bar has room for
    // itself before the edge.
    let room = steps.iter().map(|&(_, v, _)| width_of(&amount(v))).fold(0.0, f64::max) + 8.0;
    let (x0, x1) = if f.narrow() { (4.0, f64::from(f.w) - 4.0 - room) } else { (230.0, f64::from(f.w) - 4.0 - room.max(106.0)) };
    let names: Vec<Vec<String>> = steps.iter().map(|&(name, _, _)| wrap(name, Frame::chars(if f.narrow() { f64::from(f.w) - 8.0 } else { 218.0 }))).collect();
    let mut cum = 0.0;
    let mut y = 10;
    let rows: Html = steps
        .iter()
        .zip(&names)
        .map(|(&(_, v, class), name)| {
            let is_npv = class == "npv";
            let (a, b) = if is_npv { (px(0.0, lo, hi, x0, x1), px(v, lo, hi, x0, x1)) } else { (px(cum, lo, hi, x0, x1), px(cum + v, lo, hi, x0, x1)) };
            if !is_npv {
                cum += v;
            }
            let text_class = if is_npv { "tick axis-title" } else { "tick" };
            let (name_html, bar_y) = if f.narrow() {
                (lines(text_class, 4, y + 12, "start", name), y + 4 + LINE * name.len() as i32 - 2)
            } else {
                (lines(text_class, 222, y + 15, "end", name), y)
            };
            let row = html! {
                <>
                    { name_html }
                    { rect(class, a.min(b), bar_y, (a - b).abs(), 18) }
                    { label(text_class, a.max(b) + 4, bar_y + 15, "start", amount(v)) }
                </>
            };
            y = if f.narrow() { bar_y + 28 } else { y + 26.max(LINE * name.len() as i32 + 11) };
            row
        })
        .collect();
    let za = px(0.0, lo, hi, x0, x1);
    html! {
        { svg(&f, "waterfall-title".into(), "chart-waterfall".into(), y + 8, t.waterfall_title, html! { <>
            { line("axis", (za, 4), (za, y)) }
            { rows }
        </> }) }
    }
}
