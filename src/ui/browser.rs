//! The browser plumbing in `browser.js`, typed for Rust: files, storage, clipboard, language
//! packs and events for a host page. Requests that take time answer through one function the
//! app registers (`listen`), tagged with a `Kind`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/ui/browser.js")]
extern "C" {
    /// Register the function that receives every answer: (kind, value).
    pub fn listen(sink: &Closure<dyn Fn(u32, JsValue)>);
    /// Offer `text` as a file download.
    pub fn download(name: &str, mime: &str, text: &str);
    /// Answers `Kind::File` with the text, `null` (nothing chosen) or `false` (too large).
    #[wasm_bindgen(js_name = readFile)]
    pub fn read_file(input: &web_sys::HtmlInputElement, max: u32, kind: u32);
    #[wasm_bindgen(js_name = storageGet)]
    fn storage_get(key: &str) -> JsValue;
    #[wasm_bindgen(js_name = storageSet)]
    fn storage_set(key: &str, value: &str) -> String;
    #[wasm_bindgen(js_name = storageRemove)]
    pub fn storage_remove(key: &str);
    #[wasm_bindgen(js_name = storageKeys)]
    fn storage_keys(prefix: &str) -> JsValue;
    /// Answers `Kind::Copied` with true or false.
    #[wasm_bindgen(js_name = copyText)]
    pub fn copy_text(text: &str, kind: u32);
    /// Answers `Kind::Text(lang)` with the text or `null`.
    #[wasm_bindgen(js_name = fetchText)]
    pub fn fetch_text(url: &str, kind: u32);
    /// Puts `fragment` in the address (the scenario), at most every 200 ms.
    #[wasm_bindgen(js_name = showAddress)]
    pub fn show_address(fragment: &str);
    /// Writes an address `show_address` still holds back, now.
    #[wasm_bindgen(js_name = flushAddress)]
    pub fn flush_address();
    /// Answers `kind` with null once the frame just drawn is on screen.
    #[wasm_bindgen(js_name = afterPaint)]
    pub fn after_paint(kind: u32);
    /// Dispatch `rox:*` on the window and, when framed, post it to the host page.
    pub fn emit(kind: &str, detail: &js_sys::Object);
    /// Bring `el`'s children in line with `html`, changing only what differs; `drawn`: they
    /// show `html` already (a region's first render), to compare the next render with.
    pub fn morph(el: &web_sys::Element, html: &str, drawn: bool);
}

/// What an answer from `browser.js` is about.
pub mod kind {
    pub const COPIED: u32 = 1;
    pub const FILE: u32 = 2;
    /// The frame just drawn is on screen (see `AppState::stage`).
    pub const PAINTED: u32 = 3;
    /// A language pack: `TEXT + Lang as u32`.
    pub const TEXT: u32 = 100;
}

/// Why storage did not keep something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreError {
    /// Quota exceeded.
    Full,
    /// Disabled, blocked or unavailable.
    Off,
}

/// `Ok(None)` for a missing key, `Err(Off)` when storage is unavailable.
pub fn load(key: &str) -> Result<Option<String>, StoreError> {
    let v = storage_get(key);
    if v.is_undefined() { Err(StoreError::Off) } else { Ok(v.as_string()) }
}

pub fn store(key: &str, value: &str) -> Result<(), StoreError> {
    match storage_set(key, value).as_str() {
        "ok" => Ok(()),
        "full" => Err(StoreError::Full),
        _ => Err(StoreError::Off),
    }
}

/// Keys under `prefix`, or `Err(Off)` when storage is unavailable.
pub fn keys(prefix: &str) -> Result<Vec<String>, StoreError> {
    let v = storage_keys(prefix);
    if v.is_null() || v.is_undefined() {
        return Err(StoreError::Off);
    }
    Ok(js_sys::Array::from(&v).iter().filter_map(|k| k.as_string()).collect())
}

/// A plain object from (key, value) pairs, for event details.
pub fn object(pairs: &[(&str, JsValue)]) -> js_sys::Object {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

/// The value of the form control with `id` (an input or a select), or "".
pub fn value_of(id: &str) -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| js_sys::Reflect::get(&el, &JsValue::from_str("value")).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}
