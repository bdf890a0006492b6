//! The last line of defence: if a panic still happens, replace the dead app with a visible
//! "something went wrong — reload" notice instead of leaving a frozen page.

use web_sys::{Document, Element};

/// The same page with the same fragment (the scenario), reloaded: the query gains or loses a
/// `restart` marker, because a link that differs only in its fragment would not reload.
fn reload_href(doc: &Document) -> Option<String> {
    // The last change may still be waiting to reach the address.
    super::browser::flush_address();
    let location = doc.location()?;
    let search = location.search().ok()?;
    let search = match search.strip_suffix("restart") {
        Some(rest) => rest.trim_end_matches(['&', '?']).to_owned(),
        None if search.is_empty() => "?restart".to_owned(),
        None => search + "&restart",
    };
    Some([location.pathname().ok()?, search, location.hash().ok()?].concat())
}

/// A new element `tag` with `text`, built with DOM calls: nothing of a failed app is trusted.
fn element(doc: &Document, tag: &str, text: &str) -> Option<Element> {
    let el = doc.create_element(tag).ok()?;
    el.set_text_content(Some(text));
    Some(el)
}

fn show(doc: &Document) -> Option<()> {
    // The language on screen; a crash before any text loaded leaves the page as it is.
    let t = super::texts::current()?;
    let notice = doc.create_element("div").ok()?;
    notice.set_class_name("crash");
    notice.set_attribute("role", "alert").ok()?;
    notice.set_attribute("data-testid", "crash").ok()?;
    // A plain link: no code is needed from a wasm that just failed.
    let reload = element(doc, "a", t.crash_reload)?;
    reload.set_class_name("button");
    reload.set_attribute("href", &reload_href(doc)?).ok()?;
    for child in [element(doc, "h2", t.crash_title)?, element(doc, "p", t.crash_body)?, reload] {
        notice.append_child(&child).ok()?;
    }
    doc.get_element_by_id("app")?.replace_children_with_node_1(&notice);
    Some(())
}

/// Install the panic hook; call before mounting. Through yew's setter, so yew does not replace
/// it with its console-only hook when the app renders.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|_| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            let _ = show(&doc);
        }
    }));
}
