//! The business case's charts: benefits stacked by lever with costs and cumulative net by year,
//! and the waterfall from each lever's benefits to NPV.

use super::super::chart::{points, px, range, LEFT, RIGHT, W};
use super::super::format::{fmt, Style};
use crate::finance::business_case::{BusinessCaseResult, Lever};
use crate::text::Texts;
use yew::prelude::*;

fn legend(t: &Texts, y0: i32) -> Html {
    let items = Lever::ALL.iter().enumerate().map(|(i, _)| {
        let (col, row) = ((i % 4) as i32, (i / 4) as i32);
        let (x, y) = (LEFT as i32 + col * 142, y0 + row * 18);
        html! {
            <g transform={format!("translate({x},{y})")}>
                <rect class={format!("lever-{i}")} width="10" height="10" y="-9" />
                <text x="14" class="tick">{ t.levers[i].title }</text>
            </g>
        }
    });
    html! { <g class="legend">{ for items }</g> }
}

/// Benefits stacked by lever (above zero), costs (below), cumulative net (line), years 0..n.
pub fn by_year(t: &Texts, r: &BusinessCaseResult) -> Html {
    let n = r.years.len() as f64;
    let (lo, hi) = range(r.years.iter().flat_map(|y| [y.benefits, -y.costs, y.cumulative_net]));
    let (ya, yb) = (300.0, 60.0);
    let zero = px(0.0, lo, hi, ya, yb);
    let slot = (RIGHT - LEFT) / n;
    let bar_w = (slot * 0.6).max(1.0) as i32;
    let bars = r.years.iter().enumerate().map(|(i, y)| {
        let x = (LEFT + slot * i as f64 + slot * 0.2) as i32;
        let mut top = 0.0;
        let stack = Lever::ALL.iter().enumerate().filter_map(|(k, &l)| {
            let v = y.benefits_by_lever.get(l);
            if v <= 0.0 {
                return None;
            }
            let (y0, y1) = (px(top, lo, hi, ya, yb), px(top + v, lo, hi, ya, yb));
            top += v;
            Some(html! { <rect class={format!("lever-{k}")} x={x.to_string()} y={y1.to_string()} width={bar_w.to_string()} height={(y0 - y1).max(1).to_string()} /> })
        }).collect::<Html>();
        let cost_y = px(-y.costs, lo, hi, ya, yb);
        html! {
            <>
                { stack }
                if y.costs > 0.0 {
                    <rect class="cost" x={x.to_string()} y={zero.to_string()} width={bar_w.to_string()} height={(cost_y - zero).max(1).to_string()} />
                }
                <text class="tick" x={(x + bar_w / 2).to_string()} y="318" text-anchor="middle">{ y.year.to_string() }</text>
            </>
        }
    });
    let line = points(r.years.iter().enumerate().map(|(i, y)| {
        ((LEFT + slot * (i as f64 + 0.5)) as i32, px(y.cumulative_net, lo, hi, ya, yb))
    }));
    html! {
        <svg class="chart" viewBox={format!("0 0 {} 340", W as i32)} role="img" aria-labelledby="case-chart-title" data-testid="chart-case">
            <title id="case-chart-title">{ t.by_year_title }</title>
            { legend(t, 16) }
            <text class="tick" x="58" y={(yb as i32 + 4).to_string()} text-anchor="end">{ fmt(Style::CompactMoney, hi) }</text>
            <text class="tick" x="58" y={(zero + 4).to_string()} text-anchor="end">{ fmt(Style::CompactMoney, 0.0) }</text>
            <text class="tick" x="58" y={(ya as i32 + 4).to_string()} text-anchor="end">{ fmt(Style::CompactMoney, lo) }</text>
            { for bars }
            <line class="axis" x1="64" x2="628" y1={zero.to_string()} y2={zero.to_string()} />
            <polyline class="line-net" points={line} />
            <text class="axis-title" x="628" y="336" text-anchor="end">{ t.year }</text>
        </svg>
    }
}

/// Present values: each lever's benefits stacking up, minus costs, ending at NPV.
pub fn waterfall(t: &Texts, r: &BusinessCaseResult) -> Html {
    let a = &r.risk_adjusted;
    let mut steps: Vec<(&'static str, f64, &'static str)> = Lever::ALL
        .iter()
        .enumerate()
        .filter(|&(_, &l)| r.lever_pv.get(l) > 0.0)
        .map(|(i, &l)| (t.levers[i].title, r.lever_pv.get(l), ["lever-0", "lever-1", "lever-2", "lever-3", "lever-4", "lever-5", "lever-6", "lever-7"][i]))
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
    let mut cum = 0.0;
    let rows = steps.iter().enumerate().map(|(i, &(label, v, class))| {
        let (a, b) = (px(cum, lo, hi, x0, x1), px(cum + v, lo, hi, x0, x1));
        cum += v;
        let y = 10 + i as i32 * row_h;
        html! {
            <g>
                <text class="tick" x="192" y={(y + 15).to_string()} text-anchor="end">{ label }</text>
                <rect {class} x={a.min(b).to_string()} y={y.to_string()} width={(a - b).abs().max(1).to_string()} height="18" />
                <text class="tick" x={(a.max(b) + 4).to_string()} y={(y + 15).to_string()}>{ fmt(Style::CompactMoney, v) }</text>
            </g>
        }
    });
    let y = 10 + steps.len() as i32 * row_h;
    let (za, zb) = (px(0.0, lo, hi, x0, x1), px(a.npv, lo, hi, x0, x1));
    html! {
        <svg class="chart" viewBox={format!("0 0 {} {height}", W as i32)} role="img" aria-labelledby="waterfall-title" data-testid="chart-waterfall">
            <title id="waterfall-title">{ t.waterfall_title }</title>
            { for rows }
            <text class="tick axis-title" x="192" y={(y + 15).to_string()} text-anchor="end">{ t.npv }</text>
            <rect class="npv" x={za.min(zb).to_string()} y={y.to_string()} width={(za - zb).abs().max(1).to_string()} height="18" />
            <text class="tick axis-title" x={(za.max(zb) + 4).to_string()} y={(y + 15).to_string()}>{ fmt(Style::CompactMoney, a.npv) }</text>
            <line class="axis" x1={za.to_string()} x2={za.to_string()} y1="4" y2={(y + 22).to_string()} />
        </svg>
    }
}
