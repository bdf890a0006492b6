//! The cash-flow summary in the Forrester TEI convention: present values, NPV, ROI, IRR, payback.
//!
//! Convention (one for the whole app): index 0 is "initial" — today, not discounted; index t is
//! discounted by (1+d)^t. `npv = pvBenefits − pvCosts`, `roi = npv / pvCosts` (none when that is
//! not a finite number: no costs, or costs too small to divide by). Payback counts
//! months until the cumulative *undiscounted* net cash flow first reaches ≥ 0, with index 0 at
//! month 0 and each later year's net flow accruing evenly over its 12 months; a model that knows
//! its flows month by month (the CX payback, see `payback`) reads payback from that curve instead.

use super::error::{finite, non_negative, quotient, InputError, Problem};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CashflowSummary {
    pub pv_costs: f64,
    pub pv_benefits: f64,
    pub npv: f64,
    /// `None` when there are no costs to divide by, or when they are so small beside the net
    /// value that the ratio is not a finite number.
    pub roi: Option<f64>,
    /// `None` when the net flows have no internal rate of return (no sign change, or none
    /// between −99.99% and 10 000%).
    pub irr: Option<f64>,
    /// `None` when the cumulative net cash flow never reaches zero within the horizon.
    pub payback_months: Option<f64>,
}

/// Check a discount rate: 0% to 100% per year.
pub fn discount_rate(field: &'static str, d: f64) -> Result<f64, InputError> {
    super::error::fraction(field, d)
}

/// Present value of `flows` at rate `d`, index 0 undiscounted.
pub fn present_value(d: f64, flows: &[f64]) -> f64 {
    let mut factor = 1.0;
    let mut pv = 0.0;
    for &f in flows {
        pv += f / factor;
        factor *= 1.0 + d;
    }
    pv
}

/// Summarise costs and benefits (same length, index 0 = today) at discount rate `d`.
pub fn summarize(d: f64, costs: &[f64], benefits: &[f64]) -> Result<CashflowSummary, InputError> {
    let d = discount_rate("discountRate", d)?;
    if costs.is_empty() || costs.len() > 51 {
        return Err(InputError::new("costs", Problem::LengthMismatch));
    }
    if benefits.len() != costs.len() {
        return Err(InputError::new("benefits", Problem::LengthMismatch));
    }
    for &c in costs {
        non_negative("costs", c)?;
    }
    for &b in benefits {
        non_negative("benefits", b)?;
    }
    Ok(summarize_valid(d, costs, benefits))
}

/// The summary for inputs already known to be valid (the models build their own flows).
pub(crate) fn summarize_valid(d: f64, costs: &[f64], benefits: &[f64]) -> CashflowSummary {
    let pv_costs = present_value(d, costs);
    let pv_benefits = present_value(d, benefits);
    let npv = pv_benefits - pv_costs;
    let roi = quotient(npv, pv_costs);
    let net: Vec<f64> = benefits.iter().zip(costs).map(|(b, c)| b - c).collect();
    CashflowSummary { pv_costs, pv_benefits, npv, roi, irr: irr(&net), payback_months: payback_months(&net) }
}

/// Months until cumulative undiscounted net flow first reaches ≥ 0 (linear within each year).
pub fn payback_months(net: &[f64]) -> Option<f64> {
    let mut cumulative = *net.first()?;
    if cumulative >= 0.0 {
        return Some(0.0);
    }
    for (t, &flow) in net.iter().enumerate().skip(1) {
        let next = cumulative + flow;
        if next >= 0.0 {
            // cumulative < 0 ≤ next, so flow > 0: the crossing lies inside year t.
            return Some(12.0 * (t - 1) as f64 + 12.0 * (-cumulative / flow));
        }
        cumulative = next;
    }
    None
}

/// Internal rate of return of `net` (index 0 undiscounted): the rate at which NPV = 0.
///
/// Searches upward from −99.99% for the first sign change of NPV on a geometric grid, then
/// bisects it. With the usual pattern (outflow first, then inflows) the root is unique.
pub fn irr(net: &[f64]) -> Option<f64> {
    let has_pos = net.iter().any(|&v| v > 0.0);
    let has_neg = net.iter().any(|&v| v < 0.0);
    if !(has_pos && has_neg) {
        return None;
    }
    let npv_at = |r: f64| present_value(r, net);
    // Grid on 1+r, from 1e-4 to 101 (rates −99.99% … +10 000%), 400 geometric steps.
    let steps = 400;
    let (lo_g, hi_g): (f64, f64) = (1e-4, 101.0);
    let ratio = (hi_g / lo_g).powf(1.0 / steps as f64);
    let mut g0 = lo_g;
    let mut v0 = npv_at(g0 - 1.0);
    for _ in 0..steps {
        let g1 = g0 * ratio;
        let v1 = npv_at(g1 - 1.0);
        if v0 == 0.0 {
            return Some(g0 - 1.0);
        }
        if v0.is_finite() && v1.is_finite() && (v0 < 0.0) != (v1 < 0.0) {
            let (mut a, mut b, mut va) = (g0 - 1.0, g1 - 1.0, v0);
            for _ in 0..200 {
                let m = 0.5 * (a + b);
                let vm = npv_at(m);
                if (vm < 0.0) == (va < 0.0) {
                    a = m;
                    va = vm;
                } else {
                    b = m;
                }
                if (b - a).abs() < 1e-12 {
                    break;
                }
            }
            return finite("irr", 0.5 * (a + b)).ok();
        }
        g0 = g1;
        v0 = v1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    #[test]
    fn present_value_leaves_index_zero_undiscounted() {
        assert_eq!(present_value(0.1, &[100.0]), 100.0);
        assert!(close(present_value(0.1, &[0.0, 110.0]), 100.0, 1e-9));
    }

    #[test]
    fn payback_interpolates_within_the_year() {
        // −100 today, +50 a year: cumulative −50 after year 1, 0 after year 2 → 24 months.
        assert_eq!(payback_months(&[-100.0, 50.0, 50.0]), Some(24.0));
        // −100 today, +200 in year 1: reaches zero half-way through year 1.
        assert_eq!(payback_months(&[-100.0, 200.0]), Some(6.0));
        assert_eq!(payback_months(&[0.0, 10.0]), Some(0.0));
        assert_eq!(payback_months(&[-100.0, 10.0, 10.0]), None);
        // Dips again after a first break-even: the first time counts.
        assert_eq!(payback_months(&[-10.0, 20.0, -50.0]), Some(6.0));
    }

    #[test]
    fn irr_of_simple_flows() {
        let r = irr(&[-100.0, 110.0]).unwrap();
        assert!(close(r, 0.10, 1e-9), "{r}");
        let r = irr(&[-1000.0, 0.0, 0.0, 1331.0]).unwrap();
        assert!(close(r, 0.10, 1e-9), "{r}");
        assert_eq!(irr(&[100.0, 10.0]), None);
        assert_eq!(irr(&[0.0, 0.0]), None);
        // A loss-making project has a negative IRR.
        let r = irr(&[-100.0, 50.0]).unwrap();
        assert!(close(r, -0.5, 1e-9), "{r}");
    }

    #[test]
    fn npv_at_irr_is_zero() {
        let net = [-30_000.0, 35_000.0, 35_000.0, 35_000.0, 35_000.0, 35_000.0];
        let r = irr(&net).unwrap();
        assert!(present_value(r, &net).abs() < 1e-6);
    }

    #[test]
    fn roi_is_none_without_costs_and_errors_name_the_field() {
        let s = summarize(0.1, &[0.0, 0.0], &[0.0, 10.0]).unwrap();
        assert_eq!(s.roi, None);
        assert_eq!(summarize(0.1, &[1.0], &[1.0, 2.0]).unwrap_err().field, "benefits");
        assert_eq!(summarize(1.5, &[1.0], &[1.0]).unwrap_err().field, "discountRate");
        assert_eq!(summarize(0.1, &[-1.0], &[1.0]).unwrap_err().field, "costs");
        assert_eq!(summarize(0.1, &[f64::NAN], &[1.0]).unwrap_err().problem, Problem::NotANumber);
    }

    #[test]
    fn roi_is_none_when_costs_are_too_small_to_divide_by() {
        // Found by the property tests: npv / pvCosts overflowed to Infinity.
        for (cost, benefit) in [(1.86e-309, 1.67e11), (5e-324, 1e12), (5e-324, 46_688_770_336.093_86)] {
            let s = summarize(0.0, &[cost], &[benefit]).unwrap();
            assert_eq!(s.roi, None, "{cost} {benefit}");
            assert!(s.npv.is_finite() && s.pv_costs > 0.0);
        }
        // Small costs whose ratio is still a number keep their ROI.
        let s = summarize(0.0, &[1e-300], &[1e3]).unwrap();
        assert_eq!(s.roi, Some(1e303));
    }
}
