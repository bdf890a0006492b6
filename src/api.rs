//! The JS API: plain objects in and out through serde-wasm-bindgen, camelCase fields, rates as
//! fractions (0.1 = 10%). Invalid input throws an Error whose message starts with the field name.

use crate::finance::clv::clv as clv_core;
use crate::finance::payback::{cx_payback, PaybackInput, DEFAULT_RETURN_PER_DOLLAR};
use crate::finance::retention::{retention_profit, RetentionInput};
use crate::finance::{cashflow, InputError, Problem};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn error(field: &str, problem: Problem) -> JsError {
    if problem == Problem::Empty {
        let mut s = String::from(field);
        s.push_str(": required — pass a number.");
        return JsError::new(&s);
    }
    JsError::new(&crate::text::api_error(field, problem))
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

/// Read field `key` of `input` as `T`; absent (undefined or null) gives `None`.
fn read<T: DeserializeOwned>(input: &JsValue, key: &'static str) -> Result<Option<T>, JsError> {
    let v = js_sys::Reflect::get(input, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    serde_wasm_bindgen::from_value(v).map(Some).map_err(|_| error(key, Problem::NotANumber))
}

fn required(input: &JsValue, key: &'static str) -> Result<f64, JsError> {
    read::<f64>(input, key)?.ok_or_else(|| error(key, Problem::Empty))
}

fn optional(input: &JsValue, key: &'static str, default: f64) -> Result<f64, JsError> {
    Ok(read::<f64>(input, key)?.unwrap_or(default))
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
    let costs: Vec<f64> = read(&input, "costs")?.ok_or_else(|| error("costs", Problem::Empty))?;
    let benefits: Vec<f64> = read(&input, "benefits")?.ok_or_else(|| error("benefits", Problem::Empty))?;
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
    let relative = match read::<bool>(&input, "upliftIsRelative") {
        Ok(v) => v.unwrap_or(false),
        Err(_) => return Err(JsError::new("upliftIsRelative: pass true or false.")),
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
