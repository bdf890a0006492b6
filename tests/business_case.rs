//! The business case: each lever's formula on a hand-worked case, TEI risk adjustment, scenario
//! ordering, and the edge cases (every lever off, bad input naming its field).

use rox_calculator::finance::business_case::*;
use rox_calculator::finance::retention::{retention_profit, RetentionInput};
use rox_calculator::finance::Problem;

fn only(lever: Lever) -> [bool; 8] {
    Lever::ALL.map(|l| l == lever)
}

/// 1 000 customers × $500 revenue at 40% margin, 80% retention; one year, no ramp, no discount,
/// no risk, no costs — so each lever's benefit is its bare formula.
fn base() -> BusinessCaseInput {
    BusinessCaseInput {
        company: Company { customers: 1_000.0, revenue_per_customer: 500.0, gross_margin: 0.4, retention_rate: 0.8 },
        levers: Levers {
            enabled: [true; 8],
            risk: [0.0; 8],
            retention_uplift: Range::new(0.02, 0.05, 0.08),
            average_transaction_size: 100.0,
            transactions_per_customer: 5.0,
            spend_uplift: Range::new(0.01, 0.02, 0.04),
            frequency_uplift: Range::new(0.0, 0.05, 0.1),
            addon_margin: 120.0,
            take_rate_uplift: Range::new(0.01, 0.03, 0.05),
            current_nps: 0.2,
            referrals_per_promoter: 0.2,
            referred_customer_value: 800.0,
            nps_uplift: Range::new(0.05, 0.1, 0.15),
            contacts_per_customer: 4.0,
            cost_per_contact: 6.0,
            contact_reduction: Range::new(0.05, 0.1, 0.2),
            price_premium: Range::new(0.0, 0.02, 0.05),
            visitors: 200_000.0,
            margin_per_conversion: 30.0,
            conversion_uplift: Range::new(0.001, 0.002, 0.004),
            employees: 50.0,
            staff_turnover: 0.3,
            replacement_cost: 20_000.0,
            turnover_reduction: Range::new(0.05, 0.1, 0.2),
        },
        costs: Costs { one_off: 0.0, annual: 0.0, risk: 0.0 },
        years: 1.0,
        ramp_up_months: 0.0,
        discount_rate: 0.0,
    }
}

fn year1(inp: &BusinessCaseInput, lever: Lever) -> f64 {
    let mut inp = *inp;
    inp.levers.enabled = only(lever);
    let res = business_case(&inp).unwrap();
    assert_eq!(res.years[1].benefits, res.years[1].benefits_by_lever.get(lever));
    res.years[1].benefits
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

#[test]
fn each_lever_formula_by_hand() {
    let inp = base();
    // Retention: 1 000 × $200 margin × (0.85 − 0.80) = $10 000 in year 1.
    assert!(close(year1(&inp, Lever::Retention), 10_000.0));
    // Spend: 1 000 × 5 purchases × $100 × (1.02 × 1.05 − 1 = 0.071) × 0.4 = $14 200.
    assert!(close(year1(&inp, Lever::Spend), 14_200.0));
    // Cross-sell: 1 000 × 3% × $120 = $3 600.
    assert!(close(year1(&inp, Lever::CrossSell), 3_600.0));
    // Referrals: 1 000 × 10 points × 0.2 referrals = 20 referred customers × $800 = $16 000.
    assert!(close(year1(&inp, Lever::Referrals), 16_000.0));
    // Cost to serve: 1 000 × 4 contacts × $6 × 10% = $2 400.
    assert!(close(year1(&inp, Lever::CostToServe), 2_400.0));
    // Price premium: 1 000 × $500 × 2% = $10 000.
    assert!(close(year1(&inp, Lever::PricePremium), 10_000.0));
    // Conversion: 200 000 visitors × 0.2 points × $30 = $12 000.
    assert!(close(year1(&inp, Lever::Conversion), 12_000.0));
    // Employees: 50 × 30% turnover × 10% fewer leavers × $20 000 = $30 000.
    assert!(close(year1(&inp, Lever::Employee), 30_000.0));
}

#[test]
fn retention_lever_is_the_retention_calculators_model() {
    let mut inp = base();
    inp.years = 5.0;
    inp.levers.enabled = only(Lever::Retention);
    let case = business_case(&inp).unwrap();
    let calc = retention_profit(&RetentionInput {
        customers: 1_000.0,
        revenue_per_customer: 500.0,
        gross_margin: 0.4,
        retention_rate: 0.8,
        retention_uplift: 0.05,
        uplift_is_relative: false,
        discount_rate: 0.0,
        years: 5.0,
        new_customers_per_year: 0.0,
        acquisition_cost: 0.0,
        margin_growth: 0.0,
    })
    .unwrap();
    for (row, y) in case.years[1..].iter().zip(&calc.years) {
        assert!(close(row.benefits, y.profit_after - y.profit_before));
    }
}

#[test]
fn risk_adjustment_reduces_benefits_and_raises_costs() {
    let mut inp = base();
    inp.levers.risk = [0.1, 0.2, 0.15, 0.2, 0.1, 0.2, 0.15, 0.2];
    inp.costs = Costs { one_off: 10_000.0, annual: 5_000.0, risk: 0.1 };
    let res = business_case(&inp).unwrap();
    let y = res.years[1];
    // Retention 10 000 × 0.9, spend 14 200 × 0.8.
    assert!(close(y.benefits_by_lever.retention, 9_000.0));
    assert!(close(y.benefits_by_lever.spend, 11_360.0));
    assert!(close(res.years[0].costs, 11_000.0));
    assert!(close(y.costs, 5_500.0));
    assert_eq!(res.years[0].costs_unadjusted, 10_000.0);
    assert!(res.risk_adjusted.npv < res.unadjusted.npv);
    assert!(close(res.unadjusted.pv_costs, 15_000.0));
}

#[test]
fn scenarios_are_ordered() {
    let mut inp = base();
    inp.years = 3.0;
    inp.discount_rate = 0.1;
    inp.ramp_up_months = 6.0;
    inp.costs = Costs { one_off: 50_000.0, annual: 30_000.0, risk: 0.1 };
    inp.levers.risk = [0.1; 8];
    let res = business_case(&inp).unwrap();
    let [c, l, o] = res.scenarios;
    assert_eq!((c.scenario, l.scenario, o.scenario), (Scenario::Conservative, Scenario::Likely, Scenario::Optimistic));
    assert!(c.summary.npv <= l.summary.npv && l.summary.npv <= o.summary.npv);
    assert!(c.summary.npv < l.summary.npv, "conservative carries extra risk");
    assert_eq!(l.summary, res.risk_adjusted);
}

#[test]
fn every_lever_off_means_zero_benefit() {
    let mut inp = base();
    inp.levers.enabled = [false; 8];
    inp.costs = Costs { one_off: 1_000.0, annual: 100.0, risk: 0.0 };
    inp.years = 3.0;
    let res = business_case(&inp).unwrap();
    assert!(res.years.iter().all(|y| y.benefits == 0.0 && y.benefits_unadjusted == 0.0));
    assert_eq!(res.risk_adjusted.pv_benefits, 0.0);
    assert_eq!(res.benefit_mix.to_array(), [0.0; 8]);
    assert_eq!(res.risk_adjusted.payback_months, None);
    assert!(close(res.risk_adjusted.roi.unwrap(), -1.0));
}

#[test]
fn benefit_mix_adds_up_to_one() {
    let mut inp = base();
    inp.years = 3.0;
    inp.discount_rate = 0.1;
    let res = business_case(&inp).unwrap();
    let sum: f64 = res.benefit_mix.to_array().iter().sum();
    assert!(close(sum, 1.0));
    let pv: f64 = res.lever_pv.to_array().iter().sum();
    assert!(close(pv, res.risk_adjusted.pv_benefits));
}

#[test]
fn bad_input_names_its_field() {
    let mut inp = base();
    inp.years = 11.0;
    let e = business_case(&inp).unwrap_err();
    assert_eq!((e.field, e.problem), ("years", Problem::CaseYearsRange));

    let mut inp = base();
    inp.levers.spend_uplift = Range::new(0.05, 0.02, 0.1);
    assert_eq!(business_case(&inp).unwrap_err().field, "levers.spend.spendUplift.low");

    let mut inp = base();
    inp.levers.retention_uplift = Range::new(0.05, 0.1, 0.2);
    let e = business_case(&inp).unwrap_err();
    assert_eq!((e.field, e.problem), ("levers.retention.retentionUplift.high", Problem::RateAtLeastOne));

    let mut inp = base();
    inp.levers.nps_uplift = Range::new(0.1, 0.5, 0.9);
    let e = business_case(&inp).unwrap_err();
    assert_eq!((e.field, e.problem), ("levers.referrals.npsUplift.high", Problem::TooLarge));

    let mut inp = base();
    inp.levers.risk[Lever::Employee as usize] = 1.5;
    assert_eq!(business_case(&inp).unwrap_err().field, "levers.employee.risk");

    let mut inp = base();
    inp.costs.annual = f64::NAN;
    assert_eq!(business_case(&inp).unwrap_err().field, "costs.annual");
}
