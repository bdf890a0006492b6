//! Uncertainty on the business case: which inputs move NPV most (a tornado), and a seeded Monte
//! Carlo over the levers' low / likely / high values. Plain Rust, tested natively; every figure
//! is the risk-adjusted likely case's, the convention of the headline results.
//!
//! Conventions:
//! - **Tornado.** Each input swings between a low and a high value with every other input at its
//!   likely value: a lever between its low and high (a lever with two ranges, spend, swings
//!   both); customers, revenue per customer, gross margin, retention, costs (one-off and annual
//!   together), the discount rate and ramp-up by ±20%, kept inside their valid bounds. Bars are
//!   ranked by how far NPV moves between the two ends. Levers that are off do not swing.
//! - **Monte Carlo.** Each range of a lever that is on is PERT(low, likely, high) with shape 4,
//!   i.e. low + (high − low)·Beta(α, β), α = 1 + 4(likely − low)/(high − low),
//!   β = 1 + 4(high − likely)/(high − low), mean (low + 4·likely + high)/6; a range with
//!   low = high is that value. Costs are optionally × PERT(1 − s, 1, 1 + s). Inputs are drawn
//!   independently of each other. The generator is PCG-64 MCG (`rand_pcg::Pcg64Mcg`) seeded with
//!   `seed_from_u64(seed)`, so a seed and a trial count give the same figures everywhere.
//!   Percentiles are nearest-rank.

use super::business_case::{business_case, likely_figures, BusinessCaseInput, Lever, Range};
use super::error::{InputError, Problem, MAX_AMOUNT};
use rand::SeedableRng;
use rand_distr::{Distribution, Pert};
use rand_pcg::Pcg64Mcg;
use serde::{Deserialize, Serialize};

/// How far the company's facts, the costs, the discount rate and ramp-up swing in the tornado.
pub const SWING: f64 = 0.2;
/// Trials a simulation runs by default, and at most.
pub const DEFAULT_TRIALS: u32 = 10_000;
pub const MAX_TRIALS: u32 = 1_000_000;
/// Bars of a histogram.
pub const BINS: usize = 24;

/// An input the tornado swings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Driver {
    Lever(Lever),
    Customers,
    RevenuePerCustomer,
    GrossMargin,
    RetentionRate,
    Costs,
    DiscountRate,
    RampUpMonths,
}

impl Driver {
    /// The field path of the input (a lever's: `levers.<key>`; the costs': `costs`).
    pub fn key(self) -> &'static str {
        match self {
            Driver::Lever(l) => [
                "levers.retention",
                "levers.spend",
                "levers.crossSell",
                "levers.referrals",
                "levers.costToServe",
                "levers.pricePremium",
                "levers.conversion",
                "levers.employee",
            ][l.index()],
            Driver::Customers => "customers",
            Driver::RevenuePerCustomer => "revenuePerCustomer",
            Driver::GrossMargin => "grossMargin",
            Driver::RetentionRate => "retentionRate",
            Driver::Costs => "costs",
            Driver::DiscountRate => "discountRate",
            Driver::RampUpMonths => "rampUpMonths",
        }
    }
}

/// One bar of the tornado: the input's value at each end and NPV there.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Bar {
    pub driver: Driver,
    /// The input at the low and the high end (a lever's first range; the costs' annual cost).
    pub low_value: f64,
    pub high_value: f64,
    pub npv_low: f64,
    pub npv_high: f64,
}

impl Bar {
    /// How far NPV moves between the two ends.
    pub fn swing(&self) -> f64 {
        (self.npv_high - self.npv_low).abs()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Tornado {
    /// NPV with every input at its likely value.
    pub base_npv: f64,
    /// Widest swing first.
    pub bars: Vec<Bar>,
}

/// `inp` with `driver` at its low (`high == false`) or high end, and the input's value there
/// (the costs': the annual cost; both costs are in the input returned).
pub fn swung(inp: &BusinessCaseInput, driver: Driver, high: bool) -> (BusinessCaseInput, f64) {
    let mut out = *inp;
    let f = if high { 1.0 + SWING } else { 1.0 - SWING };
    let value = match driver {
        Driver::Lever(lever) => {
            let mut ranges = out.levers.ranges_mut(lever);
            for r in ranges.iter_mut() {
                r.likely = if high { r.high } else { r.low };
            }
            ranges[0].likely
        }
        Driver::Customers => {
            out.company.customers = (out.company.customers * f).min(MAX_AMOUNT);
            out.company.customers
        }
        Driver::RevenuePerCustomer => {
            out.company.revenue_per_customer = (out.company.revenue_per_customer * f).min(MAX_AMOUNT);
            out.company.revenue_per_customer
        }
        Driver::GrossMargin => {
            out.company.gross_margin = (out.company.gross_margin * f).min(1.0);
            out.company.gross_margin
        }
        Driver::RetentionRate => {
            // Retention plus the highest uplift stays below 100%.
            let ceiling = (1.0 - inp.levers.retention_uplift.high) * (1.0 - 1e-9);
            out.company.retention_rate = (out.company.retention_rate * f).min(ceiling);
            out.company.retention_rate
        }
        Driver::Costs => {
            out.costs.one_off = (out.costs.one_off * f).min(MAX_AMOUNT);
            out.costs.annual = (out.costs.annual * f).min(MAX_AMOUNT);
            out.costs.annual
        }
        Driver::DiscountRate => {
            out.discount_rate = (out.discount_rate * f).min(1.0);
            out.discount_rate
        }
        Driver::RampUpMonths => {
            out.ramp_up_months = (out.ramp_up_months * f).min(120.0);
            out.ramp_up_months
        }
    };
    (out, value)
}

/// The tornado of `inp` (see the module's conventions).
pub fn tornado(inp: &BusinessCaseInput) -> Result<Tornado, InputError> {
    let base_npv = business_case(inp)?.risk_adjusted.npv;
    let levers = Lever::ALL.into_iter().filter(|l| inp.levers.enabled[l.index()]).map(Driver::Lever);
    let facts =
        [Driver::Customers, Driver::RevenuePerCustomer, Driver::GrossMargin, Driver::RetentionRate, Driver::Costs, Driver::DiscountRate, Driver::RampUpMonths];
    let mut bars = Vec::new();
    for driver in levers.chain(facts) {
        let (low, low_value) = swung(inp, driver, false);
        let (high, high_value) = swung(inp, driver, true);
        // Both ends are valid inputs by construction; a model error at an end leaves the bar out.
        if let (Ok(a), Ok(b)) = (business_case(&low), business_case(&high)) {
            bars.push(Bar { driver, low_value, high_value, npv_low: a.risk_adjusted.npv, npv_high: b.risk_adjusted.npv });
        }
    }
    bars.sort_by(|a, b| b.swing().total_cmp(&a.swing()));
    Ok(Tornado { base_npv, bars })
}

/// What a simulation draws from: the case, its seed and trials, and the costs' ± uncertainty.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SimulationInput {
    pub case: BusinessCaseInput,
    pub seed: u64,
    pub trials: u32,
    /// Costs vary by ± this fraction (0 = fixed costs).
    pub cost_spread: f64,
}

/// A range's distribution: PERT, or its one value when low = high.
#[derive(Debug, Clone, Copy)]
enum Draw {
    Pert(Pert<f64>),
    Fixed(f64),
}

impl Draw {
    fn of(r: Range) -> Self {
        match Pert::new(r.low, r.high).with_mode(r.likely) {
            Ok(p) => Draw::Pert(p),
            Err(_) => Draw::Fixed(r.likely),
        }
    }

    fn sample(&self, rng: &mut Pcg64Mcg) -> f64 {
        match self {
            Draw::Pert(p) => p.sample(rng),
            Draw::Fixed(v) => *v,
        }
    }
}

/// A simulation that runs in steps (a worker runs it a chunk at a time, so a newer request can
/// replace it between chunks).
#[derive(Debug, Clone)]
pub struct Simulation {
    input: SimulationInput,
    horizon: usize,
    rng: Pcg64Mcg,
    /// (lever, which of its ranges, distribution) for every range of a lever that is on.
    draws: Vec<(Lever, usize, Draw)>,
    costs: Draw,
    npv: Vec<f64>,
    roi: Vec<f64>,
    paid_back: u32,
}

/// A histogram: `counts[i]` values in [`from + i·width`, `from + (i+1)·width`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Histogram {
    pub from: f64,
    pub width: f64,
    pub counts: Vec<u32>,
}

/// P10, P50 and P90, mean and histogram of one figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Spread {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
    pub mean: f64,
    pub histogram: Histogram,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SimulationSummary {
    pub seed: u64,
    pub trials: u32,
    pub npv: Spread,
    /// Over the trials that have costs to divide by.
    pub roi: Option<Spread>,
    /// Share of trials with NPV > 0.
    pub chance_npv_positive: f64,
    /// Share of trials that pay back within the horizon.
    pub chance_payback_within_horizon: f64,
}

impl Simulation {
    pub fn new(input: SimulationInput) -> Result<Self, InputError> {
        let horizon = input.case.validate()?;
        if input.trials == 0 {
            return Err(InputError::new("trials", Problem::NotPositive));
        }
        if input.trials > MAX_TRIALS {
            return Err(InputError::new("trials", Problem::TooLarge));
        }
        if !(0.0..=0.9).contains(&input.cost_spread) {
            return Err(InputError::new("costSpread", Problem::PercentRange));
        }
        let mut case = input.case;
        let mut draws = Vec::new();
        let on = input.case.levers.enabled;
        for lever in Lever::ALL.into_iter().filter(|l| on[l.index()]) {
            for (k, r) in case.levers.ranges_mut(lever).into_iter().enumerate() {
                draws.push((lever, k, Draw::of(*r)));
            }
        }
        let s = input.cost_spread;
        let costs = Draw::of(Range::new(1.0 - s, 1.0, 1.0 + s));
        let n = input.trials as usize;
        Ok(Self {
            input,
            horizon,
            rng: Pcg64Mcg::seed_from_u64(input.seed),
            draws,
            costs,
            npv: Vec::with_capacity(n),
            roi: Vec::with_capacity(n),
            paid_back: 0,
        })
    }

    /// Trials run so far.
    pub fn done(&self) -> u32 {
        self.npv.len() as u32
    }

    pub fn finished(&self) -> bool {
        self.done() >= self.input.trials
    }

    /// Run up to `count` more trials (never past the total).
    pub fn step(&mut self, count: u32) {
        let count = count.min(self.input.trials - self.done());
        for _ in 0..count {
            let mut case = self.input.case;
            for &(lever, k, draw) in &self.draws {
                let v = draw.sample(&mut self.rng);
                if let Some(r) = case.levers.range_mut(lever, k) {
                    r.likely = v;
                }
            }
            let f = self.costs.sample(&mut self.rng);
            case.costs.one_off *= f;
            case.costs.annual *= f;
            let (npv, roi, payback) = likely_figures(&case, self.horizon);
            self.npv.push(npv);
            if let Some(r) = roi {
                self.roi.push(r);
            }
            if payback.is_some() {
                self.paid_back += 1;
            }
        }
    }

    /// The figures of the trials run so far; `None` before the first.
    pub fn summary(&self) -> Option<SimulationSummary> {
        let n = self.npv.len();
        let npv = spread(&self.npv)?;
        let positive = self.npv.iter().filter(|&&v| v > 0.0).count();
        Some(SimulationSummary {
            seed: self.input.seed,
            trials: n as u32,
            npv,
            roi: spread(&self.roi),
            chance_npv_positive: positive as f64 / n as f64,
            chance_payback_within_horizon: self.paid_back as f64 / n as f64,
        })
    }
}

/// Run a whole simulation.
pub fn simulate(input: SimulationInput) -> Result<SimulationSummary, InputError> {
    let mut sim = Simulation::new(input)?;
    sim.step(input.trials);
    sim.summary().ok_or(InputError::new("trials", Problem::TooLarge))
}

/// Percentiles, mean and histogram of `values`; `None` for none.
fn spread(values: &[f64]) -> Option<Spread> {
    if values.is_empty() {
        return None;
    }
    let n = values.len();
    // Nearest rank: the smallest value with at least p·n values at or below it. Found by
    // selection rather than a full sort: a million trials sort in far longer than they select.
    let rank = |p: f64| ((p * n as f64).ceil() as usize).clamp(1, n) - 1;
    let (i10, i50, i90) = (rank(0.1), rank(0.5), rank(0.9));
    let mut order = values.to_vec();
    let (below, &mut p50, above) = order.select_nth_unstable_by(i50, f64::total_cmp);
    let p10 = if i10 < i50 { *below.select_nth_unstable_by(i10, f64::total_cmp).1 } else { p50 };
    let p90 = if i90 > i50 { *above.select_nth_unstable_by(i90 - i50 - 1, f64::total_cmp).1 } else { p50 };
    // Each term divided first, so figures near the largest f64 (an ROI over a vanishing cost)
    // never overflow to Infinity.
    let mean = values.iter().map(|v| v / n as f64).sum::<f64>();
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let bins = BINS as f64;
    let width = if hi > lo { hi / bins - lo / bins } else { 1.0 };
    let mut counts = vec![0u32; BINS];
    for &v in values {
        counts[((v / width - lo / width) as usize).min(BINS - 1)] += 1;
    }
    Some(Spread { p10, p50, p90, mean, histogram: Histogram { from: lo, width, counts } })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::finance::business_case::{Company, Costs, Levers};

    /// A mid-sized retailer with every lever's range set, two levers off.
    pub(crate) fn case() -> BusinessCaseInput {
        let r = |a, b, c| Range::new(a, b, c);
        BusinessCaseInput {
            company: Company { customers: 50_000.0, revenue_per_customer: 400.0, gross_margin: 0.35, retention_rate: 0.8 },
            levers: Levers {
                enabled: [true, true, true, true, true, false, true, false],
                risk: [0.1; 8],
                retention_uplift: r(0.01, 0.03, 0.05),
                average_transaction_size: 50.0,
                transactions_per_customer: 8.0,
                spend_uplift: r(0.01, 0.02, 0.04),
                frequency_uplift: r(0.0, 0.01, 0.03),
                addon_margin: 30.0,
                take_rate_uplift: r(0.01, 0.02, 0.03),
                current_nps: 0.2,
                referrals_per_promoter: 0.2,
                referred_customer_value: 150.0,
                nps_uplift: r(0.02, 0.05, 0.1),
                contacts_per_customer: 2.0,
                cost_per_contact: 5.0,
                contact_reduction: r(0.05, 0.1, 0.2),
                price_premium: r(0.0, 0.01, 0.02),
                visitors: 200_000.0,
                margin_per_conversion: 40.0,
                conversion_uplift: r(0.001, 0.002, 0.004),
                employees: 300.0,
                staff_turnover: 0.2,
                replacement_cost: 20_000.0,
                turnover_reduction: r(0.05, 0.1, 0.2),
            },
            costs: Costs { one_off: 400_000.0, annual: 150_000.0, risk: 0.1 },
            years: 3.0,
            ramp_up_months: 6.0,
            discount_rate: 0.1,
        }
    }

    #[test]
    fn the_tornado_swings_each_input_and_ranks_by_swing() {
        let inp = case();
        let t = tornado(&inp).unwrap();
        assert_eq!(t.base_npv, business_case(&inp).unwrap().risk_adjusted.npv);
        // Six levers on and seven facts.
        assert_eq!(t.bars.len(), 13);
        assert!(t.bars.windows(2).all(|w| w[0].swing() >= w[1].swing()), "widest first");
        assert!(!t.bars.iter().any(|b| matches!(b.driver, Driver::Lever(Lever::PricePremium | Lever::Employee))), "levers off do not swing");
        for b in &t.bars {
            assert!(b.npv_low.is_finite() && b.npv_high.is_finite());
            match b.driver {
                // More of a benefit raises NPV; more cost lowers it.
                Driver::Lever(_) | Driver::Customers | Driver::RevenuePerCustomer | Driver::GrossMargin => assert!(b.npv_high >= b.npv_low, "{b:?}"),
                Driver::Costs | Driver::RampUpMonths => assert!(b.npv_high <= b.npv_low, "{b:?}"),
                Driver::RetentionRate | Driver::DiscountRate => {}
            }
        }
        let spend = t.bars.iter().find(|b| b.driver == Driver::Lever(Lever::Spend)).unwrap();
        assert_eq!((spend.low_value, spend.high_value), (0.01, 0.04), "a lever's first range, low to high");
        let costs = t.bars.iter().find(|b| b.driver == Driver::Costs).unwrap();
        assert!((costs.low_value - 120_000.0).abs() < 1e-6 && (costs.high_value - 180_000.0).abs() < 1e-6);
        // Its ends swing the one-off cost with the annual one, as typed ± 20%.
        let ends = [swung(&inp, Driver::Costs, false).0.costs, swung(&inp, Driver::Costs, true).0.costs];
        assert!((ends[0].one_off - 320_000.0).abs() < 1e-6 && (ends[1].one_off - 480_000.0).abs() < 1e-6);
        assert_eq!((ends[0].annual, ends[1].annual), (costs.low_value, costs.high_value));
    }

    #[test]
    fn swings_stay_inside_the_valid_bounds() {
        let mut inp = case();
        inp.company.gross_margin = 0.95;
        inp.company.retention_rate = 0.94;
        let t = tornado(&inp).unwrap();
        let at = |d| t.bars.iter().find(|b| b.driver == d).unwrap();
        assert_eq!(at(Driver::GrossMargin).high_value, 1.0);
        assert!(at(Driver::RetentionRate).high_value + inp.levers.retention_uplift.high < 1.0);
        let mut huge = case();
        huge.company.customers = MAX_AMOUNT;
        huge.costs.annual = 9e11;
        let t = tornado(&huge).unwrap();
        assert_eq!(t.bars.len(), 13, "no bar lost at the largest amounts");
    }

    #[test]
    fn a_seed_reproduces_a_simulation_and_another_seed_does_not() {
        let input = SimulationInput { case: case(), seed: 42, trials: 2_000, cost_spread: 0.1 };
        let a = simulate(input).unwrap();
        assert_eq!(a, simulate(input).unwrap());
        let b = simulate(SimulationInput { seed: 43, ..input }).unwrap();
        assert_ne!(a.npv.mean, b.npv.mean);
        // Run in chunks, it is the same run.
        let mut sim = Simulation::new(input).unwrap();
        while !sim.finished() {
            sim.step(300);
        }
        assert_eq!(sim.summary().unwrap(), a);
    }

    #[test]
    fn the_simulation_lies_between_the_conservative_and_optimistic_ends() {
        let inp = case();
        let s = simulate(SimulationInput { case: inp, seed: 7, trials: 20_000, cost_spread: 0.0 }).unwrap();
        // Every lever at its low end, or at its high end, bounds every trial.
        let mut low = inp;
        let mut high = inp;
        for lever in Lever::ALL {
            for r in low.levers.ranges_mut(lever) {
                r.likely = r.low;
            }
            for r in high.levers.ranges_mut(lever) {
                r.likely = r.high;
            }
        }
        let (lo, hi) = (business_case(&low).unwrap().risk_adjusted.npv, business_case(&high).unwrap().risk_adjusted.npv);
        let h = &s.npv.histogram;
        assert!(h.from >= lo - 1e-6 && h.from + h.width * BINS as f64 <= hi + 1e-6, "{lo} ≤ {} … {} ≤ {hi}", h.from, h.from + h.width * BINS as f64);
        assert!(s.npv.p10 <= s.npv.p50 && s.npv.p50 <= s.npv.p90);
        assert_eq!(h.counts.iter().sum::<u32>(), 20_000);
        assert!((0.0..=1.0).contains(&s.chance_npv_positive));
        // PERT's mean is (low + 4·likely + high)/6, and NPV is close to linear in each range: the
        // simulated mean NPV is close to NPV with every range at its PERT mean.
        let mut mean_case = inp;
        for lever in Lever::ALL {
            for r in mean_case.levers.ranges_mut(lever) {
                r.likely = (r.low + 4.0 * r.likely + r.high) / 6.0;
            }
        }
        let at_means = business_case(&mean_case).unwrap().risk_adjusted.npv;
        assert!((s.npv.mean - at_means).abs() < 0.01 * at_means.abs(), "mean {} vs {at_means}", s.npv.mean);
    }

    #[test]
    fn with_every_range_fixed_every_percentile_is_the_deterministic_npv() {
        let mut inp = case();
        for lever in Lever::ALL {
            for r in inp.levers.ranges_mut(lever) {
                (r.low, r.high) = (r.likely, r.likely);
            }
        }
        let npv = business_case(&inp).unwrap().risk_adjusted.npv;
        let s = simulate(SimulationInput { case: inp, seed: 3, trials: 5_000, cost_spread: 0.0 }).unwrap();
        // The one-pass trial adds the same terms in the same order as the business case.
        assert_eq!((s.npv.p10, s.npv.p50, s.npv.p90), (npv, npv, npv));
        assert!((s.npv.mean - npv).abs() <= 1e-9 * npv.abs());
        assert_eq!(s.chance_npv_positive, if npv > 0.0 { 1.0 } else { 0.0 });
    }

    #[test]
    fn pert_sampling_has_the_documented_mean() {
        let d = Draw::of(Range::new(0.0, 0.1, 0.7));
        let mut rng = Pcg64Mcg::seed_from_u64(1);
        let n = 200_000;
        let samples: Vec<f64> = (0..n).map(|_| d.sample(&mut rng)).collect();
        let mean = samples.iter().sum::<f64>() / n as f64;
        assert!((mean - (0.0 + 4.0 * 0.1 + 0.7) / 6.0).abs() < 0.002, "{mean}");
        assert!(samples.iter().all(|v| (0.0..=0.7).contains(v)), "every sample within low and high");
        assert!(matches!(Draw::of(Range::new(0.2, 0.2, 0.2)), Draw::Fixed(v) if v == 0.2));
    }

    #[test]
    fn bad_simulation_requests_are_errors_naming_the_field() {
        let input = SimulationInput { case: case(), seed: 1, trials: 0, cost_spread: 0.0 };
        assert_eq!(Simulation::new(input).unwrap_err().problem, Problem::NotPositive);
        assert_eq!(Simulation::new(SimulationInput { trials: MAX_TRIALS + 1, ..input }).unwrap_err().field, "trials");
        assert_eq!(Simulation::new(SimulationInput { trials: 10, cost_spread: 1.5, ..input }).unwrap_err().field, "costSpread");
        let mut bad = case();
        bad.company.customers = f64::NAN;
        assert_eq!(Simulation::new(SimulationInput { case: bad, trials: 10, ..input }).unwrap_err().field, "customers");
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        let values: Vec<f64> = (1..=10).map(f64::from).collect();
        let s = spread(&values).unwrap();
        assert_eq!((s.p10, s.p50, s.p90, s.mean), (1.0, 5.0, 9.0, 5.5));
        assert_eq!(s.histogram.counts.iter().sum::<u32>(), 10);
        assert!(spread(&[]).is_none());
        let huge = spread(&[-f64::MAX, f64::MAX]).unwrap();
        assert!(huge.mean.is_finite() && huge.histogram.width.is_finite() && huge.histogram.counts.iter().sum::<u32>() == 2);
        let one = spread(&[3.0]).unwrap();
        assert_eq!((one.p10, one.p90, one.histogram.counts[0]), (3.0, 3.0, 1));
    }
}
