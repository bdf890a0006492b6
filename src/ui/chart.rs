//! SVG charts drawn from the model's numbers, written as markup: a chart is static, so it needs
//! no per-element Yew nodes (far less wasm). Coordinates are whole numbers in a fixed viewBox,
//! so no float formatting is needed; labels go through Intl and are escaped.

use super::format::{fmt, Style};
use super::markup::escape;
use crate::finance::retention::RetentionYear;
use crate::text::Texts;
use yew::prelude::*;

pub(super) const W: i32 = 640;
pub(super) const LEFT: f64 = 64.0;
pub(super) const RIGHT: f64 = 628.0;

/// Map `v` from [lo, hi] onto [a, b] as a whole pixel.
pub(super) fn px(v: f64, lo: f64, hi: f64, a: f64, b: f64) -> i32 {
    let span = if hi > lo { hi - lo } else { 1.0 };
    (a + (v - lo) / span * (b - a)).round() as i32
}

/// Value range that always includes zero, so bars and the zero line have a baseline.
pub(super) fn range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)))
}

/// SVG markup being written.
pub(super) struct Svg(String);

impl Svg {
    /// An `<svg role="img">` of `height` labelled by its `<title>` (id `id`), with test hook `hook`.
    pub fn new(id: &str, hook: &str, height: i32, title: &str) -> Self {
        let mut s = Svg(String::with_capacity(4096));
        s.0.push_str("<svg class=\"chart\" viewBox=\"0 0 640 ");
        s.int(height);
        s.0.push_str("\" role=\"img\" aria-labelledby=\"");
        s.0.push_str(id);
        s.0.push_str("\" data-testid=\"");
        s.0.push_str(hook);
        s.0.push_str("\"><title id=\"");
        s.0.push_str(id);
        s.0.push_str("\">");
        escape(&mut s.0, title);
        s.0.push_str("</title>");
        s
    }

    fn int(&mut self, v: i32) {
        self.0.push_str(&v.to_string());
    }

    /// `<tag class="class" k1="v1" …` (left open for more attributes).
    fn open(&mut self, tag: &str, class: &str, attrs: &[(&str, i32)]) {
        self.0.push('<');
        self.0.push_str(tag);
        if !class.is_empty() {
            self.0.push_str(" class=\"");
            self.0.push_str(class);
            self.0.push('"');
        }
        for (k, v) in attrs {
            self.0.push(' ');
            self.0.push_str(k);
            self.0.push_str("=\"");
            self.int(*v);
            self.0.push('"');
        }
    }

    /// An empty element with whole-number attributes.
    pub fn el(&mut self, tag: &str, class: &str, attrs: &[(&str, i32)]) -> &mut Self {
        self.open(tag, class, attrs);
        self.0.push_str("/>");
        self
    }

    /// Text at (x, y), anchored "start", "middle" or "end".
    pub fn text(&mut self, class: &str, x: i32, y: i32, anchor: &str, text: &str) -> &mut Self {
        self.open("text", class, &[("x", x), ("y", y)]);
        self.0.push_str(" text-anchor=\"");
        self.0.push_str(anchor);
        self.0.push_str("\">");
        escape(&mut self.0, text);
        self.0.push_str("</text>");
        self
    }

    /// A horizontal line across the plot at `y`.
    pub fn hline(&mut self, class: &str, y: i32) -> &mut Self {
        self.el("line", class, &[("x1", LEFT as i32), ("x2", RIGHT as i32), ("y1", y), ("y2", y)])
    }

    pub fn rect(&mut self, class: &str, x: i32, y: i32, w: i32, h: i32) -> &mut Self {
        self.el("rect", class, &[("x", x), ("y", y), ("width", w.max(1)), ("height", h.max(1))])
    }

    pub fn polyline(&mut self, class: &str, points: impl Iterator<Item = (i32, i32)>) -> &mut Self {
        self.0.push_str("<polyline class=\"");
        self.0.push_str(class);
        self.0.push_str("\" points=\"");
        for (i, (x, y)) in points.enumerate() {
            if i > 0 {
                self.0.push(' ');
            }
            self.int(x);
            self.0.push(',');
            self.int(y);
        }
        self.0.push_str("\"/>");
        self
    }

    /// Raw markup the chart builds itself (a group opening, say).
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// The chart as a region (see `markup`) under `key`.
    pub fn finish(self, key: &str) -> Html {
        super::markup::region(key, self.into_string())
    }

    /// The finished markup, to go inside other markup.
    pub fn into_string(mut self) -> String {
        self.0.push_str("</svg>");
        self.0
    }
}

/// Customers at year end (lines) and profit by year (bars), before vs after the uplift.
pub fn retention_chart(t: &Texts, customers_today: f64, years: &[RetentionYear]) -> Html {
    let n = years.len() as f64;
    let (c_lo, c_hi) = range(years.iter().flat_map(|y| [y.customers_before, y.customers_after]).chain([customers_today]));
    let (p_lo, p_hi) = range(years.iter().flat_map(|y| [y.profit_before, y.profit_after]));
    let (top_a, top_b) = (150.0, 40.0);
    let (bot_a, bot_b) = (330.0, 200.0);
    let mut svg = Svg::new("retention-chart-title", "chart-retention", 360, t.retention_chart_title);
    // Legend: before / after.
    svg.raw("<g class=\"legend\">").rect("bar-before", 64, 6, 12, 12).text("", 82, 16, "start", t.before);
    svg.rect("bar-after", 174, 6, 12, 12).text("", 192, 16, "start", t.after).raw("</g>");
    svg.text("axis-title", 64, 34, "start", t.customers_by_year)
        .text("tick", 58, 44, "end", &fmt(Style::Compact, c_hi))
        .text("tick", 58, 154, "end", &fmt(Style::Compact, c_lo))
        .hline("axis", 150);
    let line = |pick: fn(&RetentionYear) -> f64| {
        std::iter::once((px(0.0, 0.0, n, LEFT, RIGHT), px(customers_today, c_lo, c_hi, top_a, top_b)))
            .chain(years.iter().map(move |y| (px(y.year as f64, 0.0, n, LEFT, RIGHT), px(pick(y), c_lo, c_hi, top_a, top_b))))
    };
    svg.polyline("line-before", line(|y| y.customers_before)).polyline("line-after", line(|y| y.customers_after));
    let zero = px(0.0, p_lo, p_hi, bot_a, bot_b);
    svg.text("axis-title", 64, 190, "start", t.profit_by_year)
        .text("tick", 58, 204, "end", &fmt(Style::CompactMoney, p_hi))
        .text("tick", 58, zero + 4, "end", &fmt(Style::CompactMoney, 0.0))
        .hline("axis", zero);
    let slot = (RIGHT - LEFT) / n;
    let bar_w = (slot * 0.35).max(1.0) as i32;
    for (i, y) in years.iter().enumerate() {
        let x0 = (LEFT + slot * i as f64 + slot * 0.15) as i32;
        for (x, v, class) in [(x0, y.profit_before, "bar-before"), (x0 + bar_w, y.profit_after, "bar-after")] {
            let yv = px(v, p_lo, p_hi, bot_a, bot_b);
            svg.rect(class, x, yv.min(zero), bar_w, (zero - yv).abs());
        }
        svg.text("tick", (LEFT + slot * (y.year as f64 - 0.5)) as i32, 348, "middle", &y.year.to_string());
    }
    svg.finish("chart-retention")
}

/// Cumulative net cash flow by month with the break-even point marked.
pub fn payback_chart(t: &Texts, monthly: &[f64], break_even: Option<f64>) -> Html {
    let months = (monthly.len().max(2) - 1) as f64;
    let (lo, hi) = range(monthly.iter().copied());
    let (ya, yb) = (300.0, 30.0);
    let zero = px(0.0, lo, hi, ya, yb);
    let mut svg = Svg::new("payback-chart-title", "chart-payback", 340, t.payback_chart_title);
    for y in 0..=(months as usize / 12) {
        let x = px(12.0 * y as f64, 0.0, months, LEFT, RIGHT);
        svg.el("line", "grid", &[("x1", x), ("x2", x), ("y1", 30), ("y2", 300)]).text("tick", x, 318, "middle", &y.to_string());
    }
    svg.text("tick", 58, 34, "end", &fmt(Style::CompactMoney, hi))
        .text("tick", 58, zero + 4, "end", &fmt(Style::CompactMoney, 0.0))
        .text("tick", 58, 304, "end", &fmt(Style::CompactMoney, lo))
        .hline("axis", zero)
        .polyline("line-after", monthly.iter().enumerate().map(|(m, &v)| (px(m as f64, 0.0, months, LEFT, RIGHT), px(v, lo, hi, ya, yb))));
    if let Some(m) = break_even {
        let x = px(m, 0.0, months, LEFT, RIGHT);
        let (anchor, label_x) = if x > W * 7 / 10 { ("end", x - 8) } else { ("start", x + 8) };
        let label = [t.break_even_label, " · ", &fmt(Style::Decimal(1), m), " ", t.months].concat();
        svg.raw("<g class=\"break-even\" data-testid=\"break-even-marker\">")
            .el("line", "", &[("x1", x), ("x2", x), ("y1", 30), ("y2", 300)])
            .el("circle", "", &[("cx", x), ("cy", zero), ("r", 6)])
            .text("", label_x, zero - 12, anchor, &label)
            .raw("</g>");
    }
    svg.text("axis-title", 628, 336, "end", t.year);
    svg.finish("chart-payback")
}
