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

/// Whether the top of `results` is below the window's bottom edge. Reads the layout: called on
/// scroll and resize, when the layout is already done.
fn below(results: &NodeRef) -> bool {
    let (Some(el), Some(w)) = (results.cast::<web_sys::Element>(), web_sys::window()) else { return false };
    let height = w.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(f64::INFINITY);
    el.get_bounding_client_rect().top() > height
}

/// Whether an observed entry's element is wholly below its root (the window).
fn entry_below(entry: &web_sys::IntersectionObserverEntry) -> bool {
    let bottom = entry.root_bounds().map_or(f64::INFINITY, |r| r.bottom());
    !entry.is_intersecting() && entry.bounding_client_rect().top() > bottom
}

#[component]
pub fn Peek(props: &PeekProps) -> Html {
    let ui = use_ui();
    let num = &ui.num;
    let hidden = use_state_eq(|| true);
    // Shown while the results are below the screen. An `IntersectionObserver` says so once the
    // page is laid out and whenever that changes (the numbers, an error or an opened section
    // above them), without making the browser lay the page out inside a render; scrolling
    // straight past them is caught by the scroll listener.
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
            let watch = window.and_then(|_| {
                let el = results.cast::<web_sys::Element>()?;
                let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    if let Ok(entry) = entries.pop().dyn_into::<web_sys::IntersectionObserverEntry>() {
                        hidden.set(!entry_below(&entry));
                    }
                });
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
