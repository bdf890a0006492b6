//! ROX Calculator: what customer-experience investment is worth, computed in the browser.
//!
//! `finance` is the plain-Rust core (tested natively); `forms` the calculators' form state;
//! `text` the message catalogue; `ui` the Yew app and `api` the JS API, both wasm-only.

pub mod export;
pub mod finance;
pub mod forms;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod api;

// Safety of the claim: wasm32-unknown-unknown without atomics has exactly one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
#[cfg(target_arch = "wasm32")]
mod ui;
