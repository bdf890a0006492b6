//! A headline result: label, large formatted value, optional note; the raw number rides along in
//! `data-value` for tests and integrators.

use super::format::{fmt, raw, Style};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TileProps {
    pub name: &'static str,
    pub label: &'static str,
    pub value: Option<f64>,
    pub style: Style,
    /// Shown instead of a number when `value` is `None`.
    pub missing: &'static str,
    #[prop_or_default]
    pub note: Option<AttrValue>,
    #[prop_or_default]
    pub suffix: Option<&'static str>,
}

#[component]
pub fn Tile(props: &TileProps) -> Html {
    let text = match props.value {
        Some(v) => {
            let mut s = fmt(props.style, v);
            if let Some(suffix) = props.suffix {
                s.push(' ');
                s.push_str(suffix);
            }
            s
        }
        None => props.missing.to_owned(),
    };
    html! {
        <div class="tile">
            <div class="tile-label">{ props.label }</div>
            <div class="tile-value" data-testid={format!("result-{}", props.name)} data-value={raw(props.value)}>
                { text }
            </div>
            if let Some(note) = &props.note {
                <div class="tile-note">{ note.clone() }</div>
            }
        </div>
    }
}
