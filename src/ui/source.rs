//! A cited source beside the figure it supports, with its evidence grade and caveat, written as
//! markup (see `markup`).

use super::markup::Markup;
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

pub fn write_grade(m: &mut Markup, t: &Texts, g: Grade) {
    m.el("span", grade_class(g), t.grade(g));
}

pub fn write_source(m: &mut Markup, t: &Texts, s: &SourceText) {
    m.raw("<p class=\"source\">");
    write_grade(m, t, t.grade_of(s));
    m.raw(" ").text(s.claim).raw(" — ").el("cite", "", s.source).raw(". ").el("span", "caveat", s.caveat).raw("</p>");
}

pub fn source(t: &Texts, s: &SourceText) -> Html {
    let mut m = Markup::default();
    write_source(&mut m, t, s);
    m.html()
}
