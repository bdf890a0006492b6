//! The Monte Carlo as the worker runs it (`www/mc-worker.js` loads the page's module in a Web Worker):
//! built from the scenario's share link, run a chunk at a time so a newer request can replace
//! it between chunks, its summary handed back as a plain object.

use crate::finance::business_case::{BusinessCaseInput, BusinessCaseResult};
use crate::finance::input::Notation;
use crate::finance::uncertainty::{Simulation, SimulationInput};
use crate::forms::case::case_input;
use crate::forms::panels::PanelInputs;
use crate::forms::scenario::Scenario;
use crate::forms::share::decode;
use crate::forms::{Form, FormView};
use wasm_bindgen::prelude::*;

/// The business case of a form, when its inputs are valid.
pub fn case_of(case: &Form<BusinessCaseResult>) -> Option<BusinessCaseInput> {
    let values = case.values()?;
    case_input(&values, case.switch_states()).ok()
}

/// The simulation a scenario asks for: its case, and the panels' (`panels`, as
/// `Scenario::panels` holds them) seed, trials and cost spread.
pub fn simulation_of(case: &Form<BusinessCaseResult>, panels: &str) -> Option<SimulationInput> {
    let (p, _) = PanelInputs::read(panels);
    Some(SimulationInput { case: case_of(case)?, seed: p.seed, trials: p.trials, cost_spread: p.cost_spread })
}

#[wasm_bindgen]
pub struct MonteCarlo {
    sim: Simulation,
    trials: u32,
}

#[wasm_bindgen]
impl MonteCarlo {
    /// The simulation of share link `link`; throws when its business case is not valid.
    #[wasm_bindgen(constructor)]
    pub fn new(link: &str) -> Result<MonteCarlo, JsError> {
        let link = decode(link).map_err(|_| JsError::new("link"))?;
        let scenario = Scenario::from_link(&link, Notation::Point).scenario;
        let input = simulation_of(&scenario.case, &scenario.panels).ok_or_else(|| JsError::new("case"))?;
        let sim = Simulation::new(input).map_err(|e| JsError::new(e.field))?;
        Ok(MonteCarlo { sim, trials: input.trials })
    }

    /// Run up to `count` more trials; returns how many have run.
    pub fn step(&mut self, count: u32) -> u32 {
        self.sim.step(count);
        self.sim.done()
    }

    #[wasm_bindgen(getter)]
    pub fn trials(&self) -> u32 {
        self.trials
    }

    pub fn finished(&self) -> bool {
        self.sim.finished()
    }

    /// The figures so far as `SimulationSummary::to_values` lists them (empty before the first
    /// trial).
    #[wasm_bindgen(js_name = summaryValues)]
    pub fn summary_values(&self) -> Vec<f64> {
        self.sim.summary().map(|s| s.to_values()).unwrap_or_default()
    }
}

/// Runs the default case's simulation a few dozen times, small, once the worker has loaded:
/// the browser first compiles wasm with its quick baseline tier and optimises a function only
/// once it has been called enough, which one or two real runs (a chunk or two each) do not do,
/// so without this the first requests run at about half speed.
#[wasm_bindgen(js_name = warmUp)]
pub fn warm_up() {
    let scenario = Scenario::new(Notation::Point);
    let Some(input) = simulation_of(&scenario.case, &scenario.panels) else { return };
    for _ in 0..WARM_RUNS {
        let Ok(mut sim) = Simulation::new(SimulationInput { trials: WARM_TRIALS, ..input }) else { return };
        while !sim.finished() {
            sim.step(WARM_TRIALS / 10);
        }
        let _ = sim.summary().map(|s| s.to_values());
    }
}

/// The warm-up's runs and the trials of each.
const WARM_RUNS: u32 = 10;
const WARM_TRIALS: u32 = 2_000;
