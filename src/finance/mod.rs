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
