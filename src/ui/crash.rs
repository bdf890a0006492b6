//! The last line of defence: if a panic still happens, replace the dead app with a visible
//! "something went wrong — reload" notice instead of leaving a frozen page.

use super::markup::Markup;
use web_sys::Document;

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

fn show(doc: &Document) -> Option<()> {
    // The language on screen; a crash before any text loaded leaves the page as it is.
    let t = super::texts::current()?;
    let mut m = Markup::default();
    m.raw("<div class=\"crash\" role=\"alert\" data-testid=\"crash\">").el("h2", "", t.crash_title).el("p", "", t.crash_body);
    // A plain link: no code is needed from a wasm that just failed.
    m.raw("<a class=\"button\"").attr("href", &reload_href(doc)?).raw(">").text(t.crash_reload).raw("</a></div>");
    doc.get_element_by_id("app")?.set_inner_html(&m.0);
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
