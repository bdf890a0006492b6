//! The two quick calculators' forms: retention → profit and CX payback.

use super::{advanced, field, Model, Unit};
use crate::finance::payback::{cx_payback, PaybackInput, PaybackResult};
use crate::finance::retention::{retention_profit, RetentionInput, RetentionResult};
use crate::finance::InputError;

pub static RETENTION: Model<RetentionResult> = Model {
    fields: &[
        // The company facts, shared with the business case (`scenario::FACTS`): the same defaults.
        field("customers", Unit::Count, "20000"),
        field("revenuePerCustomer", Unit::Money, "1200"),
        field("grossMargin", Unit::Percent, "60"),
        field("retentionRate", Unit::Percent, "85"),
        field("retentionUplift", Unit::Points, "5"),
        field("discountRate", Unit::Percent, "10"),
        field("years", Unit::Years, "5"),
        advanced("newCustomersPerYear", Unit::Count, "0"),
        advanced("acquisitionCost", Unit::Money, "0"),
        advanced("marginGrowth", Unit::Percent, "0"),
    ],
    switches: &[("upliftIsRelative", false), ("revenuePerMonth", false)],
    run: run_retention,
};

fn run_retention(v: &[f64], switches: &[bool]) -> Result<RetentionResult, InputError> {
    retention_profit(&retention_input(v, switches))
}

/// The retention model's input from the form's values (model units, `fields` order) and
/// switches: what `RETENTION` runs, and what the panels' goal seek takes. Inlined: the page runs
/// it only inside the model.
#[inline(always)]
pub fn retention_input(v: &[f64], switches: &[bool]) -> RetentionInput {
    let relative = switches.first().copied().unwrap_or(false);
    RetentionInput {
        customers: v[0],
        revenue_per_customer: v[1] * per_year(switches.get(1)),
        gross_margin: v[2],
        retention_rate: v[3],
        retention_uplift: v[4],
        uplift_is_relative: relative,
        discount_rate: v[5],
        years: v[6],
        new_customers_per_year: v[7],
        acquisition_cost: v[8],
        margin_growth: v[9],
    }
}

/// How many times a year the revenue typed comes in: 12 when it is typed per month (the
/// `revenuePerMonth` switch), else 1.
#[inline(always)]
pub fn per_year(per_month: Option<&bool>) -> f64 {
    if per_month.copied().unwrap_or(false) {
        12.0
    } else {
        1.0
    }
}

pub static PAYBACK: Model<PaybackResult> = Model {
    fields: &[
        field("upfrontInvestment", Unit::Money, "100000"),
        field("annualCost", Unit::Money, "50000"),
        field("returnPerDollar", Unit::Multiple, "3"),
        field("years", Unit::Years, "3"),
        field("discountRate", Unit::Percent, "10"),
        field("rampUpMonths", Unit::Months, "6"),
    ],
    switches: &[],
    run: run_payback,
};

fn run_payback(v: &[f64], _: &[bool]) -> Result<PaybackResult, InputError> {
    cx_payback(&payback_input(v))
}

/// The payback model's input from the form's values (see `retention_input`).
#[inline(always)]
pub fn payback_input(v: &[f64]) -> PaybackInput {
    PaybackInput { upfront_investment: v[0], annual_cost: v[1], return_per_dollar: v[2], years: v[3], discount_rate: v[4], ramp_up_months: v[5] }
}
