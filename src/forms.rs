//! Calculator form state as one plain struct with methods: raw text per field, per-field
//! problems, the last valid result and whether it is stale. The Yew view only calls these, and
//! the behaviour ("bad input keeps the last good result, dimmed") is tested natively here.

use crate::finance::input::parse_number;
use crate::finance::payback::{cx_payback, PaybackInput, PaybackResult};
use crate::finance::retention::{retention_profit, RetentionInput, RetentionResult};
use crate::finance::{InputError, Problem};
use std::rc::Rc;

/// How a field's number is typed and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// An amount in the display currency.
    Money,
    /// Typed as percent (10 = 10%), passed to the model as a fraction.
    Percent,
    /// Percentage points (5 = +5 points), passed as a fraction.
    Points,
    /// A count of customers or people.
    Count,
    Years,
    Months,
    /// A multiple such as "$ back per $1".
    Multiple,
}

impl Unit {
    /// Factor from what a person types to what the model takes.
    fn scale(self) -> f64 {
        match self {
            Unit::Percent | Unit::Points => 0.01,
            _ => 1.0,
        }
    }
}

/// One input of a calculator. `key` is the camelCase name the model's errors and the JS API use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    pub key: &'static str,
    pub unit: Unit,
    pub default: &'static str,
    /// Shown under "More options" rather than up front.
    pub advanced: bool,
}

const fn field(key: &'static str, unit: Unit, default: &'static str) -> FieldSpec {
    FieldSpec { key, unit, default, advanced: false }
}

const fn advanced(key: &'static str, unit: Unit, default: &'static str) -> FieldSpec {
    FieldSpec { key, unit, default, advanced: true }
}

/// A calculator model as the forms see it: a fixed list of fields, one on/off switch, a run.
pub trait Model {
    type Output: PartialEq;
    const FIELDS: &'static [FieldSpec];
    /// `values` are already scaled to model units, in `FIELDS` order.
    fn run(values: &[f64], switch: bool) -> Result<Self::Output, InputError>;
}

pub struct Retention;

impl Model for Retention {
    type Output = RetentionResult;
    const FIELDS: &'static [FieldSpec] = &[
        field("customers", Unit::Count, "10000"),
        field("revenuePerCustomer", Unit::Money, "500"),
        field("grossMargin", Unit::Percent, "40"),
        field("retentionRate", Unit::Percent, "80"),
        field("retentionUplift", Unit::Points, "5"),
        field("discountRate", Unit::Percent, "10"),
        field("years", Unit::Years, "5"),
        advanced("newCustomersPerYear", Unit::Count, "0"),
        advanced("acquisitionCost", Unit::Money, "0"),
        advanced("marginGrowth", Unit::Percent, "0"),
    ];

    fn run(v: &[f64], relative: bool) -> Result<RetentionResult, InputError> {
        retention_profit(&RetentionInput {
            customers: v[0],
            revenue_per_customer: v[1],
            gross_margin: v[2],
            retention_rate: v[3],
            retention_uplift: v[4],
            uplift_is_relative: relative,
            discount_rate: v[5],
            years: v[6],
            new_customers_per_year: v[7],
            acquisition_cost: v[8],
            margin_growth: v[9],
        })
    }
}

pub struct Payback;

impl Model for Payback {
    type Output = PaybackResult;
    const FIELDS: &'static [FieldSpec] = &[
        field("upfrontInvestment", Unit::Money, "100000"),
        field("annualCost", Unit::Money, "50000"),
        field("returnPerDollar", Unit::Multiple, "3"),
        field("years", Unit::Years, "3"),
        field("discountRate", Unit::Percent, "10"),
        field("rampUpMonths", Unit::Months, "6"),
    ];

    fn run(v: &[f64], _: bool) -> Result<PaybackResult, InputError> {
        cx_payback(&PaybackInput {
            upfront_investment: v[0],
            annual_cost: v[1],
            return_per_dollar: v[2],
            years: v[3],
            discount_rate: v[4],
            ramp_up_months: v[5],
        })
    }
}

/// The state of one calculator's form.
pub struct Form<M: Model> {
    raw: Vec<String>,
    switch: bool,
    problems: Vec<(&'static str, Problem)>,
    result: Option<Rc<M::Output>>,
}

// Manual impls: a derive would demand `M: Clone`/`M: PartialEq` of the marker type.
impl<M: Model> Clone for Form<M> {
    fn clone(&self) -> Self {
        Self {
            raw: self.raw.clone(),
            switch: self.switch,
            problems: self.problems.clone(),
            result: self.result.clone(),
        }
    }
}

impl<M: Model> PartialEq for Form<M> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
            && self.switch == other.switch
            && self.problems == other.problems
            && self.result == other.result
    }
}

impl<M: Model> Default for Form<M> {
    fn default() -> Self {
        let mut form = Self {
            raw: M::FIELDS.iter().map(|f| f.default.to_owned()).collect(),
            switch: false,
            problems: Vec::new(),
            result: None,
        };
        form.recompute();
        form
    }
}

impl<M: Model> Form<M> {
    pub fn fields(&self) -> &'static [FieldSpec] {
        M::FIELDS
    }

    /// What the person typed into field `index`.
    pub fn text(&self, index: usize) -> &str {
        self.raw.get(index).map_or("", String::as_str)
    }

    pub fn switch(&self) -> bool {
        self.switch
    }

    /// The problem to show beside field `key`, if any.
    pub fn problem(&self, key: &str) -> Option<Problem> {
        self.problems.iter().find(|(k, _)| *k == key).map(|&(_, p)| p)
    }

    /// The last valid result (shown dimmed while `is_stale`).
    pub fn result(&self) -> Option<&Rc<M::Output>> {
        self.result.as_ref()
    }

    /// True when the current input is invalid and `result` belongs to earlier input.
    pub fn is_stale(&self) -> bool {
        !self.problems.is_empty()
    }

    pub fn set(&mut self, index: usize, text: String) {
        if let Some(slot) = self.raw.get_mut(index) {
            *slot = text;
            self.recompute();
        }
    }

    /// Set a field by its key; unknown keys are ignored (links from older versions).
    pub fn set_by_key(&mut self, key: &str, text: String) {
        if let Some(i) = M::FIELDS.iter().position(|f| f.key == key) {
            self.set(i, text);
        }
    }

    pub fn set_switch(&mut self, on: bool) {
        self.switch = on;
        self.recompute();
    }

    pub fn reset(&mut self) {
        *self = Self::default();
    }

    fn recompute(&mut self) {
        self.problems.clear();
        let mut values = Vec::with_capacity(M::FIELDS.len());
        for (spec, text) in M::FIELDS.iter().zip(&self.raw) {
            match parse_number(text) {
                Ok(v) => values.push(v * spec.unit.scale()),
                Err(p) => self.problems.push((spec.key, p)),
            }
        }
        if !self.problems.is_empty() {
            return;
        }
        match M::run(&values, self.switch) {
            Ok(out) => {
                if self.result.as_deref() != Some(&out) {
                    self.result = Some(Rc::new(out));
                }
            }
            Err(e) => self.problems.push((e.field, e.problem)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_compute_a_result() {
        let form = Form::<Retention>::default();
        assert!(!form.is_stale());
        let r = form.result().unwrap();
        assert!((r.retention_after - 0.85).abs() < 1e-12);
        assert!(Form::<Payback>::default().result().is_some());
    }

    #[test]
    fn bad_input_keeps_last_good_result_and_names_the_field() {
        let mut form = Form::<Retention>::default();
        form.set(0, "20000".into());
        let good = form.result().unwrap().clone();
        form.set(0, "abc".into());
        assert!(form.is_stale());
        assert_eq!(form.problem("customers"), Some(Problem::NotANumber));
        assert_eq!(form.result().unwrap(), &good);
        form.set(0, "20000".into());
        assert!(!form.is_stale());
    }

    #[test]
    fn model_errors_land_on_the_named_field() {
        let mut form = Form::<Retention>::default();
        form.set_by_key("retentionRate", "100".into());
        assert_eq!(form.problem("retentionRate"), Some(Problem::RateAtLeastOne));
        form.set_by_key("retentionRate", "97".into());
        assert_eq!(form.problem("retentionUplift"), Some(Problem::RateAtLeastOne));
        let mut form = Form::<Payback>::default();
        form.set_by_key("years", "51".into());
        assert_eq!(form.problem("years"), Some(Problem::YearsRange));
    }

    #[test]
    fn percent_fields_are_scaled_and_switch_recomputes() {
        let mut form = Form::<Retention>::default();
        form.set_switch(true);
        let r = form.result().unwrap();
        assert!((r.retention_after - 0.84).abs() < 1e-12);
    }

    #[test]
    fn every_problem_field_is_a_field_of_its_form() {
        // Model errors must land beside a visible field, or the person never sees them.
        for key in ["customers", "revenuePerCustomer", "retentionUplift", "marginGrowth"] {
            assert!(Retention::FIELDS.iter().any(|f| f.key == key));
        }
        for key in ["upfrontInvestment", "annualCost", "rampUpMonths"] {
            assert!(Payback::FIELDS.iter().any(|f| f.key == key));
        }
    }
}
