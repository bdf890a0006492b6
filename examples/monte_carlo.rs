//! Monte Carlo trials per second of the default business case as the page runs it (its default
//! seed and no cost uncertainty), natively: `make bench` prints it beside the browser worker's
//! figure from `www/bench/monte-carlo.mjs`, which runs the same case.

use rox_calculator::finance::input::Notation;
use rox_calculator::finance::uncertainty::{simulate, SimulationInput};
use rox_calculator::forms::case::case_input;
use rox_calculator::forms::scenario::Scenario;
use rox_calculator::forms::FormView;
use std::time::Instant;

fn main() {
    let s = Scenario::new(Notation::Point);
    let values = s.case.values().expect("the defaults are valid");
    let case = case_input(&values, s.case.switch_states()).expect("the defaults compute");
    let trials = 1_000_000;
    // One warm-up run, then the best of three.
    let mut best = f64::INFINITY;
    for run in 0..4 {
        let start = Instant::now();
        let summary = simulate(SimulationInput { case, seed: 2026 + run, trials, cost_spread: 0.0 }).expect("the default case simulates");
        let took = start.elapsed().as_secs_f64();
        assert_eq!(summary.trials, trials);
        if run > 0 {
            best = best.min(took);
        }
    }
    let rate = trials as f64 / best;
    println!(
        "monte carlo (native, this machine): {trials} trials of the default business case in {:.0} ms: {:.2} million trials/s (target ≥ 5)",
        best * 1e3,
        rate / 1e6
    );
}
