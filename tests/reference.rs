//! Published reference cases, reproduced through the crate's public API.

use rox_calculator::finance::cashflow::summarize;
use rox_calculator::finance::clv::{clv, margin_multiple};
use rox_calculator::finance::payback::{cx_payback, PaybackInput};
use rox_calculator::finance::retention::{retention_profit, RetentionInput};

/// The 12% spreadsheet: costs 30 000 then 25 000 for 5 years, benefits 0 then 60 000 for
/// 5 years → NPV ≈ 96 167, ROI ≈ 80%.
#[test]
fn tei_spreadsheet_at_twelve_percent() {
    let costs = [30_000.0, 25_000.0, 25_000.0, 25_000.0, 25_000.0, 25_000.0];
    let benefits = [0.0, 60_000.0, 60_000.0, 60_000.0, 60_000.0, 60_000.0];
    let s = summarize(0.12, &costs, &benefits).unwrap();
    assert_eq!(s.npv.round(), 96_167.0);
    assert!((s.roi.unwrap() - 0.80).abs() < 0.005, "{:?}", s.roi);
    // Net −30 000 then +35 000 a year: paid back 30/35 of the way through year 1.
    assert!((s.payback_months.unwrap() - 12.0 * 30.0 / 35.0).abs() < 1e-9);
    // IRR: NPV at the IRR is zero.
    let irr = s.irr.unwrap();
    let net: Vec<f64> = benefits.iter().zip(&costs).map(|(b, c)| b - c).collect();
    let at_irr: f64 = net.iter().enumerate().map(|(t, v)| v / (1.0 + irr).powi(t as i32)).sum();
    assert!(at_irr.abs() < 1e-6);
}

/// Gupta & Lehmann's table: margin multiple r/(1+d−r) at r = 90%, d = 12% is 4.09.
#[test]
fn gupta_lehmann_margin_multiple() {
    let m = margin_multiple(0.9, 0.12, 0.0).unwrap();
    assert_eq!((m * 100.0).round() / 100.0, 4.09);
    assert_eq!((clv(100.0, 0.9, 0.12, 0.0).unwrap()).round(), 409.0);
}

/// "$3 per $1" with no ramp-up: undiscounted benefits are exactly 3 × total cost.
#[test]
fn three_dollars_per_dollar_without_ramp_up() {
    for (upfront, annual, years) in [(100_000.0, 50_000.0, 3.0), (0.0, 10_000.0, 1.0), (1e6, 0.0, 10.0)] {
        let res = cx_payback(&PaybackInput {
            upfront_investment: upfront,
            annual_cost: annual,
            return_per_dollar: 3.0,
            years,
            discount_rate: 0.1,
            ramp_up_months: 0.0,
        })
        .unwrap();
        let total_cost = upfront + annual * years;
        assert!((res.total_benefit - 3.0 * total_cost).abs() < 1e-6 * total_cost);
        // And at k = break-even, NPV is zero.
        let k = res.break_even_return_per_dollar.unwrap();
        assert!(k > 0.0 && k < 3.0);
    }
}

/// Reichheld/Bain's claim is about profit per customer over a lifetime: a 5-point rise in
/// retention from 80% raises CLV by 27.5% at a 10% discount rate — inside their 25–95% range.
#[test]
fn five_points_of_retention_land_in_reichhelds_range() {
    let res = retention_profit(&RetentionInput {
        customers: 1.0,
        revenue_per_customer: 100.0,
        gross_margin: 1.0,
        retention_rate: 0.8,
        retention_uplift: 0.05,
        uplift_is_relative: false,
        discount_rate: 0.1,
        years: 5.0,
        new_customers_per_year: 0.0,
        acquisition_cost: 0.0,
        margin_growth: 0.0,
    })
    .unwrap();
    let change = res.clv_change.unwrap();
    assert!((change - 0.275).abs() < 1e-12);
    assert!((0.25..=0.95).contains(&change));
}
