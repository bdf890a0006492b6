//! Fuzz the typed-number parser: never a panic, never NaN or Infinity.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rox_calculator::finance::input::parse_number;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(v) = parse_number(text) {
            assert!(v.is_finite());
        }
    }
});
