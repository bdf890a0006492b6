//! The Sources page: every default and benchmark with its source, evidence grade and caveat.

use super::markup::Markup;
use super::source::write_source;
use super::state::AppState;
use yew::prelude::*;

#[inline(never)] // compiled only when opened: see App
pub fn sources_page(state: &AppState) -> Html {
    let t = state.t;
    let mut m = Markup::default();
    m.raw("<section class=\"sources\" id=\"panel-sources\" role=\"tabpanel\" aria-labelledby=\"tab-sources\">")
        .el("h2", "", t.sources_title)
        .el("p", "intro", t.sources_intro)
        .raw("<ul class=\"source-list\" data-testid=\"sources\">");
    for s in t.all_sources() {
        m.raw("<li>");
        write_source(&mut m, t, s);
        m.raw("</li>");
    }
    m.raw("</ul></section>");
    m.html()
}
