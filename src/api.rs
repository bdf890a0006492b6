//! The JS API: plain objects in and out through serde-wasm-bindgen, camelCase fields, rates as
//! fractions (0.1 = 10%). Invalid input throws an Error whose message starts with the field name.

use crate::finance::clv::clv as clv_core;
use crate::finance::input::parse_number;
use crate::finance::metrics;
use crate::forms::case::{Industry, BUSINESS_CASE};
use crate::forms::Model;
use crate::finance::payback::{cx_payback, PaybackInput, DEFAULT_RETURN_PER_DOLLAR};
use crate::finance::retention::{retention_profit, RetentionInput};
use crate::finance::{cashflow, InputError, Problem};
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn error(field: &str, problem: Problem) -> JsError {
    let mut s = String::from(field);
    s.push_str(": ");
    s.push_str(crate::text::problem_in_english(problem));
    JsError::new(&s)
}

impl From<InputError> for JsError {
    fn from(e: InputError) -> Self {
        error(e.field, e.problem)
    }
}

/// The input must be a plain object; anything else is reported against "input".
fn object(input: &JsValue) -> Result<(), JsError> {
    if input.is_object() && !js_sys::Array::is_array(input) {
        Ok(())
    } else {
        Err(JsError::new("input: pass an object with the documented fields."))
    }
}

/// Field `key` of `input`; absent (undefined or null) gives `None`.
///
/// Inputs are read with `as_f64`/`as_bool` rather than serde: serde's type-mismatch errors
/// would link float formatting into the wasm, and they do not name the field anyway.
fn get(input: &JsValue, key: &str) -> Option<JsValue> {
    let v = js_sys::Reflect::get(input, &JsValue::from_str(key)).ok()?;
    (!v.is_undefined() && !v.is_null()).then_some(v)
}

fn number(v: &JsValue, key: &'static str) -> Result<f64, JsError> {
    v.as_f64().filter(|x| x.is_finite()).ok_or_else(|| error(key, Problem::NotANumber))
}

fn required(input: &JsValue, key: &'static str) -> Result<f64, JsError> {
    number(&get(input, key).ok_or_else(|| error(key, Problem::Empty))?, key)
}

fn optional(input: &JsValue, key: &'static str, default: f64) -> Result<f64, JsError> {
    get(input, key).map_or(Ok(default), |v| number(&v, key))
}

fn numbers(input: &JsValue, key: &'static str) -> Result<Vec<f64>, JsError> {
    let v = get(input, key).ok_or_else(|| error(key, Problem::Empty))?;
    if !js_sys::Array::is_array(&v) {
        return Err(error(key, Problem::LengthMismatch));
    }
    let array = js_sys::Array::from(&v);
    // Bounded before reading, so a huge array cannot stall the page.
    if array.length() > 51 {
        return Err(error(key, Problem::LengthMismatch));
    }
    array.iter().map(|x| number(&x, key)).collect()
}

/// Serialize a result; `None` becomes `null` so every documented field is present.
fn output<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true))
        .map_err(|_| JsError::new("output: could not be converted"))
}

/// `cashflowSummary({discountRate, costs, benefits})` → `{pvCosts, pvBenefits, npv, roi, irr, paybackMonths}`.
#[wasm_bindgen(js_name = cashflowSummary)]
pub fn cashflow_summary(input: JsValue) -> Result<JsValue, JsError> {
    object(&input)?;
    let d = required(&input, "discountRate")?;
    let costs = numbers(&input, "costs")?;
    let benefits = numbers(&input, "benefits")?;
    output(&cashflow::summarize(d, &costs, &benefits)?)
}

/// `clv({annualMargin, retentionRate, discountRate, marginGrowth?})` → number.
#[wasm_bindgen]
pub fn clv(input: JsValue) -> Result<f64, JsError> {
    object(&input)?;
    Ok(clv_core(
        required(&input, "annualMargin")?,
        required(&input, "retentionRate")?,
        required(&input, "discountRate")?,
        optional(&input, "marginGrowth", 0.0)?,
    )?)
}

/// `retentionProfit({...})`: see README for every field.
#[wasm_bindgen(js_name = retentionProfit)]
pub fn retention_profit_js(input: JsValue) -> Result<JsValue, JsError> {
    object(&input)?;
    let relative = match get(&input, "upliftIsRelative") {
        None => false,
        Some(v) => v.as_bool().ok_or_else(|| JsError::new("upliftIsRelative: pass true or false."))?,
    };
    let inp = RetentionInput {
        customers: required(&input, "customers")?,
        revenue_per_customer: required(&input, "revenuePerCustomer")?,
        gross_margin: required(&input, "grossMargin")?,
        retention_rate: required(&input, "retentionRate")?,
        retention_uplift: required(&input, "retentionUplift")?,
        uplift_is_relative: relative,
        discount_rate: required(&input, "discountRate")?,
        years: required(&input, "years")?,
        new_customers_per_year: optional(&input, "newCustomersPerYear", 0.0)?,
        acquisition_cost: optional(&input, "acquisitionCost", 0.0)?,
        margin_growth: optional(&input, "marginGrowth", 0.0)?,
    };
    output(&retention_profit(&inp)?)
}

/// `cxPayback({...})`: see README for every field.
#[wasm_bindgen(js_name = cxPayback)]
pub fn cx_payback_js(input: JsValue) -> Result<JsValue, JsError> {
    object(&input)?;
    let inp = PaybackInput {
        upfront_investment: required(&input, "upfrontInvestment")?,
        annual_cost: required(&input, "annualCost")?,
        return_per_dollar: optional(&input, "returnPerDollar", DEFAULT_RETURN_PER_DOLLAR)?,
        years: required(&input, "years")?,
        discount_rate: required(&input, "discountRate")?,
        ramp_up_months: optional(&input, "rampUpMonths", 0.0)?,
    };
    output(&cx_payback(&inp)?)
}

/// Field `path` ("levers.spend.risk") of nested plain objects; absent gives `None`.
fn get_path(input: &JsValue, path: &str) -> Option<JsValue> {
    let mut current = input.clone();
    for part in path.split('.') {
        if !current.is_object() {
            return None;
        }
        current = js_sys::Reflect::get(&current, &JsValue::from_str(part)).ok()?;
        if current.is_undefined() || current.is_null() {
            return None;
        }
    }
    Some(current)
}

/// Run model `M` from a JS object whose fields are the model's field paths, in model units
/// (fractions for rates). Absent fields take the preset's value, else the form's default.
fn run_model<O>(model: &Model<O>, input: &JsValue, preset: &[(&str, &str)]) -> Result<O, JsError> {
    let mut values = Vec::with_capacity(model.fields.len());
    for spec in model.fields {
        values.push(match get_path(input, spec.key) {
            Some(v) => number(&v, spec.key)?,
            None => {
                let text = preset.iter().find(|(k, _)| *k == spec.key).map_or(spec.default, |(_, t)| *t);
                parse_number(text).unwrap_or(0.0) * spec.unit.scale()
            }
        });
    }
    let mut switches = Vec::with_capacity(model.switches.len());
    for &(key, default) in model.switches {
        switches.push(match get_path(input, key) {
            None => default,
            Some(v) => v.as_bool().ok_or_else(|| {
                let mut s = String::from(key);
                s.push_str(": pass true or false.");
                JsError::new(&s)
            })?,
        });
    }
    Ok((model.run)(&values, &switches)?)
}

/// `businessCase({...})`: the full ROX business case; every field optional (README lists them).
#[wasm_bindgen(js_name = businessCase)]
pub fn business_case_js(input: JsValue) -> Result<JsValue, JsError> {
    object(&input)?;
    let preset = match get_path(&input, "preset") {
        None => &[][..],
        Some(v) => {
            let key = v.as_string().unwrap_or_default();
            Industry::from_key(&key)
                .ok_or_else(|| JsError::new("preset: use saas, retail, telecom, banking, insurance, hospitality or b2b."))?
                .values()
        }
    };
    output(&run_model(&BUSINESS_CASE, &input, preset)?)
}

/// `churnRate({lost, start})` → fraction.
#[wasm_bindgen(js_name = churnRate)]
pub fn churn_rate(input: JsValue) -> Result<f64, JsError> {
    object(&input)?;
    Ok(metrics::churn_rate(required(&input, "lost")?, required(&input, "start")?)?)
}

/// `retentionRate({start, end, new})` → fraction.
#[wasm_bindgen(js_name = retentionRate)]
pub fn retention_rate(input: JsValue) -> Result<f64, JsError> {
    object(&input)?;
    Ok(metrics::retention_rate(required(&input, "start")?, required(&input, "end")?, required(&input, "new")?)?)
}

/// `averageTransactionSize({revenue, sales})`.
#[wasm_bindgen(js_name = averageTransactionSize)]
pub fn average_transaction_size(input: JsValue) -> Result<f64, JsError> {
    object(&input)?;
    Ok(metrics::average_transaction_size(required(&input, "revenue")?, required(&input, "sales")?)?)
}

/// `averageContractValue({contractValue, newCustomers})`.
#[wasm_bindgen(js_name = averageContractValue)]
pub fn average_contract_value(input: JsValue) -> Result<f64, JsError> {
    object(&input)?;
    Ok(metrics::average_contract_value(required(&input, "contractValue")?, required(&input, "newCustomers")?)?)
}

/// `supportCostPerCustomer({supportCost, customers})`.
#[wasm_bindgen(js_name = supportCostPerCustomer)]
pub fn support_cost_per_customer(input: JsValue) -> Result<f64, JsError> {
    object(&input)?;
    Ok(metrics::support_cost_per_customer(required(&input, "supportCost")?, required(&input, "customers")?)?)
}

/// `nps({counts})`: counts of answers 0..=10 → NPS from −100 to 100.
#[wasm_bindgen]
pub fn nps(input: JsValue) -> Result<f64, JsError> {
    object(&input)?;
    Ok(metrics::nps(&numbers(&input, "counts")?)?)
}

/// `csat({counts})`: counts of answers 1..=5 → % of 4–5 (0–100).
#[wasm_bindgen]
pub fn csat(input: JsValue) -> Result<f64, JsError> {
    object(&input)?;
    Ok(metrics::csat(&numbers(&input, "counts")?)?)
}

/// `ces({counts})`: counts of answers 1..=7 → mean answer.
#[wasm_bindgen]
pub fn ces(input: JsValue) -> Result<f64, JsError> {
    object(&input)?;
    Ok(metrics::ces(&numbers(&input, "counts")?)?)
}
