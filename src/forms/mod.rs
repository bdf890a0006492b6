//! Calculator form state as one plain struct with methods: raw text per field, per-field
//! problems, the last valid result and whether it is stale. The Yew view only calls these, and
//! the behaviour ("bad input keeps the last good result, dimmed") is tested natively here.

use crate::finance::input::parse_number;
use crate::finance::{InputError, Problem};
use std::rc::Rc;

mod calculators;
pub mod case;
pub mod metrics;
pub mod share;

pub use calculators::{Payback, Retention};

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
    /// NPS points (−100…100), passed as a fraction of 100.
    NpsPoints,
    /// A plain number per year (contacts, referrals, visitors, transactions).
    PerYear,
    /// A count of people.
    People,
    /// A survey score (CSAT %, CES 1–7), shown as typed.
    Score,
}

impl Unit {
    /// Factor from what a person types to what the model takes.
    pub fn scale(self) -> f64 {
        match self {
            Unit::Percent | Unit::Points | Unit::NpsPoints => 0.01,
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

pub(crate) const fn field(key: &'static str, unit: Unit, default: &'static str) -> FieldSpec {
    FieldSpec { key, unit, default, advanced: false }
}

pub(crate) const fn advanced(key: &'static str, unit: Unit, default: &'static str) -> FieldSpec {
    FieldSpec { key, unit, default, advanced: true }
}

/// A calculator model as the forms see it: a fixed list of fields and on/off switches, a run.
pub trait Model {
    type Output: PartialEq;
    const FIELDS: &'static [FieldSpec];
    /// Switch keys and their defaults.
    const SWITCHES: &'static [(&'static str, bool)] = &[];
    /// `values` are already scaled to model units, in `FIELDS` order; `switches` in `SWITCHES`
    /// order.
    fn run(values: &[f64], switches: &[bool]) -> Result<Self::Output, InputError>;
}

/// Read model inputs by key from a run's values (for models with many fields).
pub struct Values<'a> {
    fields: &'static [FieldSpec],
    values: &'a [f64],
}

impl<'a> Values<'a> {
    pub fn new(fields: &'static [FieldSpec], values: &'a [f64]) -> Self {
        Self { fields, values }
    }

    /// The value of field `key`; a key missing from the spec is a programming error caught by
    /// the forms' tests, and reads as 0 rather than panicking in a user's browser.
    pub fn get(&self, key: &str) -> f64 {
        self.fields.iter().position(|f| f.key == key).and_then(|i| self.values.get(i)).copied().unwrap_or(0.0)
    }
}

/// What a view needs of a form, without knowing its model: one non-generic rendering path
/// for every form keeps the wasm small (a generic view is compiled once per model).
pub trait FormView {
    fn specs(&self) -> &'static [FieldSpec];
    fn text(&self, index: usize) -> &str;
    fn problem(&self, key: &str) -> Option<Problem>;
    fn orphan_problem(&self) -> Option<(&'static str, Problem)>;
    fn is_stale(&self) -> bool;
    fn switch_specs(&self) -> &'static [(&'static str, bool)];
    fn switch_states(&self) -> &[bool];
}

impl<M: Model> FormView for Form<M> {
    fn switch_specs(&self) -> &'static [(&'static str, bool)] {
        M::SWITCHES
    }
    fn switch_states(&self) -> &[bool] {
        &self.switches
    }
    fn specs(&self) -> &'static [FieldSpec] {
        M::FIELDS
    }
    fn text(&self, index: usize) -> &str {
        Form::text(self, index)
    }
    fn problem(&self, key: &str) -> Option<Problem> {
        Form::problem(self, key)
    }
    fn orphan_problem(&self) -> Option<(&'static str, Problem)> {
        Form::orphan_problem(self)
    }
    fn is_stale(&self) -> bool {
        Form::is_stale(self)
    }
}

/// The state of one calculator's form.
pub struct Form<M: Model> {
    raw: Vec<String>,
    switches: Vec<bool>,
    problems: Vec<(&'static str, Problem)>,
    result: Option<Rc<M::Output>>,
}

// Manual impls: a derive would demand `M: Clone`/`M: PartialEq` of the marker type.
impl<M: Model> Clone for Form<M> {
    fn clone(&self) -> Self {
        Self {
            raw: self.raw.clone(),
            switches: self.switches.clone(),
            problems: self.problems.clone(),
            result: self.result.clone(),
        }
    }
}

impl<M: Model> PartialEq for Form<M> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
            && self.switches == other.switches
            && self.problems == other.problems
            && self.result == other.result
    }
}

impl<M: Model> Default for Form<M> {
    fn default() -> Self {
        let mut form = Self {
            raw: M::FIELDS.iter().map(|f| f.default.to_owned()).collect(),
            switches: M::SWITCHES.iter().map(|&(_, on)| on).collect(),
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

    /// Whether switch `key` is on.
    pub fn switch(&self, key: &str) -> bool {
        M::SWITCHES.iter().position(|&(k, _)| k == key).is_some_and(|i| self.switches[i])
    }

    /// What the person typed into field `key`.
    pub fn text_of(&self, key: &str) -> &str {
        M::FIELDS.iter().position(|f| f.key == key).map_or("", |i| self.text(i))
    }

    /// Index of field `key`.
    pub fn index(&self, key: &str) -> Option<usize> {
        M::FIELDS.iter().position(|f| f.key == key)
    }

    /// The problem to show beside field `key`, if any.
    pub fn problem(&self, key: &str) -> Option<Problem> {
        self.problems.iter().find(|(k, _)| *k == key).map(|&(_, p)| p)
    }

    /// A problem whose key names no field of this form (e.g. "counts" of a survey helper).
    pub fn orphan_problem(&self) -> Option<(&'static str, Problem)> {
        self.problems.iter().find(|(k, _)| self.index(k).is_none()).copied()
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

    pub fn set_switch(&mut self, key: &str, on: bool) {
        if let Some(i) = M::SWITCHES.iter().position(|&(k, _)| k == key) {
            self.switches[i] = on;
            self.recompute();
        }
    }

    /// Set many fields at once (a preset, a helper's result) and recompute once.
    pub fn apply(&mut self, values: &[(&str, &str)]) {
        for &(key, text) in values {
            if let Some(i) = self.index(key) {
                self.raw[i] = text.to_owned();
            }
        }
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
        match M::run(&values, &self.switches) {
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
        form.set_switch("upliftIsRelative", true);
        let r = form.result().unwrap();
        assert!((r.retention_after - 0.84).abs() < 1e-12);
    }

    fn texts_for<M: Model>(scope: &str) {
        for f in M::FIELDS {
            let t = crate::text::EN.field_in(scope, f.key);
            assert!(t.is_some_and(|t| !t.label.is_empty()), "{scope}: no text for {}", f.key);
        }
        for (key, _) in M::SWITCHES {
            if !key.ends_with(".enabled") {
                assert!(crate::text::EN.field_in(scope, key).is_some(), "{scope}: no text for {key}");
            }
        }
    }

    #[test]
    fn every_field_has_a_label_and_help_in_the_catalogue() {
        use super::metrics::*;
        texts_for::<Retention>("retention");
        texts_for::<Payback>("payback");
        texts_for::<super::case::BusinessCase>("case");
        texts_for::<Churn>("helper");
        texts_for::<RetentionRate>("helper");
        texts_for::<Clv>("helper");
        texts_for::<TransactionSize>("helper");
        texts_for::<ContractValue>("helper");
        texts_for::<Nps>("helper");
        texts_for::<Csat>("helper");
        texts_for::<Ces>("helper");
        texts_for::<SupportCost>("helper");
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
