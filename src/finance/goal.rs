//! Goal seek and the claim checker: the value of one input at which the business case reaches a
//! target (NPV = 0, an ROI, a benefit/cost ratio), and what the famous claims mean in the user's
//! own case. Plain Rust, tested natively.
//!
//! Conventions:
//! - **Goal seek** brackets the target on the input's valid bounds (`bounds`) and bisects: the
//!   figure is taken to change monotonically with the input, as every input of these models
//!   does. When the target is not between the figure at the two bounds, the answer is "not
//!   reachable between low and high". Figures are the risk-adjusted likely case's; the
//!   benefit/cost ratio is PV benefits ÷ PV costs ("$ back per $1").
//! - A lever's likely value moves its low and high along when it passes them, so the range stays
//!   ordered.
//! - **Claim checker.** Reichheld & Sasser: a 5-point retention rise lifts profit per customer by
//!   25–95%. Here: the retention uplift (points, and as a share of today's retention) at which
//!   this company's CLV rises by 25% and by 95% (the CLV of `clv`: margin, retention, discount,
//!   margin growth). "$3 back for every $1": this case's benefit/cost ratio.

use super::business_case::{business_case, likely_keys, BusinessCaseInput, Lever, Range};
use super::clv::clv;
use super::error::{quotient, InputError, Problem};
use super::payback::{cx_payback, PaybackInput};
use super::retention::{retention_profit, RetentionInput};
use serde::Serialize;

/// Bisection steps: far past f64 precision on any bracket used here.
const STEPS: usize = 200;

/// What a goal seek aims at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Target {
    /// NPV reaches this value (0: break-even).
    Npv(f64),
    /// ROI reaches this fraction (1 = 100%).
    Roi(f64),
    /// PV benefits ÷ PV costs reaches this ratio (3 = "$3 per $1").
    BenefitCost(f64),
}

/// The answer of a goal seek.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum Seek {
    /// The input's value at which the target is met.
    Found { value: f64 },
    /// The target is not met anywhere between these bounds of the input.
    NotReachable { from: f64, to: f64 },
}

/// The `x` in [`lo`, `hi`] where `f(x)` crosses zero, by bisection; `NotReachable` when `f` has
/// the same sign at both ends. Where `f` has no value at an end (ROI with no costs at all; an
/// uplift that would take retention to 100%), that end moves to the edge of where it has one,
/// found by bisection too.
pub fn bisect(lo: f64, hi: f64, mut f: impl FnMut(f64) -> Option<f64>) -> Seek {
    let not = Seek::NotReachable { from: lo, to: hi };
    let (mut a, mut b) = (lo, hi);
    let (mut f_a, mut f_b) = (f(a), f(b));
    for low_end in [true, false] {
        let (bad, good, valid) = if low_end { (a, b, f_a.is_none() && f_b.is_some()) } else { (b, a, f_b.is_none() && f_a.is_some()) };
        if !valid {
            continue;
        }
        let (mut bad, mut good) = (bad, good);
        for _ in 0..STEPS {
            let mid = bad + (good - bad) / 2.0;
            if mid == bad || mid == good {
                break;
            }
            match f(mid) {
                Some(_) => good = mid,
                None => bad = mid,
            }
        }
        if low_end {
            (a, f_a) = (good, f(good));
        } else {
            (b, f_b) = (good, f(good));
        }
    }
    let (Some(mut f_lo), Some(f_hi)) = (f_a, f_b) else { return not };
    if f_lo == 0.0 {
        return Seek::Found { value: a };
    }
    if f_hi == 0.0 {
        return Seek::Found { value: b };
    }
    if f_lo.signum() == f_hi.signum() {
        return not;
    }
    for _ in 0..STEPS {
        let mid = a + (b - a) / 2.0;
        if mid <= a || mid >= b {
            break;
        }
        match f(mid) {
            Some(0.0) => return Seek::Found { value: mid },
            Some(v) if v.signum() == f_lo.signum() => {
                a = mid;
                f_lo = v;
            }
            Some(_) => b = mid,
            None => return not,
        }
    }
    Seek::Found { value: a + (b - a) / 2.0 }
}

/// The first of `candidates` (an input and a target, in the order a person would ask) whose
/// question goal seek can answer: `solve` finds a value for it. `None` when none can be
/// answered (or every question is in error), so a page can open on an empty choice rather than
/// on "not reachable".
pub fn first_reachable<K: Copy, E>(
    candidates: impl IntoIterator<Item = (K, Target)>,
    mut solve: impl FnMut(K, Target) -> Result<Seek, E>,
) -> Option<(K, Target)> {
    candidates.into_iter().find(|&(k, t)| matches!(solve(k, t), Ok(Seek::Found { .. })))
}

/// The business case's figure for `target`, minus the target: zero where it is met.
fn gap(inp: &BusinessCaseInput, target: Target) -> Option<f64> {
    let s = business_case(inp).ok()?.risk_adjusted;
    miss(&s, target)
}

/// A cash-flow summary's figure for `target`, minus the target: zero where it is met.
pub fn miss(s: &super::cashflow::CashflowSummary, target: Target) -> Option<f64> {
    match target {
        Target::Npv(v) => Some(s.npv - v),
        Target::Roi(v) => s.roi.map(|r| r - v),
        Target::BenefitCost(v) => quotient(s.pv_benefits, s.pv_costs).map(|r| r - v),
    }
}

/// Where a lever range's likely value lives, by its field path (`levers.spend.spendUplift.likely`).
fn range_mut<'a>(inp: &'a mut BusinessCaseInput, key: &str) -> Option<&'a mut Range> {
    let (lever, k) = Lever::ALL.into_iter().find_map(|l| Some((l, likely_keys(l).iter().position(|k| *k == key)?)))?;
    inp.levers.ranges_mut(lever).into_iter().nth(k)
}

/// The valid bounds of the input at `key` in `inp` (amounts and counts up to 10¹²); `None` for
/// an input goal seek does not solve for.
pub fn bounds(inp: &BusinessCaseInput, key: &str) -> Option<(f64, f64)> {
    const BIG: f64 = 1e12;
    let below_one = |x: f64| x * (1.0 - 1e-9);
    Some(match key {
        "customers" | "revenuePerCustomer" | "costs.oneOff" | "costs.annual" => (0.0, BIG),
        "grossMargin" | "discountRate" => (0.0, 1.0),
        "retentionRate" => (0.0, below_one(1.0 - inp.levers.retention_uplift.high)),
        "rampUpMonths" => (0.0, 120.0),
        "levers.retention.retentionUplift.likely" => (0.0, below_one(1.0 - inp.company.retention_rate)),
        "levers.referrals.npsUplift.likely" => (0.0, 1.0 - inp.levers.current_nps),
        _ => {
            range_mut(&mut inp.clone(), key)?;
            (0.0, 1.0)
        }
    })
}

/// `inp` with the input at `key` set to `v` (a lever's range kept ordered around it).
fn with(inp: &BusinessCaseInput, key: &str, v: f64) -> BusinessCaseInput {
    let mut out = *inp;
    match key {
        "customers" => out.company.customers = v,
        "revenuePerCustomer" => out.company.revenue_per_customer = v,
        "grossMargin" => out.company.gross_margin = v,
        "retentionRate" => out.company.retention_rate = v,
        "costs.oneOff" => out.costs.one_off = v,
        "costs.annual" => out.costs.annual = v,
        "discountRate" => out.discount_rate = v,
        "rampUpMonths" => out.ramp_up_months = v,
        _ => {
            if let Some(r) = range_mut(&mut out, key) {
                r.likely = v;
                r.low = r.low.min(v);
                r.high = r.high.max(v);
            }
        }
    }
    out
}

/// The value of the input at `key` at which the business case meets `target`, searched between
/// the input's valid bounds. An input the case does not have is an error naming it; so is a
/// case that does not compute as it stands.
pub fn seek_case(inp: &BusinessCaseInput, key: &'static str, target: Target) -> Result<Seek, InputError> {
    business_case(inp)?;
    let (lo, hi) = bounds(inp, key).ok_or(InputError::new(key, Problem::NotANumber))?;
    Ok(bisect(lo, hi, |v| gap(&with(inp, key, v), target)))
}

/// The inputs of the payback calculator goal seek solves for, with their valid bounds.
pub const PAYBACK_FIELDS: [(&str, f64, f64); 5] =
    [("upfrontInvestment", 0.0, 1e12), ("annualCost", 0.0, 1e12), ("returnPerDollar", 0.0, 1e3), ("discountRate", 0.0, 1.0), ("rampUpMonths", 0.0, 120.0)];

/// The payback calculator's input at `key`, one of `PAYBACK_FIELDS`.
pub fn payback_field<'a>(inp: &'a mut PaybackInput, key: &str) -> Option<&'a mut f64> {
    Some(match key {
        "upfrontInvestment" => &mut inp.upfront_investment,
        "annualCost" => &mut inp.annual_cost,
        "returnPerDollar" => &mut inp.return_per_dollar,
        "discountRate" => &mut inp.discount_rate,
        "rampUpMonths" => &mut inp.ramp_up_months,
        _ => return None,
    })
}

/// The retention calculator's input at `key`, one of `RETENTION_FIELDS`.
pub fn retention_field<'a>(inp: &'a mut RetentionInput, key: &str) -> Option<&'a mut f64> {
    Some(match key {
        "customers" => &mut inp.customers,
        "revenuePerCustomer" => &mut inp.revenue_per_customer,
        "grossMargin" => &mut inp.gross_margin,
        "retentionRate" => &mut inp.retention_rate,
        "retentionUplift" => &mut inp.retention_uplift,
        "discountRate" => &mut inp.discount_rate,
        "newCustomersPerYear" => &mut inp.new_customers_per_year,
        "acquisitionCost" => &mut inp.acquisition_cost,
        "marginGrowth" => &mut inp.margin_growth,
        _ => return None,
    })
}

/// The value of the payback calculator's input at `key` at which its NPV, ROI or PV benefits ÷
/// PV costs meets `target` (the same targets as the business case's, on the payback model's
/// cash flows); an input it does not solve for is an error naming it.
pub fn seek_payback(inp: &PaybackInput, key: &'static str, target: Target) -> Result<Seek, InputError> {
    cx_payback(inp)?;
    let &(_, lo, hi) = PAYBACK_FIELDS.iter().find(|f| f.0 == key).ok_or(InputError::new(key, Problem::NotANumber))?;
    Ok(bisect(lo, hi, |v| {
        let mut i = *inp;
        *payback_field(&mut i, key)? = v;
        miss(&cx_payback(&i).ok()?.summary, target)
    }))
}

/// The inputs of the retention calculator goal seek solves for (bounds: see `seek_retention`).
pub const RETENTION_FIELDS: [&str; 9] = [
    "customers",
    "revenuePerCustomer",
    "grossMargin",
    "retentionRate",
    "retentionUplift",
    "discountRate",
    "newCustomersPerYear",
    "acquisitionCost",
    "marginGrowth",
];

/// The value of the retention calculator's input at `key` at which its discounted profit
/// uplift (the retention model's NPV: it has no costs) reaches `Target::Npv`. ROI and benefit ÷
/// cost need costs the retention model does not have: an error naming the target.
pub fn seek_retention(inp: &RetentionInput, key: &'static str, target: Target) -> Result<Seek, InputError> {
    retention_profit(inp)?;
    let Target::Npv(t) = target else { return Err(InputError::new("target", Problem::NotANumber)) };
    let below_one = |x: f64| x * (1.0 - 1e-9);
    // Retention after the uplift stays below 100%.
    let (lo, hi) = match key {
        "customers" | "revenuePerCustomer" | "newCustomersPerYear" | "acquisitionCost" => (0.0, 1e12),
        "grossMargin" | "discountRate" | "marginGrowth" => (0.0, 1.0),
        "retentionRate" => (0.0, below_one(if inp.uplift_is_relative { 1.0 / (1.0 + inp.retention_uplift) } else { 1.0 - inp.retention_uplift })),
        "retentionUplift" => (0.0, below_one(if inp.uplift_is_relative { 1.0 / inp.retention_rate.max(1e-12) - 1.0 } else { 1.0 - inp.retention_rate })),
        _ => return Err(InputError::new(key, Problem::NotANumber)),
    };
    Ok(bisect(lo, hi, |v| {
        let mut i = *inp;
        *retention_field(&mut i, key)? = v;
        Some(retention_profit(&i).ok()?.discounted_profit_uplift - t)
    }))
}

/// The famous claims in this company's case.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Claims {
    /// Retention uplift in points (0.02 = 2 points) at which CLV rises 25% and 95%; `None`
    /// when even retention just below 100% does not get there.
    pub uplift_for_25: Option<f64>,
    pub uplift_for_95: Option<f64>,
    /// The same uplifts as a share of today's retention (0.025 = 2.5% more).
    pub relative_for_25: Option<f64>,
    pub relative_for_95: Option<f64>,
    /// PV benefits ÷ PV costs of the risk-adjusted likely case (the "$3 per $1" claim's figure);
    /// `None` without costs, or with costs so small the ratio is not a finite number.
    pub return_per_unit: Option<f64>,
}

/// The claim checker for `inp` (its company and its case).
pub fn claims(inp: &BusinessCaseInput) -> Result<Claims, InputError> {
    let s = business_case(inp)?.risk_adjusted;
    let c = &inp.company;
    let m = c.revenue_per_customer * c.gross_margin;
    let r0 = c.retention_rate;
    let base = clv(m, r0, inp.discount_rate, 0.0)?;
    let uplift_for = |rise: f64| -> Option<f64> {
        if base <= 0.0 {
            return None;
        }
        match bisect(0.0, (1.0 - r0) * (1.0 - 1e-9), |u| clv(m, r0 + u, inp.discount_rate, 0.0).ok().map(|v| v / base - 1.0 - rise)) {
            Seek::Found { value } => Some(value),
            Seek::NotReachable { .. } => None,
        }
    };
    let (u25, u95) = (uplift_for(0.25), uplift_for(0.95));
    let relative = |u: Option<f64>| u.filter(|_| r0 > 0.0).map(|u| u / r0);
    Ok(Claims {
        uplift_for_25: u25,
        uplift_for_95: u95,
        relative_for_25: relative(u25),
        relative_for_95: relative(u95),
        return_per_unit: quotient(s.pv_benefits, s.pv_costs),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finance::uncertainty::tests::case;

    fn found(s: Seek) -> f64 {
        match s {
            Seek::Found { value } => value,
            other => panic!("not found: {other:?}"),
        }
    }

    #[test]
    fn bisection_finds_a_crossing_or_says_where_it_looked() {
        assert!((found(bisect(0.0, 10.0, |x| Some(x * x - 2.0))) - 2f64.sqrt()).abs() < 1e-12);
        assert_eq!(bisect(0.0, 1.0, |x| Some(x + 1.0)), Seek::NotReachable { from: 0.0, to: 1.0 });
        assert_eq!(bisect(0.0, 1.0, |_| None), Seek::NotReachable { from: 0.0, to: 1.0 });
        assert_eq!(found(bisect(0.0, 1.0, Some)), 0.0);
        // No value at the low end (a ratio over nothing): the end moves inward.
        let v = found(bisect(0.0, 10.0, |x| (x > 0.0).then(|| 1.0 / x - 0.5)));
        assert!((v - 2.0).abs() < 1e-9, "{v}");
    }

    #[test]
    fn an_roi_target_is_found_from_zero_costs() {
        let mut inp = case();
        inp.costs.one_off = 0.0;
        let annual = found(seek_case(&inp, "costs.annual", Target::Roi(1.0)).unwrap());
        let s = business_case(&with(&inp, "costs.annual", annual)).unwrap().risk_adjusted;
        assert!((s.roi.unwrap() - 1.0).abs() < 1e-6, "{:?}", s.roi);
    }

    #[test]
    fn break_even_costs_make_npv_zero() {
        let inp = case();
        let annual = found(seek_case(&inp, "costs.annual", Target::Npv(0.0)).unwrap());
        let npv = business_case(&with(&inp, "costs.annual", annual)).unwrap().risk_adjusted.npv;
        assert!(npv.abs() < 1e-3, "{npv}");
        assert!(annual > inp.costs.annual, "the case has room: break-even costs are higher");
    }

    #[test]
    fn the_uplift_needed_for_three_to_one_gives_three_to_one() {
        let inp = case();
        let key = "levers.retention.retentionUplift.likely";
        let u = found(seek_case(&inp, key, Target::BenefitCost(3.0)).unwrap());
        let s = business_case(&with(&inp, key, u)).unwrap().risk_adjusted;
        assert!((s.pv_benefits / s.pv_costs - 3.0).abs() < 1e-9);
        let roi = found(seek_case(&inp, "customers", Target::Roi(1.0)).unwrap());
        let s = business_case(&with(&inp, "customers", roi)).unwrap().risk_adjusted;
        assert!((s.roi.unwrap() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn an_unreachable_target_names_the_bounds_searched() {
        let inp = case();
        // No discount rate between 0% and 100% makes this case worth 10¹⁵.
        assert_eq!(seek_case(&inp, "discountRate", Target::Npv(1e15)).unwrap(), Seek::NotReachable { from: 0.0, to: 1.0 });
        assert_eq!(seek_case(&inp, "nonsense", Target::Npv(0.0)).unwrap_err().field, "nonsense");
        let mut bad = inp;
        bad.years = 0.0;
        assert_eq!(seek_case(&bad, "customers", Target::Npv(0.0)).unwrap_err().field, "years");
    }

    #[test]
    fn goal_seek_opens_on_the_first_question_it_can_answer() {
        let key = "levers.retention.retentionUplift.likely";
        let asks = |inp: &BusinessCaseInput| {
            let order = [(key, Target::BenefitCost(3.0)), (key, Target::Roi(2.0)), (key, Target::Npv(0.0)), ("costs.annual", Target::Npv(0.0))];
            first_reachable(order, |k, t| seek_case(inp, k, t))
        };
        // The defaults: 3 per 1 is in reach of the retention uplift.
        assert_eq!(asks(&case()), Some((key, Target::BenefitCost(3.0))));
        // Costs this high: no retention uplift below 100% brings 3 per 1, ROI 200% or even break-even;
        // the annual costs at which NPV is 0 can still be found.
        let mut dear = case();
        dear.costs.annual = 5e9;
        for t in [Target::BenefitCost(3.0), Target::Roi(2.0), Target::Npv(0.0)] {
            assert!(matches!(seek_case(&dear, key, t).unwrap(), Seek::NotReachable { .. }), "{t:?}");
        }
        assert_eq!(asks(&dear), Some(("costs.annual", Target::Npv(0.0))));
        // Nothing answerable (every question an error): no question at all.
        assert_eq!(first_reachable([(key, Target::Npv(0.0))], |k, t| seek_case(&BusinessCaseInput { years: 0.0, ..case() }, k, t)), None);
    }

    #[test]
    fn reichheld_rises_are_reproduced_by_the_uplift_found() {
        let inp = case();
        let c = claims(&inp).unwrap();
        let (m, r0, d) = (inp.company.revenue_per_customer * inp.company.gross_margin, inp.company.retention_rate, inp.discount_rate);
        let base = clv(m, r0, d, 0.0).unwrap();
        for (u, rise) in [(c.uplift_for_25.unwrap(), 0.25), (c.uplift_for_95.unwrap(), 0.95)] {
            assert!((clv(m, r0 + u, d, 0.0).unwrap() / base - 1.0 - rise).abs() < 1e-9);
        }
        assert!(c.uplift_for_25 < c.uplift_for_95);
        assert!((c.relative_for_25.unwrap() - c.uplift_for_25.unwrap() / r0).abs() < 1e-15);
        let s = business_case(&inp).unwrap().risk_adjusted;
        assert_eq!(c.return_per_unit, Some(s.pv_benefits / s.pv_costs));
        // At 99% retention no uplift below 100% lifts CLV by 95%.
        let mut high = inp;
        high.company.retention_rate = 0.99;
        high.levers.retention_uplift = Range::new(0.0, 0.0, 0.0);
        assert_eq!(claims(&high).unwrap().uplift_for_95, None);
    }

    #[test]
    fn payback_and_retention_goal_seek_land_on_their_targets() {
        let p =
            PaybackInput { upfront_investment: 100_000.0, annual_cost: 50_000.0, return_per_dollar: 3.0, years: 3.0, discount_rate: 0.1, ramp_up_months: 6.0 };
        let Seek::Found { value } = seek_payback(&p, "returnPerDollar", Target::Npv(0.0)).unwrap() else { panic!("break-even exists") };
        let at = cx_payback(&PaybackInput { return_per_dollar: value, ..p }).unwrap();
        assert!(at.summary.npv.abs() < 0.5, "NPV {} at k = {value}", at.summary.npv);
        assert!((value - at.break_even_return_per_dollar.unwrap()).abs() < 1e-6, "the calculator's own break-even k");
        let Seek::Found { value } = seek_payback(&p, "returnPerDollar", Target::Roi(1.0)).unwrap() else { panic!("ROI 100% reachable") };
        assert!((cx_payback(&PaybackInput { return_per_dollar: value, ..p }).unwrap().summary.roi.unwrap() - 1.0).abs() < 1e-6);
        assert_eq!(seek_payback(&p, "years", Target::Npv(0.0)).unwrap_err().field, "years");

        let r = crate::finance::retention::tests::base();
        let goal = retention_profit(&r).unwrap().discounted_profit_uplift * 2.0;
        let Seek::Found { value } = seek_retention(&r, "retentionUplift", Target::Npv(goal)).unwrap() else { panic!("reachable") };
        let at = retention_profit(&RetentionInput { retention_uplift: value, ..r }).unwrap();
        assert!((at.discounted_profit_uplift - goal).abs() < 0.5);
        assert!(matches!(seek_retention(&r, "customers", Target::Npv(-1.0)).unwrap(), Seek::NotReachable { .. }), "never below 0");
        assert_eq!(seek_retention(&r, "retentionRate", Target::Roi(1.0)).unwrap_err().field, "target");
    }
}
