//! A cited source beside the figure it supports, with its evidence grade and caveat.

use crate::text::{Grade, SourceText, EN};
use yew::prelude::*;

fn grade_class(g: Grade) -> &'static str {
    match g {
        Grade::PeerReviewed => "grade grade-strong",
        Grade::AnalystStudy => "grade grade-good",
        Grade::VendorSurvey | Grade::IndustryClaim => "grade grade-weak",
        Grade::Illustrative => "grade grade-none",
    }
}

pub fn grade(g: Grade) -> Html {
    html! { <span class={grade_class(g)}>{ EN.grade(g) }</span> }
}

pub fn source(s: &SourceText) -> Html {
    html! {
        <p class="source">
            { grade(s.grade) }
            { " " }{ s.claim }{ " — " }<cite>{ s.source }</cite>{ ". " }
            <span class="caveat">{ s.caveat }</span>
        </p>
    }
}
