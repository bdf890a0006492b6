//! The business case's charts: benefits stacked by lever with costs and cumulative net by year,
//! and the waterfall from each lever's benefits to NPV.

use super::super::chart::{px, range, Svg, LEFT, RIGHT};
use super::super::format::{fmt, Style};
use super::super::markup::Markup;
use crate::finance::business_case::{BusinessCaseResult, Lever};
use crate::text::Texts;
use yew::prelude::*;

const LEVER_CLASS: [&str; 8] = ["lever-0", "lever-1", "lever-2", "lever-3", "lever-4", "lever-5", "lever-6", "lever-7"];

/// Benefits stacked by lever (above zero), costs (below), cumulative net (line), years 0..n.
pub fn by_year(t: &Texts, r: &BusinessCaseResult) -> Html {
    by_year_svg(t, r, "case-chart-title", "chart-case").finish("chart-case")
}

/// The same, with its own title id and test hook (several can share a page), into `m`.
pub fn by_year_into(m: &mut Markup, t: &Texts, r: &BusinessCaseResult, id: &str, hook: &str) {
    m.raw(&by_year_svg(t, r, id, hook).into_string());
}

fn by_year_svg(t: &Texts, r: &BusinessCaseResult, id: &str, hook: &str) -> Svg {
    let n = r.years.len() as f64;
    let (lo, hi) = range(r.years.iter().flat_map(|y| [y.benefits, -y.costs, y.cumulative_net]));
    let (ya, yb) = (300.0, 60.0);
    let zero = px(0.0, lo, hi, ya, yb);
    let mut svg = Svg::new(id, hook, 340, t.by_year_title);
    svg.raw("<g class=\"legend\">");
    for (i, class) in LEVER_CLASS.iter().enumerate() {
        let (x, y) = (LEFT as i32 + (i % 4) as i32 * 142, 16 + (i / 4) as i32 * 18);
        svg.rect(class, x, y - 9, 10, 10).text("tick", x + 14, y, "start", t.levers[i].title);
    }
    svg.raw("</g>");
    svg.text("tick", 58, yb as i32 + 4, "end", &fmt(Style::CompactMoney, hi))
        .text("tick", 58, zero + 4, "end", &fmt(Style::CompactMoney, 0.0))
        .text("tick", 58, ya as i32 + 4, "end", &fmt(Style::CompactMoney, lo));
    let slot = (RIGHT - LEFT) / n;
    let bar_w = (slot * 0.6).max(1.0) as i32;
    for (i, y) in r.years.iter().enumerate() {
        let x = (LEFT + slot * i as f64 + slot * 0.2) as i32;
        let mut top = 0.0;
        for (k, &l) in Lever::ALL.iter().enumerate() {
            let v = y.benefits_by_lever.get(l);
            if v > 0.0 {
                let (y0, y1) = (px(top, lo, hi, ya, yb), px(top + v, lo, hi, ya, yb));
                top += v;
                svg.rect(LEVER_CLASS[k], x, y1, bar_w, y0 - y1);
            }
        }
        if y.costs > 0.0 {
            svg.rect("cost", x, zero, bar_w, px(-y.costs, lo, hi, ya, yb) - zero);
        }
        svg.text("tick", x + bar_w / 2, 318, "middle", &y.year.to_string());
    }
    svg.hline("axis", zero)
        .polyline("line-net", r.years.iter().enumerate().map(|(i, y)| ((LEFT + slot * (i as f64 + 0.5)) as i32, px(y.cumulative_net, lo, hi, ya, yb))))
        .text("axis-title", 628, 336, "end", t.year);
    svg
}

/// Present values: each lever's benefits stacking up, minus costs, ending at NPV.
pub fn waterfall(t: &Texts, r: &BusinessCaseResult) -> Html {
    waterfall_svg(t, r).finish("chart-waterfall")
}

pub fn waterfall_into(m: &mut Markup, t: &Texts, r: &BusinessCaseResult) {
    m.raw(&waterfall_svg(t, r).into_string());
}

fn waterfall_svg(t: &Texts, r: &BusinessCaseResult) -> Svg {
    let a = &r.risk_adjusted;
    let mut steps: Vec<(&str, f64, &str)> = Lever::ALL
        .iter()
        .enumerate()
        .filter(|&(_, &l)| r.lever_pv.get(l) > 0.0)
        .map(|(i, &l)| (t.levers[i].title, r.lever_pv.get(l), LEVER_CLASS[i]))
        .collect();
    steps.push((t.costs, -a.pv_costs, "cost"));
    let row_h = 26;
    let height = (steps.len() as i32 + 1) * row_h + 20;
    let (mut lo, mut hi, mut run) = (0.0f64, 0.0f64, 0.0);
    for &(_, v, _) in &steps {
        run += v;
        lo = lo.min(run);
        hi = hi.max(run);
    }
    let (x0, x1) = (200.0, 560.0);
    let mut svg = Svg::new("waterfall-title", "chart-waterfall", height, t.waterfall_title);
    let mut cum = 0.0;
    for (i, &(label, v, class)) in steps.iter().enumerate() {
        let (a, b) = (px(cum, lo, hi, x0, x1), px(cum + v, lo, hi, x0, x1));
        cum += v;
        let y = 10 + i as i32 * row_h;
        svg.text("tick", 192, y + 15, "end", label)
            .rect(class, a.min(b), y, (a - b).abs(), 18)
            .text("tick", a.max(b) + 4, y + 15, "start", &fmt(Style::CompactMoney, v));
    }
    let y = 10 + steps.len() as i32 * row_h;
    let (za, zb) = (px(0.0, lo, hi, x0, x1), px(a.npv, lo, hi, x0, x1));
    svg.text("tick axis-title", 192, y + 15, "end", t.npv)
        .rect("npv", za.min(zb), y, (za - zb).abs(), 18)
        .text("tick axis-title", za.max(zb) + 4, y + 15, "start", &fmt(Style::CompactMoney, a.npv))
        .el("line", "axis", &[("x1", za), ("x2", za), ("y1", 4), ("y2", y + 22)]);
    svg
}
