//! The Sources page: every default and benchmark with its source, evidence grade and caveat.

use super::context::use_ui;
use super::panels::MappingSource;
use super::source::source;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcesPageProps {
    pub role: Option<&'static str>,
    /// The self-assessment's mapping is drawn (from the second frame on, see `AppState::stage`).
    pub more: bool,
}

#[component]
pub fn SourcesPage(props: &SourcesPageProps) -> Html {
    let t = use_ui().t;
    html! {
        <section class="sources" id="panel-sources" role={props.role} aria-labelledby={props.role.map(|_| "tab-sources")}>
            <h2>{ t.sources_title }</h2>
            <p class="intro">{ t.sources_intro }</p>
            <ul class="source-list" data-testid="sources">
                { for t.all_sources().into_iter().map(|s| html! { <li>{ source(t, s) }</li> }) }
            </ul>
            if props.more {
                <MappingSource />
            }
        </section>
    }
}
