//! A table of text cells (the report's assumptions, the comparison of saved scenarios), in the
//! page's table frame.

use super::super::table::frame;
use yew::prelude::*;

/// A row of text cells: its label, cells, and whether it is highlighted.
#[derive(Clone, PartialEq)]
pub struct TextRow {
    pub label: AttrValue,
    pub cells: Vec<AttrValue>,
    pub highlight: bool,
}

#[derive(Properties, PartialEq)]
pub struct TextTableProps {
    pub caption: AttrValue,
    pub hook: &'static str,
    pub head: Vec<AttrValue>,
    pub rows: Vec<TextRow>,
    /// Put after a highlighted row's label, so the highlight is not colour only.
    #[prop_or_default]
    pub marker: &'static str,
}

/// A table of text cells; long labels wrap.
#[component]
pub fn TextTable(props: &TextTableProps) -> Html {
    let rows = props.rows.iter().map(|row| {
        html! {
            <tr class={if row.highlight { "differs" } else { "" }}>
                <th scope="row">
                    { row.label.clone() }
                    if row.highlight {
                        { " " }<span class="marker">{ props.marker }</span>
                    }
                </th>
                { for row.cells.iter().map(|c| html! { <td>{ c.clone() }</td> }) }
            </tr>
        }
    });
    frame("year-table text-table", &props.caption, props.hook, &props.head, rows.collect())
}
