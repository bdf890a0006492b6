//! What the JS API reads, and the checks that name the field at fault. Plain serde, no
//! wasm-bindgen, so every rule here is unit-tested natively; `api` binds it to JS.
//!
//! Each function's input is a `#[derive(Deserialize)]` struct whose fields are `Loose`: a value
//! read as passed, whatever its type. serde's own errors would not reliably name the field, so
//! the checks come after, each with its field's name. The business case reads its input as one
//! `Loose` tree instead, walked along the form's field paths, so that its sixty fields are
//! listed once, in `forms::case`.

use crate::finance::assessment::{assess, Answers, Area, STATEMENTS, TOP};
use crate::finance::business_case::{BusinessCaseInput, BusinessCaseResult, ByLever};
use crate::finance::cashflow::{summarize, CashflowSummary};
use crate::finance::checks::{guards, investment, Guard, Investment};
use crate::finance::clv::clv;
use crate::finance::goal::Target;
use crate::finance::input::parse_number;
use crate::finance::metrics;
use crate::finance::payback::{cx_payback, PaybackInput, PaybackResult, DEFAULT_RETURN_PER_DOLLAR};
use crate::finance::retention::{retention_profit, RetentionInput, RetentionResult};
use crate::finance::uncertainty::{SimulationInput, DEFAULT_TRIALS, MAX_TRIALS};
use crate::finance::{InputError, Problem};
use crate::forms::case::{Industry, BUSINESS_CASE};
use crate::forms::Model;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// What the JS API throws for bad input: a message that starts with the field's name.
#[cfg_attr(test, derive(Debug, PartialEq))]
pub struct Message(pub String);

impl Message {
    pub fn new(field: &str, text: &str) -> Self {
        let mut s = String::from(field);
        s.push_str(": ");
        s.push_str(text);
        Message(s)
    }
}

/// What a function says when its input is not a plain object.
pub const NOT_AN_OBJECT: &str = "input: pass an object with the documented fields.";

fn problem(field: &str, problem: Problem) -> Message {
    Message::new(field, crate::text::problem_in_english(problem))
}

impl From<InputError> for Message {
    fn from(e: InputError) -> Self {
        problem(e.field, e.problem)
    }
}

/// Longest list a function takes (a 50-year cash flow and today).
const MAX_LIST: usize = 51;

/// Containers are read this many levels deep and no deeper: the deepest documented path,
/// `levers.spend.spendUplift.low`, needs four, and a deeper input must not exhaust the stack.
const MAX_DEPTH: u8 = 4;

/// One input value as the caller passed it.
#[derive(Default)]
#[cfg_attr(test, derive(Debug, PartialEq))]
pub enum Loose {
    /// `undefined`, `null`, or no such field.
    #[default]
    Absent,
    Number(f64),
    Bool(bool),
    Text(String),
    /// An array: `None` when it is longer than `MAX_LIST`, which is found out after reading one
    /// element more than that, so a huge array cannot stall the page.
    List(Option<Vec<Loose>>),
    Object(Vec<(String, Loose)>),
    /// What no field takes: a Symbol, a function, a BigInt beyond 64 bits, a container nested
    /// deeper than `MAX_DEPTH`.
    Other,
}

impl Loose {
    fn finite(&self) -> Option<f64> {
        match *self {
            Loose::Number(v) if v.is_finite() => Some(v),
            _ => None,
        }
    }

    /// A required number.
    fn number(&self, key: &str) -> Result<f64, Message> {
        match self {
            Loose::Absent => Err(problem(key, Problem::Empty)),
            v => v.finite().ok_or_else(|| problem(key, Problem::NotANumber)),
        }
    }

    /// An optional number: `default` when absent.
    fn number_or(&self, key: &str, default: f64) -> Result<f64, Message> {
        match self {
            Loose::Absent => Ok(default),
            v => v.number(key),
        }
    }

    /// A required list of numbers.
    fn numbers(&self, key: &str) -> Result<Vec<f64>, Message> {
        match self {
            Loose::Absent => Err(problem(key, Problem::Empty)),
            Loose::List(Some(items)) => items.iter().map(|v| v.finite().ok_or_else(|| problem(key, Problem::NotANumber))).collect(),
            _ => Err(problem(key, Problem::LengthMismatch)),
        }
    }

    /// An optional boolean: `default` when absent.
    fn flag_or(&self, key: &str, default: bool) -> Result<bool, Message> {
        match *self {
            Loose::Absent => Ok(default),
            Loose::Bool(b) => Ok(b),
            _ => Err(Message::new(key, "pass true or false.")),
        }
    }

    /// The value at `path` ("levers.spend.risk") of nested objects; absent when any step is
    /// missing or not an object.
    pub fn at(&self, path: &str) -> &Loose {
        path.split('.')
            .try_fold(self, |v, part| match v {
                Loose::Object(fields) => fields.iter().find(|(k, _)| k == part).map(|(_, v)| v),
                _ => None,
            })
            .unwrap_or(&Loose::Absent)
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Reader { depth: 0 }.deserialize(d)
    }
}

/// Reads one `Loose` value at nesting level `depth`.
struct Reader {
    depth: u8,
}

impl<'de> DeserializeSeed<'de> for Reader {
    type Value = Loose;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Loose, D::Error> {
        // What the deserializer cannot read is no number, flag, list or object: the field's
        // check reports it, by name, instead of serde's message.
        Ok(d.deserialize_any(self).unwrap_or(Loose::Other))
    }
}

impl<'de> Visitor<'de> for Reader {
    type Value = Loose;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Absent)
    }
    fn visit_none<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Absent)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Loose, D::Error> {
        self.deserialize(d)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Loose, E> {
        Ok(Loose::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Loose, E> {
        Ok(Loose::Number(v as f64))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Loose, E> {
        Ok(Loose::Number(v as f64))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Loose, E> {
        Ok(Loose::Number(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Loose, E> {
        Ok(Loose::Text(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Loose, E> {
        Ok(Loose::Text(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        if self.depth >= MAX_DEPTH {
            return Ok(Loose::Other);
        }
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(Reader { depth: self.depth + 1 })? {
            if items.len() == MAX_LIST {
                return Ok(Loose::List(None));
            }
            items.push(item);
        }
        Ok(Loose::List(Some(items)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        if self.depth >= MAX_DEPTH {
            return Ok(Loose::Other);
        }
        let mut fields = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            fields.push((key, map.next_value_seed(Reader { depth: self.depth + 1 })?));
        }
        Ok(Loose::Object(fields))
    }
}

/// `cashflowSummary`'s input.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct CashflowIn {
    discount_rate: Loose,
    costs: Loose,
    benefits: Loose,
}

impl CashflowIn {
    pub fn run(&self) -> Result<CashflowSummary, Message> {
        let d = self.discount_rate.number("discountRate")?;
        let costs = self.costs.numbers("costs")?;
        let benefits = self.benefits.numbers("benefits")?;
        Ok(summarize(d, &costs, &benefits)?)
    }
}

/// `clv`'s input.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct ClvIn {
    annual_margin: Loose,
    retention_rate: Loose,
    discount_rate: Loose,
    margin_growth: Loose,
}

impl ClvIn {
    pub fn run(&self) -> Result<f64, Message> {
        Ok(clv(
            self.annual_margin.number("annualMargin")?,
            self.retention_rate.number("retentionRate")?,
            self.discount_rate.number("discountRate")?,
            self.margin_growth.number_or("marginGrowth", 0.0)?,
        )?)
    }
}

/// `retentionProfit`'s input.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct RetentionIn {
    customers: Loose,
    revenue_per_customer: Loose,
    gross_margin: Loose,
    retention_rate: Loose,
    retention_uplift: Loose,
    uplift_is_relative: Loose,
    discount_rate: Loose,
    years: Loose,
    new_customers_per_year: Loose,
    acquisition_cost: Loose,
    margin_growth: Loose,
}

impl RetentionIn {
    pub fn run(&self) -> Result<RetentionResult, Message> {
        Ok(retention_profit(&self.input()?)?)
    }

    /// The model's input, each field read and named when it is not usable.
    pub fn input(&self) -> Result<RetentionInput, Message> {
        let uplift_is_relative = self.uplift_is_relative.flag_or("upliftIsRelative", false)?;
        Ok(RetentionInput {
            customers: self.customers.number("customers")?,
            revenue_per_customer: self.revenue_per_customer.number("revenuePerCustomer")?,
            gross_margin: self.gross_margin.number("grossMargin")?,
            retention_rate: self.retention_rate.number("retentionRate")?,
            retention_uplift: self.retention_uplift.number("retentionUplift")?,
            uplift_is_relative,
            discount_rate: self.discount_rate.number("discountRate")?,
            years: self.years.number("years")?,
            new_customers_per_year: self.new_customers_per_year.number_or("newCustomersPerYear", 0.0)?,
            acquisition_cost: self.acquisition_cost.number_or("acquisitionCost", 0.0)?,
            margin_growth: self.margin_growth.number_or("marginGrowth", 0.0)?,
        })
    }
}

/// `cxPayback`'s input.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct PaybackIn {
    upfront_investment: Loose,
    annual_cost: Loose,
    return_per_dollar: Loose,
    years: Loose,
    discount_rate: Loose,
    ramp_up_months: Loose,
}

impl PaybackIn {
    pub fn run(&self) -> Result<PaybackResult, Message> {
        Ok(cx_payback(&self.input()?)?)
    }

    /// The model's input, each field read and named when it is not usable.
    pub fn input(&self) -> Result<PaybackInput, Message> {
        Ok(PaybackInput {
            upfront_investment: self.upfront_investment.number("upfrontInvestment")?,
            annual_cost: self.annual_cost.number("annualCost")?,
            return_per_dollar: self.return_per_dollar.number_or("returnPerDollar", DEFAULT_RETURN_PER_DOLLAR)?,
            years: self.years.number("years")?,
            discount_rate: self.discount_rate.number("discountRate")?,
            ramp_up_months: self.ramp_up_months.number_or("rampUpMonths", 0.0)?,
        })
    }
}

/// `businessCase` on `input`, whose fields are the form's field paths in model units (fractions
/// for rates). Absent fields take the preset's value, else the form's default.
pub fn business_case(input: &Loose) -> Result<BusinessCaseResult, Message> {
    let (values, switches) = case_values(input)?;
    Ok((BUSINESS_CASE.run)(&values, &switches)?)
}

/// The business case's model input from `input` (as `business_case` reads it).
pub fn case_input(input: &Loose) -> Result<BusinessCaseInput, Message> {
    let (values, switches) = case_values(input)?;
    Ok(crate::forms::case::case_input(&values, &switches)?)
}

/// The business case form's values (model units) and switches from `input`.
fn case_values(input: &Loose) -> Result<(Vec<f64>, Vec<bool>), Message> {
    // An object serde-wasm-bindgen could not read as one (an iterable class instance, say)
    // would otherwise pass for an empty one and silently give the defaults.
    if !matches!(input, Loose::Object(_)) {
        return Err(Message(NOT_AN_OBJECT.to_owned()));
    }
    let preset = match input.at("preset") {
        Loose::Absent => &[][..],
        v => {
            let key = if let Loose::Text(key) = v { key.as_str() } else { "" };
            Industry::from_key(key).ok_or_else(|| Message::new("preset", "use saas, retail, telecom, banking, insurance, hospitality or b2b."))?.values()
        }
    };
    model_values(&BUSINESS_CASE, input, preset)
}

fn model_values<O>(model: &Model<O>, input: &Loose, preset: &[(&str, &str)]) -> Result<(Vec<f64>, Vec<bool>), Message> {
    let mut values = Vec::with_capacity(model.fields.len());
    for spec in model.fields {
        let text = preset.iter().find(|(k, _)| *k == spec.key).map_or(spec.default, |(_, t)| *t);
        let default = parse_number(text).unwrap_or(0.0) * spec.unit.scale();
        values.push(input.at(spec.key).number_or(spec.key, default)?);
    }
    let mut switches = Vec::with_capacity(model.switches.len());
    for &(key, default) in model.switches {
        switches.push(input.at(key).flag_or(key, default)?);
    }
    Ok((values, switches))
}

/// `simulate`: the business case's fields and `seed` (a whole number 0 to 2⁵³−1, default 2026, as on the page),
/// `trials` (default 10 000, at most 1 000 000) and `costSpread` (a fraction 0 to 0.9, default 0).
pub fn simulation(input: &Loose) -> Result<SimulationInput, Message> {
    let case = case_input(input)?;
    let whole = |key: &str, default: f64, max: f64| -> Result<f64, Message> {
        let v = input.at(key).number_or(key, default)?;
        if v.fract() != 0.0 {
            return Err(problem(key, Problem::NotWhole));
        }
        if v < 0.0 {
            return Err(problem(key, Problem::Negative));
        }
        if v > max {
            return Err(problem(key, Problem::TooLarge));
        }
        Ok(v)
    };
    let seed = whole("seed", crate::forms::panels::DEFAULT_SEED as f64, crate::forms::panels::MAX_SEED as f64)? as u64;
    let trials = whole("trials", DEFAULT_TRIALS as f64, MAX_TRIALS as f64)? as u32;
    let cost_spread = input.at("costSpread").number_or("costSpread", 0.0)?;
    Ok(SimulationInput { case, seed, trials, cost_spread })
}

/// `goalSeek`: the business case's fields, `input` (the field path to solve for) and `target`,
/// one of `{ npv }`, `{ roi }` (a fraction) or `{ benefitCost }` (a ratio).
pub fn goal_seek(input: &Loose) -> Result<CaseSeek, Message> {
    case_seek(input, input.at("input"), "input", input.at("target"))
}

/// A business-case goal seek as read: the form's values and switches, the field, the target.
pub type CaseSeek = (Vec<f64>, Vec<bool>, &'static str, Target);

/// A business-case goal seek on the case `case`, for the field at `field` (named `name`).
pub fn case_seek(case: &Loose, field: &Loose, name: &str, target: &Loose) -> Result<CaseSeek, Message> {
    let (values, switches) = case_values(case)?;
    let key = match field {
        Loose::Text(k) => BUSINESS_CASE.fields.iter().map(|f| f.key).find(|f| f == k && *f != "years"),
        _ => None,
    }
    .ok_or_else(|| Message::new(name, "name a numeric field of the business case (customers, costs.annual, levers.spend.risk, …) other than years."))?;
    Ok((values, switches, key, target_of(target)?))
}

/// The field of the retention (`payback: false`) or payback calculator goal seek solves for.
pub fn calculator_field(field: &Loose, payback: bool) -> Result<&'static str, Message> {
    let known: Vec<&'static str> =
        if payback { crate::finance::goal::PAYBACK_FIELDS.iter().map(|f| f.0).collect() } else { crate::finance::goal::RETENTION_FIELDS.to_vec() };
    match field {
        Loose::Text(k) => known.iter().copied().find(|f| f == k),
        _ => None,
    }
    .ok_or_else(|| Message(["field: name one of ", &known.join(", "), "."].concat()))
}

/// A goal seek's target: one of `{ npv }`, `{ roi }` (a fraction) or `{ benefitCost }` (also
/// spelled `benefitCostRatio`).
pub fn target_of(target: &Loose) -> Result<Target, Message> {
    let ratio = match (target.at("benefitCost"), target.at("benefitCostRatio")) {
        (Loose::Absent, r) => r,
        (r, _) => r,
    };
    Ok(match (target.at("npv"), target.at("roi"), ratio) {
        (v, Loose::Absent, Loose::Absent) if !matches!(v, Loose::Absent) => Target::Npv(v.number("target.npv")?),
        (Loose::Absent, v, Loose::Absent) if !matches!(v, Loose::Absent) => Target::Roi(v.number("target.roi")?),
        (Loose::Absent, Loose::Absent, v) if !matches!(v, Loose::Absent) => Target::BenefitCost(v.number("target.benefitCost")?),
        _ => return Err(Message::new("target", "pass one of { npv }, { roi } or { benefitCostRatio }.")),
    })
}

/// What `checks` returns.
#[derive(Debug, serde::Serialize)]
pub struct Checks {
    pub guards: Vec<Guard>,
    /// `None` when the case has no costs or no benefits to put on a curve.
    pub investment: Option<Investment>,
}

/// `checks`: the business case's fields and `saturation` (default 2). A case from a preset is
/// checked against that preset's high values.
pub fn checks(input: &Loose) -> Result<Checks, Message> {
    let case = case_input(input)?;
    let result = crate::finance::business_case::business_case(&case)?;
    let preset = match input.at("preset") {
        Loose::Absent => None,
        Loose::Text(p) => Some(case_input(&Loose::Object(vec![("preset".to_owned(), Loose::Text(p.clone()))]))?.levers),
        // Anything else is refused by `case_input` above.
        _ => None,
    };
    let saturation = input.at("saturation").number_or("saturation", 2.0)?;
    let investment = match investment(&case, saturation) {
        Ok(inv) => Some(inv),
        Err(e) if e.field == "saturation" => return Err(e.into()),
        Err(_) => None,
    };
    Ok(Checks { guards: guards(&case, &result, preset.as_ref()), investment })
}

/// What `assessment` returns: areas and suggested risks by name.
#[derive(Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AssessmentOut {
    pub stage: u8,
    pub areas: AreaScores,
    pub overall: f64,
    pub strongest: Area,
    pub weakest: Area,
    pub measurement_confidence: f64,
    pub dont_know: Vec<&'static str>,
    pub suggested: SuggestedOut,
}

#[derive(Debug, serde::Serialize)]
pub struct AreaScores {
    pub focus: f64,
    pub communities: f64,
    pub moments: f64,
    pub behaviour: f64,
    pub data: f64,
    pub winning: f64,
}

#[derive(Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SuggestedOut {
    pub risk: ByLever,
    pub ramp_up_months: f64,
}

/// `assessment({ answers })`: each statement's answer at its path (`answers.focus.employeePride`)
/// as 0, 1, 2 or 3, or `"dontKnow"`.
pub fn assessment(input: &Loose) -> Result<AssessmentOut, Message> {
    if !matches!(input, Loose::Object(_)) {
        return Err(Message(NOT_AN_OBJECT.to_owned()));
    }
    let answers = input.at("answers");
    let mut read: Answers = [None; 24];
    for (slot, st) in read.iter_mut().zip(&STATEMENTS) {
        let path = ["answers.", st.key].concat();
        *slot = match answers.at(st.key) {
            Loose::Text(t) if t == "dontKnow" => None,
            Loose::Absent => return Err(Message::new(&path, "required — pass 0, 1, 2, 3 or \"dontKnow\".")),
            v => match v.finite() {
                Some(n) if n.fract() == 0.0 && (0.0..=TOP as f64).contains(&n) => Some(n as u8),
                _ => return Err(Message::new(&path, "pass 0, 1, 2, 3 or \"dontKnow\".")),
            },
        };
    }
    let a = assess(&read)?;
    let [focus, communities, moments, behaviour, data, winning] = a.areas;
    Ok(AssessmentOut {
        stage: a.stage,
        areas: AreaScores { focus, communities, moments, behaviour, data, winning },
        overall: a.overall,
        strongest: a.strongest,
        weakest: a.weakest,
        measurement_confidence: a.measurement_confidence,
        dont_know: a.dont_know,
        suggested: SuggestedOut { risk: ByLever::from_array(a.suggested.risk), ramp_up_months: a.suggested.ramp_up_months },
    })
}

/// `churnRate`'s input.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChurnIn {
    lost: Loose,
    start: Loose,
}

impl ChurnIn {
    pub fn run(&self) -> Result<f64, Message> {
        Ok(metrics::churn_rate(self.lost.number("lost")?, self.start.number("start")?)?)
    }
}

/// `retentionRate`'s input.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RetentionRateIn {
    start: Loose,
    end: Loose,
    new: Loose,
}

impl RetentionRateIn {
    pub fn run(&self) -> Result<f64, Message> {
        Ok(metrics::retention_rate(self.start.number("start")?, self.end.number("end")?, self.new.number("new")?)?)
    }
}

/// `averageTransactionSize`'s input.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TransactionsIn {
    revenue: Loose,
    sales: Loose,
}

impl TransactionsIn {
    pub fn run(&self) -> Result<f64, Message> {
        Ok(metrics::average_transaction_size(self.revenue.number("revenue")?, self.sales.number("sales")?)?)
    }
}

/// `averageContractValue`'s input.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct ContractsIn {
    contract_value: Loose,
    new_customers: Loose,
}

impl ContractsIn {
    pub fn run(&self) -> Result<f64, Message> {
        Ok(metrics::average_contract_value(self.contract_value.number("contractValue")?, self.new_customers.number("newCustomers")?)?)
    }
}

/// `supportCostPerCustomer`'s input.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct SupportIn {
    support_cost: Loose,
    customers: Loose,
}

impl SupportIn {
    pub fn run(&self) -> Result<f64, Message> {
        Ok(metrics::support_cost_per_customer(self.support_cost.number("supportCost")?, self.customers.number("customers")?)?)
    }
}

/// The input of `nps`, `csat` and `ces`: counts of answers.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CountsIn {
    counts: Loose,
}

impl CountsIn {
    pub fn run(&self, score: fn(&[f64]) -> Result<f64, InputError>) -> Result<f64, Message> {
        Ok(score(&self.counts.numbers("counts")?)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::value::{Error, MapDeserializer, SeqDeserializer};
    use serde::de::IntoDeserializer;

    /// A JS value as serde-wasm-bindgen hands it over: `null` and `undefined` are both a unit.
    #[derive(Clone)]
    enum J {
        Null,
        Num(f64),
        Bool(bool),
        Str(&'static str),
        Arr(Vec<J>),
        Obj(Vec<(&'static str, J)>),
    }
    use J::*;

    impl<'de> IntoDeserializer<'de, Error> for J {
        type Deserializer = Self;
        fn into_deserializer(self) -> Self {
            self
        }
    }

    impl<'de> Deserializer<'de> for J {
        type Error = Error;
        fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
            match self {
                Null => v.visit_unit(),
                Num(x) => v.visit_f64(x),
                Bool(b) => v.visit_bool(b),
                Str(s) => v.visit_str(s),
                Arr(items) => v.visit_seq(SeqDeserializer::new(items.into_iter())),
                Obj(fields) => v.visit_map(MapDeserializer::new(fields.into_iter())),
            }
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
            unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
        }
    }

    fn read<T: for<'de> Deserialize<'de>>(fields: &[(&'static str, J)]) -> T {
        T::deserialize(Obj(fields.to_vec())).unwrap()
    }

    fn clv_of(fields: &[(&'static str, J)]) -> Result<f64, Message> {
        read::<ClvIn>(fields).run()
    }

    fn message(r: Result<impl fmt::Debug, Message>) -> String {
        r.unwrap_err().0
    }

    const CLV: [(&str, J); 3] = [("annualMargin", Num(100.0)), ("retentionRate", Num(0.9)), ("discountRate", Num(0.12))];

    #[test]
    fn reads_camel_case_fields_and_optional_defaults() {
        let v = clv_of(&CLV).unwrap();
        assert!((v - 409.090_909).abs() < 1e-5, "{v}");
        let with = |growth: J| clv_of(&[CLV[0].clone(), CLV[1].clone(), CLV[2].clone(), ("marginGrowth", growth)]);
        assert_eq!(with(Null), Ok(v), "null takes the default");
        assert_eq!(with(Num(0.0)), Ok(v));
        assert!(with(Num(0.01)).unwrap() > v);
        assert!(message(with(Str("0.01"))).starts_with("marginGrowth: That is not a number"));
    }

    #[test]
    fn every_error_starts_with_its_field() {
        let without = |key: &str| CLV.iter().filter(|(k, _)| *k != key).cloned().collect::<Vec<_>>();
        assert_eq!(message(clv_of(&without("annualMargin"))), "annualMargin: required — pass a number.");
        let replaced = |value: J| {
            let mut fields = without("retentionRate");
            fields.push(("retentionRate", value));
            message(clv_of(&fields))
        };
        assert!(replaced(Null).starts_with("retentionRate: required"));
        for wrong in [Str("0.9"), Bool(true), Num(f64::NAN), Num(f64::INFINITY), Arr(vec![Num(0.9)]), Obj(vec![])] {
            assert!(replaced(wrong).starts_with("retentionRate: That is not a number"));
        }
        assert!(replaced(Num(1.2)).starts_with("retentionRate: Retention must stay below 100%"));
        let flag = read::<RetentionIn>(&[("upliftIsRelative", Str("yes"))]).run();
        assert_eq!(message(flag), "upliftIsRelative: pass true or false.");
        let payback = read::<PaybackIn>(&[("upfrontInvestment", Num(1.0)), ("annualCost", Num(1.0)), ("years", Num(0.0)), ("discountRate", Num(0.1))]);
        assert!(message(payback.run()).starts_with("years: "));
    }

    #[test]
    fn lists_are_arrays_of_at_most_51_finite_numbers() {
        let summary = |costs: J, benefits: J| read::<CashflowIn>(&[("discountRate", Num(0.1)), ("costs", costs), ("benefits", benefits)]).run();
        let ones = |n: usize| Arr(vec![Num(1.0); n]);
        assert!(summary(ones(51), ones(51)).is_ok());
        assert!(message(summary(ones(52), ones(52))).starts_with("costs: Costs and benefits need"));
        assert!(message(summary(Str("x"), ones(1))).starts_with("costs: Costs and benefits need"));
        assert!(message(summary(ones(2), ones(1))).starts_with("benefits: "));
        assert!(message(summary(Arr(vec![Num(1.0), Null]), ones(2))).starts_with("costs: That is not a number"));
        assert!(message(summary(Null, ones(1))).starts_with("costs: required"));
        let counts = read::<CountsIn>(&[("counts", ones(5))]);
        assert_eq!(counts.run(metrics::csat), Ok(40.0));
    }

    #[test]
    fn a_long_list_is_read_no_further_than_one_past_the_limit() {
        // An endless list: reading it to the end would never return.
        let endless = (0..).map(|i| {
            assert!(i <= MAX_LIST, "read element {i}");
            Num(1.0)
        });
        // As serde-wasm-bindgen hands over an array: visited in place, not counted to the end.
        let read: Result<Loose, Error> = Reader { depth: 0 }.visit_seq(SeqDeserializer::new(endless));
        assert_eq!(read, Ok(Loose::List(None)));
    }

    #[test]
    fn containers_deeper_than_any_field_are_not_read() {
        let mut deep = Num(1.0);
        for _ in 0..10 {
            deep = Obj(vec![("a", deep)]);
        }
        let read = Loose::deserialize(deep).unwrap();
        assert_eq!(read.at("a.a.a"), &Loose::Object(vec![("a".into(), Loose::Other)]));
        assert_eq!(read.at("a.a.a.a"), &Loose::Other);
    }

    #[test]
    fn metric_helpers_name_their_fields() {
        assert_eq!(read::<ChurnIn>(&[("lost", Num(50.0)), ("start", Num(1000.0))]).run(), Ok(0.05));
        assert!(message(read::<ChurnIn>(&[("lost", Num(1.0)), ("start", Num(0.0))]).run()).starts_with("start: "));
        let kept = read::<RetentionRateIn>(&[("start", Num(1000.0)), ("end", Num(1050.0)), ("new", Num(100.0))]);
        assert_eq!(kept.run(), Ok(0.95));
        assert!(message(read::<RetentionRateIn>(&[("start", Num(1.0)), ("end", Num(1.0))]).run()).starts_with("new: required"));
        assert_eq!(read::<TransactionsIn>(&[("revenue", Num(10_000.0)), ("sales", Num(250.0))]).run(), Ok(40.0));
        // A subnormal divisor would overflow the quotient.
        let tiny = read::<TransactionsIn>(&[("revenue", Num(1e12)), ("sales", Num(1e-310))]);
        assert!(message(tiny.run()).starts_with("revenue: Too large"));
        let contracts = read::<ContractsIn>(&[("contractValue", Num(120_000.0)), ("newCustomers", Num(8.0))]);
        assert_eq!(contracts.run(), Ok(15_000.0));
        let support = read::<SupportIn>(&[("supportCost", Num(50_000.0)), ("customers", Bool(true))]);
        assert!(message(support.run()).starts_with("customers: That is not a number"));
        assert!(message(read::<CountsIn>(&[("counts", Arr(vec![Num(1.0); 2]))]).run(metrics::nps)).starts_with("counts: "));
    }

    #[test]
    fn the_business_case_reads_paths_presets_and_switches() {
        let case = |fields: &[(&'static str, J)]| business_case(&Loose::deserialize(Obj(fields.to_vec())).unwrap());
        let base = case(&[]).unwrap();
        assert_eq!(base.years.len(), 4);
        let levers = |fields: Vec<(&'static str, J)>| ("levers", Obj(fields));
        let low = levers(vec![("spend", Obj(vec![("spendUplift", Obj(vec![("low", Num(0.5))]))]))]);
        assert!(message(case(&[low])).starts_with("levers.spend.spendUplift.low: Keep low ≤ likely ≤ high."));
        let on = levers(vec![("spend", Obj(vec![("enabled", Str("yes"))]))]);
        assert_eq!(message(case(&[on])), "levers.spend.enabled: pass true or false.");
        assert!(message(case(&[("preset", Str("mining"))])).starts_with("preset: use saas"));
        assert!(message(case(&[("preset", Num(1.0))])).starts_with("preset: use saas"));
        assert_ne!(case(&[("preset", Str("telecom"))]).unwrap().risk_adjusted.npv, base.risk_adjusted.npv);
        assert_eq!(case(&[("levers", Num(1.0))]).unwrap(), base, "a path through a non-object is absent");
        assert!(message(case(&[("years", Num(11.0))])).starts_with("years: "));
        assert_eq!(message(business_case(&Loose::Other)), NOT_AN_OBJECT);
        // The case that returned roi: Infinity: a subnormal one-off cost, no annual cost.
        let tiny = case(&[("costs", Obj(vec![("oneOff", Num(1e-309)), ("annual", Num(0.0))]))]).unwrap();
        assert_eq!(tiny.risk_adjusted.roi, None);
        assert!(tiny.scenarios.iter().all(|s| s.summary.roi.is_none()));
    }

    fn loose(fields: &[(&'static str, J)]) -> Loose {
        Loose::deserialize(Obj(fields.to_vec())).unwrap()
    }

    #[test]
    fn the_uncertainty_functions_read_their_extra_fields_and_name_them() {
        let sim = simulation(&loose(&[("preset", Str("retail"))])).unwrap();
        assert_eq!((sim.seed, sim.trials, sim.cost_spread), (crate::forms::panels::DEFAULT_SEED, DEFAULT_TRIALS, 0.0), "defaults, as on the page");
        let sim = simulation(&loose(&[("seed", Num(42.0)), ("trials", Num(500.0)), ("costSpread", Num(0.1))])).unwrap();
        assert_eq!((sim.seed, sim.trials, sim.cost_spread), (42, 500, 0.1));
        assert!(message(simulation(&loose(&[("seed", Num(1.5))]))).starts_with("seed: "));
        assert!(message(simulation(&loose(&[("trials", Num(2e6))]))).starts_with("trials: "));
        assert_eq!(message(simulation(&loose(&[("seed", Num(-1.0))]))), message(Err::<(), _>(problem("seed", Problem::Negative))));
        assert!(message(goal_seek(&loose(&[("input", Str("years")), ("target", Obj(vec![("npv", Num(0.0))]))]))).starts_with("input: name a numeric field"));
        assert!(message(simulation(&loose(&[("seed", Str("x"))]))).starts_with("seed: That is not a number"));

        let (_, _, key, target) = goal_seek(&loose(&[("input", Str("costs.annual")), ("target", Obj(vec![("benefitCost", Num(3.0))]))])).unwrap();
        assert_eq!((key, target), ("costs.annual", Target::BenefitCost(3.0)));
        assert!(message(goal_seek(&loose(&[("input", Str("nope")), ("target", Obj(vec![("npv", Num(0.0))]))]))).starts_with("input: "));
        assert!(message(goal_seek(&loose(&[("input", Str("customers"))]))).starts_with("target: "));
        assert_eq!(target_of(&loose(&[("benefitCostRatio", Num(3.0))])).unwrap(), Target::BenefitCost(3.0));
        assert_eq!(calculator_field(&Loose::Text("returnPerDollar".into()), true).unwrap(), "returnPerDollar");
        assert!(calculator_field(&Loose::Text("years".into()), false).unwrap_err().0.starts_with("field: name one of customers"));
        let two = Obj(vec![("npv", Num(0.0)), ("roi", Num(1.0))]);
        assert!(message(goal_seek(&loose(&[("input", Str("customers")), ("target", two)]))).starts_with("target: "));
        assert!(message(goal_seek(&loose(&[("input", Str("customers")), ("target", Obj(vec![("roi", Str("x"))]))]))).starts_with("target.roi: "));

        let c = checks(&loose(&[("preset", Str("retail"))])).unwrap();
        assert!(c.investment.is_some());
        assert!(c.guards.contains(&Guard::PurchasesTwice), "retail's levers: spend and cross-sell both on");
        assert!(message(checks(&loose(&[("saturation", Num(0.5))]))).starts_with("saturation: "));
        assert_eq!(case_input(&loose(&[("customers", Num(7.0))])).unwrap().company.customers, 7.0);
    }

    #[test]
    fn the_assessment_reads_each_answer_and_names_a_wrong_one() {
        let all = |v: J| {
            let mut groups: Vec<(&'static str, J)> = Vec::new();
            for st in &STATEMENTS {
                let (group, name) = st.key.split_once('.').unwrap();
                match groups.iter_mut().find(|(g, _)| *g == group) {
                    Some((_, Obj(fields))) => fields.push((name, v.clone())),
                    _ => groups.push((group, Obj(vec![(name, v.clone())]))),
                }
            }
            Obj(groups)
        };
        let best = assessment(&loose(&[("answers", all(Num(3.0)))])).unwrap();
        assert_eq!((best.stage, best.suggested.ramp_up_months, best.areas.winning), (3, 3.0, 100.0));
        let unknown = assessment(&loose(&[("answers", all(Str("dontKnow")))])).unwrap();
        assert_eq!(unknown.dont_know.len(), 24);
        assert_eq!(message(assessment(&loose(&[("answers", all(Num(1.5)))]))), "answers.focus.employeePride: pass 0, 1, 2, 3 or \"dontKnow\".");
        assert!(message(assessment(&loose(&[]))).starts_with("answers.focus.employeePride: required"));
        assert_eq!(message(assessment(&Loose::Other)), NOT_AN_OBJECT);
    }
}
