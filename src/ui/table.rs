//! A year-by-year table, defined once and shown two ways: on the page (escaped markup — a static
//! table needs no per-cell Yew nodes, which keeps the wasm small) and as a CSV download with the
//! same columns.

use super::browser;
use super::format::{fmt, Style};
use crate::export::Csv;
use crate::finance::input::Notation;
use super::markup::Markup;
use super::state::{AppState, Tab};
use crate::text::Texts;
use yew::prelude::*;

pub struct Table {
    pub caption: &'static str,
    /// `data-testid` of the table.
    pub hook: &'static str,
    /// Column labels, the first one for the row labels.
    pub head: Vec<String>,
    /// Each row: its label (a year) and its values.
    pub rows: Vec<(u32, Vec<f64>)>,
    /// How the values are shown, per value column.
    pub styles: Vec<Style>,
}

/// A table in its focusable scroll region (a wide table scrolls on a phone), up to `<tbody>`.
fn open(m: &mut Markup, class: &str, caption: &str, hook: &str, head: &[&str]) {
    m.raw("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\"").attr("aria-label", caption);
    m.raw("><table").attr("class", class).attr("data-testid", hook).raw("><caption>").text(caption).raw("</caption><thead><tr>");
    for h in head {
        m.raw("<th scope=\"col\">").text(h).raw("</th>");
    }
    m.raw("</tr></thead><tbody>");
}

fn close(m: &mut Markup) {
    m.raw("</tbody></table></div>");
}

impl Table {
    /// The table as a region (see `markup`).
    pub fn view(&self) -> Html {
        let mut m = Markup::default();
        self.write(&mut m);
        m.region(self.hook)
    }

    pub fn write(&self, m: &mut Markup) {
        let head: Vec<&str> = self.head.iter().map(String::as_str).collect();
        open(m, "year-table", self.caption, self.hook, &head);
        for (label, values) in &self.rows {
            m.raw("<tr><th scope=\"row\">").raw(&label.to_string()).raw("</th>");
            for (v, style) in values.iter().zip(&self.styles) {
                m.el("td", "", &fmt(*style, *v));
            }
            m.raw("</tr>");
        }
        close(m);
    }

    pub fn csv(&self, notation: Notation) -> String {
        let mut csv = Csv::new(notation);
        csv.header(self.head.iter().map(String::as_str));
        for (label, values) in &self.rows {
            csv.row(std::iter::once(f64::from(*label)).chain(values.iter().copied()));
        }
        csv.finish()
    }
}

/// A table of text cells: `head` labels the columns, each row has a label, cells and whether to
/// highlight it (with `marker` after its label, so the highlight is not colour only). Long
/// labels wrap.
pub fn text_table(m: &mut Markup, caption: &str, hook: &str, head: &[&str], rows: &[(String, Vec<String>, bool)], marker: &str) {
    open(m, "year-table text-table", caption, hook, head);
    for (label, cells, highlight) in rows {
        m.raw(if *highlight { "<tr class=\"differs\"><th scope=\"row\">" } else { "<tr><th scope=\"row\">" }).text(label);
        if *highlight {
            m.raw(" ").el("span", "marker", marker);
        }
        m.raw("</th>");
        for c in cells {
            m.el("td", "", c);
        }
        m.raw("</tr>");
    }
    close(m);
}

/// A button that downloads the year table of page `tab` as CSV.
pub fn csv_button(t: &Texts, tab: Tab) -> Html {
    let mut m = Markup::default();
    m.button("csv", tab.key(), &["csv-", tab.key()].concat(), t.download_csv);
    m.html()
}

/// Download the year table of page `tab` as `rox-<page>.csv` (built on request, not on every
/// keystroke).
pub fn export_csv(state: &AppState, tab: Tab) {
    let (t, s) = (state.t, &state.scenario);
    let table = match tab {
        Tab::Retention => s.retention.result().map(|r| super::retention::year_table(t, r)),
        Tab::Payback => s.payback.result().map(|r| super::payback::year_table(t, r)),
        Tab::Case => s.case.result().map(|r| super::case::year_table(t, r)),
        _ => None,
    };
    if let Some(table) = table {
        let name = ["rox-", tab.key(), ".csv"].concat();
        browser::download(&name, "text/csv;charset=utf-8", &table.csv(state.lang.notation()));
    }
}
