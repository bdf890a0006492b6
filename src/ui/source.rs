//! A cited source beside the figure it supports, with its evidence grade and caveat.

use crate::text::SourceText;
use yew::prelude::*;

pub fn source(s: &SourceText) -> Html {
    html! {
        <p class="source">
            <span class="grade">{ s.grade }</span>
            { " " }{ s.claim }{ " — " }<cite>{ s.source }</cite>{ ". " }
            <span class="caveat">{ s.caveat }</span>
        </p>
    }
}
