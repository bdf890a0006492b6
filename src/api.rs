//! The JS API: plain objects in and out through serde-wasm-bindgen, camelCase fields, rates as
//! fractions (0.1 = 10%). Invalid input throws an Error whose message starts with the field name;
//! a field a function does not read is refused, with the nearest one it knows. What each
//! function reads, and how it is checked, is `api_input`.

use crate::api_input::{self, Loose, Message};
use crate::finance::{metrics, uncertainty};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

impl From<Message> for JsError {
    fn from(m: Message) -> Self {
        JsError::new(&m.0)
    }
}

/// Read a function's input, which must be a plain object (not an array); anything else is
/// reported against "input".
fn read(input: JsValue) -> Result<Loose, JsError> {
    let not_an_object = || JsError::new(api_input::NOT_AN_OBJECT);
    if !input.is_object() || js_sys::Array::is_array(&input) {
        return Err(not_an_object());
    }
    serde_wasm_bindgen::from_value(input).map_err(|_| not_an_object())
}

/// Whether every number in `value`, a result just converted for JS, is finite.
fn all_finite(value: &JsValue) -> bool {
    match value.as_f64() {
        Some(v) => v.is_finite(),
        None => !value.is_object() || js_sys::Object::values(value.unchecked_ref()).iter().all(|v| all_finite(&v)),
    }
}

/// The models return finite numbers, or `None` where a result does not exist; should one ever
/// slip through, the caller gets this error rather than a wrong Infinity or NaN.
fn not_finite() -> JsError {
    JsError::new("output: a result came out as a non-finite number; nothing is returned.")
}

/// Serialize a result; `None` becomes `null` so every documented field is present, and a
/// flattened struct (a map to serde) a plain object, not a JS `Map`.
fn output<T: Serialize>(value: Result<T, Message>) -> Result<JsValue, JsError> {
    let js = value?
        .serialize(&serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true).serialize_maps_as_objects(true))
        .map_err(|_| JsError::new("output: could not be converted"))?;
    if all_finite(&js) {
        Ok(js)
    } else {
        Err(not_finite())
    }
}

/// A result that is a single number.
fn number(value: Result<f64, Message>) -> Result<f64, JsError> {
    let v = value?;
    if v.is_finite() {
        Ok(v)
    } else {
        Err(not_finite())
    }
}

/// `cashflowSummary({discountRate, costs, benefits})` → `{pvCosts, pvBenefits, npv, roi, irr, paybackMonths}`.
#[wasm_bindgen(js_name = cashflowSummary)]
pub fn cashflow_summary(input: JsValue) -> Result<JsValue, JsError> {
    output(api_input::cashflow_summary(&read(input)?))
}

/// `clv({annualMargin, retentionRate, discountRate, marginGrowth?})` → number.
#[wasm_bindgen]
pub fn clv(input: JsValue) -> Result<f64, JsError> {
    number(api_input::clv(&read(input)?))
}

/// `retentionProfit({...})`: see README for every field.
#[wasm_bindgen(js_name = retentionProfit)]
pub fn retention_profit(input: JsValue) -> Result<JsValue, JsError> {
    output(api_input::retention_profit(&read(input)?))
}

/// `cxPayback({...})`: see README for every field.
#[wasm_bindgen(js_name = cxPayback)]
pub fn cx_payback(input: JsValue) -> Result<JsValue, JsError> {
    output(api_input::cx_payback(&read(input)?))
}

/// `businessCase({...})`: the full ROX business case; every field optional (README lists them).
#[wasm_bindgen(js_name = businessCase)]
pub fn business_case(input: JsValue) -> Result<JsValue, JsError> {
    output(api_input::business_case(&read(input)?))
}

/// `tornado({...})`: the business case's fields → `{ baseNpv, bars: [{ driver, lowValue,
/// highValue, npvLow, npvHigh }] }`, widest swing first.
#[wasm_bindgen]
pub fn tornado(input: JsValue) -> Result<JsValue, JsError> {
    let case = api_input::case_input(&read(input)?);
    output(case.and_then(|c| Ok(uncertainty::tornado(&c)?)))
}

/// `simulate({..., seed, trials, costSpread})`: the seeded Monte Carlo of the business case.
#[wasm_bindgen]
pub fn simulate(input: JsValue) -> Result<JsValue, JsError> {
    let sim = api_input::simulation(&read(input)?);
    output(sim.and_then(|s| Ok(uncertainty::simulate(s)?)))
}

/// `goalSeek({ calculator, input, field, target })` (`calculator` one of `retention`, `payback`,
/// `case`; `input` that calculator's input; `field` the field to solve for), or the business
/// case's own shape `goalSeek({...caseFields, input: field, target})` → `{ kind: "found", value }`
/// or `{ kind: "notReachable", from, to }`.
#[wasm_bindgen(js_name = goalSeek)]
pub fn goal_seek(input: JsValue) -> Result<JsValue, JsError> {
    output(api_input::goal_seek(&read(input)?))
}

/// `claims({...})`: the uplifts that reproduce Reichheld's +25% and +95% CLV, and the case's
/// return per unit spent.
#[wasm_bindgen]
pub fn claims(input: JsValue) -> Result<JsValue, JsError> {
    let case = api_input::case_input(&read(input)?);
    output(case.and_then(|c| Ok(crate::finance::goal::claims(&c)?)))
}

/// `checks({..., saturation})`: `{ guards, investment }` — the credibility guards the case sets
/// off and its place on the diminishing-returns curve (saturation default 2).
#[wasm_bindgen]
pub fn checks(input: JsValue) -> Result<JsValue, JsError> {
    output(api_input::checks(&read(input)?))
}

/// `assessment({ answers })`: the ROX self-assessment's stage, area scores, measurement
/// confidence and the risk adjustments and ramp-up it suggests for the business case.
#[wasm_bindgen]
pub fn assessment(input: JsValue) -> Result<JsValue, JsError> {
    output(api_input::assessment(&read(input)?))
}

/// `realisation({ case, start, period, actuals })` → the plan by period beside the actuals, each
/// lever's realisation to date, and the realised ROI and payback to date
/// (`finance::realisation`), with each period's first month (`periodStarts`).
#[wasm_bindgen]
pub fn realisation(input: JsValue) -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Out {
        #[serde(flatten)]
        realisation: crate::finance::realisation::Realisation,
        period_starts: Vec<String>,
    }
    let (input, start) = api_input::realisation(&read(input)?)?;
    let months = input.period.months();
    output(crate::finance::realisation::realise(&input).map_err(Message::from).map(|realisation| {
        let period_starts = realisation.periods.iter().map(|p| start.after(p.period * months)).collect();
        Out { realisation, period_starts }
    }))
}

/// `slides({...simulate's fields, language, currency, preparedFor, preparedBy, answers})` → a Promise of
/// the business case's deck as `.pptx` bytes (a `Uint8Array`), in that language and currency.
/// The deck is written by the slides module (`rox_slides.js`, beside this module), loaded on
/// the first call.
#[wasm_bindgen]
pub fn slides(input: JsValue) -> Result<js_sys::Promise, JsError> {
    use crate::format::{date, in_money, Numbers};
    let s = api_input::slides(&read(input)?)?;
    let locale = s.lang.locale("");
    let num = Numbers::new(&locale, s.currency.code());
    let t = in_money(crate::text::built_in(s.lang), &num, &locale);
    let today = date(&locale, js_sys::Date::now(), false);
    let deck = crate::slides::deck(&crate::slides::DeckInput {
        t,
        num: &num,
        lang: s.lang,
        simulation: s.simulation,
        prepared_for: &s.prepared_for,
        prepared_by: &s.prepared_by,
        date: &today,
        assessment: s.assessment,
    })
    .map_err(Message::from)?;
    let deck = deck.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|_| JsError::new("output: could not be converted"))?;
    Ok(crate::slides::make_slides(deck))
}

/// `churnRate({lost, start})` → fraction.
#[wasm_bindgen(js_name = churnRate)]
pub fn churn_rate(input: JsValue) -> Result<f64, JsError> {
    number(api_input::churn_rate(&read(input)?))
}

/// `retentionRate({start, end, new})` → fraction.
#[wasm_bindgen(js_name = retentionRate)]
pub fn retention_rate(input: JsValue) -> Result<f64, JsError> {
    number(api_input::retention_rate(&read(input)?))
}

/// `averageTransactionSize({revenue, sales})`.
#[wasm_bindgen(js_name = averageTransactionSize)]
pub fn average_transaction_size(input: JsValue) -> Result<f64, JsError> {
    number(api_input::average_transaction_size(&read(input)?))
}

/// `averageContractValue({contractValue, newCustomers})`.
#[wasm_bindgen(js_name = averageContractValue)]
pub fn average_contract_value(input: JsValue) -> Result<f64, JsError> {
    number(api_input::average_contract_value(&read(input)?))
}

/// `supportCostPerCustomer({supportCost, customers})`.
#[wasm_bindgen(js_name = supportCostPerCustomer)]
pub fn support_cost_per_customer(input: JsValue) -> Result<f64, JsError> {
    number(api_input::support_cost_per_customer(&read(input)?))
}

/// `nps({counts})`: counts of answers 0..=10 → NPS from −100 to 100.
#[wasm_bindgen]
pub fn nps(input: JsValue) -> Result<f64, JsError> {
    number(api_input::counts(&read(input)?, metrics::nps))
}

/// `csat({counts})`: counts of answers 1..=5 → % of 4–5 (0–100).
#[wasm_bindgen]
pub fn csat(input: JsValue) -> Result<f64, JsError> {
    number(api_input::counts(&read(input)?, metrics::csat))
}

/// `ces({counts})`: counts of answers 1..=7 → mean answer.
#[wasm_bindgen]
pub fn ces(input: JsValue) -> Result<f64, JsError> {
    number(api_input::counts(&read(input)?, metrics::ces))
}
