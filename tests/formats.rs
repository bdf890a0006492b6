//! Property tests for what people and files hand the calculator: typed numbers in either
//! notation, scenario files, share links. Whatever comes in: no panic, no NaN, and what the
//! calculator writes it reads back unchanged. Failing cases found so far are in
//! `formats.proptest-regressions`, replayed first.

mod support;

use proptest::prelude::*;
use rox_calculator::finance::input::{parse_in, parse_number, Notation};
use rox_calculator::forms::json;
use rox_calculator::forms::scenario::{Head, Scenario};
use rox_calculator::forms::share::{decode, seal, Builder};
use support::Tally;

const CASES: u32 = 256;

fn notation() -> impl Strategy<Value = Notation> {
    prop_oneof![Just(Notation::Point), Just(Notation::Comma)]
}

/// A number as a person types it within the input bounds (amounts up to 10¹³, a sign, up to six
/// decimals), in its canonical form: what links and files carry and every notation reads.
fn canonical_number() -> impl Strategy<Value = String> {
    let typed = prop_oneof![
        // Any value in the range, rounded to 0–6 decimals as a person would write it.
        (-1e13f64..1e13, 0usize..=6).prop_map(|(v, decimals)| format!("{v:.decimals$}")),
        // Digit by digit: long mantissas, trailing zeros.
        ("-?(0|[1-9][0-9]{0,12})", "(\\.[0-9]{1,6})?").prop_map(|(int, frac)| int + &frac),
        // Small amounts and rates, and numbers with an exponent that keeps them in bounds.
        "-?0\\.0{0,6}[1-9][0-9]{0,5}",
        "-?[1-9](\\.[0-9]{1,6})?e(-?[0-9]|1[0-2]|-1[0-9])",
    ];
    typed.prop_map(|t| Notation::Point.canonical(&t).expect("a typed number"))
}

proptest! {
    #![proptest_config(support::config(CASES))]

    #[test]
    fn canonical_numbers_parse_exactly_as_the_standard_parser(text in canonical_number()) {
        let std: f64 = text.parse().unwrap();
        prop_assert_eq!(parse_number(&text).map(f64::to_bits), Ok(std.to_bits()), "{}", text);
        let comma = Notation::Comma.localize(&text);
        prop_assert_eq!(parse_in(&comma, Notation::Comma).map(f64::to_bits), Ok(std.to_bits()), "{}", comma);
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
    fn a_scenario_survives_its_share_link(customers in 0u32..1_000_000, k in 0u32..1000, n in notation()) {
        let mut s = Scenario::new(n);
        s.retention.set_by_key("customers", customers.to_string());
        s.facts_typed(false);
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

#[test]
fn typed_text_is_a_finite_number_or_a_named_problem() {
    let tally = Tally::default();
    proptest!(support::config(CASES), |(
        text in prop_oneof![
            ".{0,40}",
            "[-+]?[0-9 ,._\u{a0}]{0,20}([eE][-+]?[0-9]{1,5})?%?",
            "[-+]?[0-9]{1,15}([.,][0-9]{0,6})?([eE][-+]?[0-9]{1,3})? ?%?",
        ],
        n in notation(),
    )| {
        let result = parse_in(&text, n);
        tally.count(result.is_ok());
        if let Ok(v) = result {
            prop_assert!(v.is_finite());
        }
    });
    tally.assert_reached_ok("typed_text_is_a_finite_number_or_a_named_problem");
}

#[test]
fn any_scenario_file_opens_to_finite_results_or_is_refused() {
    let tally = Tally::default();
    proptest!(support::config(CASES), |(
        customers in "(-?[0-9]{1,14}(\\.[0-9]{1,3})?|\"[a-z<>]{0,5}\"|true|null)",
        rate in "(-?[0-9]{1,4}(\\.[0-9]{1,3})?|1e999)",
        k in "(-?[0-9]{1,5}(\\.[0-9]{1,2})?)",
        years in "[0-9]{1,3}",
        n in notation(),
    )| {
        let text = format!(r#"{{"format": "rox-calculator-scenario", "version": 1,
            "retention": {{"customers": {customers}, "retentionRate": {rate}, "years": {years}}},
            "payback": {{"returnPerDollar": {k}}}, "case": {{"years": {years}, "levers.spend.risk": {rate}}}}}"#);
        let result = Scenario::from_json(&text, n);
        tally.count(result.is_ok());
        if let Ok(opened) = result {
            let s = &opened.scenario;
            prop_assert!(s.retention.result().is_none_or(|r| r.clv_after.is_finite() && r.discounted_profit_uplift.is_finite()));
            prop_assert!(s.payback.result().is_none_or(|r| r.summary.npv.is_finite()));
            prop_assert!(s.case.result().is_none_or(|r| r.risk_adjusted.npv.is_finite()));
            let again = Scenario::from_json(&s.to_json(&Head::default()), n).unwrap();
            prop_assert!(again.scenario == *s);
        }
    });
    tally.assert_reached_ok("any_scenario_file_opens_to_finite_results_or_is_refused");
}
