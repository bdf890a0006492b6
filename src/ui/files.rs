//! The page's side of the scenario-file module (`crate::files`, fetched when first needed):
//! a scenario goes to it as a share link and comes back from it as one.

use super::browser;
use crate::finance::input::Notation;
use crate::forms::scenario::MAX_FILE_BYTES;
use crate::forms::scenario::{input_key, Head, Opened, Scenario};
use crate::forms::share::decode_within;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The scenario-file module could not be loaded (offline before it was ever fetched).
#[derive(Debug)]
pub struct Unavailable;

/// The scenario in file `text`, with its numbers in `notation`; `None` for a file that is refused.
pub async fn read(text: &str, notation: Notation) -> Result<Option<Opened>, Unavailable> {
    let value = JsFuture::from(browser::read_scenario(text)).await.map_err(|_| Unavailable)?;
    if value.is_null() {
        return Ok(None);
    }
    let read: &browser::FileRead = value.unchecked_ref();
    // A file's actuals may make a link longer than an address holds.
    let Ok(link) = decode_within(&read.link(), 4 * MAX_FILE_BYTES) else { return Ok(None) };
    let mut opened = Scenario::from_link(&link, notation);
    opened.head.name = read.name();
    opened.head.saved_at = read.saved_at() as u64;
    // The module restored every value the link carries, so the link itself skips nothing (the
    // scenario_json fuzz target checks it): what was skipped is what the file held.
    opened.skipped = read.skipped().iter().map(|k| input_key(k)).collect();
    Ok(Some(opened))
}

/// `scenario` as a file, as `head` names and dates it (with `from`, a saved entry's key: that
/// stored file renamed and dated, all else in it kept); `None` when the module cannot load.
pub async fn write(scenario: &Scenario, head: &Head, from: Option<String>) -> Option<String> {
    let link = scenario.link_with(head);
    JsFuture::from(browser::write_scenario(&link, &head.name, head.saved_at as f64, from.as_deref().unwrap_or(""))).await.ok()?.as_string()
}
