//! The finance core: plain Rust, no yew or web-sys, so every formula is unit-tested natively.

pub mod assessment;
pub mod business_case;
pub mod cashflow;
pub mod checks;
pub mod clv;
pub mod error;
pub mod goal;
pub mod input;
pub mod metrics;
pub mod payback;
pub mod realisation;
pub mod retention;
pub mod uncertainty;

pub use error::{InputError, Problem};

/// `v` within [lo, hi] (lo ≤ hi). In place of `f64::clamp`, whose panic message formats the
/// floats and so links all of float formatting into the page's wasm.
pub fn within(v: f64, lo: f64, hi: f64) -> f64 {
    v.max(lo).min(hi)
}
