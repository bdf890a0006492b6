//! Property tests for what people and files hand the calculator: typed numbers in either
//! notation, scenario files, share links. Whatever comes in: no panic, no NaN, and what the
//! calculator writes it reads back unchanged.

use proptest::prelude::*;
use rox_calculator::finance::input::{parse_in, Notation};
use rox_calculator::forms::json;
use rox_calculator::forms::scenario::{Head, Scenario};
use rox_calculator::forms::share::{decode, seal, Builder};

fn notation() -> impl Strategy<Value = Notation> {
    prop_oneof![Just(Notation::Point), Just(Notation::Comma)]
}

proptest! {
    #[test]
    fn typed_text_is_a_finite_number_or_a_named_problem(text in ".{0,40}", n in notation()) {
        if let Ok(v) = parse_in(&text, n) {
            prop_assert!(v.is_finite());
        }
    }

    #[test]
    fn canonical_numbers_mean_the_same_in_every_notation(v in -1e12f64..1e12, decimals in 0usize..6) {
        // A number as a person types it in English, grouped or not.
        let typed = format!("{v:.decimals$}");
        let canonical = Notation::Point.canonical(&typed).expect("a typed number");
        let value = parse_in(&typed, Notation::Point).unwrap();
        for n in [Notation::Point, Notation::Comma] {
            prop_assert_eq!(parse_in(&n.localize(&canonical), n).unwrap(), value);
            prop_assert_eq!(n.canonical(&n.localize(&canonical)), Some(canonical.clone()));
        }
    }

    #[test]
    fn the_json_reader_never_panics(text in "[\\[\\]{}\",:0-9a-z.eE+\\-\\\\ \n]{0,200}") {
        let _ = json::parse(&text);
    }

    #[test]
    fn any_scenario_file_opens_to_finite_results_or_is_refused(
        customers in "(-?[0-9]{1,14}(\\.[0-9]{1,3})?|\"[a-z<>]{0,5}\"|true|null)",
        rate in "(-?[0-9]{1,4}(\\.[0-9]{1,3})?|1e999)",
        k in "(-?[0-9]{1,5}(\\.[0-9]{1,2})?)",
        years in "[0-9]{1,3}",
        n in notation(),
    ) {
        let text = format!(r#"{{"format": "rox-calculator-scenario", "version": 1,
            "retention": {{"customers": {customers}, "retentionRate": {rate}, "years": {years}}},
            "payback": {{"returnPerDollar": {k}}}, "case": {{"years": {years}, "levers.spend.risk": {rate}}}}}"#);
        if let Ok(opened) = Scenario::from_json(&text, n) {
            let s = &opened.scenario;
            prop_assert!(s.retention.result().is_none_or(|r| r.clv_after.is_finite() && r.discounted_profit_uplift.is_finite()));
            prop_assert!(s.payback.result().is_none_or(|r| r.summary.npv.is_finite()));
            prop_assert!(s.case.result().is_none_or(|r| r.risk_adjusted.npv.is_finite()));
            let again = Scenario::from_json(&s.to_json(&Head::default()), n).unwrap();
            prop_assert!(again.scenario == *s);
        }
    }

    #[test]
    fn a_scenario_survives_its_share_link(customers in 0u32..1_000_000, k in 0u32..1000, n in notation()) {
        let mut s = Scenario::new(n);
        s.retention.set_by_key("customers", customers.to_string());
        s.payback.set_by_key("returnPerDollar", n.localize(&format!("{}.{}", k / 100, k % 100)));
        let mut link = Builder::new();
        s.write_link(&mut link);
        let opened = Scenario::from_link(&decode(&link.finish()).unwrap(), n);
        prop_assert!(opened.skipped.is_empty());
        prop_assert!(opened.scenario == s);
        // Any text sealed as a link decodes or is refused, never panics.
        let _ = decode(&seal(&format!("v1&r=0:{customers}&zz={k}")));
    }
}
