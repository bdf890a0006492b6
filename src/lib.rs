//! ROX Calculator: what customer-experience investment is worth, computed in the browser.
//!
//! `finance` is the plain-Rust core (tested natively); `text` is the message catalogue; `ui` is
//! the Yew app and `api` the JS API, both compiled only for wasm32.

pub mod finance;
pub mod text;
