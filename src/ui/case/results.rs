//! The business case's headline figures, as the page, its phone bar and the report show them:
//! risk-adjusted, with the unadjusted figure beside.

use super::super::context::use_ui;
use super::super::format::{months, Numbers, Style};
use super::super::tile::{tiles, TileProps};
use crate::finance::business_case::BusinessCaseResult;
use crate::text::Texts;
use std::rc::Rc;
use yew::prelude::*;

/// The company's inputs (with the switch that says revenue is per month), as the page and the
/// report group them.
pub const COMPANY: [&str; 7] = ["customers", "revenuePerCustomer", "revenuePerMonth", "grossMargin", "retentionRate", "baseline.csat", "baseline.ces"];
fn unadjusted_note(t: &Texts, text: &str) -> Option<AttrValue> {
    Some([t.unadjusted, ": ", text].concat().into())
}

#[derive(Properties, PartialEq)]
pub struct CaseTilesProps {
    pub result: Rc<BusinessCaseResult>,
}

/// The headline tiles, risk-adjusted with the unadjusted figure beside (also on the report).
#[component]
pub fn CaseTiles(props: &CaseTilesProps) -> Html {
    let ui = use_ui();
    let t = ui.t;
    let num = &ui.num;
    tiles(num, &headline(num, t, &props.result))
}

/// The headline tiles' figures.
pub fn headline(num: &Numbers, t: &Texts, r: &BusinessCaseResult) -> Vec<TileProps> {
    let (a, u) = (&r.risk_adjusted, &r.unadjusted);
    let or_na = |style: Style, v: Option<f64>| v.map_or_else(|| t.not_available.to_owned(), |v| num.fmt(style, v));
    let na = t.not_available;
    vec![
        TileProps::new("npv", t.npv, Some(a.npv), Style::Money, na).note(unadjusted_note(t, &num.fmt(Style::Money, u.npv))),
        TileProps::new("roi", t.roi, a.roi, Style::Percent, na).note(unadjusted_note(t, &or_na(Style::Percent, u.roi))),
        TileProps::new("paybackMonths", t.payback_months, a.payback_months, Style::Decimal(1), t.never)
            .suffix(t.months)
            .note(unadjusted_note(t, &months(num, t, u.payback_months))),
        TileProps::new("irr", t.irr, a.irr, Style::Percent, na).note(unadjusted_note(t, &or_na(Style::Percent, u.irr))),
    ]
}
