//! A cited source beside the figure it supports, with its evidence grade and caveat.

use crate::text::{Grade, SourceText, Texts};
use yew::prelude::*;

fn grade_class(g: Grade) -> &'static str {
    match g {
        Grade::PeerReviewed => "grade grade-strong",
        Grade::AnalystStudy => "grade grade-good",
        Grade::VendorSurvey | Grade::IndustryClaim => "grade grade-weak",
        Grade::Illustrative => "grade grade-none",
    }
}

/// How strong a piece of evidence is, as a badge.
pub fn grade_badge(t: &Texts, grade: Grade) -> Html {
    html! { <span class={grade_class(grade)}>{ t.grade(grade) }</span> }
}

/// Source `s` (one of the catalogue's) with its grade: static text, so a plain function of the
/// texts rather than a component of its own.
pub fn source(t: &Texts, s: &'static SourceText) -> Html {
    html! {
        <p class="source">
            { grade_badge(t, t.grade_of(s)) }{ " " }{ s.claim }{ " — " }<cite>{ s.source }</cite>{ ". " }
            <span class="caveat">{ s.caveat }</span>
        </p>
    }
}

pub use crate::text::evidence;
