//! What the JS API reads, and the checks that name the field at fault. Plain serde, no
//! wasm-bindgen, so every rule here is unit-tested natively; `api` binds it to JS.
//!
//! Each function reads its input as one `Loose` tree: every value as passed, whatever its type.
//! serde's own errors would not reliably name the field, so the checks come after, each with its
//! field's name. A function names the fields it reads once, in `Loose::fields` (the business
//! case: its form's field paths, listed once in `forms::case`), and a key that is none of them,
//! at any depth, is refused with the nearest known name (`customerz: unknown field — did you
//! mean customers?`): a misspelt field would otherwise be silently left at its default.

use crate::finance::assessment::{assess, Answers, Area, STATEMENTS, TOP};
use crate::finance::business_case::{BusinessCaseInput, BusinessCaseResult, ByLever};
use crate::finance::cashflow::{summarize, CashflowSummary};
use crate::finance::checks::{guards, investment, Guard, Investment};
use crate::finance::goal::{self, Seek, Target};
use crate::finance::input::parse_number;
use crate::finance::metrics;
use crate::finance::payback::{PaybackInput, PaybackResult, DEFAULT_RETURN_PER_DOLLAR};
use crate::finance::realisation::{Period, RealisationInput};
use crate::finance::retention::{RetentionInput, RetentionResult};
use crate::finance::uncertainty::{SimulationInput, DEFAULT_TRIALS, MAX_TRIALS};
use crate::finance::{InputError, Problem};
use crate::forms::case::{cost_of, seek_field, Industry, BUSINESS_CASE, COST_SHARES};
use crate::forms::Model;
use crate::text::{Currency, Lang};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
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
/// `levers.spend.spendUplift.low` inside goalSeek's `input`, needs five, and a deeper input must
/// not exhaust the stack.
const MAX_DEPTH: u8 = 5;

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

/// One field of an input, as `Loose::fields` hands it out: its name for messages and its value.
pub struct Field<'a> {
    name: Cow<'a, str>,
    value: &'a Loose,
}

impl Field<'_> {
    fn number(&self) -> Result<f64, Message> {
        self.value.number(&self.name)
    }
    fn number_or(&self, default: f64) -> Result<f64, Message> {
        self.value.number_or(&self.name, default)
    }
    fn numbers(&self) -> Result<Vec<f64>, Message> {
        self.value.numbers(&self.name)
    }
    fn flag_or(&self, default: bool) -> Result<bool, Message> {
        self.value.flag_or(&self.name, default)
    }
}

impl Loose {
    /// This object's fields `names`, in that order, once it has no other key (`refuse_unknown`);
    /// a value that is not an object has them all absent. `at` goes before each name in messages
    /// (`"target."`). Reading an input's fields through here keeps the one list of names both
    /// what is read and what is known: a name left unread is an unused binding.
    fn fields<'a, const N: usize>(&'a self, at: &str, names: [&'static str; N]) -> Result<[Field<'a>; N], Message> {
        refuse_unknown(self, at, &names)?;
        Ok(self.named(at, names))
    }

    /// This object's fields `names`, its keys checked already.
    fn named<const N: usize>(&self, at: &str, names: [&'static str; N]) -> [Field<'_>; N] {
        names.map(|name| Field { name: if at.is_empty() { Cow::Borrowed(name) } else { Cow::Owned([at, name].concat()) }, value: self.at(name) })
    }
}

/// A function's input: a plain object (else `NOT_AN_OBJECT`) with the fields `names` and no other.
fn object<'a, const N: usize>(input: &'a Loose, names: [&'static str; N]) -> Result<[Field<'a>; N], Message> {
    if !matches!(input, Loose::Object(_)) {
        return Err(Message(NOT_AN_OBJECT.to_owned()));
    }
    input.fields("", names)
}

/// Refuses the first key of `value`, at any depth, that is on none of the `known` paths (dotted,
/// relative to `value`; what is at a whole path is its reader's to check), naming it with `at`
/// before it and the nearest name known beside it.
fn refuse_unknown(value: &Loose, at: &str, known: &[&str]) -> Result<(), Message> {
    let Loose::Object(fields) = value else { return Ok(()) };
    for (key, v) in fields {
        if known.contains(&key.as_str()) {
            continue;
        }
        let below: Vec<&str> = known.iter().filter_map(|path| path.strip_prefix(key.as_str())?.strip_prefix('.')).collect();
        if below.is_empty() {
            let mut here: Vec<&str> = Vec::new();
            for first in known.iter().map(|path| path.split_once('.').map_or(*path, |(first, _)| first)) {
                if !here.contains(&first) {
                    here.push(first);
                }
            }
            let name = [at, key].concat();
            return Err(Message(match nearest(key, &here) {
                Some(near) => [&name, ": unknown field — did you mean ", near, "?"].concat(),
                None => [&name, ": unknown field — the known ones are ", &here.join(", "), "."].concat(),
            }));
        }
        // A path through something else than an object is absent (its reader's default).
        refuse_unknown(v, &[at, key, "."].concat(), &below)?;
    }
    Ok(())
}

/// The known name nearest `key` by edit distance, when near enough to be a slip of the keyboard:
/// at most a third of the key's length in edits (one for a short key), a swap of two neighbours
/// counting as one (`nwe` is one edit from `new`), and fewer edits than either name is long.
fn nearest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    let length = key.chars().count();
    known
        .iter()
        .map(|&name| (strsim::osa_distance(key, name), name))
        .filter(|&(edits, name)| edits <= (length / 3).max(1) && edits < length.min(name.chars().count()))
        .min_by_key(|&(edits, _)| edits)
        .map(|(_, name)| name)
}

/// `cashflowSummary({ discountRate, costs, benefits })`.
pub fn cashflow_summary(input: &Loose) -> Result<CashflowSummary, Message> {
    let [discount_rate, costs, benefits] = object(input, ["discountRate", "costs", "benefits"])?;
    let d = discount_rate.number()?;
    let costs = costs.numbers()?;
    let benefits = benefits.numbers()?;
    Ok(summarize(d, &costs, &benefits)?)
}

/// `clv({ annualMargin, retentionRate, discountRate, marginGrowth? })`.
pub fn clv(input: &Loose) -> Result<f64, Message> {
    let [annual_margin, retention_rate, discount_rate, margin_growth] = object(input, ["annualMargin", "retentionRate", "discountRate", "marginGrowth"])?;
    Ok(crate::finance::clv::clv(annual_margin.number()?, retention_rate.number()?, discount_rate.number()?, margin_growth.number_or(0.0)?)?)
}

/// `retentionProfit({...})`.
pub fn retention_profit(input: &Loose) -> Result<RetentionResult, Message> {
    Ok(crate::finance::retention::retention_profit(&retention_input(input)?)?)
}

/// The retention model's input from `retentionProfit`'s, each field read and named when it is
/// not usable.
pub fn retention_input(input: &Loose) -> Result<RetentionInput, Message> {
    let [customers, revenue_per_customer, gross_margin, retention_rate, retention_uplift, uplift_is_relative, discount_rate, years, new_customers_per_year, acquisition_cost, margin_growth] =
        object(
            input,
            [
                "customers",
                "revenuePerCustomer",
                "grossMargin",
                "retentionRate",
                "retentionUplift",
                "upliftIsRelative",
                "discountRate",
                "years",
                "newCustomersPerYear",
                "acquisitionCost",
                "marginGrowth",
            ],
        )?;
    let uplift_is_relative = uplift_is_relative.flag_or(false)?;
    Ok(RetentionInput {
        customers: customers.number()?,
        revenue_per_customer: revenue_per_customer.number()?,
        gross_margin: gross_margin.number()?,
        retention_rate: retention_rate.number()?,
        retention_uplift: retention_uplift.number()?,
        uplift_is_relative,
        discount_rate: discount_rate.number()?,
        years: years.number()?,
        new_customers_per_year: new_customers_per_year.number_or(0.0)?,
        acquisition_cost: acquisition_cost.number_or(0.0)?,
        margin_growth: margin_growth.number_or(0.0)?,
    })
}

/// `cxPayback({...})`.
pub fn cx_payback(input: &Loose) -> Result<PaybackResult, Message> {
    Ok(crate::finance::payback::cx_payback(&payback_input(input)?)?)
}

/// The payback model's input from `cxPayback`'s, each field read and named when it is not usable.
pub fn payback_input(input: &Loose) -> Result<PaybackInput, Message> {
    let [upfront_investment, annual_cost, return_per_dollar, years, discount_rate, ramp_up_months] =
        object(input, ["upfrontInvestment", "annualCost", "returnPerDollar", "years", "discountRate", "rampUpMonths"])?;
    Ok(PaybackInput {
        upfront_investment: upfront_investment.number()?,
        annual_cost: annual_cost.number()?,
        return_per_dollar: return_per_dollar.number_or(DEFAULT_RETURN_PER_DOLLAR)?,
        years: years.number()?,
        discount_rate: discount_rate.number()?,
        ramp_up_months: ramp_up_months.number_or(0.0)?,
    })
}

/// Where the business case reads its industry preset.
const PRESET: &str = "preset";

/// A function's input that is the business case's fields (its form's field and switch paths,
/// and `preset`) and `extra` fields of its own: refuses any other key, at any depth, and returns
/// the extra fields.
fn case_object<'a, const N: usize>(input: &'a Loose, extra: [&'static str; N]) -> Result<[Field<'a>; N], Message> {
    if !matches!(input, Loose::Object(_)) {
        return Err(Message(NOT_AN_OBJECT.to_owned()));
    }
    let fields = BUSINESS_CASE.fields.iter().map(|f| f.key);
    let switches = BUSINESS_CASE.switches.iter().map(|s| s.0);
    let known: Vec<&str> = [PRESET].into_iter().chain(fields).chain(switches).chain(extra).collect();
    refuse_unknown(input, "", &known)?;
    Ok(input.named("", extra))
}

/// `businessCase` on `input`, whose fields are the form's field paths in model units (fractions
/// for rates). Absent fields take the preset's value, else the form's default.
pub fn business_case(input: &Loose) -> Result<BusinessCaseResult, Message> {
    case_object(input, [])?;
    let (values, switches) = case_values(input)?;
    Ok((BUSINESS_CASE.run)(&values, &switches)?)
}

/// The business case's model input from `input`, which holds its fields and no other (what
/// `tornado` and `claims` take).
pub fn case_input(input: &Loose) -> Result<BusinessCaseInput, Message> {
    case_object(input, [])?;
    read_case(input)
}

/// The business case's model input from `input`, whose keys are checked already.
fn read_case(input: &Loose) -> Result<BusinessCaseInput, Message> {
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
    let preset = match input.at(PRESET) {
        Loose::Absent => &[][..],
        v => {
            let key = if let Loose::Text(key) = v { key.as_str() } else { "" };
            Industry::from_key(key).ok_or_else(|| Message::new(PRESET, "use saas, retail, telecom, banking, insurance, hospitality or b2b."))?.values()
        }
    };
    let (mut values, switches) = model_values(&BUSINESS_CASE, input, preset)?;
    // A preset's costs follow the company it is given (its share of the annual revenue, as on
    // the page), unless the input names them.
    if !preset.is_empty() {
        let at = |key: &str| BUSINESS_CASE.fields.iter().position(|f| f.key == key).unwrap_or(0);
        let revenue = values[at("customers")] * values[at("revenuePerCustomer")] * crate::forms::per_year(switches.get(8));
        for (key, share) in COST_SHARES {
            if matches!(input.at(key), Loose::Absent) && revenue.is_finite() {
                values[at(key)] = cost_of(revenue, share);
            }
        }
    }
    Ok((values, switches))
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
    let [seed, trials, cost_spread] = case_object(input, ["seed", "trials", "costSpread"])?;
    simulation_from(input, &seed, &trials, &cost_spread)
}

/// The simulation of `input` (whose keys are checked already) with these seed, trials and cost
/// spread fields.
fn simulation_from(input: &Loose, seed: &Field, trials: &Field, cost_spread: &Field) -> Result<SimulationInput, Message> {
    let case = read_case(input)?;
    let whole = |field: &Field, default: f64, max: f64| -> Result<f64, Message> {
        let v = field.number_or(default)?;
        if v.fract() != 0.0 {
            return Err(problem(&field.name, Problem::NotWhole));
        }
        if v < 0.0 {
            return Err(problem(&field.name, Problem::Negative));
        }
        if v > max {
            return Err(problem(&field.name, Problem::TooLarge));
        }
        Ok(v)
    };
    let seed = whole(seed, crate::forms::panels::DEFAULT_SEED as f64, crate::forms::panels::MAX_SEED as f64)? as u64;
    let trials = whole(trials, DEFAULT_TRIALS as f64, MAX_TRIALS as f64)? as u32;
    let cost_spread = cost_spread.number_or(0.0)?;
    Ok(SimulationInput { case, seed, trials, cost_spread })
}

/// What `slides` reads: the simulation (the case, seed, trials, cost spread), the deck's
/// language and currency, and the names on its first slide.
#[derive(Debug)]
pub struct SlidesInput {
    pub simulation: SimulationInput,
    pub lang: Lang,
    pub currency: Currency,
    pub prepared_for: String,
    pub prepared_by: String,
    /// The self-assessment of `answers`, when given (the deck's readiness slide).
    pub assessment: Option<crate::finance::assessment::Assessment>,
}

/// `slides`: `simulate`'s fields, `language` (en, nl, sv, tr; default en), `currency` (EUR,
/// USD, GBP, SEK, TRY; default USD), `preparedFor` and `preparedBy` (text, default none) and
/// `answers` (the self-assessment's, as `assessment` takes them; default none).
pub fn slides(input: &Loose) -> Result<SlidesInput, Message> {
    let [seed, trials, cost_spread, language, currency, prepared_for, prepared_by, answers] =
        case_object(input, ["seed", "trials", "costSpread", "language", "currency", "preparedFor", "preparedBy", "answers"])?;
    let simulation = simulation_from(input, &seed, &trials, &cost_spread)?;
    fn text<'a>(field: &Field<'a>) -> Result<Option<&'a str>, Message> {
        match field.value {
            Loose::Absent => Ok(None),
            Loose::Text(s) => Ok(Some(s.as_str())),
            _ => Err(Message::new(&field.name, "pass text.")),
        }
    }
    let lang = match text(&language)? {
        None => Lang::En,
        Some(code) => Lang::ALL.into_iter().find(|l| l.code() == code).ok_or_else(|| Message::new("language", "use en, nl, sv or tr."))?,
    };
    let currency = match text(&currency)? {
        None => Currency::Usd,
        Some(code) => Currency::from_code(code).ok_or_else(|| Message::new("currency", "use EUR, USD, GBP, SEK or TRY."))?,
    };
    let name = |field: &Field| Ok::<_, Message>(text(field)?.map(crate::forms::scenario::clean_name).unwrap_or_default());
    let assessment = match answers.value {
        Loose::Absent => None,
        _ => Some(assess(&read_answers(&answers)?)?),
    };
    Ok(SlidesInput { simulation, lang, currency, prepared_for: name(&prepared_for)?, prepared_by: name(&prepared_by)?, assessment })
}

/// A year and month, `"2027-04"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    fn parse(text: &str) -> Option<Month> {
        let (y, m) = text.split_once('-')?;
        let (year, month) = (y.parse().ok()?, m.parse().ok()?);
        (y.len() == 4 && m.len() == 2 && (1..=12).contains(&month)).then_some(Month { year, month })
    }

    /// Months from `self` to `other` (negative when `other` is earlier).
    fn until(self, other: Month) -> i64 {
        (i64::from(other.year) - i64::from(self.year)) * 12 + i64::from(other.month) - i64::from(self.month)
    }

    /// The month `n` months after this one, as `"YYYY-MM"`.
    pub fn after(self, n: u32) -> String {
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(n);
        format!("{:04}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1)
    }
}

/// `realisation({ case, start, period, actuals })`: the case (`businessCase`'s fields), the start
/// month (`"2027-01"`), `period` (`"quarter"`, the default, or `"month"`) and the actuals, each
/// `{ period: "YYYY-MM" (a month in the period), benefits: { lever: money }, drivers: { lever:
/// value }, costs }`, every part optional but the period.
pub fn realisation(input: &Loose) -> Result<(RealisationInput, Month), Message> {
    use crate::finance::business_case::Lever;
    use crate::finance::realisation::{Actual, PeriodActuals};
    let [case, start, period, actuals] = object(input, ["case", "start", "period", "actuals"])?;
    let in_case = |m: Message| Message(["case.", &m.0].concat());
    let case_in = case_input(case.value).map_err(in_case)?;
    case_in.validate().map_err(|e| in_case(e.into()))?;
    let month_of = |field: &Field| match field.value {
        Loose::Text(t) => Month::parse(t).ok_or_else(|| Message::new(&field.name, "write a month as 2027-04.")),
        Loose::Absent => Err(Message::new(&field.name, "required — a month as 2027-04.")),
        _ => Err(Message::new(&field.name, "write a month as 2027-04.")),
    };
    let start = month_of(&start)?;
    let period = match period.value {
        Loose::Absent => Period::Quarter,
        Loose::Text(t) if t == "quarter" => Period::Quarter,
        Loose::Text(t) if t == "month" => Period::Month,
        _ => return Err(Message::new(&period.name, "use \"quarter\" or \"month\".")),
    };
    let count = case_in.years.round() as i64 * i64::from(period.per_year());
    let list = match actuals.value {
        Loose::Absent => Vec::new(),
        Loose::List(Some(items)) => items.iter().collect(),
        Loose::List(None) => return Err(Message::new(&actuals.name, "at most 51 periods.")),
        _ => return Err(Message::new(&actuals.name, "pass a list of periods.")),
    };
    let levers: Vec<&str> = Lever::ALL.iter().map(|l| l.key()).collect();
    let mut read = Vec::with_capacity(list.len());
    for (i, item) in list.into_iter().enumerate() {
        let at = format!("actuals.{i}.");
        let [when, benefits, drivers, costs] = item.fields(&at, ["period", "benefits", "drivers", "costs"])?;
        let month = month_of(&when)?;
        let months = start.until(month);
        let index = months.div_euclid(i64::from(period.months()));
        if months < 0 || index >= count {
            let last = start.after((count * i64::from(period.months()) - 1).max(0) as u32);
            return Err(Message::new(&when.name, &format!("outside the case's horizon ({} to {last}).", start.after(0))));
        }
        let mut one = PeriodActuals { period: index as u32, ..Default::default() };
        for (field, as_actual) in [(&benefits, Actual::Money as fn(f64) -> Actual), (&drivers, Actual::Driver)] {
            refuse_unknown(field.value, &[field.name.as_ref(), "."].concat(), &levers)?;
            for l in Lever::ALL {
                let path = [field.name.as_ref(), ".", l.key()].concat();
                if let Loose::Absent = field.value.at(l.key()) {
                    continue;
                }
                let v = field.value.at(l.key()).number(&path)?;
                if one.levers[l.index()].is_some() {
                    return Err(Message::new(&path, "a lever takes its benefit or its driver, not both."));
                }
                one.levers[l.index()] = Some(as_actual(v));
            }
        }
        if !matches!(costs.value, Loose::Absent) {
            let c = costs.number()?;
            if c < 0.0 {
                return Err(problem(&costs.name, Problem::Negative));
            }
            one.costs = Some(c);
        }
        read.push(one);
    }
    Ok((RealisationInput { case: case_in, period, actuals: read }, start))
}

/// `goalSeek({ calculator, input, field, target })`, `calculator` one of `retention`, `payback`
/// and `case`, or the business case's own shape `goalSeek({ ...caseFields, input: field, target })`.
pub fn goal_seek(input: &Loose) -> Result<Seek, Message> {
    if let Loose::Absent = input.at("calculator") {
        let (values, switches, key, target) = case_goal(input)?;
        return Ok(seek_field(&values, &switches, key, target)?);
    }
    let [calculator, inner, field, target] = object(input, ["calculator", "input", "field", "target"])?;
    match calculator.value {
        Loose::Text(c) if c == "case" => {
            case_object(inner.value, [])?;
            let (values, switches, key, target) = case_seek(inner.value, &field, &target)?;
            Ok(seek_field(&values, &switches, key, target)?)
        }
        Loose::Text(c) if c == "payback" => {
            let inp = payback_input(inner.value)?;
            let key = calculator_field(field.value, true)?;
            Ok(goal::seek_payback(&inp, key, target_of(&target)?)?)
        }
        Loose::Text(c) if c == "retention" => {
            let inp = retention_input(inner.value)?;
            let key = calculator_field(field.value, false)?;
            Ok(goal::seek_retention(&inp, key, target_of(&target)?)?)
        }
        _ => Err(Message::new(&calculator.name, "one of retention, payback, case.")),
    }
}

/// The business case's own shape of goal seek, as read: its fields, `input` (the field path to
/// solve for) and `target`. (`calculator` is known, as absent, when it chose this shape.)
fn case_goal(input: &Loose) -> Result<CaseSeek, Message> {
    let [_calculator, field, target] = case_object(input, ["calculator", "input", "target"])?;
    case_seek(input, &field, &target)
}

/// A business-case goal seek as read: the form's values and switches, the field, the target.
type CaseSeek = (Vec<f64>, Vec<bool>, &'static str, Target);

/// A business-case goal seek on the case `case` (its keys checked already), for `field`.
fn case_seek(case: &Loose, field: &Field, target: &Field) -> Result<CaseSeek, Message> {
    let (values, switches) = case_values(case)?;
    let key = match field.value {
        Loose::Text(k) => BUSINESS_CASE.fields.iter().map(|f| f.key).find(|f| f == k && *f != "years"),
        _ => None,
    }
    .ok_or_else(|| Message::new(&field.name, "name a numeric field of the business case (customers, costs.annual, levers.spend.risk, …) other than years."))?;
    Ok((values, switches, key, target_of(target)?))
}

/// The field of the retention (`payback: false`) or payback calculator goal seek solves for.
fn calculator_field(field: &Loose, payback: bool) -> Result<&'static str, Message> {
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
fn target_of(target: &Field) -> Result<Target, Message> {
    let at = [&target.name, "."].concat();
    let [npv, roi, benefit_cost, benefit_cost_ratio] = target.value.fields(&at, ["npv", "roi", "benefitCost", "benefitCostRatio"])?;
    let ratio = if let Loose::Absent = benefit_cost.value { benefit_cost_ratio } else { benefit_cost };
    let given = |f: &Field| !matches!(f.value, Loose::Absent);
    Ok(match (given(&npv), given(&roi), given(&ratio)) {
        (true, false, false) => Target::Npv(npv.number()?),
        (false, true, false) => Target::Roi(roi.number()?),
        (false, false, true) => Target::BenefitCost(ratio.number()?),
        _ => return Err(Message::new(&target.name, "pass one of { npv }, { roi } or { benefitCostRatio }.")),
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
    let [saturation] = case_object(input, ["saturation"])?;
    let case = read_case(input)?;
    let result = crate::finance::business_case::business_case(&case)?;
    let preset = match input.at(PRESET) {
        Loose::Absent => None,
        Loose::Text(p) => Some(read_case(&Loose::Object(vec![(PRESET.to_owned(), Loose::Text(p.clone()))]))?.levers),
        // Anything else is refused by `read_case` above.
        _ => None,
    };
    let saturation = saturation.number_or(2.0)?;
    let investment = match investment(&case, saturation) {
        Ok(inv) => Some(inv),
        Err(e) if e.field == "saturation" => return Err(e.into()),
        Err(_) => None,
    };
    Ok(Checks { guards: guards(&case, &result, preset.as_ref()), investment })
}

/// The self-assessment's `answers` object: each statement at its key, 0–3 or `"dontKnow"`.
fn read_answers(answers: &Field) -> Result<Answers, Message> {
    let statements: Vec<&str> = STATEMENTS.iter().map(|st| st.key).collect();
    refuse_unknown(answers.value, "answers.", &statements)?;
    let mut read: Answers = [None; 24];
    for (slot, st) in read.iter_mut().zip(&STATEMENTS) {
        let path = ["answers.", st.key].concat();
        *slot = match answers.value.at(st.key) {
            Loose::Text(t) if t == "dontKnow" => None,
            Loose::Absent => return Err(Message::new(&path, "required — pass 0, 1, 2, 3 or \"dontKnow\".")),
            v => match v.finite() {
                Some(n) if n.fract() == 0.0 && (0.0..=TOP as f64).contains(&n) => Some(n as u8),
                _ => return Err(Message::new(&path, "pass 0, 1, 2, 3 or \"dontKnow\".")),
            },
        };
    }
    Ok(read)
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
    let [answers] = object(input, ["answers"])?;
    let a = assess(&read_answers(&answers)?)?;
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

/// `churnRate({ lost, start })`.
pub fn churn_rate(input: &Loose) -> Result<f64, Message> {
    let [lost, start] = object(input, ["lost", "start"])?;
    Ok(metrics::churn_rate(lost.number()?, start.number()?)?)
}

/// `retentionRate({ start, end, new })`.
pub fn retention_rate(input: &Loose) -> Result<f64, Message> {
    let [start, end, new] = object(input, ["start", "end", "new"])?;
    Ok(metrics::retention_rate(start.number()?, end.number()?, new.number()?)?)
}

/// `averageTransactionSize({ revenue, sales })`.
pub fn average_transaction_size(input: &Loose) -> Result<f64, Message> {
    let [revenue, sales] = object(input, ["revenue", "sales"])?;
    Ok(metrics::average_transaction_size(revenue.number()?, sales.number()?)?)
}

/// `averageContractValue({ contractValue, newCustomers })`.
pub fn average_contract_value(input: &Loose) -> Result<f64, Message> {
    let [contract_value, new_customers] = object(input, ["contractValue", "newCustomers"])?;
    Ok(metrics::average_contract_value(contract_value.number()?, new_customers.number()?)?)
}

/// `supportCostPerCustomer({ supportCost, customers })`.
pub fn support_cost_per_customer(input: &Loose) -> Result<f64, Message> {
    let [support_cost, customers] = object(input, ["supportCost", "customers"])?;
    Ok(metrics::support_cost_per_customer(support_cost.number()?, customers.number()?)?)
}

/// The input of `nps`, `csat` and `ces`, `{ counts }` (counts of answers), scored by `score`.
pub fn counts(input: &Loose, score: fn(&[f64]) -> Result<f64, InputError>) -> Result<f64, Message> {
    let [counts] = object(input, ["counts"])?;
    Ok(score(&counts.numbers()?)?)
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

    /// A function's input, as `api` reads it.
    fn loose(fields: &[(&'static str, J)]) -> Loose {
        Loose::deserialize(Obj(fields.to_vec())).unwrap()
    }

    fn clv_of(fields: &[(&'static str, J)]) -> Result<f64, Message> {
        clv(&loose(fields))
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
    fn slides_read_language_currency_and_names_and_refuse_the_rest() {
        let s =
            slides(&loose(&[("language", Str("tr")), ("currency", Str("try")), ("preparedFor", Str("  Acme \u{202e}")), ("customers", Num(5000.0))])).unwrap();
        assert_eq!((s.lang, s.currency, s.prepared_for.as_str(), s.prepared_by.as_str()), (Lang::Tr, Currency::Try, "Acme", ""));
        assert_eq!(s.simulation.case.company.customers, 5000.0);
        assert_eq!(s.simulation.trials, DEFAULT_TRIALS);
        let d = slides(&loose(&[])).unwrap();
        assert_eq!((d.lang, d.currency), (Lang::En, Currency::Usd));
        assert!(d.assessment.is_none(), "no answers, no readiness slide");
        assert!(message(slides(&loose(&[("answers", Obj(vec![("trust", Num(1.0))]))]))).starts_with("answers.trust: unknown field"));
        assert!(message(slides(&loose(&[("language", Str("de"))]))).starts_with("language: use en, nl, sv or tr"));
        assert!(message(slides(&loose(&[("currency", Str("JPY"))]))).starts_with("currency: use EUR"));
        assert!(message(slides(&loose(&[("preparedBy", Num(1.0))]))).starts_with("preparedBy: pass text"));
        assert!(message(slides(&loose(&[("langauge", Str("nl"))]))).contains("did you mean language?"));
    }

    #[test]
    fn realisation_reads_months_into_periods_and_refuses_what_does_not_fit() {
        let quarter = |month: &'static str, more: Vec<(&'static str, J)>| {
            let mut actual = vec![("period", Str(month))];
            actual.extend(more);
            realisation(&loose(&[("case", Obj(vec![("years", Num(3.0))])), ("start", Str("2027-01")), ("actuals", Arr(vec![Obj(actual)]))]))
        };
        let (r, start) = quarter("2027-05", vec![("benefits", Obj(vec![("retention", Num(1000.0))])), ("costs", Num(50.0))]).unwrap();
        assert_eq!(start, Month { year: 2027, month: 1 });
        assert_eq!((r.period, r.actuals[0].period, r.actuals[0].costs), (Period::Quarter, 1, Some(50.0)), "May is in the second quarter");
        assert_eq!(start.after(11), "2027-12");
        assert_eq!(start.after(12), "2028-01");
        assert_eq!(message(quarter("2030-01", vec![])), "actuals.0.period: outside the case's horizon (2027-01 to 2029-12).");
        assert_eq!(message(quarter("2026-12", vec![])), "actuals.0.period: outside the case's horizon (2027-01 to 2029-12).");
        assert!(message(quarter("2027-13", vec![])).starts_with("actuals.0.period: write a month as 2027-04"));
        assert!(message(quarter("2027-02", vec![("costs", Num(-1.0))])).starts_with("actuals.0.costs"));
        let both = vec![("benefits", Obj(vec![("referrals", Num(1.0))])), ("drivers", Obj(vec![("referrals", Num(0.05))]))];
        assert!(message(quarter("2027-02", both)).starts_with("actuals.0.drivers.referrals: a lever takes its benefit or its driver"));
        assert!(message(quarter("2027-02", vec![("benefits", Obj(vec![("retension", Num(1.0))]))])).contains("did you mean retention?"));
        assert!(message(realisation(&loose(&[("case", Obj(vec![("customers", Num(-5.0))])), ("start", Str("2027-01"))]))).starts_with("case.customers"));
    }

    #[test]
    fn a_presets_costs_follow_the_company_it_is_given() {
        let telecom = |more: &[(&'static str, J)]| {
            let mut fields: Vec<(&'static str, J)> = more.to_vec();
            let base = [("preset", Str("telecom")), ("customers", Num(2_000_000.0)), ("revenuePerCustomer", Num(540.0))];
            fields.extend(base.into_iter().filter(|(k, _)| !more.iter().any(|(m, _)| m == k)));
            read_case(&loose(&fields)).unwrap().costs
        };
        let c = telecom(&[]);
        assert_eq!((c.one_off, c.annual), (12_960_000.0, 5_400_000.0), "1.2% and 0.5% of 1.08 billion");
        let roi = business_case(&loose(&[("preset", Str("telecom")), ("customers", Num(2_000_000.0)), ("revenuePerCustomer", Num(540.0))]))
            .unwrap()
            .risk_adjusted
            .roi
            .unwrap();
        assert!(roi < 5.0, "a telecom's ROI, not 13.77: {roi}");
        // Per month, as on the page.
        let c = telecom(&[("revenuePerCustomer", Num(45.0)), ("revenuePerMonth", Bool(true))]);
        assert_eq!(c.one_off, 12_960_000.0);
        // Costs given stand; the other follows.
        let c = telecom(&[("costs", Obj(vec![("oneOff", Num(1.0))]))]);
        assert_eq!((c.one_off, c.annual), (1.0, 5_400_000.0));
        // Without a preset, the defaults.
        let c = read_case(&loose(&[("customers", Num(2_000_000.0))])).unwrap().costs;
        assert_eq!((c.one_off, c.annual), (250_000.0, 150_000.0));
    }

    #[test]
    fn the_payback_tile_the_charts_marker_and_the_api_give_one_payback() {
        let page = crate::forms::Form::new(&crate::forms::PAYBACK);
        let page = page.result().unwrap();
        let (tile, marker) = (page.summary.payback_months.unwrap(), page.break_even_month.unwrap());
        let api = cx_payback(&loose(&[
            ("upfrontInvestment", Num(100_000.0)),
            ("annualCost", Num(50_000.0)),
            ("years", Num(3.0)),
            ("discountRate", Num(0.1)),
            ("rampUpMonths", Num(6.0)),
        ]))
        .unwrap();
        assert_eq!(tile, marker);
        assert_eq!(api.summary.payback_months, Some(tile));
        assert_eq!(api.break_even_month, Some(tile));
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
        let flag = retention_profit(&loose(&[("upliftIsRelative", Str("yes"))]));
        assert_eq!(message(flag), "upliftIsRelative: pass true or false.");
        let payback = cx_payback(&loose(&[("upfrontInvestment", Num(1.0)), ("annualCost", Num(1.0)), ("years", Num(0.0)), ("discountRate", Num(0.1))]));
        assert!(message(payback).starts_with("years: "));
    }

    #[test]
    fn lists_are_arrays_of_at_most_51_finite_numbers() {
        let summary = |costs: J, benefits: J| cashflow_summary(&loose(&[("discountRate", Num(0.1)), ("costs", costs), ("benefits", benefits)]));
        let ones = |n: usize| Arr(vec![Num(1.0); n]);
        assert!(summary(ones(51), ones(51)).is_ok());
        assert!(message(summary(ones(52), ones(52))).starts_with("costs: Costs and benefits need"));
        assert!(message(summary(Str("x"), ones(1))).starts_with("costs: Costs and benefits need"));
        assert!(message(summary(ones(2), ones(1))).starts_with("benefits: "));
        assert!(message(summary(Arr(vec![Num(1.0), Null]), ones(2))).starts_with("costs: That is not a number"));
        assert!(message(summary(Null, ones(1))).starts_with("costs: required"));
        assert_eq!(counts(&loose(&[("counts", ones(5))]), metrics::csat), Ok(40.0));
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
        assert_eq!(read.at("a.a.a.a"), &Loose::Object(vec![("a".into(), Loose::Other)]));
        assert_eq!(read.at("a.a.a.a.a"), &Loose::Other);
    }

    #[test]
    fn metric_helpers_name_their_fields() {
        assert_eq!(churn_rate(&loose(&[("lost", Num(50.0)), ("start", Num(1000.0))])), Ok(0.05));
        assert!(message(churn_rate(&loose(&[("lost", Num(1.0)), ("start", Num(0.0))]))).starts_with("start: "));
        assert_eq!(retention_rate(&loose(&[("start", Num(1000.0)), ("end", Num(1050.0)), ("new", Num(100.0))])), Ok(0.95));
        assert!(message(retention_rate(&loose(&[("start", Num(1.0)), ("end", Num(1.0))]))).starts_with("new: required"));
        assert_eq!(average_transaction_size(&loose(&[("revenue", Num(10_000.0)), ("sales", Num(250.0))])), Ok(40.0));
        // A subnormal divisor would overflow the quotient.
        let tiny = average_transaction_size(&loose(&[("revenue", Num(1e12)), ("sales", Num(1e-310))]));
        assert!(message(tiny).starts_with("revenue: Too large"));
        assert_eq!(average_contract_value(&loose(&[("contractValue", Num(120_000.0)), ("newCustomers", Num(8.0))])), Ok(15_000.0));
        let support = support_cost_per_customer(&loose(&[("supportCost", Num(50_000.0)), ("customers", Bool(true))]));
        assert!(message(support).starts_with("customers: That is not a number"));
        assert!(message(counts(&loose(&[("counts", Arr(vec![Num(1.0); 2]))]), metrics::nps)).starts_with("counts: "));
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

        let (_, _, key, target) = case_goal(&loose(&[("input", Str("costs.annual")), ("target", Obj(vec![("benefitCost", Num(3.0))]))])).unwrap();
        assert_eq!((key, target), ("costs.annual", Target::BenefitCost(3.0)));
        assert!(message(goal_seek(&loose(&[("input", Str("nope")), ("target", Obj(vec![("npv", Num(0.0))]))]))).starts_with("input: "));
        assert!(message(goal_seek(&loose(&[("input", Str("customers"))]))).starts_with("target: "));
        let ratio = loose(&[("benefitCostRatio", Num(3.0))]);
        assert_eq!(target_of(&Field { name: Cow::Borrowed("target"), value: &ratio }).unwrap(), Target::BenefitCost(3.0));
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

    /// `fields` with `value` at each dotted path, nested as the business case takes them.
    fn nested(fields: &[(&'static str, J)]) -> J {
        fn put(into: &mut Vec<(&'static str, J)>, path: &'static str, value: J) {
            match path.split_once('.') {
                None => into.push((path, value)),
                Some((first, rest)) => match into.iter_mut().find(|(k, _)| *k == first) {
                    Some((_, Obj(inner))) => put(inner, rest, value),
                    _ => {
                        let mut inner = Vec::new();
                        put(&mut inner, rest, value);
                        into.push((first, Obj(inner)));
                    }
                },
            }
        }
        let mut top = Vec::new();
        for (path, value) in fields {
            put(&mut top, path, value.clone());
        }
        Obj(top)
    }

    #[test]
    fn the_nearest_known_name_is_a_slip_of_the_keyboard_away() {
        let known = ["customers", "revenuePerCustomer", "annualMargin", "new", "end", "npv", "roi"];
        assert_eq!(nearest("customerz", &known), Some("customers"));
        assert_eq!(nearest("Customers", &known), Some("customers"));
        assert_eq!(nearest("annual_margin", &known), Some("annualMargin"), "snake case is two edits, in thirteen letters");
        assert_eq!(nearest("revenuePerCustomers", &known), Some("revenuePerCustomer"));
        assert_eq!(nearest("nwe", &known), Some("new"), "a swap is one edit; end is three");
        assert_eq!(nearest("rio", &known), Some("roi"));
        assert_eq!(nearest("neww", &known), Some("new"));
        assert_eq!(nearest("nps", &known), Some("npv"));
        assert_eq!(nearest("nps", &["csat", "ces"]), None, "two edits of a three-letter name are no slip");
        assert_eq!(nearest("x", &known), None, "nor is replacing the only letter");
        assert_eq!(nearest("customrs", &known), Some("customers"));
        assert_eq!(nearest("custmrs", &known), Some("customers"), "two edits in seven letters");
        assert_eq!(nearest("cstmrs", &known), None, "three edits in six letters");
        assert_eq!(nearest("colour", &known), None);
        assert_eq!(nearest("", &known), None);
    }

    #[test]
    fn every_function_refuses_a_field_it_does_not_read_and_names_the_nearest() {
        let unknown = "customerz: unknown field — did you mean customers?";
        assert_eq!(message(retention_profit(&loose(&[("customerz", Num(5.0))]))), unknown);
        assert_eq!(message(business_case(&loose(&[("customerz", Num(5.0))]))), unknown);
        assert_eq!(message(case_input(&loose(&[("customerz", Num(5.0))]))), unknown, "tornado and claims");
        assert_eq!(message(simulation(&loose(&[("customerz", Num(5.0))]))), unknown);
        assert_eq!(message(checks(&loose(&[("customerz", Num(5.0))]))), unknown);
        assert_eq!(message(goal_seek(&loose(&[("customerz", Num(5.0))]))), unknown);
        assert_eq!(message(support_cost_per_customer(&loose(&[("customerz", Num(5.0))]))), unknown);
        let cases: [(Result<f64, Message>, &str); 9] = [
            (cashflow_summary(&loose(&[("discountRates", Num(0.1))])).map(|s| s.npv), "discountRates: unknown field — did you mean discountRate?"),
            (clv(&loose(&[("annual_margin", Num(1.0))])), "annual_margin: unknown field — did you mean annualMargin?"),
            (cx_payback(&loose(&[("rampupMonths", Num(1.0))])).map(|p| p.total_cost), "rampupMonths: unknown field — did you mean rampUpMonths?"),
            (churn_rate(&loose(&[("lots", Num(1.0))])), "lots: unknown field — did you mean lost?"),
            (retention_rate(&loose(&[("nwe", Num(1.0))])), "nwe: unknown field — did you mean new?"),
            (average_transaction_size(&loose(&[("sale", Num(1.0))])), "sale: unknown field — did you mean sales?"),
            (average_contract_value(&loose(&[("contractvalue", Num(1.0))])), "contractvalue: unknown field — did you mean contractValue?"),
            (counts(&loose(&[("count", Arr(vec![Num(1.0); 5]))]), metrics::csat), "count: unknown field — did you mean counts?"),
            (assessment(&loose(&[("answer", Obj(vec![]))])).map(|a| a.overall), "answer: unknown field — did you mean answers?"),
        ];
        for (result, expected) in cases {
            assert_eq!(message(result), expected);
        }
        // Refused before anything else is read, and whatever its value.
        assert_eq!(
            message(clv(&loose(&[("annualMargin", Str("x")), ("colour", Null)]))),
            "colour: unknown field — the known ones are annualMargin, retentionRate, discountRate, marginGrowth."
        );
        // A known field left null is only left out.
        assert!(clv(&loose(&[("annualMargin", Num(1.0)), ("retentionRate", Num(0.9)), ("discountRate", Num(0.1)), ("marginGrowth", Null)])).is_ok());
    }

    #[test]
    fn nested_fields_are_refused_by_their_path_with_the_nearest_name_beside_them() {
        let case = |fields: &[(&'static str, J)]| message(business_case(&Loose::deserialize(nested(fields)).unwrap()));
        assert_eq!(case(&[("levers.spend.riks", Num(0.1))]), "levers.spend.riks: unknown field — did you mean risk?");
        assert_eq!(case(&[("levers.spendd.risk", Num(0.1))]), "levers.spendd: unknown field — did you mean spend?");
        assert_eq!(case(&[("levers.spend.spendUplift.likly", Num(0.1))]), "levers.spend.spendUplift.likly: unknown field — did you mean likely?");
        assert_eq!(case(&[("costs.yearly", Num(1.0))]), "costs.yearly: unknown field — the known ones are oneOff, annual, risk.");
        assert_eq!(case(&[("baseline.nps", Num(1.0))]), "baseline.nps: unknown field — the known ones are csat, ces.");
        assert_eq!(case(&[("preset", Str("retail")), ("revenuePerMonths", Bool(true))]), "revenuePerMonths: unknown field — did you mean revenuePerMonth?");
        // A function's own fields are known to it alone.
        let top =
            "preset, customers, revenuePerCustomer, grossMargin, retentionRate, baseline, years, rampUpMonths, discountRate, costs, levers, revenuePerMonth";
        assert_eq!(case(&[("seed", Num(1.0))]), ["seed: unknown field — the known ones are ", top, "."].concat());
        assert_eq!(message(checks(&loose(&[("seeds", Num(1.0))]))), ["seeds: unknown field — the known ones are ", top, ", saturation."].concat());
        assert_eq!(message(simulation(&loose(&[("trails", Num(9.0))]))), "trails: unknown field — did you mean trials?");
        assert_eq!(
            message(simulation(&loose(&[("saturation", Num(2.0))]))),
            ["saturation: unknown field — the known ones are ", top, ", seed, trials, costSpread."].concat()
        );

        let answers = |group: &'static str, name: &'static str| assessment(&loose(&[("answers", Obj(vec![(group, Obj(vec![(name, Num(1.0))]))]))]));
        assert_eq!(message(answers("focus", "employeePrid")), "answers.focus.employeePrid: unknown field — did you mean employeePride?");
        assert_eq!(message(answers("focuss", "employeePride")), "answers.focuss: unknown field — did you mean focus?");

        // goalSeek: its own fields, the target's, and the calculator's input's, named as that
        // calculator names them.
        let target = |fields: Vec<(&'static str, J)>| ("target", Obj(fields));
        let seek = |fields: &[(&'static str, J)]| message(goal_seek(&loose(fields)));
        assert_eq!(seek(&[("input", Str("customers")), target(vec![("nvp", Num(0.0))])]), "target.nvp: unknown field — did you mean npv?");
        assert_eq!(seek(&[("input", Str("customers")), ("field", Str("customers")), target(vec![("npv", Num(0.0))])]), "field: unknown field — the known ones are preset, customers, revenuePerCustomer, grossMargin, retentionRate, baseline, years, rampUpMonths, discountRate, costs, levers, revenuePerMonth, calculator, input, target.");
        let payback =
            Obj(vec![("upfrontInvestment", Num(1e5)), ("annualCost", Num(5e4)), ("years", Num(3.0)), ("discountRate", Num(0.1)), ("returnPerDolar", Num(3.0))]);
        let calculator =
            |name: &'static str, input: J| [("calculator", Str(name)), ("input", input), ("field", Str("annualCost")), target(vec![("npv", Num(0.0))])];
        assert_eq!(seek(&calculator("payback", payback)), "returnPerDolar: unknown field — did you mean returnPerDollar?");
        assert_eq!(seek(&calculator("retention", Obj(vec![("customer", Num(1.0))]))), "customer: unknown field — did you mean customers?");
        assert_eq!(seek(&calculator("case", Obj(vec![("costs", Obj(vec![("anual", Num(1.0))]))]))), "costs.anual: unknown field — did you mean annual?");
        let mut extra = calculator("case", Obj(vec![])).to_vec();
        extra.push(("customers", Num(1.0)));
        assert_eq!(seek(&extra), "customers: unknown field — the known ones are calculator, input, field, target.");
    }

    #[test]
    fn every_field_a_function_reads_is_known_to_it() {
        let every: Vec<(&'static str, J)> = BUSINESS_CASE
            .fields
            .iter()
            .map(|f| (f.key, Num(parse_number(f.default).unwrap() * f.unit.scale())))
            .chain(BUSINESS_CASE.switches.iter().map(|&(key, on)| (key, Bool(on))))
            .collect();
        let mut with_extras = every.clone();
        with_extras.extend([("preset", Null), ("seed", Num(1.0)), ("trials", Num(10.0)), ("costSpread", Num(0.1))]);
        let all = Loose::deserialize(nested(&every)).unwrap();
        assert_eq!(business_case(&all).unwrap(), business_case(&loose(&[])).unwrap(), "every path, at its default");
        assert!(simulation(&Loose::deserialize(nested(&with_extras)).unwrap()).is_ok());
        let mut for_checks = every.clone();
        for_checks.push(("saturation", Num(2.0)));
        assert!(checks(&Loose::deserialize(nested(&for_checks)).unwrap()).is_ok());
        let mut for_seek = every.clone();
        for_seek.extend([("calculator", Null), ("input", Str("costs.annual")), ("target", Obj(vec![("npv", Num(0.0))]))]);
        assert!(goal_seek(&Loose::deserialize(nested(&for_seek)).unwrap()).is_ok());
        let targets = [("npv", Num(0.0)), ("roi", Num(0.5)), ("benefitCost", Num(2.0)), ("benefitCostRatio", Num(2.0))];
        for one in targets {
            let calculator = [("calculator", Str("case")), ("input", nested(&every)), ("field", Str("costs.annual")), ("target", Obj(vec![one]))];
            assert!(goal_seek(&loose(&calculator)).is_ok());
        }
        // The four-level paths are read inside goalSeek's input too.
        let low = [
            ("calculator", Str("case")),
            ("input", nested(&[("levers.spend.spendUplift.low", Num(0.5))])),
            ("field", Str("costs.annual")),
            ("target", Obj(vec![("npv", Num(0.0))])),
        ];
        assert!(message(goal_seek(&loose(&low))).starts_with("levers.spend.spendUplift.low: Keep low ≤ likely ≤ high."));
    }
}
