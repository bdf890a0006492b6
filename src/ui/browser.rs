//! The browser plumbing in `browser.js`, typed for Rust: files, storage, clipboard, language
//! packs, the address, and events for a host page. What takes time returns a promise, awaited
//! in `effects`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/ui/browser.js")]
extern "C" {
    /// The app is on screen and listening (a mark for `make bench`; the phone's results bar).
    pub fn started();
    /// Offer `text` as a file download.
    pub fn download(name: &str, mime: &str, text: &str);
    /// Offer `bytes` (a `Uint8Array`) as a file download.
    #[wasm_bindgen(js_name = download)]
    pub fn download_bytes(name: &str, mime: &str, bytes: &JsValue);
    /// Resolves to the text of the file chosen in `input`, `null` (nothing chosen) or `false`
    /// (above `max` bytes, or unreadable).
    #[wasm_bindgen(js_name = readFile)]
    pub fn read_file(input: &web_sys::HtmlInputElement, max: u32) -> js_sys::Promise;
    #[wasm_bindgen(js_name = storageGet)]
    fn storage_get(key: &str) -> JsValue;
    #[wasm_bindgen(js_name = storageSet)]
    fn storage_set(key: &str, value: &str) -> String;
    #[wasm_bindgen(js_name = storageRemove)]
    pub fn storage_remove(key: &str);
    #[wasm_bindgen(js_name = storageKeys)]
    fn storage_keys(prefix: &str) -> JsValue;
    /// Resolves to whether `text` reached the clipboard.
    #[wasm_bindgen(js_name = copyText)]
    pub fn copy_text(text: &str) -> js_sys::Promise;
    /// Resolves to the text at `url` (a language pack), or `null`.
    #[wasm_bindgen(js_name = fetchText)]
    pub fn fetch_text(url: &str) -> js_sys::Promise;
    /// Puts `fragment` in the address (the scenario), at most every 200 ms.
    #[wasm_bindgen(js_name = showAddress)]
    pub fn show_address(fragment: &str);
    /// Writes an address `show_address` still holds back, now.
    #[wasm_bindgen(js_name = flushAddress)]
    pub fn flush_address();
    /// Resolves once the frame just drawn is on screen.
    #[wasm_bindgen(js_name = afterPaint)]
    pub fn after_paint() -> js_sys::Promise;
    /// Dispatch `rox:*` on the window and, when framed, post it to the host page.
    pub fn emit(kind: &str, detail: &js_sys::Object);
    /// Resolves to the scenario file `text` as the scenario-file module reads it (a `FileRead`),
    /// or `null` when the file is refused; rejects when the module cannot load.
    #[wasm_bindgen(js_name = readScenario)]
    pub fn read_scenario(text: &str) -> js_sys::Promise;
    /// Resolves to the scenario file of `link` (`Scenario::link_with`), named and dated
    /// (`saved_at` 0: undated), or `null`; with `from` (a saved entry's storage key; "" for none), that
    /// stored file renamed and dated instead, so what this version did not read of it is kept.
    /// Rejects when the module cannot load.
    #[wasm_bindgen(js_name = writeScenario)]
    pub fn write_scenario(link: &str, name: &str, saved_at: f64, from: &str) -> js_sys::Promise;
    /// Resolves when the browser is back online, or after 30 s.
    #[wasm_bindgen(js_name = retryLater)]
    pub fn retry_later() -> js_sys::Promise;
}

#[wasm_bindgen]
extern "C" {
    /// A scenario file as the scenario-file module read it (`crate::files::FileRead`).
    pub type FileRead;
    #[wasm_bindgen(method, getter)]
    pub fn link(this: &FileRead) -> String;
    #[wasm_bindgen(method, getter)]
    pub fn name(this: &FileRead) -> String;
    #[wasm_bindgen(method, getter, js_name = savedAt)]
    pub fn saved_at(this: &FileRead) -> f64;
    #[wasm_bindgen(method, getter)]
    pub fn skipped(this: &FileRead) -> Vec<String>;
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
    if v.is_undefined() {
        Err(StoreError::Off)
    } else {
        Ok(v.as_string())
    }
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
