//! The ROX self-assessment: 24 statements rated on four levels, scored into the Six of ROX, a
//! stage on the CX maturity ladder and how sure the measurement is, and mapped to the business
//! case's risk adjustments and ramp-up. Plain Rust, tested natively.
//!
//! Conventions (our own judgement, graded "illustrative" wherever it is shown):
//! - **Answers** are 0 (undeveloped), 1 (ad hoc), 2 (repeatable) or 3 (systematic), after
//!   Forrester's practice ratings; "don't know" counts as 0 and is flagged. A result is given
//!   from the first answer on: a statement not answered yet counts as "don't know" too, and is
//!   counted as open (not flagged as "don't know").
//! - **Areas** (PwC's Six of ROX): each area's score is the mean of its two statements, 0–100.
//! - **Overall** is the mean of all 24 answers, 0–100.
//! - **Stage** on the ladder (0 effectiveness, 1 excellence, 2 product innovation, 3 experience
//!   innovation): stage k ≥ 1 is reached when stage k − 1 is, the ladder statement of stage k is
//!   answered 2 or more, and the overall score is at least 40 / 55 / 70.
//! - **Measurement confidence**, 0–1: the mean of the four measurement statements (feedback at
//!   touchpoints, CX data joined with CRM and finance, results measured today, data handled
//!   with respect) on 0–1, times the share of all answers that are not "don't know".
//! - **Suggested risk adjustment** per lever, in the spirit of TEI ("share not confident × risk
//!   factor"): risk = 5% + 35% × (1 − evidence), evidence = the mean of the measurement
//!   confidence and the lever's area score (0–1). 5% at best, 40% at worst.
//! - **Suggested ramp-up**: 12, 9, 6 or 3 months at stages 0, 1, 2, 3.
//!
//! Better answers never raise a suggested risk or ramp-up (a test checks it).

use super::business_case::Lever;
use super::error::{InputError, Problem};
use serde::Serialize;

/// The Six of ROX.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Area {
    /// Focus on consumers and employees: how proud employees are, and how that reaches customers.
    Focus,
    /// Meaningful communities of employees and customers.
    Communities,
    /// Magic moments: small effort, big difference.
    Moments,
    /// Understanding consumer behaviour.
    Behaviour,
    /// Treating customer data with respect.
    Data,
    /// Winning the trip: being chosen over the competition.
    Winning,
}

impl Area {
    pub const ALL: [Area; 6] = [Area::Focus, Area::Communities, Area::Moments, Area::Behaviour, Area::Data, Area::Winning];

    pub fn key(self) -> &'static str {
        ["focus", "communities", "moments", "behaviour", "data", "winning"][self as usize]
    }
}

/// What a statement speaks to besides (or instead of) an area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Area(Area),
    /// The framework's chain (pride → influencers → behaviours → value drivers → outcome)
    /// across CX, EX and LX.
    Chain,
    /// The maturity ladder's rung 1, 2 or 3.
    Ladder(u8),
    /// The practices that make experience measurable.
    Practice,
    /// How well results are measured today.
    Measurement,
}

/// One statement: its key (the answers' field, the texts' key) and what it speaks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Statement {
    pub key: &'static str,
    pub part: Part,
    /// Counted in the measurement confidence.
    pub measures: bool,
}

const fn s(key: &'static str, part: Part, measures: bool) -> Statement {
    Statement { key, part, measures }
}

/// The 24 statements, in the order they are asked.
pub const STATEMENTS: [Statement; 24] = [
    s("focus.employeePride", Part::Area(Area::Focus), false),
    s("focus.customerFirst", Part::Area(Area::Focus), false),
    s("communities.employees", Part::Area(Area::Communities), false),
    s("communities.customers", Part::Area(Area::Communities), false),
    s("moments.identified", Part::Area(Area::Moments), false),
    s("moments.designed", Part::Area(Area::Moments), false),
    s("behaviour.research", Part::Area(Area::Behaviour), false),
    s("behaviour.analytics", Part::Area(Area::Behaviour), false),
    s("data.consent", Part::Area(Area::Data), false),
    s("data.respect", Part::Area(Area::Data), true),
    s("winning.benchmark", Part::Area(Area::Winning), false),
    s("winning.chosen", Part::Area(Area::Winning), false),
    s("chain.leadership", Part::Chain, false),
    s("chain.ambassadors", Part::Chain, false),
    s("chain.valueDrivers", Part::Chain, false),
    s("ladder.excellence", Part::Ladder(1), false),
    s("ladder.productInnovation", Part::Ladder(2), false),
    s("ladder.experienceInnovation", Part::Ladder(3), false),
    s("practice.journeyMapping", Part::Practice, false),
    s("practice.feedback", Part::Practice, true),
    s("practice.personalisation", Part::Practice, false),
    s("practice.omnichannel", Part::Practice, false),
    s("practice.dataJoined", Part::Practice, true),
    s("measurement.results", Part::Measurement, true),
];

/// The highest answer.
pub const TOP: u8 = 3;
/// Overall score needed for stages 1, 2 and 3.
pub const STAGE_SCORES: [f64; 3] = [40.0, 55.0, 70.0];
/// Suggested ramp-up at stages 0 to 3, in months.
pub const RAMP_UP_BY_STAGE: [f64; 4] = [12.0, 9.0, 6.0, 3.0];
/// Suggested risk at full evidence, and what no evidence adds.
pub const RISK_FLOOR: f64 = 0.05;
pub const RISK_SPAN: f64 = 0.35;

/// The area whose score speaks for a lever's evidence.
pub fn lever_area(lever: Lever) -> Area {
    match lever {
        Lever::Retention => Area::Focus,
        Lever::Spend | Lever::Conversion => Area::Behaviour,
        Lever::CrossSell => Area::Data,
        Lever::Referrals => Area::Communities,
        Lever::CostToServe => Area::Moments,
        Lever::PricePremium => Area::Winning,
        Lever::Employee => Area::Focus,
    }
}

/// An answer: a level 0–3, or "don't know" (`None`), in `STATEMENTS` order.
pub type Answers = [Option<u8>; 24];

/// What the business case is advised to take.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Suggested {
    /// Risk adjustment per lever, in `Lever::ALL` order.
    pub risk: [f64; 8],
    pub ramp_up_months: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    /// 0 effectiveness, 1 excellence, 2 product innovation, 3 experience innovation.
    pub stage: u8,
    /// The six areas' scores, 0–100, in `Area::ALL` order.
    pub areas: [f64; 6],
    pub overall: f64,
    pub strongest: Area,
    pub weakest: Area,
    /// 0–1.
    pub measurement_confidence: f64,
    /// Keys of the statements answered "don't know".
    pub dont_know: Vec<&'static str>,
    /// How many statements are not answered yet (scored as "don't know").
    pub open: usize,
    pub suggested: Suggested,
}

/// Score `answers` (see the module's conventions); a level above 3 is an error naming the
/// statement.
pub fn assess(answers: &Answers) -> Result<Assessment, InputError> {
    assess_so_far(answers, &[false; 24])
}

/// Score the answers given so far: a statement with `open[i]` is not answered yet and counts as
/// "don't know" (its `answers[i]` is not read), counted in `open` rather than in `dont_know`.
pub fn assess_so_far(answers: &Answers, open: &[bool; 24]) -> Result<Assessment, InputError> {
    let answers: Answers = std::array::from_fn(|i| if open[i] { None } else { answers[i] });
    for (a, st) in answers.iter().zip(&STATEMENTS) {
        if a.is_some_and(|v| v > TOP) {
            return Err(InputError::new(st.key, Problem::TooLarge));
        }
    }
    let level = |i: usize| answers[i].unwrap_or(0) as f64 / TOP as f64;
    let mut areas = [0.0; 6];
    for (k, area) in Area::ALL.into_iter().enumerate() {
        let of: Vec<f64> = (0..24).filter(|&i| STATEMENTS[i].part == Part::Area(area)).map(level).collect();
        areas[k] = 100.0 * of.iter().sum::<f64>() / of.len() as f64;
    }
    let overall = 100.0 * (0..24).map(level).sum::<f64>() / 24.0;
    let mut stage = 0;
    for rung in 1..=3u8 {
        let i = STATEMENTS.iter().position(|s| s.part == Part::Ladder(rung)).expect("every rung has a statement");
        if stage + 1 == rung && answers[i].unwrap_or(0) >= 2 && overall >= STAGE_SCORES[rung as usize - 1] {
            stage = rung;
        }
    }
    let dont_know: Vec<&'static str> = (0..24).filter(|&i| answers[i].is_none() && !open[i]).map(|i| STATEMENTS[i].key).collect();
    let measured: Vec<f64> = (0..24).filter(|&i| STATEMENTS[i].measures).map(level).collect();
    let known = 1.0 - answers.iter().filter(|a| a.is_none()).count() as f64 / 24.0;
    let measurement_confidence = measured.iter().sum::<f64>() / measured.len() as f64 * known;
    let risk = Lever::ALL.map(|l| {
        let evidence = (measurement_confidence + areas[lever_area(l) as usize] / 100.0) / 2.0;
        RISK_FLOOR + RISK_SPAN * (1.0 - evidence)
    });
    // First of equals: the order of `Area::ALL`.
    let strongest = Area::ALL.into_iter().fold(Area::Focus, |best, a| if areas[a as usize] > areas[best as usize] { a } else { best });
    let weakest = Area::ALL.into_iter().fold(Area::Focus, |worst, a| if areas[a as usize] < areas[worst as usize] { a } else { worst });
    Ok(Assessment {
        stage,
        areas,
        overall,
        strongest,
        weakest,
        measurement_confidence,
        dont_know,
        open: open.iter().filter(|o| **o).count(),
        suggested: Suggested { risk, ramp_up_months: RAMP_UP_BY_STAGE[stage as usize] },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extremes_are_the_documented_ones() {
        let best = assess(&[Some(3); 24]).unwrap();
        assert_eq!((best.stage, best.overall, best.measurement_confidence), (3, 100.0, 1.0));
        assert_eq!(best.areas, [100.0; 6]);
        assert_eq!(best.suggested, Suggested { risk: [RISK_FLOOR; 8], ramp_up_months: 3.0 });
        let worst = assess(&[Some(0); 24]).unwrap();
        assert_eq!((worst.stage, worst.overall, worst.measurement_confidence), (0, 0.0, 0.0));
        assert_eq!(worst.suggested, Suggested { risk: [RISK_FLOOR + RISK_SPAN; 8], ramp_up_months: 12.0 });
        assert!(worst.dont_know.is_empty());
        let unknown = assess(&[None; 24]).unwrap();
        assert_eq!(unknown.dont_know.len(), 24, "don't know is flagged");
        assert_eq!(unknown.suggested, worst.suggested, "and counted as the lowest level");
    }

    /// A worked case: a company good at data and measurement, weak at communities.
    #[test]
    fn a_worked_case() {
        let mut a: Answers = [Some(2); 24];
        a[2] = Some(0); // communities.employees
        a[3] = Some(1); // communities.customers
        a[8] = Some(3); // data.consent
        a[9] = Some(3); // data.respect
        a[17] = Some(1); // ladder.experienceInnovation
        a[23] = None; // measurement.results: don't know
        let r = assess(&a).unwrap();
        assert!((r.areas[Area::Communities as usize] - 100.0 * 0.5 / 3.0).abs() < 1e-12);
        assert_eq!(r.areas[Area::Data as usize], 100.0);
        assert_eq!((r.strongest, r.weakest), (Area::Data, Area::Communities));
        // Overall: (2·18 + 0 + 1 + 3 + 3 + 1 + 0) / 72.
        assert!((r.overall - 100.0 * 44.0 / 72.0).abs() < 1e-9);
        assert_eq!(r.stage, 2, "product innovation: rung 3 answered 1");
        assert_eq!(r.dont_know, ["measurement.results"]);
        // Measured: data.respect 3, feedback 2, dataJoined 2, results 0 → (1 + ⅔ + ⅔ + 0)/4, × 23/24.
        let confidence = (1.0 + 2.0 / 3.0 + 2.0 / 3.0) / 4.0 * 23.0 / 24.0;
        assert!((r.measurement_confidence - confidence).abs() < 1e-12);
        let referrals = RISK_FLOOR + RISK_SPAN * (1.0 - (confidence + r.areas[Area::Communities as usize] / 100.0) / 2.0);
        assert!((r.suggested.risk[Lever::Referrals as usize] - referrals).abs() < 1e-12);
        assert_eq!(r.suggested.ramp_up_months, 6.0);
    }

    #[test]
    fn better_answers_never_raise_a_suggested_risk_or_ramp_up() {
        // Every single-step improvement from a spread of starting points.
        for start in 0..=3u8 {
            let base: Answers = std::array::from_fn(|i| if i % 5 == 0 { None } else { Some((start + i as u8) % 4) });
            let before = assess(&base).unwrap().suggested;
            for i in 0..24 {
                let mut better = base;
                better[i] = Some(better[i].map_or(0, |v| (v + 1).min(TOP)));
                let after = assess(&better).unwrap().suggested;
                assert!(after.ramp_up_months <= before.ramp_up_months, "statement {i}");
                for k in 0..8 {
                    assert!(after.risk[k] <= before.risk[k] + 1e-15, "statement {i}, lever {k}");
                }
            }
        }
    }

    #[test]
    fn a_result_from_the_first_answer_counts_the_rest_as_open() {
        let mut answers: Answers = [None; 24];
        answers[0] = Some(3);
        let mut open = [true; 24];
        open[0] = false;
        let first = assess_so_far(&answers, &open).unwrap();
        assert_eq!((first.open, first.dont_know.len()), (23, 0), "open, not flagged as don't know");
        // Scored as if the 23 others were "don't know".
        let mut as_dont_know = [None; 24];
        as_dont_know[0] = Some(3);
        let known = assess(&as_dont_know).unwrap();
        assert_eq!((first.areas, first.overall, first.stage), (known.areas, known.overall, known.stage));
        assert_eq!((first.measurement_confidence, first.suggested), (known.measurement_confidence, known.suggested));
        assert_eq!((first.areas[Area::Focus as usize], first.overall), (50.0, 100.0 / 24.0));
        // An open statement's stored level is not read; a "don't know" among the answers is flagged.
        answers[1] = Some(3);
        answers[2] = None;
        open[2] = false;
        let next = assess_so_far(&answers, &open).unwrap();
        assert_eq!((next.open, next.dont_know.as_slice()), (22, ["communities.employees"].as_slice()));
        assert_eq!(next.areas[Area::Focus as usize], 50.0);
        assert_eq!(assess(&[Some(2); 24]).unwrap().open, 0);
    }

    #[test]
    fn a_level_above_three_names_its_statement() {
        let mut a: Answers = [Some(1); 24];
        a[5] = Some(4);
        assert_eq!(assess(&a).unwrap_err().field, "moments.designed");
    }
}
