//! SVG charts drawn from the model's numbers. Coordinates are whole numbers in a fixed viewBox,
//! so no float formatting is needed; labels go through Intl.

use super::format::{fmt, Style};
use crate::finance::retention::RetentionYear;
use crate::text::Texts;
use yew::prelude::*;

pub(super) const W: f64 = 640.0;
pub(super) const LEFT: f64 = 64.0;
pub(super) const RIGHT: f64 = 628.0;

/// Map `v` from [lo, hi] onto [a, b] as a whole pixel.
pub(super) fn px(v: f64, lo: f64, hi: f64, a: f64, b: f64) -> i32 {
    let span = if hi > lo { hi - lo } else { 1.0 };
    (a + (v - lo) / span * (b - a)).round() as i32
}

pub(super) fn points(xy: impl Iterator<Item = (i32, i32)>) -> String {
    let mut s = String::new();
    for (x, y) in xy {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&x.to_string());
        s.push(',');
        s.push_str(&y.to_string());
    }
    s
}

/// Value range that always includes zero, so bars and the zero line have a baseline.
pub(super) fn range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)))
}

fn legend(t: &Texts, y: i32) -> Html {
    html! {
        <g class="legend" transform={format!("translate({},{y})", LEFT as i32)}>
            <rect class="bar-before" width="12" height="12" y="-10" />
            <text x="18">{ t.before }</text>
            <rect class="bar-after" width="12" height="12" x="110" y="-10" />
            <text x="128">{ t.after }</text>
        </g>
    }
}

/// Customers at year end (lines) and profit by year (bars), before vs after the uplift.
pub fn retention_chart(t: &Texts, customers_today: f64, years: &[RetentionYear]) -> Html {
    let n = years.len() as f64;
    let (c_lo, c_hi) = range(
        years.iter().flat_map(|y| [y.customers_before, y.customers_after]).chain([customers_today]),
    );
    let (p_lo, p_hi) = range(years.iter().flat_map(|y| [y.profit_before, y.profit_after]));
    let (top_a, top_b) = (150.0, 40.0);
    let (bot_a, bot_b) = (330.0, 200.0);
    let line = |pick: fn(&RetentionYear) -> f64| {
        points(
            std::iter::once((px(0.0, 0.0, n, LEFT, RIGHT), px(customers_today, c_lo, c_hi, top_a, top_b)))
                .chain(years.iter().map(|y| {
                    (px(y.year as f64, 0.0, n, LEFT, RIGHT), px(pick(y), c_lo, c_hi, top_a, top_b))
                })),
        )
    };
    let slot = (RIGHT - LEFT) / n;
    let bar_w = ((slot * 0.35).max(1.0)) as i32;
    let zero = px(0.0, p_lo, p_hi, bot_a, bot_b);
    let bars = years.iter().enumerate().flat_map(|(i, y)| {
        let x0 = (LEFT + slot * i as f64 + slot * 0.15) as i32;
        [(x0, y.profit_before, "bar-before"), (x0 + bar_w, y.profit_after, "bar-after")]
            .into_iter()
            .map(move |(x, v, class)| {
                let yv = px(v, p_lo, p_hi, bot_a, bot_b);
                let (top, h) = if yv < zero { (yv, zero - yv) } else { (zero, yv - zero) };
                html! { <rect {class} x={x.to_string()} y={top.to_string()} width={bar_w.to_string()} height={h.max(1).to_string()} /> }
            })
    });
    let year_labels = years.iter().map(|y| {
        let x = (LEFT + slot * (y.year as f64 - 0.5)) as i32;
        html! { <text class="tick" x={x.to_string()} y="348" text-anchor="middle">{ y.year.to_string() }</text> }
    });
    html! {
        <svg class="chart" viewBox={format!("0 0 {} 360", W as i32)} role="img" aria-labelledby="retention-chart-title" data-testid="chart-retention">
            <title id="retention-chart-title">{ t.retention_chart_title }</title>
            { legend(t, 16) }
            <text class="axis-title" x="64" y="34">{ t.customers_by_year }</text>
            <text class="tick" x="58" y="44" text-anchor="end">{ fmt(Style::Compact, c_hi) }</text>
            <text class="tick" x="58" y="154" text-anchor="end">{ fmt(Style::Compact, c_lo) }</text>
            <line class="axis" x1="64" x2="628" y1="150" y2="150" />
            <polyline class="line-before" points={line(|y| y.customers_before)} />
            <polyline class="line-after" points={line(|y| y.customers_after)} />
            <text class="axis-title" x="64" y="190">{ t.profit_by_year }</text>
            <text class="tick" x="58" y="204" text-anchor="end">{ fmt(Style::CompactMoney, p_hi) }</text>
            <text class="tick" x="58" y={(zero + 4).to_string()} text-anchor="end">{ fmt(Style::CompactMoney, 0.0) }</text>
            <line class="axis" x1="64" x2="628" y1={zero.to_string()} y2={zero.to_string()} />
            { for bars }
            { for year_labels }
        </svg>
    }
}

/// Cumulative net cash flow by month with the break-even point marked.
pub fn payback_chart(t: &Texts, monthly: &[f64], break_even: Option<f64>) -> Html {
    let months = (monthly.len().max(2) - 1) as f64;
    let (lo, hi) = range(monthly.iter().copied());
    let (ya, yb) = (300.0, 30.0);
    let zero = px(0.0, lo, hi, ya, yb);
    let path = points(
        monthly
            .iter()
            .enumerate()
            .map(|(m, &v)| (px(m as f64, 0.0, months, LEFT, RIGHT), px(v, lo, hi, ya, yb))),
    );
    let year_ticks = (0..=(months as usize / 12)).map(|y| {
        let x = px(12.0 * y as f64, 0.0, months, LEFT, RIGHT);
        html! {
            <>
                <line class="grid" x1={x.to_string()} x2={x.to_string()} y1="30" y2="300" />
                <text class="tick" x={x.to_string()} y="318" text-anchor="middle">{ y.to_string() }</text>
            </>
        }
    });
    let marker = break_even.map(|m| {
        let x = px(m, 0.0, months, LEFT, RIGHT);
        let anchor = if x > (W * 0.7) as i32 { "end" } else { "start" };
        let label_x = if anchor == "end" { x - 8 } else { x + 8 };
        html! {
            <g class="break-even" data-testid="break-even-marker">
                <line x1={x.to_string()} x2={x.to_string()} y1="30" y2="300" />
                <circle cx={x.to_string()} cy={zero.to_string()} r="6" />
                <text x={label_x.to_string()} y={(zero - 12).to_string()} text-anchor={anchor}>
                    { t.break_even_label }{ " · " }{ fmt(Style::Decimal(1), m) }{ " " }{ t.months }
                </text>
            </g>
        }
    });
    html! {
        <svg class="chart" viewBox={format!("0 0 {} 340", W as i32)} role="img" aria-labelledby="payback-chart-title" data-testid="chart-payback">
            <title id="payback-chart-title">{ t.payback_chart_title }</title>
            { for year_ticks }
            <text class="tick" x="58" y="34" text-anchor="end">{ fmt(Style::CompactMoney, hi) }</text>
            <text class="tick" x="58" y={(zero + 4).to_string()} text-anchor="end">{ fmt(Style::CompactMoney, 0.0) }</text>
            <text class="tick" x="58" y="304" text-anchor="end">{ fmt(Style::CompactMoney, lo) }</text>
            <line class="axis" x1="64" x2="628" y1={zero.to_string()} y2={zero.to_string()} />
            <polyline class="line-after" points={path} />
            { marker }
            <text class="axis-title" x="628" y="336" text-anchor="end">{ t.year }</text>
        </svg>
    }
}
