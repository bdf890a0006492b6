//! Fuzz the scenario-file reader (JSON import and saved scenarios): no input may panic, hang
//! or yield a scenario whose results are not finite; whatever is accepted writes back out as a
//! file that reads again to the same scenario, and the page's path (the file handed over as a
//! share link by the scenario-file module) opens the same scenario with nothing more skipped.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rox_calculator::finance::input::Notation;
use rox_calculator::forms::file;
use rox_calculator::forms::scenario::Scenario;
use rox_calculator::forms::share::decode;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for notation in [Notation::Point, Notation::Comma] {
        let Ok(opened) = Scenario::from_json(text, notation) else { continue };
        let s = &opened.scenario;
        if let Some(r) = s.retention.result() {
            assert!(r.clv_after.is_finite());
        }
        if let Some(r) = s.payback.result() {
            assert!(r.summary.npv.is_finite());
        }
        if let Some(r) = s.case.result() {
            assert!(r.risk_adjusted.npv.is_finite());
        }
        let again = Scenario::from_json(&s.to_json(&opened.head), notation).expect("a written file reads back");
        assert!(again.scenario == *s, "round trip");
        let handoff = file::read(text).expect("what opens directly opens for the page");
        let linked = Scenario::from_link(&decode(&handoff.link).expect("the link the module makes decodes"), notation);
        assert!(linked.skipped.is_empty() && linked.scenario == *s, "the page opens the same scenario");
    }
});
