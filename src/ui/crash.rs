//! The last line of defence: if a panic still happens, replace the dead app with a visible
//! "something went wrong — reload" notice instead of leaving a frozen page.

use web_sys::Document;

fn show(doc: &Document) -> Option<()> {
    // The language on screen; a crash before any text loaded shows nothing but the default.
    let t = super::texts::current()?;
    let root = doc.get_element_by_id("app")?;
    let notice = doc.create_element("div").ok()?;
    notice.set_class_name("crash");
    notice.set_attribute("role", "alert").ok()?;
    notice.set_attribute("data-testid", "crash").ok()?;
    let heading = doc.create_element("h2").ok()?;
    heading.set_text_content(Some(t.crash_title));
    let body = doc.create_element("p").ok()?;
    body.set_text_content(Some(t.crash_body));
    // A plain link (no code needed from a wasm that just failed) to the same page and fragment,
    // so the scenario kept in the fragment comes back. The query toggles, because a link that
    // differs only in its fragment would not reload the page.
    let location = doc.location()?;
    let mut href = location.pathname().ok()?;
    if location.search().ok()?.is_empty() {
        href.push_str("?restart");
    }
    href.push_str(&location.hash().ok()?);
    let reload = doc.create_element("a").ok()?;
    reload.set_attribute("href", &href).ok()?;
    reload.set_class_name("button");
    reload.set_text_content(Some(t.crash_reload));
    notice.append_child(&heading).ok()?;
    notice.append_child(&body).ok()?;
    notice.append_child(&reload).ok()?;
    root.set_text_content(None);
    root.append_child(&notice).ok()?;
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
