//! CX metric helpers: the everyday vocabulary of customer experience as small calculators, each
//! usable on its own and able to feed the business case. Division by zero is an error on the
//! denominator's field, never Infinity.

use super::error::{finite, non_negative, InputError, Problem};

fn ratio(num: f64, num_key: &'static str, den: f64, den_key: &'static str) -> Result<f64, InputError> {
    let num = non_negative(num_key, num)?;
    let den = non_negative(den_key, den)?;
    if den == 0.0 {
        return Err(InputError::new(den_key, Problem::Zero));
    }
    // A denominator that is not zero can still be tiny enough to overflow the quotient.
    finite(num_key, num / den)
}

/// Churn rate: customers lost in the period ÷ customers at its start.
pub fn churn_rate(lost: f64, start: f64) -> Result<f64, InputError> {
    let r = ratio(lost, "lost", start, "start")?;
    if r > 1.0 {
        return Err(InputError::new("lost", Problem::TooLarge));
    }
    Ok(r)
}

/// Retention rate: (customers at end − new customers) ÷ customers at start.
pub fn retention_rate(start: f64, end: f64, new: f64) -> Result<f64, InputError> {
    let end = non_negative("end", end)?;
    let new = non_negative("new", new)?;
    if new > end {
        return Err(InputError::new("new", Problem::TooLarge));
    }
    let r = ratio(end - new, "end", start, "start")?;
    if r > 1.0 {
        return Err(InputError::new("end", Problem::TooLarge));
    }
    Ok(r)
}

/// Average transaction size: revenue ÷ number of sales.
pub fn average_transaction_size(revenue: f64, sales: f64) -> Result<f64, InputError> {
    ratio(revenue, "revenue", sales, "sales")
}

/// Average contract value: total contract value ÷ new customers.
pub fn average_contract_value(contract_value: f64, new_customers: f64) -> Result<f64, InputError> {
    ratio(contract_value, "contractValue", new_customers, "newCustomers")
}

/// Support cost per customer: support cost ÷ customers.
pub fn support_cost_per_customer(support_cost: f64, customers: f64) -> Result<f64, InputError> {
    ratio(support_cost, "supportCost", customers, "customers")
}

/// Check answer counts: whole, non-negative, at least one answer. Returns the total.
fn total(counts: &[f64], expected: usize) -> Result<f64, InputError> {
    if counts.len() != expected {
        return Err(InputError::new("counts", Problem::LengthMismatch));
    }
    let mut sum = 0.0;
    for &c in counts {
        non_negative("counts", c)?;
        if c.fract() != 0.0 {
            return Err(InputError::new("counts", Problem::NotWhole));
        }
        sum += c;
    }
    if sum == 0.0 {
        return Err(InputError::new("counts", Problem::Zero));
    }
    Ok(sum)
}

/// Net Promoter Score from the counts of answers 0..=10: % promoters (9–10) − % detractors
/// (0–6), from −100 to 100.
pub fn nps(counts: &[f64]) -> Result<f64, InputError> {
    let n = total(counts, 11)?;
    let promoters = counts[9] + counts[10];
    let detractors: f64 = counts[..7].iter().sum();
    Ok(100.0 * (promoters - detractors) / n)
}

/// CSAT from the counts of answers 1..=5: % of answers that are 4 or 5.
pub fn csat(counts: &[f64]) -> Result<f64, InputError> {
    let n = total(counts, 5)?;
    Ok(100.0 * (counts[3] + counts[4]) / n)
}

/// Customer Effort Score from the counts of answers 1..=7: the mean answer (7 = easiest).
pub fn ces(counts: &[f64]) -> Result<f64, InputError> {
    let n = total(counts, 7)?;
    let weighted: f64 = counts.iter().enumerate().map(|(i, c)| (i + 1) as f64 * c).sum();
    Ok(weighted / n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates() {
        assert_eq!(churn_rate(50.0, 1000.0), Ok(0.05));
        assert_eq!(churn_rate(1.0, 0.0).unwrap_err().field, "start");
        // 1 000 at start, 1 050 at end of which 100 new: 950 kept = 95%.
        assert_eq!(retention_rate(1000.0, 1050.0, 100.0), Ok(0.95));
        assert_eq!(retention_rate(1000.0, 50.0, 100.0).unwrap_err().field, "new");
    }

    #[test]
    fn averages() {
        assert_eq!(average_transaction_size(10_000.0, 250.0), Ok(40.0));
        assert_eq!(average_contract_value(120_000.0, 8.0), Ok(15_000.0));
        assert_eq!(support_cost_per_customer(50_000.0, 2_000.0), Ok(25.0));
        assert_eq!(average_transaction_size(1.0, 0.0).unwrap_err().problem, Problem::Zero);
        // A subnormal divisor overflows the quotient: an error on the amount, not Infinity.
        let e = average_transaction_size(1e12, 1e-310).unwrap_err();
        assert_eq!((e.field, e.problem), ("revenue", Problem::TooLarge));
        assert_eq!(churn_rate(1.0, 5e-324).unwrap_err().field, "lost");
    }

    #[test]
    fn survey_scores() {
        // 100 answers: 0–6 → 20, 7–8 → 30, 9–10 → 50: NPS = 50 − 20 = 30.
        let counts = [2.0, 2.0, 2.0, 2.0, 4.0, 4.0, 4.0, 15.0, 15.0, 25.0, 25.0];
        assert_eq!(nps(&counts), Ok(30.0));
        assert_eq!(csat(&[5.0, 5.0, 10.0, 40.0, 40.0]), Ok(80.0));
        // Mean of 1·10 + 7·10 over 20 answers = 4.
        assert_eq!(ces(&[10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0]), Ok(4.0));
        assert_eq!(nps(&[0.0; 11]).unwrap_err().problem, Problem::Zero);
        assert_eq!(csat(&[1.0; 4]).unwrap_err().problem, Problem::LengthMismatch);
        assert_eq!(ces(&[1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]).unwrap_err().problem, Problem::NotWhole);
    }
}
