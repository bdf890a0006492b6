//! The results' first two numbers at the foot of a phone's screen: on a phone the results come
//! a screen or two below the inputs, so while they are out of sight this bar shows the first two
//! tiles as they change, and a tap scrolls to them. A copy for the eye only (aria-hidden, not
//! focusable): the results panel announces its changes itself (aria-live). Embedded, the frame
//! is as tall as its content, so the results are never below it and the bar never shows.

use super::context::use_ui;
use super::tile::{tile_text, TileProps};
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PeekProps {
    /// The first two tiles of the results.
    pub tiles: Vec<TileProps>,
    /// The results are the last good ones, dimmed.
    pub stale: bool,
    /// The results panel the bar stands for.
    pub results: NodeRef,
}

/// Whether the top of `results` is below the window's bottom edge. Reads the layout: called
/// when it is already done (on scroll and resize, and when the observer reports).
fn below(results: &NodeRef) -> bool {
    let (Some(el), Some(w)) = (results.cast::<web_sys::Element>(), web_sys::window()) else { return false };
    let height = w.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(f64::INFINITY);
    el.get_bounding_client_rect().top() > height
}

#[component]
pub fn Peek(props: &PeekProps) -> Html {
    let ui = use_ui();
    let num = &ui.num;
    let hidden = use_state_eq(|| true);
    // Shown while the results are below the screen, measured when the layout is done: an
    // `IntersectionObserver` calls back once the page is laid out and whenever the results
    // come into or out of view (the numbers, an error or an opened section above them moving
    // them), never inside a render; scrolling straight past them is caught on scroll.
    {
        let (hidden, results, embedded) = (hidden.clone(), props.results.clone(), ui.embedded);
        use_effect_with((), move |_| {
            let window = web_sys::window().filter(|_| !embedded);
            let listeners = window.as_ref().map(|w| {
                let passive = EventListenerOptions { passive: true, ..EventListenerOptions::default() };
                ["scroll", "resize"].map(|kind| {
                    let (hidden, results) = (hidden.clone(), results.clone());
                    EventListener::new_with_options(w, kind, passive, move |_| hidden.set(!below(&results)))
                })
            });
            let watch = window.and_then(move |_| {
                let el = results.cast::<web_sys::Element>()?;
                let on_change = Closure::<dyn FnMut()>::new(move || hidden.set(!below(&results)));
                let observer = web_sys::IntersectionObserver::new(on_change.as_ref().unchecked_ref()).ok()?;
                observer.observe(&el);
                Some((observer, on_change))
            });
            move || {
                drop(listeners);
                if let Some((observer, _on_change)) = watch {
                    observer.disconnect();
                }
            }
        });
    }
    let onclick = {
        let results = props.results.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = results.cast::<web_sys::Element>() {
                el.scroll_into_view();
            }
        })
    };
    html! {
        <div class="peek" aria-hidden="true" hidden={*hidden || props.tiles.is_empty()} data-stale={if props.stale { "true" } else { "false" }} {onclick}>
            { for props.tiles.iter().map(|tile| html! { <span><small>{ tile.label }</small><b>{ tile_text(num, tile) }</b></span> }) }
        </div>
    }
}
