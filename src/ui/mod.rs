//! The Yew user interface: thin components over `crate::forms` and `crate::finance`.

mod app;
mod case;
mod metrics;
mod panel;
mod sources;
mod chart;
mod crash;
mod field;
mod format;
mod link;
mod payback;
mod retention;
mod source;
mod state;
mod tile;

pub use app::App;

/// Mount the app into `#app` when the page has one; in Node or a page without it, do nothing,
/// so the JS API works on its own.
pub fn mount() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    if let Some(root) = root {
        crash::install();
        yew::Renderer::<App>::with_root(root).render();
    }
}
