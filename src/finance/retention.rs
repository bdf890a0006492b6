//! Retention → profit: what a rise in customer retention is worth (Reichheld/Bain's
//! "a 5% increase in customer retention raises profits 25%–95%"), on Gupta & Lehmann's CLV.
//!
//! Convention: each customer yields margin m = revenue × gross margin at the end of every year
//! they stay, growing by g per year of tenure; a share r of customers stays each year. New
//! customers join at the start of each year (their acquisition cost falls in that year) and are
//! subject to retention from their first year on. Profit of year t is discounted by (1+d)^t.

use super::clv::clv;
use super::error::{finite, fraction, non_negative, quotient, retention_rate, years, InputError, Problem};
use serde::Serialize;

/// Reichheld/Bain's published range for a 5-point retention rise: profit +25% to +95%.
pub const REICHHELD_LOW: f64 = 0.25;
pub const REICHHELD_HIGH: f64 = 0.95;

/// Inputs, rates as fractions (0.1 = 10%).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RetentionInput {
    pub customers: f64,
    pub revenue_per_customer: f64,
    pub gross_margin: f64,
    pub retention_rate: f64,
    /// Percentage points (0.05 = +5 points) unless `uplift_is_relative`, then a relative rise.
    pub retention_uplift: f64,
    pub uplift_is_relative: bool,
    pub discount_rate: f64,
    pub years: f64,
    pub new_customers_per_year: f64,
    pub acquisition_cost: f64,
    pub margin_growth: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RetentionYear {
    pub year: u32,
    /// Customers at the end of the year.
    pub customers_before: f64,
    pub customers_after: f64,
    pub profit_before: f64,
    pub profit_after: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RetentionResult {
    /// Customers at the start (year 0), for charts.
    pub customers_start: f64,
    pub margin_per_customer: f64,
    pub retention_after: f64,
    pub clv_before: f64,
    pub clv_after: f64,
    /// clvAfter / clvBefore − 1; `None` when CLV before is zero, or so small that the ratio
    /// overflows.
    pub clv_change: Option<f64>,
    /// The CLV change a +5-point rise in retention would give this company, whatever the uplift
    /// typed: the rise Reichheld & Sasser's 25–95% is for, so the two compare like with like.
    /// `None` when retention + 5 points reaches 100% or CLV before is ~0.
    pub clv_change_at_5_points: Option<f64>,
    pub cumulative_profit_uplift: f64,
    pub discounted_profit_uplift: f64,
    pub years: Vec<RetentionYear>,
}

impl RetentionInput {
    /// Validate every field, naming the first one that is wrong.
    fn checked(&self) -> Result<(Self, usize), InputError> {
        non_negative("customers", self.customers)?;
        non_negative("revenuePerCustomer", self.revenue_per_customer)?;
        fraction("grossMargin", self.gross_margin)?;
        retention_rate("retentionRate", self.retention_rate)?;
        if !self.retention_uplift.is_finite() {
            return Err(InputError::new("retentionUplift", Problem::NotANumber));
        }
        if self.retention_uplift < 0.0 {
            return Err(InputError::new("retentionUplift", Problem::Negative));
        }
        retention_rate("retentionUplift", self.retention_after())?;
        super::cashflow::discount_rate("discountRate", self.discount_rate)?;
        let n = years("years", self.years)?;
        non_negative("newCustomersPerYear", self.new_customers_per_year)?;
        non_negative("acquisitionCost", self.acquisition_cost)?;
        Ok((*self, n))
    }

    /// Retention after the uplift, by the chosen reading of the uplift.
    pub fn retention_after(&self) -> f64 {
        if self.uplift_is_relative {
            self.retention_rate * (1.0 + self.retention_uplift)
        } else {
            self.retention_rate + self.retention_uplift
        }
    }
}

/// Year-by-year profit of the whole customer base at retention `r` (see the module convention).
fn profit_by_year(inp: &RetentionInput, n: usize, r: f64, m: f64) -> Vec<(f64, f64)> {
    // cohorts[k] = customers alive now who joined k years before the current year's start,
    // kept with their tenure so margin growth applies per year of tenure.
    let mut cohorts: Vec<(f64, u32)> = vec![(inp.customers, 0)];
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        if inp.new_customers_per_year > 0.0 {
            cohorts.push((inp.new_customers_per_year, 0));
        }
        let mut profit = -inp.new_customers_per_year * inp.acquisition_cost;
        let mut customers = 0.0;
        for (size, tenure) in cohorts.iter_mut() {
            *size *= r;
            *tenure += 1;
            profit += *size * m * (1.0 + inp.margin_growth).powi(*tenure as i32 - 1);
            customers += *size;
        }
        out.push((customers, profit));
    }
    out
}

/// Run the retention → profit model.
pub fn retention_profit(input: &RetentionInput) -> Result<RetentionResult, InputError> {
    let (inp, n) = input.checked()?;
    let m = inp.revenue_per_customer * inp.gross_margin;
    let r0 = inp.retention_rate;
    let r1 = inp.retention_after();
    let d = inp.discount_rate;
    let clv_before = clv(m, r0, d, inp.margin_growth).map_err(rename_clv_field)?;
    let clv_after = clv(m, r1, d, inp.margin_growth).map_err(rename_clv_field)?;
    let before = profit_by_year(&inp, n, r0, m);
    let after = profit_by_year(&inp, n, r1, m);
    let mut years_out = Vec::with_capacity(n);
    let (mut cumulative, mut discounted, mut factor) = (0.0, 0.0, 1.0);
    for (t, (&(cb, pb), &(ca, pa))) in before.iter().zip(&after).enumerate() {
        factor *= 1.0 + d;
        cumulative += pa - pb;
        discounted += (pa - pb) / factor;
        years_out.push(RetentionYear {
            year: t as u32 + 1,
            customers_before: finite("customers", cb)?,
            customers_after: finite("customers", ca)?,
            profit_before: finite("customers", pb)?,
            profit_after: finite("customers", pa)?,
        });
    }
    Ok(RetentionResult {
        customers_start: inp.customers,
        margin_per_customer: m,
        retention_after: r1,
        clv_before,
        clv_after,
        clv_change: quotient(clv_after, clv_before).map(|q| q - 1.0),
        clv_change_at_5_points: clv(m, r0 + 0.05, d, inp.margin_growth).ok().and_then(|c| quotient(c, clv_before)).map(|q| q - 1.0),
        cumulative_profit_uplift: finite("customers", cumulative)?,
        discounted_profit_uplift: finite("customers", discounted)?,
        years: years_out,
    })
}

/// `clv` names its own inputs; here margin is derived from revenue, so point there instead.
fn rename_clv_field(e: InputError) -> InputError {
    match e.field {
        "annualMargin" => InputError::new("revenuePerCustomer", e.problem),
        _ => e,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn base() -> RetentionInput {
        RetentionInput {
            customers: 10_000.0,
            revenue_per_customer: 500.0,
            gross_margin: 0.4,
            retention_rate: 0.8,
            retention_uplift: 0.05,
            uplift_is_relative: false,
            discount_rate: 0.1,
            years: 5.0,
            new_customers_per_year: 0.0,
            acquisition_cost: 0.0,
            margin_growth: 0.0,
        }
    }

    #[test]
    fn hand_worked_first_year() {
        let res = retention_profit(&base()).unwrap();
        assert_eq!(res.margin_per_customer, 200.0);
        assert!((res.retention_after - 0.85).abs() < 1e-12);
        let y1 = res.years[0];
        assert!((y1.customers_before - 8_000.0).abs() < 1e-9);
        assert!((y1.customers_after - 8_500.0).abs() < 1e-9);
        assert!((y1.profit_before - 1_600_000.0).abs() < 1e-6);
        assert!((y1.profit_after - 1_700_000.0).abs() < 1e-6);
        // CLV 200·0.8/0.3 = 533.33 → 200·0.85/0.25 = 680: +27.5%.
        assert!((res.clv_before - 533.333_333).abs() < 1e-3);
        assert!((res.clv_after - 680.0).abs() < 1e-9);
        assert!((res.clv_change.unwrap() - 0.275).abs() < 1e-9);
    }

    #[test]
    fn the_five_point_comparison_does_not_depend_on_the_uplift_typed() {
        let base = base();
        let five = retention_profit(&base).unwrap();
        assert_eq!(five.clv_change_at_5_points, five.clv_change, "a 5-point uplift is its own comparison");
        for uplift in [0.02, 0.1] {
            let r = retention_profit(&RetentionInput { retention_uplift: uplift, ..base }).unwrap();
            assert_eq!(r.clv_change_at_5_points, five.clv_change, "uplift {uplift}");
            assert_ne!(r.clv_change, five.clv_change);
        }
        let near_one = retention_profit(&RetentionInput { retention_rate: 0.96, retention_uplift: 0.01, ..base }).unwrap();
        assert_eq!(near_one.clv_change_at_5_points, None, "no +5 points above 95% retention");
    }

    #[test]
    fn long_horizon_profit_converges_to_customers_times_clv() {
        let mut inp = base();
        inp.years = 50.0;
        inp.retention_rate = 0.5;
        inp.retention_uplift = 0.1;
        let res = retention_profit(&inp).unwrap();
        let pv_before: f64 = res.years.iter().map(|y| y.profit_before / 1.1f64.powi(y.year as i32)).sum();
        assert!((pv_before - inp.customers * res.clv_before).abs() / pv_before < 1e-9);
        let expected = inp.customers * (res.clv_after - res.clv_before);
        assert!((res.discounted_profit_uplift - expected).abs() / expected < 1e-6);
    }

    #[test]
    fn relative_uplift_multiplies() {
        let mut inp = base();
        inp.uplift_is_relative = true;
        inp.retention_uplift = 0.05;
        let res = retention_profit(&inp).unwrap();
        assert!((res.retention_after - 0.84).abs() < 1e-12);
    }

    #[test]
    fn new_customers_and_acquisition_cost() {
        let mut inp = base();
        inp.years = 2.0;
        inp.new_customers_per_year = 1_000.0;
        inp.acquisition_cost = 50.0;
        let res = retention_profit(&inp).unwrap();
        // Year 1: (10 000 + 1 000)·0.8 = 8 800 customers, profit 8 800·200 − 50 000.
        assert!((res.years[0].customers_before - 8_800.0).abs() < 1e-9);
        assert!((res.years[0].profit_before - 1_710_000.0).abs() < 1e-6);
        // Year 2: (8 800 + 1 000)·0.8 = 7 840.
        assert!((res.years[1].customers_before - 7_840.0).abs() < 1e-9);
    }

    #[test]
    fn margin_growth_applies_by_tenure() {
        let mut inp = base();
        inp.years = 2.0;
        inp.margin_growth = 0.1;
        let res = retention_profit(&inp).unwrap();
        // Year 2: 10 000·0.64 customers earning 200·1.1.
        assert!((res.years[1].profit_before - 6_400.0 * 220.0).abs() < 1e-6);
    }

    #[test]
    fn cumulative_uplift_is_the_sum_of_yearly_differences() {
        let res = retention_profit(&base()).unwrap();
        let sum: f64 = res.years.iter().map(|y| y.profit_after - y.profit_before).sum();
        assert!((res.cumulative_profit_uplift - sum).abs() < 1e-6);
        assert!(res.discounted_profit_uplift < res.cumulative_profit_uplift);
    }

    /// A way to spoil an input, the field it spoils, and the problem reported.
    type Spoil = (fn(&mut RetentionInput), &'static str, Problem);

    #[test]
    fn bad_inputs_name_their_field() {
        let cases: [Spoil; 7] = [
            (|i| i.customers = -1.0, "customers", Problem::Negative),
            (|i| i.retention_rate = 1.0, "retentionRate", Problem::RateAtLeastOne),
            (|i| i.retention_uplift = 0.25, "retentionUplift", Problem::RateAtLeastOne),
            (|i| i.years = 0.0, "years", Problem::YearsRange),
            (|i| i.years = 51.0, "years", Problem::YearsRange),
            (|i| i.customers = 1e300, "customers", Problem::TooLarge),
            (|i| i.margin_growth = 0.5, "marginGrowth", Problem::GrowthTooHigh),
        ];
        for (mutate, field, problem) in cases {
            let mut inp = base();
            mutate(&mut inp);
            let err = retention_profit(&inp).unwrap_err();
            assert_eq!((err.field, err.problem), (field, problem));
        }
    }

    #[test]
    fn clv_change_is_none_when_clv_before_is_too_small_to_divide_by() {
        // Found by the property tests: a subnormal retention rate made CLV before subnormal
        // and clvAfter / clvBefore overflow to Infinity.
        let mut inp = base();
        inp.retention_rate = 5e-324;
        inp.retention_uplift = 0.861_084_974_888_619;
        inp.revenue_per_customer = 224_761_976_720.576_4;
        let res = retention_profit(&inp).unwrap();
        assert!(res.clv_before > 0.0);
        assert_eq!(res.clv_change, None);
    }
}
