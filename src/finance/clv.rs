//! Customer lifetime value after Gupta & Lehmann, "Customers as Assets" (2003).
//!
//! `CLV = m·r / (1 + d − r)`: margin m received at the end of each year the customer stays,
//! retention r, discount rate d. With margin growing by g per year of tenure,
//! `CLV = m·r / (1 + d − r(1+g))`, finite only while r(1+g) < 1+d.

use super::error::{non_negative, retention_rate, InputError, Problem};

/// The margin multiple r/(1+d−r(1+g)): lifetime value per unit of annual margin.
pub fn margin_multiple(retention: f64, discount: f64, growth: f64) -> Result<f64, InputError> {
    let r = retention_rate("retentionRate", retention)?;
    let d = super::cashflow::discount_rate("discountRate", discount)?;
    if !growth.is_finite() {
        return Err(InputError::new("marginGrowth", Problem::NotANumber));
    }
    if !(-1.0..=1.0).contains(&growth) {
        return Err(InputError::new("marginGrowth", Problem::PercentRange));
    }
    let denominator = 1.0 + d - r * (1.0 + growth);
    // A tiny positive denominator is as meaningless as a negative one: lifetimes of thousands
    // of years. 1e-6 keeps the multiple under a million.
    if denominator <= 1e-6 {
        return Err(InputError::new("marginGrowth", Problem::GrowthTooHigh));
    }
    Ok(r / denominator)
}

/// Lifetime value of one customer with annual margin `margin`.
pub fn clv(margin: f64, retention: f64, discount: f64, growth: f64) -> Result<f64, InputError> {
    let m = non_negative("annualMargin", margin)?;
    Ok(m * margin_multiple(retention, discount, growth)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gupta_lehmann_margin_multiple() {
        // Published table: r = 90%, d = 12% → 4.09.
        let mult = margin_multiple(0.9, 0.12, 0.0).unwrap();
        assert!((mult - 4.0909).abs() < 1e-3, "{mult}");
        assert_eq!((mult * 100.0).round() / 100.0, 4.09);
    }

    #[test]
    fn clv_scales_with_margin_and_growth_raises_it() {
        let base = clv(100.0, 0.8, 0.1, 0.0).unwrap();
        assert!((base - 100.0 * 0.8 / 0.3).abs() < 1e-9);
        let grown = clv(100.0, 0.8, 0.1, 0.05).unwrap();
        assert!((grown - 100.0 * 0.8 / (1.1 - 0.8 * 1.05)).abs() < 1e-9);
        assert!(grown > base);
    }

    #[test]
    fn clv_equals_the_discounted_sum_it_stands_for() {
        let (m, r, d, g): (f64, f64, f64, f64) = (120.0, 0.85, 0.09, 0.03);
        let mut sum = 0.0;
        for t in 1..2000 {
            let t = t as f64;
            sum += m * (1.0 + g).powf(t - 1.0) * r.powf(t) / (1.0 + d).powf(t);
        }
        assert!((clv(m, r, d, g).unwrap() - sum).abs() < 1e-6);
    }

    #[test]
    fn impossible_inputs_are_errors_not_infinity() {
        assert_eq!(clv(100.0, 1.0, 0.1, 0.0).unwrap_err().field, "retentionRate");
        assert_eq!(clv(100.0, 0.95, 0.05, 0.2).unwrap_err().problem, Problem::GrowthTooHigh);
        assert_eq!(clv(-1.0, 0.5, 0.1, 0.0).unwrap_err().field, "annualMargin");
        assert_eq!(clv(1.0, 0.5, f64::NAN, 0.0).unwrap_err().field, "discountRate");
    }
}
