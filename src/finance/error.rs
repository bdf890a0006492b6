//! Validation errors that name the offending input, so the UI can show them beside the field
//! and the JS API can name the field in its Error message.

/// What is wrong with a value. The text for each lives in the message catalogue (`crate::text`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Nothing typed.
    Empty,
    /// Not a plain decimal number (letters, "NaN", "inf", two decimal points …).
    NotANumber,
    /// Below zero where that makes no sense (customers, money spent).
    Negative,
    /// Must be strictly above zero.
    NotPositive,
    /// A rate that must be below 100% (retention, including after the uplift).
    RateAtLeastOne,
    /// A percentage outside 0–100%.
    PercentRange,
    /// A horizon outside 1–50 years.
    YearsRange,
    /// A count of years or months that must be a whole number.
    NotWhole,
    /// So large that results would overflow; bounds are documented in README.
    TooLarge,
    /// Margin growth too high for a finite lifetime value: r(1+g) must stay below 1+d.
    GrowthTooHigh,
    /// A cash-flow list: costs and benefits of different lengths, or empty.
    LengthMismatch,
    /// Both the up-front investment and the running cost are zero: nothing to pay back.
    NoInvestment,
    /// A rate below −100%, which would make discount factors meaningless.
    RateBelowMinusOne,
    /// A business-case horizon outside 1–10 years.
    CaseYearsRange,
    /// Low, likely and high values out of order (low ≤ likely ≤ high).
    RangeOrder,
    /// A divisor that is zero: nothing to divide by.
    Zero,
    /// A Customer Effort Score outside 1–7.
    CesRange,
}

/// A problem with one named input. `field` is the camelCase key used by the UI and the JS API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InputError {
    pub field: &'static str,
    pub problem: Problem,
}

impl InputError {
    pub const fn new(field: &'static str, problem: Problem) -> Self {
        Self { field, problem }
    }
}

/// Largest money amount or count accepted anywhere (a thousand billion). Keeps every product and
/// sum of the models far inside f64's range, so results are always finite.
pub const MAX_AMOUNT: f64 = 1e12;

/// Check a money amount or count: finite, not negative, not absurdly large.
pub fn non_negative(field: &'static str, v: f64) -> Result<f64, InputError> {
    if !v.is_finite() {
        Err(InputError::new(field, Problem::NotANumber))
    } else if v < 0.0 {
        Err(InputError::new(field, Problem::Negative))
    } else if v > MAX_AMOUNT {
        Err(InputError::new(field, Problem::TooLarge))
    } else {
        Ok(v)
    }
}

/// Check a fraction that must lie in 0..=1 (a margin, a discount rate).
pub fn fraction(field: &'static str, v: f64) -> Result<f64, InputError> {
    if !v.is_finite() {
        Err(InputError::new(field, Problem::NotANumber))
    } else if !(0.0..=1.0).contains(&v) {
        Err(InputError::new(field, Problem::PercentRange))
    } else {
        Ok(v)
    }
}

/// Check a retention rate: 0 ≤ r < 1 (a rate of 100% would make lifetimes infinite).
pub fn retention_rate(field: &'static str, v: f64) -> Result<f64, InputError> {
    if !v.is_finite() {
        Err(InputError::new(field, Problem::NotANumber))
    } else if v < 0.0 {
        Err(InputError::new(field, Problem::Negative))
    } else if v >= 1.0 {
        Err(InputError::new(field, Problem::RateAtLeastOne))
    } else {
        Ok(v)
    }
}

/// Check a horizon: a whole number of years from 1 to 50.
pub fn years(field: &'static str, v: f64) -> Result<usize, InputError> {
    if !v.is_finite() {
        Err(InputError::new(field, Problem::NotANumber))
    } else if !(1.0..=50.0).contains(&v) {
        Err(InputError::new(field, Problem::YearsRange))
    } else if v.fract() != 0.0 {
        Err(InputError::new(field, Problem::NotWhole))
    } else {
        Ok(v as usize)
    }
}

/// `num / den` as an optional result: `None` when `den` is not positive, and when `den` is so
/// small beside `num` (a subnormal cost) that the quotient overflows. Every ratio a model returns
/// (ROI, the break-even return, the change in CLV) goes through here, so each is a finite number
/// or `None` (`null` in the JS API), never Infinity.
pub fn quotient(num: f64, den: f64) -> Option<f64> {
    if den > 0.0 {
        Some(num / den).filter(|q| q.is_finite())
    } else {
        None
    }
}

/// Every output of a model passes through here: a result that is not finite becomes an error
/// on the input most responsible, so NaN or Infinity never reaches a user.
pub fn finite(field: &'static str, v: f64) -> Result<f64, InputError> {
    if v.is_finite() {
        Ok(v)
    } else {
        Err(InputError::new(field, Problem::TooLarge))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quotient_is_finite_or_none() {
        assert_eq!(quotient(3.0, 2.0), Some(1.5));
        assert_eq!(quotient(-1.0, 4.0), Some(-0.25));
        assert_eq!(quotient(1.0, 0.0), None);
        assert_eq!(quotient(1.0, -1.0), None);
        assert_eq!(quotient(1.67e11, 1.86e-309), None);
        assert_eq!(quotient(-1.67e11, 5e-324), None);
        assert_eq!(quotient(0.0, 5e-324), Some(0.0));
    }
}
