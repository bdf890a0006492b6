//! Tables: a year-by-year table, defined once and shown two ways — on the page and as a CSV
//! download with the same columns — and a table of text cells (the report's assumptions, a
//! comparison of saved scenarios).

use super::context::{use_ui, Ui};
use super::effect::Effect;
use super::format::Style;
use super::state::Tab;
use crate::export::Csv;
use crate::finance::input::Notation;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Table {
    pub caption: &'static str,
    /// `data-testid` of the table.
    pub hook: &'static str,
    /// Column labels, the first one for the row labels.
    pub head: Vec<AttrValue>,
    /// Each row: its label (a year) and its values.
    pub rows: Vec<(u32, Vec<f64>)>,
    /// How the values are shown, per value column.
    pub styles: Vec<Style>,
}

impl Table {
    pub fn csv(&self, notation: Notation) -> String {
        let mut csv = Csv::new(notation);
        csv.header(self.head.iter().map(AttrValue::as_str));
        for (label, values) in &self.rows {
            csv.row(std::iter::once(f64::from(*label)).chain(values.iter().copied()));
        }
        csv.finish()
    }
}

/// A table in its focusable scroll region (a wide table scrolls on a phone).
pub(super) fn frame(class: &'static str, caption: &AttrValue, hook: &'static str, head: &[AttrValue], rows: Html) -> Html {
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={caption.clone()}>
            <table class={class} data-testid={hook}>
                <caption>{ caption.clone() }</caption>
                <thead><tr>{ for head.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }</tr></thead>
                <tbody>{ rows }</tbody>
            </table>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct YearTableProps {
    pub table: Table,
}

/// A year table on the page.
#[component]
pub fn YearTable(props: &YearTableProps) -> Html {
    let num = &use_ui().num;
    let t = &props.table;
    let rows = t.rows.iter().map(|(year, values)| {
        html! {
            <tr key={*year}>
                <th scope="row">{ year }</th>
                { for values.iter().zip(&t.styles).map(|(v, style)| html! { <td>{ num.fmt(*style, *v) }</td> }) }
            </tr>
        }
    });
    frame("year-table", &t.caption.into(), t.hook, &t.head, rows.collect())
}

/// A button that downloads the year table of page `tab` as CSV.
pub fn csv_button(ui: &Ui, tab: Tab) -> Html {
    html! {
        <button type="button" class="tool" data-testid={["csv-", tab.key()].concat()}
            onclick={ui.on_effect(Effect::ExportCsv(tab))}>{ ui.t.download_csv }</button>
    }
}
