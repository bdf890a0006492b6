//! Headline results: label, large formatted value, optional note; the raw number rides along in
//! `data-value` for tests and integrators. Written as markup (see `markup`).

use super::format::{fmt, raw, Style};
use super::markup::Markup;
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

    fn write(&self, m: &mut Markup) {
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
        m.raw("<div class=\"tile\">").el("div", "tile-label", self.label);
        m.raw("<div class=\"tile-value\" data-testid=\"result-").raw(self.name).raw("\"").attr("data-value", &raw(self.value)).raw(">");
        m.text(&text).raw("</div>");
        if let Some(note) = &self.note {
            m.el("div", "tile-note", note);
        }
        m.raw("</div>");
    }
}

/// A row of tiles, as a region (see `markup`).
pub fn tiles(list: &[Tile]) -> Html {
    let mut m = Markup::default();
    write_tiles(&mut m, list);
    m.region("tiles")
}

pub fn write_tiles(m: &mut Markup, list: &[Tile]) {
    m.raw("<div class=\"tiles\">");
    for tile in list {
        tile.write(m);
    }
    m.raw("</div>");
}
