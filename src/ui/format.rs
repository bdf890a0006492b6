//! Numbers for humans (`crate::format`, shared with the JS API), and the browser's own locale.

pub use crate::format::*;

/// The browser's own locale ("nl-BE"), the starting point for number formats.
pub fn browser_locale() -> String {
    web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_else(|| "en-US".into())
}
