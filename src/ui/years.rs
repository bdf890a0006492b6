//! The year-by-year tables of the three calculators, as the page shows them and the CSV
//! download writes them (one definition, two uses).

use super::format::Style;
use super::table::Table;
use crate::finance::business_case::{BusinessCaseResult, Lever};
use crate::finance::payback::PaybackResult;
use crate::finance::retention::RetentionResult;
use crate::text::Texts;
use yew::prelude::*;

/// Customers and profit by year, before and after.
pub fn retention(t: &'static Texts, r: &RetentionResult) -> Table {
    let col = |a: &str, b: &str| AttrValue::from([a, " · ", b].concat());
    Table {
        caption: t.retention_chart_title,
        hook: "retention-years",
        head: vec![
            t.year.into(),
            col(t.customers_by_year, t.before),
            col(t.customers_by_year, t.after),
            col(t.profit_by_year, t.before),
            col(t.profit_by_year, t.after),
        ],
        rows: r.years.iter().map(|y| (y.year, vec![y.customers_before, y.customers_after, y.profit_before, y.profit_after])).collect(),
        styles: vec![Style::Decimal(0), Style::Decimal(0), Style::Money, Style::Money],
    }
}

/// Costs, benefits, net and cumulative net by year.
pub fn payback(t: &'static Texts, r: &PaybackResult) -> Table {
    let mut cumulative = 0.0;
    Table {
        caption: t.cumulative_net,
        hook: "payback-years",
        head: [t.year, t.costs, t.benefits, t.net, t.cumulative_net].map(AttrValue::from).into(),
        rows: r
            .costs
            .iter()
            .zip(&r.benefits)
            .enumerate()
            .map(|(i, (c, b))| {
                cumulative += b - c;
                (i as u32, vec![*c, *b, b - c, cumulative])
            })
            .collect(),
        styles: vec![Style::Money; 4],
    }
}

/// Benefits by lever, costs, net and cumulative net by year (risk-adjusted), as on the page, in
/// the report and in the CSV download.
pub fn case(t: &'static Texts, r: &BusinessCaseResult) -> Table {
    let mut head: Vec<AttrValue> = vec![t.year.into()];
    head.extend(Lever::ALL.iter().map(|&l| AttrValue::from(t.levers[l as usize].title)));
    head.extend([t.benefits, t.costs, t.net, t.cumulative_net].map(AttrValue::from));
    Table {
        caption: t.by_year_title,
        hook: "case-years",
        head,
        rows: r
            .years
            .iter()
            .map(|y| {
                let mut v: Vec<f64> = Lever::ALL.iter().map(|&l| y.benefits_by_lever.get(l)).collect();
                v.extend([y.benefits, y.costs, y.net, y.cumulative_net]);
                (y.year, v)
            })
            .collect(),
        styles: vec![Style::Money; Lever::ALL.len() + 4],
    }
}
