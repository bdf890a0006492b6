//! The scenario-file module (feature `files`): reads and writes scenario files and saved
//! scenarios for the page through serde_json (`forms::file`). serde_json would not fit in the
//! page's first-load budget, so the page fetches this module the first time it needs it and
//! hands scenarios over as share links, which its own module already reads and writes.

use crate::forms::file;
use wasm_bindgen::prelude::*;

/// A file as the page receives it (see `forms::file::Handoff`).
#[wasm_bindgen(getter_with_clone)]
pub struct FileRead {
    pub link: String,
    pub name: String,
    /// Milliseconds since 1970; 0 when the file has no date.
    #[wasm_bindgen(js_name = savedAt)]
    pub saved_at: f64,
    /// Values that kept their defaults, as `form:key` ("?" for parts this version does not know).
    pub skipped: Vec<String>,
}

/// Read a scenario file; throws "TooLarge", "TooDeep" or "Invalid" for one that is refused.
#[wasm_bindgen]
pub fn read(text: &str) -> Result<FileRead, JsError> {
    let h = file::read(text).map_err(|e| JsError::new(error_name(e)))?;
    Ok(FileRead { link: h.link, name: h.name, saved_at: h.saved_at as f64, skipped: h.skipped.into_iter().map(crate::forms::scenario::skipped_name).collect() })
}

/// The scenario file of a link the page made, named `name` and dated `saved_at` (0: undated);
/// throws for a link that does not open.
#[wasm_bindgen]
pub fn write(link: &str, name: &str, saved_at: f64) -> Result<String, JsError> {
    file::write(link, name, date(saved_at)).ok_or_else(|| JsError::new("Invalid"))
}

/// A stored scenario file renamed (and dated, when `saved_at` is not 0), everything else kept;
/// throws "TooLarge", "TooDeep" or "Invalid" for one that is not a scenario file.
#[wasm_bindgen]
pub fn rename(text: &str, name: &str, saved_at: f64) -> Result<String, JsError> {
    file::renamed(text, name, date(saved_at)).map_err(|e| JsError::new(error_name(e)))
}

/// A date from the page (milliseconds since 1970) as a file holds it; 0 for none.
fn date(ms: f64) -> u64 {
    if ms.is_finite() && ms > 0.0 {
        ms as u64
    } else {
        0
    }
}

fn error_name(e: crate::forms::json::JsonError) -> &'static str {
    use crate::forms::json::JsonError;
    match e {
        JsonError::TooLarge => "TooLarge",
        JsonError::TooDeep => "TooDeep",
        JsonError::Invalid => "Invalid",
    }
}
