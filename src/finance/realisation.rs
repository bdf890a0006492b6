//! Value realisation: the business case's plan, period by period, against what was measured
//! after the purchase.
//!
//! Conventions (one each):
//! - **Periods.** Quarters (4 a year) or months (12) from the start date. Year `y` of the case
//!   (1..=n) is periods `(y−1)·k .. y·k`. A period's plan is its year's risk-adjusted figure ÷ k
//!   (each lever's benefit, the annual cost); the one-off cost (the case's year 0) is planned in
//!   the first period. So the plan by period sums to the case's yearly figures.
//! - **An actual** is per lever and period: the benefit in money, or the lever's driver (its
//!   first input, as the case takes it: retention uplift in points, NPS uplift, …), which the
//!   case's own formula turns into money — the case with that lever's likely value set to the
//!   measured one and no risk adjustment on it (a measured value carries no estimate's risk),
//!   that year's benefit of the lever ÷ k. Costs actually spent are per period.
//! - **Not measured is not zero.** A lever's period without an actual is left out of both its
//!   realised and its plan to date, so partial actuals compare like with like; a period without
//!   an actual cost counts its planned cost (costs are rarely unknown, and leaving them out
//!   would flatter the return).
//! - **To date** is every period up to the last with any actual. Realised ROI to date is
//!   (measured benefits − costs to date) ÷ costs to date; payback to date is the end of the
//!   first period whose cumulative measured net is ≥ 0, in months from the start.
//! - A lever that is off has no plan: actuals recorded for it are kept but not counted.
//! - **Lagging** is below 80% of plan to date; **leading** at or above 100%.
//! - **The forecast** to the horizon takes each period's actuals where measured and its plan
//!   where not.

use super::business_case::{business_case, BusinessCaseInput, ByLever, Lever};
use super::error::{InputError, Problem};
use serde::Serialize;

/// How long a period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    #[default]
    Quarter,
    Month,
}

impl Period {
    /// Periods in a year.
    pub fn per_year(self) -> u32 {
        match self {
            Period::Quarter => 4,
            Period::Month => 12,
        }
    }

    pub fn months(self) -> u32 {
        12 / self.per_year()
    }
}

/// What was measured for one lever in one period.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Actual {
    /// The benefit, in money.
    Money(f64),
    /// The lever's driver (its first input, in the case's units: 0.02 = 2 points).
    Driver(f64),
}

/// One period's actuals: a lever without an entry, or costs `None`, is not measured.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PeriodActuals {
    /// 0 = the first period after the start date.
    pub period: u32,
    pub levers: [Option<Actual>; 8],
    pub costs: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RealisationInput {
    pub case: BusinessCaseInput,
    pub period: Period,
    pub actuals: Vec<PeriodActuals>,
}

/// One period, plan beside actual (`None`: not measured).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PeriodRow {
    pub period: u32,
    pub plan_benefits: ByLever,
    pub plan_costs: f64,
    pub actual_benefits: [Option<f64>; 8],
    pub actual_costs: Option<f64>,
    /// The measured drivers, where a driver was recorded.
    pub drivers: [Option<f64>; 8],
    /// Cumulative net of the plan, and of the forecast (actuals where measured, plan where not).
    pub cumulative_plan: f64,
    pub cumulative_forecast: f64,
}

/// A lever's realisation to date.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LeverToDate {
    pub lever: Lever,
    pub realised: f64,
    pub plan: f64,
    /// realised ÷ plan; `None` when the plan to date is 0 (nothing measured, or nothing planned).
    pub share: Option<f64>,
    pub lagging: bool,
    pub leading: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Realisation {
    pub periods: Vec<PeriodRow>,
    /// The levers that are on, in `Lever::ALL` order.
    pub levers: Vec<LeverToDate>,
    pub realised: f64,
    pub plan: f64,
    pub share: Option<f64>,
    /// Periods up to the last with any actual (0: nothing measured yet).
    pub periods_to_date: u32,
    pub costs_to_date: f64,
    pub roi_to_date: Option<f64>,
    pub payback_months_to_date: Option<f64>,
}

/// Below this share of plan a lever lags.
pub const LAGGING: f64 = 0.8;

/// The realisation of `input`'s case (see the module's conventions).
pub fn realise(input: &RealisationInput) -> Result<Realisation, InputError> {
    let case = &input.case;
    let result = business_case(case)?;
    let k = input.period.per_year();
    let count = case.years.round() as u32 * k;
    for a in &input.actuals {
        if a.period >= count {
            return Err(InputError::new("actuals.period", Problem::TooLarge));
        }
        if a.costs.is_some_and(|c| !c.is_finite() || c < 0.0) {
            return Err(InputError::new("actuals.costs", Problem::Negative));
        }
        for v in a.levers {
            match v {
                Some(Actual::Money(m)) if !m.is_finite() => return Err(InputError::new("actuals.benefit", Problem::NotANumber)),
                Some(Actual::Driver(d)) if !d.is_finite() => return Err(InputError::new("actuals.driver", Problem::NotANumber)),
                _ => {}
            }
        }
    }
    let on: Vec<Lever> = Lever::ALL.into_iter().filter(|l| case.levers.enabled[l.index()]).collect();
    let year_of = |p: u32| (p / k + 1) as usize;
    let share = |v: f64| v / f64::from(k);
    let mut periods = Vec::with_capacity(count as usize);
    let (mut plan_net, mut forecast_net) = (0.0, 0.0);
    for p in 0..count {
        let year = &result.years[year_of(p)];
        let plan_benefits = ByLever::from_array(Lever::ALL.map(|l| share(year.benefits_by_lever.get(l))));
        let plan_costs = share(year.costs) + if p == 0 { result.years[0].costs } else { 0.0 };
        let measured = input.actuals.iter().filter(|a| a.period == p);
        let mut actual_benefits = [None; 8];
        let mut drivers = [None; 8];
        let mut actual_costs = None;
        for a in measured {
            // A lever that is off has no plan to compare with: what was recorded for it waits.
            for &l in &on {
                if let Some(v) = a.levers[l.index()] {
                    let money = match v {
                        Actual::Money(m) => m,
                        Actual::Driver(d) => {
                            drivers[l.index()] = Some(d);
                            share(driver_benefit(case, l, d, year_of(p))?)
                        }
                    };
                    actual_benefits[l.index()] = Some(actual_benefits[l.index()].unwrap_or(0.0) + money);
                }
            }
            if let Some(c) = a.costs {
                actual_costs = Some(actual_costs.unwrap_or(0.0) + c);
            }
        }
        let planned: f64 = on.iter().map(|&l| plan_benefits.get(l)).sum();
        plan_net += planned - plan_costs;
        let forecast: f64 = on.iter().map(|&l| actual_benefits[l.index()].unwrap_or(plan_benefits.get(l))).sum();
        forecast_net += forecast - actual_costs.unwrap_or(plan_costs);
        periods.push(PeriodRow {
            period: p,
            plan_benefits,
            plan_costs,
            actual_benefits,
            actual_costs,
            drivers,
            cumulative_plan: plan_net,
            cumulative_forecast: forecast_net,
        });
    }
    let to_date = periods.iter().rposition(|r| r.actual_costs.is_some() || r.actual_benefits.iter().any(Option::is_some)).map_or(0, |i| i as u32 + 1);
    let levers: Vec<LeverToDate> = on
        .iter()
        .map(|&l| {
            let measured = periods.iter().filter_map(|r| r.actual_benefits[l.index()].map(|a| (a, r.plan_benefits.get(l))));
            let (realised, plan) = measured.fold((0.0, 0.0), |(a, p), (x, y)| (a + x, p + y));
            let share = ratio(realised, plan);
            LeverToDate { lever: l, realised, plan, share, lagging: share.is_some_and(|s| s < LAGGING), leading: share.is_some_and(|s| s >= 1.0) }
        })
        .collect();
    let realised: f64 = levers.iter().map(|l| l.realised).sum();
    let plan: f64 = levers.iter().map(|l| l.plan).sum();
    let mut costs_to_date = 0.0;
    let mut net = 0.0;
    let mut payback = None;
    for r in &periods[..to_date as usize] {
        let cost = r.actual_costs.unwrap_or(r.plan_costs);
        costs_to_date += cost;
        net += r.actual_benefits.iter().flatten().sum::<f64>() - cost;
        if payback.is_none() && net >= 0.0 && r.period > 0 {
            payback = Some(f64::from((r.period + 1) * input.period.months()));
        }
    }
    Ok(Realisation {
        periods,
        levers,
        realised,
        plan,
        share: ratio(realised, plan),
        periods_to_date: to_date,
        costs_to_date,
        roi_to_date: ratio(realised - costs_to_date, costs_to_date),
        payback_months_to_date: payback,
    })
}

fn ratio(a: f64, b: f64) -> Option<f64> {
    let r = a / b;
    (b != 0.0 && r.is_finite()).then_some(r)
}

/// Whether the case can take `value` as lever `l`'s driver (a retention uplift that keeps
/// retention below 100%, an NPS uplift within the scale, …): the error names what is wrong.
pub fn check_driver(case: &BusinessCaseInput, l: Lever, value: f64) -> Result<(), InputError> {
    if !value.is_finite() {
        return Err(InputError::new("actuals.driver", Problem::NotANumber));
    }
    driver_benefit(case, l, value, 1).map(|_| ())
}

/// Lever `l`'s benefit in `year` with its driver at `value` and no risk adjustment on it.
fn driver_benefit(case: &BusinessCaseInput, l: Lever, value: f64, year: usize) -> Result<f64, InputError> {
    let mut at = *case;
    at.levers.risk[l.index()] = 0.0;
    let mut ranges = at.levers.ranges_mut(l);
    let r = &mut ranges[0];
    (r.low, r.likely, r.high) = (value.min(r.low), value, value.max(r.high));
    drop(ranges);
    Ok(business_case(&at)?.years[year].benefits_by_lever.get(l))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::case::{case_input, BUSINESS_CASE};
    use crate::forms::Form;

    fn default_case() -> BusinessCaseInput {
        let form = Form::new(&BUSINESS_CASE);
        case_input(&form.values().unwrap(), crate::forms::FormView::switch_states(&form)).unwrap()
    }

    fn plan_only(period: Period) -> Realisation {
        realise(&RealisationInput { case: default_case(), period, actuals: vec![] }).unwrap()
    }

    #[test]
    fn the_plan_by_period_sums_to_the_cases_years() {
        let case = default_case();
        let r = business_case(&case).unwrap();
        for period in [Period::Quarter, Period::Month] {
            let k = period.per_year() as usize;
            let p = plan_only(period);
            assert_eq!(p.periods.len(), r.years.len().saturating_sub(1) * k);
            for (y, year) in r.years.iter().enumerate().skip(1) {
                let rows = &p.periods[(y - 1) * k..y * k];
                for l in Lever::ALL {
                    let sum: f64 = rows.iter().map(|row| row.plan_benefits.get(l)).sum();
                    assert!((sum - year.benefits_by_lever.get(l)).abs() <= 1e-6 * year.benefits_by_lever.get(l).abs().max(1.0), "{l:?} year {y}");
                }
                let costs: f64 = rows.iter().map(|row| row.plan_costs).sum::<f64>() - if y == 1 { r.years[0].costs } else { 0.0 };
                assert!((costs - year.costs).abs() < 1e-6);
            }
            assert!((p.periods.last().unwrap().cumulative_plan - r.years.last().unwrap().cumulative_net).abs() < 1e-3);
            assert_eq!((p.periods_to_date, p.share, p.payback_months_to_date), (0, None, None), "nothing measured yet");
        }
    }

    #[test]
    fn actuals_equal_to_plan_give_100_percent_everywhere() {
        let plan = plan_only(Period::Quarter);
        let actuals = plan
            .periods
            .iter()
            .take(6)
            .map(|r| PeriodActuals { period: r.period, levers: Lever::ALL.map(|l| Some(Actual::Money(r.plan_benefits.get(l)))), costs: Some(r.plan_costs) })
            .collect();
        let case = default_case();
        let actuals: Vec<PeriodActuals> = actuals;
        let actuals = actuals.into_iter().map(|mut a| {
            for l in Lever::ALL {
                if !case.levers.enabled[l.index()] {
                    a.levers[l.index()] = None;
                }
            }
            a
        });
        let r = realise(&RealisationInput { case, period: Period::Quarter, actuals: actuals.collect() }).unwrap();
        assert_eq!(r.periods_to_date, 6);
        for l in &r.levers {
            if l.plan > 0.0 {
                assert!((l.share.unwrap() - 1.0).abs() < 1e-12, "{:?}", l.lever);
                assert!(l.leading && !l.lagging);
            }
        }
        assert!((r.share.unwrap() - 1.0).abs() < 1e-12);
        let last = &r.periods.last().unwrap();
        assert!((last.cumulative_forecast - last.cumulative_plan).abs() < 1e-6, "the forecast is the plan");
    }

    #[test]
    fn periods_not_measured_are_left_out_not_counted_as_zero() {
        let plan = plan_only(Period::Quarter);
        let case = default_case();
        // Retention measured in quarter 2 only, at half its plan; nothing else measured.
        let half = plan.periods[1].plan_benefits.get(Lever::Retention) / 2.0;
        let mut levers = [None; 8];
        levers[Lever::Retention.index()] = Some(Actual::Money(half));
        let r = realise(&RealisationInput { case, period: Period::Quarter, actuals: vec![PeriodActuals { period: 1, levers, costs: None }] }).unwrap();
        let retention = r.levers.iter().find(|l| l.lever == Lever::Retention).unwrap();
        assert!((retention.share.unwrap() - 0.5).abs() < 1e-12, "quarter 1's plan is not in the comparison");
        assert!(retention.lagging);
        assert!(r.levers.iter().filter(|l| l.lever != Lever::Retention).all(|l| l.share.is_none()), "not measured: no share");
        assert_eq!(r.periods_to_date, 2);
        assert!((r.costs_to_date - (plan.periods[0].plan_costs + plan.periods[1].plan_costs)).abs() < 1e-6, "unknown costs count as planned");
    }

    #[test]
    fn a_driver_becomes_money_through_the_cases_formula() {
        let case = default_case();
        let planned = case.levers.retention_uplift.likely;
        let mut levers = [None; 8];
        levers[Lever::Retention.index()] = Some(Actual::Driver(planned));
        let r = realise(&RealisationInput { case, period: Period::Quarter, actuals: vec![PeriodActuals { period: 4, levers, costs: None }] }).unwrap();
        let row = &r.periods[4];
        let unadjusted = row.plan_benefits.get(Lever::Retention) / (1.0 - case.levers.risk[Lever::Retention.index()]);
        assert!(
            (row.actual_benefits[Lever::Retention.index()].unwrap() - unadjusted).abs() < 1e-6 * unadjusted,
            "the plan's driver, measured: the plan before its risk adjustment"
        );
        assert_eq!(row.drivers[Lever::Retention.index()], Some(planned));
    }

    #[test]
    fn bad_actuals_name_their_field() {
        let case = default_case();
        let at = |a: PeriodActuals| realise(&RealisationInput { case, period: Period::Quarter, actuals: vec![a] }).unwrap_err().field;
        assert_eq!(at(PeriodActuals { period: 99, ..Default::default() }), "actuals.period");
        assert_eq!(at(PeriodActuals { period: 0, costs: Some(-1.0), ..Default::default() }), "actuals.costs");
    }
}
