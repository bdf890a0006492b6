//! Headline results: label, large formatted value, optional note; the raw number rides along in
//! `data-value` for tests and integrators.

use super::context::use_ui;
use super::format::{fmt, raw, Style};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct TileProps {
    /// Test hook: `result-<name>`.
    pub name: &'static str,
    pub label: &'static str,
    pub value: Option<f64>,
    pub style: Style,
    /// Shown instead of a number when `value` is `None`.
    pub missing: &'static str,
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// A unit after the number ("months").
    #[prop_or_default]
    pub suffix: Option<&'static str>,
}

#[component]
pub fn Tile(props: &TileProps) -> Html {
    // Read so the tile formats again when the currency or language changes.
    let _ui = use_ui();
    let text = match props.value {
        Some(v) => match props.suffix {
            Some(suffix) => [fmt(props.style, v).as_str(), " ", suffix].concat(),
            None => fmt(props.style, v),
        },
        None => props.missing.to_owned(),
    };
    html! {
        <div class="tile">
            <div class="tile-label">{ props.label }</div>
            <div class="tile-value" data-testid={["result-", props.name].concat()} data-value={raw(props.value)}>{ text }</div>
            if let Some(note) = &props.note {
                <div class="tile-note">{ note.clone() }</div>
            }
        </div>
    }
}
