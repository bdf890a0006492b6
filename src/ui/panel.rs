//! The frame every calculator page shares: the inputs form and the results panel, which is
//! marked stale (dimmed, with a note) while the inputs are invalid, and ends with how the
//! numbers are computed.

use super::context::use_ui;
use super::fold::Fold;
use super::peek::Peek;
use super::source::source;
use super::state::{Action, FormId};
use super::tile::TileProps;
use crate::text::SourceText;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InputsProps {
    /// The form the reset button resets.
    pub form: FormId,
    /// The title and intro above the fields (the business case has its own above the form).
    #[prop_or_default]
    pub title: Option<&'static str>,
    #[prop_or_default]
    pub intro: Option<&'static str>,
    pub children: Html,
}

/// The inputs form of a page: title, intro, the fields, a reset button.
#[component]
pub fn Inputs(props: &InputsProps) -> Html {
    let ctl = use_ui();
    let t = ctl.t;
    // Nothing is ever sent anywhere: results follow every keystroke.
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="inputs" aria-label={t.inputs} {onsubmit}>
            if let Some(title) = props.title {
                <h2>{ title }</h2>
            }
            if let Some(intro) = props.intro {
                <p class="intro">{ intro }</p>
            }
            { props.children.clone() }
            <button type="button" class="reset" onclick={ctl.on(Action::Reset(props.form))}>{ t.reset }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The inputs are invalid: what is shown belongs to earlier input.
    pub stale: bool,
    /// Show how the numbers are computed (from the second frame on, see `AppState::stage`).
    pub more: bool,
    pub convention: &'static str,
    pub cite: &'static SourceText,
    /// The first two of these tiles stand in a bar at a phone screen's foot while the results
    /// are below it (`peek`).
    #[prop_or_default]
    pub peek: Vec<TileProps>,
    pub children: Html,
}

/// The results panel: the results (the last valid ones, dimmed while stale), then the
/// convention with its source.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let t = use_ui().t;
    let node = use_node_ref();
    html! {
        <>
        <Peek tiles={props.peek.iter().take(2).cloned().collect::<Vec<_>>()} stale={props.stale} results={node.clone()} />
        <div ref={node} class="results" data-testid="results" data-stale={if props.stale { "true" } else { "false" }}
            aria-live="polite" aria-label={t.results}>
            if props.stale {
                <p class="stale-note" role="status">{ t.stale_note }</p>
            }
            { props.children.clone() }
            if props.more {
                <Fold class="convention" summary={html! { t.how_computed }}>
                    <p>{ props.convention }</p>
                    { source(t, props.cite) }
                </Fold>
            }
        </div>
        </>
    }
}
