//! Property tests: for any input within (and well beyond) the documented bounds, every model
//! returns finite numbers or a clear error naming a field — never a panic, NaN or Infinity.

use proptest::prelude::*;
use rox_calculator::finance::cashflow::summarize;
use rox_calculator::finance::clv::clv;
use rox_calculator::finance::input::parse_number;
use rox_calculator::finance::payback::{cx_payback, PaybackInput};
use rox_calculator::finance::retention::{retention_profit, RetentionInput};

/// Any f64 a person or a link could produce, weighted toward the interesting edges.
fn any_number() -> impl Strategy<Value = f64> {
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

fn all_finite(values: &[f64]) -> bool {
    values.iter().all(|v| v.is_finite())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn cashflow_summary_is_finite_or_an_error(
        d in any_number(),
        flows in prop::collection::vec((any_number(), any_number()), 0..60),
    ) {
        let (costs, benefits): (Vec<f64>, Vec<f64>) = flows.into_iter().unzip();
        if let Ok(s) = summarize(d, &costs, &benefits) {
            prop_assert!(all_finite(&[s.pv_costs, s.pv_benefits, s.npv]));
            prop_assert!(s.roi.is_none_or(f64::is_finite));
            prop_assert!(s.irr.is_none_or(f64::is_finite));
            prop_assert!(s.payback_months.is_none_or(|m| m.is_finite() && m >= 0.0));
        }
    }

    #[test]
    fn clv_is_finite_or_an_error(m in any_number(), r in any_number(), d in any_number(), g in any_number()) {
        match clv(m, r, d, g) {
            Ok(v) => prop_assert!(v.is_finite() && v >= 0.0),
            Err(e) => prop_assert!(!e.field.is_empty()),
        }
    }

    #[test]
    fn retention_profit_is_finite_or_an_error(
        customers in any_number(), revenue in any_number(), margin in any_number(),
        r in any_number(), u in any_number(), relative in any::<bool>(), d in any_number(),
        years in prop_oneof![0.0..60.0f64, (0u8..60).prop_map(f64::from)],
        new in any_number(), cac in any_number(), g in any_number(),
    ) {
        let input = RetentionInput {
            customers, revenue_per_customer: revenue, gross_margin: margin, retention_rate: r,
            retention_uplift: u, uplift_is_relative: relative, discount_rate: d, years,
            new_customers_per_year: new, acquisition_cost: cac, margin_growth: g,
        };
        if let Ok(res) = retention_profit(&input) {
            prop_assert!(all_finite(&[res.clv_before, res.clv_after, res.cumulative_profit_uplift, res.discounted_profit_uplift]));
            prop_assert!(res.clv_change.is_none_or(f64::is_finite));
            for y in &res.years {
                prop_assert!(all_finite(&[y.customers_before, y.customers_after, y.profit_before, y.profit_after]));
            }
        }
    }

    #[test]
    fn cx_payback_is_finite_or_an_error(
        upfront in any_number(), annual in any_number(), k in any_number(),
        years in prop_oneof![0.0..60.0f64, (0u8..60).prop_map(f64::from)],
        d in any_number(), ramp in any_number(),
    ) {
        let input = PaybackInput {
            upfront_investment: upfront, annual_cost: annual, return_per_dollar: k,
            years, discount_rate: d, ramp_up_months: ramp,
        };
        if let Ok(res) = cx_payback(&input) {
            prop_assert!(all_finite(&res.monthly_cumulative_net));
            prop_assert!(all_finite(&res.costs) && all_finite(&res.benefits));
            prop_assert!(all_finite(&[res.summary.npv, res.summary.pv_costs, res.summary.pv_benefits, res.total_benefit]));
            prop_assert!(res.break_even_return_per_dollar.is_none_or(f64::is_finite));
            prop_assert!(res.break_even_month.is_none_or(f64::is_finite));
        }
    }

    #[test]
    fn parse_number_agrees_with_the_standard_parser(text in "-?[0-9]{1,15}(\\.[0-9]{1,6})?([eE]-?[0-9]{1,2})?") {
        let ours = parse_number(&text).unwrap();
        let std: f64 = text.parse().unwrap();
        prop_assert!(ours == std || ((ours - std) / std).abs() < 1e-15, "{} → {} vs {}", text, ours, std);
    }

    #[test]
    fn parse_number_never_yields_nan_or_infinity(text in ".{0,40}") {
        if let Ok(v) = parse_number(&text) {
            prop_assert!(v.is_finite());
        }
    }
}
