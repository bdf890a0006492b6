//! The Sources page: every default and benchmark with its source, evidence grade and caveat.

use super::source::source;
use crate::text::EN;
use yew::prelude::*;

#[component]
pub fn SourcesPage() -> Html {
    let t = &EN;
    html! {
        <section class="sources" id="panel-sources" role="tabpanel" aria-labelledby="tab-sources">
            <h2>{ t.sources_title }</h2>
            <p class="intro">{ t.sources_intro }</p>
            <ul class="source-list" data-testid="sources">
                { for t.all_sources().into_iter().map(|s| html! { <li>{ source(s) }</li> }) }
            </ul>
        </section>
    }
}
