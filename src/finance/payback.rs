//! CX payback, "$3 back for every $1": benefits as a multiple k of what is spent on CX.
//!
//! Convention: full run-rate benefit per year `B = k·(upfront/years + annualCost)`. At month τ
//! after go-live benefit accrues at the rate B·min(1, τ/R) per year (R = ramp-up months;
//! R = 0 means full benefit from the start), so with R = 0 undiscounted benefits equal
//! k × total cost exactly. Year 0 holds the up-front cost and no benefit; the annual cost falls
//! in years 1..n and, for the monthly curve, accrues evenly within each year.
//!
//! One payback: this model knows when within a year its benefit arrives (the ramp-up), so its
//! payback is where the month-by-month cumulative net cash flow first reaches 0 (linear between
//! month ends, as the chart draws it): `summary.payback_months` and `break_even_month` are the
//! same figure. Spreading each year's net flow evenly over its months (the cash-flow summary's
//! rule for yearly flows) would credit a ramp-up year's benefit too early and show a shorter
//! payback than the curve; without a ramp-up the two rules agree.

use super::cashflow::{summarize_valid, CashflowSummary};
use super::error::{finite, non_negative, quotient, years, InputError, Problem};
use serde::Serialize;

/// The industry claim's multiple (QuestionPro citing Avanade and Sitecore; no public primary study).
pub const DEFAULT_RETURN_PER_DOLLAR: f64 = 3.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PaybackInput {
    pub upfront_investment: f64,
    pub annual_cost: f64,
    pub return_per_dollar: f64,
    pub years: f64,
    pub discount_rate: f64,
    pub ramp_up_months: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PaybackResult {
    /// B, the full run-rate benefit per year.
    pub annual_benefit: f64,
    pub costs: Vec<f64>,
    pub benefits: Vec<f64>,
    pub summary: CashflowSummary,
    /// Cumulative undiscounted net cash flow at the end of months 0..=12·years.
    pub monthly_cumulative_net: Vec<f64>,
    /// First month (fractional) at which the monthly curve reaches ≥ 0; `None` if never. The
    /// payback: `summary.payback_months` holds the same figure.
    pub break_even_month: Option<f64>,
    /// The k at which NPV = 0; `None` when that is not a finite number (no benefit to scale, or
    /// amounts so small that the ratio overflows).
    pub break_even_return_per_dollar: Option<f64>,
    pub total_cost: f64,
    pub total_benefit: f64,
}

/// Months of benefit, in units of "full-rate months", accrued from go-live to month τ:
/// ∫₀^τ min(1, s/R) ds.
pub(crate) fn accrued(tau: f64, ramp: f64) -> f64 {
    if ramp <= 0.0 {
        tau
    } else if tau <= ramp {
        tau * tau / (2.0 * ramp)
    } else {
        ramp / 2.0 + (tau - ramp)
    }
}

impl PaybackInput {
    fn checked(&self) -> Result<usize, InputError> {
        non_negative("upfrontInvestment", self.upfront_investment)?;
        non_negative("annualCost", self.annual_cost)?;
        non_negative("returnPerDollar", self.return_per_dollar)?;
        if self.return_per_dollar > 1_000.0 {
            return Err(InputError::new("returnPerDollar", Problem::TooLarge));
        }
        let n = years("years", self.years)?;
        super::cashflow::discount_rate("discountRate", self.discount_rate)?;
        non_negative("rampUpMonths", self.ramp_up_months)?;
        if self.ramp_up_months > 600.0 {
            return Err(InputError::new("rampUpMonths", Problem::TooLarge));
        }
        if self.upfront_investment + self.annual_cost <= 0.0 {
            return Err(InputError::new("upfrontInvestment", Problem::NoInvestment));
        }
        Ok(n)
    }
}

/// Run the CX payback model.
pub fn cx_payback(input: &PaybackInput) -> Result<PaybackResult, InputError> {
    let n = input.checked()?;
    let (u, a, k, r) = (input.upfront_investment, input.annual_cost, input.return_per_dollar, input.ramp_up_months);
    let b = k * (u / n as f64 + a);
    let mut costs = vec![u];
    let mut benefits = vec![0.0];
    // Benefits per $1 of k, so the break-even k falls out of the same flows.
    let mut unit_benefits = vec![0.0];
    for t in 1..=n {
        let months = accrued(12.0 * t as f64, r) - accrued(12.0 * (t - 1) as f64, r);
        costs.push(a);
        unit_benefits.push((u / n as f64 + a) * months / 12.0);
        benefits.push(b * months / 12.0);
    }
    let summary = summarize_valid(input.discount_rate, &costs, &benefits);
    let pv_unit = super::cashflow::present_value(input.discount_rate, &unit_benefits);
    let monthly: Vec<f64> = (0..=12 * n)
        .map(|m| {
            let m = m as f64;
            -u - a * m / 12.0 + b * accrued(m, r) / 12.0
        })
        .collect();
    let break_even_month = first_crossing(&monthly);
    let total_cost = costs.iter().sum();
    let total_benefit = benefits.iter().sum();
    Ok(PaybackResult {
        annual_benefit: finite("upfrontInvestment", b)?,
        summary: CashflowSummary { npv: finite("upfrontInvestment", summary.npv)?, payback_months: break_even_month, ..summary },
        costs,
        benefits,
        monthly_cumulative_net: monthly,
        break_even_month,
        break_even_return_per_dollar: quotient(summary.pv_costs, pv_unit),
        total_cost,
        total_benefit,
    })
}

/// First (fractional) index at which `series` reaches ≥ 0, interpolating between points.
fn first_crossing(series: &[f64]) -> Option<f64> {
    let first = *series.first()?;
    if first >= 0.0 {
        return Some(0.0);
    }
    series.windows(2).enumerate().find_map(|(i, w)| (w[1] >= 0.0).then(|| i as f64 + (-w[0]) / (w[1] - w[0])))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> PaybackInput {
        PaybackInput { upfront_investment: 100_000.0, annual_cost: 50_000.0, return_per_dollar: 3.0, years: 3.0, discount_rate: 0.1, ramp_up_months: 0.0 }
    }

    #[test]
    fn without_ramp_up_benefits_are_k_times_total_cost() {
        let res = cx_payback(&base()).unwrap();
        assert_eq!(res.total_cost, 250_000.0);
        assert!((res.total_benefit - 750_000.0).abs() < 1e-6);
        assert!((res.annual_benefit - 250_000.0).abs() < 1e-9);
        assert_eq!(res.costs, vec![100_000.0, 50_000.0, 50_000.0, 50_000.0]);
    }

    #[test]
    fn hand_worked_npv_and_payback() {
        let res = cx_payback(&base()).unwrap();
        // Net flows −100 000, +200 000 ×3 at 10%.
        let pv = 200_000.0 * (1.0 / 1.1 + 1.0 / 1.21 + 1.0 / 1.331);
        assert!((res.summary.npv - (pv - 100_000.0)).abs() < 1e-6);
        // Cumulative −100 000 reaches 0 half-way through year 1.
        assert!((res.summary.payback_months.unwrap() - 6.0).abs() < 1e-9);
        // Monthly curve (no ramp) agrees with the yearly convention.
        assert!((res.break_even_month.unwrap() - 6.0).abs() < 1e-9);
    }

    #[test]
    fn ramp_up_accrues_linearly() {
        let mut inp = base();
        inp.ramp_up_months = 12.0;
        let res = cx_payback(&inp).unwrap();
        // Year 1 earns half the run-rate (triangle), later years the full rate.
        assert!((res.benefits[1] - 125_000.0).abs() < 1e-6);
        assert!((res.benefits[2] - 250_000.0).abs() < 1e-6);
        assert!(res.total_benefit < 750_000.0);
        assert!(res.break_even_month.unwrap() > 6.0);
    }

    #[test]
    fn one_payback_the_curves_crossing() {
        // The page's defaults: a 6-month ramp-up, where spreading year 1's net flow evenly
        // would say 8.7 months and the curve says 9.7.
        let mut inp = base();
        inp.ramp_up_months = 6.0;
        let res = cx_payback(&inp).unwrap();
        let curve = res.break_even_month.unwrap();
        assert_eq!(res.summary.payback_months, Some(curve), "the tile's figure is the marker's");
        assert_eq!((curve * 10.0).round(), 97.0, "{curve}");
        let spread = crate::finance::cashflow::payback_months(&res.benefits.iter().zip(&res.costs).map(|(b, c)| b - c).collect::<Vec<_>>()).unwrap();
        assert_eq!((spread * 10.0).round(), 87.0, "{spread}: the rule no longer used here");
        // The month-end values either side of the crossing bracket 0.
        let m = curve.floor() as usize;
        assert!(res.monthly_cumulative_net[m] < 0.0 && res.monthly_cumulative_net[m + 1] >= 0.0);
        for ramp in [0.0, 3.0, 12.0, 30.0] {
            inp.ramp_up_months = ramp;
            let res = cx_payback(&inp).unwrap();
            assert_eq!(res.summary.payback_months, res.break_even_month, "ramp-up {ramp}");
        }
    }

    #[test]
    fn break_even_return_gives_zero_npv() {
        let mut inp = base();
        inp.ramp_up_months = 6.0;
        let k = cx_payback(&inp).unwrap().break_even_return_per_dollar.unwrap();
        inp.return_per_dollar = k;
        assert!(cx_payback(&inp).unwrap().summary.npv.abs() < 1e-6);
        assert!(k > 1.0);
    }

    #[test]
    fn zero_return_never_pays_back() {
        let mut inp = base();
        inp.return_per_dollar = 0.0;
        let res = cx_payback(&inp).unwrap();
        assert_eq!(res.summary.payback_months, None);
        assert_eq!(res.break_even_month, None);
        assert_eq!(res.summary.roi, Some(-1.0));
    }

    #[test]
    fn bad_inputs_name_their_field() {
        let mut inp = base();
        inp.upfront_investment = 0.0;
        inp.annual_cost = 0.0;
        assert_eq!(cx_payback(&inp).unwrap_err().problem, Problem::NoInvestment);
        let mut inp = base();
        inp.years = 0.0;
        assert_eq!(cx_payback(&inp).unwrap_err().field, "years");
        let mut inp = base();
        inp.annual_cost = f64::INFINITY;
        assert_eq!(cx_payback(&inp).unwrap_err().field, "annualCost");
    }
}
