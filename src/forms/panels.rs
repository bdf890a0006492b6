//! The inputs of the panels the page loads later — the Monte Carlo's seed, trials and cost
//! uncertainty, the investment curve's saturation, and the self-assessment's answers — written
//! into one short part of the scenario (`Scenario::panels`, `x=` in a link, `"panels"` in a file).
//!
//! Format: `_`-separated items, a letter then its value (`s42_n10000_c10_k2_a0123x-…`):
//! `s` seed (whole, 0 ≤ s < 2^53), `n` trials (1 000 … 1 000 000), `c` costs' ± uncertainty in
//! percent (0 … 90), `k` saturation (1.1 … 100), `a` the answers, one character per statement in
//! `assessment::STATEMENTS` order: `0`–`3` a level, `x` "don't know", `-` not answered yet. Only
//! what differs from the defaults is written; letters this version does not know are named.

use super::scenario::Scenario;
use crate::finance::assessment::{assess_so_far, Answers, Assessment, STATEMENTS, TOP};
use crate::finance::business_case::{enabled_key, Lever};
use crate::finance::input::parse_number;
use crate::finance::uncertainty::{DEFAULT_TRIALS, MAX_TRIALS};

/// Fewest trials a run may ask for.
pub const MIN_TRIALS: u32 = 1_000;
/// The default seed: any fixed number makes a run reproducible; this one is ours.
pub const DEFAULT_SEED: u64 = 2026;
/// The default saturation: spend could at most double the benefits the plan brings.
pub const DEFAULT_SATURATION: f64 = 2.0;
/// Largest seed: every whole number up to it is exact in a double and in a link.
pub const MAX_SEED: u64 = (1 << 53) - 1;

/// One statement's answer as the questionnaire keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Answer {
    #[default]
    Open,
    DontKnow,
    Level(u8),
}

#[derive(Debug, Clone, PartialEq)]
pub struct PanelInputs {
    pub seed: u64,
    pub trials: u32,
    /// Costs vary by ± this fraction in the Monte Carlo (0.1 = ±10%).
    pub cost_spread: f64,
    pub saturation: f64,
    pub answers: [Answer; 24],
}

impl Default for PanelInputs {
    fn default() -> Self {
        Self { seed: DEFAULT_SEED, trials: DEFAULT_TRIALS, cost_spread: 0.0, saturation: DEFAULT_SATURATION, answers: [Answer::Open; 24] }
    }
}

/// A whole number in `lo..=hi`, as text.
fn whole(text: &str, lo: f64, hi: f64) -> Option<f64> {
    parse_number(text).ok().filter(|v| v.fract() == 0.0 && (lo..=hi).contains(v))
}

/// A number with at most four decimals as a link writes it (no float formatting is linked in);
/// what the panels type into the page's forms.
pub fn canonical(v: f64) -> String {
    if v < 0.0 {
        return ["-", &canonical(-v)].concat();
    }
    // Past 2^53 a double holds no decimals: its whole part is exact.
    if v * 1e4 >= 9_007_199_254_740_992.0 {
        return (v.round() as u128).to_string();
    }
    let scaled = (v * 1e4).round() as u64;
    let (int, frac) = (scaled / 10_000, scaled % 10_000);
    if frac == 0 {
        return int.to_string();
    }
    let frac = format!("{frac:04}");
    [int.to_string(), ".".into(), frac.trim_end_matches('0').to_owned()].concat()
}

impl PanelInputs {
    /// Read the panels' part; items that cannot be used keep their defaults, and their letters
    /// come back ("?" for one this version does not know).
    pub fn read(text: &str) -> (Self, Vec<&'static str>) {
        let mut out = Self::default();
        let mut skipped = Vec::new();
        for item in text.split('_').filter(|i| !i.is_empty()) {
            let (key, value) = item.split_at(item.chars().next().map_or(0, char::len_utf8));
            let ok = match key {
                "s" => whole(value, 0.0, MAX_SEED as f64).map(|v| out.seed = v as u64).is_some(),
                "n" => whole(value, MIN_TRIALS as f64, MAX_TRIALS as f64).map(|v| out.trials = v as u32).is_some(),
                "c" => parse_number(value).ok().filter(|v| (0.0..=90.0).contains(v)).map(|v| out.cost_spread = v / 100.0).is_some(),
                "k" => parse_number(value).ok().filter(|v| (1.1..=100.0).contains(v)).map(|v| out.saturation = v).is_some(),
                "a" => {
                    let chars: Vec<char> = value.chars().collect();
                    let fits = chars.len() == STATEMENTS.len() && chars.iter().all(|c| matches!(c, '0'..='3' | 'x' | '-'));
                    if fits {
                        for (a, c) in out.answers.iter_mut().zip(chars) {
                            *a = match c {
                                'x' => Answer::DontKnow,
                                '-' => Answer::Open,
                                d => Answer::Level(d as u8 - b'0'),
                            };
                        }
                    }
                    fits
                }
                _ => {
                    skipped.push("?");
                    continue;
                }
            };
            if !ok {
                skipped.push(match key {
                    "s" => "seed",
                    "n" => "trials",
                    "c" => "costSpread",
                    "k" => "saturation",
                    _ => "answers",
                });
            }
        }
        skipped.dedup();
        (out, skipped)
    }

    /// The panels' part: only what differs from the defaults ("" for none).
    pub fn write(&self) -> String {
        let d = Self::default();
        let mut items = Vec::new();
        if self.seed != d.seed {
            items.push(format!("s{}", self.seed));
        }
        if self.trials != d.trials {
            items.push(format!("n{}", self.trials));
        }
        if self.cost_spread != d.cost_spread {
            items.push(["c", &canonical(self.cost_spread * 100.0)].concat());
        }
        if self.saturation != d.saturation {
            items.push(["k", &canonical(self.saturation)].concat());
        }
        if self.answers != d.answers {
            let a: String = self
                .answers
                .iter()
                .map(|a| match a {
                    Answer::Open => '-',
                    Answer::DontKnow => 'x',
                    Answer::Level(v) => (b'0' + (*v).min(TOP)) as char,
                })
                .collect();
            items.push(["a", &a].concat());
        }
        items.join("_")
    }

    /// How many statements have an answer ("don't know" included).
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| **a != Answer::Open).count()
    }

    /// The answers given so far and which statements are still open, once one has an answer.
    pub fn answers_so_far(&self) -> Option<(Answers, [bool; 24])> {
        if self.answered() == 0 {
            return None;
        }
        let answers = self.answers.map(|a| match a {
            Answer::Open | Answer::DontKnow => None,
            Answer::Level(v) => Some(v),
        });
        Some((answers, self.answers.map(|a| a == Answer::Open)))
    }
}

/// One change to the panels' inputs, applied to what they hold when it arrives (so two changes
/// in quick succession never undo each other).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PanelChange {
    Seed(u64),
    Trials(u32),
    /// Costs vary by ± this fraction.
    CostSpread(f64),
    Saturation(f64),
    /// Statement `usize` (in `STATEMENTS` order) takes this answer.
    Answer(usize, Answer),
    /// Every statement unanswered again.
    ClearAnswers,
}

impl PanelInputs {
    pub fn change(&mut self, change: PanelChange) {
        match change {
            PanelChange::Seed(v) => self.seed = v,
            PanelChange::Trials(v) => self.trials = v,
            PanelChange::CostSpread(v) => self.cost_spread = v,
            PanelChange::Saturation(v) => self.saturation = v,
            PanelChange::Answer(i, a) => {
                if let Some(slot) = self.answers.get_mut(i) {
                    *slot = a;
                }
            }
            PanelChange::ClearAnswers => self.answers = [Answer::Open; 24],
        }
    }
}

/// The assessment of the scenario's answers, from the first answer on (statements still open
/// count as "don't know", see `assess_so_far`).
pub fn assessment_of(s: &Scenario) -> Option<Assessment> {
    PanelInputs::read(&s.panels).0.answers_so_far().and_then(|(a, open)| assess_so_far(&a, &open).ok())
}

/// The scenario with the business case taking `a`'s suggestion: each lever that is on gets its
/// suggested risk adjustment, the case the suggested ramp-up.
pub fn with_suggestion(s: &Scenario, a: &Assessment) -> Scenario {
    let mut next = s.clone();
    let mut values: Vec<(String, String)> = vec![("rampUpMonths".into(), canonical(a.suggested.ramp_up_months))];
    for lever in Lever::ALL.into_iter().filter(|&l| s.case.switch(enabled_key(l))) {
        values.push((["levers.", lever.key(), ".risk"].concat(), canonical(a.suggested.risk[lever.index()] * 100.0)));
    }
    let pairs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    next.case.apply(&pairs);
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_write_nothing_and_every_item_round_trips() {
        assert_eq!(PanelInputs::default().write(), "");
        let mut p = PanelInputs { seed: 42, trials: 250_000, cost_spread: 0.125, saturation: 3.5, ..PanelInputs::default() };
        p.answers[0] = Answer::Level(3);
        p.answers[1] = Answer::DontKnow;
        p.answers[23] = Answer::Level(0);
        let text = p.write();
        assert_eq!(text, "s42_n250000_c12.5_k3.5_a3x---------------------0");
        assert_eq!(PanelInputs::read(&text), (p, vec![]));
    }

    #[test]
    fn what_cannot_be_used_keeps_its_default_and_is_named() {
        let (p, skipped) = PanelInputs::read("s-1_n5_c95_k1_a0123_zz_s1.5_n2000");
        assert_eq!(skipped, vec!["seed", "trials", "costSpread", "saturation", "answers", "?", "seed"]);
        assert_eq!(p, PanelInputs { trials: 2000, ..PanelInputs::default() });
        assert_eq!(PanelInputs::read("s9007199254740992").1, vec!["seed"], "past 2^53 − 1");
        assert_eq!(PanelInputs::read("é_ñ").1, vec!["?"], "never a panic on any character");
    }

    #[test]
    fn answers_count_and_a_complete_set_has_none_open() {
        let mut p = PanelInputs::default();
        assert_eq!((p.answered(), p.answers_so_far()), (0, None));
        p.answers = [Answer::Level(2); 24];
        p.answers[5] = Answer::DontKnow;
        let (a, open) = p.answers_so_far().unwrap();
        assert_eq!((a[0], a[5], open), (Some(2), None, [false; 24]));
        assert_eq!(p.answered(), 24);
    }

    #[test]
    fn a_first_answer_gives_a_result_that_counts_the_open_statements() {
        let mut p = PanelInputs::default();
        assert_eq!(p.answers_so_far(), None, "nothing answered: no result");
        p.change(PanelChange::Answer(0, Answer::Level(2)));
        p.change(PanelChange::Answer(3, Answer::DontKnow));
        let (answers, open) = p.answers_so_far().unwrap();
        assert_eq!((answers[0], answers[3], open[0], open[3], open[1]), (Some(2), None, false, false, true));
        let mut s = Scenario::new(crate::finance::input::Notation::Point);
        s.panels = p.write();
        let a = assessment_of(&s).unwrap();
        assert_eq!((a.open, a.dont_know.as_slice()), (22, ["communities.customers"].as_slice()));
    }
}
