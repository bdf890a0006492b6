//! Second looks at a business case: credibility guards (plain warnings when numbers deserve a
//! second look) and the balance between under- and over-investing in CX. Plain Rust, tested
//! natively.
//!
//! Conventions:
//! - **Guards** fire on: two levers built on the same gain (retention and referrals both count
//!   customers' lifetime value; spend and cross-sell both count more purchases by the same
//!   customers), risk-adjusted ROI above 1 000%, payback under a month, a likely value above the
//!   high value of the preset the case started from, and a horizon longer than the three years
//!   of Forrester's TEI studies. Each names the inputs to look at.
//! - **Investment curve.** Benefits are taken to grow with CX spend with diminishing returns,
//!   B(s) = B_max·(1 − e^(−k·s)), calibrated to the plan: B(s₀) = b₀ (its PV costs and PV
//!   benefits, risk-adjusted) and B_max = S·b₀, S the saturation (the most spend could ever
//!   bring, as a multiple of today's plan; an assumption shown and editable). Then
//!   k = −ln(1 − 1/S)/s₀, NPV(s) = B(s) − s, and NPV is highest where B′(s) = 1:
//!   s* = ln(B_max·k)/k (0 when B_max·k ≤ 1: no spend pays).

use super::business_case::{business_case, enabled_key, likely_keys, BusinessCaseInput, BusinessCaseResult, Lever, Levers};
use super::error::{InputError, Problem};
use serde::Serialize;

/// ROI above this (a fraction: 10 = 1 000%) is flagged.
pub const ROI_CEILING: f64 = 10.0;
/// The horizon of Forrester's TEI studies, in years.
pub const EVIDENCE_YEARS: f64 = 3.0;

/// A number that deserves a second look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Guard {
    /// Retention and referrals both count customers' lifetime value.
    LifetimeValueTwice,
    /// Spend and cross-sell both count more purchases by the same customers.
    PurchasesTwice,
    RoiAboveCeiling,
    PaybackUnderAMonth,
    /// A lever's likely value is above the high value of the preset (the field path).
    AbovePresetHigh(&'static str),
    HorizonBeyondEvidence,
}

impl Guard {
    /// The inputs the warning links to.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Guard::LifetimeValueTwice => &["levers.retention.enabled", "levers.referrals.enabled"],
            Guard::PurchasesTwice => &["levers.spend.enabled", "levers.crossSell.enabled"],
            Guard::RoiAboveCeiling | Guard::PaybackUnderAMonth => &["costs.oneOff", "costs.annual"],
            Guard::HorizonBeyondEvidence => &["years"],
            Guard::AbovePresetHigh(_) => &[],
        }
    }
}

/// The guards `inp` and its result `r` set off; `preset` is the levers of the preset the case
/// started from, if any.
pub fn guards(inp: &BusinessCaseInput, r: &BusinessCaseResult, preset: Option<&Levers>) -> Vec<Guard> {
    let on = |l: Lever| inp.levers.enabled[l.index()];
    let mut out = Vec::new();
    if on(Lever::Retention) && on(Lever::Referrals) {
        out.push(Guard::LifetimeValueTwice);
    }
    if on(Lever::Spend) && on(Lever::CrossSell) {
        out.push(Guard::PurchasesTwice);
    }
    if r.risk_adjusted.roi.is_some_and(|x| x > ROI_CEILING) {
        out.push(Guard::RoiAboveCeiling);
    }
    if r.risk_adjusted.payback_months.is_some_and(|m| m < 1.0) {
        out.push(Guard::PaybackUnderAMonth);
    }
    if let Some(p) = preset {
        let (mut mine, mut theirs) = (inp.levers, *p);
        for lever in Lever::ALL.into_iter().filter(|&l| on(l)) {
            let pairs = mine.ranges_mut(lever).into_iter().zip(theirs.ranges_mut(lever)).zip(likely_keys(lever));
            for ((a, b), key) in pairs {
                if a.likely > b.high {
                    out.push(Guard::AbovePresetHigh(key));
                }
            }
        }
    }
    if inp.years > EVIDENCE_YEARS {
        out.push(Guard::HorizonBeyondEvidence);
    }
    out
}

/// Whether a lever's switch is what `key` names (for linking a guard to its input).
pub fn is_switch(key: &str) -> bool {
    Lever::ALL.iter().any(|&l| enabled_key(l) == key)
}

/// The plan's place on the diminishing-returns curve.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Investment {
    pub saturation: f64,
    /// The plan's PV costs and PV benefits (risk-adjusted).
    pub spend: f64,
    pub benefits: f64,
    /// The spend at which NPV is highest, and NPV there.
    pub best_spend: f64,
    pub best_npv: f64,
    /// (spend, NPV) from 0 to twice the larger of the plan and the best spend, 41 points.
    pub curve: Vec<(f64, f64)>,
}

impl Investment {
    /// Best spend minus the plan's: positive when the plan under-invests, negative when it
    /// over-invests.
    pub fn gap(&self) -> f64 {
        self.best_spend - self.spend
    }
}

/// The investment curve of `inp` with saturation `saturation` (> 1).
pub fn investment(inp: &BusinessCaseInput, saturation: f64) -> Result<Investment, InputError> {
    if !saturation.is_finite() || saturation <= 1.0 || saturation > 100.0 {
        return Err(InputError::new("saturation", Problem::TooLarge));
    }
    let s = business_case(inp)?.risk_adjusted;
    let (s0, b0) = (s.pv_costs, s.pv_benefits);
    if s0 <= 0.0 || b0 <= 0.0 {
        return Err(InputError::new(if s0 <= 0.0 { "costs.annual" } else { "levers" }, Problem::Zero));
    }
    let b_max = saturation * b0;
    let k = -(1.0 - 1.0 / saturation).ln() / s0;
    let benefit = |x: f64| b_max * (1.0 - (-k * x).exp());
    // Costs vanishingly small beside the benefits leave no curve to speak of.
    if !(k.is_finite() && (b_max * k).is_finite()) {
        return Err(InputError::new("costs.annual", Problem::Zero));
    }
    let best_spend = if b_max * k > 1.0 { (b_max * k).ln() / k } else { 0.0 };
    let end = 2.0 * s0.max(best_spend);
    let curve = (0..=40).map(|i| end * i as f64 / 40.0).map(|x| (x, benefit(x) - x)).collect();
    Ok(Investment { saturation, spend: s0, benefits: b0, best_spend, best_npv: benefit(best_spend) - best_spend, curve })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finance::uncertainty::tests::case;

    #[test]
    fn guards_fire_on_what_they_say() {
        let inp = case();
        let r = business_case(&inp).unwrap();
        let g = guards(&inp, &r, None);
        assert_eq!(g, [Guard::LifetimeValueTwice, Guard::PurchasesTwice], "the sample case counts both pairs, nothing else");
        let mut quiet = inp;
        quiet.levers.enabled = [true, false, false, false, true, false, false, false];
        assert!(guards(&quiet, &business_case(&quiet).unwrap(), None).is_empty());
        let mut cheap = quiet;
        cheap.costs.one_off = 1.0;
        cheap.costs.annual = 1.0;
        cheap.years = 5.0;
        let g = guards(&cheap, &business_case(&cheap).unwrap(), None);
        assert_eq!(g, [Guard::RoiAboveCeiling, Guard::PaybackUnderAMonth, Guard::HorizonBeyondEvidence]);
        let mut preset = quiet.levers;
        preset.retention_uplift.high = 0.02;
        let g = guards(&quiet, &business_case(&quiet).unwrap(), Some(&preset));
        assert_eq!(g, [Guard::AbovePresetHigh("levers.retention.retentionUplift.likely")]);
        assert!(is_switch(Guard::PurchasesTwice.fields()[0]) && !is_switch("years"));
    }

    #[test]
    fn the_curve_is_calibrated_to_the_plan_and_peaks_where_a_unit_more_returns_a_unit() {
        let inp = case();
        let s = business_case(&inp).unwrap().risk_adjusted;
        let inv = investment(&inp, 2.0).unwrap();
        assert_eq!((inv.spend, inv.benefits), (s.pv_costs, s.pv_benefits));
        let k = -(0.5f64).ln() / inv.spend;
        let b = |x: f64| 2.0 * inv.benefits * (1.0 - (-k * x).exp());
        assert!((b(inv.spend) - inv.benefits).abs() < 1e-6 * inv.benefits, "B(s₀) = b₀");
        let h = 1e-3 * inv.best_spend;
        let slope = (b(inv.best_spend + h) - b(inv.best_spend - h)) / (2.0 * h);
        assert!((slope - 1.0).abs() < 1e-6, "B′(s*) = 1: {slope}");
        assert!(inv.curve.iter().all(|&(_, npv)| npv <= inv.best_npv + 1e-6));
        assert!(inv.gap() > 0.0, "a case with ROI well above 0 under-invests on this curve");
        assert_eq!(investment(&inp, 1.0).unwrap_err().field, "saturation");
        let mut tiny = inp;
        tiny.costs.one_off = 1e-305;
        tiny.costs.annual = 0.0;
        assert_eq!(investment(&tiny, 2.0).unwrap_err().field, "costs.annual", "no Infinity, no NaN");
        // A plan that barely pays: no spend is best.
        let mut poor = inp;
        poor.costs.annual = 5e6;
        let inv = investment(&poor, 1.5).unwrap();
        assert!(inv.gap() < 0.0, "over-invests");
    }
}
