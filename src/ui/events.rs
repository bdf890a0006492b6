//! Events for a host page (see `browser.js` and README "Embedding"): which calculator is open
//! and its headline results whenever they change. Only results travel; inputs never do.

use super::browser::object;
use super::state::{AppState, Tab};
use crate::text::Currency;
use wasm_bindgen::JsValue;

/// The open calculator's headline results (risk-adjusted for the business case), while valid.
pub fn headline(state: &AppState) -> Vec<(&'static str, Option<f64>)> {
    let s = &state.scenario;
    match state.tab {
        Tab::Retention if !s.retention.is_stale() => s.retention.result().map_or_else(Vec::new, |r| {
            vec![
                ("clvBefore", Some(r.clv_before)),
                ("clvAfter", Some(r.clv_after)),
                ("clvChange", r.clv_change),
                ("cumulativeProfitUplift", Some(r.cumulative_profit_uplift)),
                ("discountedProfitUplift", Some(r.discounted_profit_uplift)),
            ]
        }),
        Tab::Payback if !s.payback.is_stale() => s.payback.result().map_or_else(Vec::new, |r| {
            vec![
                ("npv", Some(r.summary.npv)),
                ("roi", r.summary.roi),
                ("irr", r.summary.irr),
                ("paybackMonths", r.summary.payback_months),
                ("breakEvenReturnPerDollar", r.break_even_return_per_dollar),
            ]
        }),
        Tab::Case if !s.case.is_stale() => s.case.result().map_or_else(Vec::new, |r| {
            let a = &r.risk_adjusted;
            vec![("npv", Some(a.npv)), ("roi", a.roi), ("irr", a.irr), ("paybackMonths", a.payback_months)]
        }),
        _ => Vec::new(),
    }
}

/// `{ calculator, currency, …results }` for an event about the page on screen.
pub fn detail(state: &AppState, results: &[(&'static str, Option<f64>)]) -> js_sys::Object {
    detail_of(state.tab, state.currency, results)
}

/// `{ calculator, currency, …results }` for an event about page `tab`.
pub fn detail_of(tab: Tab, currency: Currency, results: &[(&'static str, Option<f64>)]) -> js_sys::Object {
    let mut pairs = vec![("calculator", JsValue::from_str(tab.key())), ("currency", JsValue::from_str(currency.code()))];
    pairs.extend(results.iter().map(|&(k, v)| (k, v.map_or(JsValue::NULL, JsValue::from_f64))));
    object(&pairs)
}
