//! A headline result: label, large formatted value, optional note; the raw number rides along in
//! `data-value` for tests and integrators. A plain function, not a component: tiles are cheap to
//! rebuild and a component's props builder costs wasm bytes per use.

use super::format::{fmt, raw, Style};
use yew::prelude::*;

pub struct Tile {
    pub name: &'static str,
    pub label: &'static str,
    pub value: Option<f64>,
    pub style: Style,
    /// Shown instead of a number when `value` is `None`.
    pub missing: &'static str,
    pub note: Option<String>,
    pub suffix: Option<&'static str>,
}

impl Tile {
    pub fn new(name: &'static str, label: &'static str, value: Option<f64>, style: Style, missing: &'static str) -> Self {
        Self { name, label, value, style, missing, note: None, suffix: None }
    }

    pub fn note(mut self, note: Option<String>) -> Self {
        self.note = note;
        self
    }

    pub fn suffix(mut self, suffix: &'static str) -> Self {
        self.suffix = Some(suffix);
        self
    }

    pub fn view(self) -> Html {
        let text = match self.value {
            Some(v) => {
                let mut s = fmt(self.style, v);
                if let Some(suffix) = self.suffix {
                    s.push(' ');
                    s.push_str(suffix);
                }
                s
            }
            None => self.missing.to_owned(),
        };
        html! {
            <div class="tile">
                <div class="tile-label">{ self.label }</div>
                <div class="tile-value" data-testid={format!("result-{}", self.name)} data-value={raw(self.value)}>
                    { text }
                </div>
                if let Some(note) = self.note {
                    <div class="tile-note">{ note }</div>
                }
            </div>
        }
    }
}
