//! The frame every calculator page shares: the inputs form and the results panel, which is
//! marked stale (dimmed, with a note) while the inputs are invalid, and ends with how the
//! numbers are computed.

use super::markup::Markup;
use super::source::write_source;
use super::state::Tab;
use crate::text::{SourceText, Texts};
use yew::prelude::*;

/// The inputs form of page `tab`: title, intro, the fields, a reset button.
pub fn inputs(t: &Texts, tab: Tab, title: &'static str, intro: &'static str, body: Html) -> Html {
    html! {
        <form class="inputs" aria-label={t.inputs}>
            <h2>{ title }</h2>
            <p class="intro">{ intro }</p>
            { body }
            <button type="button" class="reset" data-act="reset" data-arg={tab.key()}>{ t.reset }</button>
        </form>
    }
}

/// The results panel: `head` (always shown), then `body` (the last valid result, if any),
/// then the convention with its source (from the second frame on: `more`, see `AppState::stage`).
pub fn results(t: &Texts, stale: bool, more: bool, head: Html, body: Option<Html>, convention: &'static str, cite: &SourceText) -> Html {
    html! {
        <div class="results" data-testid="results"
            data-stale={if stale { "true" } else { "false" }} aria-live="polite" aria-label={t.results}>
            if stale {
                <p class="stale-note" role="status">{ t.stale_note }</p>
            }
            { head }
            { body }
            if more {
                { how_computed(t, convention, cite) }
            }
        </div>
    }
}

/// "How this is computed": the convention with its source, folded away.
fn how_computed(t: &Texts, convention: &str, cite: &SourceText) -> Html {
    let mut m = Markup::default();
    m.raw("<details class=\"convention\">").el("summary", "", t.how_computed).el("p", "", convention);
    write_source(&mut m, t, cite);
    m.raw("</details>");
    m.html()
}
