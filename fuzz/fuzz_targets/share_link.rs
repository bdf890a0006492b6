//! Fuzz the share-link decoder and the restore of every form from whatever it accepts: no
//! input may panic, and a decoded link must restore to finite results or named problems.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rox_calculator::forms::case::BUSINESS_CASE;
use rox_calculator::forms::share::{decode, seal};
use rox_calculator::forms::{Form, PAYBACK, RETENTION};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // As typed (mostly refused by the checksum), and sealed so the fuzzer reaches the parser.
    let _ = decode(text);
    let Ok(link) = decode(&seal(text)) else { return };
    if let Some(part) = link.form("r") {
        let mut form = Form::new(&RETENTION);
        form.restore(part);
        if let Some(r) = form.result() {
            assert!(r.clv_after.is_finite());
        }
    }
    if let Some(part) = link.form("p") {
        let mut form = Form::new(&PAYBACK);
        form.restore(part);
        if let Some(r) = form.result() {
            assert!(r.summary.npv.is_finite());
        }
    }
    if let Some(part) = link.form("b") {
        let mut form = Form::new(&BUSINESS_CASE);
        form.restore(part);
        if let Some(r) = form.result() {
            assert!(r.risk_adjusted.npv.is_finite());
        }
    }
});
