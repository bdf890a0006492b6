//! Where a panel the page loads later is drawn: the report's body, the business case's
//! uncertainty panel, the self-assessment. Their code is a module of its own (`ui::panels`,
//! `dist/rox_panels.js`) that `browser.js` fetches the first time one is shown, so it costs the
//! first load nothing; it draws into this element from the scenario's share link, and sends a
//! changed scenario back as a link (`rox-panel:open`, opened like one typed into the address).

use super::browser;
use super::context::use_ui;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LaterProps {
    /// Which panel (`ui::panels::mount` lists them).
    pub kind: &'static str,
    /// The scenario as a share link (`link::encode`).
    pub link: AttrValue,
}

#[component]
pub fn Later(props: &LaterProps) -> Html {
    let node = use_node_ref();
    let ui = use_ui();
    {
        let (node, kind) = (node.clone(), props.kind);
        use_effect_with(props.link.clone(), move |link| {
            if let Some(el) = node.cast::<web_sys::Element>() {
                browser::panel(&el, kind, link);
            }
        });
    }
    {
        let node = node.clone();
        // When the page stops showing the panel, its app stops too.
        use_effect_with((), move |_| {
            let el = node.cast::<web_sys::Element>();
            move || {
                if let Some(el) = el {
                    browser::unpanel(&el);
                }
            }
        });
    }
    // Empty for Yew: the module owns what is inside. Busy until it has drawn (browser.js).
    html! { <div ref={node} class="later" data-kind={props.kind} aria-busy="true" data-loading={ui.t.loading} data-failed={ui.t.panel_failed} /> }
}
