//! Property tests: for any input within (and well beyond) the documented bounds, every model
//! returns finite numbers or a clear error naming a field — never a panic, NaN or Infinity.
//!
//! Each model has two properties. Within the bounds it must succeed and every number must be
//! finite, including at the edges where a quotient overflows (subnormal costs beside large
//! benefits). Well beyond them it may refuse, so that property only checks what `Ok` returns,
//! and counts its `Ok` cases: a run in which every case was refused would have checked nothing.
//! Failing cases found so far are in `properties.proptest-regressions`, replayed first.

mod support;

use proptest::prelude::*;
use rox_calculator::finance::business_case::BusinessCaseResult;
use rox_calculator::finance::cashflow::{summarize, CashflowSummary};
use rox_calculator::finance::clv::clv;
use rox_calculator::finance::error::MAX_AMOUNT;
use rox_calculator::finance::input::parse_number;
use rox_calculator::finance::payback::{cx_payback, PaybackInput};
use rox_calculator::finance::retention::{retention_profit, RetentionInput};
use rox_calculator::finance::InputError;
use rox_calculator::forms::case::BUSINESS_CASE;
use support::Tally;

fn config() -> ProptestConfig {
    support::config(2_000)
}

/// Any f64 a person or a link could produce, weighted toward the interesting edges.
fn any_number() -> impl Strategy<Value = f64> + Clone {
    prop_oneof![
        4 => -10.0..1e13f64,
        2 => 0.0..1.0f64,
        1 => Just(0.0),
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(-f64::INFINITY),
        1 => Just(f64::MAX),
        1 => Just(1e300),
        1 => any::<f64>(),
    ]
}

/// Positive numbers below 1 spread over every exponent, and subnormals on their own: dividing
/// by one of these is where a finite ratio overflows.
fn tiny() -> impl Strategy<Value = f64> + Clone {
    prop_oneof![(1u64..(1 << 52)).prop_map(f64::from_bits), (1u64..0x3ff0_0000_0000_0000).prop_map(f64::from_bits),]
}

/// A money amount or count within the bounds (0 to 10¹²), edges included.
fn amount() -> impl Strategy<Value = f64> + Clone {
    prop_oneof![
        3 => 0.0..=MAX_AMOUNT,
        1 => 0.0..1.0f64,
        1 => Just(0.0),
        1 => Just(MAX_AMOUNT),
        2 => tiny(),
    ]
}

/// A fraction in 0..=1 (a discount rate, a margin, a risk).
fn rate() -> impl Strategy<Value = f64> + Clone {
    prop_oneof![3 => 0.0..=1.0f64, 1 => Just(0.0), 1 => Just(1.0), 1 => tiny()]
}

/// Mostly numbers within the bounds, sometimes anything at all.
fn mostly(valid: impl Strategy<Value = f64> + Clone) -> impl Strategy<Value = f64> + Clone {
    prop_oneof![4 => valid, 1 => any_number()]
}

/// Cost and benefit lists of one length, mostly short: a single tiny cost beside a large
/// benefit is the case that once gave ROI = Infinity.
fn flows(element: impl Strategy<Value = f64> + Clone) -> impl Strategy<Value = Vec<(f64, f64)>> {
    prop_oneof![1usize..=3, 1usize..=51].prop_flat_map(move |n| prop::collection::vec((element.clone(), element.clone()), n))
}

fn years(max: u8) -> impl Strategy<Value = f64> + Clone {
    (1u8..=max).prop_map(f64::from)
}

fn all_finite(values: &[f64]) -> bool {
    values.iter().all(|v| v.is_finite())
}

/// Every number of a summary finite, and ROI absent exactly when it is not a finite number.
fn summary_is_finite(s: &CashflowSummary) -> bool {
    let roi_exists = s.pv_costs > 0.0 && (s.npv / s.pv_costs).is_finite();
    all_finite(&[s.pv_costs, s.pv_benefits, s.npv])
        && s.roi.is_some() == roi_exists
        && s.roi.is_none_or(f64::is_finite)
        && s.irr.is_none_or(f64::is_finite)
        && s.payback_months.is_none_or(|m| m.is_finite() && m >= 0.0)
}

/// The business case form's values (model units) and switches at their defaults but for
/// `overrides` (field key, value in model units).
fn case_values(overrides: &[(&str, f64)]) -> (Vec<f64>, Vec<bool>) {
    let model = &BUSINESS_CASE;
    let values = model
        .fields
        .iter()
        .map(|f| match overrides.iter().find(|(k, _)| *k == f.key) {
            Some(&(_, v)) => v,
            None => parse_number(f.default).unwrap() * f.unit.scale(),
        })
        .collect();
    (values, model.switches.iter().map(|&(_, on)| on).collect())
}

/// The business case at the form's defaults but for `overrides`.
fn business_case_with(overrides: &[(&str, f64)]) -> Result<BusinessCaseResult, InputError> {
    let (values, switches) = case_values(overrides);
    (BUSINESS_CASE.run)(&values, &switches)
}

fn business_case_is_finite(r: &BusinessCaseResult) -> bool {
    r.years.iter().all(|y| {
        all_finite(&y.benefits_by_lever.to_array()) && all_finite(&[y.benefits, y.benefits_unadjusted, y.costs, y.costs_unadjusted, y.net, y.cumulative_net])
    }) && summary_is_finite(&r.risk_adjusted)
        && summary_is_finite(&r.unadjusted)
        && r.scenarios.iter().all(|s| summary_is_finite(&s.summary))
        && all_finite(&r.lever_pv.to_array())
        && all_finite(&r.benefit_mix.to_array())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn cashflow_summary_within_bounds_is_finite(d in rate(), flows in flows(amount())) {
        let (costs, benefits): (Vec<f64>, Vec<f64>) = flows.into_iter().unzip();
        let s = summarize(d, &costs, &benefits);
        prop_assert!(s.is_ok(), "{:?}", s);
        prop_assert!(summary_is_finite(&s.unwrap()), "{:?}", s);
    }

    #[test]
    fn clv_is_finite_or_an_error(m in any_number(), r in any_number(), d in any_number(), g in any_number()) {
        match clv(m, r, d, g) {
            Ok(v) => prop_assert!(v.is_finite() && v >= 0.0),
            Err(e) => prop_assert!(!e.field.is_empty()),
        }
    }

    #[test]
    fn retention_profit_within_bounds_is_finite(
        customers in amount(), revenue in amount(), margin in rate(),
        // Below 99%, so that no margin growth ≤ 0 makes lifetimes unbounded.
        r0 in prop_oneof![0.0..0.99f64, Just(0.0), tiny()], r1 in prop_oneof![0.0..0.99f64, tiny()],
        d in rate(), years in years(50), new in amount(), cac in amount(), g in -1.0..=0.0f64,
    ) {
        let (r0, r1) = (r0.min(r1), r0.max(r1));
        let input = RetentionInput {
            customers, revenue_per_customer: revenue, gross_margin: margin, retention_rate: r0,
            retention_uplift: r1 - r0, uplift_is_relative: false, discount_rate: d, years,
            new_customers_per_year: new, acquisition_cost: cac, margin_growth: g,
        };
        let res = retention_profit(&input);
        prop_assert!(res.is_ok(), "{:?}", res);
        let res = res.unwrap();
        prop_assert!(all_finite(&[res.clv_before, res.clv_after, res.cumulative_profit_uplift, res.discounted_profit_uplift]));
        prop_assert!(res.clv_change.is_none_or(f64::is_finite), "{:?}", res.clv_change);
        for y in &res.years {
            prop_assert!(all_finite(&[y.customers_before, y.customers_after, y.profit_before, y.profit_after]));
        }
    }

    #[test]
    fn cx_payback_within_bounds_is_finite(
        upfront in amount(), annual in amount(),
        k in prop_oneof![0.0..=1000.0f64, Just(0.0), Just(1000.0), tiny()],
        years in years(50), d in rate(), ramp in prop_oneof![0.0..=600.0f64, Just(0.0), tiny()],
    ) {
        prop_assume!(upfront + annual > 0.0, "nothing invested is refused by design");
        let input = PaybackInput {
            upfront_investment: upfront, annual_cost: annual, return_per_dollar: k,
            years, discount_rate: d, ramp_up_months: ramp,
        };
        let res = cx_payback(&input);
        prop_assert!(res.is_ok(), "{:?}", res);
        let res = res.unwrap();
        prop_assert!(all_finite(&res.monthly_cumulative_net));
        prop_assert!(all_finite(&res.costs) && all_finite(&res.benefits));
        prop_assert!(all_finite(&[res.annual_benefit, res.total_cost, res.total_benefit]));
        prop_assert!(summary_is_finite(&res.summary), "{:?}", res.summary);
        prop_assert!(res.break_even_return_per_dollar.is_none_or(f64::is_finite));
        prop_assert!(res.break_even_month.is_none_or(f64::is_finite));
    }

    #[test]
    fn business_case_within_bounds_is_finite(
        one_off in amount(), annual in amount(), cost_risk in rate(), customers in amount(),
        revenue in amount(), d in rate(), years in years(10),
    ) {
        let res = business_case_with(&[
            ("costs.oneOff", one_off), ("costs.annual", annual), ("costs.risk", cost_risk),
            ("customers", customers), ("revenuePerCustomer", revenue), ("discountRate", d),
            ("years", years),
        ]);
        prop_assert!(res.is_ok(), "{:?}", res.map(|_| ()));
        prop_assert!(business_case_is_finite(&res.unwrap()));
    }

    #[test]
    fn parse_number_agrees_with_the_standard_parser(text in "-?[0-9]{1,15}(\\.[0-9]{1,6})?([eE]-?[0-9]{1,2})?") {
        let ours = parse_number(&text).unwrap();
        let std: f64 = text.parse().unwrap();
        prop_assert!(ours == std || ((ours - std) / std).abs() < 1e-15, "{} → {} vs {}", text, ours, std);
    }
}

#[test]
fn cashflow_summary_is_finite_or_an_error() {
    let tally = Tally::default();
    proptest!(config(), |(d in mostly(rate()), flows in flows(mostly(amount())))| {
        let (costs, benefits): (Vec<f64>, Vec<f64>) = flows.into_iter().unzip();
        let result = summarize(d, &costs, &benefits);
        tally.count(result.is_ok());
        if let Ok(s) = result {
            prop_assert!(summary_is_finite(&s), "{:?}", s);
        }
    });
    tally.assert_reached_ok("cashflow_summary_is_finite_or_an_error");
}

#[test]
fn retention_profit_is_finite_or_an_error() {
    let tally = Tally::default();
    proptest!(config(), |(
        customers in mostly(amount()), revenue in mostly(amount()), margin in mostly(rate()),
        r in mostly(0.0..0.99f64), u in mostly(0.0..0.01f64), relative in any::<bool>(), d in mostly(rate()),
        years in prop_oneof![3 => years(50), 1 => 0.0..60.0f64, 1 => (0u8..60).prop_map(f64::from)],
        new in mostly(amount()), cac in mostly(amount()), g in mostly(-1.0..=0.0f64),
    )| {
        let input = RetentionInput {
            customers, revenue_per_customer: revenue, gross_margin: margin, retention_rate: r,
            retention_uplift: u, uplift_is_relative: relative, discount_rate: d, years,
            new_customers_per_year: new, acquisition_cost: cac, margin_growth: g,
        };
        let result = retention_profit(&input);
        tally.count(result.is_ok());
        if let Ok(res) = result {
            prop_assert!(all_finite(&[res.clv_before, res.clv_after, res.cumulative_profit_uplift, res.discounted_profit_uplift]));
            prop_assert!(res.clv_change.is_none_or(f64::is_finite));
            for y in &res.years {
                prop_assert!(all_finite(&[y.customers_before, y.customers_after, y.profit_before, y.profit_after]));
            }
        }
    });
    tally.assert_reached_ok("retention_profit_is_finite_or_an_error");
}

#[test]
fn cx_payback_is_finite_or_an_error() {
    let tally = Tally::default();
    proptest!(config(), |(
        upfront in mostly(amount()), annual in mostly(amount()), k in mostly(0.0..=1000.0f64),
        years in prop_oneof![3 => years(50), 1 => 0.0..60.0f64, 1 => (0u8..60).prop_map(f64::from)],
        d in mostly(rate()), ramp in mostly(0.0..=600.0f64),
    )| {
        let input = PaybackInput {
            upfront_investment: upfront, annual_cost: annual, return_per_dollar: k,
            years, discount_rate: d, ramp_up_months: ramp,
        };
        let result = cx_payback(&input);
        tally.count(result.is_ok());
        if let Ok(res) = result {
            prop_assert!(all_finite(&res.monthly_cumulative_net));
            prop_assert!(all_finite(&res.costs) && all_finite(&res.benefits));
            prop_assert!(all_finite(&[res.annual_benefit, res.total_cost, res.total_benefit]));
            prop_assert!(summary_is_finite(&res.summary), "{:?}", res.summary);
            prop_assert!(res.break_even_return_per_dollar.is_none_or(f64::is_finite));
            prop_assert!(res.break_even_month.is_none_or(f64::is_finite));
        }
    });
    tally.assert_reached_ok("cx_payback_is_finite_or_an_error");
}

#[test]
fn parse_number_never_yields_nan_or_infinity() {
    let tally = Tally::default();
    proptest!(config(), |(text in prop_oneof![
        ".{0,40}",
        "[-+]?[0-9 ,._]{0,20}([eE][-+]?[0-9]{1,5})?%?",
        "[-+]?[0-9]{1,15}([.,][0-9]{0,6})?([eE][-+]?[0-9]{1,3})? ?%?",
    ])| {
        let result = parse_number(&text);
        tally.count(result.is_ok());
        if let Ok(v) = result {
            prop_assert!(v.is_finite());
        }
    });
    tally.assert_reached_ok("parse_number_never_yields_nan_or_infinity");
}

/// The case the wide property above once found: a subnormal cost beside a large benefit.
#[test]
fn a_subnormal_cost_gives_no_roi() {
    let s = summarize(0.0, &[1.86e-309], &[1.67e11]).unwrap();
    assert!(summary_is_finite(&s), "{s:?}");
    assert_eq!(s.roi, None);
}

/// The business case that returned `roi: Infinity` through the JS API.
#[test]
fn a_subnormal_one_off_cost_gives_no_roi() {
    let r = business_case_with(&[("costs.oneOff", 1e-309), ("costs.annual", 0.0)]).unwrap();
    assert!(business_case_is_finite(&r));
    assert_eq!(r.risk_adjusted.roi, None);
    assert_eq!(r.unadjusted.roi, None);
}

/// The business case's model input at the form's defaults but for `overrides`.
fn case_input_with(overrides: &[(&str, f64)]) -> rox_calculator::finance::business_case::BusinessCaseInput {
    let (values, switches) = case_values(overrides);
    rox_calculator::forms::case::case_input(&values, &switches).unwrap()
}

/// The tornado, a short simulation, goal seek, the claims and the investment curve of any case
/// within the bounds: finite figures (or, for the curve, a clear error), never NaN or Infinity.
#[test]
fn uncertainty_and_decisions_are_finite_within_bounds() {
    use rox_calculator::finance::{checks, goal, uncertainty};
    proptest!(config(), |(
        one_off in amount(), annual in amount(), customers in amount(), revenue in amount(), d in rate(),
        years in years(10), seed in any::<u32>(), spread in 0.0..0.9f64,
    )| {
        let inp = case_input_with(&[
            ("costs.oneOff", one_off), ("costs.annual", annual), ("customers", customers),
            ("revenuePerCustomer", revenue), ("discountRate", d), ("years", years),
        ]);
        let t = uncertainty::tornado(&inp).unwrap();
        prop_assert!(t.base_npv.is_finite() && t.bars.iter().all(|b| all_finite(&[b.low_value, b.high_value, b.npv_low, b.npv_high])));
        let s = uncertainty::simulate(uncertainty::SimulationInput { case: inp, seed: seed.into(), trials: 50, cost_spread: spread }).unwrap();
        let spread_ok = |x: &uncertainty::Spread| all_finite(&[x.p10, x.p50, x.p90, x.mean, x.histogram.from, x.histogram.width]);
        prop_assert!(spread_ok(&s.npv) && s.roi.as_ref().is_none_or(spread_ok));
        let c = goal::claims(&inp).unwrap();
        prop_assert!([c.uplift_for_25, c.uplift_for_95, c.relative_for_25, c.relative_for_95, c.return_per_unit].iter().flatten().all(|v| v.is_finite()));
        match goal::seek_case(&inp, "costs.annual", goal::Target::Npv(0.0)).unwrap() {
            goal::Seek::Found { value } => prop_assert!(value.is_finite()),
            goal::Seek::NotReachable { from, to } => prop_assert!(from.is_finite() && to.is_finite()),
        }
        if let Ok(inv) = checks::investment(&inp, 2.0) {
            prop_assert!(all_finite(&[inv.spend, inv.benefits, inv.best_spend, inv.best_npv]));
            prop_assert!(inv.curve.iter().all(|&(x, y)| x.is_finite() && y.is_finite()));
        }
    });
}
