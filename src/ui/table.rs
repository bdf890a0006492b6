//! A year-by-year table, defined once and shown two ways: on the page (escaped markup — a static
//! table needs no per-cell Yew nodes, which keeps the wasm small) and as a CSV download with the
//! same columns.

use super::browser;
use super::markup::escape;
use super::format::{fmt, Style};
use crate::export::Csv;
use crate::finance::input::Notation;
use super::dispatch::{send, State};
use super::state::{Action, AppState, Tab};
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

impl Table {
    /// The table as markup, in a focusable scroll region (a wide table scrolls on a phone).
    pub fn view(&self) -> Html {
        let mut s = String::with_capacity(256 + self.rows.len() * 160);
        s.push_str("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"");
        escape(&mut s, self.caption);
        s.push_str("\"><table class=\"year-table\" data-testid=\"");
        s.push_str(self.hook);
        s.push_str("\"><caption>");
        escape(&mut s, self.caption);
        s.push_str("</caption><thead><tr>");
        for h in &self.head {
            s.push_str("<th scope=\"col\">");
            escape(&mut s, h);
            s.push_str("</th>");
        }
        s.push_str("</tr></thead><tbody>");
        for (label, values) in &self.rows {
            s.push_str("<tr><th scope=\"row\">");
            s.push_str(&label.to_string());
            s.push_str("</th>");
            for (v, style) in values.iter().zip(&self.styles) {
                s.push_str("<td>");
                escape(&mut s, &fmt(*style, *v));
                s.push_str("</td>");
            }
            s.push_str("</tr>");
        }
        s.push_str("</tbody></table></div>");
        Html::from_html_unchecked(s.into())
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

/// A table of text cells as markup: `head` labels the columns, each row has a label, cells and
/// whether to highlight it (with `marker` after its label, so the highlight is not colour only).
pub fn text_table(caption: &str, hook: &str, head: &[&str], rows: &[(String, Vec<String>, bool)], marker: &str) -> Html {
    let mut s = String::with_capacity(256 + rows.len() * 120);
    s.push_str("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"");
    escape(&mut s, caption);
    s.push_str("\"><table class=\"year-table text-table\" data-testid=\"");
    escape(&mut s, hook);
    s.push_str("\"><caption>");
    escape(&mut s, caption);
    s.push_str("</caption><thead><tr>");
    for h in head {
        s.push_str("<th scope=\"col\">");
        escape(&mut s, h);
        s.push_str("</th>");
    }
    s.push_str("</tr></thead><tbody>");
    for (label, cells, highlight) in rows {
        s.push_str(if *highlight { "<tr class=\"differs\"><th scope=\"row\">" } else { "<tr><th scope=\"row\">" });
        escape(&mut s, label);
        if *highlight {
            s.push_str(" <span class=\"marker\">");
            escape(&mut s, marker);
            s.push_str("</span>");
        }
        s.push_str("</th>");
        for c in cells {
            s.push_str("<td>");
            escape(&mut s, c);
            s.push_str("</td>");
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table></div>");
    Html::from_html_unchecked(s.into())
}

/// A button that downloads the year table of page `tab` as CSV.
pub fn csv_button(state: &State, tab: Tab) -> Html {
    html! {
        <button type="button" class="tool" data-testid={["csv-", tab.key()].concat()} onclick={send(state, Action::ExportCsv(tab))}>
            { state.t.download_csv }
        </button>
    }
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
