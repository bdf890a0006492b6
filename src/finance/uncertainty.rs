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
//!   independently of each other, in the order of `Lever::ALL` and `Levers::ranges_mut`, then
//!   the costs, one uniform number each. A draw inverts the PERT's CDF through tables built
//!   from the exact CDF (see `Quantiles`), so its distribution is within `TABLE_ERROR` of the
//!   exact PERT's (Kolmogorov–Smirnov distance). The generator is xoshiro256++ (`rand_xoshiro::Xoshiro256PlusPlus`: 64-bit
//!   operations only, which WebAssembly runs natively, where PCG's 128-bit multiply is a call)
//!   seeded with `seed_from_u64(seed)`, its uniform numbers `rand`'s standard 53-bit ones, so a seed and a
//!   trial count give the same figures everywhere. Percentiles are nearest-rank.

use super::business_case::{business_case, BusinessCaseInput, Lever, Range, Trials};
use super::error::{InputError, Problem, MAX_AMOUNT};
use rand::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;
use serde::{Deserialize, Serialize};

/// How far the company's facts, the costs, the discount rate and ramp-up swing in the tornado.
pub const SWING: f64 = 0.2;
/// Trials a simulation runs by default, and at most.
pub const DEFAULT_TRIALS: u32 = 100_000;
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

/// Points of a PERT's CDF table and of its quantile table (see `Quantiles`).
pub const CDF_POINTS: usize = 512;
pub const QUANTILE_POINTS: usize = 2048;
const _: () = assert!(QUANTILE_POINTS.is_power_of_two());
/// How far a draw's distribution can be from the exact PERT's (Kolmogorov–Smirnov distance):
/// a native test measures it over the shapes a range can have.
pub const TABLE_ERROR: f64 = 3e-4;

/// PERT(low, likely, high) drawn by inverting its CDF. The exact CDF (the regularised
/// incomplete beta function, `statrs`) is tabulated at `CDF_POINTS` + 1 evenly spaced points
/// and read as linear between them; its inverse at `QUANTILE_POINTS` + 1 evenly spaced
/// probabilities makes the quantile table, and a draw reads that table linearly at a uniform
/// number: no branch, no search. Built once per simulation, because a draw then costs a
/// fraction of the two gamma variates of sampling the beta distribution directly.
#[derive(Debug, Clone)]
struct Quantiles {
    low: f64,
    high: f64,
    /// The quantile at j/QUANTILE_POINTS, as a share of high − low (f32: the table stays in
    /// the processor's cache; its rounding is far below `TABLE_ERROR`).
    table: Box<[f32; QUANTILE_POINTS + 1]>,
}

impl Quantiles {
    /// The table of `r`, or `None` when it has one value (low = high).
    fn of(r: Range) -> Option<Self> {
        let width = r.high - r.low;
        let (alpha, beta) = (1.0 + 4.0 * (r.likely - r.low) / width, 1.0 + 4.0 * (r.high - r.likely) / width);
        if !(width > 0.0 && alpha.is_finite() && beta.is_finite()) {
            return None;
        }
        let mut cdf = vec![0.0; CDF_POINTS + 1];
        for i in 1..CDF_POINTS {
            // Monotone even where the series meets its rounding error.
            cdf[i] = super::within(statrs::function::beta::beta_reg(alpha, beta, i as f64 / CDF_POINTS as f64), cdf[i - 1], 1.0);
        }
        cdf[CDF_POINTS] = 1.0;
        let mut table = Box::new([1.0f32; QUANTILE_POINTS + 1]);
        let mut i = 0;
        for (j, q) in table.iter_mut().enumerate().take(QUANTILE_POINTS) {
            let u = j as f64 / QUANTILE_POINTS as f64;
            // The cell where the CDF passes u (cdf[CDF_POINTS] = 1 > u ends the walk).
            while cdf[i + 1] <= u {
                i += 1;
            }
            let x = (i as f64 + (u - cdf[i]) / (cdf[i + 1] - cdf[i])) / CDF_POINTS as f64;
            *q = x as f32;
        }
        Some(Self { low: r.low, high: r.high, table })
    }

    /// The value at uniform number `bits`·2⁻⁵³ (53 random bits, `rand`'s standard uniform
    /// number in [0, 1)): its top bits pick the table's step, the others where in it.
    #[inline(always)]
    fn at(&self, bits: u64) -> f64 {
        const STEP_BITS: u32 = QUANTILE_POINTS.trailing_zeros();
        let j = (bits >> (53 - STEP_BITS)) as usize;
        let within = (bits & ((1 << (53 - STEP_BITS)) - 1)) as f64 * (1.0 / (1u64 << (53 - STEP_BITS)) as f64);
        let (a, b) = (self.table[j] as f64, self.table[j + 1] as f64);
        let v = self.low + (self.high - self.low) * (a + within * (b - a));
        // Not f64::min: a call to libm's fmin in a size-optimised build.
        if v > self.high {
            self.high
        } else {
            v
        }
    }

    #[inline(always)]
    fn sample(&self, rng: &mut Xoshiro256PlusPlus) -> f64 {
        self.at(rng.next_u64() >> 11)
    }
}

/// A simulation that runs in steps (a worker runs it a chunk at a time, so a newer request can
/// replace it between chunks).
#[derive(Debug, Clone)]
pub struct Simulation {
    input: SimulationInput,
    /// The case a trial changes: its ranges' likely values and its costs.
    case: BusinessCaseInput,
    trials: Trials,
    rng: Xoshiro256PlusPlus,
    /// (lever, which of its ranges, distribution) for every range of a lever that is on and
    /// has two values or more; a range of one value is that value in `case`.
    draws: Vec<(Lever, usize, Quantiles)>,
    /// The costs' factor, when they vary.
    costs: Option<Quantiles>,
    /// NPV, ROI and payback of every trial when nothing varies: the business case's own.
    constant: Option<(f64, Option<f64>, Option<f64>)>,
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

impl Spread {
    fn push(&self, out: &mut Vec<f64>) {
        let h = &self.histogram;
        out.extend([self.p10, self.p50, self.p90, self.mean, h.from, h.width, h.counts.len() as f64]);
        out.extend(h.counts.iter().map(|&c| f64::from(c)));
    }

    fn take(v: &mut std::slice::Iter<f64>) -> Option<Self> {
        let mut next = || v.next().copied();
        let (p10, p50, p90, mean, from, width, n) = (next()?, next()?, next()?, next()?, next()?, next()?, next()?);
        let counts = (0..n as usize).map(|_| next().map(|c| c as u32)).collect::<Option<Vec<u32>>>()?;
        Some(Spread { p10, p50, p90, mean, histogram: Histogram { from, width, counts } })
    }
}

impl SimulationSummary {
    /// The summary as a flat list of numbers: what the Monte Carlo worker posts to the page,
    /// which reads it back without a deserializer (whose error messages would link float
    /// formatting into the page). Seed, trials, the two chances, the NPV spread, then 1 and the
    /// ROI spread or 0; a spread is P10, P50, P90, mean, the histogram's start, width, count of
    /// bins and the bins.
    pub fn to_values(&self) -> Vec<f64> {
        let mut out = vec![self.seed as f64, f64::from(self.trials), self.chance_npv_positive, self.chance_payback_within_horizon];
        self.npv.push(&mut out);
        match &self.roi {
            Some(roi) => {
                out.push(1.0);
                roi.push(&mut out);
            }
            None => out.push(0.0),
        }
        out
    }

    /// A summary from `to_values`; `None` for a list that is not one.
    pub fn from_values(values: &[f64]) -> Option<Self> {
        let mut v = values.iter();
        let mut next = || v.next().copied();
        let (seed, trials, chance_npv_positive, chance_payback_within_horizon) = (next()?, next()?, next()?, next()?);
        let npv = Spread::take(&mut v)?;
        let roi = match v.next()? {
            1.0 => Some(Spread::take(&mut v)?),
            _ => None,
        };
        v.next().is_none().then_some(Self { seed: seed as u64, trials: trials as u32, npv, roi, chance_npv_positive, chance_payback_within_horizon })
    }
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
        let on = case.levers.enabled;
        for lever in Lever::ALL.into_iter().filter(|l| on[l.index()]) {
            for (k, r) in case.levers.ranges_mut(lever).into_iter().enumerate() {
                if let Some(q) = Quantiles::of(*r) {
                    draws.push((lever, k, q));
                }
            }
        }
        let s = input.cost_spread;
        let costs = Quantiles::of(Range::new(1.0 - s, 1.0, 1.0 + s));
        let constant = if draws.is_empty() && costs.is_none() {
            let r = business_case(&input.case)?.risk_adjusted;
            Some((r.npv, r.roi, r.payback_months))
        } else {
            None
        };
        let n = input.trials as usize;
        Ok(Self {
            input,
            case: input.case,
            trials: Trials::new(&input.case, horizon),
            rng: Xoshiro256PlusPlus::seed_from_u64(input.seed),
            draws,
            costs,
            constant,
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
        let (one_off, annual) = (self.input.case.costs.one_off, self.input.case.costs.annual);
        for _ in 0..count {
            let (npv, roi, payback) = match self.constant {
                Some(figures) => figures,
                None => {
                    let case = &mut self.case;
                    for (lever, k, q) in &self.draws {
                        let v = q.sample(&mut self.rng);
                        if let Some(r) = case.levers.range_mut(*lever, *k) {
                            r.likely = v;
                        }
                    }
                    if let Some(q) = &self.costs {
                        let f = q.sample(&mut self.rng);
                        case.costs.one_off = one_off * f;
                        case.costs.annual = annual * f;
                    }
                    self.trials.figures(case)
                }
            };
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
    // Selected as integers in `f64::total_cmp`'s order (its own bit trick, which is its own
    // inverse): integer comparisons the selection inlines, where a size-optimised build calls
    // the float comparison for every pair.
    let key = |v: f64| {
        let bits = v.to_bits() as i64;
        bits ^ (((bits >> 63) as u64) >> 1) as i64
    };
    let value = |k: i64| f64::from_bits(key(f64::from_bits(k as u64)).cast_unsigned());
    let mut order: Vec<i64> = values.iter().map(|&v| key(v)).collect();
    let (below, &mut p50, above) = order.select_nth_unstable(i50);
    let p10 = if i10 < i50 { *below.select_nth_unstable(i10).1 } else { p50 };
    let p90 = if i90 > i50 { *above.select_nth_unstable(i90 - i50 - 1).1 } else { p50 };
    // The smallest and the largest value are among the tenth below P10 and the tenth above P90.
    let lo = order[..i10].iter().copied().min().unwrap_or(p10).min(p10);
    let hi = order[i90..].iter().copied().max().unwrap_or(p90).max(p90);
    let (p10, p50, p90, lo, hi) = (value(p10), value(p50), value(p90), value(lo), value(hi));
    // Summed, then divided; where the sum overflows (figures near the largest f64, an ROI over a
    // vanishing cost), each term divided first, so the mean is never Infinity.
    let total = values.iter().sum::<f64>();
    let mean = if total.is_finite() { total / n as f64 } else { values.iter().map(|v| v / n as f64).sum::<f64>() };
    let bins = BINS as f64;
    let width = if hi > lo { hi / bins - lo / bins } else { 1.0 };
    let (scale, offset) = (1.0 / width, lo / width);
    let mut counts = vec![0u32; BINS];
    for &v in values {
        counts[((v * scale - offset) as usize).min(BINS - 1)] += 1;
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
        assert_eq!(SimulationSummary::from_values(&a.to_values()), Some(a.clone()), "as the worker posts it");
        assert_eq!(SimulationSummary::from_values(&a.to_values()[1..]), None);
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
        let d = Quantiles::of(Range::new(0.0, 0.1, 0.7)).unwrap();
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(1);
        let n = 200_000;
        let samples: Vec<f64> = (0..n).map(|_| d.sample(&mut rng)).collect();
        let mean = samples.iter().sum::<f64>() / n as f64;
        assert!((mean - (0.0 + 4.0 * 0.1 + 0.7) / 6.0).abs() < 0.002, "{mean}");
        assert!(samples.iter().all(|v| (0.0..=0.7).contains(v)), "every sample within low and high");
        assert!(Quantiles::of(Range::new(0.2, 0.2, 0.2)).is_none(), "one value: nothing to draw");
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

    /// PERT(0, likely, 1) for every shape a range can have: α from 1 (likely = low) to 5
    /// (likely = high), β = 6 − α.
    fn shapes() -> Vec<Range> {
        [1.0, 1.01, 1.1, 1.5, 2.0, 3.0, 4.0, 4.5, 4.9, 4.99, 5.0].iter().map(|a| Range::new(0.0, (a - 1.0) / 4.0, 1.0)).collect()
    }

    /// The exact CDF of PERT `r` at `x`.
    fn pert_cdf(r: Range, x: f64) -> f64 {
        let width = r.high - r.low;
        let alpha = 1.0 + 4.0 * (r.likely - r.low) / width;
        statrs::function::beta::beta_reg(alpha, 6.0 - alpha, crate::finance::within((x - r.low) / width, 0.0, 1.0))
    }

    #[test]
    fn the_tables_draw_within_table_error_of_the_exact_pert() {
        // The CDF of a draw is linear between a table's two neighbouring values: it is compared
        // with the exact CDF at nine points of every step of every shape's table.
        for r in shapes() {
            let q = Quantiles::of(r).unwrap();
            let mut gap: f64 = 0.0;
            for j in 0..QUANTILE_POINTS {
                let (a, b) = (q.table[j] as f64, q.table[j + 1] as f64);
                for k in 0..=8 {
                    let f = k as f64 / 8.0;
                    let drawn = (j as f64 + f) / QUANTILE_POINTS as f64;
                    gap = gap.max((drawn - pert_cdf(r, a + f * (b - a))).abs());
                }
            }
            assert!(gap <= TABLE_ERROR, "{r:?}: the table's CDF is {gap:e} from the exact one");
        }
    }

    #[test]
    fn a_million_draws_lie_within_ks_0_003_of_the_exact_pert_with_its_mean_and_percentiles() {
        let n = 1_000_000;
        // Draws are counted on a fine grid of [low, high] (no sort): between two grid points
        // both CDFs rise, so the largest of |drawn(next) − exact(this)| and
        // |exact(next) − drawn(this)| bounds the Kolmogorov–Smirnov distance from above.
        let grid = 1 << 16;
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(2026);
        let mut ranges: Vec<Range> = shapes().into_iter().step_by(2).collect();
        // And ranges as a case holds them.
        ranges.extend([Range::new(0.01, 0.03, 0.05), Range::new(0.9, 1.0, 1.1)]);
        for r in ranges {
            let q = Quantiles::of(r).unwrap();
            let width = r.high - r.low;
            let mut counts = vec![0u32; grid];
            let mut sum = 0.0;
            for _ in 0..n {
                let v = q.sample(&mut rng);
                assert!((r.low..=r.high).contains(&v), "{r:?}: {v} outside low and high");
                sum += v;
                counts[(((v - r.low) / width * grid as f64) as usize).min(grid - 1)] += 1;
            }
            let (mut ks, mut below, mut exact_below) = (0.0f64, 0u32, 0.0);
            let mut percentiles = [(0.1, None), (0.5, None), (0.9, None)];
            for (k, &c) in counts.iter().enumerate() {
                let drawn_below = below as f64 / n as f64;
                below += c;
                let drawn = below as f64 / n as f64;
                let exact = pert_cdf(r, r.low + width * (k + 1) as f64 / grid as f64);
                ks = ks.max((drawn - exact_below).abs()).max((exact - drawn_below).abs());
                for (p, at) in &mut percentiles {
                    if at.is_none() && drawn >= *p {
                        *at = Some(exact);
                    }
                }
                exact_below = exact;
            }
            assert!(ks <= 0.003, "{r:?}: KS distance at most {ks}");
            // So the mean is within KS × (high − low) of PERT's, and the exact CDF at each
            // percentile within KS of its probability.
            let mean = sum / n as f64;
            let exact_mean = (r.low + 4.0 * r.likely + r.high) / 6.0;
            assert!((mean - exact_mean).abs() <= ks * width, "{r:?}: mean {mean} vs {exact_mean}");
            for (p, at) in percentiles {
                let at = at.unwrap();
                assert!((at - p).abs() <= ks, "{r:?}: the exact CDF at P{} is {at}", p * 100.0);
            }
        }
    }

    #[test]
    fn a_trial_agrees_with_the_business_case_to_rounding() {
        let mut inp = case();
        inp.levers.enabled = [true; 8];
        inp.years = 10.0;
        let n = inp.validate().unwrap();
        let trials = Trials::new(&inp, n);
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(5);
        for trial in 0..2_000 {
            let mut c = inp;
            for lever in Lever::ALL {
                for r in c.levers.ranges_mut(lever) {
                    r.likely = Quantiles::of(*r).unwrap().sample(&mut rng);
                }
            }
            let f = 0.5 + rng.next_u64() as f64 / u64::MAX as f64;
            (c.costs.one_off, c.costs.annual) = (c.costs.one_off * f, c.costs.annual * f);
            if trial % 3 == 0 {
                // Costs that pay back at once, or never.
                c.costs.one_off = if trial % 2 == 0 { 0.0 } else { 1e12 };
            }
            let (npv, roi, payback) = trials.figures(&c);
            let exact = business_case(&c).unwrap().risk_adjusted;
            let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1.0);
            assert!(close(npv, exact.npv), "{npv} vs {}", exact.npv);
            assert_eq!(roi.is_some(), exact.roi.is_some());
            assert!(roi.zip(exact.roi).is_none_or(|(a, b)| close(a, b)));
            assert_eq!(payback.is_some(), exact.payback_months.is_some(), "trial {trial}");
            assert!(payback.zip(exact.payback_months).is_none_or(|(a, b)| close(a, b)));
        }
    }
}
