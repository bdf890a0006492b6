//! Headline results: label, large formatted value, optional note; the raw number rides along in
//! `data-value` for tests and integrators. A row of tiles shows its figures at one size, and no
//! number in a tile is on a line apart from its unit or the word before it.

use super::context::use_ui;
use super::format::{raw, Numbers, Style};
use crate::text::keep_numbers_together;
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
    /// The length class of the row's longest figure (`tiles`), which sizes this one: a row's
    /// figures are equally prominent, NPV as much as ROI.
    #[prop_or_default]
    pub fit: Option<&'static str>,
}

impl TileProps {
    pub fn new(name: &'static str, label: &'static str, value: Option<f64>, style: Style, missing: &'static str) -> Self {
        Self { name, label, value, style, missing, note: None, suffix: None, fit: None }
    }

    /// With a unit after the number.
    pub fn suffix(self, suffix: &'static str) -> Self {
        Self { suffix: Some(suffix), ..self }
    }

    /// With a note under the number.
    pub fn note(self, note: Option<AttrValue>) -> Self {
        Self { note, ..self }
    }
}

/// A tile's figure as it reads: the number formatted, with its unit, or what stands for none.
pub fn tile_text(num: &Numbers, props: &TileProps) -> String {
    match props.value {
        Some(v) => match props.suffix {
            Some(suffix) => [num.fmt(props.style, v).as_str(), " ", suffix].concat(),
            None => num.fmt(props.style, v),
        },
        None => props.missing.to_owned(),
    }
}

/// The tiles of a results panel, in a row, each figure at the size of the longest.
pub fn tiles(num: &Numbers, list: &[TileProps]) -> Html {
    let longest = list.iter().map(|p| tile_text(num, p).chars().count()).max().unwrap_or(0);
    let fit = Some(length_class_of(longest));
    html! { <div class="tiles">{ for list.iter().map(|p| html! { <Tile key={p.name} fit={fit} ..p.clone() /> }) }</div> }
}

/// How long a figure is, so the stylesheet can size it to fit its tile on one line (a figure is
/// never split): a class of length rather than a style, which the page's CSP forbids.
pub fn length_class(text: &str) -> &'static str {
    length_class_of(text.chars().count())
}

fn length_class_of(chars: usize) -> &'static str {
    match chars {
        0..=6 => "6",
        7..=9 => "9",
        10..=12 => "12",
        13..=15 => "15",
        16..=18 => "18",
        19..=22 => "22",
        _ => "26",
    }
}

#[component]
pub fn Tile(props: &TileProps) -> Html {
    let text = tile_text(&use_ui().num, props);
    let length = props.fit.unwrap_or_else(|| length_class(&text));
    html! {
        <div class="tile">
            <div class="tile-label">{ keep_numbers_together(props.label) }</div>
            <div class="tile-value" data-testid={["result-", props.name].concat()} data-value={raw(props.value)} data-length={length}>{ text }</div>
            if let Some(note) = &props.note {
                <div class="tile-note">{ keep_numbers_together(note) }</div>
            }
        </div>
    }
}
