//! Calculator form state as one plain struct with methods: raw text per field, per-field
//! problems, the last valid result and whether it is stale. The Yew view only calls these, and
//! the behaviour ("bad input keeps the last good result, dimmed") is tested natively here.

use crate::finance::input::{parse_in, Notation};
use crate::finance::{InputError, Problem};
use std::rc::Rc;

mod calculators;
pub mod case;
// Scenario files through serde_json: the scenario-file module and native builds only (the page
// reaches them through that module; see `crate::files`).
#[cfg(any(feature = "files", not(target_arch = "wasm32")))]
pub mod file;
pub mod history;
#[cfg(any(feature = "files", not(target_arch = "wasm32")))]
pub mod json;
pub mod metrics;
pub mod panels;
pub mod realisation;
pub mod scenario;
pub mod share;

pub use calculators::{payback_input, per_year, retention_input, PAYBACK, RETENTION};

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

/// A calculator model as the forms see it: its fields, its on/off switches, and how it runs.
/// A value rather than a type, so all models with one output type share one compiled `Form`
/// (the nine metric helpers are one), which keeps the wasm small.
pub struct Model<O: 'static> {
    pub fields: &'static [FieldSpec],
    /// Switch keys and their defaults.
    pub switches: &'static [(&'static str, bool)],
    /// `values` are already scaled to model units, in `fields` order; `switches` in theirs.
    pub run: fn(&[f64], &[bool]) -> Result<O, InputError>,
}

/// Index of field `key` in `fields`, for use at compile time: an unknown key fails the build.
pub const fn position(fields: &[FieldSpec], key: &str) -> usize {
    let mut i = 0;
    while i < fields.len() {
        let (a, b) = (fields[i].key.as_bytes(), key.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("no field with this key");
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
    fn notation(&self) -> Notation;

    /// Field `index` as a canonical number when it is one (what links and files carry), else
    /// as typed.
    fn canonical(&self, index: usize) -> String {
        let text = self.text(index);
        self.notation().canonical(text).unwrap_or_else(|| text.to_owned())
    }
}

impl<O: PartialEq> FormView for Form<O> {
    fn switch_specs(&self) -> &'static [(&'static str, bool)] {
        self.model.switches
    }
    fn switch_states(&self) -> &[bool] {
        &self.inputs.switches
    }
    fn specs(&self) -> &'static [FieldSpec] {
        self.model.fields
    }
    fn text(&self, index: usize) -> &str {
        self.inputs.text(index)
    }
    fn problem(&self, key: &str) -> Option<Problem> {
        self.inputs.problem(key)
    }
    fn orphan_problem(&self) -> Option<(&'static str, Problem)> {
        self.inputs.orphan_problem()
    }
    fn is_stale(&self) -> bool {
        self.inputs.is_stale()
    }
    fn notation(&self) -> Notation {
        self.inputs.notation
    }
}

/// What a person has typed into a form, in the form's notation, and what is wrong with it:
/// everything about a form but its result. Not generic, so this code is compiled once for all
/// models (the wasm carries one copy, not one per output type).
#[derive(Clone, PartialEq)]
pub struct Inputs {
    fields: &'static [FieldSpec],
    switch_specs: &'static [(&'static str, bool)],
    /// How numbers are typed here; the texts below are in this notation.
    notation: Notation,
    raw: Vec<String>,
    switches: Vec<bool>,
    problems: Vec<(&'static str, Problem)>,
}

impl Inputs {
    /// The defaults of `fields` and `switch_specs`, written in `notation`.
    fn new(fields: &'static [FieldSpec], switch_specs: &'static [(&'static str, bool)], notation: Notation) -> Self {
        let mut inputs = Self {
            fields,
            switch_specs,
            notation: Notation::Point,
            raw: fields.iter().map(|f| f.default.to_owned()).collect(),
            switches: switch_specs.iter().map(|&(_, on)| on).collect(),
            problems: Vec::new(),
        };
        inputs.rewrite(notation);
        inputs
    }

    /// Rewrite every number typed so far into `notation`; text that is not a number stays as
    /// typed. False when the notation was already that.
    fn rewrite(&mut self, notation: Notation) -> bool {
        if notation == self.notation {
            return false;
        }
        for text in &mut self.raw {
            if let Some(c) = self.notation.canonical(text) {
                *text = notation.localize(&c);
            }
        }
        self.notation = notation;
        true
    }

    fn text(&self, index: usize) -> &str {
        self.raw.get(index).map_or("", String::as_str)
    }

    fn index(&self, key: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.key == key)
    }

    fn switch(&self, key: &str) -> bool {
        self.switch_specs.iter().position(|&(k, _)| k == key).is_some_and(|i| self.switches[i])
    }

    fn problem(&self, key: &str) -> Option<Problem> {
        self.problems.iter().find(|(k, _)| *k == key).map(|&(_, p)| p)
    }

    fn orphan_problem(&self) -> Option<(&'static str, Problem)> {
        self.problems.iter().find(|(k, _)| self.index(k).is_none()).copied()
    }

    fn is_stale(&self) -> bool {
        !self.problems.is_empty()
    }

    fn set(&mut self, index: usize, text: String) -> bool {
        self.raw.get_mut(index).map(|slot| *slot = text).is_some()
    }

    fn set_switch(&mut self, key: &str, on: bool) -> bool {
        let i = self.switch_specs.iter().position(|&(k, _)| k == key);
        i.map(|i| self.switches[i] = on).is_some()
    }

    fn apply(&mut self, values: &[(&str, &str)]) {
        for &(key, text) in values {
            if let Some(i) = self.index(key) {
                self.raw[i] = self.notation.localize(text);
            }
        }
    }

    /// Every field's text as a model value, or `None` with the problems recorded.
    fn values(&mut self) -> Option<Vec<f64>> {
        self.problems.clear();
        let mut values = Vec::with_capacity(self.fields.len());
        for (spec, text) in self.fields.iter().zip(&self.raw) {
            match parse_in(text, self.notation) {
                // People are counted whole: "1.5 customers" is a typo, not a number to round.
                Ok(v) if matches!(spec.unit, Unit::Count | Unit::People) && v.fract() != 0.0 => self.problems.push((spec.key, Problem::NotWhole)),
                Ok(v) => values.push(v * spec.unit.scale()),
                Err(p) => self.problems.push((spec.key, p)),
            }
        }
        self.problems.is_empty().then_some(values)
    }
}

/// The state of one calculator's form: its inputs and the last valid result.
pub struct Form<O: 'static> {
    model: &'static Model<O>,
    inputs: Inputs,
    result: Option<Rc<O>>,
}

// Manual impls: a derive would demand `O: Clone` (results are shared, not copied).
impl<O> Clone for Form<O> {
    fn clone(&self) -> Self {
        Self { model: self.model, inputs: self.inputs.clone(), result: self.result.clone() }
    }
}

impl<O: PartialEq> PartialEq for Form<O> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.model, other.model) && self.inputs == other.inputs && self.result == other.result
    }
}

impl<O: PartialEq> Form<O> {
    /// `model` with its defaults.
    pub fn new(model: &'static Model<O>) -> Self {
        Self::with_notation(model, Notation::Point)
    }

    /// `model` with its defaults written in `notation`.
    pub fn with_notation(model: &'static Model<O>, notation: Notation) -> Self {
        let mut form = Self { model, inputs: Inputs::new(model.fields, model.switches, notation), result: None };
        form.recompute();
        form
    }

    /// Rewrite every number typed so far into `notation` (the language changed); text that is
    /// not a number stays as typed.
    pub fn set_notation(&mut self, notation: Notation) {
        if self.inputs.rewrite(notation) {
            self.recompute();
        }
    }

    pub fn fields(&self) -> &'static [FieldSpec] {
        self.model.fields
    }

    /// What the person typed into field `index`.
    pub fn text(&self, index: usize) -> &str {
        self.inputs.text(index)
    }

    /// Whether switch `key` is on.
    pub fn switch(&self, key: &str) -> bool {
        self.inputs.switch(key)
    }

    /// What the person typed into field `key`.
    pub fn text_of(&self, key: &str) -> &str {
        self.inputs.index(key).map_or("", |i| self.inputs.text(i))
    }

    /// Index of field `key`.
    pub fn index(&self, key: &str) -> Option<usize> {
        self.inputs.index(key)
    }

    /// The problem to show beside field `key`, if any.
    pub fn problem(&self, key: &str) -> Option<Problem> {
        self.inputs.problem(key)
    }

    /// A problem whose key names no field of this form (e.g. "counts" of a survey helper).
    pub fn orphan_problem(&self) -> Option<(&'static str, Problem)> {
        self.inputs.orphan_problem()
    }

    /// The last valid result (shown dimmed while `is_stale`).
    /// Every field's value in model units, when all are valid (what the panels compute from).
    pub fn values(&self) -> Option<Vec<f64>> {
        self.inputs.clone().values()
    }

    pub fn result(&self) -> Option<&Rc<O>> {
        self.result.as_ref()
    }

    /// True when the current input is invalid and `result` belongs to earlier input.
    pub fn is_stale(&self) -> bool {
        self.inputs.is_stale()
    }

    pub fn set(&mut self, index: usize, text: String) {
        if self.inputs.set(index, text) {
            self.recompute();
        }
    }

    /// Set a field by its key; unknown keys are ignored (links from older versions).
    pub fn set_by_key(&mut self, key: &str, text: String) {
        if let Some(i) = self.inputs.index(key) {
            self.set(i, text);
        }
    }

    pub fn set_switch(&mut self, key: &str, on: bool) {
        if self.inputs.set_switch(key, on) {
            self.recompute();
        }
    }

    /// Set many fields at once (a preset, a helper's result) from canonical numbers, and
    /// recompute once.
    pub fn apply(&mut self, values: &[(&str, &str)]) {
        self.inputs.apply(values);
        self.recompute();
    }

    pub fn reset(&mut self) {
        *self = Self::with_notation(self.model, self.inputs.notation);
    }

    fn recompute(&mut self) {
        let Some(values) = self.inputs.values() else { return };
        match (self.model.run)(&values, &self.inputs.switches) {
            Ok(out) => {
                if self.result.as_deref() != Some(&out) {
                    self.result = Some(Rc::new(out));
                }
            }
            Err(e) => self.inputs.problems.push((e.field, e.problem)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_compute_a_result() {
        let form = Form::new(&RETENTION);
        assert!(!form.is_stale());
        let r = form.result().unwrap();
        assert!((r.retention_after - 0.90).abs() < 1e-12);
        assert!(Form::new(&PAYBACK).result().is_some());
    }

    #[test]
    fn bad_input_keeps_last_good_result_and_names_the_field() {
        let mut form = Form::new(&RETENTION);
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
    fn amounts_take_currency_signs_and_suffixes_and_counts_are_whole() {
        let mut form = Form::new(&RETENTION);
        form.set_by_key("revenuePerCustomer", "€540".into());
        form.set_by_key("customers", "2M".into());
        assert!(!form.is_stale());
        let typed = form.result().unwrap().clone();
        form.set_by_key("revenuePerCustomer", "540".into());
        form.set_by_key("customers", "2000000".into());
        assert_eq!(form.result().unwrap(), &typed);
        form.set_by_key("customers", "1.5".into());
        assert_eq!(form.problem("customers"), Some(Problem::NotWhole));
        form.set_by_key("customers", "1.5k".into());
        assert!(!form.is_stale(), "1.5 thousand customers are whole");
    }

    #[test]
    fn model_errors_land_on_the_named_field() {
        let mut form = Form::new(&RETENTION);
        form.set_by_key("retentionRate", "100".into());
        assert_eq!(form.problem("retentionRate"), Some(Problem::RateAtLeastOne));
        form.set_by_key("retentionRate", "97".into());
        assert_eq!(form.problem("retentionUplift"), Some(Problem::RateAtLeastOne));
        let mut form = Form::new(&PAYBACK);
        form.set_by_key("years", "51".into());
        assert_eq!(form.problem("years"), Some(Problem::YearsRange));
    }

    #[test]
    fn percent_fields_are_scaled_and_switch_recomputes() {
        let mut form = Form::new(&RETENTION);
        form.set_switch("upliftIsRelative", true);
        let r = form.result().unwrap();
        assert!((r.retention_after - 0.8925).abs() < 1e-12);
    }

    #[test]
    fn a_language_change_rewrites_numbers_and_keeps_results() {
        let mut form = Form::new(&PAYBACK);
        form.set_by_key("returnPerDollar", "2.5".into());
        let before = form.result().unwrap().clone();
        form.set_notation(Notation::Comma);
        assert_eq!(form.text_of("returnPerDollar"), "2,5");
        assert_eq!(form.result().unwrap(), &before);
        assert_eq!(form.canonical(form.index("returnPerDollar").unwrap()), "2.5");
        form.reset();
        assert_eq!(form.notation(), Notation::Comma);
        form.apply(&[("returnPerDollar", "1.5")]);
        assert_eq!(form.text_of("returnPerDollar"), "1,5");
        form.set_by_key("years", "abc".into());
        form.set_notation(Notation::Point);
        assert_eq!((form.text_of("years"), form.text_of("returnPerDollar")), ("abc", "1.5"));
    }

    fn texts_for<O>(model: &Model<O>, scope: &str) {
        let en = crate::text::english();
        for f in model.fields {
            let t = en.field_in(scope, f.key);
            assert!(t.is_some_and(|t| !t.label.is_empty()), "{scope}: no text for {}", f.key);
        }
        for (key, _) in model.switches {
            if !key.ends_with(".enabled") {
                assert!(en.field_in(scope, key).is_some(), "{scope}: no text for {key}");
            }
        }
    }

    #[test]
    fn every_field_has_a_label_and_help_in_the_catalogue() {
        use super::metrics::*;
        texts_for(&RETENTION, "retention");
        texts_for(&PAYBACK, "payback");
        texts_for(&super::case::BUSINESS_CASE, "case");
        texts_for(&CHURN, "helper");
        texts_for(&RETENTION_RATE, "helper");
        texts_for(&CLV, "helper");
        texts_for(&TRANSACTION_SIZE, "helper");
        texts_for(&CONTRACT_VALUE, "helper");
        texts_for(&NPS, "helper");
        texts_for(&CSAT, "helper");
        texts_for(&CES, "helper");
        texts_for(&SUPPORT_COST, "helper");
    }

    #[test]
    fn every_problem_field_is_a_field_of_its_form() {
        // Model errors must land beside a visible field, or the person never sees them.
        for key in ["customers", "revenuePerCustomer", "retentionUplift", "marginGrowth"] {
            assert!(RETENTION.fields.iter().any(|f| f.key == key));
        }
        for key in ["upfrontInvestment", "annualCost", "rampUpMonths"] {
            assert!(PAYBACK.fields.iter().any(|f| f.key == key));
        }
    }
}
