//! ROX Calculator: what customer-experience investment is worth, computed in the browser.
//!
//! `finance` is the plain-Rust core (tested natively); `forms` the calculators' form state;
//! `text` the message catalogue; `export` CSV; `layout` the charts' label arithmetic. Wasm
//! only: `ui`, the Yew app (feature `app`, the page's module) and `api`, the JS API (feature
//! `api`, a module of its own), which reads its input through `api_input` (also compiled for
//! native tests); and `files`, the scenario-file module (feature `files`) the page fetches when
//! it first reads or writes a scenario file.

pub mod export;
pub mod finance;
pub mod forms;
pub mod layout;
pub mod state;
pub mod text;

#[cfg(all(target_arch = "wasm32", feature = "api"))]
mod api;
#[cfg(any(test, all(target_arch = "wasm32", feature = "api")))]
mod api_input;
#[cfg(all(target_arch = "wasm32", feature = "files"))]
mod files;

// A binned allocator (talc): lol_alloc's free list walked its whole length on every free, which
// took a visible part of a render's time, for about the same size.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
#[cfg(all(target_arch = "wasm32", any(feature = "app", feature = "api")))]
pub mod format;
#[cfg(all(target_arch = "wasm32", any(feature = "app", feature = "api")))]
mod slides;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod ui;
