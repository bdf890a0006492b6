//! The full ROX business case in the shape of Forrester's TEI studies: eight benefit levers, each
//! with low / likely / high inputs and its own risk adjustment; one-off and annual costs with a
//! cost risk adjustment; ramp-up; and conservative / likely / optimistic scenarios side by side.
//!
//! Conventions (stated beside the results too):
//! - Every lever's run-rate benefit is annual; in year t it is realised by the ramp-up factor of
//!   the payback model, (A(12t) − A(12(t−1)))/12 with A(τ) = ∫₀^τ min(1, s/R) ds.
//! - TEI risk adjustment: a lever's benefits × (1 − risk); costs × (1 + cost risk).
//! - Scenarios take the levers' low / likely / high values; the conservative one also adds
//!   10 points to every risk adjustment (benefits and costs).
//! - Year 0 holds the one-off costs; annual costs and benefits fall in years 1..n; the summary is
//!   the one cash-flow convention of `cashflow` (year 0 undiscounted).

use super::cashflow::{present_value, summarize_valid, CashflowSummary};
use super::error::{finite, fraction, non_negative, retention_rate, InputError, Problem};
use super::payback::accrued;
use serde::Serialize;

/// Extra risk the conservative scenario carries on benefits and costs.
pub const CONSERVATIVE_EXTRA_RISK: f64 = 0.10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Scenario {
    Conservative,
    Likely,
    Optimistic,
}

impl Scenario {
    pub const ALL: [Scenario; 3] = [Scenario::Conservative, Scenario::Likely, Scenario::Optimistic];

    fn extra_risk(self) -> f64 {
        if self == Scenario::Conservative {
            CONSERVATIVE_EXTRA_RISK
        } else {
            0.0
        }
    }
}

/// The eight ways better CX pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Lever {
    Retention,
    Spend,
    CrossSell,
    Referrals,
    CostToServe,
    PricePremium,
    Conversion,
    Employee,
}

impl Lever {
    pub const ALL: [Lever; 8] =
        [Lever::Retention, Lever::Spend, Lever::CrossSell, Lever::Referrals, Lever::CostToServe, Lever::PricePremium, Lever::Conversion, Lever::Employee];

    /// The camelCase key used in field paths, the JS API and the UI.
    pub fn key(self) -> &'static str {
        match self {
            Lever::Retention => "retention",
            Lever::Spend => "spend",
            Lever::CrossSell => "crossSell",
            Lever::Referrals => "referrals",
            Lever::CostToServe => "costToServe",
            Lever::PricePremium => "pricePremium",
            Lever::Conversion => "conversion",
            Lever::Employee => "employee",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// One number per lever, named, so the JS API returns `{retention, spend, …}`.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ByLever {
    pub retention: f64,
    pub spend: f64,
    pub cross_sell: f64,
    pub referrals: f64,
    pub cost_to_serve: f64,
    pub price_premium: f64,
    pub conversion: f64,
    pub employee: f64,
}

impl ByLever {
    pub fn from_array(a: [f64; 8]) -> Self {
        let [retention, spend, cross_sell, referrals, cost_to_serve, price_premium, conversion, employee] = a;
        Self { retention, spend, cross_sell, referrals, cost_to_serve, price_premium, conversion, employee }
    }

    pub fn to_array(self) -> [f64; 8] {
        [self.retention, self.spend, self.cross_sell, self.referrals, self.cost_to_serve, self.price_premium, self.conversion, self.employee]
    }

    pub fn get(&self, lever: Lever) -> f64 {
        self.to_array()[lever.index()]
    }
}

/// An uncertain input: low, likely and high values (low ≤ likely ≤ high).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Range {
    pub low: f64,
    pub likely: f64,
    pub high: f64,
}

impl Range {
    pub const fn new(low: f64, likely: f64, high: f64) -> Self {
        Self { low, likely, high }
    }

    pub fn at(&self, s: Scenario) -> f64 {
        match s {
            Scenario::Conservative => self.low,
            Scenario::Likely => self.likely,
            Scenario::Optimistic => self.high,
        }
    }
}

/// Facts about the customer base several levers share.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Company {
    pub customers: f64,
    pub revenue_per_customer: f64,
    pub gross_margin: f64,
    pub retention_rate: f64,
}

/// Every lever's inputs. Fractions for rates (0.05 = 5% or 5 points).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Levers {
    pub enabled: [bool; 8],
    /// TEI benefit risk adjustment per lever, in `Lever::ALL` order.
    pub risk: [f64; 8],
    /// Retention: rise in retention, percentage points.
    pub retention_uplift: Range,
    /// Spend: average transaction size (or contract value) and purchases per customer a year.
    pub average_transaction_size: f64,
    pub transactions_per_customer: f64,
    /// Spend: relative rise in average transaction size / contract value.
    pub spend_uplift: Range,
    /// Spend: relative rise in purchase frequency.
    pub frequency_uplift: Range,
    /// Cross-sell: annual margin of the add-on per customer who takes it.
    pub addon_margin: f64,
    /// Cross-sell: rise in the share of customers taking the add-on, points.
    pub take_rate_uplift: Range,
    /// Referrals: today's NPS as a fraction (0.2 = NPS 20); with the uplift it stays ≤ 100.
    pub current_nps: f64,
    /// Referrals: new customers referred per promoter per year (an input, never a hidden constant).
    pub referrals_per_promoter: f64,
    /// Referrals: what a referred customer is worth (lifetime margin, e.g. from the CLV helper).
    pub referred_customer_value: f64,
    /// Referrals: NPS rise in points as a fraction (0.1 = +10 NPS points).
    pub nps_uplift: Range,
    /// Cost to serve: support contacts per customer per year.
    pub contacts_per_customer: f64,
    pub cost_per_contact: f64,
    /// Cost to serve: relative reduction in contacts.
    pub contact_reduction: Range,
    /// Price premium: relative price customers pay more for a better experience.
    pub price_premium: Range,
    /// Conversion: visitors per year at the touchpoint (e.g. checkout).
    pub visitors: f64,
    pub margin_per_conversion: f64,
    /// Conversion: rise in conversion rate, points.
    pub conversion_uplift: Range,
    /// Employee experience: staff, annual turnover rate, replacement cost per leaver.
    pub employees: f64,
    pub staff_turnover: f64,
    pub replacement_cost: f64,
    /// Employee experience: relative reduction in staff turnover.
    pub turnover_reduction: Range,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Costs {
    /// Year 0: implementation, training.
    pub one_off: f64,
    /// Years 1..n: licences, people.
    pub annual: f64,
    /// TEI cost risk adjustment: costs × (1 + risk).
    pub risk: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BusinessCaseInput {
    pub company: Company,
    pub levers: Levers,
    pub costs: Costs,
    pub years: f64,
    pub ramp_up_months: f64,
    pub discount_rate: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct YearRow {
    pub year: u32,
    /// Risk-adjusted benefits by lever.
    pub benefits_by_lever: ByLever,
    pub benefits: f64,
    pub benefits_unadjusted: f64,
    pub costs: f64,
    pub costs_unadjusted: f64,
    /// Risk-adjusted net cash flow and its running total.
    pub net: f64,
    pub cumulative_net: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScenarioResult {
    pub scenario: Scenario,
    pub summary: CashflowSummary,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BusinessCaseResult {
    /// Years 0..=n of the likely scenario.
    pub years: Vec<YearRow>,
    pub risk_adjusted: CashflowSummary,
    pub unadjusted: CashflowSummary,
    /// Present value of each lever's risk-adjusted benefits (likely scenario).
    pub lever_pv: ByLever,
    /// Each lever's share of total risk-adjusted PV benefits (all 0 when there are none).
    pub benefit_mix: ByLever,
    /// Conservative, likely, optimistic — risk-adjusted.
    pub scenarios: [ScenarioResult; 3],
}

/// Field paths, shared by validation errors, the UI form and the JS API.
pub mod keys {
    pub const CUSTOMERS: &str = "customers";
    pub const REVENUE: &str = "revenuePerCustomer";
    pub const MARGIN: &str = "grossMargin";
    pub const RETENTION: &str = "retentionRate";
    pub const YEARS: &str = "years";
    pub const RAMP: &str = "rampUpMonths";
    pub const DISCOUNT: &str = "discountRate";
    pub const ONE_OFF: &str = "costs.oneOff";
    pub const ANNUAL: &str = "costs.annual";
    pub const COST_RISK: &str = "costs.risk";
}

/// Check a range of fractions: each in [0, max], low ≤ likely ≤ high. `path` is the range's
/// field path; errors name `path.low`, `path.likely` or `path.high`.
fn check_range(r: &Range, low: &'static str, likely: &'static str, high: &'static str, max: f64) -> Result<(), InputError> {
    for (v, key) in [(r.low, low), (r.likely, likely), (r.high, high)] {
        if !v.is_finite() {
            return Err(InputError::new(key, Problem::NotANumber));
        }
        if v < 0.0 {
            return Err(InputError::new(key, Problem::Negative));
        }
        if v > max {
            return Err(InputError::new(key, Problem::PercentRange));
        }
    }
    if r.low > r.likely {
        return Err(InputError::new(low, Problem::RangeOrder));
    }
    if r.likely > r.high {
        return Err(InputError::new(high, Problem::RangeOrder));
    }
    Ok(())
}

/// The field-path triple of a lever's range input, e.g. `levers.spend.spendUplift.low`.
macro_rules! range_keys {
    ($lever:literal, $name:literal) => {
        (concat!("levers.", $lever, ".", $name, ".low"), concat!("levers.", $lever, ".", $name, ".likely"), concat!("levers.", $lever, ".", $name, ".high"))
    };
}

/// Path of a lever's risk field.
pub fn risk_key(lever: Lever) -> &'static str {
    match lever {
        Lever::Retention => "levers.retention.risk",
        Lever::Spend => "levers.spend.risk",
        Lever::CrossSell => "levers.crossSell.risk",
        Lever::Referrals => "levers.referrals.risk",
        Lever::CostToServe => "levers.costToServe.risk",
        Lever::PricePremium => "levers.pricePremium.risk",
        Lever::Conversion => "levers.conversion.risk",
        Lever::Employee => "levers.employee.risk",
    }
}

/// Path of a lever's on/off switch.
pub fn enabled_key(lever: Lever) -> &'static str {
    match lever {
        Lever::Retention => "levers.retention.enabled",
        Lever::Spend => "levers.spend.enabled",
        Lever::CrossSell => "levers.crossSell.enabled",
        Lever::Referrals => "levers.referrals.enabled",
        Lever::CostToServe => "levers.costToServe.enabled",
        Lever::PricePremium => "levers.pricePremium.enabled",
        Lever::Conversion => "levers.conversion.enabled",
        Lever::Employee => "levers.employee.enabled",
    }
}

impl BusinessCaseInput {
    /// Validate every field, naming the first one that is wrong; returns the horizon.
    pub fn validate(&self) -> Result<usize, InputError> {
        let c = &self.company;
        non_negative(keys::CUSTOMERS, c.customers)?;
        non_negative(keys::REVENUE, c.revenue_per_customer)?;
        fraction(keys::MARGIN, c.gross_margin)?;
        retention_rate(keys::RETENTION, c.retention_rate)?;
        let n = super::error::years(keys::YEARS, self.years)?;
        if n > 10 {
            return Err(InputError::new(keys::YEARS, Problem::CaseYearsRange));
        }
        non_negative(keys::RAMP, self.ramp_up_months)?;
        if self.ramp_up_months > 120.0 {
            return Err(InputError::new(keys::RAMP, Problem::TooLarge));
        }
        fraction(keys::DISCOUNT, self.discount_rate)?;
        non_negative(keys::ONE_OFF, self.costs.one_off)?;
        non_negative(keys::ANNUAL, self.costs.annual)?;
        fraction(keys::COST_RISK, self.costs.risk)?;

        let l = &self.levers;
        for lever in Lever::ALL {
            fraction(risk_key(lever), l.risk[lever.index()])?;
        }
        let (a, b, h) = range_keys!("retention", "retentionUplift");
        check_range(&l.retention_uplift, a, b, h, 1.0)?;
        if c.retention_rate + l.retention_uplift.high >= 1.0 {
            return Err(InputError::new(h, Problem::RateAtLeastOne));
        }
        non_negative("levers.spend.averageTransactionSize", l.average_transaction_size)?;
        non_negative("levers.spend.transactionsPerCustomer", l.transactions_per_customer)?;
        let (a, b, h) = range_keys!("spend", "spendUplift");
        check_range(&l.spend_uplift, a, b, h, 1.0)?;
        let (a, b, h) = range_keys!("spend", "frequencyUplift");
        check_range(&l.frequency_uplift, a, b, h, 1.0)?;
        non_negative("levers.crossSell.addonMargin", l.addon_margin)?;
        let (a, b, h) = range_keys!("crossSell", "takeRateUplift");
        check_range(&l.take_rate_uplift, a, b, h, 1.0)?;
        non_negative("levers.referrals.referralsPerPromoter", l.referrals_per_promoter)?;
        if l.referrals_per_promoter > 100.0 {
            return Err(InputError::new("levers.referrals.referralsPerPromoter", Problem::TooLarge));
        }
        non_negative("levers.referrals.referredCustomerValue", l.referred_customer_value)?;
        let nps_key = "levers.referrals.currentNps";
        if !l.current_nps.is_finite() {
            return Err(InputError::new(nps_key, Problem::NotANumber));
        }
        if !(-1.0..=1.0).contains(&l.current_nps) {
            return Err(InputError::new(nps_key, Problem::PercentRange));
        }
        let (a, b, h) = range_keys!("referrals", "npsUplift");
        check_range(&l.nps_uplift, a, b, h, 2.0)?;
        if l.current_nps + l.nps_uplift.high > 1.0 {
            return Err(InputError::new(h, Problem::TooLarge));
        }
        non_negative("levers.costToServe.contactsPerCustomer", l.contacts_per_customer)?;
        non_negative("levers.costToServe.costPerContact", l.cost_per_contact)?;
        let (a, b, h) = range_keys!("costToServe", "contactReduction");
        check_range(&l.contact_reduction, a, b, h, 1.0)?;
        let (a, b, h) = range_keys!("pricePremium", "premium");
        check_range(&l.price_premium, a, b, h, 1.0)?;
        non_negative("levers.conversion.visitors", l.visitors)?;
        non_negative("levers.conversion.marginPerConversion", l.margin_per_conversion)?;
        let (a, b, h) = range_keys!("conversion", "conversionUplift");
        check_range(&l.conversion_uplift, a, b, h, 1.0)?;
        non_negative("levers.employee.employees", l.employees)?;
        fraction("levers.employee.staffTurnover", l.staff_turnover)?;
        non_negative("levers.employee.replacementCost", l.replacement_cost)?;
        let (a, b, h) = range_keys!("employee", "turnoverReduction");
        check_range(&l.turnover_reduction, a, b, h, 1.0)?;
        Ok(n)
    }
}

/// Run-rate annual benefit of every lever in scenario `s`, before ramp-up and risk, for year
/// `t`: the same every year but for retention (see `retention_gain`).
fn run_rate(inp: &BusinessCaseInput, s: Scenario, t: u32) -> [f64; 8] {
    let mut out = steady_run_rate(inp, s);
    out[Lever::Retention.index()] = retention_gain(inp, s, t);
    out
}

/// Retention's run-rate benefit in year t: the retention model's extra profit with no new
/// customers, N·m·(r₁ᵗ − r₀ᵗ) (the extra customers kept compound); 0 when the lever is off.
fn retention_gain(inp: &BusinessCaseInput, s: Scenario, t: u32) -> f64 {
    let (c, l) = (&inp.company, &inp.levers);
    if !l.enabled[Lever::Retention.index()] {
        return 0.0;
    }
    let margin = c.revenue_per_customer * c.gross_margin;
    let r0 = c.retention_rate;
    let r1 = r0 + l.retention_uplift.at(s);
    c.customers * margin * (r1.powi(t as i32) - r0.powi(t as i32))
}

/// Run-rate annual benefit of every lever but retention (which is 0 here) in scenario `s`,
/// before ramp-up and risk: the same in every year. A lever that is off is 0.
fn steady_run_rate(inp: &BusinessCaseInput, s: Scenario) -> [f64; 8] {
    let c = &inp.company;
    let l = &inp.levers;
    let spend = c.customers
        * l.transactions_per_customer
        * l.average_transaction_size
        * ((1.0 + l.spend_uplift.at(s)) * (1.0 + l.frequency_uplift.at(s)) - 1.0)
        * c.gross_margin;
    let cross_sell = c.customers * l.take_rate_uplift.at(s) * l.addon_margin;
    // Referrals: NPS up by Δ points is read as the promoter share up by Δ (detractors
    // unchanged); each extra promoter refers `referrals_per_promoter` customers a year, each
    // worth `referred_customer_value`.
    let referrals = c.customers * l.nps_uplift.at(s) * l.referrals_per_promoter * l.referred_customer_value;
    let cost_to_serve = c.customers * l.contacts_per_customer * l.cost_per_contact * l.contact_reduction.at(s);
    // A price premium for the same product costs nothing extra: all of it is margin.
    let price_premium = c.customers * c.revenue_per_customer * l.price_premium.at(s);
    let conversion = l.visitors * l.conversion_uplift.at(s) * l.margin_per_conversion;
    let employee = l.employees * l.staff_turnover * l.turnover_reduction.at(s) * l.replacement_cost;
    let mut out = [0.0, spend, cross_sell, referrals, cost_to_serve, price_premium, conversion, employee];
    for (v, on) in out.iter_mut().zip(l.enabled) {
        if !on {
            *v = 0.0;
        }
    }
    out
}

/// Share of the full run-rate realised in year t (1-based) with a ramp of `ramp` months.
fn ramp_factor(t: u32, ramp: f64) -> f64 {
    (accrued(12.0 * t as f64, ramp) - accrued(12.0 * (t - 1) as f64, ramp)) / 12.0
}

struct Flows {
    by_lever: Vec<[f64; 8]>,
    benefits: Vec<f64>,
    costs: Vec<f64>,
}

/// Cash flows of scenario `s`, risk-adjusted or not.
fn flows(inp: &BusinessCaseInput, n: usize, s: Scenario, adjusted: bool) -> Flows {
    let extra = if adjusted { s.extra_risk() } else { 0.0 };
    let cost_factor = if adjusted { 1.0 + inp.costs.risk + extra } else { 1.0 };
    let mut by_lever = vec![[0.0; 8]];
    let mut benefits = vec![0.0];
    let mut costs = vec![inp.costs.one_off * cost_factor];
    for t in 1..=n as u32 {
        let ramp = ramp_factor(t, inp.ramp_up_months);
        let mut row = run_rate(inp, s, t);
        for (v, risk) in row.iter_mut().zip(inp.levers.risk) {
            let keep = if adjusted { (1.0 - risk - extra).max(0.0) } else { 1.0 };
            *v *= ramp * keep;
        }
        benefits.push(row.iter().sum());
        by_lever.push(row);
        costs.push(inp.costs.annual * cost_factor);
    }
    Flows { by_lever, benefits, costs }
}

/// The risk-adjusted likely case of inputs that differ only in their levers' likely values and
/// their costs (the trials of a Monte Carlo), worked out fast: what those do not change is
/// computed once, by `new`. The model of `flows` and `summarize_valid`, its sums rearranged:
/// a year's benefits are its ramp-up × (Σ steady run-rate × (1 − risk) + retention's), and
/// retention's N·m·(r₁ᵗ − r₀ᵗ) (`retention_gain`) carries its powers from year to year, so a
/// trial is a few operations a year and agrees with `business_case` to rounding.
#[derive(Debug, Clone)]
pub(crate) struct Trials {
    /// Per lever: 1 − its risk adjustment.
    keep: [f64; 8],
    /// Per year 1..=n: the ramp-up factor, the discount factor 1/(1 + d)ᵗ and r₀ᵗ.
    years: Vec<(f64, f64, f64)>,
    /// Σ of the discount factors of years 1..=n: the annual costs' present value per unit.
    annuity: f64,
    cost_factor: f64,
}

impl Trials {
    /// For inputs like `inp` (already validated, horizon `n`).
    pub(crate) fn new(inp: &BusinessCaseInput, n: usize) -> Self {
        let extra = Scenario::Likely.extra_risk();
        let growth = 1.0 + inp.discount_rate;
        let r0 = inp.company.retention_rate;
        let (mut factor, mut r0_power) = (1.0, 1.0);
        let years: Vec<(f64, f64, f64)> = (1..=n as u32)
            .map(|t| {
                factor *= growth;
                r0_power *= r0;
                (ramp_factor(t, inp.ramp_up_months), 1.0 / factor, r0_power)
            })
            .collect();
        Self {
            keep: inp.levers.risk.map(|risk| (1.0 - risk - extra).max(0.0)),
            annuity: years.iter().map(|y| y.1).sum(),
            years,
            cost_factor: 1.0 + inp.costs.risk + extra,
        }
    }

    /// NPV, ROI and payback (months) of `inp`'s risk-adjusted likely case: one Monte Carlo
    /// trial (no IRR, no year rows).
    pub(crate) fn figures(&self, inp: &BusinessCaseInput) -> (f64, Option<f64>, Option<f64>) {
        let steady = steady_run_rate(inp, Scenario::Likely);
        let steady: f64 = steady.iter().zip(self.keep).map(|(v, k)| v * k).sum();
        let c = &inp.company;
        let retention = inp.levers.enabled[Lever::Retention.index()];
        let gain = if retention { c.customers * c.revenue_per_customer * c.gross_margin * self.keep[0] } else { 0.0 };
        let r1 = c.retention_rate + inp.levers.retention_uplift.likely;
        let cost0 = inp.costs.one_off * self.cost_factor;
        let annual = inp.costs.annual * self.cost_factor;
        let mut pv_benefits = 0.0;
        let mut cumulative = -cost0;
        let mut payback = (cumulative >= 0.0).then_some(0.0);
        let mut r1_power = 1.0;
        for (t, &(ramp, discount, r0_power)) in self.years.iter().enumerate() {
            r1_power *= r1;
            let benefits = ramp * (steady + gain * (r1_power - r0_power));
            pv_benefits += benefits * discount;
            if payback.is_none() {
                let flow = benefits - annual;
                let next = cumulative + flow;
                if next >= 0.0 {
                    payback = Some(12.0 * t as f64 + 12.0 * (-cumulative / flow));
                }
                cumulative = next;
            }
        }
        let pv_costs = cost0 + annual * self.annuity;
        let npv = pv_benefits - pv_costs;
        (npv, super::error::quotient(npv, pv_costs), payback)
    }
}

/// The field paths of `lever`'s ranges' likely values, in `Levers::ranges_mut` order.
pub fn likely_keys(lever: Lever) -> &'static [&'static str] {
    match lever {
        Lever::Retention => &["levers.retention.retentionUplift.likely"],
        Lever::Spend => &["levers.spend.spendUplift.likely", "levers.spend.frequencyUplift.likely"],
        Lever::CrossSell => &["levers.crossSell.takeRateUplift.likely"],
        Lever::Referrals => &["levers.referrals.npsUplift.likely"],
        Lever::CostToServe => &["levers.costToServe.contactReduction.likely"],
        Lever::PricePremium => &["levers.pricePremium.premium.likely"],
        Lever::Conversion => &["levers.conversion.conversionUplift.likely"],
        Lever::Employee => &["levers.employee.turnoverReduction.likely"],
    }
}

impl Levers {
    /// The `k`th uncertain input of `lever` (see `ranges_mut`), without allocating.
    pub fn range_mut(&mut self, lever: Lever, k: usize) -> Option<&mut Range> {
        Some(match (lever, k) {
            (Lever::Retention, 0) => &mut self.retention_uplift,
            (Lever::Spend, 0) => &mut self.spend_uplift,
            (Lever::Spend, 1) => &mut self.frequency_uplift,
            (Lever::CrossSell, 0) => &mut self.take_rate_uplift,
            (Lever::Referrals, 0) => &mut self.nps_uplift,
            (Lever::CostToServe, 0) => &mut self.contact_reduction,
            (Lever::PricePremium, 0) => &mut self.price_premium,
            (Lever::Conversion, 0) => &mut self.conversion_uplift,
            (Lever::Employee, 0) => &mut self.turnover_reduction,
            _ => return None,
        })
    }

    /// The uncertain inputs (low / likely / high) of `lever`.
    pub fn ranges_mut(&mut self, lever: Lever) -> Vec<&mut Range> {
        match lever {
            Lever::Retention => vec![&mut self.retention_uplift],
            Lever::Spend => vec![&mut self.spend_uplift, &mut self.frequency_uplift],
            Lever::CrossSell => vec![&mut self.take_rate_uplift],
            Lever::Referrals => vec![&mut self.nps_uplift],
            Lever::CostToServe => vec![&mut self.contact_reduction],
            Lever::PricePremium => vec![&mut self.price_premium],
            Lever::Conversion => vec![&mut self.conversion_uplift],
            Lever::Employee => vec![&mut self.turnover_reduction],
        }
    }
}

/// Run the business case.
pub fn business_case(inp: &BusinessCaseInput) -> Result<BusinessCaseResult, InputError> {
    let n = inp.validate()?;
    let d = inp.discount_rate;
    let likely = flows(inp, n, Scenario::Likely, true);
    let raw = flows(inp, n, Scenario::Likely, false);
    let mut years = Vec::with_capacity(n + 1);
    let mut cumulative = 0.0;
    for t in 0..=n {
        let net = likely.benefits[t] - likely.costs[t];
        cumulative += net;
        years.push(YearRow {
            year: t as u32,
            benefits_by_lever: ByLever::from_array(likely.by_lever[t]),
            benefits: finite(keys::CUSTOMERS, likely.benefits[t])?,
            benefits_unadjusted: finite(keys::CUSTOMERS, raw.benefits[t])?,
            costs: likely.costs[t],
            costs_unadjusted: raw.costs[t],
            net,
            cumulative_net: finite(keys::CUSTOMERS, cumulative)?,
        });
    }
    let mut lever_pv = [0.0; 8];
    for (i, pv) in lever_pv.iter_mut().enumerate() {
        let series: Vec<f64> = likely.by_lever.iter().map(|row| row[i]).collect();
        *pv = present_value(d, &series);
    }
    let total: f64 = lever_pv.iter().sum();
    let mix = if total > 0.0 { lever_pv.map(|v| v / total) } else { [0.0; 8] };
    let scenarios = Scenario::ALL.map(|s| {
        let f = flows(inp, n, s, true);
        ScenarioResult { scenario: s, summary: summarize_valid(d, &f.costs, &f.benefits) }
    });
    Ok(BusinessCaseResult {
        years,
        risk_adjusted: summarize_valid(d, &likely.costs, &likely.benefits),
        unadjusted: summarize_valid(d, &raw.costs, &raw.benefits),
        lever_pv: ByLever::from_array(lever_pv),
        benefit_mix: ByLever::from_array(mix),
        scenarios,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ramp_factor_matches_the_payback_model() {
        assert_eq!(ramp_factor(1, 0.0), 1.0);
        assert_eq!(ramp_factor(1, 12.0), 0.5);
        assert_eq!(ramp_factor(2, 12.0), 1.0);
        assert!((ramp_factor(1, 6.0) - 0.75).abs() < 1e-12);
    }

    #[test]
    fn range_order_is_checked() {
        let r = Range::new(0.2, 0.1, 0.3);
        let e = check_range(&r, "a.low", "a.likely", "a.high", 1.0).unwrap_err();
        assert_eq!((e.field, e.problem), ("a.low", Problem::RangeOrder));
        let r = Range::new(0.1, 0.3, 0.2);
        assert_eq!(check_range(&r, "a.low", "a.likely", "a.high", 1.0).unwrap_err().field, "a.high");
    }
}
